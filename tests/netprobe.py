"""A handler for the intake worker processes (``tests.netprobe:handle``) that tries to reach a network:
what a parser taken over by a hostile file would do to send out what it reads. The request is a port
on 127.0.0.1; the answer's ``problem`` says what happened ("connected", or the error's name)."""

from __future__ import annotations

import errno
import socket

from vault.intake.findings import Findings


def attempt(port: int) -> str:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            return "connected"
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, type(exc).__name__)


def handle(data: bytes) -> Findings:
    return Findings("text/plain", problem=attempt(int(data.decode())))
