"""What each part of the service shares: the one open vault of the service it belongs to.

``VaultService`` (app/service.py) is the core (opening, keys, verification; app/service_core.py) plus
one part per concern — ``service.records``, ``service.evidence``, ``service.bundles`` … — each built on
this class and holding nothing of its own: every part reads the core's vault session, so a worker's
``for_worker()`` service has its own connection for all of its parts at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import outfile
from vault.guard.gate import Clearance
from vault.messages import Text
from vault.storage import audit, store

if TYPE_CHECKING:
    from app.service_core import ServiceCore
    from vault.session import Vault


class Part:
    """One concern of the service, over the core's open vault."""

    def __init__(self, core: ServiceCore) -> None:
        self._core = core

    @property
    def _vault(self) -> Vault:
        return self._core._vault

    def _write(self, what: str) -> contextlib.AbstractContextManager[store.Connection]:
        return self._core._write(what)

    @contextlib.contextmanager
    def _export(self, what: str = Text("recording the export")) -> Iterator[Export]:
        """The one way an export reaches the disk: files added with the gate's clearance are published
        together when the block ends, and only then is the export recorded (audit entries, and any other
        record the block asked for) in one transaction. A failure before publishing leaves no file under
        its name and records nothing."""
        with outfile.Batch() as batch:
            export = Export(batch, self._core.key_id)
            yield export
            batch.publish()
            with self._write(what) as conn:
                for step in export.steps:
                    step(conn)


class Export:
    """The files of one export and what to record once they are written."""

    def __init__(self, batch: outfile.Batch, key_id: str) -> None:
        self._batch = batch
        self.steps: list[Callable[[store.Connection], None]] = []
        self._key_id = key_id

    def add(self, out: Path, chunks: Iterable[bytes], clearance: Clearance) -> str:
        """Write one file (under a hidden name until published); returns its SHA-256."""
        return self._batch.add(out, chunks, clearance)

    def audit(self, record_id: str | None, detail: dict[str, Any], action: str = "export") -> None:
        """An audit entry to append once the files are published."""

        def step(conn: store.Connection) -> None:
            audit.append(conn, self._key_id, action, record_id, detail)

        self.steps.append(step)

    def then(self, step: Callable[[store.Connection], None]) -> None:
        """Another record to write in the same transaction, once the files are published."""
        self.steps.append(step)
