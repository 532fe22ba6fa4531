"""``python -m app``: the same as the ``fieldvault`` command."""

import sys

from app.cli import main

sys.exit(main())
