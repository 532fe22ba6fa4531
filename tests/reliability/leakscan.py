"""Leak scan: run a scripted session in subprocesses, then look for a marker string in every byte that
session could have written outside the encrypted database.

Places scanned: the vault folder, the session's own HOME (config, caches, data), TMPDIR and XDG folders,
the system temp folders (files changed since the session began), and everything the processes printed
(their logs). Inputs the test itself wrote (the evidence to import) are excluded, and so are files the
user explicitly exported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_TEMP = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")]


def encodings(marker: str) -> list[bytes]:
    """The marker as the bytes it could take on disk: UTF-8, UTF-16 (both orders), upper-case."""
    return [marker.encode(), marker.encode("utf-16-le"), marker.encode("utf-16-be"), marker.upper().encode()]


@dataclass
class Session:
    """A sandbox for one scripted session: private HOME/TMPDIR/XDG folders and the output it printed."""

    root: Path
    passphrase: str
    started: float = field(default_factory=time.time)
    printed: list[bytes] = field(default_factory=list)
    excluded: set[Path] = field(default_factory=set)
    # Folders in the system temp that belong to the test harness (pytest's base temp), not the session.
    harness: list[Path] = field(default_factory=list)
    scanned: set[Path] = field(default_factory=set)  # every file the last scan read

    def __post_init__(self) -> None:
        for name in ("home", "tmp", "config", "cache", "data", "runtime", "inputs", "out"):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        self.excluded.add((self.root / "inputs").resolve())

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "HOME": str(self.root / "home"),
            "TMPDIR": str(self.root / "tmp"),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_CACHE_HOME": str(self.root / "cache"),
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_RUNTIME_DIR": str(self.root / "runtime"),
            "FIELDVAULT_PASSPHRASE": self.passphrase,
            "FIELDVAULT_LOG": "debug",  # the most verbose logging must still hold no content
        }

    def cli(self, *args: str | Path, expect: int = 0) -> str:
        """Run ``fieldvault ARGS``; keep what it printed on stderr (its log) for the scan."""
        result = subprocess.run(
            [sys.executable, "-m", "app", *map(str, args)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            check=False,
        )
        self.printed.append(result.stderr)
        if result.returncode != expect:
            raise AssertionError(f"fieldvault {args[0]} exited {result.returncode}: {result.stderr.decode()}")
        return result.stdout.decode()

    def exported(self, path: Path) -> Path:
        """Mark a file the user explicitly exported (plaintext by the user's choice)."""
        self.excluded.add(path.resolve())
        return path


def _files(roots: Iterable[Path], since: float | None) -> Iterable[Path]:
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _, names in os.walk(root):
            for name in names:
                path = Path(dirpath) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    if since is not None and path.stat().st_mtime < since:
                        continue
                except OSError:
                    continue
                yield path


def scan(session: Session, vault_folders: Sequence[Path], marker: str) -> list[str]:
    """Every place the marker was found, as readable strings; [] when the session leaked nothing."""
    needles = encodings(marker)
    found: list[str] = []
    private = [session.root / n for n in ("home", "tmp", "config", "cache", "data", "runtime", "out")]
    own_roots = [*vault_folders, *private]
    candidates = {
        p.resolve(): p for p in [*_files(own_roots, None), *_files(SYSTEM_TEMP, session.started - 1)]
    }
    for resolved, path in candidates.items():
        if any(resolved == e or e in resolved.parents for e in session.excluded):
            continue
        inside_own = any(r.resolve() in resolved.parents for r in own_roots)
        if not inside_own and any(h.resolve() in resolved.parents for h in session.harness):
            continue
        if session.root.resolve() in resolved.parents and not any(
            r.resolve() in resolved.parents for r in own_roots
        ):
            continue  # the sandbox's own bookkeeping outside the scanned folders
        try:
            data = path.read_bytes()
        except OSError:
            continue
        session.scanned.add(resolved)
        if any(n in data for n in needles):
            found.append(str(path))
    for i, output in enumerate(session.printed):
        if any(n in output for n in needles):
            found.append(f"output of command {i + 1}")
    return found
