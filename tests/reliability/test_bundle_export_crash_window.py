"""A bundle export killed at its two critical moments: before its file is in place, and after it is in
place but before the export is recorded. Either way the next bundle delivers everything, and every
complete file the expert might send is accepted by the archive.

Regression test: an export killed between linking its file and recording it used to leave a valid
bundle whose sequence number the next export reused, so the archive refused the next bundle as a
conflict and what only that one held was never delivered (vault/exchange/bundle_write.py now reserves the
number first).
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.reliability.group import add_work, make_group, open_vault, receipt_ids, revision_hashes
from tests.reliability.kill import run_driver


def test_an_export_killed_after_its_file_is_in_place_but_before_it_is_recorded_loses_nothing(
    tmp_path: Path,
) -> None:
    group = make_group(tmp_path, experts=("alice",))
    with open_vault(group.expert("alice")) as alice:
        alice.records.add_note("Harbour master", "first meeting")
    orphan = tmp_path / "orphan.fvb"

    run = run_driver(
        ["bundle", str(group.expert("alice")), str(group.archive_id), str(orphan), "since"],
        kill_after_s=None,
        env={"FIELDVAULT_DIE_BEFORE": "vault.exchange.bundle_write:_record"},
    )

    assert run.returncode == -9
    assert run.promises("wrote") == []
    assert orphan.exists()  # complete and signed: the expert may well send it
    with open_vault(group.expert("alice")) as alice:
        alice.records.add_note("Harbour master", "second meeting")
        alice.bundles.write_bundle(group.archive_id, tmp_path / "next.fvb")
        delivered = revision_hashes(alice)
    with open_vault(group.archive) as archive:
        reports = archive.bundles.merge_bundles([orphan, tmp_path / "next.fvb"])
        assert [r.status for r in reports] == ["merged", "merged"]
        assert reports[1].sequence == (reports[0].sequence or 0) + 1
        assert delivered <= revision_hashes(archive)
        assert archive.verify().ok


def test_an_export_killed_before_its_file_is_in_place_leaves_nothing_and_marks_nothing(
    tmp_path: Path,
) -> None:
    group = make_group(tmp_path, experts=("alice",))
    with open_vault(group.expert("alice")) as alice:
        add_work(alice, random.Random(3), tmp_path, notes=2, files=1)  # noqa: S311 - test data
    out = tmp_path / "killed.fvb"

    run = run_driver(
        ["bundle", str(group.expert("alice")), str(group.archive_id), str(out), "since"],
        kill_after_s=None,
        env={"FIELDVAULT_DIE_BEFORE": "os:link"},
    )

    assert run.returncode == -9
    assert not out.exists()
    with open_vault(group.expert("alice")) as alice:
        alice.bundles.write_bundle(group.archive_id, tmp_path / "next.fvb")
        delivered = revision_hashes(alice)
        assert alice.verify().ok
    with open_vault(group.archive) as archive:
        (report,) = archive.bundles.merge_bundles([tmp_path / "next.fvb"])
        assert report.status == "merged"
        assert report.new_attachments == 1
        assert revision_hashes(archive) == delivered
        assert len(receipt_ids(archive)) == 1
