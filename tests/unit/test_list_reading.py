"""What the outbound gate holds of an imported Consolidated List: public text read by its own parser, which
stays read when the examination pipeline improves; bytes held as evidence keep their full reading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.service import VaultService
from vault.intake import derived

LIST = Path(__file__).parents[1] / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


def test_a_list_stays_read_when_the_pipeline_improves(
    service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = service.lists.import_list(LIST).version
    conn = service._vault.conn
    assert derived.reading(conn, version.sha256) == ([], [])
    monkeypatch.setattr(derived, "PIPELINE_VERSION", derived.PIPELINE_VERSION + 1)
    assert derived.reading(conn, version.sha256) == ([], [])  # not "unread": bundles still carry it


def test_bytes_held_as_evidence_keep_their_reading_when_imported_as_a_list(
    service: VaultService, tmp_path: Path
) -> None:
    copy = tmp_path / "list.xml"
    shutil.copyfile(LIST, copy)
    item = service.evidence.import_files([copy]).outcomes[0].id
    assert item is not None
    sha = str(service.get(item).body["sha256"])
    before = derived.reading(service._vault.conn, sha)
    assert before is not None
    assert before[0]  # the evidence reading has the file's text
    assert service.lists.import_list(copy).version.sha256 == sha
    assert derived.reading(service._vault.conn, sha) == before  # not replaced by the list's empty reading
