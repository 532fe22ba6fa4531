"""The files of a package answering a request, made in memory from the verdicts (nothing written here).

Layout (following the Berkeley Protocol's expectations for digital evidence: integrity — every file's
SHA-256 and a signature; provenance — each item's hash at receipt and how it came in; custody — each
item's chain from receipt to this package)::

    cover-letter.docx         what was provided, what was withheld and why (by category)
    manifest.json             the request, the package, and for each item: number, original file,
                              SHA-256, size, type, when received, its custody file
    originals/E-1.<ext>       each item's original bytes, exactly as received (never a working copy)
    custody/E-1.json          each item's chain of custody, from receipt to this package
    records/claims.pdf|json   the claims, with their status under the methodology
    records/interviews.pdf|json  the interview notes
    VERIFYING.txt             how to check the package with sha256sum and ssh-keygen
    signer.pub, allowed_signers  the signing key (OpenSSH forms)
    SHA256SUMS                the SHA-256 of every file above (sha256sum -c)
    SHA256SUMS.sig            SSH signature of SHA256SUMS, namespace fieldvault-request

Custody files hold audit entries (time, action, key, hashes, the entry's own hash and chain position)
with only the detail keys that carry no content: no source, no name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.request_select import Verdict
from exporters.docx_cover import CoverLetter, ProvidedItem, write_cover_letter
from exporters.pdf_plain import Section, write_pdf
from vault.model import queries
from vault.storage import audit
from vault.storage.store import Connection

NAMESPACE = "fieldvault-request"
PRINCIPAL = "fieldvault"
_SAFE_DETAIL = ("what", "sha256", "size", "revision", "operations", "from", "working_copy", "duplicate",
                "by", "package_sha256", "request", "disclosure")  # fmt: skip


@dataclass(frozen=True)
class PackedItem:
    verdict: Verdict
    label: str  # E-1
    path: str  # originals/E-1.jpg


@dataclass(frozen=True)
class PackageFiles:
    generated: tuple[tuple[str, bytes], ...]  # (path in the package, bytes)
    items: tuple[PackedItem, ...]  # originals: streamed from the vault by their SHA-256


def _extension(name: str) -> str:
    match = re.search(r"\.([A-Za-z0-9]{1,8})$", name)
    return f".{match.group(1).lower()}" if match else ""


# Control characters, line breaks and the bidirectional overrides, embeddings and isolates that make a
# printed name read otherwise than it is stored (a name from another vault is never trusted).
_NOT_SHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def shown_name(name: str) -> str:
    """A file name as a manifest may print it: each control or bidirectional character as U+XXXX."""
    return _NOT_SHOWN.sub(lambda m: f"<U+{ord(m.group()):04X}>", name)[:1000]


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def custody_entries(conn: Connection, rid: str, sha: str) -> list[dict[str, Any]]:
    """The item's audit entries, oldest first, with content-free detail only."""
    out = []
    for e in audit.for_target(conn, [rid, sha]):
        detail = {k: v for k, v in e.detail.items() if k in _SAFE_DETAIL}
        if e.detail.get("source"):
            detail["from_source"] = True
        out.append(
            {"at": e.at, "action": e.action, "key": e.chain, "seq": e.seq, "hash": e.hash, "detail": detail}
        )
    return out


def _provenance(body: Mapping[str, Any]) -> str:
    """How the item came to the Panel, without saying who: a source (whose consent covers this use) or
    the Panel's own collection."""
    if isinstance(body.get("source"), str):
        return "provided to the Panel by a source whose consent covers this use"
    return "collected by the Panel (no source recorded)"


def _supports(
    conn: Connection, body: Mapping[str, Any], labels: Mapping[str, str], court_sources: set[str]
) -> str:
    cited: list[str] = []
    held_back = 0
    for field in ("supports", "exculpatory"):
        ids = body.get(field)
        for rid in ids if isinstance(ids, list) else []:
            found = queries.live_body(conn, rid)
            kind = found[0] if found else ""
            if rid in labels:
                cited.append(f"{field}: {labels[rid]}")
            elif kind == "source" and rid in court_sources and found:
                cited.append(f"{field}: source {found[1].get('code', '')}")
            elif kind in ("evidence", "source", "interview", "item", "note", "letter", ""):
                held_back += 1
    if held_back:
        cited.append(f"{held_back} other cited item(s) not provided")
    return "; ".join(cited) or "none cited"


