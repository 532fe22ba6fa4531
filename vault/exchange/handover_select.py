"""What a handover package holds, and what happens to each protected identity in it.

The records: each selected investigation (by default every one not closed), every live record that
belongs to it, and what those link to (sources behind claims and interviews, entities, photographs,
the methodology), with the working copies and originals of every evidence item. Links to another
investigation are not followed: its records are not handed over unless it is selected.

A protected source's identity goes across only when the outgoing expert asks for it (``reseal``) and
the source's consent scope includes ``archive`` (the source agreed that the group, beyond the expert who
met them, may keep their identity); it is then sealed to the successor's *sealing* key too (a grant,
logged). Otherwise the successor gets the code and is told whom to ask. Asking to re-seal a source whose
consent does not allow it is refused, and so is re-sealing to a successor known only by an identity
file of version 1 (no sealing key).

A source counts as already readable by the successor only when the envelope's signed recipient list
names the successor's sealing key *and* this vault granted it that record: a key someone added to an
envelope (a forged list, a copy) is not a reason to skip the consent check.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault.errors import InvalidInput, UserError
from vault.keys.identity import Identity, PublicIdentity
from vault.messages import Text
from vault.model import links, protection, queries, source
from vault.storage.store import Connection

HANDOVER_CONSENT = "archive"
CLOSED = ("closed",)
EXTRA_LINKS = {"evidence": ("source", "derived_from")}


@dataclass(frozen=True)
class SourcePlan:
    """One source in the package. ``decision``: in_clear (public or confidential: the group may know),
    reseal (sealed to the successor now), readable (already sealed to the successor), withheld."""

    id: str
    code: str
    protection: str
    decision: str
    reason: str = ""


def open_investigations(conn: Connection) -> list[str]:
    """Every live investigation not closed, oldest first."""
    return [
        rid for rid, body in queries.live_bodies(conn, "investigation") if body.get("status") not in CLOSED
    ]


def _links(kind: str, body: Mapping[str, Any]) -> list[str]:
    fields = [*links.LINK_FIELDS.get(kind, {}), *EXTRA_LINKS.get(kind, ())]
    found: list[str] = []
    for field in fields:
        if field == "investigation":
            continue  # another investigation's records come only when it is selected
        value = body.get(field)
        found += [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        found += [value] if isinstance(value, str) else []
    return found


def select_records(conn: Connection, investigations: Sequence[str]) -> list[str]:
    """The ids of every record the package holds, in a stable order (investigations first)."""
    wanted: dict[str, None] = dict.fromkeys(investigations)
    chosen = set(investigations)
    for kind_rows in (queries.live_bodies(conn, k) for k in _KINDS):
        for rid, body in kind_rows:
            if body.get("investigation") in chosen:
                wanted.setdefault(rid, None)
    derived = {rid: body.get("derived_from") for rid, body in queries.live_bodies(conn, "evidence")}
    queue = list(wanted)
    while queue:
        rid = queue.pop()
        found = queries.live_body(conn, rid)
        if found is None:
            continue
        kind, body = found
        linked = _links(kind, body)
        if kind == "investigation" and rid not in chosen:
            linked = []
        linked += [copy for copy, original in derived.items() if original == rid]
        for target in linked:
            if target not in wanted and queries.live_body(conn, target) is not None:
                wanted[target] = None
                queue.append(target)
    return list(wanted)


_KINDS = ("source", "interview", "entity", "item", "claim", "letter", "note", "evidence", "methodology")


def plan_sources(
    conn: Connection,
    me: Identity,
    ids: Collection[str],
    reseal: Collection[str],
    successor: PublicIdentity | bytes,
) -> list[SourcePlan]:
    """What happens to each source in ``ids``; ``reseal`` holds codes. Refuses a re-seal that the
    consent scope or the vault's keys do not allow, and a code that is not a source in the package.

    ``successor`` is the successor's public identity (from its identity file); given as a bare key (a
    transport key), no source is readable by it and none can be re-sealed to it.
    """
    seal = successor.seal_public if isinstance(successor, PublicIdentity) else None
    plans: list[SourcePlan] = []
    asked = {c.strip().upper() for c in reseal}
    for rid in ids:
        found = queries.live_body(conn, rid)
        if found is None or found[0] != source.KIND:
            continue
        body = found[1]
        code, level = str(body.get("code", "")), str(body.get("protection", source.DEFAULT_PROTECTION))
        env = body.get("sealed")
        if level != "protected" or not isinstance(env, Mapping):
            plans.append(SourcePlan(rid, code, level, "in_clear"))
            asked.discard(code)
            continue
        if seal is not None and protection.readable_by(conn, rid, body, seal):
            plans.append(SourcePlan(rid, code, level, "readable", Text("sealed to the successor before")))
        elif code in asked:
            consent = body.get("consent") or []
            if HANDOVER_CONSENT not in consent:
                scopes = ", ".join(consent) or Text("none recorded")
                raise UserError(
                    Text(
                        "source {code}: its consent scope ({scopes}) does not include '{consent}', "
                        "so its identity cannot be handed to a successor; hand over the code only",
                        code=code,
                        scopes=scopes,
                        consent=HANDOVER_CONSENT,
                    )
                )
            if not protection.can_read(body, me):
                raise UserError(
                    Text(
                        "source {code}: its identity is sealed to other keys; this vault cannot re-seal it",
                        code=code,
                    )
                )
            if seal is None:
                raise UserError(
                    Text(
                        "source {code}: the successor's identity file has no sealing key (version 1); ask "
                        "the successor for a new identity file ('fieldvault identity export')",
                        code=code,
                    )
                )
            plans.append(
                SourcePlan(
                    rid,
                    code,
                    level,
                    "reseal",
                    Text("re-sealed to the successor ({consent} consent)", consent=HANDOVER_CONSENT),
                )
            )
        else:
            why = Text("not re-sealed by the outgoing expert")
            if HANDOVER_CONSENT not in (body.get("consent") or []):
                why = Text("its consent scope does not include '{consent}'", consent=HANDOVER_CONSENT)
            plans.append(SourcePlan(rid, code, level, "withheld", why))
        asked.discard(code)
    if asked:
        raise InvalidInput(
            Text(
                "--reseal names {codes}, which is not a source in this handover",
                codes=", ".join(sorted(asked)),
            ),
            field="reseal",
        )
    return plans
