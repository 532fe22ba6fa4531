"""What a bundle holds and how each part is encoded: the manifest, the checksum list, the line formats.

A bundle is an age file around a ustar archive of, in this order::

    manifest.json        canonical JSON: format, bundle id, sender keys, sequence, ranges, every entry's
                         path, size and SHA-256
    manifest.json.sig    SSH signature (namespace "fieldvault-bundle") of manifest.json by the sender
    SHA256SUMS           "<sha256>  <path>" for manifest.json and every entry (``sha256sum -c`` reads it)
    SHA256SUMS.sig       SSH signature of SHA256SUMS
    revisions.jsonl      one revision per line (canonical JSON of Revision.to_json())
    audit.jsonl          the sender's audit-chain entries in the bundle's range, one per line
    attachments/<sha256> each attachment's bytes, named by their SHA-256

The line encodings are deterministic, so the archive can recompute the revisions and audit files from
what it stored and check them against the signed manifest at any later time (vault.storage.integrity).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from vault import canonical
from vault.exchange.bundle_errors import BundleRefused
from vault.messages import Text
from vault.storage import audit, hlc
from vault.storage.revisions import Revision

FORMAT = "fieldvault-bundle"
VERSION = 1
NAMESPACE = "fieldvault-bundle"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.json.sig"
SUMS = "SHA256SUMS"
SUMS_SIG = "SHA256SUMS.sig"
REVISIONS = "revisions.jsonl"
AUDIT = "audit.jsonl"
ATTACHMENTS = "attachments/"
HEAD_ENTRIES = (MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG)

MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_SIG_BYTES = 4096
MAX_LINE_BYTES = 16 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 16 * 1024**3
MAX_TOTAL_BYTES = 1024**4
MAX_ENTRIES = 2_000_000

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    sender_key: str
    sender_age: str
    created_at: str
    sequence: int
    everything: bool
    recipients: tuple[str, ...]
    revisions_after: int
    revisions_through: int
    revision_count: int
    audit_after: int
    audit_through: int
    audit_count: int
    entries: tuple[FileEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "bundle_id": self.bundle_id,
            "sender": {"key": self.sender_key, "age": self.sender_age},
            "created_at": self.created_at,
            "sequence": self.sequence,
            "everything": self.everything,
            "recipients": list(self.recipients),
            "revisions": {
                "after": self.revisions_after,
                "through": self.revisions_through,
                "count": self.revision_count,
            },
            "audit": {"after": self.audit_after, "through": self.audit_through, "count": self.audit_count},
            "entries": [{"path": e.path, "sha256": e.sha256, "size": e.size} for e in self.entries],
        }

    def encode(self) -> bytes:
        return canonical.dumps(self.to_json()) + b"\n"

    def entry(self, path: str) -> FileEntry:
        for e in self.entries:
            if e.path == path:
                return e
        raise KeyError(path)

    @property
    def attachments(self) -> tuple[FileEntry, ...]:
        return tuple(e for e in self.entries if e.path.startswith(ATTACHMENTS))


def render_sums(manifest_sha256: str, manifest: Manifest) -> bytes:
    """The SHA256SUMS file: the manifest and every entry, in archive order."""
    lines = [f"{manifest_sha256}  {MANIFEST}\n"]
    lines += [f"{e.sha256}  {e.path}\n" for e in manifest.entries]
    return "".join(lines).encode("ascii")


def _refuse(message: str, reason: str = "format") -> BundleRefused:
    return BundleRefused(reason, message)


def _load(untrusted: bytes, message: str) -> Any:
    """JSON from the bundle; anything json refuses (nesting too deep included) is ``message``."""
    try:
        return canonical.loads(untrusted)
    except (ValueError, RecursionError):
        raise _refuse(message) from None


def _is_canonical(encode: Callable[[], bytes], untrusted: bytes) -> bool:
    """Whether re-encoding gives the bytes received; a value canonical JSON cannot hold (a float,
    nesting deeper than it allows) never does."""
    try:
        return encode() == untrusted
    except (ValueError, RecursionError):
        return False


def _int(value: object, message: str) -> int:
    """``value`` as a count or position; ``message`` (the manifest's malformed field) otherwise."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _refuse(message)
    return value


def _obj(value: object, keys: set[str], message: str) -> Mapping[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _refuse(message)
    return value


def check_entry_path(path: object) -> str:
    """A manifest entry's path, refused unless it is one the format defines."""
    if not isinstance(path, str):
        raise _refuse(Text("the bundle manifest has a malformed entry"))
    if path.startswith("/") or "\\" in path or ".." in path.split("/") or "\0" in path:
        raise _refuse(Text("the bundle holds a path that leaves its folder (path traversal)"), "path")
    if path in (REVISIONS, AUDIT):
        return path
    if path.startswith(ATTACHMENTS) and _HEX64.match(path[len(ATTACHMENTS) :]):
        return path
    raise _refuse(Text("the bundle holds an entry whose name the format does not allow"), "path")


def parse(untrusted: bytes) -> Manifest:
    """A manifest from its bytes, every field checked; BundleRefused naming the problem otherwise."""
    doc = _load(untrusted, Text("the bundle manifest is not valid JSON"))
    top = _obj(
        doc,
        {
            "format",
            "version",
            "bundle_id",
            "sender",
            "created_at",
            "sequence",
            "everything",
            "recipients",
            "revisions",
            "audit",
            "entries",
        },
        Text("the bundle manifest has a malformed structure"),
    )
    if top["format"] != FORMAT or top["version"] != VERSION:
        raise _refuse(Text("the file is not a Fieldvault bundle of a version this program reads"))
    if not _is_canonical(lambda: canonical.dumps(doc) + b"\n", untrusted):
        raise _refuse(Text("the bundle manifest is not in canonical form"))
    sender = _obj(top["sender"], {"key", "age"}, Text("the bundle manifest has a malformed sender"))
    if not isinstance(top["bundle_id"], str) or not _UUID.match(top["bundle_id"]):
        raise _refuse(Text("the bundle manifest has a malformed bundle id"))
    if not isinstance(sender["key"], str) or not _HEX64.match(sender["key"]):
        raise _refuse(Text("the bundle manifest has a malformed sender key"))
    if not isinstance(sender["age"], str) or not isinstance(top["created_at"], str):
        raise _refuse(Text("the bundle manifest has a malformed sender"))
    recipients = top["recipients"]
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise _refuse(Text("the bundle manifest has malformed recipients"))
    revs = _obj(
        top["revisions"],
        {"after", "through", "count"},
        Text("the bundle manifest has a malformed revision range"),
    )
    aud = _obj(
        top["audit"], {"after", "through", "count"}, Text("the bundle manifest has a malformed audit range")
    )
    raw_entries = top["entries"]
    if not isinstance(raw_entries, list) or len(raw_entries) > MAX_ENTRIES:
        raise _refuse(Text("the bundle manifest lists too many entries"), "size")
    entries: list[FileEntry] = []
    seen: set[str] = set()
    total = 0
    for raw in raw_entries:
        item = _obj(raw, {"path", "sha256", "size"}, Text("the bundle manifest has a malformed entry"))
        path = check_entry_path(item["path"])
        if path in seen:
            raise _refuse(Text("the bundle lists the same entry twice"), "duplicate")
        seen.add(path)
        if not isinstance(item["sha256"], str) or not _HEX64.match(item["sha256"]):
            raise _refuse(Text("the bundle manifest has a malformed checksum"))
        size = _int(item["size"], Text("the bundle manifest has a malformed entry size"))
        if path.startswith(ATTACHMENTS) and (
            size > MAX_ATTACHMENT_BYTES or path[len(ATTACHMENTS) :] != item["sha256"]
        ):
            raise _refuse(
                Text("an attachment is over the size limit or misnamed"),
                "size" if size > MAX_ATTACHMENT_BYTES else "format",
            )
        total += size
        entries.append(FileEntry(path, item["sha256"], size))
    if total > MAX_TOTAL_BYTES:
        raise _refuse(Text("the bundle is larger than the size limit"), "size")
    if [e.path for e in entries[:2]] != [REVISIONS, AUDIT]:
        raise _refuse(Text("the bundle manifest does not list its revisions and audit files first"))
    sequence = _int(top["sequence"], Text("the bundle manifest has a malformed sequence number"))
    if sequence < 1:
        raise _refuse(Text("the bundle manifest has a malformed sequence number"))
    if not isinstance(top["everything"], bool):
        raise _refuse(Text("the bundle manifest has a malformed flag"))
    return Manifest(
        top["bundle_id"],
        sender["key"],
        sender["age"],
        top["created_at"],
        sequence,
        top["everything"],
        tuple(recipients),
        _int(revs["after"], Text("the bundle manifest has a malformed revision range")),
        _int(revs["through"], Text("the bundle manifest has a malformed revision range")),
        _int(revs["count"], Text("the bundle manifest has a malformed revision count")),
        _int(aud["after"], Text("the bundle manifest has a malformed audit range")),
        _int(aud["through"], Text("the bundle manifest has a malformed audit range")),
        _int(aud["count"], Text("the bundle manifest has a malformed audit count")),
        tuple(entries),
    )


# --- line encodings ----------------------------------------------------------------------------


def revision_line(rev: Revision) -> bytes:
    return canonical.dumps(rev.to_json()) + b"\n"


def audit_line(e: audit.Entry) -> bytes:
    doc = {
        "chain": e.chain,
        "seq": e.seq,
        "prev": e.prev,
        "hash": e.hash,
        "at": e.at,
        "action": e.action,
        "target": e.target,
        "detail": dict(e.detail),
    }
    return canonical.dumps(doc) + b"\n"


def _field(doc: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = doc.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _refuse(Text("a revision or audit entry in the bundle is malformed"))
    return value


def parse_revision_line(untrusted: bytes) -> Revision:
    """A revision from its line; shape only (hash and signature are checked by revisions.problems)."""
    doc = _load(untrusted, Text("a revision in the bundle is not valid JSON"))
    if not isinstance(doc, dict) or set(doc) != {
        "hash",
        "record",
        "kind",
        "author",
        "hlc",
        "parents",
        "tombstone",
        "body",
        "signature",
    }:
        raise _refuse(Text("a revision in the bundle is malformed"))
    parents = _field(doc, "parents", list)
    if not all(isinstance(p, str) and _HEX64.match(p) for p in parents):
        raise _refuse(Text("a revision in the bundle names a malformed parent"))
    try:
        signature = bytes.fromhex(_field(doc, "signature", str))
    except ValueError:
        raise _refuse(Text("a revision in the bundle has a malformed signature")) from None
    rev = Revision(
        _field(doc, "hash", str),
        _field(doc, "record", str),
        _field(doc, "kind", str),
        _field(doc, "author", str),
        _field(doc, "hlc", str),
        tuple(parents),
        _field(doc, "tombstone", bool),
        _field(doc, "body", dict),
        signature,
    )
    if not _HEX64.match(rev.hash) or not _HEX64.match(rev.author) or not hlc.is_valid(rev.hlc):
        raise _refuse(Text("a revision in the bundle is malformed"))
    if not rev.record_id or len(rev.record_id) > 64 or not rev.kind or len(rev.kind) > 64:
        raise _refuse(Text("a revision in the bundle is malformed"))
    if not _is_canonical(lambda: revision_line(rev), untrusted):
        raise _refuse(Text("a revision in the bundle is not in canonical form"))
    return rev


def parse_audit_line(untrusted: bytes) -> audit.Entry:
    doc = _load(untrusted, Text("an audit entry in the bundle is not valid JSON"))
    if not isinstance(doc, dict) or set(doc) != {
        "chain",
        "seq",
        "prev",
        "hash",
        "at",
        "action",
        "target",
        "detail",
    }:
        raise _refuse(Text("an audit entry in the bundle is malformed"))
    target = doc["target"]
    if target is not None and not isinstance(target, str):
        raise _refuse(Text("an audit entry in the bundle is malformed"))
    entry = audit.Entry(
        _field(doc, "chain", str),
        _field(doc, "seq", int),
        _field(doc, "prev", str),
        _field(doc, "hash", str),
        _field(doc, "at", str),
        _field(doc, "action", str),
        target,
        _field(doc, "detail", dict),
    )
    if not _is_canonical(lambda: audit_line(entry), untrusted):
        raise _refuse(Text("an audit entry in the bundle is not in canonical form"))
    return entry


def referenced_blobs(body: Mapping[str, Any]) -> Iterable[str]:
    """SHA-256 values a body refers to (fields named ``sha256`` or ``…_sha256``, also in lists)."""
    for key, value in body.items():
        if key == "sha256" or key.endswith("_sha256"):
            values = value if isinstance(value, list) else [value]
            yield from (v for v in values if isinstance(v, str) and _HEX64.match(v))
        elif isinstance(value, dict):
            yield from referenced_blobs(value)
