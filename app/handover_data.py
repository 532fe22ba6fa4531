"""Gathering the handover memo from the vault (plain data for exporters/docx_memo.py), with the text
parts the leak guard reads, located the way the outgoing expert finds them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from app.annex_data import SOURCE_TYPE_WORDS
from exporters.docx_memo import Memo, MemoDocument, MemoInvestigation, MemoLetter, MemoNote, MemoSource
from vault.exchange.handover_select import SourcePlan
from vault.guard.leakguard import TextPart
from vault.keys.identity import Identity
from vault.messages import Text
from vault.model import letter, protection, queries
from vault.storage import revisions
from vault.storage.store import Connection

CITING_FIELDS = ("supports", "exculpatory", "sources")


def _ids(body: Mapping[str, Any], field: str) -> list[str]:
    value = body.get(field)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _words(value: object) -> str:
    return str(value or "").replace("_", " ")


def _identity_line(
    conn: Connection, me: Identity, plan: SourcePlan, body: Mapping[str, Any], outgoing: str
) -> str:
    if plan.decision == "in_clear":
        return "in clear (known to the group)"
    if plan.decision == "reseal":
        return "sealed to you in this package (the source consented to the archive)"
    if plan.decision == "readable":
        return "sealed to you (granted before this handover)"
    env = body.get("sealed")
    if isinstance(env, Mapping) and protection.can_read(body, me):
        ask = outgoing
    else:
        first = revisions.for_record(conn, plan.id)
        ask = f"the expert who recorded it (key {first[0].author[:16]})" if first else "the coordinator"
    return f"not handed over: {plan.reason}; ask {ask}, through the coordinator"


class _MemoBuilder:
    def __init__(
        self, conn: Connection, me: Identity, ids: Sequence[str], plans: Sequence[SourcePlan], outgoing: str
    ):
        self.conn, self.me, self.outgoing = conn, me, outgoing
        self.bodies: dict[str, tuple[str, Mapping[str, Any]]] = {}
        for rid in ids:
            found = queries.live_body(conn, rid)
            if found is not None:
                self.bodies[rid] = found
        self.plans = {p.id: p for p in plans}
        self.parts: list[TextPart] = []

    def of(self, inv: str, kind: str) -> list[tuple[str, Mapping[str, Any]]]:
        return [
            (rid, b) for rid, (k, b) in self.bodies.items() if k == kind and b.get("investigation") == inv
        ]

    def text(self, where: str, value: str) -> str:
        self.parts.append(TextPart(Text("memo: {where}", where=where), value))
        return value

    def investigation(self, n: int, inv: str, today: date) -> MemoInvestigation:
        body = self.bodies[inv][1]
        title = self.text(f"investigation {n} title", str(body.get("title", "")))
        claims = tuple(
            (
                self.text(f"investigation {n} claim {rid[:8]}", str(b.get("statement", ""))),
                str(b.get("status", "")),
            )
            for rid, b in self.of(inv, "claim")
        )
        letters = tuple(
            MemoLetter(
                str(b.get("symbol", "")),
                self.text(f"investigation {n} letter {rid[:8]} addressee", str(b.get("addressee", ""))),
                str(b.get("deadline", "")),
                str(b.get("status", "") or "sent"),
                letter.overdue_days(b, today),
            )
            for rid, b in self.of(inv, "letter")
            if not letter.replied(b) and b.get("status") != "closed"
        )
        cited = {
            s
            for kind in ("claim", "interview")
            for _, b in self.of(inv, kind)
            for f in CITING_FIELDS
            for s in _ids(b, f)
        }
        source_ids = [
            rid
            for rid, (k, b) in self.bodies.items()
            if k == "source" and (b.get("investigation") == inv or rid in cited)
        ]
        documents = tuple(
            MemoDocument(
                self.text(
                    f"investigation {n} document {rid[:8]}", str(b.get("caption") or b.get("name", ""))
                ),
                str(b.get("received_at", ""))[:10],
                str(b.get("sha256", "")),
            )
            for rid, b in self.of(inv, "evidence")
        )
        notes = tuple(
            MemoNote(
                self.text(f"investigation {n} note {rid[:8]} title", str(b.get("title", ""))),
                self.text(f"investigation {n} note {rid[:8]}", str(b.get("body", ""))),
            )
            for rid, b in self.of(inv, "note")
        )
        return MemoInvestigation(
            title=title,
            area=_words(body.get("area")),
            status=_words(body.get("status")),
            rationale=self.text(f"investigation {n} rationale", str(body.get("rationale", "") or "")),
            assessment=self.text(f"investigation {n} assessment", str(body.get("summary", "") or "")),
            claims=claims,
            letters=letters,
            sources=tuple(self.source(n, rid) for rid in source_ids),
            documents=documents,
            notes=notes,
        )

    def source(self, n: int, rid: str) -> MemoSource:
        body = self.bodies[rid][1]
        plan = self.plans[rid]
        in_clear = plan.decision == "in_clear"
        where = f"investigation {n} source {plan.code}"
        return MemoSource(
            code=plan.code,
            protection=plan.protection,
            type=SOURCE_TYPE_WORDS.get(str(body.get("type", "")), _words(body.get("type"))),
            organisation=self.text(f"{where} organisation", str(body.get("organisation", "") or "")),
            name=self.text(f"{where} name", str(body.get("name", "") or "")) if in_clear else "",
            contacts=self.text(f"{where} contacts", str(body.get("contacts", "") or "")) if in_clear else "",
            identity=_identity_line(self.conn, self.me, plan, body, self.outgoing),
            do_not_contact=bool(body.get("do_not_contact")),
        )


def build_memo(
    conn: Connection,
    me: Identity,
    *,
    investigations: Sequence[str],
    ids: Sequence[str],
    plans: Sequence[SourcePlan],
    outgoing: str,
    successor: str,
    package_id: str,
    today: date,
) -> tuple[Memo, list[TextPart]]:
    """The memo and the text parts it is made of; ``outgoing`` is the expert's name as given (may be "")."""
    fingerprint = me.public.fingerprint
    ask = f"{outgoing} (the outgoing expert)" if outgoing else f"the outgoing expert ({fingerprint})"
    builder = _MemoBuilder(conn, me, ids, plans, ask)
    invs = tuple(builder.investigation(n, inv, today) for n, inv in enumerate(investigations, 1))
    sender = f"{outgoing} ({fingerprint})" if outgoing else fingerprint
    builder.parts.append(TextPart(Text("memo: from"), outgoing))
    return Memo(sender, successor, today.isoformat(), package_id, invs), builder.parts
