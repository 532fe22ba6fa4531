"""The ``source`` kind (interlocutor, informant, document source) and its protection levels.

``public`` sources may be named; ``confidential`` ones are known to the group but never named outside it;
for ``protected`` ones the identity fields are sealed (vault/keys/sealing.py) inside the body, so the stored
body, its title and its search text hold the source code and never the identity. A stored protected
body has a ``sealed`` envelope and none of the identity fields; vault/model/protection.py turns what an
expert typed into that form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "source"
PROTECTION = ("public", "confidential", "protected")
DEFAULT_PROTECTION = "confidential"
TYPES = (
    "state_official",
    "un",
    "company",
    "ngo",
    "informant",
    "victim_witness",
    "documentary",
    "other",
)
RELIABILITY = ("A", "B", "C", "D", "E", "F")  # Admiralty scale: A reliable … F cannot be judged
CONSENT = ("report", "archive", "mission", "court")
# What identifies a person: sealed for protected sources, and what the leak guard looks for.
# ``identifying_terms``: whatever else would point to the person (a nickname, a house name, a plate
# number), added by the expert so that the guard looks for it too.
IDENTITY_FIELDS = ("name", "aliases", "contacts", "risk_notes", "identifying_terms")
FIELDS = (
    *IDENTITY_FIELDS,
    "type",
    "protection",
    "code",
    "organisation",
    "reliability",
    "consent",
    "do_not_contact",
    "investigation",
    "sealed",
)
LINKS = {"investigation": ("investigation",)}
CODE = re.compile(r"^[A-Z][A-Z0-9]{0,7}-[0-9]{1,6}$")


def normal_code(value: str) -> str | None:
    """A source code in its stored form (``S-017``), or None when ``value`` is not one."""
    code = value.strip().upper()
    return code if CODE.fullmatch(code) else None


def validate_identity(body: Mapping[str, Any]) -> Body:
    """The identity fields as typed by an expert (before any sealing), normalised."""
    out: Body = {}
    f.put(out, "name", f.text(body, "name", KIND, required=True, max_len=f.MAX_NAME))
    f.put(out, "aliases", f.names(body, "aliases", KIND))
    f.put(out, "contacts", f.text(body, "contacts", KIND, max_len=10_000))
    f.put(out, "risk_notes", f.text(body, "risk_notes", KIND))
    f.put(out, "identifying_terms", f.names(body, "identifying_terms", KIND))
    return out


def _sealed_envelope(body: Mapping[str, Any]) -> dict[str, Any]:
    env = body.get("sealed")
    if not isinstance(env, dict) or not isinstance(env.get("recipients"), list) or not env["recipients"]:
        raise f.fail(
            KIND, "sealed", Text("must be a sealed identity (set the identity fields; they are sealed)")
        )
    return env


def _reliability(body: Mapping[str, Any]) -> str | None:
    value = f.text(body, "reliability", KIND, max_len=1)
    if value is None:
        return None
    if value.upper() not in RELIABILITY:
        raise f.fail(KIND, "reliability", Text("must be a grade from A (reliable) to F (cannot be judged)"))
    return value.upper()


def _consent(body: Mapping[str, Any]) -> list[str] | None:
    scopes = f.names(body, "consent", KIND)
    if scopes is None:
        return None
    normal = [s.lower().replace(" ", "_") for s in scopes]
    for s in normal:
        if s not in CONSENT:
            raise f.fail(KIND, "consent", Text("must list scopes among: {scopes}", scopes=", ".join(CONSENT)))
    return [s for s in CONSENT if s in normal]


def validate(body: Mapping[str, Any]) -> Body:
    """A stored source body: for ``protected``, the identity sealed and absent in clear."""
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    protection = f.choice(body, "protection", KIND, PROTECTION) or DEFAULT_PROTECTION
    out["protection"] = protection
    code = f.text(body, "code", KIND, required=True, max_len=16)
    if code is None or normal_code(code) is None:
        raise f.fail(KIND, "code", Text("must be a source code such as S-017"))
    out["code"] = normal_code(code)
    if protection == "protected":
        for field in IDENTITY_FIELDS:
            if body.get(field) is not None:
                raise f.fail(KIND, field, Text("of a protected source must be sealed, never stored in clear"))
        out["sealed"] = _sealed_envelope(body)
    else:
        if body.get("sealed") is not None:
            raise f.fail(
                KIND, "sealed", Text("is only for protected sources (this one is {level})", level=protection)
            )
        out.update(validate_identity(body))
    f.put(out, "type", f.choice(body, "type", KIND, TYPES))
    f.put(out, "organisation", f.text(body, "organisation", KIND, max_len=f.MAX_NAME))
    f.put(out, "reliability", _reliability(body))
    f.put(out, "consent", _consent(body))
    f.put(out, "do_not_contact", f.boolean(body, "do_not_contact", KIND))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    return out


def is_protected(body: Mapping[str, Any]) -> bool:
    return body.get("protection") == "protected"


def title(body: Mapping[str, Any]) -> str:
    """The source code, with the name only when the identity is in clear (never a sealed identity)."""
    code = str(body.get("code", ""))
    if is_protected(body) or not body.get("name"):
        return Text("{code} (protected source)", code=code) if is_protected(body) else code
    return f"{code} {body['name']}"


def search_text(body: Mapping[str, Any]) -> str:
    shared = (body.get("code"), body.get("type"), body.get("organisation"))
    if is_protected(body):
        return f.join_text(*shared)
    identity = (body.get("name"), body.get("aliases"), body.get("contacts"), body.get("identifying_terms"))
    return f.join_text(*shared, *identity)


SPEC = Kind(name=KIND, validate=validate, title=title, search_text=search_text)
