"""What the leak guard looks for: every identifier of a confidential or protected source this vault can read.

Identifiers are names, aliases, and the phone numbers, e-mail addresses and @handles found in the
free-text contacts. They are gathered from every revision of each such source (a name spelled another
way last month, a deleted source, a concurrent edit), because a protection promise outlives an edit.
Sources sealed to other keys are skipped: this vault cannot know their identity, and never stores it.
A source whose current protection is ``public`` may be named and is skipped too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault import records, revisions
from vault.errors import VaultError
from vault.identity import Identity
from vault.model import protection
from vault.store import Connection

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().\-/]{4,}\d")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{3,}")
MIN_PHONE_DIGITS = 6


@dataclass(frozen=True)
class Identifier:
    """One identifier of one source. ``kind`` is name, alias, phone, email or handle.

    ``value`` is as recorded; for phones ``digits`` holds the digits alone, so "+243 81 234 5678" and
    "+243812345678" can both be matched. The repr is redacted: identifiers never belong in a log.
    """

    source_id: str
    code: str
    protection: str
    kind: str
    value: str

    def __repr__(self) -> str:
        return f"<Identifier {self.kind} of {self.code} (redacted)>"

    @property
    def digits(self) -> str:
        return re.sub(r"\D", "", self.value)


def contacts_identifiers(text: str) -> list[tuple[str, str]]:
    """``(kind, value)`` for each e-mail address, phone number and @handle in free-text contacts."""
    found: list[tuple[str, str]] = []
    emails = _EMAIL.findall(text)
    found += [("email", e) for e in emails]
    rest = _EMAIL.sub(" ", text)
    for phone in _PHONE.findall(rest):
        phone = phone.strip()
        if len(re.sub(r"\D", "", phone)) >= MIN_PHONE_DIGITS:
            found.append(("phone", phone))
    found += [("handle", h) for h in _HANDLE.findall(rest)]
    return found


def readable_identifiers(conn: Connection, me: Identity) -> list[Identifier]:
    """Every identifier of every confidential or protected source whose identity this vault can read."""
    out: dict[tuple[str, str, str], Identifier] = {}
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM records WHERE kind = 'source' ORDER BY n")]
    for sid in ids:
        current = records.get(conn, sid).body
        level = str(current.get("protection", "confidential"))
        if level == "public":
            continue
        code = str(current.get("code", ""))
        for rev in revisions.for_record(conn, sid):
            if rev.tombstone:
                continue
            try:
                who = protection.identity_of(rev.body, me)
            except VaultError:
                continue  # sealed to others, or damaged (integrity checks report that), or malformed
            pairs = [("name", who.name), *(("alias", a) for a in who.aliases)]
            pairs += contacts_identifiers(who.contacts or "")
            for kind, value in pairs:
                out.setdefault((sid, kind, value), Identifier(sid, code, level, kind, value))
    return list(out.values())
