"""A vault holding a mix of evidence for a request from a court, built through the service as a user would.

Sources: one confidential source who consented to a court, one confidential source who did not, one
protected source (consent: report only). Evidence, all in one investigation:

- ``court_photo``: a photograph from the consenting source            → may go
- ``own_photo``: the expert's own photograph (no source)               → may go
- ``no_consent_doc``: a PDF from the source who did not consent        → withheld (no_consent)
- ``protected_photo``: a photograph from the protected source (sealed)  → withheld (protected)
- ``naming_doc``: the expert's own PDF whose text names the protected
  source                                                               → withheld by the gate (names_source)
- ``withheld_doc``: a PDF the expert withheld                           → withheld (protected)

Claims: one citing the consenting source and the court photograph, one citing the protected source.
Interviews: one with the consenting source (may go), one with the protected source (withheld).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.service import VaultService
from tests import media

PROTECTED_NAME = "José Núñez"
PROTECTED_PHONE = "+243 897 531 864"
CONSENTING_NAME = "Bertrand Kasongo"
REFUSING_NAME = "Claire Mbuyi"
IDENTIFIERS = (PROTECTED_NAME, PROTECTED_PHONE, REFUSING_NAME)
REQUEST = {
    "authority": "International Criminal Court, Office of the Prosecutor",
    "jurisdiction": "ICC",
    "reference": "OTP/2026/0042",
    "received": "2026-03-02",
    "scope": "Material on the arms cache at the depot, 2025-2026",
    "deadline": "2026-05-01",
    "basis": "Article 15 of the Rome Statute; consent of the sources concerned",
}


@dataclass(frozen=True)
class Mix:
    investigation: str
    request: str
    consenting: str
    refusing: str
    protected: str
    court_photo: str
    own_photo: str
    no_consent_doc: str
    protected_photo: str
    naming_doc: str
    withheld_doc: str
    claim_ok: str
    claim_protected: str
    interview_ok: str
    interview_protected: str


def _import(service: VaultService, path: Path, data: bytes, inv: str, source: str | None = None) -> str:
    path.write_bytes(data)
    outcome = service.evidence.import_files([path], investigation=inv, source=source, workers=1).outcomes[0]
    assert outcome.id is not None, outcome
    return outcome.id


def mix(service: VaultService, folder: Path) -> Mix:
    model = service.model
    inv = model.add_model_record("investigation", {"title": "Arms cache at the depot", "status": "open"}).id
    consenting = model.add_model_record(
        "source",
        {"name": CONSENTING_NAME, "protection": "confidential", "consent": ["report", "court"],
         "type": "un", "investigation": inv},
    ).id  # fmt: skip
    refusing = model.add_model_record(
        "source",
        {"name": REFUSING_NAME, "protection": "confidential", "consent": ["report"], "type": "ngo",
         "investigation": inv},
    ).id  # fmt: skip
    protected = model.add_model_record(
        "source",
        {"name": PROTECTED_NAME, "contacts": PROTECTED_PHONE, "protection": "protected",
         "consent": ["report"], "type": "informant", "investigation": inv},
    ).id  # fmt: skip
    court_photo = _import(service, folder / "depot.jpg", media.jpeg(seed=1), inv, consenting)
    own_photo = _import(service, folder / "crates.jpg", media.jpeg(seed=2), inv)
    no_consent_doc = _import(
        service, folder / "manifest.pdf", media.pdf(["Cargo manifest 77-A"], author=None), inv, refusing
    )
    protected_photo = _import(service, folder / "gate.jpg", media.jpeg(seed=4), inv, protected)
    naming_doc = _import(
        service, folder / "notes.pdf", media.pdf(["Met Jose Nunez at the depot"], author=None), inv
    )
    withheld_doc = _import(service, folder / "euc.pdf", media.pdf(["EUC 2019-0042"], author=None), inv)
    service.attribution.withhold_evidence(withheld_doc, "kept in the vault")
    claim_ok = model.add_model_record(
        "claim",
        {"statement": "Rifles from the seized lot were stored at the depot.",
         "supports": [consenting, court_photo, protected], "investigation": inv},
    ).id  # fmt: skip
    claim_protected = model.add_model_record(
        "claim",
        {"statement": "The depot is guarded at night.", "supports": [protected], "investigation": inv},
    ).id
    interview_ok = model.add_model_record(
        "interview",
        {
            "date": "2026-02-10",
            "place": "Goma",
            "experts_present": ["A. Expert", "B. Expert"],
            "sources": [consenting],
            "notes": "Saw the crates arrive.",
            "investigation": inv,
        },
    ).id
    interview_protected = model.add_model_record(
        "interview",
        {
            "date": "2026-02-11",
            "place": "Bunia",
            "experts_present": ["A. Expert"],
            "sources": [protected],
            "notes": "Guards change at 22:00.",
            "investigation": inv,
        },
    ).id
    request = service.requests.add_request(REQUEST).id
    return Mix(
        inv,
        request,
        consenting,
        refusing,
        protected,
        court_photo,
        own_photo,
        no_consent_doc,
        protected_photo,
        naming_doc,
        withheld_doc,
        claim_ok,
        claim_protected,
        interview_ok,
        interview_protected,
    )
