"""The handover manifest: what the reader accepts is exactly what the writer produces."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from vault import canonical
from vault.exchange import handover_package as hp
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.bundle_manifest import FileEntry

SHA = "ab" * 32
OTHER = "cd" * 32
UUID = "2f1c1a6e-6c43-4d0e-9a55-0b2a4f7f3e11"


def manifest() -> hp.Manifest:
    return hp.Manifest(
        UUID,
        "2026-03-01T10:00:00.000Z",
        "11" * 32,
        "22" * 32,
        "33" * 32,
        "44" * 32,
        (UUID,),
        5,
        (
            FileEntry("revisions.jsonl", SHA, 10),
            FileEntry("memo.docx", OTHER, 20),
            FileEntry(f"attachments/{SHA}", SHA, 3),
        ),
    )


def encoded(doc: dict[str, Any]) -> bytes:
    return canonical.dumps(doc) + b"\n"


def test_a_manifest_round_trips() -> None:
    m = manifest()
    assert hp.parse(m.encode()) == m
    assert hp.render_sums("ff" * 32, m).decode().splitlines() == [
        f"{'ff' * 32}  manifest.json",
        f"{SHA}  revisions.jsonl",
        f"{OTHER}  memo.docx",
        f"{SHA}  attachments/{SHA}",
    ]


def _altered(change: Any) -> bytes:
    doc = copy.deepcopy(manifest().to_json())
    change(doc)
    return encoded(doc)


@pytest.mark.parametrize(
    ("change", "reason", "words"),
    [
        (lambda d: d.update(format="fieldvault-bundle"), "format", "not a Fieldvault handover package"),
        (lambda d: d["entries"][2].update(path="../../etc/passwd"), "path", "path traversal"),
        (lambda d: d["entries"][2].update(path="notes.txt"), "path", "does not allow"),
        (lambda d: d["entries"][2].update(path=f"attachments/{OTHER}"), "format", "misnamed"),
        (lambda d: d["entries"].append(dict(d["entries"][2])), "duplicate", "twice"),
        (lambda d: d["entries"].reverse(), "format", "revisions and memo first"),
        (lambda d: d["entries"][1].update(size=hp.MAX_MEMO_BYTES + 1), "size", "memo is over the size limit"),
        (lambda d: d["sender"].update(key="not hex"), "format", "malformed sender"),
        (lambda d: d.update(investigations=["../x"]), "format", "investigations"),
        (lambda d: d["entries"][0].pop("count"), "format", "revision count"),
    ],
)
def test_a_malformed_manifest_is_refused_with_its_reason(change: Any, reason: str, words: str) -> None:
    with pytest.raises(BundleRefused, match=words) as caught:
        hp.parse(_altered(change))
    assert caught.value.reason == reason


def test_a_manifest_not_in_canonical_form_is_refused() -> None:
    spaced = manifest().encode().replace(b",", b", ", 1)
    with pytest.raises(BundleRefused, match="canonical"):
        hp.parse(spaced)
