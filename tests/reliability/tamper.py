"""Tamper campaign: altered, forged, misaddressed, revoked and replayed bundles offered to an archive.

Every forgery must be refused with a reason code among those its class can produce and a fixed,
user-safe message, and the archive's vault.db must be byte-for-byte what it was; a replayed bundle
must be a no-op ("already merged"). At the end the untouched original still merges, so the refusals
were caused by the tampering, not by a bad original.

Classes: byte flips in each part of the age file (version line, stanza, MAC line, nonce, first, middle
and last payload chunk), truncation, appended bytes; re-encrypted forgeries with entries reordered,
duplicated, renamed, added, removed or altered, signatures stripped or oversized, made anew by an
unenrolled key (as itself or claiming the sender), tar entries the strict writer never produces; the
wrong archive key; a revoked signer's new bundle; replays (as sent, and re-encrypted).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.service import VaultService
from tests.helpers import PASSPHRASE
from tests.reliability import forge
from tests.reliability.forge import Entry, Layout, Signer
from tests.reliability.group import Group, add_work, create_vault, make_group, open_vault
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_tar as tar
from vault.keys.secret import Passphrase

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 64 * 1024 + 16  # one encrypted age payload chunk
ANY_STRUCTURE = frozenset({"format", "duplicate", "path", "size"})
ALTERED = frozenset({"format", "hash", "signature", "size"})


@dataclass(frozen=True)
class Forgery:
    """One bundle to offer: its tamper class, file and the refusal reasons it may get."""

    kind: str  # the tamper class, as reported in the figures
    path: Path
    expected: frozenset[str]  # refusal reasons this class may produce; empty: a replay (no-op)


@dataclass
class TamperOutcome:
    """What the tamper campaign offered and how each class was refused."""

    forgeries: int = 0
    refused: Counter[str] = field(default_factory=Counter)  # per class
    reasons: Counter[str] = field(default_factory=Counter)  # per reason code
    replays_unchanged: int = 0
    cli_checked: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class Scene:
    """An archive (open), the bundles to tamper with and the keys an attacker may hold."""

    group: Group
    archive: VaultService
    victim: Path  # alice's bundle, not merged yet: the one forgeries are made from
    merged: Path  # alice's earlier bundle, already merged: replays
    revoked: Path  # bob's bundle written after bob was revoked
    misaddressed: Path  # alice's bundle for another archive
    mallory: Signer  # a key the archive never enrolled
    work: Path

    @property
    def recipient(self) -> bytes:
        return self.archive._vault.identity.public.agree_public

    @property
    def age_secret(self) -> bytes:
        return self.archive._vault.identity.agree_secret.reveal()

    def seal(self, entries: list[Entry], name: str) -> Path:
        return forge.encrypt(forge.tar_bytes(entries), self.recipient, self.work / name)


def _signer(service: VaultService) -> Signer:
    identity = service._vault.identity
    return Signer(identity.sign_secret.reveal(), identity.public.sign_public, identity.public.agree_public)


@contextmanager
def scene(root: Path, seed: int) -> Iterator[Scene]:
    """An archive with alice and bob enrolled (bob then revoked) and the bundles to tamper with."""
    rng = random.Random(seed)  # noqa: S311 - test data
    group = make_group(root / "group")
    scratch, work = root / "scratch", root / "forgeries"
    scratch.mkdir()
    work.mkdir()
    create_vault(root / "other.fvault", "archive")
    with open_vault(root / "other.fvault") as other:
        other.bundles.export_identity(root / "other.id")
    create_vault(root / "mallory.fvault")
    with open_vault(root / "mallory.fvault") as mallory_vault:
        mallory = _signer(mallory_vault)
    with open_vault(group.expert("alice")) as alice:
        add_work(alice, rng, scratch, notes=4, files=1)
        alice.bundles.write_bundle(group.archive_id, root / "merged.fvb")
        add_work(alice, rng, scratch, notes=12, files=2)
        big = scratch / "big.bin"
        big.write_bytes(os.urandom(1_500_000))  # many payload chunks: a start, a middle and an end
        alice.evidence.import_files([big], workers=1)
        alice.bundles.write_bundle(group.archive_id, root / "victim.fvb")
        alice.records.add_note("For another group", "misaddressed")
        alice.bundles.write_bundle(root / "other.id", root / "misaddressed.fvb")
    with open_vault(group.expert("bob")) as bob:
        bob.records.add_note("Before revocation", "accepted")
        bob.bundles.write_bundle(group.archive_id, root / "bob1.fvb")
        bob.records.add_note("After revocation", "refused")
        bob.bundles.write_bundle(group.archive_id, root / "bob2.fvb")
    archive = VaultService.unlock(group.archive, Passphrase.from_text(PASSPHRASE))
    try:
        for path in (root / "merged.fvb", root / "bob1.fvb"):
            (report,) = archive.bundles.merge_bundles([path])
            assert report.status == "merged", report.message  # noqa: S101 - the campaign's own set-up
        archive.bundles.revoke("Bob")
        yield Scene(
            group,
            archive,
            root / "victim.fvb",
            root / "merged.fvb",
            root / "bob2.fvb",
            root / "misaddressed.fvb",
            mallory,
            work,
        )
    finally:
        archive.close()


# --- forgeries ----------------------------------------------------------------------------------------


def _flips(sc: Scene, rng: random.Random, per_region: int) -> Iterator[Forgery]:
    data = sc.victim.read_bytes()
    at = Layout.of(data)
    chunks = (at.size - at.payload_start + CHUNK - 1) // CHUNK
    last = at.payload_start + (chunks - 1) * CHUNK
    regions = {
        "flip: version line": (0, at.stanza_start),
        "flip: recipient stanza": (at.stanza_start, at.mac_start),
        "flip: header MAC": (at.mac_start, at.header_end),
        "flip: payload nonce": (at.header_end, at.payload_start),
        "flip: first payload chunk": (at.payload_start, at.payload_start + CHUNK),
        "flip: middle payload chunks": (at.payload_start + CHUNK, last),
        "flip: last payload chunk": (last, at.size),
    }
    for kind, (start, end) in regions.items():
        for i in range(per_region):
            offset = rng.randrange(start, end)
            altered = bytearray(data)
            altered[offset] ^= rng.randrange(1, 256)
            path = sc.work / f"flip-{start}-{i}.fvb"
            path.write_bytes(bytes(altered))
            yield Forgery(kind, path, frozenset({"decryption"}))


def _cuts(sc: Scene, rng: random.Random, count: int) -> Iterator[Forgery]:
    data = sc.victim.read_bytes()
    at = Layout.of(data)
    edges = [0, 1, at.stanza_start, at.mac_start, at.header_end, at.payload_start, at.payload_start + CHUNK]
    edges += [at.payload_start + CHUNK - 1, at.payload_start + CHUNK + 1, at.size - 1, at.size - 16]
    lengths = sorted({*edges, *(rng.randrange(0, at.size) for _ in range(count))})
    for length in lengths:
        path = sc.work / f"cut-{length}.fvb"
        path.write_bytes(data[:length])
        yield Forgery("truncated", path, frozenset({"decryption"}))
    for extra in (b"\0", os.urandom(16), os.urandom(CHUNK)):
        path = sc.work / f"extended-{len(extra)}.fvb"
        path.write_bytes(data + extra)
        yield Forgery("bytes appended", path, frozenset({"decryption"}))


_NAMES = [
    "revisions.json",
    "attachments/" + "0" * 64,
    "attachments/" + "f" * 63,
    "../outside",
    "/etc/passwd",
    "attachments/../../outside",
    "attachments\\evil",
    "manifest.json",
    "notes.txt",
]


def _structure(sc: Scene, rng: random.Random, per_class: int) -> Iterator[Forgery]:
    entries = forge.decrypt_entries(sc.victim, sc.age_secret)
    n = len(entries)

    def made(kind: str, changed: list[Entry], expected: frozenset[str] = ANY_STRUCTURE) -> Forgery:
        path = sc.seal(changed, f"{kind.replace(' ', '-').replace(':', '')}-{rng.randrange(10**9)}.fvb")
        return Forgery(kind, path, expected)

    for _ in range(per_class):
        i, j = sorted(rng.sample(range(n), 2))
        swapped = list(entries)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        yield made("entries reordered", swapped, frozenset({"format"}))
        k = rng.randrange(n)
        yield made("entry duplicated", [*entries[: k + 1], entries[k], *entries[k + 1 :]])
        yield made("entry duplicated at the end", [*entries, entries[rng.randrange(n)]])
        k = rng.randrange(n)
        renamed = list(entries)
        renamed[k] = (rng.choice([x for x in _NAMES if x != entries[k][0]]), entries[k][1])
        yield made("entry renamed", renamed)
        k = rng.randrange(n + 1)
        added = [*entries[:k], (rng.choice(_NAMES), os.urandom(rng.randrange(0, 3000))), *entries[k:]]
        yield made("entry added", added)
        k = rng.randrange(n)
        yield made("entry removed", [e for i, e in enumerate(entries) if i != k], frozenset({"format"}))
        k = rng.randrange(len(bm.HEAD_ENTRIES), n)
        altered = list(entries)
        body = bytearray(altered[k][1])
        if body:
            body[rng.randrange(len(body))] ^= rng.randrange(1, 256)
        altered[k] = (altered[k][0], bytes(body) + (b"" if body else b"x"))
        yield made("content altered, signatures kept", altered, ALTERED)
        yield made(
            "content altered, re-signed by an unenrolled key",
            forge.resign(altered, sc.mallory),
            frozenset({"roster"}),
        )
        yield made(
            "content altered, re-signed by an unenrolled key claiming the sender",
            forge.resign(altered, sc.mallory, claim_sender=False),
            frozenset({"signature"}),
        )
    yield made("signed anew by an unenrolled key", forge.resign(entries, sc.mallory), frozenset({"roster"}))
    for sig in (bm.MANIFEST_SIG, bm.SUMS_SIG):
        yield made(
            "signature re-armored (CRLF)",
            [(n, d.replace(b"\n", b"\r\n") if n == sig else d) for n, d in entries],
            frozenset({"signature"}),
        )
        for stripped in (b"", b"-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n"):
            yield made(
                "signature stripped",
                [(n, stripped if n == sig else d) for n, d in entries],
                frozenset({"signature"}),
            )
        yield made(
            "signature oversized",
            [(n, d + b"\n" * 5000 if n == sig else d) for n, d in entries],
            frozenset({"size"}),
        )
    yield from _tar_level(sc, entries)


def _tar_level(sc: Scene, entries: list[Entry]) -> Iterator[Forgery]:
    """Archives the strict writer never produces, around entries whose signatures still hold."""
    heads, rest = entries[:4], entries[4:]
    fmt = frozenset({"format"})

    def sealed(kind: str, plain: bytes, name: str) -> Forgery:
        return Forgery(kind, forge.encrypt(plain, sc.recipient, sc.work / name), fmt)

    base = forge.tar_bytes(heads)[: -2 * tar.BLOCK]
    tail = forge.tar_bytes(rest)
    for kind_byte, label in (
        (b"5", "folder"),
        (b"2", "symlink"),
        (b"x", "pax header"),
        (b"L", "GNU long name"),
    ):
        yield sealed(
            f"tar: {label} entry",
            base + forge.raw_header(b"attachments", 0, kind_byte) + tail,
            f"tar-{label.replace(' ', '-')}.fvb",
        )
    yield sealed(
        "tar: header checksum wrong",
        base
        + forge.raw_header(rest[0][0].encode(), len(rest[0][1]), checksum_delta=1)[: tar.BLOCK]
        + forge.tar_bytes(rest)[tar.BLOCK :],
        "tar-checksum.fvb",
    )
    plain = bytearray(forge.tar_bytes(entries))
    first_size = len(entries[0][1])
    if first_size % tar.BLOCK:
        padded = bytearray(plain)
        padded[tar.BLOCK + first_size] = 0x41
        yield sealed("tar: padding not zero", bytes(padded), "tar-padding.fvb")
    yield sealed("tar: data after the end", bytes(plain) + b"\x01" * tar.BLOCK, "tar-trailing.fvb")
    yield sealed("tar: end blocks missing", bytes(plain[: -2 * tar.BLOCK]), "tar-no-end.fvb")
    yield sealed(
        "tar: end block malformed", bytes(plain[: -tar.BLOCK]) + b"\x01" * tar.BLOCK, "tar-bad-end.fvb"
    )
    for label, (start, value) in forge.HEADER_FIELDS.items():
        at = len(forge.tar_bytes(heads)) - 2 * tar.BLOCK  # the header of the revisions entry
        changed = bytearray(plain)
        changed[at : at + tar.BLOCK] = forge.reheader(bytes(plain[at : at + tar.BLOCK]), start, value)
        yield sealed(f"tar: header field changed ({label})", bytes(changed), f"tar-{start}.fvb")
    grown = [(n, d + b"\n" if n == bm.REVISIONS else d) for n, d in entries]
    yield Forgery(
        "tar: entry size differs from the manifest",
        forge.encrypt(forge.tar_bytes(grown), sc.recipient, sc.work / "tar-size.fvb"),
        frozenset({"size"}),
    )


def _addressing(sc: Scene) -> Iterator[Forgery]:
    yield Forgery("encrypted to another archive (wrong key)", sc.misaddressed, frozenset({"decryption"}))
    yield Forgery("new bundle of a revoked signer", sc.revoked, frozenset({"revoked"}))
    yield Forgery("replayed as sent", sc.merged, frozenset())
    old = forge.decrypt_entries(sc.merged, sc.age_secret)
    yield Forgery("replayed, re-encrypted", sc.seal(old, "replay-reencrypted.fvb"), frozenset())


def forgeries(sc: Scene, rng: random.Random, trials: int) -> Iterator[Forgery]:
    """Every forgery of the campaign; ``trials`` scales the random ones."""
    yield from _addressing(sc)
    yield from _flips(sc, rng, trials)
    yield from _cuts(sc, rng, 2 * trials)
    yield from _structure(sc, rng, max(1, trials // 2))


# --- the campaign -------------------------------------------------------------------------------------


def _db_sha(sc: Scene) -> str:
    return hashlib.sha256((sc.group.archive / "vault.db").read_bytes()).hexdigest()


def _offer(sc: Scene, forgery: Forgery, outcome: TamperOutcome) -> None:
    before = _db_sha(sc)
    (report,) = sc.archive.bundles.merge_bundles([forgery.path])
    changed = _db_sha(sc) != before
    label = f"{forgery.kind} ({forgery.path.name})"
    outcome.forgeries += 1
    if not forgery.expected:
        if report.status == "already merged" and not changed:
            outcome.replays_unchanged += 1
        else:
            outcome.failures.append(f"{label}: a replay gave '{report.status}' (changed: {changed})")
        return
    if report.status != "refused":
        outcome.failures.append(f"{label}: was {report.status}, not refused")
    elif report.reason not in forgery.expected:
        outcome.failures.append(f"{label}: refused as '{report.reason}', expected {sorted(forgery.expected)}")
    elif not _clear(report.message):
        outcome.failures.append(f"{label}: the refusal message is not clear: {report.message!r}")
    else:
        outcome.refused[forgery.kind] += 1
        outcome.reasons[str(report.reason)] += 1
    if changed:
        outcome.failures.append(f"{label}: the archive's vault.db changed")


def _clear(message: str | None) -> bool:
    return bool(message) and message is not None and message.isprintable() and "Traceback" not in message


def _offer_by_cli(sc: Scene, forgery: Forgery, outcome: TamperOutcome) -> None:
    """The same refusal through ``fieldvault archive merge --json``: exit code 1, the reason, no trace."""
    before = _db_sha(sc)
    result = subprocess.run(
        [sys.executable, "-m", "app", "archive", "merge", str(sc.group.archive), str(forgery.path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
        timeout=300,  # hang detector
        check=False,
    )
    outcome.cli_checked += 1
    label = f"CLI: {forgery.kind} ({forgery.path.name})"
    (report,) = json.loads(result.stdout) if result.stdout.strip() else [{}]
    if result.returncode != 1 or report.get("status") != "refused" or "Traceback" in result.stderr:
        outcome.failures.append(f"{label}: exit {result.returncode}, {report.get('status')}")
    elif report.get("reason") not in forgery.expected:
        outcome.failures.append(f"{label}: refused as {report.get('reason')}")
    if _db_sha(sc) != before:
        outcome.failures.append(f"{label}: the archive's vault.db changed")


def tamper_campaign(workdir: Path, trials: int, seed: int, cli_per_class: int = 1) -> TamperOutcome:
    """Offer every forgery (``trials`` scales the random ones) to the archive; see the module doc."""
    rng = random.Random(seed)  # noqa: S311 - choosing offsets and entries, not security
    outcome = TamperOutcome()
    with scene(workdir, seed) as sc:
        by_cli: Counter[str] = Counter()
        for forgery in forgeries(sc, rng, trials):
            _offer(sc, forgery, outcome)
            if forgery.expected and by_cli[forgery.kind] < cli_per_class:
                by_cli[forgery.kind] += 1
                _offer_by_cli(sc, forgery, outcome)
            if forgery.path.parent == sc.work:
                forgery.path.unlink()
        (report,) = sc.archive.bundles.merge_bundles([sc.victim])
        if report.status != "merged":
            outcome.failures.append(f"the untouched bundle was not merged: {report.message}")
        outcome.failures += sc.archive.verify().problems
    return outcome
