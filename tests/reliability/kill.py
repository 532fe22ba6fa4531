"""Running a crash-campaign driver and killing it with SIGKILL at a chosen moment into its work.

The driver prints ``ready`` once its vault is unlocked and ``done`` when its work is over; the kill
delay counts from ``ready``, so it lands in the work rather than in interpreter start-up and unlocking.
A kill "landed mid-work" when the process was still running after ``ready`` and had not printed ``done``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
# Hang detectors only: a driver that never gets ready, or never ends, fails the campaign.
READY_TIMEOUT_S = 120.0
END_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class Run:
    """One driver run: what it printed and whether, and when, it was killed."""

    lines: list[str]  # what the driver printed (its promises), up to the kill
    killed: bool  # SIGKILL was sent while the process was running
    mid_work: bool  # ... after "ready" and before "done"
    work_s: float  # seconds from "ready" to "done" (or to the kill): calibrates later kill delays
    returncode: int

    def promises(self, word: str) -> list[list[str]]:
        """The fields of each printed line starting with ``word``."""
        return [parts[1:] for line in self.lines if (parts := line.split()) and parts[0] == word]


class DriverHung(AssertionError):
    """A driver did not get ready, or did not end, within the hang detector's bound."""


def run_driver(args: list[str], kill_after_s: float | None, env: dict[str, str] | None = None) -> Run:
    """Run ``python -m tests.reliability.drivers ARGS``; SIGKILL it ``kill_after_s`` after ``ready``
    (None: let it finish)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.drivers", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE, **(env or {})},
    )
    assert proc.stdout is not None  # noqa: S101 - stdout=PIPE
    lines: list[str] = []
    ready = threading.Event()
    started = [0.0, 0.0]  # when "ready" and "done" were read

    def read() -> None:
        assert proc.stdout is not None  # noqa: S101 - stdout=PIPE
        for raw in proc.stdout:
            line = raw.decode().rstrip("\n")
            lines.append(line)
            if line == "ready":
                started[0] = time.monotonic()
                ready.set()
            elif line == "done":
                started[1] = time.monotonic()
        ready.set()  # the driver ended (or died) without getting ready

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(READY_TIMEOUT_S):
        proc.kill()
        raise DriverHung(f"driver {args[0]} did not get ready")
    killed = False
    if kill_after_s is not None:
        time.sleep(kill_after_s)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed = True
    try:
        proc.wait(END_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise DriverHung(f"driver {args[0]} did not end") from None
    ended = time.monotonic()
    reader.join()
    got_ready, got_done = "ready" in lines, "done" in lines
    return Run(
        lines,
        killed,
        killed and got_ready and not got_done,
        ((started[1] if got_done else ended) - started[0]) if got_ready else 0.0,
        proc.returncode,
    )
