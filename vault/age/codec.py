"""Encrypting to age recipients and decrypting with age identities, streamed.

``Encryptor`` is a writable object: the header and nonce go out at once, then the payload chunk by
chunk, and ``close()`` writes the final chunk. ``open_decrypting`` reads and checks the header
(stanzas, file key, MAC, nonce) and returns a reader of the authenticated plaintext. The stages fail
with distinct errors (see vault.age.errors) in the order the format defines.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from vault import crypto
from vault.age import armor, header
from vault.age.errors import ArmorFailure, HeaderFailure, NoMatch
from vault.age.recipients import FILE_KEY_BYTES, Identity, X25519Recipient, unwrap_file_key
from vault.age.stream import NONCE_BYTES, ByteSink, ByteSource, PayloadReader, PayloadWriter, payload_key


class _Source:
    """A byte source with ``readline(limit)`` over any ``read(n)`` source, for the header."""

    def __init__(self, src: ByteSource, prefix: bytes = b"") -> None:
        self._src = src
        self._pending = prefix

    def readline(self, limit: int) -> bytes:
        while b"\n" not in self._pending and len(self._pending) < limit:
            more = self._src.read(4096)
            if not more:
                break
            self._pending += more
        cut = self._pending.find(b"\n", 0, limit)
        end = cut + 1 if cut >= 0 else min(limit, len(self._pending))
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def read(self, n: int) -> bytes:
        if self._pending:
            out, self._pending = self._pending[:n], self._pending[n:]
            return out
        return self._src.read(n)


def open_decrypting(
    src: ByteSource, identities: Sequence[Identity], *, armored: bool | None = None
) -> PayloadReader:
    """Check the header and return the plaintext reader. ``armored=None`` detects the armor.

    Raises ArmorFailure, HeaderFailure, NoMatch or HmacFailure here; PayloadFailure while reading.
    """
    start = src.read(64)
    if armored is None:
        armored = armor.looks_armored(start)
    if armored:
        rest = src.read(armor.MAX_ARMORED_BYTES)
        if src.read(1):
            raise ArmorFailure()  # armored input is for small files; bundles are binary
        source = _Source(io.BytesIO(armor.decode(start + rest)))
    else:
        source = _Source(src, start)
    parsed = header.parse(source)
    file_key = unwrap_file_key(parsed.stanzas, identities)
    if file_key is None:
        raise NoMatch()
    header.check_mac(parsed, file_key)
    nonce = source.read(NONCE_BYTES)
    while 0 < len(nonce) < NONCE_BYTES:
        more = source.read(NONCE_BYTES - len(nonce))
        if not more:
            break
        nonce += more
    if len(nonce) != NONCE_BYTES:
        raise HeaderFailure()
    return PayloadReader(source, payload_key(file_key, nonce))


class Encryptor:
    """Write plaintext in; age ciphertext goes to ``sink``. Call ``close()`` to finish the file."""

    def __init__(self, sink: ByteSink, recipients: Sequence[bytes]) -> None:
        if not recipients:
            raise ValueError("at least one recipient")
        file_key = crypto.random_bytes(FILE_KEY_BYTES)
        stanzas = [X25519Recipient(public).wrap(file_key) for public in recipients]
        nonce = crypto.random_bytes(NONCE_BYTES)
        sink.write(header.encode(stanzas, file_key) + nonce)
        self._payload = PayloadWriter(sink, payload_key(file_key, nonce))

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self._payload.write(data)

    def close(self) -> None:
        self._payload.close()
