"""Small files of one import share a commit (vault/intake/grouped.py), and each is reported only once
that commit is done: whoever is told a file is stored can read it back at that moment."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.service import FileOutcome, VaultService
from vault.intake import grouped


def _photos(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        out = io.BytesIO()
        Image.new("RGB", (64, 48), (n * 20, 90, 160)).save(out, "JPEG")
        path = folder / f"photo-{n}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def test_small_files_share_one_commit_and_are_reported_after_it(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grouped, "MAX_SECONDS", 600.0)  # a slow machine must not split the group
    paths = _photos(tmp_path, 10)
    commits: list[str] = []
    service._vault.conn.set_trace_callback(
        lambda sql: commits.append(sql) if sql.strip() == "COMMIT" else None
    )
    held_when_told: list[int] = []

    def told(outcome: FileOutcome) -> None:
        held_when_told.append(service.records.count("evidence"))

    report = service.evidence.import_files(paths, on_outcome=told, workers=2)
    service._vault.conn.set_trace_callback(None)

    assert [o.name for o in report.outcomes] == [p.name for p in paths]
    assert all(o.error is None for o in report.outcomes)
    assert len(commits) == 1
    assert held_when_told == [10] * 10  # all of them committed before the first was reported


def test_a_larger_file_is_committed_alone_after_the_group_before_it(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grouped, "MAX_SECONDS", 600.0)
    paths = _photos(tmp_path, 3)
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x00" * (grouped.ALONE_BYTES + 1))
    counts: list[int] = []

    report = service.evidence.import_files(
        [*paths, big],
        on_outcome=lambda o: counts.append(service.records.count("evidence")),
        workers=1,
    )

    assert [o.error for o in report.outcomes] == [None] * 4
    assert counts == [3, 3, 3, 4]  # the group of three committed before the large file went in
