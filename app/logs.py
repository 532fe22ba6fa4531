"""Logging: warnings and errors to stderr, nothing to files, never content.

Log lines name opaque ids (record ids, vault ids) only. Titles, bodies, evidence filenames, paths and
secrets are never passed to a logger (tests/unit/test_no_leaks.py checks a whole session's log).
``FIELDVAULT_LOG=debug`` raises the level for development.
"""

from __future__ import annotations

import logging
import os


def configure() -> None:
    level = logging.DEBUG if os.environ.get("FIELDVAULT_LOG", "").lower() == "debug" else logging.WARNING
    root = logging.getLogger("fieldvault")
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("fieldvault: %(levelname)s: %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
