"""CLI commands for the Security Council Consolidated List: ``list import|versions|show|diff``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.entry.cli_common import Subparsers, add_vault_args, format_value, print_json, vault_session
from app.service_lists import LANGUAGES, Change, Listing, Version


def version_json(v: Version) -> dict[str, Any]:
    return {
        "id": v.record_id,
        "sha256": v.sha256,
        "generated": v.generated,
        "individuals": v.individuals,
        "entities": v.entities,
        "received": v.received,
    }


def change_json(c: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"reference": c.reference, "name": c.name, "regime": c.regime, "status": c.status}
    if c.fields:
        out["fields"] = {k: {"before": a, "after": b} for k, (a, b) in c.fields.items()}
    return out


def cmd_import(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        done = service.lists.import_list(args.file)
    v = done.version
    if args.json:
        print_json({**version_json(v), "new": done.new})
    elif done.new:
        print(f"imported the list of {v.generated}: {v.individuals} individuals, {v.entities} entities")
    else:
        print(f"this list ({v.generated}) was imported before; nothing changed")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.lists.versions()
    if args.json:
        print_json([version_json(v) for v in found])
        return 0
    if not found:
        print("no list imported")
    for v in found:
        received = "  (received from a colleague, not imported here)" if v.received else ""
        print(
            f"{v.record_id[:8]}  {v.generated}  {v.individuals} individuals, {v.entities} entities{received}"
        )
    return 0


def listing_lines(x: Listing) -> list[str]:
    lines = [f"{x.reference}  {x.name}  [{x.kind}, {x.regime}]"]
    if x.original_script:
        lines.append(f"  original script: {x.original_script}")
    lines += [f"  alias ({a.quality or '-'}): {a.name}" for a in x.aliases]
    for b in x.births:
        when = b.date or b.year or (f"{b.from_year}-{b.to_year}" if b.from_year else "")
        lines.append(f"  born: {when} {b.kind.lower()} {b.note}".rstrip())
    lines += [f"  place of birth: {p}" for p in x.birth_places]
    lines += [f"  nationality: {n}" for n in x.nationalities]
    lines += [f"  document: {d.type} {d.number} {d.country}".rstrip() for d in x.documents]
    lines += [f"  address: {a}" for a in x.addresses]
    lines += [f"  IMO: {n}" for n in x.imo_numbers]
    lines.append(f"  listed on: {x.listed_on or '-'}; last updated: {', '.join(x.last_updated) or '-'}")
    if x.narrative:
        lines.append(f"  narrative: {x.narrative}")
    return lines


def cmd_show(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.lists.listing(args.reference, args.version)
    if args.json:
        print_json(found.as_json())
    else:
        print("\n".join(listing_lines(found)))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.lists.diff(args.regime, args.version)
    if args.json:
        print_json(
            {
                "before": version_json(found.before) if found.before else None,
                "after": version_json(found.after),
                "changes": [change_json(c) for c in found.changes],
            }
        )
        return 0
    since = found.before.generated if found.before else "nothing (first import)"
    print(f"changes from {since} to {found.after.generated}: {len(found.changes)}")
    for c in found.changes:
        print(f"{c.status:8} {c.reference}  {c.name}  [{c.regime}]")
        for name, (before, after) in c.fields.items():
            print(f"         {name}: {format_value(before)} -> {format_value(after)}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        done = service.lists.export_review(args.reference, args.out, args.since, args.lang)
    if args.json:
        print_json(
            {
                "out": str(done.out),
                "sha256": done.sha256,
                "claims": done.claims,
                "exculpatory": done.exculpatory,
                "letters": done.letters,
                "proposed": done.proposed,
            }
        )
    else:
        print(f"wrote {done.out} ({done.claims} claims, {done.proposed} proposed identifier changes)")
    return 0


def cmd_dossier(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        done = service.lists.export_dossier(args.entity, args.out, args.lang)
    if args.json:
        print_json(
            {
                "out": str(done.out),
                "sha256": done.sha256,
                "facts": done.facts,
                "exculpatory": done.exculpatory,
                "letters": done.letters,
            }
        )
    else:
        print(f"wrote {done.out} ({done.facts} verified facts in the statement of case)")
    return 0


def add_lang_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="the document's language (default: en)")


def register(sub: Subparsers) -> None:
    """Add the ``list`` commands to the parser."""
    group = sub.add_parser("list", help="the Security Council Consolidated List inside the vault")
    ls = group.add_subparsers(dest="list_command", metavar="ACTION", required=True)
    p = ls.add_parser("import", help="import the published XML of the Consolidated List")
    add_vault_args(p)
    p.add_argument("file", metavar="FILE", type=Path, help="consolidated.xml as published")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
    p = ls.add_parser("versions", help="the imported versions, oldest first")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_versions)
    p = ls.add_parser("show", help="one listed individual or entity")
    add_vault_args(p)
    p.add_argument("reference", metavar="REF", help="reference number such as CDi.001")
    p.add_argument("--version", metavar="V", help="a version (id prefix or date generated); default latest")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = ls.add_parser("diff", help="added, removed and amended entries since the previous version")
    add_vault_args(p)
    p.add_argument("--regime", metavar="X", help="only this regime (UN_LIST_TYPE, e.g. DRC, Al-Qaida)")
    p.add_argument("--version", metavar="V", help="compare this version with the one before it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_diff)
    listing = sub.add_parser("listing", help="one listed individual or entity: its periodic review")
    ls2 = listing.add_subparsers(dest="listing_command", metavar="ACTION", required=True)
    p = ls2.add_parser("review", help="the periodic review as DOCX, through the outbound gate")
    add_vault_args(p)
    p.add_argument("reference", metavar="REF", help="reference number such as CDi.001")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="review.docx")
    p.add_argument("--since", metavar="DATE", help="what the group holds since this date (default: all)")
    add_lang_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review)
    designation = sub.add_parser("designation", help="a designation proposal for an entity of this vault")
    ds = designation.add_subparsers(dest="designation_command", metavar="ACTION", required=True)
    p = ds.add_parser("draft", help="the proposal as DOCX (refused with the reasons when the rule is unmet)")
    add_vault_args(p)
    p.add_argument("--entity", required=True, metavar="ID", help="the entity proposed for designation")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="dossier.docx")
    add_lang_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_dossier)
