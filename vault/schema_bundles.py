"""Schema step for bundles and the group archive: roster, receipts of merged bundles, bundle sequence.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one.
"""

from __future__ import annotations

from vault.store import Connection, run_script

SQL = """
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
