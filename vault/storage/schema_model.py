"""Schema step for the investigation model: indexes and tables the model kinds need.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one.
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
-- Source codes are looked up on every new source (the next free code, no duplicates) and when a user
-- names a source by its code instead of its id.
CREATE INDEX source_by_code ON revisions (json_extract(body, '$.code')) WHERE kind = 'source';
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
