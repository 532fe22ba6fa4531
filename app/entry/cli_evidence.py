"""CLI commands for evidence: import, custody, working-copy, export-file, evidence (seal, withhold,
include, attribute)."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from app.entry.cli_common import Subparsers, add_vault_args, print_json, vault_session
from app.service import FileOutcome, VaultService
from app.service_attribution import KEEP, Change
from exporters.images import Box, ImageError
from vault.errors import InvalidInput
from vault.messages import Text


def _outcome_json(o: FileOutcome) -> dict[str, Any]:
    return {
        "id": o.id,
        "sha256": o.sha256,
        "name": o.name,
        "size": o.size,
        "media_type": o.media_type,
        "duplicate": o.duplicate,
        "warnings": list(o.warnings),
        "notes": list(o.notes),
        "linked": list(o.linked),
        "attachments": list(o.attachments),  # items an e-mail carried, each stored "attached to" it
    }


def _link_names(service: VaultService, source: str | None, investigation: str | None) -> dict[str, str]:
    """How a duplicate's new links are named: the source by its code, the investigation by its title."""
    names: dict[str, str] = {}
    if source:
        names["source"] = service.model.source_view(service.resolve_source(source)).code
    if investigation:
        found = service.get(service.resolve_kind(investigation, "investigation", "investigation"))
        names["investigation"] = f"investigation “{found.title}”"
    return names


def _duplicate_note(o: FileOutcome, names: dict[str, str]) -> str:
    if not o.duplicate:
        return ""
    if o.linked:
        return f" (already stored; linked to {' and '.join(names.get(f, f) for f in o.linked)})"
    return " (already in the vault: linked, not stored twice)"


def cmd_import(args: argparse.Namespace) -> int:
    stop = [False]

    def interrupted(_signum: int, _frame: FrameType | None) -> None:
        if stop[0]:
            raise KeyboardInterrupt  # a second Ctrl-C: at once (what was committed is kept)
        stop[0] = True
        print("stopping after this file (the files stored are kept)…", file=sys.stderr)

    with vault_session(args) as service:
        previous = signal.signal(signal.SIGINT, interrupted)
        try:
            report = service.evidence.import_files(
                args.files, source=args.source, investigation=args.investigation, cancelled=lambda: stop[0]
            )
        finally:
            signal.signal(signal.SIGINT, previous)
        names = _link_names(service, args.source, args.investigation) if not args.json else {}
        waiting = service.ocr.status().queued if any(o.error is None for o in report.outcomes) else 0
    stored = [o for o in report.outcomes if o.error is None]
    if waiting:  # read behind the import: searchable, and free to leave, once read
        print(
            f"{waiting} item(s) wait for text recognition: run `fieldvault ocr {args.path}`", file=sys.stderr
        )
    for o in report.outcomes:
        if o.error is not None:
            print(f"fieldvault: error: cannot import {o.path}: {o.error}", file=sys.stderr)
        for w in o.warnings:
            print(f"fieldvault: warning: {o.path}: {w} (stored as received)", file=sys.stderr)
    if args.json:
        print_json([_outcome_json(o) for o in stored])
    else:
        for o in stored:
            print(f"{o.id}  {o.sha256}  {o.name}{_duplicate_note(o, names)}")
            for n in o.notes:
                print(f"    note: {n}")
            for attached in o.attachments:
                print(f"    attachment stored: {attached}")
    if report.cancelled:  # every file not stored, by name: the same command again stores just those
        for path in args.files[len(report.outcomes) :]:
            print(f"fieldvault: not imported (interrupted): {path}", file=sys.stderr)
        print(
            "interrupted: run the same import again for the rest (stored files are recognised)",
            file=sys.stderr,
        )
        return 130
    return 1 if report.failed else 0