def records_documents(
    conn: Connection,
    verdicts: Sequence[Verdict],
    labels: Mapping[str, str],
    court_sources: set[str],
    title: str,
) -> list[tuple[str, bytes]]:
    """records/claims.{pdf,json} and records/interviews.{pdf,json} for the claims and notes that may go."""
    files: list[tuple[str, bytes]] = []
    notes = [v for v in verdicts if v.kind == "interview" and v.allowed]
    labels = {
        **{rid: f"item {label}" for rid, label in labels.items()},
        **{v.id: f"interview note {n}" for n, v in enumerate(notes, 1)},
    }
    claims = [v for v in verdicts if v.kind == "claim" and v.allowed]
    if claims:
        rows, sections = [], []
        for n, v in enumerate(claims, 1):
            found = queries.live_body(conn, v.id)
            body = found[1] if found else {}
            status = str(body.get("status", "allegation"))
            support = _supports(conn, body, labels, court_sources)
            statement = body.get("statement", "")
            rows.append(
                {"number": n, "record": v.id, "statement": statement, "status": status, "cited": support}
            )
            sections.append(
                Section(
                    f"Claim {n} - status: {status.replace('_', ' ')}",
                    (str(body.get("statement", "")), f"Cited: {support}", f"Record {v.id}"),
                )
            )
        files.append(("records/claims.pdf", write_pdf(f"Claims - {title}", sections)))
        files.append(("records/claims.json", _json(rows)))
    if notes:
        rows, sections = [], []
        for n, v in enumerate(notes, 1):
            found = queries.live_body(conn, v.id)
            body = found[1] if found else {}
            codes = [
                str(b[1].get("code", ""))
                for s in body.get("sources", [])
                if (b := queries.live_body(conn, s))
            ]
            shown = {k: body.get(k) for k in ("date", "place", "experts_present", "interpreter", "language",
                                                  "notes", "follow_ups") if body.get(k)}  # fmt: skip
            rows.append({"number": n, "record": v.id, "sources": codes, **shown})
            lines = [
                f"{k.replace('_', ' ')}: {', '.join(x) if isinstance(x, list) else x}"
                for k, x in shown.items()
            ]
            sections.append(Section(f"Interview note {n}", (f"sources: {', '.join(codes)}", *lines)))
        files.append(("records/interviews.pdf", write_pdf(f"Interview notes - {title}", sections)))
        files.append(("records/interviews.json", _json(rows)))
    return files


EXACT_CHECK = 'test "$(find . -type f | wc -l)" -eq "$(($(wc -l < SHA256SUMS) + 2))" && echo OK'


def verifying_text(signer: str) -> bytes:
    return (
        "How to check this package (no Fieldvault needed)\n"
        "=================================================\n\n"
        "1. Every file is unchanged (prints OK for each):\n\n"
        "   sha256sum --strict -c SHA256SUMS\n\n"
        "2. SHA256SUMS was signed by the sender's key (prints 'Good \"fieldvault-request\" signature'):\n\n"
        f"   ssh-keygen -Y verify -f allowed_signers -I {PRINCIPAL} -n {NAMESPACE} \\\n"
        "       -s SHA256SUMS.sig < SHA256SUMS\n\n"
        "3. Nothing was added: the folder holds exactly the files SHA256SUMS lists, plus SHA256SUMS and\n"
        '   SHA256SUMS.sig (prints OK; manifest.json states the same count under "files"):\n\n'
        f"   {EXACT_CHECK}\n\n"
        "All three must succeed; a file that is not listed is not part of the package.\n\n"
        f"The signing key's fingerprint is {signer}; compare it with the one the Panel gives you\n"
        "by another channel before trusting allowed_signers. The package's identifier is the SHA-256\n"
        "of SHA256SUMS (sha256sum SHA256SUMS).\n"
    ).encode()


