"""Record text written by experts leaves in annexes (``export annex``: claims of an investigation) and in
bundles (every revision of every record, and the reasons of deletions). Identifiers are matched as
people write them: the surname alone, another transliteration or script, a number with other
separators, a name broken across a line, look-alike letters and invisible marks inside a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.leaks.cases import DELETION_REASON, TEXT_VARIANTS, in_a_sentence
from tests.reliability.leaks.harness import (
    World,
    add_record,
    assert_refused,
    assert_verifies,
    cli,
    exposed_bytes,
    ok,
    open_bundle,
    short,
)

VARIANTS = [pytest.param(text, code, id=case_id) for case_id, text, code in TEXT_VARIANTS]


# --- annexes ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def annexing(world: World) -> tuple[Path, Path, dict[str, str]]:
    """One vault; each variant gets an investigation of its own holding one claim that carries it."""
    folder = world.folder("annexes")
    vault = world.fresh(folder)
    investigations = {}
    for param in VARIANTS:
        variant, _ = param.values
        inv = add_record(vault, "investigation", {"title": f"Annex case {param.id}"})
        add_record(vault, "claim", {"statement": in_a_sentence(str(variant)), "investigation": inv})
        investigations[str(param.id)] = inv
    return folder, vault, investigations


@pytest.mark.parametrize(("variant", "code"), VARIANTS)
def test_an_annex_is_refused_when_a_claim_names_a_protected_source_in_any_spelling(
    request: pytest.FixtureRequest, annexing: tuple[Path, Path, dict[str, str]], variant: str, code: str
) -> None:
    folder, vault, investigations = annexing
    case_id = request.node.callspec.id
    out = folder / f"annex-{case_id}.docx"
    result = cli("export", "annex", vault, "--investigation", investigations[case_id], "--out", out)
    assert_refused(result, code=code, place=r"claim", out=out)


# --- bundles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("variant", "code"), VARIANTS)
def test_a_bundle_is_refused_when_a_note_names_a_protected_source_in_any_spelling(
    request: pytest.FixtureRequest, world: World, variant: str, code: str
) -> None:
    folder = world.folder(f"note-{request.node.callspec.id}")
    vault = world.fresh(folder)
    note = ok(
        "note", "add", vault, "--title", "Harbour visit", "--body", in_a_sentence(variant),
        "--investigation", world.investigation,
    ).out.strip()  # fmt: skip
    out = folder / "b1.fvb"
    result = cli("bundle", vault, "--to", world.archive_id, "--out", out)
    assert_refused(result, code=code, place=short(note), out=out)
    assert_verifies(vault)


# --- the reason of a deletion -------------------------------------------------------------------------


def test_a_deletion_reason_naming_a_protected_source_never_reaches_a_bundle(world: World) -> None:
    """Refused when the record is deleted, or, if the reason is recorded, the next bundle is refused."""
    folder = world.folder("tombstone")
    vault = world.fresh(folder)
    note = ok("note", "add", vault, "--title", "Shipment", "--body", "cargo counted").out.strip()
    deleted = cli("record", "delete", vault, note, "--reason", DELETION_REASON)
    out = folder / "b1.fvb"
    bundled = cli("bundle", vault, "--to", world.archive_id, "--out", out)
    if deleted.code == 2:
        assert_refused(deleted, code="S-001", place=r"reason")
        assert bundled.code == 0, f"a bundle after the refused deletion was refused too: {bundled.err}"
        assert exposed_bytes(open_bundle(world, out)) == [], "the reason reached the bundle"
    else:
        assert deleted.code == 0, f"record delete failed: {deleted.err}"
        assert_refused(bundled, code="S-001", place=f"{short(note)}|reason|delet|tombstone", out=out)
        assert_verifies(vault)
