"""CLI commands for what leaves the vault: ``export draft|photo|annex|share``, ``trace``; ``handover``
and ``receive`` live in app/entry/cli_handover.py and are registered from here.

Every export is leak-guarded: when its text would name a confidential or protected source the command
exits with code 2 and lists each place (the identifier itself is never printed), and nothing is
written. Recipients, authorities and paths are printed back to the user only, never logged.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.entry import cli_handover
from app.entry.cli_common import Subparsers, add_vault_args, print_json, vault_session
from exporters.images import Box, ImageError


def _box(text: str) -> Box:
    try:
        return Box.parse(text)
    except ImageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_draft(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        copies = service.drafts.export_drafts(args.pdf, args.recipient, args.out, label=args.label)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "recipient": c.recipient,
                    "copy_id": c.copy_id,
                    "path": str(c.path),
                    "sha256": c.sha256,
                }
                for c in copies
            ]
        )
    else:
        for c in copies:
            print(f"{c.copy_id}  {c.recipient}  {c.path}  (SHA-256 {c.sha256})")
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        trace = service.drafts.trace(args.leaked)
    if args.json:
        print_json(
            {
                "sha256": trace.sha256,
                "matches": [
                    {
                        "id": m.id,
                        "recipient": m.recipient,
                        "copy_id": m.copy_id,
                        "issued_at": m.issued_at,
                        "how": list(m.how),
                    }
                    for m in trace.matches
                ],
                "unknown_copy_ids": list(trace.unknown_copy_ids),
            }
        )
    else:
        for m in trace.matches:
            print(f"copy {m.copy_id} was issued to {m.recipient} on {m.issued_at[:10]} (record {m.id})")
            for how in m.how:
                print(f"  - {how}")
        for cid in trace.unknown_copy_ids:
            print(f"copy id {cid} appears in the file but was not issued from this vault")
        if not trace.matches:
            print(f"no copy issued from this vault matches {args.leaked}")
    return 0 if len(trace.matches) == 1 else 1


def cmd_photo(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        result = service.shares.export_photo(
            args.id, args.out, redact=args.redact or (), rotate=args.rotate, keep_icc=args.keep_icc
        )
    print(f"wrote {result.path} (SHA-256 {result.sha256}; {', '.join(result.operations)})")
    return 0


def cmd_annex(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        r = service.shares.export_annex(args.investigation, args.out)
    if args.json:
        print_json(
            {
                "path": str(r.path),
                "sha256": r.sha256,
                "claims": r.claims,
                "evidence": r.evidence,
                "photos": r.photos,
                "sources": r.sources,
            }
        )
    else:
        print(
            f"wrote {r.path} (SHA-256 {r.sha256}): {r.claims} claim(s), {r.evidence} evidence item(s), "
            f"{r.photos} photograph(s), {r.sources} source(s) by code"
        )
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        r = service.shares.export_share(args.ids, args.to, args.authority, args.out)
    if args.json:
        print_json(
            {
                "id": r.id,
                "reference": r.reference,
                "items": r.items,
                "files": [{"path": str(p), "sha256": sha} for p, sha in r.files],
            }
        )
    else:
        print(f"share {r.reference} recorded as {r.id}: {r.items} item(s)")
        for path, sha in r.files:
            print(f"  {path}  (SHA-256 {sha})")
    return 0


def register(sub: Subparsers) -> None:
    """Add ``export`` (draft, photo, annex, share) and ``trace``; then ``handover`` and ``receive``."""
    export = sub.add_parser("export", help="drafts, photographs, annexes and shares that leave the vault")
    es = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    p = es.add_parser("draft", help="one watermarked copy of a PDF per recipient, each recorded")
    add_vault_args(p)
    p.add_argument("--pdf", required=True, type=Path, metavar="DRAFT.pdf")
    p.add_argument("--recipient", required=True, action="append", metavar="NAME", help="repeat for each")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.add_argument("--label", default="DRAFT", help="the word stamped on every page (default DRAFT)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_draft)

    p = es.add_parser("photo", help="a photograph without metadata, optionally with areas blacked out")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("out", metavar="OUT", type=Path)
    p.add_argument(
        "--redact",
        type=_box,
        nargs="+",
        action="extend",
        metavar="X,Y,W,H",
        help="boxes to black out (pixels)",
    )
    p.add_argument("--rotate", type=int, default=0, choices=[0, 90, 180, 270], help="clockwise")
    p.add_argument(
        "--keep-icc",
        action="store_true",
        help="keep the colour profile (by default it is dropped and the pixels converted to sRGB)",
    )
    p.set_defaults(func=cmd_photo)

    p = es.add_parser("annex", help="an investigation's report annex (DOCX), sources by code only")
    add_vault_args(p)
    p.add_argument("--investigation", required=True, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.docx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_annex)

    p = es.add_parser("share", help="selected records, sanitized, with the authority for sharing recorded")
    add_vault_args(p)
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--to", required=True, metavar="NAME", help="who receives it (e.g. a mission's JMAC)")
    p.add_argument("--authority", required=True, metavar="TEXT", help="the decision that allows sharing")
    p.add_argument("--out", required=True, type=Path, metavar="DIR|FILE.docx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_share)

    p = sub.add_parser("trace", help="name the recipient of a leaked draft copy")
    add_vault_args(p)
    p.add_argument("leaked", metavar="LEAKED.pdf", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trace)

    cli_handover.register(sub)
