"""Previewing a periodic review or a designation proposal: what it will hold, the outbound gate's
findings and the designation rule's refusal reasons, before anything is written (and nothing is)."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.service import VaultService
from app.service_lists import DesignationRefused
from exporters.doc_language import Words
from tests.helpers import PASSPHRASE, init_vault, run_cli
from vault.errors import Cancelled, InvalidInput
from vault.keys.secret import Passphrase
from vault.messages import message_of

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]
LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"
SOURCE = "Amani Zawadi"


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def unlocked(vault: Path) -> VaultService:
    return VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))


@pytest.fixture
def vault(capsys: Capsys, tmp_path: Path) -> Path:
    path = tmp_path / "field.fvault"
    init_vault(capsys, path)
    assert run_cli(capsys, "list", "import", path, LIST_2017).code == 0
    add(capsys, path, "source", {"name": SOURCE, "protection": "protected"})
    return path


def confirmed_broker(capsys: Capsys, vault: Path, statement: str) -> str:
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho"})
    add(capsys, vault, "claim", {"statement": statement, "supports": [broker]})
    candidate = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, candidate["id"]).code == 0
    return broker


def test_review_preview_shows_the_findings_and_writes_nothing(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    confirmed_broker(capsys, vault, f"{SOURCE} saw Ri Won Ho at the port")
    before = sorted(tmp_path.rglob("*"))
    service = unlocked(vault)
    try:
        for lang in ("en", "fr"):
            shown = service.lists.preview_review("KPi.033", lang=lang)
            assert not shown.writable
            assert [str(f.location) for f in shown.findings] == ["claim 1 statement"]
            assert all(SOURCE not in repr(f.describe()) for f in shown.findings)
            assert shown.findings[0].code.startswith("S-")
            assert shown.title == "Periodic review: KPi.033 RI WON HO"
            assert "1 claim(s) about the listed party" in shown.contents
            assert shown.refusals == ()
    finally:
        service.close()
    assert sorted(tmp_path.rglob("*")) == before


def test_review_preview_without_findings_is_writable(capsys: Capsys, vault: Path) -> None:
    confirmed_broker(capsys, vault, "Ri Won Ho met KOMID agents in Damascus")
    service = unlocked(vault)
    try:
        shown = service.lists.preview_review("KPi.033", since="2020", lang="fr")
        assert shown.writable
        assert shown.findings == ()
        with pytest.raises(InvalidInput, match="since"):
            service.lists.preview_review("KPi.033", since="last week")
        with pytest.raises(InvalidInput, match="language"):
            service.lists.preview_review("KPi.033", lang="xx")
    finally:
        service.close()


def test_dossier_preview_gives_every_refusal_reason(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Jean-Baptiste Mulamba"})
    unverified = add(
        capsys, vault, "claim", {"statement": "Mulamba sold gold", "supports": [broker], "designation": True}
    )
    service = unlocked(vault)
    try:
        shown = service.lists.preview_dossier(broker)
        assert not shown.writable
        assert shown.refusals == (f"claim {unverified[:8]} is not a verified fact",)
        assert shown.title == "Proposal for designation: Jean-Baptiste Mulamba"
        assert "0 verified fact(s) in the statement of case" in shown.contents
        french = Words("fr")
        assert french(shown.refusals[0]) == f"l’affirmation {unverified[:8]} n’est pas un fait vérifié"
        with pytest.raises(DesignationRefused) as refused:
            service.lists.export_dossier(broker, tmp_path / "dossier.docx")
        assert refused.value.reasons == shown.refusals
        message = message_of(refused.value)
        assert message == f"no designation proposal: claim {unverified[:8]} is not a verified fact"
        assert french(message).endswith(f"l’affirmation {unverified[:8]} n’est pas un fait vérifié")
        assert "claim" not in french(message)
    finally:
        service.close()
    assert not (tmp_path / "dossier.docx").exists()


def test_dossier_preview_without_a_designation_claim(capsys: Capsys, vault: Path) -> None:
    broker = add(capsys, vault, "entity", {"type": "company", "name": "Congo Gold Ltd"})
    service = unlocked(vault)
    try:
        shown = service.lists.preview_dossier(broker, lang="fr")
        assert shown.refusals == ("no claim supporting a designation cites this entity",)
        assert not shown.writable
    finally:
        service.close()


def test_since_compares_dates_and_the_review_shows_the_date_a_claim_changed(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    """A record's time is a hybrid-logical-clock value (milliseconds.counter), not an ISO date: compared
    as text with --since, every claim fell before any date, and the document showed "0017…" as a date."""
    confirmed_broker(capsys, vault, "Ri Won Ho met KOMID agents in Damascus")
    service = unlocked(vault)
    try:
        assert (
            "1 claim(s) about the listed party"
            in service.lists.preview_review("KPi.033", since="2020-01-01").contents
        )
        assert (
            "0 claim(s) about the listed party"
            in service.lists.preview_review("KPi.033", since="2999").contents
        )
        out = tmp_path / "review.docx"
        service.lists.export_review("KPi.033", out, since="2020")
    finally:
        service.close()
    with zipfile.ZipFile(out) as z:
        text = z.read("word/document.xml").decode("utf-8")
    assert date.today().isoformat() in text or (date.today() - timedelta(days=1)).isoformat() in text
    assert "001" + "7" not in text


def test_progress_over_the_steps_and_cancel_writes_nothing(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    confirmed_broker(capsys, vault, "Ri Won Ho met KOMID agents in Damascus")
    service = unlocked(vault)
    seen: list[tuple[int, int]] = []
    asked: list[int] = []

    def cancel_at_the_last_step() -> bool:
        asked.append(1)
        return len(asked) == 4  # asked before each of the four steps: the last comes before any write

    out = tmp_path / "review.docx"
    try:
        assert service.lists.preview_review("KPi.033", progress=lambda d, n: seen.append((d, n))).writable
        assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
        with pytest.raises(Cancelled):
            service.lists.preview_review("KPi.033", cancelled=lambda: True)
        with pytest.raises(Cancelled):
            service.lists.export_review("KPi.033", out, cancelled=cancel_at_the_last_step)
        assert not out.exists()
        assert list(tmp_path.glob("*.docx*")) == []
        service.lists.export_review("KPi.033", out, cancelled=lambda: False)
    finally:
        service.close()
    assert out.is_file()
