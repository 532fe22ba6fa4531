"""CLI commands for screening: ``screen VAULT [--entity ID] [--json]`` and ``screen confirm|reject VAULT
CANDIDATE``. Screening runs here, on what the vault holds: nothing is sent anywhere."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.entry.cli_common import Subparsers, print_json, vault_session
from app.service_screening import CandidateView
from vault.errors import InvalidInput
from vault.messages import Text

DECISIONS = {"confirm": "confirmed", "reject": "rejected"}


def candidate_json(c: CandidateView) -> dict[str, Any]:
    return {
        "id": c.id,
        "subject": c.subject,
        "subject_title": c.subject_title,
        "reference": c.reference,
        "listed_name": c.listed_name,
        "score": c.score,
        "reasons": list(c.reasons),
        "status": c.status,
        "sealed": c.sealed,
    }


def cmd_screen(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if words[0] in DECISIONS:
        if len(words) != 3:
            raise InvalidInput(
                Text("usage: fieldvault screen confirm|reject VAULT CANDIDATE"), field="candidate"
            )
        args.path = Path(words[1])
        with vault_session(args) as service:
            done = service.screening.decide(words[2], DECISIONS[words[0]], args.note)
        if args.json:
            print_json(candidate_json(done))
        else:
            print(f"{done.id}: {done.status}")
        return 0
    if len(words) != 1:
        raise InvalidInput(Text("usage: fieldvault screen VAULT [--entity ID] [--json]"), field="vault")
    args.path = Path(words[0])
    with vault_session(args) as service:
        found = service.screening.screen(args.entity, include_decided=not args.open)
    if args.json:
        print_json([candidate_json(c) for c in found])
        return 0
    if not found:
        print("no candidates")
    for c in found:
        print(f"{c.score:3d}  {c.id}  {c.subject_title}  ~  {c.reference} {c.listed_name}  [{c.status}]")
        for reason in c.reasons:
            print(f"       {reason}")
    return 0


def register(sub: Subparsers) -> None:
    """Add the ``screen`` command to the parser."""
    p = sub.add_parser(
        "screen",
        help="screen the vault's entities against the imported Consolidated List (offline)",
        description="screen VAULT [--entity ID] [--json] | screen confirm|reject VAULT CANDIDATE",
    )
    p.add_argument("words", nargs="+", metavar="VAULT | confirm VAULT CANDIDATE | reject VAULT CANDIDATE")
    p.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="read the passphrase from the first line of F"
    )
    p.add_argument("--entity", metavar="ID", help="screen one entity only")
    p.add_argument("--open", action="store_true", help="only candidates not yet confirmed or rejected")
    p.add_argument("--note", metavar="TEXT", help="with confirm/reject: why")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_screen)
