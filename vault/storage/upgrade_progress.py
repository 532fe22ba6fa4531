"""How far a long schema step has gone, for whoever opens the vault (the app shows it on its unlock page).

A schema upgrade runs inside the unlock (vault/session.py, vault/storage/migrations.py), many layers
below the front-end that waits for it. Rather than a parameter through every way of opening a vault,
the front-end wraps the opening in ``reporting(progress)``, in the thread that opens it; a step that can
run for minutes (v8 on an archive of millions of records: vault/storage/schema_search.py) calls
``report(done, total)`` as it goes. Nothing is reported outside such a block, and only counts are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Progress = Callable[[int, int], None]  # rows done, rows in all (of the step running)

_current: ContextVar[Progress | None] = ContextVar("fieldvault_upgrade_progress", default=None)


@contextmanager
def reporting(progress: Progress) -> Iterator[None]:
    """Schema steps run in this thread inside the block report how far they have gone to ``progress``."""
    token = _current.set(progress)
    try:
        yield
    finally:
        _current.reset(token)


def reporter() -> Progress | None:
    """Where a step reports its progress, or None when nobody is waiting for it."""
    return _current.get()
