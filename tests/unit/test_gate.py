"""The outbound gate is the one way out: nothing in the code writes a file without its clearance.

Every output is written through vault/newfile.py, whose ``PendingFile`` takes a ``Clearance`` only the
gate makes, naming the file and every piece it may hold. These tests hold the structure in place: a new
kind of output cannot be added beside the gate without a test failing here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.service import VaultService
from vault import newfile
from vault.guard.gate import Clearance, NotCleared

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "vault", "exporters", "ui")

# Modules that write files that are not outputs of the vault's content, each with its reason.
ALLOWED = {
    "vault/newfile.py": "the writer itself: takes the gate's clearance",
    "vault/keys/keyslots.py": "the vault's own key envelope (wrapped keys, no content)",
    "vault/session.py": "the vault's own database file, created empty",
    "vault/keys/identity_file.py": "a public identity file (public keys and role, no content)",
    "app/settings.py": "the app's settings (no vault names, paths or content)",
    "app/demo.py": "the demo's own drawn photographs and certificate, to import into the demo vault",
    "app/demo_archive.py": "copies of the demo vault for the demo group archive",
    "app/service_bundles.py": "the archive's age identity for escrow (key material, no content)",
    "ui/scripted.py": "screenshots of the demo vault for the docs (gui --demo --screenshot)",
}
_WRITE_MODES = set("wax+")
_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}
_WRITE_METHODS = {"write_bytes", "write_text"}
_SHUTIL_WRITES = {"copy", "copy2", "copyfile", "copytree", "move"}


def _writes(tree: ast.AST) -> list[int]:
    """Lines of calls that open or make a file for writing."""
    lines: list[int] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
        if name in _WRITE_METHODS or (name in _SHUTIL_WRITES and owner == "shutil"):
            lines.append(node.lineno)
        elif name == "open" and isinstance(func, ast.Attribute) and ast.unparse(func.value) == "os":
            flags = {
                n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute) and n.attr.startswith("O_")
            }
            if flags & _WRITE_FLAGS:
                lines.append(node.lineno)
        elif name in ("open", "fdopen"):
            modes = [a for a in node.args[1:2]] + [k.value for k in node.keywords if k.arg == "mode"]
            for mode in modes:
                if (
                    isinstance(mode, ast.Constant)
                    and isinstance(mode.value, str)
                    and _WRITE_MODES & set(mode.value)
                ):
                    lines.append(node.lineno)
        elif name == "save" and node.args:
            first = ast.unparse(node.args[0])
            if first.startswith("str(") or "path" in first.lower():
                lines.append(node.lineno)
    return lines


def test_no_module_writes_a_file_beside_the_gate() -> None:
    found: dict[str, list[int]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            lines = _writes(ast.parse(path.read_text(encoding="utf-8")))
            if lines and rel not in ALLOWED:
                found[rel] = lines
    assert found == {}, "write outputs through vault/newfile.py with the outbound gate's clearance"


def test_the_scan_sees_the_ways_a_file_is_written() -> None:
    code = """
open(p, "wb"); open(p, mode="a"); os.open(p, os.O_WRONLY | os.O_CREAT); p.write_bytes(b"")
p.write_text(""); shutil.copyfile(a, b); image.save(str(p)); image.save(out_path, "PNG")
open(p); open(p, "rb"); os.open(d, os.O_RDONLY); image.save(buffer, "PNG")
"""
    assert len(_writes(ast.parse(code))) == 8


def test_a_clearance_is_made_only_by_the_gate(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="outbound gate"):
        Clearance("out.pdf", frozenset(), object())
    with pytest.raises(TypeError, match="clearance"):
        newfile.PendingFile(tmp_path / "out.pdf", None)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_piece_the_gate_did_not_read_is_not_written(service: VaultService, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    gate = service.shares.gate("the test")
    gate.data(b"read by the gate", "a test file")
    clearance = gate.clearance("x.bin")
    with newfile.PendingFile(out / "x.bin", clearance) as pending:
        pending.check_piece(__import__("hashlib").sha256(b"read by the gate").hexdigest())
        with pytest.raises(NotCleared):
            pending.check_piece("0" * 64)
    assert list(out.iterdir()) == []


def test_a_file_name_naming_a_source_is_refused(service: VaultService, tmp_path: Path) -> None:
    from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
    from vault.guard.leakguard import LeakRefused

    protected_world(service, tmp_path)
    gate = service.shares.gate("the test")
    gate.data(b"nothing here", "a test file")
    with pytest.raises(LeakRefused) as caught:
        gate.clearance(PROTECTED_NAME.replace(" ", "_") + ".pdf")
    assert [f.location for f in caught.value.findings] == ["file name"]
