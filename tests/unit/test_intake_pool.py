"""Worker processes: results by key, and a crashing, hanging or lying reader costs one file, not the batch.

The handlers below run inside the worker processes (the pool imports them by name).
"""

from __future__ import annotations

import json
import os
import struct
import tempfile
import time
from typing import Any

import pytest

from tests import media
from vault.errors import Cancelled
from vault.intake import detect, wire
from vault.intake.examine import examine
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool

HERE = "tests.unit.test_intake_pool"


def misbehaving(data: bytes) -> Findings:
    """Examine normally, except for a few trigger payloads."""
    if data == b"crash":
        os.abort()
    if data == b"hang":
        time.sleep(3600)
    if data == b"environment":
        leaked = sorted(k for k in os.environ if k.startswith("FIELDVAULT_"))
        return Findings(detect.TEXT, metadata={"leaked": leaked})
    if data == b"write a file":
        try:
            with tempfile.NamedTemporaryFile(dir=os.environ.get("FV_TEST_DIR")) as handle:
                handle.write(b"plaintext evidence" * 1000)
                handle.flush()
            return Findings(detect.TEXT, metadata={"wrote": True})
        except OSError:
            return Findings(detect.TEXT, metadata={"wrote": False})
    return examine(data)


def lying(data: bytes) -> Findings:
    """A compromised worker would send anything; here: a thumbnail that is not a JPEG."""
    return Findings(detect.JPEG, thumbnail=b"GIF89a not a jpeg")


def test_results_come_back_by_key_in_any_order() -> None:
    with ExaminerPool(2) as pool:
        pool.submit(1, media.pdf(["first"]))
        pool.submit(2, media.jpeg())
        pool.submit(3, media.docx_file())
        assert pool.result(3).media_type == detect.DOCX
        assert pool.result(1).pages[0][1].startswith("first")
        photo = pool.result(2)
        assert photo.thumbnail is not None
        assert photo.metadata["camera_make"] == "Canon"


def test_a_reader_that_crashes_costs_only_its_file() -> None:
    with ExaminerPool(1, handler=f"{HERE}:misbehaving") as pool:
        pool.submit(1, b"crash")
        pool.submit(2, media.jpeg())
        crashed = pool.result(1)
        assert crashed.warning == "could not be read: the file made the reader crash"
        assert pool.result(2).problem is None


def test_a_reader_that_hangs_is_stopped_and_the_next_file_is_read() -> None:
    with ExaminerPool(1, timeout_s=1.0, handler=f"{HERE}:misbehaving") as pool:
        pool.submit(1, b"hang")
        pool.submit(2, media.png())
        hung = pool.result(1)
        assert hung.warning == "could not be read: examining it took longer than 1 s"
        assert pool.result(2).media_type == detect.PNG


def test_workers_get_no_fieldvault_secrets_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "correct horse battery staple")
    with ExaminerPool(1, handler=f"{HERE}:misbehaving") as pool:
        pool.submit(1, b"environment")
        assert pool.result(1).metadata == {"leaked": []}


def test_workers_cannot_write_files(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("FV_TEST_DIR", str(tmp_path))
    with ExaminerPool(1, handler=f"{HERE}:misbehaving") as pool:
        pool.submit(1, b"write a file")
        assert pool.result(1).metadata == {"wrote": False}


def test_a_malformed_answer_is_refused() -> None:
    with ExaminerPool(1, handler=f"{HERE}:lying") as pool:
        pool.submit(1, media.jpeg())
        refused = pool.result(1)
        assert refused.warning == "could not be read: the reader returned a malformed result"
        assert refused.thumbnail is None


def test_waiting_can_be_cancelled() -> None:
    with ExaminerPool(1, handler=f"{HERE}:misbehaving") as pool:
        pool.submit(1, b"hang")
        with pytest.raises(Cancelled):
            pool.result(1, cancelled=lambda: True)


def _message(doc: dict[str, Any], thumbnail: bytes = b"", trailer: bytes = b"") -> bytes:
    body = json.dumps({"thumbnail_size": len(thumbnail), **doc}).encode()
    return struct.pack("<I", len(body)) + body + thumbnail + trailer


def _raw(text: str) -> bytes:
    body = text.encode()
    return struct.pack("<I", len(body)) + body


GOOD: dict[str, Any] = {
    "media_type": "text/plain",
    "metadata": {},
    "pages": [[0, "x"]],
    "parts": [["text", "x"]],
    "unread": [],
    "problem": None,
    "notes": [],
    "attachments": [],
}
INNER = _message(GOOD)
ATTACHED = {"name": "a.txt", "parent": -1, "size": 2, "findings_size": len(INNER)}


def test_the_wire_format_round_trips() -> None:
    original = examine(media.pdf(["text"]))
    again = wire.decode(wire.encode(original))
    assert (again.media_type, again.metadata, again.pages) == (
        original.media_type,
        original.metadata,
        original.pages,
    )
    assert wire.decode(_message(GOOD)).pages == [(0, "x")]
    [attached] = wire.decode(_message({**GOOD, "attachments": [ATTACHED]}, trailer=b"hi" + INNER)).attachments
    assert (attached.name, attached.data, attached.parent) == ("a.txt", b"hi", -1)
    assert again.parts == original.parts
    assert any("text" in text for _, text in again.parts)


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        _message(GOOD)[:-3],
        _message({**GOOD, "pages": [[-1, "x"]]}),
        _message({**GOOD, "pages": [["1", "x"]]}),
        _message({**GOOD, "metadata": []}),
        _message({**GOOD, "media_type": ""}),
        _message({**GOOD, "problem": 7}),
        _message({**GOOD, "parts": [["place"]]}),
        _message({**GOOD, "parts": [[1, "x"]]}),
        _message({k: v for k, v in GOOD.items() if k != "parts"}),
        _message({**GOOD, "unread": [3]}),
        _message(GOOD, thumbnail=b"GIF89a"),
        _raw(json.dumps(GOOD).replace('"notes": []', '"notes": [NaN]')),
        struct.pack("<I", 5) + b"\x80abcd",
        _message({**GOOD, "attachments": [ATTACHED]}, trailer=b"hi" + INNER + b"x"),  # bytes left over
        _message({**GOOD, "attachments": [ATTACHED]}, trailer=b"hi" + INNER[:-1]),  # cut short
        _message({**GOOD, "attachments": [{**ATTACHED, "parent": 0}]}, trailer=b"hi" + INNER),  # itself
        _message({**GOOD, "attachments": [{**ATTACHED, "size": -1}]}, trailer=b"hi" + INNER),
        _message(
            {**GOOD, "attachments": [ATTACHED]},
            trailer=b"hi" + _message({**GOOD, "attachments": [ATTACHED]}, trailer=b"hi" + INNER),
        ),  # an attachment's findings carry no attachments
        _message({**GOOD, "thumbnail_size": 9}),
    ],
)
def test_the_wire_format_refuses_what_is_out_of_shape(bad: bytes) -> None:
    with pytest.raises(wire.BadMessage):
        wire.decode(bad)
