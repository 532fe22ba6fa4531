"""The demo vault: a small, realistic, entirely fictional arms-embargo investigation to explore the app.

No Qt here: the demo is built through the service layer, so the CLI, the GUI and the tests share it.
``build(folder)`` writes one investigation, sources of each protection level, interviews, photographs of
materiel (drawn with Pillow), an end-user certificate (PDF), a vessel and a company, a claim, and a note
verbale whose reply deadline has passed.

Each item is written as its model kind (investigation, source, interview, …) when ``vault.kinds.REGISTRY``
has that kind and accepts the body, and as a meeting note that says the same otherwise — so the demo is
complete today and becomes richer as the model lands. To extend it, add a ``DemoItem`` to ``ITEMS`` (or a
photo to ``PHOTOS``); field names for model kinds live in one place, the ``fields`` of each item.

Everything in it is invented: names, places, vessels, symbols and numbers.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from app.service import VaultService
from app.settings import data_dir
from vault import kinds
from vault.crypto import KdfParams
from vault.errors import UserError, VaultExists
from vault.messages import Text
from vault.secret import Passphrase

DEMO_PASSPHRASE = "demo vault - not for real material"  # noqa: S105 - shown on screen by design
INVESTIGATION = "Ammunition transfers through Port Tarsa"


def default_folder() -> Path:
    """``$XDG_DATA_HOME/fieldvault/demo.fvault`` (``~/.local/share/fieldvault/demo.fvault``)."""
    return data_dir() / "demo.fvault"


Links = dict[str, str]  # demo key -> record id, for items that refer to earlier ones


@dataclass(frozen=True)
class DemoItem:
    """One demo record: as ``kind`` with ``fields(links)`` when that kind exists, else as a note."""

    key: str
    kind: str
    fields: Callable[[Links, date], dict[str, Any]]
    note_title: str
    note_body: Callable[[date], str]


@dataclass(frozen=True)
class DemoPhoto:
    name: str
    caption: str
    draw: Callable[[ImageDraw.ImageDraw, tuple[int, int]], None]
    background: tuple[int, int, int]


@dataclass(frozen=True)
class DemoSummary:
    folder: Path
    records: int
    evidence: int
    as_model_kinds: tuple[str, ...] = field(default_factory=tuple)


def _days(today: date, n: int) -> str:
    return (today + timedelta(days=n)).isoformat()


ITEMS: tuple[DemoItem, ...] = (
    DemoItem(
        "investigation",
        "investigation",
        lambda links, today: {
            "title": INVESTIGATION,
            "area": "arms_embargo",
            "status": "open",
            "experts": ["Arms expert", "Regional expert", "Finance expert"],
            "rationale": "Resolution 2719 (paragraph 4): arms embargo on the Northern Front.",
            "summary": "Small-arms ammunition reaching the Northern Front through Port Tarsa. Lines of "
            "inquiry: the MV Kestrel Dawn's calls at berth 3, Tarsa Maritime Logistics' manifests, "
            "headstamps on rounds seized at the Wadi Sel checkpoint.",
        },
        f"Investigation: {INVESTIGATION}",
        lambda today: (
            "Small-arms ammunition reaching the Northern Front through Port Tarsa despite the "
            "arms embargo (resolution 2719, paragraph 4).\n\nLines of inquiry: the MV Kestrel Dawn's calls "
            "at berth 3; Tarsa Maritime Logistics' cargo manifests; headstamps and lot numbers on rounds "
            "seized at the Wadi Sel checkpoint."
        ),
    ),
    DemoItem(
        "src-public",
        "source",
        lambda links, today: {
            "code": "S-001",
            "protection": "public",
            "name": "Harbour Master's Office, Port Tarsa",
            "type": "state_official",
            "organisation": "Port Tarsa Port Authority",
            "reliability": "B",
            "consent": ["report", "archive"],
            "investigation": links["investigation"],
        },
        "Source S-001 (public): Harbour Master's Office, Port Tarsa",
        lambda today: (
            "Protection level: public (may be named).\nOfficial port authority; provided berth "
            "logs for March to May."
        ),
    ),
    DemoItem(
        "src-confidential",
        "source",
        lambda links, today: {
            "code": "S-002",
            "protection": "confidential",
            "name": "Yusuf Haddad",
            "contacts": "+000 555 0142 (work mobile)",
            "type": "state_official",
            "organisation": "Customs, cargo inspection unit",
            "reliability": "B",
            "consent": ["archive"],
            "investigation": links["investigation"],
        },
        "Source S-002 (confidential): customs officer, cargo inspection unit",
        lambda today: (
            "Protection level: confidential (known to the Group, never named outside it).\n"
            "Saw the containers from the Kestrel Dawn opened at warehouse 4."
        ),
    ),
    DemoItem(
        "src-protected",
        "source",
        lambda links, today: {
            "code": "S-003",
            "protection": "protected",
            "name": "Amani K.",
            "aliases": ["the driver"],
            "contacts": "through S-002 only",
            "risk_notes": "Would be at risk if the Northern Front learned of contact with the Group.",
            "type": "informant",
            "reliability": "C",
            "consent": ["archive"],
            "do_not_contact": False,
            "investigation": links["investigation"],
        },
        "Source S-003 (protected): identity sealed",
        lambda today: (
            "Protection level: protected (identity sealed; readable only by the recording "
            "expert).\nInformant close to the Northern Front's logistics. Refer to this source only as "
            "S-003."
        ),
    ),
    DemoItem(
        "interview-harbour",
        "interview",
        lambda links, today: {
            "date": _days(today, -90),
            "place": "Port Tarsa, harbour office",
            "experts_present": ["Arms expert", "Regional expert"],
            "language": "English",
            "consent_given": True,
            "sources": [links["src-public"]],
            "notes": "Berth logs show the MV Kestrel Dawn at berth 3 on 14-16 March; cargo declared as "
            "'agricultural machinery parts'. Copies of the logs were provided.",
            "investigation": links["investigation"],
        },
        "Meeting with the Harbour Master (S-001)",
        lambda today: (
            f"Date: {_days(today, -90)}. Place: Port Tarsa, harbour office.\nExperts present: "
            "arms expert, regional expert. Interpreter: none (English). Consent: given, to be named.\n\n"
            "Berth logs show the MV Kestrel Dawn at berth 3 on 14-16 March; cargo declared as 'agricultural "
            "machinery parts'. Copies of the logs were provided (see evidence)."
        ),
    ),
    DemoItem(
        "interview-customs",
        "interview",
        lambda links, today: {
            "date": _days(today, -75),
            "place": "Port Tarsa (off site)",
            "experts_present": ["Arms expert"],
            "interpreter": "Group interpreter",
            "language": "Arabic",
            "consent_given": True,
            "sources": [links["src-confidential"]],
            "notes": "Twelve wooden crates from the Kestrel Dawn opened at warehouse 4; 7.62 x 39 mm "
            "rounds in spam cans, headstamp '11-19'. Photographs taken by the source were shared on site.",
            "follow_ups": "Second expert to meet the source before the interim report.",
            "investigation": links["investigation"],
        },
        "Meeting with a customs officer (S-002)",
        lambda today: (
            f"Date: {_days(today, -75)}. Place: off site.\nExperts present: arms expert only. "
            "Interpreter: Group interpreter (Arabic). Consent: given, not to be named.\n\nTwelve wooden "
            "crates from the Kestrel Dawn opened at warehouse 4; 7.62 x 39 mm rounds in spam cans, headstamp "
            "'11-19'. Photographs taken by the source were shared on site."
        ),
    ),
    DemoItem(
        "interview-informant",
        "interview",
        lambda links, today: {
            "date": _days(today, -40),
            "place": "Undisclosed",
            "experts_present": ["Arms expert", "Finance expert"],
            "interpreter": "Group interpreter",
            "consent_given": True,
            "sources": [links["src-protected"]],
            "notes": "Describes trucks leaving warehouse 4 at night towards the Wadi Sel checkpoint, paid "
            "in cash by a broker using the name 'Tarsa Maritime Logistics'.",
            "investigation": links["investigation"],
        },
        "Meeting with S-003 (protected source)",
        lambda today: (
            f"Date: {_days(today, -40)}. Place: undisclosed.\nExperts present: arms expert, "
            "finance expert. Interpreter: Group interpreter. Consent: given; identity to stay sealed.\n\n"
            "Describes trucks leaving warehouse 4 at night towards the Wadi Sel checkpoint, paid in cash "
            "by a broker using the name 'Tarsa Maritime Logistics'."
        ),
    ),
    DemoItem(
        "vessel",
        "entity",
        lambda links, today: {
            "type": "vessel",
            "name": "MV Kestrel Dawn",
            "imo": "9387425",
            "flag": "Belize",
            "description": "General cargo vessel. Called at Port Tarsa berth 3, 14-16 March.",
            "investigation": links["investigation"],
        },
        "Vessel: MV Kestrel Dawn (IMO 9387425)",
        lambda today: "General cargo vessel, IMO 9387425. Called at Port Tarsa berth 3, 14-16 March.",
    ),
    DemoItem(
        "company",
        "entity",
        lambda links, today: {
            "type": "company",
            "name": "Tarsa Maritime Logistics Ltd",
            "country": "Republic of Veldara",
            "description": "Consignee on the Kestrel Dawn's manifest; registered address is a shared office.",
            "related": [links["vessel"]],
            "investigation": links["investigation"],
        },
        "Company: Tarsa Maritime Logistics Ltd",
        lambda today: "Consignee on the Kestrel Dawn's manifest; registered address is a shared office.",
    ),
    DemoItem(
        "ammunition",
        "item",
        lambda links, today: {
            "type": "ammunition",
            "calibre": "7.62 x 39 mm",
            "lot": "11-19",
            "markings": "Headstamp '11' over '19'; crates stencilled '7.62x39 1 x 700, LOT 11-19'.",
            "obtained": "seized",
            "location": "Wadi Sel checkpoint",
            "holder": "National police, Wadi Sel",
            "tracing": {"status": "not_sent"},
            "investigation": links["investigation"],
        },
        "Materiel: 7.62 x 39 mm cartridges, lot 11-19 (seized at Wadi Sel)",
        lambda today: (
            "Headstamp '11' over '19'; crates stencilled '7.62x39 1 x 700, LOT 11-19'. Seized "
            "at the Wadi Sel checkpoint; held by the national police."
        ),
    ),
    DemoItem(
        "claim",
        "claim",
        lambda links, today: {
            "statement": "Ammunition seized at Wadi Sel was landed at Port Tarsa from the MV Kestrel Dawn.",
            "status": "allegation",
            "supports": [links["src-confidential"], links["src-protected"], links["ammunition"]],
            "notes": "Headstamp photographs match lot 11-19; an independent second source is still needed.",
            "investigation": links["investigation"],
        },
        "Claim: Wadi Sel ammunition landed from the MV Kestrel Dawn (allegation)",
        lambda today: (
            "Status: allegation (an independent second source is still needed).\n"
            "Supported by S-002 and S-003; headstamp photographs match lot 11-19."
        ),
    ),
    DemoItem(
        "letter",
        "letter",
        lambda links, today: {
            "symbol": f"S/AC.99/{today.year}/GE/OC.112",
            "type": "note_verbale",
            "addressee": "Permanent Mission of the Republic of Veldara",
            "addressee_type": "state",
            "claims": [links["claim"]],
            "sent": _days(today, -42),
            "deadline": _days(today, -12),
            "cutoff": _days(today, 24),
            "status": "sent",
            "notes": "Request for information on the MV Kestrel Dawn's cargo landed at Port Tarsa, "
            "14-16 March. No reply received.",
            "investigation": links["investigation"],
        },
        "Note verbale to the Republic of Veldara (reply overdue)",
        lambda today: (
            f"Symbol S/AC.99/{today.year}/GE/OC.112. To: Permanent Mission of the Republic of "
            f"Veldara. Sent {_days(today, -42)}.\nReply deadline: {_days(today, -12)}: passed, no reply "
            "received.\n\nRequest for information on the MV Kestrel Dawn's cargo landed at Port Tarsa, "
            "14-16 March."
        ),
    ),
)


# --- photographs ---------------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def _crate(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    d.rectangle((w * 0.12, h * 0.2, w * 0.88, h * 0.85), fill=(112, 124, 74), outline=(40, 44, 26), width=8)
    for y in (0.35, 0.7):
        d.line((w * 0.12, h * y, w * 0.88, h * y), fill=(60, 66, 38), width=6)
    text = "7.62x39  1 x 700\nLOT 11-19\nGROSS 27 KG"
    d.multiline_text((w * 0.22, h * 0.4), text, fill=(235, 235, 220), font=_font(int(h * 0.08)), spacing=14)


def _headstamp(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    cx, cy, r = w / 2, h / 2, min(w, h) * 0.38
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(196, 160, 84), outline=(120, 92, 40), width=10)
    d.ellipse((cx - r * 0.22, cy - r * 0.22, cx + r * 0.22, cy + r * 0.22), fill=(170, 130, 70))
    font = _font(int(r * 0.28))
    d.text((cx - r * 0.35, cy - r * 0.8), "11", fill=(70, 50, 20), font=font)
    d.text((cx - r * 0.35, cy + r * 0.4), "19", fill=(70, 50, 20), font=font)


def _serial_plate(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    d.rectangle((w * 0.05, h * 0.4, w * 0.95, h * 0.6), fill=(48, 48, 52))
    d.rectangle((w * 0.3, h * 0.43, w * 0.75, h * 0.57), fill=(90, 90, 96), outline=(20, 20, 20), width=4)
    d.text((w * 0.33, h * 0.46), "KD 4471903", fill=(225, 225, 225), font=_font(int(h * 0.06)))


def _vessel(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    d.rectangle((0, h * 0.62, w, h), fill=(40, 70, 110))
    d.polygon(
        [(w * 0.1, h * 0.5), (w * 0.9, h * 0.5), (w * 0.82, h * 0.68), (w * 0.16, h * 0.68)],
        fill=(150, 30, 30),
    )
    d.rectangle((w * 0.62, h * 0.3, w * 0.8, h * 0.5), fill=(230, 230, 230))
    d.text((w * 0.22, h * 0.54), "KESTREL DAWN", fill=(240, 240, 240), font=_font(int(h * 0.06)))


PHOTOS: tuple[DemoPhoto, ...] = (
    DemoPhoto("IMG_2041.jpg", "Crate markings, warehouse 4", _crate, (200, 190, 170)),
    DemoPhoto("IMG_2044.jpg", "Headstamp 11-19 on a seized round", _headstamp, (60, 60, 64)),
    DemoPhoto("IMG_2051.jpg", "Rifle receiver serial number, Wadi Sel", _serial_plate, (150, 140, 120)),
    DemoPhoto("IMG_1987.jpg", "MV Kestrel Dawn at berth 3", _vessel, (180, 205, 230)),
)


def photo_bytes(photo: DemoPhoto, size: tuple[int, int] = (1200, 900)) -> bytes:
    """A JPEG drawn in memory, with the camera EXIF a real one would carry (make, model, date, GPS)."""
    image = Image.new("RGB", size, photo.background)
    photo.draw(ImageDraw.Draw(image), size)
    exif = Image.Exif()
    exif[0x010F] = "Fieldcam"  # Make
    exif[0x0110] = "FC-12 (demo)"  # Model
    exif[0x0132] = "2025:03:20 10:41:07"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (12.0, 31.0, 4.0)
    gps[3], gps[4] = "E", (41.0, 7.0, 55.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def certificate_pdf() -> bytes:
    """A one-page scanned-looking end-user certificate, as a PDF made in memory."""
    page = Image.new("RGB", (1240, 1754), (250, 248, 240))
    d = ImageDraw.Draw(page)
    d.text((120, 120), "END-USER CERTIFICATE", fill=(20, 20, 20), font=_font(56))
    lines = [
        "No. EUC/2024/0317",
        "Importer: Ministry of Interior, Republic of Veldara",
        "Goods: 7.62 x 39 mm cartridges, 840,000 rounds",
        "Lot: 11-19",
        "Final destination: Central Police Depot, Veldara City",
        "The goods will not be re-exported or transferred.",
        "",
        "Signed: ______________________   (stamp illegible)",
    ]
    for i, line in enumerate(lines):
        d.text((120, 300 + i * 70), line, fill=(30, 30, 30), font=_font(34))
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150)
    return out.getvalue()


# --- building ------------------------------------------------------------------------------------------


def _add(service: VaultService, item: DemoItem, links: Links, today: date) -> tuple[str, bool]:
    """Add an item as its model kind when possible; returns (id, written as model kind)."""
    if item.kind in kinds.REGISTRY:
        # The model's own entry point seals a protected source's identity and checks links.
        add = getattr(service, "add_model_record", None) or service.add_record
        try:
            return add(item.kind, item.fields(links, today)).id, True
        except UserError:
            pass  # the model refuses this body (its fields changed): keep the demo whole with a note
    investigation = links.get("investigation") if item.key != "investigation" else None
    rec = service.add_note(item.note_title, item.note_body(today), investigation=investigation)
    return rec.id, False


def populate(service: VaultService, today: date | None = None) -> DemoSummary:
    """Write the demo records and evidence into an open vault."""
    today = today or date.today()
    links: Links = {}
    model_kinds: set[str] = set()
    for item in ITEMS:
        links[item.key], as_model = _add(service, item, links, today)
        if as_model:
            model_kinds.add(item.kind)
    # Import needs files: these are synthetic pictures, not anyone's evidence, written to a private
    # temporary folder (0700) and removed at once.
    files: list[tuple[Path, str]] = []
    with tempfile.TemporaryDirectory(prefix="fieldvault-demo-") as tmp:
        for photo in PHOTOS:
            path = Path(tmp) / photo.name
            path.write_bytes(photo_bytes(photo))
            files.append((path, photo.caption))
        pdf = Path(tmp) / "EUC-2024-0317.pdf"
        pdf.write_bytes(certificate_pdf())
        files.append((pdf, "End-user certificate EUC/2024/0317 (copy)"))
        report = service.import_files(
            [p for p, _ in files], source=links["src-confidential"], investigation=links["investigation"]
        )
    evidence: list[str] = []
    for outcome, (_, caption) in zip(report.outcomes, files, strict=True):
        if outcome.id is not None:
            service.edit_record(outcome.id, {"caption": caption})
            evidence.append(outcome.id)
    link = getattr(service, "edit_model_record", None)
    if "item" in model_kinds and callable(link) and len(evidence) >= 2:
        with contextlib.suppress(UserError):  # the crate and headstamp photographs show the materiel
            link(links["ammunition"], {"photos": evidence[:2]})
    return DemoSummary(service.folder, service.count(), len(evidence), tuple(sorted(model_kinds)))


def build(
    folder: Path | None = None,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    kdf: KdfParams | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Create the demo vault at ``folder`` (default: ``default_folder()``), replacing nothing.

    It is built under a temporary name and renamed into place when complete, so an interrupted build
    never leaves a half-filled demo behind.
    """
    folder = folder or default_folder()
    if folder.exists():
        raise VaultExists(
            Text("{folder} already exists; the demo vault is built only once", folder=str(folder))
        )
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = folder.with_name(f".{folder.stem}.building-{os.getpid()}.fvault")
    shutil.rmtree(staging, ignore_errors=True)
    service, _code = VaultService.create(staging, Passphrase.from_text(passphrase), kdf=kdf)
    try:
        summary = populate(service, today)
    except BaseException:
        service.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    service.close()
    os.rename(staging, folder)
    return DemoSummary(folder, summary.records, summary.evidence, summary.as_model_kinds)


