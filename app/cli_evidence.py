"""CLI commands for evidence: import, export-file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli_vault import Subparsers, add_vault_args, open_service, print_json


def cmd_import(args: argparse.Namespace) -> int:
    service = open_service(args)
    try:
        report = service.import_files(args.files, source=args.source, investigation=args.investigation)
    finally:
        service.close()
    stored = [o for o in report.outcomes if o.error is None]
    for o in report.outcomes:
        if o.error is not None:
            print(f"fieldvault: error: cannot import {o.path}: {o.error}", file=sys.stderr)
        for w in o.warnings:
            print(f"fieldvault: warning: {o.path}: {w}", file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "id": o.id,
                    "sha256": o.sha256,
                    "name": o.name,
                    "size": o.size,
                    "duplicate": o.duplicate,
                    "warnings": list(o.warnings),
                }
                for o in stored
            ]
        )
    else:
        for o in stored:
            note = " (already in the vault: linked, not stored twice)" if o.duplicate else ""
            print(f"{o.id}  {o.sha256}  {o.name}{note}")
    return 1 if report.failed else 0


def cmd_export_file(args: argparse.Namespace) -> int:
    service = open_service(args)
    try:
        sha = service.export_file(args.id, args.out)
    finally:
        service.close()
    print(f"wrote {args.out} (SHA-256 {sha})")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="store files as evidence (SHA-256 recorded)")
    add_vault_args(p)
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    p.add_argument("--from", dest="source", metavar="SOURCE_ID", help="the source the files came from")
    p.add_argument("--investigation", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export-file", help="write an evidence item's original bytes (logged)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("out", metavar="OUT", type=Path)
    p.set_defaults(func=cmd_export_file)
