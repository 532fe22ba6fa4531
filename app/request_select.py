"""What answers a request, and whether each piece of it may go: the per-item verdicts.

A selection (investigations, entities, claims, evidence items or materiel items) is gathered into
evidence items, claims and interview notes. Each is judged, in this order, and the first reason that
keeps it out is its verdict:

- every record is first checked against its kind (one received malformed from another vault is
  ``protected``: kept out, never read as "no source").
- evidence: a working copy is replaced by its original (a package carries originals, never copies),
  except a redacted one, which is kept out (its original would lose the redaction); the bytes are
  judged under every live record naming their SHA-256, the most restrictive verdict winning: sealed or
  withheld on any is ``protected``; every source any of them was received from (the record's, and each
  receipt in its custody) must be readable here (``unattributed_source``) and its consent must cover
  the request's purpose (``court`` unless the request says otherwise) — a protected source without it
  is ``protected``, another ``no_consent`` (a public source may go unless it has a recorded consent
  that leaves the purpose out); a consent changed by a key other than the source's handler's (the
  author of its first revision) or this vault's is not trusted. An original not held here cannot go
  (``not_held``); then the outbound gate reads the original's exact bytes and any confidential or
  protected source found in them keeps it out (``names_source``).
- interview notes: every source met must have consented to that purpose (same rules), and the gate
  reads the note's text.
- claims: the gate reads the statement, and a claim that cites anything (supports or exculpatory) must
  rest on at least one item or interview note that may go, or a consenting source; an entity is
  neutral, a materiel item counts as its photographs, and a note, a letter or a deleted source is no
  ground (information resting only on sources who did not consent stays out with them); its
  methodology status goes with it, so an allegation is never presented as a fact.

Reasons are for the expert (they may name a source code); the cover letter shows only categories.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.request_trust import (
    ByBytes,
    by_bytes,
    changed_by_another_key,
    malformed,
    redacted,
    sources_of,
)
from vault.errors import InvalidInput
from vault.guard.gate import Gate
from vault.guard.leakguard import Guard, TextPart
from vault.messages import Text
from vault.model import links, queries
from vault.storage import attachments
from vault.storage.store import Connection

COURT = "court"


@dataclass(frozen=True)
class Selection:
    """What the expert chose to answer a request with (each a reference: id, prefix or code)."""

    investigations: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    items: tuple[str, ...] = ()

    def empty(self) -> bool:
        return not (self.investigations or self.entities or self.claims or self.items)


@dataclass(frozen=True)
class Verdict:
    """Whether one evidence item, claim or interview note may go, and why not when it may not.

    ``category`` is one of vault.model.request.WITHHELD_CATEGORIES (None when it may go); ``reason``
    says why, for the expert; ``title`` is shown only for what may go (a withheld item's own name may
    be what names a source)."""

    id: str
    kind: str  # evidence, claim, interview
    allowed: bool
    category: str | None
    reason: str
    title: str = ""
    sha256: str | None = None
    size: int | None = None
    status: str | None = None  # a claim's methodology status


@dataclass
class Gathered:
    evidence: dict[str, None] = field(default_factory=dict)
    claims: dict[str, None] = field(default_factory=dict)
    interviews: dict[str, None] = field(default_factory=dict)


def _ids(body: Mapping[str, Any], name: str) -> list[str]:
    value = body.get(name)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _resolve(
    conn: Connection, ref: str, kinds: Sequence[str], option: str
) -> tuple[str, str, Mapping[str, Any]]:
    rid = links.resolve_ref(conn, ref)
    found = queries.live_body(conn, rid)
    if found is None or found[0] not in kinds:
        raise InvalidInput(
            Text(
                "{option} {ref}: not a live {kinds} record", option=option, ref=ref, kinds=" / ".join(kinds)
            ),
            field=option.lstrip("-"),
        )
    return rid, found[0], found[1]


class _Gatherer:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.out = Gathered()

    def cite(self, rid: str) -> None:
        """Add what a claim cites: evidence (as its original), a materiel item's photos, interviews."""
        found = queries.live_body(self.conn, rid)
        if found is None:
            return
        kind, body = found
        if kind == "evidence":
            self.evidence(rid, body)
        elif kind == "item":
            for pid in _ids(body, "photos"):
                self.cite(pid)
        elif kind == "interview":
            self.out.interviews.setdefault(rid)

    def evidence(self, rid: str, body: Mapping[str, Any]) -> None:
        original = body.get("derived_from")
        if (
            isinstance(original, str)
            and not redacted(body)
            and queries.live_body(self.conn, original) is not None
        ):
            rid = original  # the original, never a working copy (a redacted one is judged as itself)
        self.out.evidence.setdefault(rid)

    def claim(self, rid: str, body: Mapping[str, Any]) -> None:
        self.out.claims.setdefault(rid)
        for cited in (*_ids(body, "supports"), *_ids(body, "exculpatory")):
            self.cite(cited)


