"""The demo vault: a small, realistic, entirely fictional arms-embargo investigation to explore the app.

No Qt here: the demo is built through the service layer, so the CLI, the GUI and the tests share it.
``build(folder)`` writes one investigation, sources of each protection level, interviews, photographs of
materiel (drawn with Pillow), an end-user certificate (PDF), a vessel and a company, a claim, a note
verbale whose reply deadline has passed, and requests from courts and mechanisms (app/demo_requests.py).

Each item is written as its model kind (investigation, source, interview, …) when ``vault.kinds.REGISTRY``
has that kind and accepts the body, and as a meeting note that says the same otherwise — so the demo is
complete today and becomes richer as the model lands. To extend it, add a ``DemoItem`` to ``ITEMS`` (or a
photo to ``PHOTOS`` in app/demo_media.py); field names for model kinds live in one place, the ``fields``
of each item.

Everything in it is invented: names, places, vessels, symbols and numbers.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.demo_media import PHOTOS, certificate_pdf, photo_bytes
from app.demo_requests import add_requests
from app.service import VaultService
from app.settings import data_dir
from vault import kinds
from vault.crypto import KdfParams
from vault.errors import UserError, VaultExists
from vault.keys.secret import Passphrase
from vault.messages import Text

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
            "consent": ["report", "archive", "court"],
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


# --- building ------------------------------------------------------------------------------------------


def _add(service: VaultService, item: DemoItem, links: Links, today: date) -> tuple[str, bool]:
    """Add an item as its model kind when possible; returns (id, written as model kind)."""
    if item.kind in kinds.REGISTRY:
        # The model's own entry point seals a protected source's identity and checks links.
        try:
            return service.model.add_model_record(item.kind, item.fields(links, today)).id, True
        except UserError:
            pass  # the model refuses this body (its fields changed): keep the demo whole with a note
    investigation = links.get("investigation") if item.key != "investigation" else None
    rec = service.records.add_note(item.note_title, item.note_body(today), investigation=investigation)
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
        report = service.evidence.import_files(
            [p for p, _ in files], source=links["src-confidential"], investigation=links["investigation"]
        )
    evidence: list[str] = []
    for outcome, (_, caption) in zip(report.outcomes, files, strict=True):
        if outcome.id is not None:
            service.records.edit_record(outcome.id, {"caption": caption})
            evidence.append(outcome.id)
    if "item" in model_kinds and len(evidence) >= 2:
        with contextlib.suppress(UserError):  # the crate and headstamp photographs show the materiel
            service.model.edit_model_record(links["ammunition"], {"photos": evidence[:2]})
    if "request" in kinds.REGISTRY:  # three requests, one answered with a package (app/demo_requests.py)
        add_requests(service, links, today)
    return DemoSummary(service.folder, service.records.count(), len(evidence), tuple(sorted(model_kinds)))


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
