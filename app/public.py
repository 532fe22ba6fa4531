"""What the desktop app may use from below the service: its public types, errors and a few pure helpers.

The UI imports the service (app/service.py) and this module, never ``vault.*`` (tests/unit/test_layering.py
holds it): what a window needs of the core — the record and summary shapes it shows, the errors it turns
into messages, the secret types it hands over, the form descriptions it builds editors from — is named
here, once, so the core can be rearranged without the window noticing.
"""

from __future__ import annotations

from app.service_lists import LANGUAGES as DOCUMENT_LANGUAGES
from app.service_lists import DesignationRefused, DocumentPreview, DossierReport, ReviewReport
from vault import __version__
from vault.errors import Cancelled, InvalidInput, UserError, VaultError, WrongPassphrase
from vault.exchange.roster import Member
from vault.exchange.sequences import Sequence, ranges
from vault.guard.leakguard import Finding, LeakRefused
from vault.intake.custody import CustodyEvent
from vault.keys import passphrase_strength as passphrase_strength
from vault.keys import recovery as recovery
from vault.keys.passphrase_strength import MIN_PASSPHRASE_CHARS, Strength
from vault.keys.secret import Passphrase, RecoveryCode
from vault.kinds import REGISTRY as KIND_REGISTRY
from vault.messages import Text, message_of
from vault.model import forms as forms
from vault.model.claim import STATUSES
from vault.model.entity import imo_valid
from vault.model.forms import FieldSpec
from vault.model.item import TRACING_STATUS
from vault.model.ops import PromotionRefused
from vault.model.protection import SourceIdentity
from vault.storage import search as search
from vault.storage import upgrade_progress as upgrade_progress
from vault.storage.records import Record, Summary
from vault.storage.search import Found, Hit

__all__ = [
    "DOCUMENT_LANGUAGES",
    "DesignationRefused",
    "DocumentPreview",
    "DossierReport",
    "ReviewReport",
    "KIND_REGISTRY",
    "MIN_PASSPHRASE_CHARS",
    "STATUSES",
    "TRACING_STATUS",
    "Cancelled",
    "CustodyEvent",
    "FieldSpec",
    "Finding",
    "Found",
    "Hit",
    "InvalidInput",
    "LeakRefused",
    "Member",
    "Passphrase",
    "PromotionRefused",
    "Record",
    "RecoveryCode",
    "Sequence",
    "SourceIdentity",
    "Strength",
    "Summary",
    "Text",
    "UserError",
    "VaultError",
    "WrongPassphrase",
    "__version__",
    "forms",
    "imo_valid",
    "message_of",
    "passphrase_strength",
    "ranges",
    "recovery",
    "search",
]
