"""import_files(on_outcome=…): each file's outcome is reported as soon as it is decided, already stored."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from app.service import FileOutcome, VaultService


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


def test_each_outcome_is_reported_once_its_file_is_committed(service: VaultService, tmp_path: Path) -> None:
    paths = []
    for n, colour in enumerate(((200, 0, 0), (0, 200, 0), (0, 0, 200))):
        path = tmp_path / f"photo-{n}.jpg"
        path.write_bytes(_jpeg(colour))
        paths.append(path)
    missing = tmp_path / "gone.jpg"
    seen: list[FileOutcome] = []
    stored_when_seen: list[bool] = []

    def on_outcome(outcome: FileOutcome) -> None:
        seen.append(outcome)
        stored_when_seen.append(outcome.id is not None and service.get(outcome.id).kind == "evidence")

    report = service.evidence.import_files([*paths, missing], on_outcome=on_outcome, workers=2)
    assert tuple(seen) == report.outcomes
    assert [o.name for o in seen] == ["photo-0.jpg", "photo-1.jpg", "photo-2.jpg", "gone.jpg"]
    assert stored_when_seen == [True, True, True, False]
    assert seen[-1].error is not None


def test_a_cancelled_import_reports_only_what_was_stored(service: VaultService, tmp_path: Path) -> None:
    paths = []
    for n in range(4):
        path = tmp_path / f"p{n}.jpg"
        path.write_bytes(_jpeg((n * 40, 10, 10)))
        paths.append(path)
    seen: list[FileOutcome] = []
    started: list[int] = [-1]  # the file being stored: cancelled once the third one starts
    report = service.evidence.import_files(
        paths,
        on_outcome=seen.append,
        progress=lambda p: started.append(p.index),
        cancelled=lambda: started[-1] >= 2,
        workers=1,
    )
    assert report.cancelled
    assert tuple(seen) == report.outcomes
    assert len(seen) == 2
    assert service.records.count("evidence") == 2
