"""Crafting altered bundles the way an attacker could: anyone can encrypt to the archive's public age
recipient, so a forgery is a real bundle's entries, changed, packed into a tar and encrypted again.

Only a holder of the archive's (or the sender's) age identity can read a bundle; the tamper campaign
plays both the attacker in transit (who cannot decrypt: byte flips, truncation) and one who has the
plaintext (a leaked key or an insider) and re-encrypts altered entries, with the signatures kept,
broken, stripped or made anew by a key the archive never enrolled.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from vault import canonical
from vault.age import keys
from vault.age.codec import Encryptor, open_decrypting
from vault.age.recipients import X25519Identity
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_tar as tar
from vault.exchange import sshsig

Entry = tuple[str, bytes]


@dataclass(frozen=True)
class Layout:
    """Where the parts of an age file lie: header lines, nonce and payload chunks."""

    size: int
    stanza_start: int  # after the version line
    mac_start: int  # the "---" line
    header_end: int  # the nonce starts here
    payload_start: int  # the first encrypted chunk starts here

    @classmethod
    def of(cls, data: bytes) -> Layout:
        mac = data.index(b"\n--- ") + 1
        end = data.index(b"\n", mac) + 1
        return cls(len(data), data.index(b"\n") + 1, mac, end, end + 16)


def decrypt_entries(bundle: Path, age_secret: bytes) -> list[Entry]:
    """A bundle's tar entries (name, bytes), decrypted with an age identity."""
    with bundle.open("rb") as f:
        plain = open_decrypting(f, [X25519Identity(age_secret)]).read()
    return [(e.untrusted_name, r.read()) for e, r in tar.entries(io.BytesIO(plain))]


def tar_bytes(entries: list[Entry]) -> bytes:
    """The strict ustar form the writer produces."""
    out = b"".join(tar.header(name, len(data), 0) + data + tar.padding(len(data)) for name, data in entries)
    return out + tar.end()


def encrypt(plain: bytes, recipient: bytes, out: Path) -> Path:
    """``plain`` as an age file for ``recipient`` (an X25519 public key), at ``out``."""
    buf = io.BytesIO()
    enc = Encryptor(buf, [recipient])
    enc.write(plain)
    enc.close()
    out.write_bytes(buf.getvalue())
    return out


@dataclass(frozen=True)
class Signer:
    """A signing key and the age recipient it claims as sender."""

    sign_secret: bytes
    sign_public: bytes
    agree_public: bytes


def resign(entries: list[Entry], signer: Signer, *, claim_sender: bool = True) -> list[Entry]:
    """Recompute the manifest's hashes and sizes for the entries as they are now, and sign manifest
    and checksum list with ``signer``; ``claim_sender`` also names the signer as the sender."""
    renamed: dict[str, str] = {}  # an altered attachment is named by its new hash, as the format wants
    data = dict(entries)
    manifest = canonical.loads(data[bm.MANIFEST])
    for item in manifest["entries"]:
        if item["path"] in data:
            body = data[item["path"]]
            item["sha256"], item["size"] = hashlib.sha256(body).hexdigest(), len(body)
            if item["path"].startswith(bm.ATTACHMENTS):
                renamed[item["path"]] = item["path"] = bm.ATTACHMENTS + item["sha256"]
    if claim_sender:
        manifest["sender"] = {
            "key": signer.sign_public.hex(),
            "age": keys.x25519_recipient(signer.agree_public),
        }
    manifest_bytes = canonical.dumps(manifest) + b"\n"
    sums = bm.render_sums(hashlib.sha256(manifest_bytes).hexdigest(), bm.parse(manifest_bytes))
    replaced = {
        bm.MANIFEST: manifest_bytes,
        bm.MANIFEST_SIG: sshsig.sign(signer.sign_secret, bm.NAMESPACE, manifest_bytes).encode(),
        bm.SUMS: sums,
        bm.SUMS_SIG: sshsig.sign(signer.sign_secret, bm.NAMESPACE, sums).encode(),
    }
    return [(renamed.get(name, name), replaced.get(name, body)) for name, body in entries]


def raw_header(name: bytes, size: int, kind: bytes = b"0", *, checksum_delta: int = 0) -> bytes:
    """A ustar header the strict writer would never produce (another entry type, a bad checksum)."""
    block = bytearray(tar.header("placeholder", size, 0))
    block[0:100] = name[:100].ljust(100, b"\0")
    block[156:157] = kind
    block[148:156] = b" " * 8
    block[148:156] = f"{sum(block) + checksum_delta:06o}".encode() + b"\0 "
    return bytes(block)


def reheader(block: bytes, start: int, value: bytes) -> bytes:
    """A ustar header with ``value`` written at ``start`` and its checksum made right again."""
    changed = bytearray(block)
    changed[start : start + len(value)] = value
    changed[148:156] = b" " * 8
    changed[148:156] = f"{sum(changed):06o}".encode() + b"\0 "
    return bytes(changed)


HEADER_FIELDS = {  # fields of a ustar header the writer always fills the same way
    "mode 0777": (100, b"0000777\0"),
    "owner 1000": (108, b"0001750\0"),
    "owner name": (265, b"root\0"),
    "type flag NUL": (156, b"\0"),
    "mtime with a space": (136, b" 0000000000\0"),
}