# --- the demo group archive (coordinator mode) -------------------------------------------------------

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
    archive.export_identity(archive_id)
    expert = VaultService.unlock(expert_copy, phrase)
    try:
        expert.export_identity(files / "arms-expert.identity")
        first = files / "arms-expert-1.fvbundle"
        expert.write_bundle(archive_id, first, everything=True)
        archive.enroll(files / "arms-expert.identity", "Arms expert (demo)")
        reports = [r.status for r in archive.merge_bundles([first])]
        claim = archive.list_records("claim", limit=1)[0].id
        archive.edit_model_record(
            claim, {"notes": "Coordinator: hold until the Veldara reply; check lot 11-19 against the EUC."}
        )
        expert.edit_model_record(
            claim, {"notes": "Headstamps match lot 11-19; a second expert met S-002 on the 14th."}
        )
        expert.add_note("Follow-up call with the harbour master", "Berth 3 logs for April requested.")
        second = files / "arms-expert-2.fvbundle"
        expert.write_bundle(archive_id, second)
        reports += [r.status for r in archive.merge_bundles([second, first])]
    finally:
        expert.close()
    consultant, _ = VaultService.create(work / "consultant.fvault", phrase, kdf=kdf)
    try:
        consultant.add_note("Consultant's notes", "Shipping records for the Kestrel Dawn, March.")
        consultant.export_identity(files / "consultant-not-enrolled.identity")
        consultant.write_bundle(archive_id, files / "consultant-1.fvbundle")
    finally:
        consultant.close()
    return tuple(reports)
