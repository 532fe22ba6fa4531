"""The handover package format: the bundle container, addressed to one successor.

Same machinery as a bundle (bundle_manifest.py, docs/VERIFYING.md): an age file encrypted to the
successor's X25519 key around a strict ustar archive holding, in this order::

    manifest.json        canonical JSON: format "fieldvault-handover", package id, sender and successor
                         keys, the investigations handed over, the records in scope (every record the
                         package may write to), every entry's path, size and SHA-256
    manifest.json.sig    SSH signature (namespace "fieldvault-handover") of manifest.json by the sender
    SHA256SUMS           "<sha256>  <path>" for manifest.json and every entry
    SHA256SUMS.sig       SSH signature of SHA256SUMS
    revisions.jsonl      the current revision of every record handed over (bundle line encoding)
    memo.docx            the handover memo, readable in any word processor
    attachments/<sha256> the working documents and photographs, named by their SHA-256

Its own format name and signature namespace keep a package from being merged as a bundle into an
archive, or a bundle from being received as a handover. Stock tools check it as they check a bundle:
``age -d -i KEY``, ``tar -x``, ``ssh-keygen -Y verify -n fieldvault-handover``, ``sha256sum -c``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vault import canonical
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.bundle_manifest import (
    ATTACHMENTS,
    MAX_ATTACHMENT_BYTES,
    MAX_ENTRIES,
    REVISIONS,
    FileEntry,
)
from vault.messages import Text

FORMAT = "fieldvault-handover"
VERSION = 2  # 2: the records in scope are listed (and signed); a version 1 package is refused
MAX_RECORDS = 1_000_000
NAMESPACE = "fieldvault-handover"
MEMO = "memo.docx"
MAX_MEMO_BYTES = 64 * 1024**2
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEYS = {
    "format", "version", "handover_id", "created_at", "sender", "successor", "investigations", "records",
    "entries",
}  # fmt: skip


@dataclass(frozen=True)
class Manifest:
    handover_id: str
    created_at: str
    sender_key: str  # Ed25519, hex: the signer
    sender_agree: str  # X25519, hex
    successor_key: str
    successor_agree: str
    investigations: tuple[str, ...]
    revision_count: int
    entries: tuple[FileEntry, ...]
    records: tuple[str, ...] = ()  # the scope: every record the package may write to, sorted

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "handover_id": self.handover_id,
            "created_at": self.created_at,
            "sender": {"key": self.sender_key, "agree": self.sender_agree},
            "successor": {"key": self.successor_key, "agree": self.successor_agree},
            "investigations": list(self.investigations),
            "records": list(self.records),
            "entries": [
                {"path": e.path, "sha256": e.sha256, "size": e.size}
                | ({"count": self.revision_count} if e.path == REVISIONS else {})
                for e in self.entries
            ],
        }

    def encode(self) -> bytes:
        return canonical.dumps(self.to_json()) + b"\n"

    @property
    def attachments(self) -> tuple[FileEntry, ...]:
        return tuple(e for e in self.entries if e.path.startswith(ATTACHMENTS))


def _refuse(message: str, reason: str = "format") -> BundleRefused:
    return BundleRefused(reason, message)


def _keys(value: object, malformed: str) -> tuple[str, str]:
    """The key pair in ``value``; ``malformed`` is the refusal when it is not one."""
    if not isinstance(value, dict) or set(value) != {"key", "agree"}:
        raise _refuse(malformed)
    key, agree = value["key"], value["agree"]
    if not (isinstance(key, str) and _HEX64.match(key) and isinstance(agree, str) and _HEX64.match(agree)):
        raise _refuse(malformed)
    return key, agree


def _entry(raw: object) -> tuple[FileEntry, int | None]:
    if not isinstance(raw, Mapping) or not {"path", "sha256", "size"} <= set(raw) <= {
        "path",
        "sha256",
        "size",
        "count",
    }:
        raise _refuse(Text("the handover manifest has a malformed entry"))
    path, sha, size = raw["path"], raw["sha256"], raw["size"]
    if not isinstance(path, str) or path.startswith("/") or ".." in path.split("/") or "\\" in path:
        raise _refuse(Text("the package holds a path that leaves its folder (path traversal)"), "path")
    if (
        not isinstance(sha, str)
        or not _HEX64.match(sha)
        or not isinstance(size, int)
        or isinstance(size, bool)
        or size < 0
    ):
        raise _refuse(Text("the handover manifest has a malformed entry"))
    if path == MEMO and size > MAX_MEMO_BYTES:
        raise _refuse(Text("the handover memo is over the size limit"), "size")
    if path.startswith(ATTACHMENTS):
        if path[len(ATTACHMENTS) :] != sha:
            raise _refuse(Text("an attachment in the package is misnamed"))
        if size > MAX_ATTACHMENT_BYTES:
            raise _refuse(Text("an attachment in the package is over the size limit"), "size")
    elif path not in (REVISIONS, MEMO):
        raise _refuse(Text("the package holds an entry whose name the format does not allow"), "path")
    count = raw.get("count")
    if path == REVISIONS and (not isinstance(count, int) or isinstance(count, bool) or count < 0):
        raise _refuse(Text("the handover manifest has a malformed revision count"))
    return FileEntry(path, sha, size), count if path == REVISIONS else None


def parse(untrusted: bytes) -> Manifest:
    """A manifest from its signed bytes, every field checked; BundleRefused naming the problem."""
    try:
        doc = canonical.loads(untrusted)
    except ValueError:
        raise _refuse(Text("the handover manifest is not valid JSON")) from None
    if not isinstance(doc, dict) or set(doc) != _KEYS:
        raise _refuse(Text("the file is not a Fieldvault handover package (is it a bundle?)"))
    if doc["format"] != FORMAT or doc["version"] != VERSION:
        raise _refuse(Text("the file is not a Fieldvault handover package of a version this program reads"))
    if canonical.dumps(doc) + b"\n" != untrusted:
        raise _refuse(Text("the handover manifest is not in canonical form"))
    if not isinstance(doc["handover_id"], str) or not _UUID.match(doc["handover_id"]):
        raise _refuse(Text("the handover manifest has a malformed package id"))
    if not isinstance(doc["created_at"], str) or len(doc["created_at"]) > 40:
        raise _refuse(Text("the handover manifest has a malformed date"))
    sender = _keys(doc["sender"], Text("the handover manifest has a malformed sender"))
    successor = _keys(doc["successor"], Text("the handover manifest has a malformed successor"))
    invs = doc["investigations"]
    if not isinstance(invs, list) or not all(isinstance(i, str) and _UUID.match(i) for i in invs):
        raise _refuse(Text("the handover manifest has a malformed list of investigations"))
    scope = doc["records"]
    if (
        not isinstance(scope, list)
        or len(scope) > MAX_RECORDS
        or not all(isinstance(r, str) and _UUID.match(r) for r in scope)
        or scope != sorted(set(scope))
    ):
        raise _refuse(Text("the handover manifest has a malformed list of records"))
    raw_entries = doc["entries"]
    if not isinstance(raw_entries, list) or len(raw_entries) > MAX_ENTRIES:
        raise _refuse(Text("the handover manifest lists too many entries"), "size")
    parsed = [_entry(raw) for raw in raw_entries]
    entries = tuple(e for e, _ in parsed)
    if [e.path for e in entries[:2]] != [REVISIONS, MEMO]:
        raise _refuse(Text("the handover manifest does not list its revisions and memo first"))
    if len({e.path for e in entries}) != len(entries):
        raise _refuse(Text("the package lists the same entry twice"), "duplicate")
    return Manifest(
        doc["handover_id"],
        doc["created_at"],
        *sender,
        *successor,
        tuple(invs),
        int(parsed[0][1] or 0),
        entries,
        tuple(scope),
    )


def render_sums(manifest_sha256: str, manifest: Manifest) -> bytes:
    """SHA256SUMS: the manifest and every entry, in archive order (``sha256sum -c`` reads it)."""
    lines = [f"{manifest_sha256}  manifest.json\n", *(f"{e.sha256}  {e.path}\n" for e in manifest.entries)]
    return "".join(lines).encode("ascii")
