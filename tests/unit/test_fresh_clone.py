"""A fresh clone with nothing beside it runs every test: no test reads a path outside the checkout."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ``../shared`` sits beside the checkout only on the project's own machines; a user's clone lacks it.
_OUTSIDE = re.compile(r"""\.\./shared|["']shared["']\s*/|/\s*["']shared["']""")


def test_no_test_reads_the_folder_beside_the_checkout() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("tests", "bench", "scripts", ".ci")
        for path in (ROOT / folder).rglob("*")
        if path.is_file()
        and path.suffix in (".py", ".sh", "")
        and path != Path(__file__).resolve()
        and _OUTSIDE.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_the_age_vectors_travel_with_the_tests() -> None:
    vectors = ROOT / "tests" / "data" / "age-cctv"
    assert (vectors / "SOURCE.md").is_file()
    assert (vectors / "FORMAT.md").is_file()
    assert len([p for p in vectors.iterdir() if p.suffix == ""]) > 100
