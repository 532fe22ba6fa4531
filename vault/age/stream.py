"""The age payload: STREAM over ChaCha20-Poly1305 in 64 KiB chunks (c2sp.org/age, "Payload").

Reading releases a chunk's plaintext only after its tag is checked, and follows the reference
implementation's edge rules (a full-length chunk may be the final one; the final chunk may be empty only
when the whole payload is; nothing may follow the final chunk), so truncation, reordering and trailing
data are all caught.
"""

from __future__ import annotations

from typing import Protocol

from vault import crypto
from vault.age.errors import PayloadFailure
from vault.errors import DecryptionFailed

CHUNK = 64 * 1024
TAG = 16
ENC_CHUNK = CHUNK + TAG
NONCE_BYTES = 16


class ByteSource(Protocol):
    def read(self, n: int) -> bytes: ...


class ByteSink(Protocol):
    def write(self, data: bytes) -> object: ...


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return crypto.hkdf_sha256(file_key, nonce, b"payload")


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def read_full(src: ByteSource, n: int) -> bytes:
    """Up to ``n`` bytes, fewer only at end of input."""
    data = src.read(n)
    if len(data) == n or not data:
        return data
    parts = [data]
    got = len(data)
    while got < n:
        more = src.read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


class PayloadReader:
    """Decrypts the payload chunk by chunk; ``read(n)`` returns up to ``n`` authenticated bytes."""

    def __init__(self, src: ByteSource, key: bytes) -> None:
        self._src: ByteSource | None = src
        self._aead = crypto.Aead(key)
        self._counter = 0
        self._buffer = b""
        self._offset = 0
        self._done = False

    def _next_chunk(self) -> bytes:
        assert self._src is not None  # noqa: S101 - only called before the final chunk
        data = read_full(self._src, ENC_CHUNK)
        if not data:
            raise PayloadFailure()  # the file ends without a final chunk: truncated
        last = len(data) < ENC_CHUNK
        if last and len(data) == TAG and self._counter != 0:
            raise PayloadFailure()  # only an empty payload may have an empty final chunk
        try:
            out = self._aead.open(_nonce(self._counter, last), data)
        except DecryptionFailed:
            if last:
                raise PayloadFailure() from None
            last = True  # a full-length chunk may be the final one
            try:
                out = self._aead.open(_nonce(self._counter, True), data)
            except DecryptionFailed:
                raise PayloadFailure() from None
        self._counter += 1
        if last:
            self._done = True
        return out

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (all that remain when ``n`` < 0); b"" at the end of the payload.

        The final chunk's bytes are returned before the check that nothing follows it (as the
        reference implementation does); trailing data raises on the next read.
        """
        if n < 0:
            parts = []
            while chunk := self.read(1 << 20):
                parts.append(chunk)
            return b"".join(parts)
        while self._offset >= len(self._buffer):
            if self._done:
                if self._src is not None:
                    src, self._src = self._src, None
                    if src.read(1):
                        raise PayloadFailure()  # data after the final chunk
                return b""
            self._buffer = self._next_chunk()
            self._offset = 0
        if self._offset == 0 and n >= len(self._buffer):
            out = self._buffer
        else:
            out = self._buffer[self._offset : self._offset + n]
        self._offset += len(out)
        return out


class PayloadWriter:
    """Encrypts written bytes chunk by chunk; ``close()`` writes the final chunk (it does not close
    the sink)."""

    def __init__(self, sink: ByteSink, key: bytes) -> None:
        self._sink = sink
        self._aead = crypto.Aead(key)
        self._counter = 0
        self._buffer = bytearray()
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._buffer += data
        # Keep at least one byte back: a chunk is final only when nothing follows it.
        if len(self._buffer) > CHUNK:
            view = memoryview(self._buffer)
            start = 0
            while len(self._buffer) - start > CHUNK:
                self._emit(bytes(view[start : start + CHUNK]), last=False)
                start += CHUNK
            view.release()
            del self._buffer[:start]
        return len(data)

    def _emit(self, chunk: bytes, last: bool) -> None:
        self._sink.write(self._aead.seal(_nonce(self._counter, last), chunk))
        self._counter += 1

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._closed = True
