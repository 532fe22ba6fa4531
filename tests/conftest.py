"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.service import VaultService  # noqa: E402
from tests.helpers import FAST_KDF, PASSPHRASE  # noqa: E402
from vault.secret import Passphrase  # noqa: E402


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "field.fvault"


@pytest.fixture
def service(vault_path: Path) -> Iterator[VaultService]:
    """A fresh vault (cheap KDF parameters, passed explicitly), closed after the test."""
    svc, _ = VaultService.create(vault_path, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    yield svc
    svc.close()


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the passphrase from the environment, as scripts do."""
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
