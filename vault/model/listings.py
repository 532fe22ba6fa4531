"""The kinds the Consolidated List brings: ``sanctions_list`` (one imported version) and ``list_match``
(the expert's decision on a screening candidate).

A ``sanctions_list`` record names the list's XML by its SHA-256; the XML itself is an attachment inside the
encrypted database, so it travels with the first bundle that carries the record and never again (a bundle
sends each attachment once). Two experts importing the same file make two records of one content; the
versions are the distinct contents, ordered by the date the Secretariat generated them.

A ``list_match`` says that an entity of the vault is (``confirmed``) or is not (``rejected``) a listed
individual or entity, with the score and the reasons screening gave when the expert decided. A match of a
protected source is never written in clear: its body holds only ``sealed`` (vault/keys/sealing.py, to this
vault's own sealing key only) and ``match``, the random id the seal is bound
to; the source, the reference and the decision are all inside.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vault import canonical
from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

LIST_KIND = "sanctions_list"
MATCH_KIND = "list_match"
DECISIONS = ("confirmed", "rejected")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_REF = re.compile(r"^[A-Za-z]{2,4}\.\d{1,5}$")
LIST_FIELDS = ("sha256", "generated", "individuals", "entities", "regimes", "imported")
MATCH_FIELDS = (
    "entity", "reference", "decision", "score", "reasons", "list", "note", "revision", "sealed", "match",
)  # fmt: skip
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_SEALED = 200_000


def _validate_list(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, LIST_FIELDS, LIST_KIND)
    out: Body = {}
    sha = f.text(body, "sha256", LIST_KIND, required=True, max_len=64)
    if sha is None or not _SHA.fullmatch(sha):
        raise f.fail(LIST_KIND, "sha256", Text("must be 64 lowercase hex digits"))
    out["sha256"] = sha
    f.put(out, "generated", f.text(body, "generated", LIST_KIND, required=True, max_len=40))
    for field in ("individuals", "entities"):
        f.put(out, field, f.integer(body, field, LIST_KIND, minimum=0, maximum=1_000_000))
    f.put(out, "regimes", f.names(body, "regimes", LIST_KIND, max_len=100))
    f.put(out, "imported", f.iso_date(body, "imported", LIST_KIND))
    return out


def _validate_match(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, MATCH_FIELDS, MATCH_KIND)
    if body.get("sealed") is not None:
        return _validate_sealed(body)
    out: Body = {}
    reference = f.text(body, "reference", MATCH_KIND, required=True, max_len=20)
    if reference is None or not _REF.fullmatch(reference):
        raise f.fail(MATCH_KIND, "reference", Text("must be a list reference such as CDi.001"))
    out["reference"] = reference
    out["decision"] = f.choice(body, "decision", MATCH_KIND, DECISIONS, required=True)
    f.put(out, "list", f.record_id(body, "list", MATCH_KIND))
    f.put(out, "entity", f.record_id(body, "entity", MATCH_KIND, required=True))
    f.put(out, "score", f.integer(body, "score", MATCH_KIND, minimum=0, maximum=100))
    f.put(out, "reasons", f.names(body, "reasons", MATCH_KIND, max_len=500))
    f.put(out, "note", f.text(body, "note", MATCH_KIND, max_len=10_000))
    revision = f.text(body, "revision", MATCH_KIND, max_len=64)
    if revision is not None and not _SHA.fullmatch(revision):
        raise f.fail(MATCH_KIND, "revision", Text("must be a revision hash"))
    f.put(out, "revision", revision)
    return out


def _validate_sealed(body: Mapping[str, Any]) -> Body:
    """A protected source's match: ``match`` (a random id the seal is bound to) and ``sealed`` only."""
    clear = [k for k, v in body.items() if v is not None and k not in ("sealed", "match")]
    if clear:
        raise f.fail(MATCH_KIND, clear[0], Text("a sealed match names nothing else in clear"))
    sealed = body["sealed"]
    if not isinstance(sealed, dict) or len(canonical.dumps(sealed)) > MAX_SEALED:
        raise f.fail(MATCH_KIND, "sealed", Text("must be a sealed envelope"))
    match = f.text(body, "match", MATCH_KIND, required=True, max_len=36)
    if match is None or not _UUID.fullmatch(match):
        raise f.fail(MATCH_KIND, "match", Text("must be a UUID"))
    return {"sealed": sealed, "match": match}


def _list_title(body: Mapping[str, Any]) -> str:
    return f"Consolidated List of {str(body.get('generated', ''))[:10]}"


def _match_title(body: Mapping[str, Any]) -> str:
    if body.get("sealed"):
        return "list match (sealed)"
    return f"{body.get('reference', '')} {body.get('decision', '')}"


LIST_SPEC = Kind(
    name=LIST_KIND,
    validate=_validate_list,
    title=_list_title,
    search_text=lambda b: f.join_text(b.get("generated"), b.get("regimes")),
)
MATCH_SPEC = Kind(
    name=MATCH_KIND,
    validate=_validate_match,
    title=_match_title,
    search_text=lambda b: "" if b.get("sealed") else f.join_text(b.get("reference"), b.get("note")),
)
