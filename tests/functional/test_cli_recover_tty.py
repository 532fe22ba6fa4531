"""``fieldvault recover`` at a terminal: the recovery code is typed without echo and never shown back.

The CLI runs in a real pseudo-terminal (Python's ``pty``), as a person would run it: everything the
terminal would display (prompts, echo of typed keys, output) is read from the pty and searched for the
code.
"""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

from app.service import VaultService
from tests.helpers import CLI_KDF, FAST_KDF, PASSPHRASE
from vault.errors import WrongRecoveryCode
from vault.keys import recovery
from vault.keys.secret import Passphrase
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "a new passphrase after recovery"
TIMEOUT_S = 60.0


class Terminal:
    """A child process on a pseudo-terminal, and everything that terminal displayed."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: its stdin, stdout, stderr and controlling terminal are the pty
            try:
                os.chdir(ROOT)
                os.execve(sys.executable, [sys.executable, *argv], env)  # noqa: S606 - our own interpreter
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.shown = b""

    def _read(self, deadline: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            return False
        self.shown += chunk
        return bool(chunk)

    def wait_for(self, text: bytes) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while text not in self.shown:
            assert time.monotonic() < deadline, f"no {text!r} on the terminal: {self.shown!r}"
            assert self._read(deadline), f"the program ended before {text!r}: {self.shown!r}"

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\n")

    def finish(self) -> int:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline and self._read(deadline):
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDVAULT_")}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


def _vault(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "tty.fvault"
    service, code = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.close()
    return folder, recovery.display(code)


def test_the_recovery_code_typed_at_a_terminal_is_not_echoed(tmp_path: Path) -> None:
    folder, code = _vault(tmp_path)
    term = Terminal(
        ["-m", "app", "recover", str(folder), *CLI_KDF], _env(FIELDVAULT_NEW_PASSPHRASE=NEW_PASSPHRASE)
    )
    term.wait_for(b"Recovery code:")
    term.type(code)
    assert term.finish() == 0, term.shown.decode(errors="replace")
    shown = term.shown.decode(errors="replace")
    assert "New recovery code" in shown  # it did recover
    assert code not in shown
    assert code.replace("-", "") not in shown.replace("-", "")
    assert code[:9] not in shown  # not even the first groups
    Vault.open(folder, Passphrase.from_text(NEW_PASSPHRASE)).close()
    try:
        Vault.open_with_recovery_code(folder, recovery.parse(code)).close()
    except WrongRecoveryCode:
        pass  # the typed code was replaced, as recover promises
    else:
        raise AssertionError("the old recovery code still opens the vault")


def test_new_passphrases_typed_at_the_terminal_after_the_code_are_not_echoed_either(
    tmp_path: Path,
) -> None:
    folder, code = _vault(tmp_path)
    term = Terminal(["-m", "app", "recover", str(folder), *CLI_KDF], _env())
    term.wait_for(b"Recovery code:")
    term.type(code)
    term.wait_for(b"New passphrase:")
    term.type(NEW_PASSPHRASE)
    term.wait_for(b"Repeat it:")
    term.type(NEW_PASSPHRASE)
    assert term.finish() == 0, term.shown.decode(errors="replace")
    shown = term.shown.decode(errors="replace")
    assert code not in shown
    assert NEW_PASSPHRASE not in shown
    Vault.open(folder, Passphrase.from_text(NEW_PASSPHRASE)).close()


def test_the_code_from_the_environment_still_works_without_a_terminal_prompt(tmp_path: Path) -> None:
    folder, code = _vault(tmp_path)
    term = Terminal(
        ["-m", "app", "recover", str(folder), *CLI_KDF],
        _env(FIELDVAULT_RECOVERY_CODE=code, FIELDVAULT_NEW_PASSPHRASE=NEW_PASSPHRASE),
    )
    assert term.finish() == 0, term.shown.decode(errors="replace")
    assert b"Recovery code:" not in term.shown
    Vault.open(folder, Passphrase.from_text(NEW_PASSPHRASE)).close()
