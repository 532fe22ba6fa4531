"""What the leak guard looks for: every identifier of a confidential or protected source this vault can read.

Identifiers are names, aliases, the expert's extra identifying terms (a nickname, a house name, a plate
number), and what the free-text contacts hold: each phone number on its own (vault/guard/phones.py, kept in
E.164 form when its country is known), e-mail addresses, @handles, and the handles inside messaging and
social-network links ("t.me/jdupont_kv", "telegram: jdupont_kv"). They are gathered from every revision
of each such source (a name spelled another way last month, a deleted source, a concurrent edit),
because a protection promise outlives an edit. Sources sealed to other keys are skipped: this vault
cannot know their identity, and never stores it. A source whose current protection is ``public`` may be
named and is skipped too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.errors import VaultError
from vault.guard import phones
from vault.keys.identity import Identity
from vault.model import protection
from vault.storage import records, revisions
from vault.storage.store import Connection

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,62}[A-Za-z0-9_])?)")
_PROFILE = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:t\.me|telegram\.(?:me|dog)|instagram\.com|facebook\.com|fb\.com|"
    r"twitter\.com|x\.com|tiktok\.com|snapchat\.com/add|linkedin\.com/in|signal\.me|youtube\.com|vk\.com|"
    r"threads\.net|wa\.me)/+(@?[\w.\-]{3,64})",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    r"\b(?:telegram|signal|skype|whatsapp|wechat|viber|threema|instagram|facebook|twitter|tiktok|snapchat|"
    r"session|element|matrix)\s*[:=]\s*@?([A-Za-z][\w.\-]{2,63})",
    re.IGNORECASE,
)
MIN_PHONE_DIGITS = phones.MIN_DIGITS


@dataclass(frozen=True)
class Identifier:
    """One identifier of one source. ``kind`` is name, alias, term, phone, email or handle.

    ``value`` is as recorded; a phone is kept as "+<country><number>" when its country is known, else
    as its digits. The repr is redacted: identifiers never belong in a log.
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


def _handle(value: str) -> str | None:
    handle = value.strip().lstrip("@").rstrip(".-")
    if handle.isdigit():
        return None  # wa.me/243… is a phone number, read as one
    return handle if len(handle) >= 3 else None


def contacts_identifiers(text: str) -> list[tuple[str, str]]:
    """``(kind, value)`` for each e-mail address, phone number and handle in free-text contacts."""
    found: list[tuple[str, str]] = [("email", e) for e in _EMAIL.findall(text)]
    rest = _EMAIL.sub(" ", text)
    handles = [*_PROFILE.findall(rest), *_LABELLED.findall(rest), *_HANDLE.findall(rest)]
    found += [("handle", h) for h in dict.fromkeys(filter(None, map(_handle, handles)))]
    for phone in phones.numbers_in_contacts(_PROFILE.sub(lambda m: " " + m.group(1) + " ", rest)):
        value = f"+{phone.country}{phone.nsn}" if phone.country else phone.nsn
        found.append(("phone", value))
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
                who = protection.identity_of(rev.body, me, sid)
            except VaultError:
                continue  # sealed to others, or damaged (integrity checks report that), or malformed
            pairs = [("name", who.name), *(("alias", a) for a in who.aliases)]
            pairs += [("term", t) for t in who.terms]
            pairs += contacts_identifiers(who.contacts or "")
            for kind, value in pairs:
                out.setdefault((sid, kind, value), Identifier(sid, code, level, kind, value))
    return list(out.values())
