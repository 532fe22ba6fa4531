"""CLI commands for the vault itself: init, note, search, verify, passwd, recover, rekey, keyring."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.entry import prompts
from app.entry.cli_common import Subparsers, add_vault_args, open_service, print_json, vault_session
from app.service import VaultService
from vault.crypto import KdfParams
from vault.errors import NotAVault, VaultCorrupt
from vault.keys import recovery
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage.search import RANKED_AT_MOST

# --- init -----------------------------------------------------------------------------------------


def _new_passphrase(
    args: argparse.Namespace, file: Path | None, env: str, label: str
) -> tuple[Passphrase, str | None]:
    """The new passphrase, checked for strength; with ``--generate-passphrase`` one of random words,
    returned as text too (to be printed once)."""
    if getattr(args, "generate_passphrase", False):
        phrase, text = prompts.generated_passphrase()
        return phrase, text
    return prompts.new_passphrase(file, env, label, context=(args.path.stem,)), None


def _print_generated(text: str) -> None:
    print("\nPassphrase (generated): learn it or write it down now; it is shown only this once.\n")
    print(f"    {text}")


def cmd_init(args: argparse.Namespace) -> int:
    kdf = None
    if args.kdf_memory_mib or args.kdf_iterations:
        kdf = KdfParams((args.kdf_memory_mib or 128) * 1024, args.kdf_iterations or 3, 4)
    passphrase, generated = _new_passphrase(
        args, args.passphrase_file, "FIELDVAULT_PASSPHRASE", "New vault passphrase: "
    )
    service, code = VaultService.create(args.path, passphrase, kdf=kdf, role=getattr(args, "role", "expert"))
    try:
        shown = recovery.display(code)
        if args.json:
            out = {
                "path": str(args.path),
                "vault_id": service.vault_id,
                "recovery_code": shown,
                "fingerprint": service.fingerprint,
            }
            if generated is not None:
                out["passphrase"] = generated
            print_json(out)
        else:
            print(f"Created vault {args.path}")
            if generated is not None:
                _print_generated(generated)
            print("\nRecovery code: write it down now and keep it apart from this computer.")
            print("It is shown only this once and opens the vault if the passphrase is lost.\n")
            print(f"    {shown}\n")
            print(f"Fingerprint: {service.fingerprint}")
    finally:
        service.close()
    return 0


def _kdf_memory(text: str) -> int:
    value = int(text)
    if value < 64:
        raise argparse.ArgumentTypeError("at least 64 MiB")
    return value


def _kdf_iterations(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("between 1 and 64")
    return value


def add_generate_arg(p: Any) -> None:
    """``--generate-passphrase`` on ``p`` (a parser, or the group it excludes a passphrase file in)."""
    p.add_argument(
        "--generate-passphrase",
        action="store_true",
        help="make a new passphrase of six random words and print it once (instead of asking for one)",
    )


def add_kdf_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--kdf-memory-mib",
        type=_kdf_memory,
        metavar="M",
        help="Argon2id memory (default 128 MiB; at least 64)",
    )
    p.add_argument(
        "--kdf-iterations",
        type=_kdf_iterations,
        metavar="T",
        help="Argon2id iterations (default: calibrated to about 0.5 s on this computer)",
    )


# --- notes and search ---------------------------------------------------------


def cmd_note_add(args: argparse.Namespace) -> int:
    body = args.body
    if args.body_file is not None:
        body = args.body_file.read_text(encoding="utf-8")
    with_service = open_service(args)
    try:
        rec = with_service.records.add_note(args.title, body or "", args.investigation)
    finally:
        with_service.close()
    print_json({"id": rec.id}) if args.json else print(rec.id)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        found = service.records.find(args.query, limit=args.limit, kind=args.kind)
    hits = found.hits
    if not found.ranked:
        print(
            f"more than {RANKED_AT_MOST} records match: the newest first (add a word to rank by relevance)",
            file=sys.stderr,
        )
    if args.json:
        print_json([{"id": h.id, "kind": h.kind, "title": h.title} for h in hits])
    elif not hits:
        print("no record matches", file=sys.stderr)  # not the query: what was typed stays off the terminal
    else:
        for h in hits:
            print(f"{h.id}  {h.kind:<12} {h.title}")
    return 0


# --- verify ----------------------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        service = open_service(args)
    except VaultCorrupt as exc:
        problems = [str(exc)]
        if args.json:
            print_json({"ok": False, "problems": problems, "digest": ""})
        else:
            print(f"PROBLEM: {problems[0]}")
        return 1
    try:
        report = service.verify()
    finally:
        service.close()
    if args.json:
        print_json({"ok": report.ok, "problems": report.problems, "digest": report.digest})
    else:
        for p in report.problems:
            print(f"PROBLEM: {p}")
        print(f"{'ok' if report.ok else 'NOT OK'}: {len(report.problems)} problem(s); digest {report.digest}")
    return 0 if report.ok else 1


# --- keys: passwd, recover, keyring ---------------------------------------------------------------


def cmd_passwd(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        new, generated = _new_passphrase(
            args, args.new_passphrase_file, "FIELDVAULT_NEW_PASSPHRASE", "New passphrase: "
        )
        service.change_passphrase(new, _kdf_from(args))
    print("passphrase changed (the database was not rewritten)")
    if generated is not None:
        _print_generated(generated)
    return 0


def _kdf_from(args: argparse.Namespace) -> KdfParams | None:
    if args.kdf_memory_mib or args.kdf_iterations:
        return KdfParams((args.kdf_memory_mib or 128) * 1024, args.kdf_iterations or 3, 4)
    return None


def cmd_recover(args: argparse.Namespace) -> int:
    if not args.path.exists():
        raise NotAVault(f"{args.path} does not exist")
    Vault.envelope_of(args.path)
    code = recovery.parse(prompts.recovery_code(args.recovery_code_file))
    service = VaultService.unlock_with_recovery_code(args.path, code)
    try:
        new, generated = _new_passphrase(
            args, args.new_passphrase_file, "FIELDVAULT_NEW_PASSPHRASE", "New passphrase: "
        )
        kdf = _kdf_from(args)
        service.change_passphrase(new, kdf)
        fresh = service.new_recovery_code(kdf)
    finally:
        service.close()
    shown = recovery.display(fresh)
    if args.json:
        print_json({"recovery_code": shown, **({"passphrase": generated} if generated is not None else {})})
    else:
        print("Passphrase set. The old recovery code no longer works (it may have been seen when typed).")
        if generated is not None:
            _print_generated(generated)
        print("New recovery code: write it down now; it is shown only this once.\n")
        print(f"    {shown}\n")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    """A new master key. The passphrase is asked even when the OS keyring could unlock the vault: the
    new passphrase slot is wrapped under it."""
    if not args.path.exists():
        raise NotAVault(f"{args.path} does not exist")
    Vault.envelope_of(args.path)
    passphrase = prompts.passphrase(args.passphrase_file)
    service = VaultService.unlock(args.path, passphrase)
    try:
        fresh = service.rekey(passphrase, _kdf_from(args))
    finally:
        service.close()
    shown = recovery.display(fresh)
    if args.json:
        print_json({"recovery_code": shown})
    else:
        print("The vault is re-encrypted under a new master key; the passphrase is unchanged.")
        print("Copies of keyslots.json made before no longer open it. The old recovery code no longer works.")
        print("New recovery code: write it down now; it is shown only this once.\n")
        print(f"    {shown}\n")
    return 0


def cmd_keyring(args: argparse.Namespace) -> int:
    with vault_session(args) as service:
        if args.action == "enable":
            service.enable_keyring()
            print("the OS keyring can now unlock this vault without the passphrase")
        else:
            service.disable_keyring()
            print("the OS keyring slot is removed; only the passphrase and recovery code open this vault")
    return 0


# --- registration -----------------------------------------------------------------------------------


def register(sub: Subparsers) -> None:
    p = sub.add_parser("init", help="create a vault folder (NAME.fvault)")
    p.add_argument(
        "path", metavar="PATH", type=Path, help="the new vault folder (its name should end in .fvault)"
    )
    given = p.add_mutually_exclusive_group()
    given.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="read the new passphrase from the first line of F"
    )
    add_generate_arg(given)
    p.add_argument("--json", action="store_true", help="print the fingerprint and recovery code as JSON")
    add_kdf_args(p)
    p.set_defaults(func=cmd_init, role="expert")

    note = sub.add_parser("note", help="interview and meeting notes")
    note_sub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = note_sub.add_parser("add", help="store a note and print its id")
    add_vault_args(p)
    p.add_argument("--title", required=True)
    p.add_argument("--body", default="")
    p.add_argument("--body-file", type=Path, metavar="F", help="read the body from a UTF-8 text file")
    p.add_argument("--investigation", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note_add)

    p = sub.add_parser("search", help="full-text search")
    add_vault_args(p)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--kind")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("verify", help="check integrity: pages, structure, attachments, revisions, audit")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("passwd", help="change the passphrase (rewraps the key; the database is untouched)")
    add_vault_args(p)
    given = p.add_mutually_exclusive_group()
    given.add_argument("--new-passphrase-file", type=Path, metavar="F")
    add_generate_arg(given)
    add_kdf_args(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery code")
    p.add_argument("path", metavar="PATH", type=Path)
    p.add_argument("--recovery-code-file", type=Path, metavar="F")
    given = p.add_mutually_exclusive_group()
    given.add_argument("--new-passphrase-file", type=Path, metavar="F")
    add_generate_arg(given)
    p.add_argument("--json", action="store_true")
    add_kdf_args(p)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser(
        "rekey",
        help="replace the master key: re-encrypts the database, rewraps every slot, new recovery code",
    )
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    add_kdf_args(p)
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("keyring", help="let the OS keyring unlock this vault (off by default)")
    p.add_argument("action", choices=["enable", "disable"])
    add_vault_args(p)
    p.set_defaults(func=cmd_keyring)
