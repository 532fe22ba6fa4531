"""Work behind an import gives way: a pool told it is paused starts no new file until it is not, and
OCR's pool is paused while an import runs in this process (vault/intake/activity.py)."""

from __future__ import annotations

import threading

import pytest

from vault.errors import Cancelled
from vault.intake import activity
from vault.intake.pool import ExaminerPool


def test_a_paused_pool_starts_nothing_and_goes_on_once_resumed() -> None:
    paused = threading.Event()
    paused.set()
    polls = [0]

    def gave_up() -> bool:  # ~3 s of polling: a worker answers a 5-byte text file far sooner
        polls[0] += 1
        return polls[0] > 30

    with ExaminerPool(1, paused=paused.is_set) as pool:
        pool.submit(0, b"hello")
        with pytest.raises(Cancelled):
            pool.result(0, gave_up)
        paused.clear()
        assert pool.result(0).problem is None


def test_an_import_running_marks_the_process_busy_until_it_ends() -> None:
    assert not activity.busy()
    with activity.importing():
        assert activity.busy()
        with activity.importing():
            assert activity.busy()
        assert activity.busy()
    assert not activity.busy()


def test_an_import_that_fails_still_ends_its_mark() -> None:
    with pytest.raises(RuntimeError), activity.importing():
        raise RuntimeError("the import failed")
    assert not activity.busy()
