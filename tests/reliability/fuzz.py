"""Fuzzing the bundle reader and the metadata extractors with hypothesis, in a process of its own.

Run as ``python -m tests.reliability.fuzz [--examples N] [--seed S] [TARGET …]``; it prints one JSON
line per target (examples run, outcomes by exception type, the failure if any) and exits 1 when a
target let out anything but the project's own error types. The caller runs it under a timeout: a hang
is a failure too (tests/reliability/test_fuzz.py; scripts/campaigns.sh for the long run).

Targets: the age header parser, age decryption, age armor, the strict tar reader, the manifest,
revision and audit-line parsers (byte mutations and structure-aware field replacements), the signature
check, a whole merge of a mutated bundle, and the metadata extractors (``examine`` must never raise;
the readers may raise only ``Unreadable``; anything else they let out is counted as a finding for the
intake code, which ``examine`` turns into a generic "damaged" message).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import logging
import random
import resource
import sys
import tempfile
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.reporting import with_reporter

from tests import media
from tests.reliability import forge, hostile_media
from tests.reliability.group import add_work, make_group, open_vault
from vault import canonical
from vault.age import armor, header
from vault.age.codec import open_decrypting
from vault.age.errors import AgeError
from vault.age.recipients import X25519Identity
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_tar as tar
from vault.exchange import merge, sshsig
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.bundle_read import check_signatures
from vault.intake import detect
from vault.intake.examine import examine
from vault.intake.findings import Findings, Unreadable
from vault.storage import revisions

MEMORY_LIMIT = 4 * 1024**3  # a runaway allocation is a MemoryError here, not a swapping machine


@dataclass
class Figures:
    """What fuzzing one target did: examples, outcomes by type, the failure if any."""

    target: str
    examples: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)  # tolerated, reported to the code's owner
    failure: str | None = None

    def as_json(self) -> str:
        return json.dumps(
            {
                "target": self.target,
                "examples": self.examples,
                "outcomes": dict(self.outcomes),
                "findings": dict(self.findings),
                "failure": self.failure,
            }
        )


@dataclass(frozen=True)
class Target:
    """Inputs to draw, what to do with each, and the exception types allowed out."""

    strategy: st.SearchStrategy[Any]
    action: Callable[[Any], object]
    allowed: tuple[type[BaseException], ...]
    tolerated: tuple[type[BaseException], ...] = ()  # counted as findings, not failures


# --- mutations -------------------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """One of ``seeds`` with a few random edits: flips, overwrites, cuts, insertions, repeats."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "set", "delete", "insert", "truncate", "repeat"]))
        if not data:
            data += draw(st.binary(min_size=1, max_size=64))
            continue
        at = draw(st.integers(0, len(data) - 1))
        span = draw(st.integers(1, 64))
        if op == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif op == "set":
            data[at] = draw(st.sampled_from([0, 0x0A, 0x20, 0x22, 0x2D, 0x30, 0x5B, 0x7B, 0x7F, 0xFF]))
        elif op == "delete":
            del data[at : at + span]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + span] * draw(st.integers(1, 8))
    return bytes(data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


@st.composite
def replaced_field(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed's canonical JSON with one value anywhere in it replaced by an arbitrary JSON value."""
    doc = canonical.loads(draw(st.sampled_from(seeds)))
    path = draw(st.sampled_from(list(_paths(doc))[1:]))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = draw(JSON)
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


# --- the seeds: a real bundle and the files it holds ---------------------------------------------------


@dataclass
class Seeds:
    """A real bundle from a real vault and its parts: what the mutations start from."""

    bundle: bytes
    plain: bytes  # the tar inside it
    entries: dict[str, bytes]
    age_secret: bytes
    recipient: bytes
    archive: Path
    work: Path


@contextlib.contextmanager
def seeds() -> Iterator[Seeds]:
    """Make a group of vaults in a temporary folder and one bundle from an expert."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        group = make_group(root / "group", experts=("alice",))
        (root / "scratch").mkdir()
        with open_vault(group.expert("alice")) as alice:
            add_work(alice, random.Random(1), root / "scratch", notes=3, files=0)  # noqa: S311
            photo = root / "scratch" / "photo.jpg"
            photo.write_bytes(media.jpeg(96, 64))
            alice.evidence.import_files([photo], workers=1)
            alice.bundles.write_bundle(group.archive_id, root / "seed.fvb")
        with open_vault(group.archive) as archive:
            identity = archive._vault.identity
            secret, recipient = identity.agree_secret.reveal(), identity.public.agree_public
        entries = dict(forge.decrypt_entries(root / "seed.fvb", secret))
        yield Seeds(
            (root / "seed.fvb").read_bytes(),
            forge.tar_bytes(list(entries.items())),
            entries,
            secret,
            recipient,
            group.archive,
            root,
        )


def _lines(data: bytes) -> list[bytes]:
    return [line + b"\n" for line in data.split(b"\n") if line]


def _armored(age_file: bytes) -> bytes:
    text = base64.b64encode(age_file)
    body = b"\n".join(text[i : i + 64] for i in range(0, len(text), 64))
    return armor.BEGIN + b"\n" + body + b"\n" + armor.END + b"\n"


# --- targets -------------------------------------------------------------------------------------------


def bundle_targets(s: Seeds) -> dict[str, Target]:
    """The bundle reader's parsers, each on mutated real inputs."""
    small_age = forge.encrypt(b"a small secret\n" * 10, s.recipient, s.work / "small.age").read_bytes()
    age_files = [small_age, s.bundle[:2000] + s.bundle[-2000:], s.bundle]
    header_end = s.bundle.index(b"\n--- ") + 1
    header_end = s.bundle.index(b"\n", header_end) + 1
    identity = [X25519Identity(s.age_secret)]
    manifest = [s.entries[bm.MANIFEST]]
    revision_lines = _lines(s.entries[bm.REVISIONS])
    audit_lines = _lines(s.entries[bm.AUDIT])
    sig = s.entries[bm.MANIFEST_SIG]

    def decrypt(data: bytes) -> None:
        open_decrypting(io.BytesIO(data), identity).read()

    def entries(data: bytes) -> None:
        for _, reader in tar.entries(io.BytesIO(data)):
            reader.read()

    def revision(data: bytes) -> None:
        revisions.problems(bm.parse_revision_line(data))

    def signatures(data: bytes) -> None:
        text = data.decode("ascii", "replace")
        check_signatures(s.entries[bm.MANIFEST], text, s.entries[bm.SUMS], s.entries[bm.SUMS_SIG].decode())

    return {
        "age header": Target(
            mutated([s.bundle[:header_end], small_age[:300]]),
            lambda d: header.parse(io.BytesIO(d)),
            (AgeError,),
        ),
        "age decryption": Target(mutated(age_files), decrypt, (AgeError,)),
        "age armor": Target(
            mutated([_armored(small_age)]),
            lambda d: open_decrypting(io.BytesIO(d), identity).read(),
            (AgeError,),
        ),
        "tar reader": Target(mutated([s.plain]), entries, (tar.TarError,)),
        "manifest": Target(mutated(manifest) | replaced_field(manifest), bm.parse, (BundleRefused,)),
        "revision lines": Target(
            mutated(revision_lines) | replaced_field(revision_lines), revision, (BundleRefused,)
        ),
        "audit lines": Target(
            mutated(audit_lines) | replaced_field(audit_lines), bm.parse_audit_line, (BundleRefused,)
        ),
        "signatures": Target(mutated([sig]), signatures, (BundleRefused,)),
        "ssh signature parser": Target(
            mutated([sig]),
            lambda d: sshsig.signer_of(d.decode("latin-1"), bm.NAMESPACE),
            (sshsig.SignatureFormatError,),
        ),
    }


class AlteredBundleAccepted(AssertionError):
    """A merge accepted a bundle whose bytes differ from the one its sender wrote."""


def merge_target(s: Seeds, archive: Any) -> Target:
    """A whole merge of a mutated bundle: its plaintext mutated and encrypted again (so the mutation
    reaches the parsers), or its ciphertext mutated. The unaltered bundle is never offered, so the
    archive never holds it and every offer is a first merge: each must be refused."""
    counter = [0]

    def offer(plain_or_cipher: tuple[str, bytes]) -> None:
        kind, data = plain_or_cipher
        counter[0] += 1
        path = s.work / f"fuzz-{counter[0]}.fvb"
        if kind == "plain":
            forge.encrypt(data, s.recipient, path)
        else:
            path.write_bytes(data)
        try:
            report = merge.merge(archive._vault.conn, archive._vault.identity, path)
        finally:
            path.unlink()
        raise AlteredBundleAccepted(f"{kind}: {report.status}")

    strategy = st.tuples(st.just("plain"), mutated([s.plain]).filter(lambda d: d != s.plain)) | st.tuples(
        st.just("cipher"), mutated([s.bundle]).filter(lambda d: d != s.bundle)
    )
    return Target(strategy, offer, (BundleRefused,))


def _reader_for(data: bytes) -> Callable[[bytes], Findings]:
    from vault.intake import docx, pdf, photo

    kind = detect.media_type(data)
    if kind in detect.IMAGES:
        return lambda d: photo.examine_image(d, kind)
    if kind == detect.PDF:
        return pdf.examine_pdf
    if kind == detect.DOCX:
        return docx.examine_docx
    return examine


def extractor_targets() -> dict[str, Target]:
    """``examine`` and the image, PDF and DOCX readers on mutated real files."""
    images = [media.jpeg(64, 48), media.png(48, 32), media.tiff(32, 24), hostile_media.exif_loop()]
    documents = [media.pdf(("Manifest", "Two")), hostile_media.pdf_page_tree_loop(), media.docx_file()]

    def never_raises(data: bytes) -> None:
        if not isinstance(examine(data), Findings):
            raise TypeError("examine returned something other than Findings")

    def reader(data: bytes) -> None:
        _reader_for(data)(data)

    return {
        "examine (never raises)": Target(mutated(images + documents), never_raises, ()),
        "image readers": Target(mutated(images), reader, (Unreadable,), (Exception,)),
        "PDF and DOCX readers": Target(mutated(documents), reader, (Unreadable,), (Exception,)),
    }


# --- running -----------------------------------------------------------------------------------------


def run(name: str, target: Target, examples: int, seed: int) -> Figures:
    """Fuzz one target with hypothesis; a disallowed exception is the figures' failure."""
    figures = Figures(name)

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(target.strategy)
    def prop(data: Any) -> None:
        figures.examples += 1
        try:
            target.action(data)
            figures.outcomes["accepted"] += 1
        except target.allowed as exc:
            figures.outcomes[type(exc).__name__] += 1
        except target.tolerated as exc:
            figures.findings[type(exc).__name__] += 1

    try:
        with with_reporter(lambda text: print(text, file=sys.stderr)):
            hypothesis_seed(seed)(prop)()
    except Exception as exc:  # noqa: BLE001 - the finding itself: report it, with its type
        figures.failure = f"{type(exc).__name__}: {str(exc)[:300]}"
    return figures


def main(argv: list[str]) -> int:
    """Fuzz the targets named (all by default); exit 1 when any let out a disallowed exception."""
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.fuzz")
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("targets", nargs="*", help="substrings of target names (default: all)")
    args = parser.parse_args(argv)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)

    def wanted(name: str) -> bool:
        return not args.targets or any(t in name for t in args.targets)

    results = []
    with seeds() as s:
        targets = {**bundle_targets(s), **extractor_targets()}
        for name, target in targets.items():
            if wanted(name):
                results.append(run(name, target, args.examples, args.seed))
                print(results[-1].as_json(), flush=True)
        if wanted("merge"):
            with open_vault(s.archive) as archive:
                results.append(run("merge", merge_target(s, archive), max(1, args.examples // 4), args.seed))
                print(results[-1].as_json(), flush=True)
    return 1 if any(r.failure for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
