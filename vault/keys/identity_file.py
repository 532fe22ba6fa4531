"""The public identity file: what a vault hands to others so they can enroll it, encrypt or seal to it.

A small versioned text file, safe to share, readable by people and by stock tools::

    # Fieldvault public identity. Share it freely; compare the fingerprint aloud before trusting it.
    fieldvault-identity: 2
    role: expert
    fingerprint: 01234 56789 01234 56789 01234 56789 01234 56789
    age: age1…                      (the X25519 transport key as an age recipient: bundles, handovers)
    ssh: ssh-ed25519 AAAA…          (the Ed25519 signing key in OpenSSH form)
    seal: age1…                     (the X25519 sealing key: protected identities, sealed originals)
    seal-signature: <base64>        (the signing key's Ed25519 signature of the sealing key)

The ``age`` line works with ``age -r``; the ``ssh`` line goes into an ``allowed_signers`` file for
``ssh-keygen -Y verify`` (docs/VERIFYING.md). ``read`` checks that the fingerprint matches the keys and
that the signing key signed the sealing key (``fieldvault-seal-key-v1\n`` followed by its 32 bytes,
vault/keys/identity.py), so a file edited by hand (or by someone else) is refused rather than trusted: the
fingerprint people compare aloud vouches for the sealing key too, without changing.

Version 1 files (written before keys were separated by purpose) have no ``seal`` lines: they are still
read, with no sealing key, which is enough to enroll or to send to, but not to grant a source to.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from vault.age import keys
from vault.errors import InvalidInput, NotFound
from vault.exchange import sshsig
from vault.keys import sealing
from vault.keys.identity import PublicIdentity, seal_key_signed
from vault.messages import Text

VERSION = "2"
LEGACY_VERSION = "1"
_V1_FIELDS = {"fieldvault-identity", "role", "fingerprint", "age", "ssh"}
_V2_FIELDS = _V1_FIELDS | {"seal", "seal-signature"}
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

    @property
    def version(self) -> str:
        return VERSION if self.public.seal_public is not None else LEGACY_VERSION


def render(public: PublicIdentity, role: str) -> str:
    """The file's text for a vault's public keys: version 2, with the signed sealing key.

    Only a public identity without a sealing key (a vault whose keys are not upgraded yet) is written
    as version 1.
    """
    lines = [
        HEADER,
        f"fieldvault-identity: {VERSION if public.seal_public is not None else LEGACY_VERSION}",
        f"role: {role}",
        f"fingerprint: {public.fingerprint}",
        f"age: {keys.x25519_recipient(public.agree_public)}",
        f"ssh: {sshsig.openssh_public_key(public.sign_public)}",
    ]
    if public.seal_public is not None:
        if not public.seal_key_authentic:
            raise ValueError("the sealing key is not signed by the signing key")
        assert public.seal_signature is not None  # noqa: S101 - checked by seal_key_authentic
        lines += [
            f"seal: {keys.x25519_recipient(public.seal_public)}",
            f"seal-signature: {base64.b64encode(public.seal_signature).decode('ascii')}",
        ]
    return "\n".join([*lines, ""])


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


def _malformed(name: str) -> InvalidInput:
    return InvalidInput(Text("{name} holds a malformed key", name=name), field="identity")


def _seal_key(fields: dict[str, str], sign: bytes, agree: bytes, name: str) -> tuple[bytes, bytes]:
    """The sealing key of a version 2 file and its signature, checked against the signing key."""
    try:
        seal = keys.parse_x25519_recipient(fields["seal"])
        signature = base64.b64decode(fields["seal-signature"], validate=True)
    except (ValueError, binascii.Error):
        raise _malformed(name) from None
    if seal == agree or not sealing.usable_public_key(seal):
        raise _malformed(name)
    if not seal_key_signed(sign, seal, signature):
        raise InvalidInput(
            Text(
                "{name}: the sealing key is not signed by the identity's signing key (the file was altered)",
                name=name,
            ),
            field="identity",
        )
    return seal, signature


def parse(text: str, name: str = _THE_FILE) -> IdentityFile:
    """An identity file's content (version 1 or 2), checked; InvalidInput naming the problem otherwise."""
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
    version = fields.get("fieldvault-identity")
    if version not in (VERSION, LEGACY_VERSION):
        raise InvalidInput(
            Text("{name} is not a Fieldvault identity file (version 1 or 2)", name=name), field="identity"
        )
    if set(fields) != (_V2_FIELDS if version == VERSION else _V1_FIELDS):
        raise InvalidInput(
            Text("{name} is missing a field or has an unknown one", name=name), field="identity"
        )
    if fields["role"] not in ROLES:
        raise InvalidInput(Text("{name} names an unknown role", name=name), field="identity")
    try:
        agree = keys.parse_x25519_recipient(fields["age"])
        sign = sshsig.parse_openssh_public_key(fields["ssh"])
    except ValueError:
        raise _malformed(name) from None
    public = PublicIdentity(sign, agree)
    if " ".join(fields["fingerprint"].split()) != public.fingerprint:
        raise InvalidInput(
            Text("{name}: the fingerprint does not match the keys (the file was altered)", name=name),
            field="identity",
        )
    if version == VERSION:
        seal, signature = _seal_key(fields, sign, agree, name)
        public = PublicIdentity(sign, agree, seal, signature)
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
