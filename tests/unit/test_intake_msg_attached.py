"""An Outlook message attached inside another (tests/data/msg-poi, real files from Apache POI, Apache-2.0)
is stored as an evidence item of its own, "attached to" the message it came in, as Outlook would save it:
its headers, body and own attachments read the same as from the file Outlook itself extracted."""

from __future__ import annotations

import io
from pathlib import Path

import olefile  # type: ignore[import-untyped]
import pytest

from app.service import VaultService
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.intake import detect
from vault.intake.examine import examine
from vault.readers import outlook
from vault.readers.cfb_write import Tree, write

POI = Path(__file__).resolve().parents[1] / "data" / "msg-poi"


def test_an_attached_message_reads_as_the_file_outlook_extracted() -> None:
    outer = examine((POI / "58214_with_attachment.msg").read_bytes())
    [attached] = outer.attachments
    assert attached.name == "Untitled Attachment.msg"
    ours = examine(attached.data)
    outlooks = examine((POI / "58214_extracted_attachment.msg").read_bytes())
    assert ours.problem is None
    assert ours.media_type == detect.MSG
    assert ours.metadata == outlooks.metadata
    assert ours.metadata["subject"] == "Test mail attachment"
    assert ours.pages == outlooks.pages


def test_an_attached_message_sits_beside_the_other_attachments() -> None:
    found = examine((POI / "attachment_msg_pdf.msg").read_bytes())
    names = sorted((a.name or "", detect.media_type(a.data)) for a in found.attachments)
    assert names == [("Test Attachment.msg", detect.MSG), ("smbprn.00009008.KdcPjl.pdf", detect.PDF)]
    inner = examine(next(a.data for a in found.attachments if a.name == "Test Attachment.msg"))
    assert inner.metadata["subject"] == "Test Attachment"
    assert "Blah blah blah" in inner.pages[0][1]


def test_the_attached_message_file_keeps_every_stream_and_the_named_property_map() -> None:
    data = (POI / "58214_with_attachment.msg").read_bytes()
    with olefile.OleFileIO(data) as ole:
        storage = ["__attach_version1.0_#00000000", "__substg1.0_3701000D"]
        inside = {
            tuple(p[2:]): ole.openstream(p).read()
            for p in ole.listdir(streams=True, storages=False)
            if p[:2] == storage
        }
        named = {tuple(p): ole.openstream(p).read() for p in ole.listdir() if p[0] == "__nameid_version1.0"}
        single = outlook.message_file(ole, storage)
    assert single is not None
    with olefile.OleFileIO(io.BytesIO(single)) as copy:
        for path, content in inside.items():
            read = copy.openstream(list(path)).read()
            if path == ("__properties_version1.0",):  # a top-level header is 8 bytes longer
                assert read == content[:24] + bytes(8) + content[24:]
            else:
                assert read == content, path
        for path, content in named.items():
            assert copy.openstream(list(path)).read() == content


def test_an_attached_message_is_stored_as_its_own_item_and_searchable(
    service: VaultService, tmp_path: Path
) -> None:
    [outcome] = service.evidence.import_files([POI / "attachment_msg_pdf.msg"]).outcomes
    assert outcome.id is not None
    assert len(outcome.attachments) == 2
    items = {service.get(a).body["name"]: service.get(a).body for a in outcome.attachments}
    message = items["Test Attachment.msg"]
    assert (message["attached_to"], message["media_type"]) == (outcome.id, detect.MSG)
    assert message["metadata"]["subject"] == "Test Attachment"
    hits = [h.id for h in service.records.search("Blah blah")]
    assert any(service.get(h).body.get("name") == "Test Attachment.msg" for h in hits)


def _embedded(subject: str, body: str, inner: Tree | None = None) -> Tree:
    """An Outlook message as it sits inside an attachment's storage (24-byte property header)."""
    tree: Tree = {
        "__properties_version1.0": bytes(24),
        "__substg1.0_0037001F": subject.encode("utf-16-le"),
        "__substg1.0_1000001F": body.encode("utf-16-le"),
    }
    if inner is not None:
        tree["__attach_version1.0_#00000000"] = {"__substg1.0_3701000D": inner}
    return tree


def test_messages_attached_two_deep_are_items_in_turn_and_the_gate_stops_each(
    service: VaultService, tmp_path: Path
) -> None:
    world = protected_world(service, tmp_path)
    deepest = _embedded("Original", f"Notes of the meeting with {PROTECTED_NAME}.")
    middle = _embedded("Fwd: Original", "See below.", deepest)
    outer: Tree = {
        "__properties_version1.0": bytes(32),
        "__substg1.0_0037001F": "Fwd: Fwd: Original".encode("utf-16-le"),
        "__substg1.0_1000001F": "For the file.".encode("utf-16-le"),
        "__attach_version1.0_#00000000": {
            "__substg1.0_3001001F": "Fwd: Original".encode("utf-16-le"),
            "__substg1.0_3701000D": middle,
        },
    }
    path = tmp_path / "outer.msg"
    path.write_bytes(write(outer))
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    second, third = outcome.attachments  # every item the message brought, in the order found
    body = service.get(second).body
    assert (body["name"], body["attached_to"]) == ("Fwd: Original.msg", outcome.id)
    assert service.get(third).body["attached_to"] == second
    assert service.get(third).body["metadata"]["subject"] == "Original"
    for item in (outcome.id or "", second, third):
        with pytest.raises(LeakRefused, match="name of source S-001"):
            service.evidence.export_file(item, tmp_path / "out.msg")


def test_an_attached_message_too_large_to_copy_is_counted_and_still_read_by_the_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (POI / "58214_with_attachment.msg").read_bytes()
    monkeypatch.setattr(outlook, "MAX_STREAM_BYTES", 2_000)  # smaller than the attached message
    found = examine(data)
    assert found.attachments == []
    assert any("too large or malformed" in str(note) for note in found.notes)
    monkeypatch.undo()
    parts = outlook.read_msg(data).parts
    assert any("3701000D" in p.location and "Test mail attachment" in p.text for p in parts)


def test_many_attached_messages_do_not_multiply_a_large_named_property_map(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each attached message's file carries the parent's named-property map: 40 of them and a map of
    # 100 KiB would make 4 MB; the copies stop at the budget and the rest are counted, not made
    monkeypatch.setattr(outlook, "MAX_STREAM_BYTES", 1_000_000)
    tree: Tree = {"__nameid_version1.0": {"__substg1.0_00020102": bytes(100_000)}}
    for n in range(40):
        tree[f"__attach_version1.0_#{n:08X}"] = {"__substg1.0_3701000D": _embedded(f"m{n}", "text")}
    message = outlook.message(write(tree))
    assert 0 < len(message.attachments) < 10
    assert len(message.attachments) + message.embedded_messages == 40
    assert sum(len(a.data) for a in message.attachments) <= 1_000_000
