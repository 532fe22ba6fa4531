"""CLI commands for the investigation model: ``record`` (add, edit, show, list, link, grant, delete,
recipient-key); ``claim`` and ``letters`` live in app/entry/cli_claims.py and are registered from here.

Bad input exits with code 2 and one line naming the field (vault.errors.InvalidInput, mapped in
app/entry/cli.py). A protected source's identity is printed only with ``record show --reveal``, and each such
reveal is an entry in the audit log.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.entry import cli_claims
from app.entry.cli_claims import assessment_json, assessment_lines
from app.entry.cli_common import (
    Subparsers,
    add_vault_args,
    details_json,
    format_value,
    print_json,
    vault_session,
)
from app.service import VaultService
from vault import kinds
from vault.errors import InvalidInput
from vault.keys import identity_file
from vault.messages import Text
from vault.model import forms, source

# --- input -----------------------------------------------------------------------------------------


def read_data(text: str) -> dict[str, Any]:
    """``--data``: a JSON object given inline or, as ``@FILE``, in a UTF-8 file."""
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InvalidInput(f"--data: {path} does not exist", field="data") from None
        except (OSError, UnicodeDecodeError):
            raise InvalidInput(f"--data: {path} cannot be read as UTF-8 text", field="data") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # Only the position is quoted back, never the text (it may hold a source's identity).
        raise InvalidInput(
            f"--data is not valid JSON (line {exc.lineno}, column {exc.colno})", field="data"
        ) from None
    except RecursionError:  # thousands of nested brackets: no record is shaped like that
        raise InvalidInput("--data is nested too deeply to be a record", field="data") from None
    if not isinstance(value, dict):
        raise InvalidInput('--data must be a JSON object such as {"title": "..."}', field="data")
    return value


# --- output ----------------------------------------------------------------------------------------


def _shown_body(body: Mapping[str, Any]) -> dict[str, Any]:
    """The body for display: a sealed envelope is summarised by the keys that can open it."""
    out = dict(body)
    env = out.get("sealed")
    if isinstance(env, Mapping):
        keys = [r.get("key") for r in env.get("recipients", []) if isinstance(r, Mapping)]
        out["sealed"] = {"recipients": keys}
    return out


# --- record ----------------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    data = read_data(args.data)
    share = [identity_file.read_file(Path(f)).public for f in args.share_with or []]
    with vault_session(args) as service:
        rec = service.model.add_model_record(args.kind, data, share_with=share)
    print_json({"id": rec.id}) if args.json else print(rec.id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    changes = read_data(args.data)
    with vault_session(args) as service:
        before = service.get(service.model.resolve_ref(args.id))
        rec = service.model.edit_model_record(before.id, changes)
    if (
        rec.kind == source.KIND
        and before.body.get("protection") != "protected"
        and source.is_protected(rec.body)
    ):
        print(
            "fieldvault: warning: the identity is sealed from now on; earlier revisions of this source "
            "still hold it in clear in this vault's history",
            file=sys.stderr,
        )
    print_json({"id": rec.id, "head": rec.head}) if args.json else print(rec.id)
    return 0


def _show(service: VaultService, args: argparse.Namespace) -> tuple[dict[str, Any], list[str]]:
    """The record as JSON and as text lines (computed values and a revealed identity included)."""
    details = service.records.details(service.model.resolve_ref(args.id))
    rec = details.record
    doc = details_json(details)
    doc["body"] = _shown_body(rec.body)
    lines = [f"{rec.kind} {rec.id}{'  (deleted)' if rec.deleted else ''}", f"  title: {rec.title}"]
    lines += [f"  {k}: {format_value(v)}" for k, v in sorted(doc["body"].items()) if k != "sealed"]
    if rec.kind == source.KIND and not rec.deleted:
        view = service.model.source_view(rec.id)
        doc["computed"] = {"sealed": view.sealed, "readable": view.readable}
        if view.sealed:
            who = "this vault can read it" if view.readable else "sealed to other keys"
            lines.append(f"  identity: sealed to {len(view.recipients)} key(s); {who}")
        if args.reveal:
            identity = service.model.reveal_source(rec.id).to_body()
            doc["identity"] = identity
            lines += [f"  {k}: {format_value(v)}" for k, v in identity.items()] if view.sealed else []
    elif args.reveal:
        raise InvalidInput("--reveal applies to sources only", field="reveal")
    if rec.kind == "claim" and not rec.deleted:
        found = service.model.assess_claim(rec.id)
        doc["computed"] = assessment_json(found)
        lines.append("  computed:")
        lines += [f"  {line}" for line in assessment_lines(found)]
    lines.append(f"  revisions: {len(details.history)}, current {rec.head[:12]}")
    if rec.conflicted:
        lines.append(f"  CONFLICT: {len(rec.heads)} concurrent versions; resolve to choose one")
    return doc, lines


def cmd_show(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        doc, lines = _show(service, args)
    if args.json:
        print_json(doc)
    else:
        print("\n".join(lines))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        if args.kind is not None:
            kinds.get(args.kind)  # an unknown kind is a typo to name, not an empty list
        investigation = service.model.resolve_ref(args.investigation) if args.investigation else None
        summaries = service.records.list_records(args.kind, investigation)
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "kind": s.kind,
                    "title": s.title,
                    "investigation": s.investigation,
                    "updated": s.updated,
                    "conflicted": s.conflicted,
                }
                for s in summaries
            ]
        )
    else:
        for s in summaries:
            print(f"{s.id}  {s.kind:<13} {s.title}")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        linked = service.model.link_records(args.source, args.target, args.field)
    if args.json:
        print_json({"id": linked.record.id, "field": linked.field, "to": linked.target})
    else:
        print(f"{linked.record.id} {linked.field} -> {linked.target}")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    # The other vault's identity file (version 2): its sealing key, signed by the key whose fingerprint
    # was compared aloud. A bare key, or a version 1 file (no sealing key), is refused with what to do.
    recipient = identity_file.read_file(args.to).public
    if recipient.seal_public is None:
        raise InvalidInput(
            Text(
                "{path} is an identity file of version 1, with no sealing key: ask for a new identity "
                "file ('fieldvault identity export')",
                path=str(args.to),
            ),
            field="to",
        )
    with vault_session(args) as service:
        rec = service.model.grant_source(args.id, recipient)
    print(f"{rec.body.get('code')}: the vault {recipient.fingerprint} can now read the identity (logged)")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        rec = service.records.delete_record(service.model.resolve_ref(args.id), args.reason, amend=args.amend)
    print(rec.id)
    return 0


def cmd_recipient_key(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        key, fingerprint = service.model.agreement_public_key, service.fingerprint
    print_json({"key": key, "fingerprint": fingerprint}) if args.json else print(key)
    return 0


# --- registration ----------------------------------------------------------------------------------


def _kinds_help() -> str:
    """The kinds a record can be and each one's fields (* required), for ``record add -h``."""
    lines = ["kinds and their fields (* required):"]
    for kind, specs in forms.FORMS.items():
        shown = [f"{s.name}{'*' if s.required else ''}" for s in specs if not s.computed]
        text = f"  {kind}: " + ", ".join(shown)
        while len(text) > 100:  # wrap at a comma, indented under the kind
            cut = text.rfind(", ", 0, 100) + 1
            lines.append(text[:cut])
            text = " " * (len(kind) + 4) + text[cut:].lstrip()
        lines.append(text)
    return "\n".join(lines)


