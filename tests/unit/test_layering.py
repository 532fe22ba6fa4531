"""Architecture rules: no Qt below the UI, no SQL or key material in the UI, and the UI reaches the core only
through what app/ publishes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["vault", "exporters"])
def test_core_packages_never_import_qt(package: str) -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / package).rglob("*.py")
        if any(n.split(".")[0] in {"PySide6", "shiboken6", "ui"} for n in _imports(p))
    ]
    assert offenders == []


def test_exporters_never_touch_the_database() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "exporters").rglob("*.py")
        if any(n.split(".")[0] in {"sqlite3", "sqlcipher3"} or n == "vault.store" for n in _imports(p))
    ]
    assert offenders == []


def test_the_ui_never_runs_sql_or_holds_keys() -> None:
    forbidden = {"sqlite3", "sqlcipher3", "vault.store", "vault.session", "vault.keyslots", "vault.crypto"}
    offenders = []
    for p in (ROOT / "ui").rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        if forbidden & _imports(p) or "._vault" in text or ".execute(" in text:
            offenders.append(str(p.relative_to(ROOT)))
    assert offenders == []


def test_the_ui_imports_nothing_of_the_core_but_what_app_publishes() -> None:
    """ui/ reaches the core only through the service and app/public.py, never ``vault.*`` (directly or
    in a function), and never the entry points (the CLI, the launcher) that sit above it."""
    offenders = []
    for p in sorted((ROOT / "ui").rglob("*.py")):
        names = _imports(p)
        if any(n == "vault" or n.startswith("vault.") for n in names) or any(
            n.startswith(("app.cli", "app.gui", "app.prompts")) for n in names
        ):
            offenders.append(str(p.relative_to(ROOT)))
    assert offenders == []
