"""Getting passphrases and recovery codes from the person (or the script) at the keyboard.

Order for a passphrase: ``--passphrase-file F`` (first line), then ``FIELDVAULT_PASSPHRASE``, then a
prompt with echo off when standard input is a terminal. A new passphrase is asked twice. A recovery
code is read the same way (``--recovery-code-file``, ``FIELDVAULT_RECOVERY_CODE``, then a prompt with
echo off). Secrets are wrapped in Secret types at once and never printed.

A new passphrase must be hard to guess (vault/keys/passphrase_strength.py: zxcvbn's score of at least 3);
a weak one is refused with zxcvbn's advice — asked again at a terminal, an error for a script.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from vault.errors import UserError, WeakPassphrase
from vault.keys import passphrase_strength
from vault.keys.secret import Passphrase
from vault.messages import Text

TRIES = 3  # a weak new passphrase typed at a terminal is asked again, this many times in all


def _read_first_line(path: Path, what: str) -> str:
    try:
        with path.open("r", encoding="utf-8") as handle:
            line = handle.readline()
    except FileNotFoundError:
        raise UserError(f"{what} file {path} does not exist") from None
    except (OSError, UnicodeDecodeError):
        raise UserError(f"{what} file {path} cannot be read") from None
    return line.rstrip("\r\n")


def _interactive() -> bool:
    return sys.stdin.isatty()


def _prompt(label: str) -> str:
    try:
        return getpass.getpass(label)
    except EOFError:
        raise UserError("no input") from None


def from_sources(file: Path | None, env: str, what: str) -> str | None:
    """A secret from a file or an environment variable, or None when neither is given."""
    if file is not None:
        return _read_first_line(file, what)
    value = os.environ.get(env)
    return value if value else None


def passphrase(
    file: Path | None,
    env: str = "FIELDVAULT_PASSPHRASE",
    label: str = "Passphrase: ",
    *,
    allow_prompt: bool = True,
) -> Passphrase:
    text = from_sources(file, env, "passphrase")
    if text is None:
        if not (allow_prompt and _interactive()):
            raise UserError(f"no passphrase given: set {env} or use a passphrase file")
        text = _prompt(label)
    if not text:
        raise UserError("the passphrase is empty")
    return Passphrase.from_text(text)


def _weak(text: str, context: Sequence[str]) -> Text | None:
    """Why a new passphrase is refused (zxcvbn's advice), or None when it is strong enough."""
    strength = passphrase_strength.measure(text, context)
    if strength.acceptable:
        return None
    return Text(
        "the new passphrase is too easy to guess ({advice}); nothing was changed. Use several uncommon "
        "words, or --generate-passphrase for six random ones",
        advice=" ".join(strength.advice()),
    )


def new_passphrase(
    file: Path | None, env: str, label: str = "New passphrase: ", *, context: Sequence[str] = ()
) -> Passphrase:
    """A new passphrase: from a file or variable as is, or typed twice at a prompt. One that zxcvbn
    finds too easy to guess is refused (``context``: words an attacker would try, e.g. the vault's name)."""
    text = from_sources(file, env, "passphrase")
    if text is not None:
        if not text:
            raise UserError("the passphrase is empty")
        weak = _weak(text, context)
        if weak is not None:
            raise WeakPassphrase(weak)
        return Passphrase.from_text(text)
    if not _interactive():
        raise UserError(f"no new passphrase given: set {env} or use a passphrase file")
    for attempt in range(1, TRIES + 1):
        text = _prompt(label)
        if not text:
            raise UserError("the passphrase is empty")
        weak = _weak(text, context)
        if weak is None:
            break
        if attempt == TRIES:
            raise WeakPassphrase(weak)
        print(f"fieldvault: {weak}", file=sys.stderr)
    if _prompt("Repeat it: ") != text:
        raise UserError("the two passphrases differ; nothing was changed")
    return Passphrase.from_text(text)


def generated_passphrase() -> tuple[Passphrase, str]:
    """A new passphrase of random words (vault/keys/passphrase_strength.py) and its text, to print once."""
    text = passphrase_strength.suggest()
    return Passphrase.from_text(text), text


def recovery_code(file: Path | None) -> str:
    """A recovery code: ``--recovery-code-file F``, then ``FIELDVAULT_RECOVERY_CODE``, then typed at the
    terminal with echo off, like a passphrase (it opens the vault as well as one does)."""
    text = from_sources(file, "FIELDVAULT_RECOVERY_CODE", "recovery code")
    if text is None:
        if not _interactive():
            raise UserError(
                "no recovery code given: set FIELDVAULT_RECOVERY_CODE or use --recovery-code-file"
            )
        text = _prompt("Recovery code: ")
    return text


def confirm(question: str) -> bool:
    if not _interactive():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "o", "oui")
