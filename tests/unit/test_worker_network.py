"""The processes that read hostile files have no network: a parser (or Tesseract, or FFmpeg) taken over
by a crafted file cannot send out what it reads. Each is checked against a server listening on this
computer's loopback, which the app's own process reaches."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import netprobe
from vault.intake.pool import ExaminerPool

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.5)
    yield server
    server.close()


def _nobody_came(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
    except TimeoutError:
        return True
    return False


def test_the_server_is_reachable_from_the_apps_own_process(listener: socket.socket) -> None:
    assert netprobe.attempt(listener.getsockname()[1]) == "connected"  # the probe itself works
    assert not _nobody_came(listener)


def test_an_intake_worker_reaches_no_network(listener: socket.socket) -> None:
    with ExaminerPool(1, handler="tests.netprobe:handle") as pool:
        pool.submit(0, str(listener.getsockname()[1]).encode())
        found = pool.result(0)
    assert found.problem == "ENETUNREACH"
    assert _nobody_came(listener)


def test_a_program_a_worker_starts_reaches_no_network_either(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    code = (
        "from vault.intake.worker import confine; confine(); import subprocess, sys; "
        f"sys.exit(subprocess.run([sys.executable, '-c', 'from tests import netprobe; "
        f"print(netprobe.attempt({port}))']).returncode)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "ENETUNREACH"
    assert _nobody_came(listener)


def test_the_poster_child_reaches_no_network(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    code = (
        "from ui.poster_child import confine; confine(); "
        f"from tests import netprobe; print(netprobe.attempt({port}))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "ENETUNREACH"
    assert _nobody_came(listener)
