"""The service layer: every operation the CLI and the GUI perform on a vault.

``VaultService`` is the core (app/service_core.py: opening, keys, verification, what every operation
shares) with one part per concern, each in its own module and each over the same open vault:

- ``service.records``  notes and records: add, edit, delete, list, search (app/service_records.py)
- ``service.model``    the investigation model: sources, links, claims, letters (app/service_model.py)
- ``service.evidence`` evidence intake, attribution, viewing, working copies, export (app/service_evidence.py)
- ``service.attribution`` what the expert says of an item; sealed and withheld originals
                       (app/service_attribution.py)
- ``service.bundles``  identities, the roster, bundles, merging, conflicts (app/service_bundles.py)
- ``service.handover`` handover packages, out and in (app/service_handover.py)
- ``service.shares``   photographs, annexes, shares and pictures for outside (app/service_sharing.py)
- ``service.drafts``   watermarked draft copies and tracing a leaked copy (app/service_drafts.py)
- ``service.agenda``   what needs doing today (app/service_today.py)
- ``service.requests`` requests from courts and mechanisms: register, verdicts, packages
                       (app/service_requests.py)
- ``service.lists``    the Consolidated List: import, versions, diff (app/service_lists.py)
- ``service.screening`` entities against the list, candidates, decisions (app/service_screening.py)
- ``service.ocr``      reading photographed and scanned pages behind the import (app/service_ocr.py)

Every export goes out through the outbound gate and one write-then-record path (app/service_part.py).
"""

from __future__ import annotations

from app.service_attribution import AttributionService
from app.service_bundles import BundleService
from app.service_core import ServiceCore
from app.service_drafts import DraftService
from app.service_evidence import EvidenceService, FileOutcome, ImportProgress, ImportReport
from app.service_handover import HandoverService
from app.service_lists import ListService
from app.service_model import ModelService
from app.service_ocr import OcrService
from app.service_records import RecordDetails, RecordService
from app.service_requests import RequestService
from app.service_screening import ScreeningService
from app.service_sharing import ShareService
from app.service_today import AgendaService
from vault.session import Vault

__all__ = ["FileOutcome", "ImportProgress", "ImportReport", "RecordDetails", "VaultService"]


class VaultService(ServiceCore):
    """Every operation on one open vault, for the thread that created this object."""

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        self.records = RecordService(self)
        self.model = ModelService(self)
        self.evidence = EvidenceService(self)
        self.attribution = AttributionService(self)
        self.bundles = BundleService(self)
        self.handover = HandoverService(self)
        self.shares = ShareService(self)
        self.drafts = DraftService(self)
        self.agenda = AgendaService(self)
        self.requests = RequestService(self)
        self.lists = ListService(self)
        self.screening = ScreeningService(self)
        self.ocr = OcrService(self)
