"""Entry point of the packaged app (build.spec): the ``fieldvault`` command, which starts the window
when run with no arguments."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
