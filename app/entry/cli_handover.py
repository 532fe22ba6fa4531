"""CLI commands ``handover`` and ``receive`` (registered from app/entry/cli_exports.py).

``handover`` prints, for every source in the package, whether its identity went across; ``receive``
prints the signer's fingerprint, to be compared aloud with the outgoing expert's before trusting it
(or pass ``--from`` with their identity file to have it checked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.entry.cli_common import Subparsers, add_vault_args, print_json, vault_session
from app.service import VaultService
from vault.errors import UserError

DECISIONS = {
    "in_clear": "identity in the package (known to the group)",
    "reseal": "identity sealed to the successor",
    "readable": "identity already sealed to the successor",
    "withheld": "code only",
}


def cmd_handover(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        r = service.handover.write_package(
            args.to,
            args.out,
            investigations=args.investigation or (),
            reseal=args.reseal or (),
            outgoing_name=args.name,
        )
    if args.json:
        print_json(
            {
                "handover_id": r.handover_id,
                "path": str(r.path),
                "size": r.size,
                "investigations": list(r.investigations),
                "records": r.records,
                "attachments": r.attachments,
                "sources": [
                    {
                        "id": p.id,
                        "code": p.code,
                        "protection": p.protection,
                        "decision": p.decision,
                        "reason": p.reason,
                    }
                    for p in r.sources
                ],
            }
        )
        return 0
    print(
        f"wrote {r.path}: handover {r.handover_id}, "
        f"{len(r.investigations)} investigation(s), {r.records} record(s)"
    )
    for p in r.sources:
        why = f" ({p.reason})" if p.decision == "withheld" else ""
        print(f"  {p.code}  {p.protection:<12} {DECISIONS[p.decision]}{why}")
    return 0


def _sender(args: argparse.Namespace, service: VaultService) -> Path | str:
    """Who must have signed the package: --from (an identity file, or a fingerprint read aloud), or,
    at a terminal, the signer shown with what the package declares and confirmed by the person."""
    given: str | None = args.sender
    if given:
        return Path(given) if Path(given).is_file() else given
    if not sys.stdin.isatty():
        raise UserError(
            "name the outgoing expert with --from (their identity file, or the fingerprint they read aloud)"
        )
    p = service.handover.preview_package(args.package)
    print(f"handover package {p.handover_id}, made {p.created_at[:10]}")
    print(f"signed by {p.sender_fingerprint}")
    counts = f"{len(p.investigations)} investigation(s), {p.records} record(s), {p.attachments} attachment(s)"
    print(f"declares {counts}")
    print("Compare the fingerprint aloud with the outgoing expert.")
    if input("Receive it? [y/N] ").strip().lower() not in ("y", "yes"):
        raise UserError("not received: nothing was changed")
    return p.sender_fingerprint


def cmd_receive(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        r = service.handover.receive_handover(args.package, expected_sender=_sender(args, service))
    if args.json:
        print_json(
            {
                "handover_id": r.handover_id,
                "sender_fingerprint": r.sender_fingerprint,
                "already_received": r.already,
                "records": r.records,
                "new_revisions": r.new_revisions,
                "new_attachments": r.new_attachments,
                "memo": r.memo_id,
            }
        )
        return 0
    if r.already:
        print(f"handover {r.handover_id} was already received; nothing changed")
        return 0
    print(f"received handover {r.handover_id}: {r.records} record(s), {r.new_attachments} new attachment(s)")
    print(f"signed by {r.sender_fingerprint} (compare it aloud with the outgoing expert)")
    if r.memo_id:
        print(f"the handover memo is evidence item {r.memo_id}")
    return 0


def register(sub: Subparsers) -> None:
    """Add ``handover`` and ``receive``."""
    p = sub.add_parser("handover", help="a signed package for your successor: investigations, contacts, memo")
    add_vault_args(p)
    p.add_argument("--to", required=True, type=Path, metavar="SUCCESSOR_IDENTITY_FILE")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--investigation", action="append", metavar="ID", help="repeat; default: every open one")
    p.add_argument(
        "--reseal",
        action="append",
        metavar="CODE",
        help="hand over this protected source's identity (its consent must include 'archive'); repeat",
    )
    p.add_argument("--name", default="", help="your name as the memo shows it (who to ask)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_handover)

    p = sub.add_parser("receive", help="import a handover package addressed to this vault")
    add_vault_args(p)
    p.add_argument("package", metavar="FILE", type=Path)
    p.add_argument(
        "--from",
        dest="sender",
        metavar="IDENTITY_FILE|FINGERPRINT",
        help="the outgoing expert: their identity file, or their fingerprint (required unless you confirm "
        "the signer at the terminal)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receive)