def gather(conn: Connection, selection: Selection) -> Gathered:
    """The evidence items, claims and interview notes a selection covers, each once, in order."""
    if selection.empty():
        raise InvalidInput(
            Text("choose what answers the request: --investigation, --entity, --claim or --item"),
            field="investigation",
        )
    g = _Gatherer(conn)
    for ref in selection.investigations:
        inv, _, _ = _resolve(conn, ref, ("investigation",), "--investigation")
        for kind in ("claim", "evidence", "item", "interview"):
            for rid, body in queries.live_bodies(conn, kind):
                if body.get("investigation") != inv:
                    continue
                if kind == "claim":
                    g.claim(rid, body)
                elif kind == "evidence":
                    g.evidence(rid, body)
                else:
                    g.cite(rid)
    for ref in selection.entities:
        ent, _, _ = _resolve(conn, ref, ("entity",), "--entity")
        for rid, body in queries.live_bodies(conn, "claim"):
            if ent in _ids(body, "supports") or ent in _ids(body, "exculpatory"):
                g.claim(rid, body)
    for ref in selection.claims:
        rid, _, body = _resolve(conn, ref, ("claim",), "--claim")
        g.claim(rid, body)
    for ref in selection.items:
        rid, _, _ = _resolve(conn, ref, ("evidence", "item", "interview"), "--item")
        g.cite(rid)
    return g.out


# --- verdicts ----------------------------------------------------------------------------------------

_CONSENT_FIELDS = ("consent", "protection")


def _consent_verdict(conn: Connection, source_id: str, purpose: str, me: str = "") -> tuple[str, str] | None:
    """(category, reason) when the source's consent does not cover ``purpose``, else None.

    The consent is trusted only as the source's handler (the author of its first revision) or this
    vault (``me``) left it: a revision by another key that changed it keeps the source's material out."""
    found = queries.live_body(conn, source_id)
    if found is None or found[0] != "source":
        return "unattributed_source", Text("its source cannot be read in this vault")
    body = found[1]
    if malformed("source", body):
        return "unattributed_source", Text("its source record is malformed")
    code = str(body.get("code", ""))
    consent = _ids(body, "consent")
    level = str(body.get("protection", "confidential"))
    if changed_by_another_key(conn, source_id, _CONSENT_FIELDS, me):
        category = "protected" if level == "protected" else "no_consent"
        return category, Text("source {code}: consent changed by another key", code=code)
    if purpose in consent:
        return None
    if level == "public" and "consent" not in body:
        return None
    if level == "protected":
        return "protected", Text(
            "source {code} is protected and its consent does not cover '{purpose}'",
            code=code,
            purpose=purpose,
        )
    return "no_consent", Text(
        "source {code}: its consent does not cover '{purpose}'", code=code, purpose=purpose
    )


def consents(conn: Connection, source_id: str, purpose: str, me: str = "") -> bool:
    """Whether a source may be named as consenting to ``purpose`` (recorded, and trusted)."""
    found = queries.live_body(conn, source_id)
    return (
        found is not None
        and purpose in _ids(found[1], "consent")
        and _consent_verdict(conn, source_id, purpose, me) is None
    )


