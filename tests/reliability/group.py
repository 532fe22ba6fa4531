"""A group archive and its experts on disk, for the bundle campaigns: made, filled and checked here.

Vaults are created with cheap KDF parameters and closed again, so subprocess drivers can open them;
``open_vault`` unlocks one in this process when a campaign needs to look inside.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.keys.secret import Passphrase


@dataclass(frozen=True)
class Group:
    """``root`` holds archive.fvault (alice and bob enrolled), alice.fvault, bob.fvault and the .id files."""

    root: Path

    @property
    def archive(self) -> Path:
        return self.root / "archive.fvault"

    @property
    def archive_id(self) -> Path:
        return self.root / "archive.id"

    def expert(self, name: str) -> Path:
        return self.root / f"{name}.fvault"


def create_vault(folder: Path, role: str = "expert") -> None:
    """A new vault (cheap KDF parameters), closed again."""
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role=role)
    service.close()


@contextmanager
def open_vault(folder: Path) -> Iterator[VaultService]:
    """The vault unlocked in this process, closed on leaving the block."""
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        yield service
    finally:
        service.close()


def make_group(root: Path, experts: tuple[str, ...] = ("alice", "bob")) -> Group:
    """An archive with ``experts`` enrolled (by their identity files, as in person)."""
    root.mkdir(parents=True, exist_ok=True)
    group = Group(root)
    create_vault(group.archive, "archive")
    with open_vault(group.archive) as archive:
        archive.bundles.export_identity(group.archive_id)
        for name in experts:
            create_vault(group.expert(name))
            with open_vault(group.expert(name)) as expert:
                expert.bundles.export_identity(root / f"{name}.id")
            archive.bundles.enroll(root / f"{name}.id", name.title())
    return group


def add_work(service: VaultService, rng: random.Random, scratch: Path, notes: int, files: int) -> list[str]:
    """Notes (some edited) and imported files of random bytes; returns the ids of what was added."""
    added: list[str] = []
    for _ in range(notes):
        note = service.records.add_note(
            f"Meeting {rng.randrange(10**6)}", f"containers {rng.randrange(10**6)}"
        )
        added.append(note.id)
        if rng.random() < 0.5:
            service.records.edit_record(note.id, {"body": f"corrected {rng.randrange(10**6)}"})
    for _ in range(files):
        path = scratch / f"evidence-{rng.randrange(10**9)}.bin"
        path.write_bytes(os.urandom(rng.randint(200_000, 3_000_000)))
        report = service.evidence.import_files([path], workers=1)
        path.unlink()
        added += [o.id for o in report.outcomes if o.id is not None]
    return added


def copy_vault(source: Path, target: Path) -> Path:
    """A byte-for-byte copy of a closed vault folder."""
    shutil.copytree(source, target)
    return target


def revision_hashes(service: VaultService) -> set[str]:
    """Every revision hash the vault holds."""
    return {str(r[0]) for r in service._vault.conn.execute("SELECT hash FROM revisions")}


def blob_hashes(service: VaultService) -> set[str]:
    """The SHA-256 of every attachment the vault holds."""
    return {str(r[0]) for r in service._vault.conn.execute("SELECT sha256 FROM blobs")}


def receipt_ids(service: VaultService) -> set[str]:
    """The ids of the bundles this archive has merged (its receipts)."""
    rows = service._vault.conn.execute("SELECT bundle_id FROM receipts WHERE kind = 'bundle'")
    return {str(r[0]) for r in rows}
