"""A bundle written to a filesystem without hard links (FAT or exFAT: the USB sticks bundles travel on).

Regression test: the export linked its finished temporary file into place and took any failure of
that link for "disk full or no permission", so no bundle could be written onto such a stick.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.reliability.group import make_group, open_vault, revision_hashes
from vault.errors import InvalidInput


def _no_hard_links(source: object, target: object) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")  # what link(2) says on vfat


def test_a_bundle_can_be_written_where_hard_links_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = make_group(tmp_path, experts=("alice",))
    stick = tmp_path / "stick"
    stick.mkdir()
    with open_vault(group.expert("alice")) as alice:
        alice.records.add_note("Harbour master", "container numbers")
        monkeypatch.setattr(os, "link", _no_hard_links)
        alice.bundles.write_bundle(group.archive_id, stick / "b1.fvb")
        (stick / "taken.fvb").write_bytes(b"someone else's file")
        with pytest.raises(InvalidInput, match="already exists"):
            alice.bundles.write_bundle(group.archive_id, stick / "taken.fvb")
        monkeypatch.undo()
        delivered = revision_hashes(alice)
    assert sorted(p.name for p in stick.iterdir()) == ["b1.fvb", "taken.fvb"]  # no temporary file left
    assert (stick / "taken.fvb").read_bytes() == b"someone else's file"
    with open_vault(group.archive) as archive:
        assert archive.bundles.merge_bundles([stick / "b1.fvb"])[0].status == "merged"
        assert revision_hashes(archive) == delivered
