"""The public identity file: what a vault hands to others so they can enroll it or encrypt to it.

A small versioned text file, safe to share, readable by people and by stock tools::

    # Fieldvault public identity. Share it freely; compare the fingerprint aloud before trusting it.
    fieldvault-identity: 1
    role: expert
    fingerprint: 01234 56789 01234 56789 01234 56789 01234 56789
    age: age1…                      (the X25519 receiving key as an age recipient)
    ssh: ssh-ed25519 AAAA…          (the Ed25519 signing key in OpenSSH form)

The ``age`` line works with ``age -r``; the ``ssh`` line goes into an ``allowed_signers`` file for
``ssh-keygen -Y verify`` (docs/VERIFYING.md). ``read`` checks that the fingerprint matches the keys, so
a file edited by hand (or by someone else) is refused rather than trusted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vault import sshsig
from vault.age import keys
from vault.errors import InvalidInput, NotFound
from vault.identity import PublicIdentity
from vault.messages import Text

VERSION = "1"
MAX_BYTES = 8 * 1024
HEADER = "# Fieldvault public identity. Share it freely; compare the fingerprint aloud before trusting it."
ROLES = ("expert", "archive")
_THE_FILE = Text("the identity file")


@dataclass(frozen=True)
class IdentityFile:
    public: PublicIdentity
    role: str

    @property
    def age_recipient(self) -> str:
        return keys.x25519_recipient(self.public.agree_public)

    @property
    def ssh_key(self) -> str:
        return sshsig.openssh_public_key(self.public.sign_public)


def render(public: PublicIdentity, role: str) -> str:
    """The file's text for a vault's public keys."""
    return "\n".join(
        [
            HEADER,
            f"fieldvault-identity: {VERSION}",
            f"role: {role}",
            f"fingerprint: {public.fingerprint}",
            f"age: {keys.x25519_recipient(public.agree_public)}",
            f"ssh: {sshsig.openssh_public_key(public.sign_public)}",
            "",
        ]
    )


def write(path: Path, public: PublicIdentity, role: str) -> None:
    """Write the file (refusing to replace an existing one)."""
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(render(public, role))
            handle.flush()
            os.fsync(handle.fileno())
    except FileExistsError:
        raise InvalidInput(
            Text("{path} already exists; choose another name", path=str(path)), field="out"
        ) from None
    except OSError:
        raise InvalidInput(Text("{path} cannot be written", path=str(path)), field="out") from None


def parse(text: str, name: str = _THE_FILE) -> IdentityFile:
    """An identity file's content, checked; InvalidInput naming the problem otherwise."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, sep, value = line.partition(": ")
        if not sep or key in fields:
            raise InvalidInput(
                Text("{name} is not a Fieldvault identity file (malformed line)", name=name), field="identity"
            )
        fields[key] = value.strip()
    if fields.get("fieldvault-identity") != VERSION:
        raise InvalidInput(
            Text("{name} is not a Fieldvault identity file (version 1)", name=name), field="identity"
        )
    if set(fields) != {"fieldvault-identity", "role", "fingerprint", "age", "ssh"}:
        raise InvalidInput(
            Text("{name} is missing a field or has an unknown one", name=name), field="identity"
        )
    if fields["role"] not in ROLES:
        raise InvalidInput(Text("{name} names an unknown role", name=name), field="identity")
    try:
        agree = keys.parse_x25519_recipient(fields["age"])
        sign = sshsig.parse_openssh_public_key(fields["ssh"])
    except ValueError:
        raise InvalidInput(Text("{name} holds a malformed key", name=name), field="identity") from None
    public = PublicIdentity(sign, agree)
    if " ".join(fields["fingerprint"].split()) != public.fingerprint:
        raise InvalidInput(
            Text("{name}: the fingerprint does not match the keys (the file was altered)", name=name),
            field="identity",
        )
    return IdentityFile(public, fields["role"])


def read_file(path: Path) -> IdentityFile:
    """Read and check an identity file."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise NotFound(Text("identity file {path} does not exist", path=str(path))) from None
    except OSError:
        raise InvalidInput(
            Text("identity file {path} cannot be read", path=str(path)), field="identity"
        ) from None
    if len(raw) > MAX_BYTES:
        raise InvalidInput(
            Text("{path} is too large to be an identity file", path=str(path)), field="identity"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            Text("{path} is not a Fieldvault identity file", path=str(path)), field="identity"
        ) from None
    return parse(text, str(path))


def read(path: Path) -> PublicIdentity:
    """The public keys in an identity file (for handover and source grants)."""
    return read_file(path).public
