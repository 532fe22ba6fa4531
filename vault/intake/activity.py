"""Imports under way in this process, so that work running behind them can give way.

OCR reads behind the import (vault/ocr/run.py): its worker processes run at the lowest priority, but a
page of Tesseract still takes a core's caches and memory bandwidth, and the app runs both in one
process. While an import runs, the OCR pool starts no new page (pages already started finish); it goes
on as soon as the last import ends. Measured by bench/ocr.py (``photos_stored_per_s_during_ocr``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_changed = threading.Condition()
_running = 0


@contextmanager
def importing() -> Iterator[None]:
    """Mark an import as running for the duration of the block."""
    global _running
    with _changed:
        _running += 1
    try:
        yield
    finally:
        with _changed:
            _running -= 1
            _changed.notify_all()


def busy() -> bool:
    """Whether an import is running in this process now."""
    with _changed:
        return _running > 0
