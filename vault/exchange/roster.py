"""The group archive's roster: the experts whose bundles it accepts, enrolled in person.

Enrolling stores an expert's public keys under a name. Revoking keeps the entry (its past bundles must
still verify, and merging one again stays a no-op) and from then on refuses every bundle of that key not
already merged — including one numbered below the last merged: a gap in the sequence (a bundle lost in
transit, an export killed before it was recorded) must not be fillable by whoever holds the compromised
key. A coordinator who knows a genuine bundle is still in transit may say so deliberately with
``accept_through``: unmerged bundles numbered up to it are still accepted (sequence numbers are signed
by the sender and unique per sender at the archive). Enrolment and revocation are entries of the
archive's audit log. A member enrolled from an identity file of version 2 keeps its sealing key
(``seal_public``, signed by its signing key when the file was read); one enrolled from version 1 has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.errors import InvalidInput, NotFound
from vault.keys.identity import PublicIdentity, fingerprint
from vault.messages import Text
from vault.storage import audit
from vault.storage.store import Connection

MAX_NAME = 100


@dataclass(frozen=True)
class Member:
    name: str
    key_id: str
    agree_public: bytes
    fingerprint: str
    enrolled_at: str
    revoked_at: str | None
    accept_through: int | None
    seal_public: bytes | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def accepts(self, sequence: int) -> bool:
        """Whether a bundle with this sequence number may be merged from this member."""
        return not self.revoked or (self.accept_through is not None and sequence <= self.accept_through)


_COLUMNS = "name, key_id, agree_public, enrolled_at, revoked_at, accept_through, seal_public"


def _member(row: tuple[object, ...]) -> Member:
    name, key_id, agree, enrolled, revoked, through, seal = row
    agree_bytes = bytes(agree)  # type: ignore[call-overload]
    return Member(
        str(name),
        str(key_id),
        agree_bytes,
        fingerprint(bytes.fromhex(str(key_id)), agree_bytes),
        str(enrolled),
        None if revoked is None else str(revoked),
        None if through is None else int(through),  # type: ignore[call-overload]
        None if seal is None else bytes(seal),  # type: ignore[call-overload]
    )


def members(conn: Connection) -> list[Member]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM roster ORDER BY name").fetchall()
    return [_member(r) for r in rows]


def lookup(conn: Connection, key_id: str) -> Member | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM roster WHERE key_id = ?", (key_id,)).fetchone()
    return _member(row) if row else None


def find(conn: Connection, text: str) -> Member:
    """A member by name or by fingerprint (spaces optional)."""
    digits = "".join(text.split())
    for m in members(conn):
        if m.name == text.strip() or (digits.isdigit() and m.fingerprint.replace(" ", "") == digits):
            return m
    raise NotFound(Text("no enrolled expert named or with fingerprint {who!r}", who=text.strip()))


def enroll(conn: Connection, own_key_id: str, public: PublicIdentity, name: str) -> Member:
    """Add an expert (inside the caller's transaction)."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(Text("a name is needed (at most {n} characters)", n=MAX_NAME), field="name")
    if public.key_id == own_key_id:
        raise InvalidInput(
            Text("that is this archive's own identity; enroll the experts' vaults"), field="identity"
        )
    existing = lookup(conn, public.key_id)
    if existing is not None:
        raise InvalidInput(
            Text("this identity is already enrolled as {name!r}", name=existing.name), field="identity"
        )
    if conn.execute("SELECT 1 FROM roster WHERE name = ?", (name,)).fetchone():
        raise InvalidInput(Text("the name {name!r} is already on the roster", name=name), field="name")
    now = audit.utc_now()
    conn.execute(
        "INSERT INTO roster (key_id, agree_public, name, enrolled_at, seal_public) VALUES (?, ?, ?, ?, ?)",
        (
            public.key_id,
            public.agree_public,
            name,
            now,
            public.seal_public if public.seal_key_authentic else None,
        ),
    )
    audit.append(conn, own_key_id, "enroll", public.key_id, {"fingerprint": public.fingerprint})
    member = lookup(conn, public.key_id)
    assert member is not None  # noqa: S101 - inserted just above
    return member


def highest_merged(conn: Connection, key_id: str) -> int:
    row = conn.execute(
        "SELECT max(sequence) FROM receipts WHERE sender = ? AND kind = 'bundle'", (key_id,)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def revoke(conn: Connection, own_key_id: str, who: str, accept_through: int | None = None) -> Member:
    """Revoke a member (inside the caller's transaction): no bundle of its not already merged is accepted
    from now on, unless ``accept_through`` deliberately allows those numbered up to it."""
    member = find(conn, who)
    if member.revoked:
        raise InvalidInput(
            Text("{name!r} was already revoked on {date}", name=member.name, date=member.revoked_at),
            field="who",
        )
    if accept_through is not None and accept_through < 0:
        raise InvalidInput(Text("the last accepted bundle number cannot be negative"), field="accept_through")
    conn.execute(
        "UPDATE roster SET revoked_at = ?, accept_through = ? WHERE key_id = ?",
        (audit.utc_now(), accept_through, member.key_id),
    )
    audit.append(conn, own_key_id, "revoke", member.key_id, {"accept_through": accept_through})
    return lookup(conn, member.key_id) or member
