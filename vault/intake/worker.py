"""A worker process that examines files: ``python -m vault.intake.worker READ_FD WRITE_FD [HANDLER]``.

Started by vault/intake/pool.py with a fresh interpreter (never forked, so it holds no copy of the
vault key), it receives a file's bytes on one pipe and answers on the other (vault/intake/wire.py),
one file at a time, until the parent closes the pipe. Before reading anything it limits itself: no
core dumps (they would hold evidence in plaintext), no file writes of any size (a parser cannot cache
anything on disk), a bounded address space (a bomb fails here, not on the laptop), and, on Linux, no
network: it moves into a network namespace of its own, which has no interface up, so a parser taken
over by a hostile file cannot send what it reads anywhere (``_no_network``; where the system refuses
namespaces, as some hardened kernels do, the other limits still apply).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import logging
import os
import signal
import sys
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection

from vault.intake import limits, wire
from vault.intake.findings import Findings

DEFAULT_HANDLER = "vault.intake.examine:examine"


def confine(memory_bytes: int = limits.WORKER_MEMORY_BYTES, cpu_seconds: int | None = None) -> None:
    """Apply the resource limits described above (Linux and macOS; a no-op elsewhere); ``cpu_seconds``:
    a processor-time limit too, for a process that reads one file and exits (ui/poster_child.py)."""
    # Below the parent's priority: the single database writer is the bottleneck of an import, and the
    # workers, which run ahead of it, should take only the CPU it leaves.
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write raises instead of killing us
    wanted = [
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_FSIZE, 0),
        (resource.RLIMIT_AS, memory_bytes),
    ]
    if cpu_seconds is not None:
        wanted.append((resource.RLIMIT_CPU, cpu_seconds))
    _no_network()
    for which, value in wanted:
        try:
            _soft, hard = resource.getrlimit(which)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (cap, cap))
        except (ValueError, OSError):
            pass  # a platform that refuses one limit still gets the others


_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def _no_network() -> bool:
    """Move this (still single-threaded) process into a new network namespace: no interface, not even
    the loopback, is up there, so nothing it or its children (Tesseract) do can reach a network. As
    root a network namespace alone; otherwise inside a user namespace of its own, which unprivileged
    processes may create on most Linux systems. True when it took effect."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return any(libc.unshare(flags) == 0 for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET))
    except (OSError, AttributeError):
        return False


def load_handler(spec: str) -> Callable[[bytes], Findings]:
    module_name, _, attr = spec.partition(":")
    handler: Callable[[bytes], Findings] = getattr(importlib.import_module(module_name), attr)
    return handler


def serve(incoming: Connection, outgoing: Connection, handler: Callable[[bytes], Findings]) -> int:
    """Answer requests until the parent closes its end."""
    while True:
        try:
            data = incoming.recv_bytes()
        except (EOFError, OSError):
            return 0
        outgoing.send_bytes(wire.encode(handler(data)))


def main(argv: list[str]) -> int:
    # Ctrl-C in a terminal reaches the whole process group: the parent decides what stops (a cancel
    # between files), so a worker never dies mid-file on it (nor does a program it runs, such as OCR).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    confine()
    warnings.simplefilter("ignore")  # library warnings would only go to /dev/null, slowly
    logging.disable(logging.CRITICAL)
    incoming = Connection(int(argv[0]), writable=False)
    outgoing = Connection(int(argv[1]), readable=False)
    handler = load_handler(argv[2] if len(argv) > 2 else DEFAULT_HANDLER)
    return serve(incoming, outgoing, handler)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
