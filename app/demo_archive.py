"""The demo group archive (coordinator mode), built from the demo vault: an enrolled expert, two merged
bundles that leave a conflict to resolve, and an unenrolled consultant's bundle kept beside it for the
merge screen to refuse. Everything in it is invented."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.demo import DEMO_PASSPHRASE, build, default_folder
from app.service import VaultService
from vault.crypto import KdfParams
from vault.errors import VaultExists
from vault.keys.secret import Passphrase
from vault.messages import Text

ARCHIVE_FOLDER_NAME = "demo-archive.fvault"
ARCHIVE_FILES_NAME = "demo-archive-files"


@dataclass(frozen=True)
class ArchiveSummary:
    folder: Path
    files: Path  # the demo's bundles and identity files, to try merging and enrolling by hand
    reports: tuple[str, ...]  # the status of each merge done while building


def archive_files_folder(archive_folder: Path) -> Path:
    return archive_folder.with_name(ARCHIVE_FILES_NAME)


def build_archive(
    folder: Path,
    demo_folder: Path | None = None,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    kdf: KdfParams | None = None,
) -> ArchiveSummary:
    """Create the demo group archive at ``folder`` from the demo vault (built first if missing).

    The expert's side works on a copy of the demo vault, so the demo itself is not changed. The archive
    enrolls that expert and merges two of its bundles; between them the coordinator and the expert
    both edit the claim, so the second merge leaves a conflict to resolve side by side. A consultant's
    vault that was never enrolled sends a bundle too: it is kept, unmerged, beside the archive (with
    the bundles and the experts' identity files) for trying the merge screen, which refuses it.
    """
    demo_folder = demo_folder or default_folder()
    if folder.exists():
        raise VaultExists(
            Text("{folder} already exists; the demo archive is built only once", folder=str(folder))
        )
    if not demo_folder.exists():
        build(demo_folder, passphrase=passphrase, kdf=kdf)
    files = archive_files_folder(folder)
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = folder.with_name(f".{folder.stem}.building-{os.getpid()}.fvault")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(files, ignore_errors=True)
    files.mkdir(mode=0o700)
    phrase = Passphrase.from_text(passphrase)
    with tempfile.TemporaryDirectory(prefix="fieldvault-demo-archive-") as tmp:
        work = Path(tmp)
        expert_copy = work / "expert.fvault"
        shutil.copytree(demo_folder, expert_copy)
        archive, _ = VaultService.create(staging, phrase, kdf=kdf, role="archive")
        try:
            reports = _fill_archive(archive, expert_copy, files, work, phrase, kdf)
        except BaseException:
            archive.close()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        archive.close()
    os.rename(staging, folder)
    return ArchiveSummary(folder, files, reports)


def _fill_archive(
    archive: VaultService,
    expert_copy: Path,
    files: Path,
    work: Path,
    phrase: Passphrase,
    kdf: KdfParams | None,
) -> tuple[str, ...]:
    archive_id = files / "group-archive.identity"
    archive.bundles.export_identity(archive_id)
    expert = VaultService.unlock(expert_copy, phrase)
    try:
        expert.bundles.export_identity(files / "arms-expert.identity")
        first = files / "arms-expert-1.fvb"
        expert.bundles.write_bundle(archive_id, first, everything=True)
        archive.bundles.enroll(files / "arms-expert.identity", "Arms expert (demo)")
        reports = [r.status for r in archive.bundles.merge_bundles([first])]
        claim = archive.records.list_records("claim", limit=1)[0].id
        archive.model.edit_model_record(
            claim, {"notes": "Coordinator: hold until the Veldara reply; check lot 11-19 against the EUC."}
        )
        expert.model.edit_model_record(
            claim, {"notes": "Headstamps match lot 11-19; a second expert met S-002 on the 14th."}
        )
        expert.records.add_note("Follow-up call with the harbour master", "Berth 3 logs for April requested.")
        second = files / "arms-expert-2.fvb"
        expert.bundles.write_bundle(archive_id, second)
        reports += [r.status for r in archive.bundles.merge_bundles([second, first])]
    finally:
        expert.close()
    consultant, _ = VaultService.create(work / "consultant.fvault", phrase, kdf=kdf)
    try:
        consultant.records.add_note("Consultant's notes", "Shipping records for the Kestrel Dawn, March.")
        consultant.bundles.export_identity(files / "consultant-not-enrolled.identity")
        consultant.bundles.write_bundle(archive_id, files / "consultant-1.fvb")
    finally:
        consultant.close()
    return tuple(reports)
