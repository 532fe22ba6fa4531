"""Fieldvault's core: keys and key slots, the SQLCipher store, revisions, attachments, search, audit.

No Qt here (tests/unit/test_layering.py checks): the CLI, the GUI and the tests all drive this package
through app.service.
"""

__version__ = "0.1.0"
