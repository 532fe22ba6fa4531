"""Committing an import's small files several to a transaction: one disk sync for the group, not one each.

A commit with ``synchronous=FULL`` and a rollback journal costs two or three disk syncs (15 ms quiet,
40 ms and more on this shared disk when busy): for small files it was most of an import's time.
Files of at most ``ALONE_BYTES`` are therefore stored in one open transaction, each behind a savepoint
of its own, and the group commits when it holds ``MAX_FILES`` files or ``MAX_BYTES`` bytes, when it
has been open ``MAX_SECONDS`` (checked after each file), before a larger file (stored alone, as
before) and at the end of the import.

The guarantees stay those of one transaction per file:
- a file is reported stored (its outcome passed on, ``on_outcome`` called) only once its group has
  committed, so a crash loses only files nobody was told about, and never half of one (the group
  commits whole or not at all);
- a file that cannot be stored (refused input, read error) is rolled back to its savepoint alone and
  the group goes on;
- when the database itself fails inside a group or at its commit (a full disk, an I/O error), the
  whole group is rolled back and its files are stored again one transaction each, in order, exactly
  as an import without groups would have: the files stored before the failure are kept and reported,
  the failing one (and any after it that fail too) gets its error;
- a cancellation (or Ctrl-C) rolls back only the file in progress and commits the files before it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from vault.errors import Cancelled, StorageFull, VaultCorrupt, VaultError
from vault.intake import batch, evidence
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool
from vault.messages import Text, message_of
from vault.storage import store
from vault.storage.store import DatabaseError

MAX_FILES = 32
MAX_BYTES = 32 * 1024 * 1024
MAX_SECONDS = 0.75  # a group open this long commits after its current file: what is stored is shown soon
ALONE_BYTES = 8 * 1024 * 1024  # larger files are committed alone: their own sync is a small share


def _commit(conn: store.Connection) -> None:
    """The group's one commit (a function of its own: the crash tests kill the process right here)."""
    conn.execute("COMMIT")


class _Findings:
    """The worker's findings for one file, awaited at most once and kept (a replay may need them)."""

    def __init__(self, item: batch.Prepared, pool: ExaminerPool, report: Callable[[int, str], None],
                 cancelled: Callable[[], bool] | None) -> None:  # fmt: skip
        self._item, self._pool, self._report, self._cancelled = item, pool, report, cancelled
        self._found: Findings | None = None

    def __call__(self) -> Findings:
        if self._found is None:
            if self._item.submitted:
                self._report(self._item.size, "examining")
                found = self._pool.result(self._item.index, self._cancelled)
                outline = self._item.outline
                self._found = found.mark_outlined(outline) if outline else found
            else:
                self._found = self._item.unexamined()
        return self._found

    @property
    def awaited(self) -> bool:
        return self._found is not None


@dataclass
class Held:
    """A file of the open group: what is needed to report it, or to store it again on its own."""

    item: batch.Prepared
    findings: _Findings
    stored: evidence.Stored | None = None
    error: str | None = None


Store = Callable[[batch.Prepared, _Findings], tuple[evidence.Stored | None, str | None]]
Emit = Callable[[Held], None]