def cmd_custody(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        info = service.evidence.evidence_info(args.id)
        events = service.evidence.custody(info.id)
        intact = service.evidence.verify_original(info.id)
    if args.json:
        print_json(
            {
                "id": info.id,
                "sha256": info.sha256,
                "size": info.size,
                "intact": intact,
                "derived_from": info.derived_from,
                "working_copies": list(info.working_copies),
                "events": [
                    {
                        "at": e.at,
                        "action": e.action,
                        "by": e.by,
                        "summary": e.summary,
                        "detail": dict(e.detail),
                        "chain": e.chain,
                        "seq": e.seq,
                        "hash": e.hash,
                    }  # fmt: skip
                    for e in events
                ],
            }
        )
        return 0 if intact else 1
    print(f"Chain of custody of evidence item {info.id}")
    print(f"  {info.name} — {info.size:,} bytes, SHA-256 {info.sha256}")
    verdict = (
        "match the SHA-256 recorded at intake" if intact else "DO NOT match the SHA-256 recorded at intake"
    )
    print(f"  the stored bytes, re-hashed now, {verdict}")
    if info.derived_from:
        print(f"  a working copy of {info.derived_from} ({', '.join(info.operations)})")
    for copy in info.working_copies:
        print(f"  working copy: {copy}")
    print()
    for number, e in enumerate(events, 1):
        print(f"{number:>3}. {e.at}  {e.action:<8} {e.summary}")
        print(f"     audit entry {e.seq} of chain {e.chain[:16]}, hash {e.hash[:16]}")
    return 0 if intact else 1


def cmd_working_copy(args: argparse.Namespace) -> int:
    try:
        boxes = [Box.parse(text) for text in args.redact or []]
    except ImageError as exc:
        raise InvalidInput(str(exc), field="redact") from exc
    with vault_session(args) as service:
        made = service.evidence.make_working_copy(args.id, strip=args.strip, rotate=args.rotate, redact=boxes)
    if args.json:
        print_json(
            {
                "id": made.id,
                "sha256": made.sha256,
                "size": made.size,
                "derived_from": made.original,
                "operations": list(made.operations),
                "duplicate": made.duplicate,
            }  # fmt: skip
        )
    else:
        note = " (the same copy already existed: linked)" if made.duplicate else ""
        print(f"{made.id}  {made.sha256}  from {made.original}: {', '.join(made.operations)}{note}")
    return 0


def cmd_export_file(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        sha = service.evidence.export_file(args.id, args.out, reveal=args.reveal)
    print(f"wrote {args.out} (SHA-256 {sha})")
    return 0


def _rotation(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a whole number of degrees: 90, 180 or 270") from None
    if value % 90:
        raise argparse.ArgumentTypeError("a multiple of 90 degrees")
    return value


def cmd_examine(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        done = service.examine_pending()
    print(f"examined {done} original(s)")
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        if args.action == "seal":
            rec = service.attribution.seal_evidence(args.id)
            said = "sealed: bundles and packages carry it encrypted to the source's keys"
        elif args.action == "withhold":
            rec = service.attribution.withhold_evidence(args.id, args.reason or "")
            said = "withheld: it stays in this vault; the record travels with the reason"
        elif args.action == "attribute":
            if all(v is None for v in (args.caption, args.source, args.investigation, args.taken_at)):
                raise InvalidInput(
                    "attribute needs at least one of --caption, --from, --investigation, --taken-at",
                    field="action",
                )
            rec = service.attribution.attribute_evidence(
                args.id,
                caption=_change(args.caption),
                source=_change(args.source),
                investigation=_change(args.investigation),
                taken_at=_change(args.taken_at),
            )
            said = "attributed (a new revision; the file's own metadata is kept as it was)"
        else:
            rec = service.attribution.include_evidence(args.id)
            said = "included: it travels as stored again (read by the outbound gate first)"
    print(f"{rec.id}  {said}")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    """The text read from an evidence item at intake (a document's pages, a text file) and the text OCR
    recognised on its photographed or scanned pages, for scripts and checks; nothing is written to disk."""
    with vault_session(args) as service:
        info = service.evidence.evidence_info(args.id)
        extracted = dict(service.evidence.extracted_text(info.id))
        recognised = dict(service.ocr.text(info.id))
    # A page's text layer, then what OCR read on it (a scanned page has only the latter).
    numbers = sorted(set(extracted) | set(recognised))
    joined = (
        (n, "\n".join(t for t in (extracted.get(n, "").strip(), recognised.get(n, "")) if t)) for n in numbers
    )
    pages = tuple((n, text) for n, text in joined if text or n in extracted)
    if args.page is not None:
        pages = tuple((n, text) for n, text in pages if n == args.page)
        if not pages:
            raise InvalidInput(Text("evidence {id} has no text on page {page}", id=info.id, page=args.page))
    if args.json:
        print_json(
            {"id": info.id, "pages": [{"page": n, "text": text, "ocr": n in recognised} for n, text in pages]}
        )
        return 0
    if not pages:
        print(f"{info.id}: no text was read from this item", file=sys.stderr)
        return 0
    for n, text in pages:
        if n and (len(pages) > 1 or args.page is None):
            print(f"--- page {n} ---")
        print(text.rstrip("\n"))
    return 0


def _change(value: str | None) -> Change:
    """An option left out keeps the field; given as "" it removes it."""
    return KEEP if value is None else value


def register(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="store files as evidence (type, metadata, text, thumbnail, custody)")
    add_vault_args(p)
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    p.add_argument(
        "--from",
        dest="source",
        metavar="SOURCE",
        help="the source the files came from: its code (S-003) or id; a file already stored is linked to it",
    )
    p.add_argument("--investigation", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("custody", help="print an evidence item's chain of custody and re-check its hash")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_custody)

    p = sub.add_parser("text", help="print the text read from an evidence item (its pages, OCR included)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--page", type=int, metavar="N", help="only page N (1 is the first)")
    p.add_argument(
        "--json", action="store_true", help='{"id": ..., "pages": [{"page": N, "text": ..., "ocr": BOOL}]}'
    )
    p.set_defaults(func=cmd_text)

    p = sub.add_parser("working-copy", help="make a derived copy of a photograph (the original is kept)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--strip", action="store_true", help="remove all metadata (EXIF, GPS, serials)")
    p.add_argument("--rotate", type=_rotation, default=0, metavar="DEG", help="turn clockwise: 90, 180, 270")
    p.add_argument(
        "--redact", nargs="+", metavar="X,Y,W,H", help="black out these boxes (pixels of the upright copy)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_working_copy)

    p = sub.add_parser("export-file", help="write an evidence item's original bytes (logged)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("out", metavar="OUT", type=Path)
    p.add_argument(
        "--reveal",
        action="store_true",
        help="write it even though it names a confidential or protected source (logged with their codes)",
    )
    p.set_defaults(func=cmd_export_file)

    p = sub.add_parser(
        "evidence",
        help=(
            "how an original travels in bundles and handover packages (seal, withhold or include it), "
            "or what it is (attribute: caption, source, investigation, corrected date)"
        ),
        description=(
            "An original that names a protected source cannot travel as it is. `seal` encrypts it to the "
            "keys that can read the source's identity (the archive keeps the record and the hash, not the "
            "bytes); `withhold` keeps it in this vault only; `include` lets it travel as stored again. "
            "`attribute` sets its caption, source, investigation or the date it was taken (when the "
            "camera's clock was wrong: the file's own date is kept beside it). "
            "Each is a logged revision of the evidence record."
        ),
    )
    p.add_argument("action", choices=["seal", "withhold", "include", "attribute"])
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--reason", help="why the original is withheld (required for withhold)")
    p.add_argument("--caption", help='attribute: the caption ("" removes it)')
    p.add_argument("--from", dest="source", metavar="SOURCE", help="attribute: the source's code or id")
    p.add_argument("--investigation", metavar="ID", help="attribute: the investigation")
    p.add_argument(
        "--taken-at",
        metavar="DATE",
        help="attribute: when it was really taken (2024-03-01 or 2024-03-01T14:30)",
    )
    p.set_defaults(func=cmd_evidence)

    p = sub.add_parser(
        "examine", help="examine stored originals not yet examined here (evidence received in bundles)"
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_examine)
