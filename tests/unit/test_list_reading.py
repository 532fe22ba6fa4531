"""What the outbound gate holds of an imported Consolidated List: the intake's reading of its bytes, like
any original (comments included), examined again when the pipeline improves; bytes held as evidence
keep their full reading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.service import VaultService
from vault.intake import derived, pending

LIST = Path(__file__).parents[1] / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


def test_a_list_is_read_like_an_original(service: VaultService, tmp_path: Path) -> None:
    crafted = tmp_path / "list.xml"
    crafted.write_bytes(LIST.read_bytes() + b"<!-- a comment the list parser drops -->\n")
    version = service.lists.import_list(crafted).version
    found = derived.reading(service._vault.conn, version.sha256)
    assert found is not None
    assert "a comment the list parser drops" in " ".join(t for _, t in found[0])


def test_a_list_stays_readable_by_the_gate_when_the_pipeline_improves(
    service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = service.lists.import_list(LIST).version
    conn = service._vault.conn
    assert derived.reading(conn, version.sha256) is not None
    monkeypatch.setattr(derived, "PIPELINE_VERSION", derived.PIPELINE_VERSION + 1)
    assert derived.reading(conn, version.sha256) is None  # stale: the gate will not vouch for it
    assert version.sha256 in pending.pending(conn)  # so it is examined again
    assert service.examine_pending() >= 1
    again = derived.reading(conn, version.sha256)
    assert again is not None
    assert again[0]


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
