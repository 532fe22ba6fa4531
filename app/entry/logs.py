"""Logging: warnings and errors to stderr, nothing to files, never content.

Log lines name opaque ids (record ids, vault ids) only. Titles, bodies, evidence filenames, paths and
secrets are never passed to a logger (tests/reliability/test_leak_scan.py runs a whole session at debug
level and searches its output for a marker).
``FIELDVAULT_LOG=debug`` raises the level for development.
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource


def harden_process() -> None:
    """No core dumps: a crash of an unlocked vault must not write its memory (keys, content) to disk."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def configure() -> None:
    level = logging.DEBUG if os.environ.get("FIELDVAULT_LOG", "").lower() == "debug" else logging.WARNING
    root = logging.getLogger("fieldvault")
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("fieldvault: %(levelname)s: %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    # Libraries log what they parse (pypdf quotes a damaged file's first bytes): nothing of theirs may
    # reach the terminal through Python's last-resort handler.
    everything = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in everything.handlers):
        everything.addHandler(logging.NullHandler())
    for library in ("pypdf", "PIL", "docx", "keyring"):
        logging.getLogger(library).setLevel(logging.CRITICAL)