def build(
    conn: Connection,
    request: Mapping[str, Any],
    request_id: str,
    verdicts: Sequence[Verdict],
    court_sources: set[str],
    issued_at: str,
    package_id: str,
    signer: str,
    public_line: str,
) -> PackageFiles:
    """Every file but SHA256SUMS and its signature (the caller signs once the gate has read these)."""
    allowed = [v for v in verdicts if v.kind == "evidence" and v.allowed]
    items = tuple(
        PackedItem(v, f"E-{n}", f"originals/E-{n}{_extension(v.title)}") for n, v in enumerate(allowed, 1)
    )
    labels = {p.verdict.id: p.label for p in items}
    authority = str(request.get("authority", ""))
    reference = str(request.get("reference", ""))
    title = f"{authority} {reference}".strip()
    generated: list[tuple[str, bytes]] = []
    manifest_items = []
    for p in items:
        found = queries.live_body(conn, p.verdict.id)
        body = found[1] if found else {}
        events = custody_entries(conn, p.verdict.id, str(p.verdict.sha256))
        events.append({"at": issued_at, "action": "disclose", "detail": {
            "to": authority, "request": reference, "package": package_id, "file": p.path}})  # fmt: skip
        custody = f"custody/{p.label}.json"
        generated.append((custody, _json({"item": p.label, "record": p.verdict.id, "sha256": p.verdict.sha256,
                                          "events": events})))  # fmt: skip
        manifest_items.append({
            "item": p.label, "record": p.verdict.id, "file": p.path,
            "original_name": shown_name(p.verdict.title),
            "sha256": p.verdict.sha256, "size": p.verdict.size, "media_type": body.get("media_type"),
            "received_at": body.get("received_at"), "custody": custody,
            "provenance": _provenance(body),
        })  # fmt: skip
    documents = records_documents(conn, verdicts, labels, court_sources, title)
    generated += documents
    withheld: dict[str, int] = {}
    for v in verdicts:
        if not v.allowed and v.category:
            withheld[v.category] = withheld.get(v.category, 0) + 1
    words = {"records/claims.pdf": "the claims, with their status under the methodology",
             "records/claims.json": "the same claims, machine-readable",
             "records/interviews.pdf": "the interview notes",
             "records/interviews.json": "the same notes, machine-readable"}  # fmt: skip
    letter = CoverLetter(
        authority=authority,
        jurisdiction=str(request.get("jurisdiction", "")),
        reference=reference,
        received=str(request.get("received", "")),
        deadline=str(request.get("deadline", "")),
        basis=str(request.get("basis", "")),
        scope=str(request.get("scope", "")),
        prepared=issued_at[:10],
        package=package_id,
        items=tuple(ProvidedItem(p.label, p.path, str(p.verdict.sha256), p.verdict.size or 0) for p in items),
        documents=tuple((name, words[name]) for name, _ in documents),
        withheld=tuple(sorted(withheld.items())),
        signer=signer,
        purpose=str(request.get("purpose", "court")),
    )
    generated.append(("cover-letter.docx", write_cover_letter(letter)))
    manifest = {
        "format": "fieldvault-request-package",
        "version": 1,
        "package": package_id,
        "request": {"record": request_id, "authority": authority, "reference": reference,
                    "jurisdiction": request.get("jurisdiction"), "received": request.get("received")},
        "issued_at": issued_at,
        "items": manifest_items,
        "withheld": withheld,
        "signer": signer,
        "files": len(generated) + len(items) + 6,  # with this manifest, the three below and SHA256SUMS(.sig)
    }  # fmt: skip
    generated.append(("manifest.json", _json(manifest)))
    generated.append(("VERIFYING.txt", verifying_text(signer)))
    generated.append(("signer.pub", (public_line + "\n").encode()))
    generated.append(("allowed_signers", f'{PRINCIPAL} namespaces="{NAMESPACE}" {public_line}\n'.encode()))
    return PackageFiles(tuple(generated), items)


def sums(entries: Sequence[tuple[str, str]]) -> bytes:
    """SHA256SUMS for (path, sha256) pairs, in sha256sum's format, sorted by path."""
    return "".join(f"{sha}  {path}\n" for path, sha in sorted(entries)).encode()