def register(sub: Subparsers) -> None:
    """Add the record commands (and, from app/entry/cli_claims.py, claim and letters) to the parser."""
    record = sub.add_parser("record", help="investigations, sources, interviews, entities, items, claims, …")
    rs = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)

    p = rs.add_parser(
        "add",
        help="add a record of KIND and print its id",
        epilog=_kinds_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_vault_args(p)
    p.add_argument("kind", metavar="KIND", help="one of the kinds listed below")
    p.add_argument("--data", default="{}", metavar="JSON|@FILE", help="the fields, as a JSON object")
    p.add_argument(
        "--share-with",
        action="append",
        metavar="IDENTITY_FILE",
        help="protected source: also grant it to the vault of IDENTITY_FILE (logged)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = rs.add_parser("edit", help="set the given fields, keep the rest (null removes a field)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--data", required=True, metavar="JSON|@FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_edit)

    # `fieldvault show` and `fieldvault record show` are the same command.
    for parser_group, name in ((rs, "show"), (sub, "show")):
        p = parser_group.add_parser(
            name, help="show a record: fields, history, custody (sources by code or id)"
        )
        add_vault_args(p)
        p.add_argument("id", metavar="ID")
        p.add_argument("--reveal", action="store_true", help="show a protected source's identity (logged)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_show)

    p = rs.add_parser("list", help="list records, most recently changed first")
    add_vault_args(p)
    p.add_argument("--kind", metavar="K")
    p.add_argument("--investigation", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = rs.add_parser("link", help="add TO to a link field of FROM (e.g. a claim's supports)")
    add_vault_args(p)
    p.add_argument("source", metavar="FROM")
    p.add_argument("target", metavar="TO")
    p.add_argument("--as", dest="field", metavar="FIELD", help="supports, exculpatory, sources, related, …")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_link)

    p = rs.add_parser("grant", help="let another vault read a protected source's identity (logged)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--to",
        required=True,
        type=Path,
        metavar="IDENTITY_FILE",
        help="the other vault's identity file (fieldvault identity export; compare its fingerprint aloud)",
    )
    p.set_defaults(func=cmd_grant)

    p = rs.add_parser("delete", help="delete a record (its history is kept)")
    add_vault_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--amend",
        action="store_true",
        help="give a record already deleted a new reason (the old one stays here)",
    )
    p.set_defaults(func=cmd_delete)

    p = rs.add_parser("recipient-key", help="print this vault's key for source grants")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recipient_key)

    cli_claims.register(sub)
