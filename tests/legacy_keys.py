"""What Fieldvault wrote before keys were separated by purpose, for the tests of the upgrade and attacks.

Vaults of schema version 5 had one X25519 key (``agree``) that was both the transport key and the key
protected identities and sealed originals were sealed to; identities were sealed in envelopes of
version 1 (unsigned, bound to a fixed context only). The writers below are the code of that version
(vault/keys/sealing.py ``seal``, vault/model/protection.py ``seal_new``,
vault/exchange/evidence_sharing.py ``seal``
at commit 095a743), carried here so the tests build the same bytes without the history of the repository.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault import canonical, crypto
from vault.age.codec import Encryptor
from vault.keys.identity import Identity
from vault.keys.secret import Passphrase
from vault.model import protection, source
from vault.ocr import queue as ocr_queue
from vault.storage import attachments, migrations, records
from vault.storage.records import Record
from vault.storage.store import Connection

SCHEMA_BEFORE = 5  # the last schema version without the sealing key
_CONTENT_AAD = b"fieldvault-sealed-content-v1\n"
_WRAP_AAD = b"fieldvault-sealed-key-v1\n"
_KEK_INFO = b"fieldvault-sealed-kek-v1\n"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(shared: bytes, epk: bytes, recipient: bytes, context: bytes) -> bytes:
    return crypto.hkdf(shared, _KEK_INFO + epk + recipient + context)


def _wrap(content_key: bytes, recipient: bytes, context: bytes) -> dict[str, str]:
    ephemeral = crypto.new_agreement_key()
    epk = crypto.agreement_public(ephemeral)
    kek = _kek(crypto.agree(ephemeral, recipient), epk, recipient, context)
    nonce, wrapped = crypto.seal(kek, content_key, _WRAP_AAD + context)
    return {"key": recipient.hex(), "epk": _b64(epk), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def seal_v1(
    value: object, recipients: Iterable[bytes], context: bytes = protection.CONTEXT
) -> dict[str, Any]:
    """An envelope of version 1, as vault/keys/sealing.py wrote it before."""
    keys = list(dict.fromkeys(recipients))
    content_key = crypto.random_bytes(crypto.KEY_BYTES)
    nonce, data = crypto.seal(content_key, canonical.dumps(value), _CONTENT_AAD + context)
    return {
        "v": 1,
        "scheme": "X25519-HKDF-SHA256-AES256GCM",
        "nonce": _b64(nonce),
        "data": _b64(data),
        "recipients": [_wrap(content_key, k, context) for k in keys],
    }


def fake_wrap(public: bytes) -> dict[str, str]:
    """A recipient entry naming ``public`` that unwraps nothing (what an attacker can add to a list)."""
    junk = crypto.random_bytes
    return {"key": public.hex(), "epk": _b64(junk(32)), "nonce": _b64(junk(12)), "wrapped": _b64(junk(48))}


def add_protected_source(
    conn: Connection, me: Identity, identity: Mapping[str, Any], also: Iterable[bytes] = (), **rest: Any
) -> Record:
    """A protected source as ``ops.add`` stored it before: the identity sealed (version 1) to this vault's
    transport key and ``also`` (transport keys of vaults it was shared with)."""
    env = seal_v1(source.validate_identity(identity), [me.public.agree_public, *also])
    body = {"code": rest.pop("code", "S-001"), "protection": "protected", **rest, "sealed": env}
    return records.create(conn, me, "source", body)


def seal_original_v1(conn: Connection, me: Identity, evidence_id: str, source_id: str) -> Record:
    """``evidence seal`` as it was: the original age-encrypted to the transport keys on the source's
    envelope, the record linked to its source."""
    rec = records.get(conn, evidence_id)
    env = records.get(conn, source_id).body["sealed"]
    keys = [bytes.fromhex(r["key"]) for r in env["recipients"]]
    keys = [me.public.agree_public, *[k for k in keys if k != me.public.agree_public]]
    out = io.BytesIO()
    enc = Encryptor(out, keys)
    for chunk in attachments.iter_chunks(conn, str(rec.body["sha256"])):
        enc.write(chunk)
    enc.close()
    stored = attachments.store_bytes(conn, out.getvalue())
    change = {"source": source_id, "sealed_sha256": stored.sha256, "sealed_to": [k.hex() for k in keys]}
    return records.edit(conn, me, rec.id, change, action="seal")


@contextmanager
def vault_before_keys(folder: Path, role: str = "expert") -> Iterator[VaultService]:
    """A vault made as the version before keys were separated made it (schema 5, no sealing key).

    That version had no OCR (schema 7): nothing is queued for it and there is no recognised text."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(migrations, "latest", lambda: SCHEMA_BEFORE)
        m.setattr(ocr_queue, "enqueue", lambda *_args, **_kwargs: False)
        m.setattr(ocr_queue, "text", lambda *_args: "")
        m.setattr(ocr_queue, "parts", lambda *_args: [])
        m.setattr(ocr_queue, "pending_among", lambda *_args: [])
        service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role=role)
        try:
            assert migrations.version(service._vault.conn) == SCHEMA_BEFORE
            assert service._vault.identity.seal_secret is None
            yield service
        finally:
            service.close()
