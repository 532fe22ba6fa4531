"""Service operations of the investigation model: sources and their protection, claims under the
methodology, links between records, right-of-reply letters.

The GUI builds its forms on these methods and the CLI (app/entry/cli_records.py) calls the same ones. Each
change is one transaction holding the new revision and its audit entry. Identities of protected sources
leave this layer only through ``reveal_source`` (logged) and ``source_identifiers`` (for the leak guard).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.service_part import Part
from vault.errors import InvalidInput
from vault.keys import sealing
from vault.keys.identity import PublicIdentity
from vault.messages import Text
from vault.model import assessment, forms, letter, links, ops, protection, queries, source
from vault.model.assessment import Assessment
from vault.model.forms import FieldSpec
from vault.model.identifiers import Identifier, readable_identifiers
from vault.model.methodology import Rules
from vault.model.protection import SourceIdentity
from vault.storage import records
from vault.storage.records import Record

ClaimAssessment = Assessment


@dataclass(frozen=True)
class SourceView:
    """What may be shown of a source anywhere: its code and non-identifying fields, never the identity."""

    id: str
    code: str
    protection: str
    type: str | None
    organisation: str | None
    sealed: bool
    readable: bool
    recipients: tuple[str, ...]
    do_not_contact: bool


@dataclass(frozen=True)
class LetterStatus:
    """A right-of-reply letter and where it stands. ``days_overdue`` is None unless it is overdue."""

    id: str
    symbol: str | None
    addressee: str
    sent: str | None
    deadline: str | None
    cutoff: str | None
    status: str | None
    replied: bool
    days_overdue: int | None
    claims: tuple[str, ...]


@dataclass(frozen=True)
class Link:
    """The outcome of linking: the updated record, the field that now holds the link, the target id."""

    record: Record
    field: str
    target: str


@dataclass(frozen=True)
class Backlink:
    """A record linking to another one, through ``field``."""

    id: str
    kind: str
    field: str
    title: str


class ModelService(Part):
    """Mixin of VaultService: the investigation model (kinds investigation, source, interview, entity,
    item, claim, methodology, letter)."""

    # --- records of the model ---------------------------------------------------------------------

    def add_model_record(
        self, kind: str, data: Mapping[str, Any], *, share_with: Iterable[PublicIdentity] = ()
    ) -> Record:
        """Create a record from entered fields. Links may name ids, id prefixes or source codes.

        A source gets the next free code unless one is given; a protected source's identity is sealed
        to this vault's sealing key and granted to the vaults in ``share_with`` (their identity files).
        """
        with self._write(Text("adding the {kind}", kind=kind)):
            return ops.add(self._vault.conn, self._vault.identity, kind, data, tuple(share_with))

    def edit_model_record(self, ref: str, changes: Mapping[str, Any]) -> Record:
        """Set the given fields, keep the rest (None removes a field); re-seals a changed identity."""
        with self._write(Text("saving the change")):
            return ops.edit(self._vault.conn, self._vault.identity, self.resolve_ref(ref), changes)

    def link_records(self, from_ref: str, to_ref: str, field: str | None = None) -> Link:
        """Add ``to_ref`` to a link field of ``from_ref``: ``field``, or the usual one for the pair
        (a claim's ``supports``, an interview's ``sources``, an entity's ``related``…)."""
        with self._write(Text("linking the records")):
            rec, used, target = ops.link(self._vault.conn, self._vault.identity, from_ref, to_ref, field)
        return Link(rec, used, target)

    def kind_form(self, kind: str) -> tuple[FieldSpec, ...]:
        """The fields of a model kind for a form: type, choices, link kinds, required, computed."""
        return forms.form(kind)

    def resolve_ref(self, ref: str) -> str:
        """The full id for an id, a unique id prefix or a source code (S-017)."""
        return self._core.resolve_id(ref)

    def linked_from(self, ref: str) -> list[Backlink]:
        """The live records that link to this one (claims citing a source, letters about a claim…)."""
        conn = self._vault.conn
        found = links.referrers(conn, self.resolve_ref(ref))
        return [Backlink(rid, kind, field, records.get(conn, rid).title) for rid, kind, field in found]

    # --- sources and their protection -------------------------------------------------------------

    def source_views(self, investigation: str | None = None) -> list[SourceView]:
        """Every live source (optionally of one investigation), oldest first, as codes and clear fields."""
        wanted = self.resolve_ref(investigation) if investigation else None
        return [
            self._view(rid, body)
            for rid, body in queries.live_bodies(self._vault.conn, source.KIND)
            if wanted is None or body.get("investigation") == wanted
        ]

    def source_view(self, ref: str) -> SourceView:
        """What may be shown of one source without revealing its identity."""
        rec = self._source(ref)
        return self._view(rec.id, rec.body)

    def _view(self, record_id: str, body: Mapping[str, Any]) -> SourceView:
        env = body.get("sealed")
        keys = sealing.recipients(env) if isinstance(env, Mapping) else ()
        return SourceView(
            id=record_id,
            code=str(body.get("code", "")),
            protection=str(body.get("protection", source.DEFAULT_PROTECTION)),
            type=body.get("type"),
            organisation=body.get("organisation"),
            sealed=isinstance(env, Mapping),
            readable=protection.can_read(body, self._vault.identity),
            recipients=tuple(k.hex() for k in keys),
            do_not_contact=bool(body.get("do_not_contact")),
        )

    def reveal_source(self, ref: str) -> SourceIdentity:
        """The identity of a source. For a protected source the reveal is logged in the audit log;
        IdentitySealed when it is sealed to other keys only."""
        with self._write(Text("revealing the source")):
            return ops.reveal(self._vault.conn, self._vault.identity, ref)

    def grant_source(self, ref: str, recipient: PublicIdentity) -> Record:
        """Let another vault (its public identity, read from its identity file of version 2) read this
        protected source's identity: a grant, logged, sealed to its sealing key."""
        with self._write(Text("sharing the source")):
            return ops.grant(self._vault.conn, self._vault.identity, ref, recipient)

    def next_source_code(self) -> str:
        return ops.next_source_code(self._vault.conn)

    @property
    def agreement_public_key(self) -> str:
        """This vault's X25519 public key in hex: what an expert grants a source to."""
        return self._vault.identity.public.agree_public.hex()

    def source_identifiers(self) -> tuple[Identifier, ...]:
        """For the leak guard: every name, alias, phone number, e-mail address and @handle of the
        confidential and protected sources this vault can read (their whole history)."""
        return tuple(readable_identifiers(self._vault.conn, self._vault.identity))

    def _source(self, ref: str) -> Record:
        rec = self._core.get(self.resolve_ref(ref))
        if rec.kind != source.KIND:
            raise InvalidInput(
                Text("record {id} is a {kind}, not a source", id=rec.id, kind=rec.kind), field="id"
            )
        return rec

    # --- claims and the methodology ---------------------------------------------------------------

    def assess_claim(self, ref: str) -> ClaimAssessment:
        """The claim measured against its methodology: sources counted, independence, what it may become."""
        return assessment.assess_stored(self._vault.conn, self.resolve_ref(ref))

    def promote_claim(self, ref: str, to: str | None = None) -> ClaimAssessment:
        """Move the claim up one status (or to ``to``); PromotionRefused gives every reason it cannot."""
        with self._write(Text("promoting the claim")):
            return ops.promote(self._vault.conn, self._vault.identity, self.resolve_ref(ref), to)

    def methodology_rules(self, claim_ref: str | None = None) -> Rules:
        """The rules in force for a claim (its investigation's methodology), or for the vault."""
        body: Mapping[str, Any] = {}
        if claim_ref is not None:
            body = self._core.get(self.resolve_ref(claim_ref)).body
        return assessment.rules_for(self._vault.conn, body)

    # --- right of reply ---------------------------------------------------------------------------

    def letters(self, *, overdue_only: bool = False, today: date | None = None) -> list[LetterStatus]:
        """Letters, soonest deadline first; with ``overdue_only``, those past their deadline unanswered."""
        today = today or date.today()
        out: list[LetterStatus] = []
        for rid, body in queries.live_bodies(self._vault.conn, letter.KIND):
            days = letter.overdue_days(body, today)
            if overdue_only and days is None:
                continue
            out.append(
                LetterStatus(
                    id=rid,
                    symbol=body.get("symbol"),
                    addressee=str(body.get("addressee", "")),
                    sent=body.get("sent"),
                    deadline=body.get("deadline"),
                    cutoff=body.get("cutoff"),
                    status=body.get("status"),
                    replied=letter.replied(body),
                    days_overdue=days,
                    claims=tuple(body.get("claims") or ()),
                )
            )
        out.sort(key=lambda s: (s.deadline is None, s.deadline or "", s.id))
        return out
