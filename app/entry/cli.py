"""The ``fieldvault`` command line.

Exit codes: 0 success; 1 a problem was found (verify) or some of the work failed (a file of a batch,
a damaged vault); 2 a user error (bad arguments, wrong passphrase, not a vault, missing file). Errors
are one line on stderr, ``fieldvault: error: …``, never a traceback; set ``FIELDVAULT_DEBUG=1`` to see
the traceback of an unexpected failure.

Each group of commands lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from app.entry import (
    cli_bundles,
    cli_evidence,
    cli_exports,
    cli_gui,
    cli_lists,
    cli_ocr,
    cli_records,
    cli_requests,
    cli_screening,
    cli_vault,
    logs,
)
from app.entry.cli_common import CommandModule
from app.entry.terminal import SafeStream
from vault import __version__
from vault.errors import Cancelled, UserError, VaultError

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and exit code 2 (argparse prints usage and a second line)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(
        prog="fieldvault", description="Encrypted evidence vault for sanctions monitoring experts."
    )
    parser.add_argument("--version", action="version", version=f"fieldvault {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in cli_modules():
        module.register(sub)
    return parser


def cli_modules() -> list[CommandModule]:
    return [
        cli_vault,
        cli_evidence,
        cli_ocr,
        cli_records,
        cli_lists,
        cli_screening,
        cli_bundles,
        cli_exports,
        cli_requests,
        cli_gui,
    ]


def fail(message: str, code: int) -> int:
    print(f"fieldvault: error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; what it prints passes through app/entry/terminal.py (no control characters)."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = saved


def _main(argv: Sequence[str] | None) -> int:
    logs.configure()
    logs.harden_process()
    # A file size limit (RLIMIT_FSIZE) must surface as a failed write we can report, not a kill.
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    if args.command is None:  # ``fieldvault`` alone starts the desktop app
        args = parser.parse_args(["gui"])
    try:
        return int(args.func(args))
    except UserError as exc:
        return fail(str(exc), EXIT_USAGE)
    except Cancelled:
        return fail("cancelled; nothing half-written was kept", EXIT_INTERRUPTED)
    except VaultError as exc:
        return fail(str(exc), EXIT_PROBLEM)
    except KeyboardInterrupt:
        return fail("interrupted; work in progress was rolled back", EXIT_INTERRUPTED)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so without leaking the exception text
        if os.environ.get("FIELDVAULT_DEBUG"):
            traceback.print_exc()
        return fail(
            f"unexpected internal error ({type(exc).__name__}); set FIELDVAULT_DEBUG=1 for details",
            EXIT_PROBLEM,
        )
