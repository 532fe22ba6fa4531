"""Tamper campaign (quick form): every class of altered, forged, misaddressed, revoked and replayed
bundle is refused with its reason (a replay changes nothing) and the archive's vault.db is byte-for-byte
unchanged. The long run (more offsets, lengths and random forgeries) is scripts/campaigns.sh."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.tamper import tamper_campaign

CLASSES = {
    "flip: version line",
    "flip: recipient stanza",
    "flip: header MAC",
    "flip: payload nonce",
    "flip: first payload chunk",
    "flip: middle payload chunks",
    "flip: last payload chunk",
    "truncated",
    "bytes appended",
    "entries reordered",
    "entry duplicated",
    "entry renamed",
    "entry added",
    "entry removed",
    "content altered, signatures kept",
    "content altered, re-signed by an unenrolled key",
    "content altered, re-signed by an unenrolled key claiming the sender",
    "signed anew by an unenrolled key",
    "signature stripped",
    "encrypted to another archive (wrong key)",
    "new bundle of a revoked signer",
    "tar: symlink entry",
    "tar: data after the end",
    "tar: header field changed (mode 0777)",
    "tar: header field changed (owner 1000)",
    "tar: header field changed (type flag NUL)",
    "signature re-armored (CRLF)",
}


def test_every_class_of_tampered_bundle_is_refused_and_the_archive_is_unchanged(tmp_path: Path) -> None:
    outcome = tamper_campaign(tmp_path, trials=3, seed=20261124, cli_per_class=0)
    assert outcome.failures == []
    assert set(outcome.refused) >= CLASSES  # each class was exercised and refused
    assert outcome.replays_unchanged == 2  # as sent, and re-encrypted
    assert {"decryption", "signature", "roster", "revoked", "format", "hash"} <= set(outcome.reasons)


def test_refusals_reach_the_command_line_with_their_reason(tmp_path: Path) -> None:
    outcome = tamper_campaign(tmp_path, trials=1, seed=7, cli_per_class=1)
    assert outcome.failures == []
    assert outcome.cli_checked >= len(CLASSES)
