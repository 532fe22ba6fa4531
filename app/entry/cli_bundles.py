"""CLI commands for identities, bundles and the group archive.

``identity PATH``, ``identity export PATH OUT``, ``bundle PATH --to ARCHIVE_ID --out FILE [--all]``, and
``archive init|enroll|revoke|roster|merge|conflicts|resolve|export-age-identity``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.entry import prompts
from app.entry.cli_common import add_vault_args, print_json, vault_session
from app.entry.cli_vault import add_kdf_args, cmd_init
from app.service_bundles import Conflict, Member, MergeReport, Sequence
from vault.errors import InvalidInput, UserError
from vault.exchange.sequences import ranges

Subparsers = Any


# --- identity --------------------------------------------------------------------------------------


def cmd_identity(args: argparse.Namespace) -> int:
    rest: list[str] = args.rest
    if args.first == "export":
        if len(rest) != 2:
            raise UserError("usage: fieldvault identity export PATH OUT")
        args.path, out = Path(rest[0]), Path(rest[1])
        with vault_session(args) as service:
            service.bundles.export_identity(out)
            info = service.bundles.identity_info()
        print_json({"out": str(out), "fingerprint": info.fingerprint}) if args.json else print(
            f"wrote {out}\nfingerprint: {info.fingerprint}  (compare it aloud with the person enrolling it)"
        )
        return 0
    if rest:
        raise UserError("usage: fieldvault identity PATH [--json]")
    args.path = Path(args.first)
    with vault_session(args) as service:
        info = service.bundles.identity_info()
    if args.json:
        print_json(asdict(info))
    else:
        print(f"role:        {info.role}")
        print(f"fingerprint: {info.fingerprint}")
        print(f"age:         {info.age_recipient}")
        print(f"ssh:         {info.ssh_key}")
        print(f"key id:      {info.key_id}")
    return 0


# --- bundle ------------------------------------------------------------------------------------------


def cmd_bundle(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        written = service.bundles.write_bundle(args.to, args.out, everything=args.all)
    if args.json:
        print_json({"out": str(args.out), **asdict(written)})
    else:
        print(
            f"wrote {args.out}: bundle #{written.sequence} ({written.revisions} revisions, "
            f"{written.attachments} attachments, {written.audit_entries} audit entries)"
        )
        if written.withheld - written.lists_kept:
            print(
                f"kept back {written.withheld - written.lists_kept} earlier revision(s) whose text names a "
                "protected source; they stay in this vault only"
            )
        if written.lists_kept:
            print(
                f"kept back {written.lists_kept} Consolidated List file(s) whose text names a protected "
                "source; they stay in this vault only"
            )
    return 0


# --- archive -----------------------------------------------------------------------------------------


def member_json(m: Member, seq: Sequence | None = None) -> dict[str, Any]:
    return {
        "name": m.name,
        "fingerprint": m.fingerprint,
        "key_id": m.key_id,
        "enrolled_at": m.enrolled_at,
        "revoked_at": m.revoked_at,
        "accept_through": m.accept_through,
        "bundles_received": list(seq.received) if seq else [],
        "bundles_missing": list(seq.missing) if seq else [],
    }


def _print_member(m: Member, seq: Sequence | None = None) -> None:
    if not m.revoked:
        state = "active"
    elif m.accept_through is None:
        state = f"revoked {m.revoked_at} (accepts no further bundle)"
    else:
        state = f"revoked {m.revoked_at} (still accepts unmerged bundles up to #{m.accept_through})"
    received = f"bundles received: {ranges(seq.received)}" if seq and seq.received else "no bundle received"
    print(f"{m.name}  {m.fingerprint}  {state}; {received}")
    if seq and seq.missing:
        print(f"  not arrived: bundle(s) #{ranges(seq.missing)}")


def cmd_enroll(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        member = service.bundles.enroll(args.identity_file, args.name)
    print_json(member_json(member)) if args.json else print(
        f"enrolled {member.name}, fingerprint {member.fingerprint}"
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        member = service.bundles.revoke(args.who, args.accept_through)
    print_json(member_json(member)) if args.json else _print_member(member)
    return 0


def cmd_roster(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        members = service.bundles.roster()
        seqs = service.bundles.bundle_sequences()
    if args.json:
        print_json([member_json(m, seqs.get(m.key_id)) for m in members])
    else:
        for m in members:
            _print_member(m, seqs.get(m.key_id))
    return 0


def report_json(path: Path, r: MergeReport) -> dict[str, Any]:
    return {"file": str(path), **asdict(r)}


def _print_report(path: Path, r: MergeReport) -> None:
    if r.status == "refused":
        print(f"{path}: REFUSED ({r.reason}): {r.message}")
        return
    who = f"{r.sender_name} (#{r.sequence})"
    if r.status == "already merged":
        print(f"{path}: already merged (bundle {r.bundle_id} from {who}); nothing changed")
        _warn_missing(r)
        return
    print(
        f"{path}: merged bundle {r.bundle_id} from {who}: {len(r.new_records)} new, "
        f"{len(r.updated_records)} updated, {len(r.unchanged_records)} already present, "
        f"{len(r.conflicts)} conflict(s); {r.new_attachments} new attachment(s)"
    )
    for record_id in r.conflicts:
        print(f"  CONFLICT {record_id}")
    for record_id in r.flagged:
        print(f"  FLAGGED {record_id}: a claim raised past the methodology (see `archive conflicts`)")
    _warn_missing(r)


def _warn_missing(r: MergeReport) -> None:
    """A gap in the sender's numbers: what those bundles carried is not in the archive."""
    if r.missing:
        print(
            f"  WARNING: bundle(s) #{ranges(r.missing)} from {r.sender_name} have not arrived: "
            "what they carried is not in the archive",
            file=sys.stderr,
        )


