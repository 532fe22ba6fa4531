"""CLI commands for claims under the methodology (``claim promote``, ``claim assess``) and for the right
of reply (``letters [--overdue]``). Registered by app/entry/cli_records.py with the other model commands.

A refused promotion exits with code 2 and every reason on stderr (vault.model.ops.PromotionRefused).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app.entry.cli_common import Subparsers, add_vault_args, print_json, vault_session
from app.service_model import ClaimAssessment
from vault.errors import InvalidInput
from vault.model import fields


def assessment_json(a: ClaimAssessment) -> dict[str, Any]:
    """A claim's assessment as JSON (what ``claim assess --json`` and ``record show --json`` print)."""
    return {
        "status": a.status,
        "highest": a.highest,
        "sources": list(a.sources),
        "independent_sources": a.independent_sources,
        "documents": list(a.documents),
        "exculpatory": list(a.exculpatory),
        "excluded": list(a.excluded),
        "reasons": {k: list(v) for k, v in a.reasons.items()},
        "methodology": a.rules.record_id,
        "rules": list(a.rules.describe()),
    }


def assessment_lines(a: ClaimAssessment) -> list[str]:
    """A claim's assessment as indented text lines."""
    lines = [
        f"  independent sources: {a.independent_sources} ({len(a.sources)} cited)",
        f"  documentary evidence items: {len(a.documents)}",
        f"  the methodology allows: {a.highest.replace('_', ' ')}",
    ]
    if a.exculpatory:
        lines.append(f"  exculpatory items: {len(a.exculpatory)}")
    for status, reasons in a.reasons.items():
        lines += [f"  not {status.replace('_', ' ')}: {reason}" for reason in reasons]
    return lines


# --- claim -----------------------------------------------------------------------------------------


def cmd_promote(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.model.promote_claim(args.id, args.to)
    if args.json:
        print_json({"id": found.claim_id, **assessment_json(found)})
    else:
        print(f"{found.claim_id}: {found.status.replace('_', ' ')}")
    return 0


def cmd_assess(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.model.assess_claim(args.id)
    if args.json:
        print_json({"id": found.claim_id, **assessment_json(found)})
    else:
        print(f"{found.claim_id}: {found.status.replace('_', ' ')}")
        print("\n".join(assessment_lines(found)))
        for rule in found.rules.describe():
            print(f"  rule: {rule}")
    return 0


# --- letters ---------------------------------------------------------------------------------------


def cmd_letters(args: argparse.Namespace) -> int:
    today = None
    if args.as_of is not None:
        today = fields.parse_date(args.as_of)
        if today is None:
            raise InvalidInput("--as-of must be an ISO 8601 date such as 2026-03-01", field="as-of")
    with vault_session(args) as service:
        found = service.model.letters(overdue_only=args.overdue, today=today)
    if args.json:
        print_json([{**asdict(s), "claims": list(s.claims)} for s in found])
        return 0
    if not found:
        print("no letters overdue" if args.overdue else "no letters")
        return 0
    print("id  deadline  symbol  addressee  [status: draft, sent, replied, no_reply or closed]  days overdue")
    for s in found:
        late = f"  {s.days_overdue} day(s) overdue" if s.days_overdue is not None else ""
        label = s.symbol or "(no symbol)"
        print(f"{s.id}  {s.deadline or '-':<10}  {label}  to {s.addressee}  [{s.status or '-'}]{late}")
    return 0


# --- registration ----------------------------------------------------------------------------------


def register(sub: Subparsers) -> None:
    """Add the claim and letters commands to the parser."""
    claim = sub.add_parser("claim", help="claims under the methodology")
    cs = claim.add_subparsers(dest="claim_command", metavar="ACTION", required=True)
    p = cs.add_parser("promote", help="move a claim up if the methodology allows (else say why)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="STATUS", help="information or verified_fact (default: the next one)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_promote)

    p = cs.add_parser("assess", help="what the claim cites and what the methodology allows it to become")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_assess)

    p = sub.add_parser("letters", help="notes verbales and letters of the right of reply")
    add_vault_args(p)
    p.add_argument("--overdue", action="store_true", help="only those past their deadline with no reply")
    p.add_argument("--as-of", metavar="DATE", help="judge deadlines as of DATE (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_letters)