def _gate_verdict(gate: Gate, found: Sequence[Any]) -> tuple[str, str] | None:
    if not found:
        return None
    if all(f.unread for f in found):  # places the readers could not read: what they hold is not known
        return "names_source", Text("the outbound gate could not read all of it ({n} place(s))", n=len(found))
    codes = ", ".join(sorted({str(f.code) for f in found if not f.unread}))
    return "names_source", Text("the outbound gate found source(s) {codes} in it", codes=codes)


def _bytes_verdict(
    conn: Connection, sha: str, purpose: str, me: str, same: ByBytes | None
) -> tuple[str, str] | None:
    """The most restrictive verdict over every record naming these bytes: sealed or withheld on any,
    or the consent of every source any of them came from."""
    held = (same if same is not None else by_bytes(conn)).get(sha, ())
    for _rid, body in held:
        if malformed("evidence", body):
            return "protected", Text("a record of these bytes is malformed")
        if body.get("sealed_sha256"):
            return "protected", Text("its original is sealed")
        if body.get("withheld"):
            return "protected", Text("its original is withheld")
    for rid, body in held:
        for source in sources_of(conn, rid, body, sha):
            refused = _consent_verdict(conn, source, purpose, me)
            if refused:
                return refused
    return None


def judge_evidence(
    conn: Connection, guard: Guard, rid: str, purpose: str = COURT, me: str = "", same: ByBytes | None = None
) -> Verdict:
    """``same``: by_bytes(conn), made once for many items (made here when not given)."""
    found = queries.live_body(conn, rid)
    if found is None or found[0] != "evidence":
        return Verdict(rid, "evidence", False, "not_held", Text("not a live evidence item"))
    body = found[1]
    sha = str(body.get("sha256", ""))
    size = body.get("size") if isinstance(body.get("size"), int) else None
    title = str(body.get("name", ""))

    def out(category: str, reason: str) -> Verdict:
        return Verdict(rid, "evidence", False, category, reason, sha256=sha, size=size)

    if malformed("evidence", body):
        return out("protected", Text("its record is malformed (as another vault may send it)"))
    if redacted(body):
        return out(
            "protected",
            Text("a redacted working copy: a package carries originals, so the redaction would be lost"),
        )
    if body.get("derived_from"):  # gather() replaced a working copy by its original when there is one
        return out("not_held", Text("a working copy whose original is not in this vault"))
    refused = _bytes_verdict(conn, sha, purpose, me, same)
    if refused:
        return out(*refused)
    if not attachments.exists(conn, sha):
        return out("not_held", Text("its original is not held in this vault"))
    gate = Gate(conn, None, Text("the request package"), guard=guard)
    checked = gate.original(sha, Text("evidence {id}", id=rid[:8]))
    checked += gate.parts([TextPart(Text("file name"), title)])
    refused = _gate_verdict(gate, checked)
    if refused:
        return out(*refused)
    return Verdict(rid, "evidence", True, None, Text("may go"), title, sha, size)


def _text_parts(body: Mapping[str, Any], fields: Iterable[str], label: str) -> list[TextPart]:
    parts = []
    for name in fields:
        value = body.get(name)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and v:
                parts.append(TextPart(Text("{label}, {field}", label=label, field=name), v))
    return parts


INTERVIEW_TEXT = ("date", "place", "experts_present", "interpreter", "language", "notes", "follow_ups")


def judge_interview(conn: Connection, guard: Guard, rid: str, purpose: str = COURT, me: str = "") -> Verdict:
    found = queries.live_body(conn, rid)
    if found is None or found[0] != "interview":
        return Verdict(rid, "interview", False, "not_held", Text("not a live record"))
    body = found[1]
    if malformed("interview", body):
        return Verdict(rid, "interview", False, "protected", Text("its record is malformed"))
    for sid in _ids(body, "sources"):
        refused = _consent_verdict(conn, sid, purpose, me)
        if refused:
            return Verdict(rid, "interview", False, *refused)
    gate = Gate(conn, None, Text("the request package"), guard=guard)
    refused = _gate_verdict(gate, gate.parts(_text_parts(body, INTERVIEW_TEXT, Text("interview"))))
    if refused:
        return Verdict(rid, "interview", False, *refused)
    title = Text("Interview of {date}", date=str(body.get("date", "")))
    return Verdict(rid, "interview", True, None, Text("may go"), title)


