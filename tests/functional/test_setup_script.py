"""scripts/setup.sh, which both README commands use: a venv from a Python that fits, made from the lock
file, rebuilt when its Python does not fit, and one clear line when something cannot be done.

What this machine allows: a real venv and pip install (of a tiny project with an empty lock, so the
test stays fast); a stale .venv made by a Python that is too old; a lock whose hash is wrong; a machine
whose only Python is too old and which has no apt-get. Installing Python or python3-venv with apt is not
exercised here (it would change the machine).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", project / "scripts" / "setup.sh")
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=77"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "tiny"\nversion = "0"\n[tool.setuptools]\npy-modules = []\n'
    )
    (project / "empty.lock").write_text("")
    return project


def _run(project: Path, script: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"set -euo pipefail; . scripts/setup.sh; {script}"],
        cwd=project,
        env=env if env is not None else {**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_a_venv_made_by_a_python_that_does_not_fit_is_rebuilt(tmp_path: Path) -> None:
    project = _project(tmp_path)
    fake = project / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\nexit 1\n")  # a venv from Python 3.10, or a broken one
    fake.chmod(0o755)
    done = _run(project, "fv_venv empty.lock")
    assert done.returncode == 0, done.stderr
    assert "Rebuilding .venv" in done.stdout
    version = subprocess.run([str(fake), "-c", "import sys; print(sys.version_info >= (3, 11))"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert version.stdout.strip() == "True"
    assert (project / ".venv" / ".fieldvault-lock").read_text().strip()
    again = _run(project, "fv_venv empty.lock")  # nothing changed: nothing to do
    assert again.returncode == 0
    assert "Installing" not in again.stdout


def test_a_failed_install_stops_with_one_line_saying_why(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "bad.lock").write_text("six==1.16.0 --hash=sha256:" + "0" * 64 + "\n")
    done = _run(project, "fv_venv bad.lock; echo still-running")
    assert done.returncode == 1
    assert "still-running" not in done.stdout
    assert done.stderr.strip().splitlines()[-1] == (
        "fieldvault setup: could not install the packages pinned in bad.lock (see pip's message above)"
    )


def test_without_a_python_that_fits_and_without_apt_it_says_so(tmp_path: Path) -> None:
    project = _project(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "cat", "cut", "grep", "id", "rm", "sha256sum", "dpkg"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    old = bin_dir / "python3"
    old.write_text("#!/bin/sh\nexit 1\n")  # Python 3.10: fails the version check
    old.chmod(0o755)
    done = _run(project, "fv_venv empty.lock", env={"PATH": str(bin_dir), "HOME": str(tmp_path)})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "fieldvault setup: Fieldvault needs Python >= 3.11; install it (or set PYTHON=/path/to/python3.11)"
    )
    assert not (project / ".venv").exists()
