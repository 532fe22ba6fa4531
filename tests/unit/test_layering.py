"""Architecture rules, read from the code's import graph (every ``import`` of a module, in a function too,
followed through everything it imports in turn):

    entry points (app/cli*, app/gui, prompts, terminal, logs)
      -> ui/ (the desktop app)  -> app/ (the service and what it publishes in app/public.py)
                                     -> exporters/ (plain data in, files out) and vault/ (the core)

Nothing imports upward; the UI reaches the core only through app/; no Qt below the UI, no SQL or key
material in the UI; no import cycle among the modules' own imports."""

from __future__ import annotations

import ast
import importlib
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
        if any(
            n.split(".")[0] in {"sqlite3", "sqlcipher3"} or n == "vault.storage.store" for n in _imports(p)
        )
    ]
    assert offenders == []


def test_the_ui_never_runs_sql_or_holds_keys() -> None:
    forbidden = {
        "sqlite3",
        "sqlcipher3",
        "vault.storage.store",
        "vault.session",
        "vault.keys.keyslots",
        "vault.crypto",
    }
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
            n.startswith("app.entry") for n in names
        ):
            offenders.append(str(p.relative_to(ROOT)))
    assert offenders == []


# --- the import graph --------------------------------------------------------------------------------------

PACKAGES = ("app", "ui", "exporters", "vault")
ENTRY_POINTS = ("app.entry", "app.__main__")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def _edges(name: str, path: Path, *, module_level_only: bool) -> set[str]:
    """The modules of this code base that ``name`` imports (relative imports resolved; ``from a import b``
    counts ``a.b`` when that is a module). Imports under ``if TYPE_CHECKING`` do not run and are left out."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for branch in child.orelse:
                    visit(branch)
                continue
            if module_level_only and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join(parent + ([base] if base else []))
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    resolved = set()
    for target in found:
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


GRAPH = {name: _edges(name, path, module_level_only=False) for name, path in MODULES.items()}


def _reachable(name: str) -> set[str]:
    seen: set[str] = set()
    todo = [name]
    while todo:
        for target in GRAPH[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    return seen


def _is_entry_point(name: str) -> bool:
    return name.startswith(ENTRY_POINTS)


def test_the_graph_sees_the_code_base() -> None:
    # A reader that missed imports would pass every rule below: check it finds known edges.
    assert "vault.storage.store" in GRAPH["vault.storage.records"]
    assert "app.service" in GRAPH["ui.controller"]
    assert "ui.controller" in _reachable("app.entry.gui")
    assert "vault.kinds" in _reachable("ui.sections")  # through app.public


def test_nothing_imports_an_entry_point() -> None:
    """The CLI, the launcher, prompts, terminal and logs sit above everything: neither the UI nor the
    service nor the core reaches them, directly or through another module."""
    offenders = {
        name: sorted(t for t in _reachable(name) if _is_entry_point(t))
        for name in MODULES
        if not _is_entry_point(name)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_service_and_the_core_never_reach_the_ui() -> None:
    offenders = {
        name: sorted(t for t in _reachable(name) if t == "ui" or t.startswith("ui."))
        for name in MODULES
        if name.split(".")[0] in {"app", "vault", "exporters"} and not _is_entry_point(name)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_core_never_reaches_app() -> None:
    offenders = {
        name: sorted(t for t in _reachable(name) if t.split(".")[0] in {"app", "ui"})
        for name in MODULES
        if name.split(".")[0] in {"vault", "exporters"}
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_exporters_receive_plain_data() -> None:
    """An exporter lays out what it is given; of the core it may use only the errors and messages."""
    allowed = {"vault", "vault.errors", "vault.messages"}
    offenders = {
        name: sorted(t for t in GRAPH[name] if t.startswith("vault") and t not in allowed)
        for name in MODULES
        if name.startswith("exporters")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_import_cycle() -> None:
    """Among the imports that run when a module is loaded (imports inside functions are deferred and may
    point anywhere below), no module imports itself back through others."""
    graph = {name: _edges(name, path, module_level_only=True) for name, path in MODULES.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(name: str, stack: list[str]) -> None:
        state[name] = 1
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target) :] + [target])
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert cycles == []


def test_every_kind_defined_is_registered() -> None:
    """Kinds are listed once, in vault/kinds.py: a kind defined in vault/model/ but not listed there would
    be refused as unknown."""
    from vault import kinds

    defined = []
    for name, path in MODULES.items():
        if name.startswith("vault.model."):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if not isinstance(node, ast.Assign):
                    continue
                call = node.value
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Kind":
                    module = importlib.import_module(name)
                    defined += [getattr(module, t.id) for t in node.targets if isinstance(t, ast.Name)]
    assert len(defined) >= 12
    assert [k for k in defined if k not in kinds.KINDS] == []
    assert len(kinds.REGISTRY) == len(kinds.KINDS)
