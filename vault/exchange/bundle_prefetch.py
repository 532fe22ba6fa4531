"""Reading attachments for a bundle on a second thread, so database reads overlap encryption and writes.

SQLCipher decrypts pages while the calling thread has released the GIL, so a reader thread with its own
connection keeps the next chunks coming while the writing thread encrypts and writes the previous ones.
The queue is bounded (memory stays small); the reader stops when told to, and any error it meets is
raised in the consumer.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence

from vault.storage import attachments
from vault.storage.store import Connection

_END = object()
QUEUE_CHUNKS = 16


class Prefetcher:
    """Yields each attachment's chunks in order (``chunks(sha)`` must follow ``shas``' order)."""

    def __init__(self, connect: Callable[[], Connection], shas: Sequence[str]) -> None:
        self._queue: queue.Queue[object] = queue.Queue(QUEUE_CHUNKS)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(connect, list(shas)), daemon=True)
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, connect: Callable[[], Connection], shas: list[str]) -> None:
        try:
            conn = connect()
        except BaseException as exc:  # handed to the consumer, which raises it
            self._put(exc)
            return
        try:
            for sha in shas:
                for chunk in attachments.iter_chunks(conn, sha):
                    if not self._put(chunk):
                        return
                if not self._put(_END):
                    return
        except BaseException as exc:
            self._put(exc)
        finally:
            conn.close()

    def chunks(self) -> Iterator[bytes]:
        """The next attachment's chunks."""
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, bytes)  # noqa: S101 - only bytes, _END or an exception are queued
            yield item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
