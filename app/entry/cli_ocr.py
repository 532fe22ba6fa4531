"""``fieldvault ocr``: read the photographed and scanned pages waiting for OCR, with progress on stderr.

Ctrl-C stops cleanly between pages: every page read so far is kept, and the next run resumes with the
next one. Where OCR cannot run (Tesseract or a language's data missing) it says so and exits 2.
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from app.entry.cli_common import Subparsers, add_vault_args, print_json, vault_session
from app.service_ocr import OcrStatus


def _status_json(status: OcrStatus) -> dict[str, object]:
    return {
        "available": status.available,
        "problem": status.problem,
        "languages": list(status.languages),
        "queued": status.queued,
        "pages_known": status.pages_known,
        "done": status.done,
    }


def _print_status(status: OcrStatus) -> None:
    print(f"languages: {'+'.join(status.languages)}")
    print(f"waiting: {status.queued} item(s) ({status.pages_known} page(s) known so far)")
    print(f"read: {status.done} item(s)")
    if status.problem:
        print(f"OCR is not available here: {status.problem}")


def cmd_ocr(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        if args.languages:
            service.ocr.set_languages([code.strip() for code in args.languages.split(",") if code.strip()])
        if args.again:
            queued = service.ocr.read_again()
            print(f"{queued} item(s) queued to be read again", file=sys.stderr)
        if args.status:
            status = service.ocr.status()
            if args.json:
                print_json(_status_json(status))
            else:
                _print_status(status)
            return 0
        stop = [False]

        def interrupted(_signum: int, _frame: FrameType | None) -> None:
            stop[0] = True
            print("stopping after this page (what was read is kept)…", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            if not args.quiet:
                print(f"OCR: {done} of {total} page(s) read", file=sys.stderr)

        previous = signal.signal(signal.SIGINT, interrupted)
        try:
            outcome = service.ocr.run(progress=progress, cancelled=lambda: stop[0])
        finally:
            signal.signal(signal.SIGINT, previous)
        status = service.ocr.status()
    if args.json:
        print_json(
            {
                "pages": outcome.pages,
                "items": outcome.originals,
                "documents": outcome.documents,
                "problems": list(outcome.problems),
                "cancelled": outcome.cancelled,
                "waiting": status.queued,
            }
        )
    else:
        print(
            f"read {outcome.pages} page(s), {outcome.originals} item(s) in full; "
            f"{status.queued} item(s) still waiting"
        )
        for problem in outcome.problems:
            print(f"  could not be read: {problem}")
        if outcome.cancelled:
            print("cancelled: the next run resumes where this one stopped", file=sys.stderr)
    return 130 if outcome.cancelled else 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser("ocr", help="read the text of photographed and scanned pages waiting for OCR")
    add_vault_args(p)
    p.add_argument("--status", action="store_true", help="say what waits and whether OCR can run here")
    p.add_argument(
        "--languages",
        metavar="CODES",
        help="set the vault's OCR languages first, e.g. eng,fra,ara (eng fra ara rus spa por)",
    )
    p.add_argument(
        "--again", action="store_true", help="read every photo and PDF again (e.g. after adding a language)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ocr)
