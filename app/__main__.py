"""``python -m app``: the same as the ``fieldvault`` command."""

import sys

from app.entry.cli import main

sys.exit(main())
