"""The kinds of the register of requests from courts and accountability mechanisms.

- ``request``: one request for evidence received from an authority (a prosecutor, a court, an
  accountability mechanism): who asked (``authority``), under which ``jurisdiction``, their
  ``reference``, when it was ``received``, what it asks for (``scope``), by when (``deadline``) and on
  what legal ``basis``; the ``purpose`` the answer serves (the consent scope each source must have
  given: ``court`` unless said otherwise); optionally its ``status``, ``notes`` and ``investigation``.
- ``disclosure``: one package answering a request (app/service_requests.py writes it once the package
  is on disk): the request, the authority and reference as they were then, the evidence items and
  records given, the SHA-256 of the package's manifest (``SHA256SUMS``), how many items were withheld
  for each reason category, and when. Both are records: revisioned, merged, carried in bundles, so the
  group archive knows what was given to whom.

Neither holds a source's identity: a disclosure names items by record id and withheld ones by count.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model import source
from vault.model.kind import Body, Kind

KIND = "request"
DISCLOSURE = "disclosure"
STATUSES = ("open", "answered", "closed")
# What the answer is for: the consent scope each source must have given (vault/model/source.py).
PURPOSES = source.CONSENT
DEFAULT_PURPOSE = "court"
FIELDS = (
    "authority",
    "jurisdiction",
    "reference",
    "received",
    "scope",
    "deadline",
    "basis",
    "purpose",
    "status",
    "notes",
    "investigation",
)
LINKS = {"investigation": ("investigation",)}
# Why an item was kept out of a package: the categories a cover letter names (never a source).
WITHHELD_CATEGORIES = (
    "no_consent",  # its source has not consented to evidence going to a court
    "protected",  # sealed or withheld original, or a protected source without that consent
    "names_source",  # the outbound gate found a confidential or protected source in it
    "not_held",  # the original is not held in this vault
    "unattributed_source",  # its source record cannot be read here
)
MAX_SHORT = 500
# Line breaks and the bidirectional overrides, embeddings and isolates that make a printed name read
# otherwise than it is stored (Trojan Source); joiners, which some scripts need, are kept.
_NOT_IN_A_LINE = frozenset("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _day(value: str) -> date:
    parsed = f.parse_date(value)
    if parsed is None:  # only parseable dates are stored
        raise ValueError("not a date")
    return parsed


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    f.put(out, "authority", _one_line(body, "authority", required=True))
    f.put(out, "jurisdiction", _one_line(body, "jurisdiction"))
    f.put(out, "reference", _one_line(body, "reference"))
    f.put(out, "received", f.iso_date(body, "received", KIND, required=True))
    f.put(out, "scope", _paragraphs(body, "scope", 20_000))
    f.put(out, "deadline", f.iso_date(body, "deadline", KIND))
    f.put(out, "basis", _paragraphs(body, "basis", 20_000))
    received, deadline = out.get("received"), out.get("deadline")
    if received and deadline and _day(deadline) < _day(received):
        raise f.fail(KIND, "deadline", Text("is before the date the request was received"))
    out["purpose"] = f.choice(body, "purpose", KIND, PURPOSES) or DEFAULT_PURPOSE
    out["status"] = f.choice(body, "status", KIND, STATUSES) or "open"
    f.put(out, "notes", _paragraphs(body, "notes", 100_000))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    return out


def _paragraphs(body: Mapping[str, Any], field: str, max_len: int) -> str | None:
    """Text that may span lines (printed in a cover letter): no control character other than a tab or
    a line break (a form feed or vertical tab pasted from a PDF cannot be written to a DOCX)."""
    value = f.text(body, field, KIND, max_len=max_len)
    if value is not None and any((ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0 for c in value):
        raise f.fail(KIND, field, Text("must not hold control characters (such as a page break)"))
    return value


def _one_line(body: Mapping[str, Any], field: str, *, required: bool = False) -> str | None:
    """A short text on one line (a name or a reference printed in a cover letter), spaces folded."""
    value = f.text(body, field, KIND, required=required, max_len=MAX_SHORT)
    if value is None:
        return None
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in _NOT_IN_A_LINE for c in value):
        raise f.fail(KIND, field, Text("must be one line without control characters"))
    folded = " ".join(value.split())
    if required and not folded:
        raise f.fail(KIND, field, Text("must not be empty"))
    return folded or None


def days_left(body: Mapping[str, Any], today: date) -> int | None:
    """Days until the deadline (negative when past) of a request still open, else None."""
    deadline = body.get("deadline")
    if not isinstance(deadline, str) or body.get("status", "open") != "open":
        return None
    parsed = f.parse_date(deadline)
    return None if parsed is None else (parsed - today).days


def _title(body: Mapping[str, Any]) -> str:
    authority = str(body.get("authority", ""))
    if body.get("reference"):
        return Text(
            "Request {reference} from {authority}", reference=str(body["reference"]), authority=authority
        )
    return Text("Request from {authority}", authority=authority)


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(
        body.get("authority"),
        body.get("jurisdiction"),
        body.get("reference"),
        body.get("scope"),
        body.get("basis"),
        body.get("status"),
        body.get("notes"),
    )


# --- disclosure ------------------------------------------------------------------------------------


def _sha(body: Mapping[str, Any], field: str) -> str:
    value = f.text(body, field, DISCLOSURE, required=True, max_len=64)
    if value is None or len(value) != 64 or value.strip("0123456789abcdef"):
        raise f.fail(DISCLOSURE, field, Text("must be 64 lowercase hex digits"))
    return value


def _withheld(body: Mapping[str, Any]) -> dict[str, int]:
    value = body.get("withheld")
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise f.fail(DISCLOSURE, "withheld", Text("must map reason categories to counts"))
    out: dict[str, int] = {}
    for category in value:
        if category not in WITHHELD_CATEGORIES:
            raise f.fail(
                DISCLOSURE,
                "withheld",
                Text("must use the categories: {known}", known=", ".join(WITHHELD_CATEGORIES)),
            )
        count = f.integer(value, category, DISCLOSURE, minimum=0, maximum=10_000_000)
        if count:
            out[str(category)] = count
    return out


def validate_disclosure(body: Mapping[str, Any]) -> Body:
    kind = DISCLOSURE
    f.reject_unknown(
        body,
        ("request", "authority", "reference", "items", "records", "package_sha256", "files", "withheld",
         "issued_at"),
        kind,
    )  # fmt: skip
    out: Body = {}
    f.put(out, "request", f.record_id(body, "request", kind, required=True))
    f.put(out, "authority", f.text(body, "authority", kind, required=True, max_len=MAX_SHORT))
    f.put(out, "reference", f.text(body, "reference", kind, max_len=MAX_SHORT))
    out["items"] = f.record_ids(body, "items", kind) or []
    out["records"] = f.record_ids(body, "records", kind) or []
    out["package_sha256"] = _sha(body, "package_sha256")
    files = body.get("files")
    if files is not None:
        if not isinstance(files, int) or isinstance(files, bool) or not 0 <= files <= 10_000_000:
            raise f.fail(kind, "files", Text("must be a whole number"))
        out["files"] = files
    out["withheld"] = _withheld(body)
    f.put(out, "issued_at", f.iso_date(body, "issued_at", kind, required=True))
    return out


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
DISCLOSURE_SPEC = Kind(
    name=DISCLOSURE,
    validate=validate_disclosure,
    title=lambda b: Text(
        "Package for {authority} ({n} items)",
        authority=str(b.get("authority", "")),
        n=len(b.get("items", [])),
    ),
    search_text=lambda b: f.join_text(b.get("authority"), b.get("reference"), b.get("package_sha256")),
)