_NEUTRAL = ("entity",)  # says nothing of a source: neither ground for a claim nor a reason to keep it out


def _support_verdict(
    conn: Connection, rid: str, judged: Mapping[str, Verdict], purpose: str, me: str
) -> tuple[str, str] | None | bool:
    """What a claim's cited record is worth: None when it is ground that may go (a judged allowed
    item or note, a consenting source), True when it is neutral (an entity), else why it may not go
    (anything else: a withheld item, a refusing, deleted or unreadable source, a note or letter)."""
    if rid in judged:
        v = judged[rid]
        return None if v.allowed else (str(v.category), v.reason)
    found = queries.live_body(conn, rid)
    if found is None:
        return "unattributed_source", Text("a cited record is deleted or not held in this vault")
    kind, body = found
    if kind in _NEUTRAL:
        return True
    if kind == "source":
        return _consent_verdict(conn, rid, purpose, me)
    if kind == "evidence":
        original = body.get("derived_from")
        if isinstance(original, str) and original in judged and not redacted(body):
            return _support_verdict(conn, original, judged, purpose, me)
    if kind == "item":
        photos = _ids(body, "photos")
        if not photos:
            return True
        worth = [_support_verdict(conn, pid, judged, purpose, me) for pid in photos]
        if any(w is None for w in worth):
            return None
        return next((w for w in worth if isinstance(w, tuple)), True)
    return "not_held", Text("a cited {kind} record does not go with the package", kind=kind)


def judge_claim(
    conn: Connection,
    guard: Guard,
    rid: str,
    judged: Mapping[str, Verdict],
    purpose: str = COURT,
    me: str = "",
) -> Verdict:
    """A claim may go when its statement names no source and, if it cites anything, at least one of
    the sources, notes or items it rests on may go: information that rests only on sources who did not
    consent stays out with them."""
    found = queries.live_body(conn, rid)
    if found is None or found[0] != "claim":
        return Verdict(rid, "claim", False, "not_held", Text("not a live record"))
    body = found[1]
    status = str(body.get("status", "allegation"))
    if malformed("claim", body):
        return Verdict(rid, "claim", False, "protected", Text("its record is malformed"), status=status)
    gate = Gate(conn, None, Text("the request package"), guard=guard)
    refused = _gate_verdict(gate, gate.parts(_text_parts(body, ("statement",), Text("claim"))))
    if refused:
        return Verdict(rid, "claim", False, *refused, status=status)
    cited = [*_ids(body, "supports"), *_ids(body, "exculpatory")]
    worth = [w for s in cited if (w := _support_verdict(conn, s, judged, purpose, me)) is not True]
    blocked = [w for w in worth if isinstance(w, tuple)]
    if worth and len(blocked) == len(worth):
        category = "protected" if any(c == "protected" for c, _ in blocked) else blocked[0][0]
        reason = Text("everything it rests on is withheld ({why})", why="; ".join(r for _, r in blocked))
        return Verdict(rid, "claim", False, category, reason, status=status)
    reason = (
        Text("may go, as {status} (not a verified fact)", status=status.replace("_", " "))
        if status != "verified_fact"
        else Text("may go, as a verified fact")
    )
    return Verdict(rid, "claim", True, None, reason, str(body.get("statement", ""))[:120], status=status)


def verdicts(
    conn: Connection, guard: Guard, gathered: Gathered, purpose: str = COURT, me: str = ""
) -> list[Verdict]:
    """Every verdict for an answer serving ``purpose`` (a consent scope): evidence items, then interview
    notes, then claims. ``me`` is this vault's key: consent is trusted as it or a source's handler left it."""
    same = by_bytes(conn)
    out = [judge_evidence(conn, guard, rid, purpose, me, same) for rid in gathered.evidence]
    out += [judge_interview(conn, guard, rid, purpose, me) for rid in gathered.interviews]
    judged = {v.id: v for v in out}
    out += [judge_claim(conn, guard, rid, judged, purpose, me) for rid in gathered.claims]
    return out