def cmd_merge(args: argparse.Namespace) -> int:
    for path in args.bundles:  # a file that is not there is the user's mistake, not a refused bundle
        if not Path(path).is_file():
            raise UserError(f"{path} does not exist" if not Path(path).exists() else f"{path} is not a file")
    with vault_session(args) as service:
        reports = service.bundles.merge_bundles(args.bundles)  # received originals are examined here too
    examined = sum(r.new_attachments for r in reports)
    if args.json:
        print_json([report_json(p, r) for p, r in zip(args.bundles, reports, strict=True)])
    else:
        for p, r in zip(args.bundles, reports, strict=True):
            _print_report(p, r)
        if examined:
            print(f"examined {examined} received original(s): their text is searchable here")
    return 1 if any(r.status == "refused" for r in reports) else 0


def conflict_json(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.record_id,
        "kind": c.kind,
        "title": c.title,
        "flags": list(c.flags),
        "heads": [
            {
                "hash": h.hash,
                "author": h.author,
                "author_name": h.author_name,
                "hlc": h.hlc,
                "tombstone": h.tombstone,
                "body": dict(h.body),
            }
            for h in c.heads
        ],
    }


def cmd_conflicts(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.bundles.conflicts()
    if args.json:
        print_json([conflict_json(c) for c in found])
        return 0
    for c in found:
        print(f"{c.record_id}  {c.kind:<12} {c.title}")
        for why in c.flags:
            print(f"    FLAGGED: {why}")
        for n, h in enumerate(c.heads, 1):
            deleted = "  (deleted)" if h.tombstone else ""
            print(f"    [{n}] {clock_date(h.hlc)}  {h.author_name}  {h.hash[:16]}{deleted}")
        for field, values in differing_fields(c):
            print(f"    {field}: " + "  |  ".join(f"[{n}] {v}" for n, v in enumerate(values, 1)))
    if not found:
        print("no conflicts")
    return 0


def clock_date(hlc: str) -> str:
    """A revision's hybrid logical clock as the UTC minute it was made (the wall-clock part)."""
    try:
        wall_ms = int(hlc.split(".")[0])
        return datetime.fromtimestamp(wall_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (ValueError, OverflowError, OSError):
        return hlc


def differing_fields(c: Conflict, width: int = 60) -> list[tuple[str, list[str]]]:
    """The fields whose values differ between the heads, each head's value cut to ``width``."""
    bodies = [dict(h.body) for h in c.heads if not h.tombstone]
    fields = sorted({k for b in bodies for k in b})
    out = []
    for field in fields:
        values = [b.get(field) for b in bodies]
        if any(v != values[0] for v in values[1:]):
            shown = [
                "—" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                for v in values
            ]
            out.append((field, [v if len(v) <= width else v[: width - 1] + "…" for v in shown]))
    return out


def cmd_resolve(args: argparse.Namespace) -> int:
    data = None
    if args.data is not None:
        try:
            data = json.loads(args.data)
        except json.JSONDecodeError:
            raise InvalidInput("--data is not valid JSON", field="data") from None
        if not isinstance(data, dict):
            raise InvalidInput("--data must be a JSON object", field="data")
    with vault_session(args) as service:
        record = service.bundles.resolve_conflict(args.id, take=args.take, data=data)
    print_json({"id": record.id, "head": record.head, "deleted": record.deleted}) if args.json else print(
        f"resolved {record.id}: now {record.head[:16]}{' (deleted)' if record.deleted else ''}"
    )
    return 0


def cmd_export_age_identity(args: argparse.Namespace) -> int:
    if not args.yes and not prompts.confirm(
        f"Write this vault's secret age identity to {args.out}? Anyone holding it can decrypt every bundle "
        "sent to this vault."
    ):
        raise UserError("not confirmed; nothing was written (use --yes in scripts)")
    with vault_session(args) as service:
        service.bundles.export_age_identity(args.out)
    print(
        f"wrote {args.out} (mode 0600); `age -d -i {args.out} BUNDLE` decrypts bundles sent to this archive"
    )
    return 0


# --- registration ------------------------------------------------------------------------------------


def register(sub: Subparsers) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser(
        "identity", help="show this vault's public keys; `identity export PATH OUT` writes them"
    )
    p.add_argument("first", metavar="PATH", help="the vault folder, or `export` followed by PATH OUT")
    p.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    p.add_argument("--passphrase-file", type=Path, metavar="F")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity)

    p = sub.add_parser("bundle", help="write a signed bundle for the group archive")
    add_vault_args(p)
    p.add_argument("--to", type=Path, required=True, metavar="ARCHIVE_IDENTITY_FILE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--all", action="store_true", help="everything, not only what changed since the last bundle"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle)

    archive = sub.add_parser("archive", help="the group archive: roster, merging bundles, conflicts")
    a = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    p = a.add_parser("init", help="create a group archive (a vault in coordinator role)")
    p.add_argument(
        "path", metavar="PATH", type=Path, help="the new archive folder (its name should end in .fvault)"
    )
    p.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="read the new passphrase from the first line of F"
    )
    p.add_argument("--json", action="store_true", help="print the fingerprint and recovery code as JSON")
    add_kdf_args(p)
    p.set_defaults(func=cmd_init, role="archive")

    p = a.add_parser("enroll", help="add an expert's identity file to the roster")
    add_vault_args(p)
    p.add_argument("identity_file", metavar="IDENTITY_FILE", type=Path)
    p.add_argument("--name", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_enroll)

    p = a.add_parser("revoke", help="revoke an expert (by name or fingerprint); past bundles stay valid")
    add_vault_args(p)
    p.add_argument("who", metavar="NAME|FINGERPRINT")
    p.add_argument(
        "--accept-through",
        type=int,
        metavar="N",
        help="still accept this expert's unmerged bundles numbered up to N (default: none)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_revoke)

    p = a.add_parser("roster", help="list enrolled experts")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_roster)

    p = a.add_parser("merge", help="verify and merge bundles (each all-or-nothing)")
    add_vault_args(p)
    p.add_argument("bundles", metavar="BUNDLE", type=Path, nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = a.add_parser("conflicts", help="list records edited concurrently")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = a.add_parser("resolve", help="resolve a conflict: take one head, or give new content")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--take", metavar="HEAD_HASH")
    group.add_argument("--data", metavar="JSON")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_resolve)

    p = a.add_parser("export-age-identity", help="write the archive's age identity for escrow (secret!)")
    add_vault_args(p)
    p.add_argument("out", metavar="OUT", type=Path)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_export_age_identity)
