"""The service layer: every operation the CLI and the GUI perform on a vault.

``VaultService`` is ``ServiceCore`` (app/service_core.py: opening, keys, verification) plus one mixin
per concern, each in its own module. Import the dataclasses callers need from here.
"""

from __future__ import annotations

from app.service_bundles import BundleOps
from app.service_core import ServiceCore
from app.service_evidence import EvidenceOps, FileOutcome, ImportProgress, ImportReport
from app.service_exports import ExportOps
from app.service_model import ModelOps
from app.service_records import RecordDetails, RecordOps
from app.service_today import TodayOps

__all__ = ["FileOutcome", "ImportProgress", "ImportReport", "RecordDetails", "VaultService"]


class VaultService(TodayOps, ExportOps, BundleOps, ModelOps, EvidenceOps, RecordOps, ServiceCore):
    """Every operation on one open vault, for the thread that created this object."""