class Group:
    """The open transaction of an import and the files stored in it, not yet reported."""

    def __init__(
        self,
        conn: store.Connection,
        pool: ExaminerPool,
        store_alone: Store,
        store_here: Callable[[batch.Prepared, _Findings], evidence.Stored],
        emit: Emit,
    ) -> None:
        self._conn = conn
        self._pool = pool
        self._alone = store_alone  # one transaction of its own (the path without groups)
        self._here = store_here  # inside the open transaction
        self._emit = emit
        self._held: list[Held] = []
        self._bytes = 0
        self._opened = 0.0
        self._open = False

    def findings(self, item: batch.Prepared, report: Callable[[int, str], None],
                 cancelled: Callable[[], bool] | None) -> _Findings:  # fmt: skip
        return _Findings(item, self._pool, report, cancelled)

    def add(self, item: batch.Prepared, found: _Findings) -> None:
        """Store ``item`` in the group (or alone, see the module docstring); may commit the group."""
        if item.error is not None:
            self._held.append(Held(item, found, error=item.error))
            self._due()
            return
        if item.data is None or item.size > ALONE_BYTES:
            self.commit()
            stored, error = self._alone(item, found)
            self._emit(Held(item, found, stored, error))
            return
        if not self._open:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except DatabaseError as exc:
                self._held.append(Held(item, found, error=message_of(store.translate(exc, self._what(item)))))
                self._due()
                return
            self._open = True
            self._opened = time.monotonic()
        try:
            self._conn.execute("SAVEPOINT grouped_file")
            stored = self._here(item, found)
            self._conn.execute("RELEASE grouped_file")
        except (Cancelled, KeyboardInterrupt):
            self._back_to_savepoint()
            raise
        except Exception as exc:
            refused = isinstance(exc, VaultError) and not isinstance(exc, StorageFull | VaultCorrupt)
            if refused and self._conn.in_transaction:  # refused input: this file only
                self._back_to_savepoint()
                self._held.append(Held(item, found, error=message_of(exc)))
                self._due()
                return
            self._fall_back(Held(item, found))  # the database failed (or a bug): each file on its own
            return
        self._held.append(Held(item, found, stored))
        self._bytes += item.size
        self._due()

    def commit(self) -> None:
        """Commit the open group and report its files (on a database failure: store them one by one)."""
        # Open but no longer in a transaction: COMMIT returned and Ctrl-C came before the next line (a
        # database failure is never left unhandled: it falls back at once).
        if self._open and self._conn.in_transaction:
            try:
                _commit(self._conn)
            except DatabaseError:
                self._fall_back(None)
                return
        self._open = False
        self._report_held()

    def abandon(self) -> None:
        """Roll back whatever the group holds (an error the import cannot go on from); nobody was told."""
        if self._open and self._conn.in_transaction:
            with contextlib.suppress(*DatabaseError):
                self._conn.execute("ROLLBACK")
        self._open = False
        self._forget_duplicates()
        self._held.clear()
        self._bytes = 0

    # --- inside -------------------------------------------------------------------------------------

    def _due(self) -> None:
        if (
            len(self._held) >= MAX_FILES
            or self._bytes >= MAX_BYTES
            or (self._open and time.monotonic() - self._opened >= MAX_SECONDS)
        ):
            self.commit()

    def _back_to_savepoint(self) -> None:
        if self._conn.in_transaction:
            with contextlib.suppress(*DatabaseError):
                self._conn.execute("ROLLBACK TO grouped_file")
                self._conn.execute("RELEASE grouped_file")

    def _report_held(self) -> None:
        held, self._held, self._bytes = self._held, [], 0
        for entry in held:
            self._emit(entry)
        self._forget(held)

    def _forget_duplicates(self) -> None:
        self._forget(self._held)

    def _forget(self, held: list[Held]) -> None:
        for entry in held:
            if entry.item.submitted and not entry.findings.awaited:
                self._pool.forget(entry.item.index)  # a duplicate (or a failure): nothing to examine

    def _fall_back(self, failing: Held | None) -> None:
        """The database failed inside the group: roll it all back, then store each file (the failing one
        last) in a transaction of its own, in order, as an import without groups would have. A bug that
        fails the file again propagates from there, the files before it stored and reported."""
        if self._conn.in_transaction:
            with contextlib.suppress(*DatabaseError):
                self._conn.execute("ROLLBACK")
        self._open = False
        held, self._held, self._bytes = self._held, [], 0
        if failing is not None:
            held.append(failing)
        try:
            for entry in held:
                if entry.error is None:
                    entry.stored, entry.error = self._alone(entry.item, entry.findings)
                self._emit(entry)
        finally:
            self._forget(held)

    @staticmethod
    def _what(item: batch.Prepared) -> str:
        return Text("importing {name}", name=item.name)
