"""CLI commands for requests from courts and accountability mechanisms: ``request add``, ``list``,
``show``, ``package`` (``--dry-run`` prints the per-item verdicts) and ``shared`` (to whom an item has
been given)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.entry.cli_common import Subparsers, add_vault_args, print_json, vault_session
from app.entry.cli_records import read_data
from app.request_select import Selection, Verdict
from app.service_requests import RequestStatus
from vault.errors import InvalidInput


def _status_json(r: RequestStatus) -> dict[str, Any]:
    return {
        "id": r.id,
        "authority": r.authority,
        "jurisdiction": r.jurisdiction,
        "reference": r.reference,
        "received": r.received,
        "deadline": r.deadline,
        "status": r.status,
        "days_left": r.days_left,
        "packages": r.packages,
    }


def _verdict_json(v: Verdict) -> dict[str, Any]:
    return {
        "id": v.id,
        "kind": v.kind,
        "allowed": v.allowed,
        "category": v.category,
        "reason": v.reason,
        "title": v.title if v.allowed else "",
        "sha256": v.sha256,
        "status": v.status,
    }


def _due(r: RequestStatus) -> str:
    if r.days_left is None:
        return ""
    if r.days_left < 0:
        return f"  {-r.days_left} day(s) overdue"
    return f"  due in {r.days_left} day(s)"


def cmd_add(args: argparse.Namespace) -> int:
    data = read_data(args.data)
    with vault_session(args) as service:
        rec = service.requests.add_request(data)
    print_json({"id": rec.id}) if args.json else print(rec.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.requests.requests()
    if args.json:
        print_json([_status_json(r) for r in found])
        return 0
    if not found:
        print("no requests")
        return 0
    for r in found:
        ref = r.reference or "(no reference)"
        print(f"{r.id}  {r.deadline or '-':<10}  {ref}  from {r.authority}  [{r.status}]{_due(r)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        r = service.requests.request(args.id)
        body = service.get(r.id).body
    if args.json:
        print_json({**_status_json(r), "body": dict(body)})
        return 0
    print(f"request {r.id}{_due(r)}")
    keys = (
        "authority",
        "jurisdiction",
        "reference",
        "received",
        "deadline",
        "purpose",
        "status",
        "basis",
        "scope",
    )
    for key in keys:
        if body.get(key):
            print(f"  {key}: {body[key]}")
    print(f"  packages sent: {r.packages}")
    return 0


def _selection(args: argparse.Namespace) -> Selection:
    return Selection(
        tuple(args.investigation or ()),
        tuple(args.entity or ()),
        tuple(args.claim or ()),
        tuple(args.item or ()),
    )


def _print_verdicts(found: list[Verdict]) -> None:
    for v in found:
        mark = "GOES    " if v.allowed else "WITHHELD"
        what = v.title if v.allowed else f"({v.category})"
        print(f"{mark}  {v.kind:<9} {v.id}  {what}: {v.reason}")
    goes = sum(1 for v in found if v.allowed)
    print(f"{goes} may go, {len(found) - goes} withheld")


def cmd_package(args: argparse.Namespace) -> int:
    selection = _selection(args)
    with vault_session(args) as service:
        if args.dry_run:
            found = service.requests.verdicts(args.request, selection)
            print_json([_verdict_json(v) for v in found]) if args.json else _print_verdicts(found)
            return 0
        if args.out is None:
            raise InvalidInput(
                "name the folder to write the package to (--out), or use --dry-run", field="out"
            )
        report = service.requests.package(args.request, selection, args.out)
    if args.json:
        print_json({
            "disclosure": report.disclosure, "out": str(report.out), "package_sha256": report.package_sha256,
            "package": report.package_id, "files": report.files,
            "verdicts": [_verdict_json(v) for v in report.verdicts],
        })  # fmt: skip
        return 0
    _print_verdicts(list(report.verdicts))
    print(
        f"package {report.package_id} written to {report.out} (SHA-256 of SHA256SUMS {report.package_sha256})"
    )
    return 0


def cmd_shared(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.requests.shared(args.item)
    if args.json:
        print_json([
            {"disclosure": d.id, "request": d.request, "authority": d.authority, "reference": d.reference,
             "issued_at": d.issued_at, "package_sha256": d.package_sha256} for d in found
        ])  # fmt: skip
        return 0
    if not found:
        print("not given to anyone")
        return 0
    for d in found:
        print(
            f"{d.issued_at}  to {d.authority}  request {d.reference or d.request}  package {d.package_sha256}"
        )
    return 0


def register(sub: Subparsers) -> None:
    """Add the request commands to the parser."""
    request = sub.add_parser("request", help="requests from courts and accountability mechanisms")
    rs = request.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    p = rs.add_parser("add", help="register a request (prints its id)")
    add_vault_args(p)
    fields = "authority, jurisdiction, reference, received, scope, deadline, basis"
    p.add_argument("--data", required=True, metavar="JSON", help=f"{fields} (JSON, or @FILE)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = rs.add_parser("list", help="the register, nearest deadline first")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = rs.add_parser("show", help="one request")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = rs.add_parser("package", help="answer a request: per-item verdicts, then a signed package")
    add_vault_args(p)
    p.add_argument("request", metavar="REQUEST_ID")
    for name, what in (("investigation", "an investigation"), ("entity", "an entity"), ("claim", "a claim"),
                       ("item", "an evidence item (or materiel item, interview)")):  # fmt: skip
        p.add_argument(f"--{name}", action="append", metavar="ID", help=f"{what} answering it (repeatable)")
    p.add_argument("--out", type=Path, metavar="DIR", help="a new or empty folder")
    p.add_argument("--dry-run", action="store_true", help="print the per-item verdicts; write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_package)

    p = rs.add_parser("shared", help="to whom an item has been given")
    add_vault_args(p)
    p.add_argument("--item", required=True, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_shared)
