"""English and French: every string of the window translated, the compiled file matching its source,
switching in the settings rebuilding the window at once; a new recovery code after the passphrase."""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from app.entry.cli import main
from app.service import VaultService
from app.settings import Settings
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui import stored_sentences, translations
from ui.controller import AppController
from ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from ui.errors import user_message, vault_text
from ui.main_window import MainWindow
from ui.pages.records_page import RecordsPage
from ui.pages.sources_page import SourcesPage
from ui.sections import SECTIONS
from vault.errors import NotAVault, WrongRecoveryCode
from vault.keys import recovery
from vault.keys.secret import Passphrase
from vault.messages import Text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "fieldvault_fr.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    translations.install("en")


def test_every_string_of_the_window_has_a_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sorted(str(p) for p in (ROOT / "ui").rglob("*.py")), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    committed = _messages(TS)
    assert in_code - set(committed) == set()  # run scripts/build-translations.sh, then translate
    unfinished = [key for key in in_code if committed[key].find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []


def test_the_compiled_translation_says_what_its_source_says() -> None:
    translator = QTranslator()
    assert translator.load(str(translations.qm_path("fr")))
    for (context, source), message in _messages(TS).items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        if not forms:
            assert translator.translate(context, source) == message.findtext("translation")
            continue
        # A count's forms: singular for 0 and 1 in French, plural from 2 (tr() then puts the count for %n).
        for n, form in ((1, forms[0]), (2, forms[-1])):
            assert translator.translate(context, source, "", n) == form


def test_switching_to_french_rebuilds_the_window_at_once_in_the_same_section(
    qtbot: QtBot, controller: AppController, window: MainWindow, english_after: None
) -> None:
    window.show_section("sources")
    row = next(i for i, s in enumerate(SECTIONS) if s.id == "investigations")
    assert window.nav.item(row).text() == "Investigations"
    controller.apply_settings(Settings(language="fr"))
    french = controller.window
    assert french is not None
    assert french is not window
    assert french.nav.item(row).text() == "Enquêtes"
    assert french.current_section() == "sources"
    assert french.lock_action.text().replace("&", "") == "Verrouiller"  # "&" marks the Alt key
    assert controller.welcome.unlock_page.unlock_button.text().replace("&", "") == "Déverrouiller"
    controller.apply_settings(Settings(language="en"))
    assert controller.window is not None
    assert controller.window.nav.item(row).text() == "Investigations"


def test_the_cli_renders_a_view_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_after: None
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    out = tmp_path / "letters-fr.png"
    assert main(["gui", "--demo", "--screenshot", str(out), "--view", "letters", "--lang", "fr"]) == 0
    assert out.stat().st_size > 10_000
    assert translations.current() == "fr"


def test_a_new_recovery_code_needs_the_passphrase_and_replaces_the_old_one(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "renew.fvault"
    service, old = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    old_text = recovery.display(old)
    service.close()
    unlock(qtbot, controller, folder)
    dialog = controller.show_new_recovery_code()
    assert isinstance(dialog, RecoveryCodeDialog)
    dialog.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(dialog.renew_failed, timeout=20_000):
        dialog.make_button.click()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.code_shown, timeout=20_000):
        dialog.make_button.click()
    new_text = dialog.code_label.text()
    assert new_text
    assert new_text != old_text
    with pytest.raises(WrongRecoveryCode):
        VaultService.unlock_with_recovery_code(folder, recovery.parse(old_text)).close()
    VaultService.unlock_with_recovery_code(folder, recovery.parse(new_text)).close()
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()  # the idle lock too: the code leaves the screen with the window
    assert dialog.code_label.text() == ""


def test_the_catalogue_of_vault_sentences_is_current_and_every_template_is_literal() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract-vault-strings.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _fields(template: str) -> list[tuple[str, str]]:
    parsed = string.Formatter().parse(template)
    return sorted((name, spec or "") for _, name, spec, _ in parsed if name is not None)


def test_every_french_vault_sentence_keeps_its_placeholders() -> None:
    vault = {source: m for (context, source), m in _messages(TS).items() if context == "vault"}
    assert len(vault) > 200  # the core's sentences are in the catalogue
    for source, message in vault.items():
        translation = message.findtext("translation") or ""
        assert _fields(translation) == _fields(source), source


def test_a_vault_sentence_is_shown_in_french_with_its_parameters(english_after: None) -> None:
    translations.install("fr")
    folder = Text("{folder} is not a vault folder", folder="/media/usb/case")
    assert vault_text(folder) == "/media/usb/case n’est pas un dossier de coffre"
    assert user_message(NotAVault(folder)) == vault_text(folder)
    assert vault_text(Text("no such sentence {x}", x=1)) == "no such sentence 1"  # not catalogued: English
    translations.install("en")
    assert vault_text(folder) == "/media/usb/case is not a vault folder"


def test_a_translation_that_does_not_fit_its_parameters_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QCoreApplication, "translate", lambda _c, _s: "{other} n’est pas")
    assert vault_text(Text("{folder} is not a vault folder", folder="x")) == "x is not a vault folder"


def test_unlocking_with_a_wrong_passphrase_says_so_in_french(
    qtbot: QtBot, controller: AppController, vault_folder: Path, english_after: None
) -> None:
    translations.install("fr")
    failures: list[str] = []
    controller.job_failed.connect(failures.append)
    controller.start(vault_folder)
    with qtbot.waitSignal(controller.job_failed, timeout=20_000):
        controller.unlock(vault_folder, Passphrase.from_text("not the passphrase at all"))
    assert failures
    assert "phrase secrète" in failures[0]


def test_sentences_stored_as_plain_text_are_recognised_and_shown_in_french(english_after: None) -> None:
    translations.install("fr")
    stored = "could not be read: the document has encrypted parts"  # a warning kept in a record body
    assert vault_text(stored) == "n’a pas pu être lu : le document contient des parties chiffrées"
    full = "recording the export: the disk is full (or a file size limit was reached); nothing was changed"
    assert vault_text(full).startswith("enregistrement de l’export : le disque est plein")
    for not_ours in ("Meeting at the port: notes", "Interview 2026-11-02 with S-003", ""):
        assert vault_text(not_ours) == not_ours  # content that fits no template is left as it is
    translations.install("en")
    assert vault_text(stored) == stored


def test_a_word_someone_typed_is_not_translated_where_the_vault_shows_it(english_after: None) -> None:
    translations.install("fr")
    assert vault_text(Text("Name")) == "Nom"  # the vault's own label
    for typed in ("Name", "draft", " Document "):  # words of the catalogue, as content
        assert vault_text(typed) == typed
    # a file or folder named so, in a sentence stored as plain text: the sentence only is translated
    assert vault_text("Name is not a vault folder") == "Name n’est pas un dossier de coffre"
    assert vault_text(Text("{folder} is not a vault folder", folder="Name")).startswith("Name ")


def test_only_templates_with_words_of_their_own_are_recognised() -> None:
    assert stored_sentences.recognise("/media/usb/case is not a vault folder") == (
        "{folder} is not a vault folder",
        {"folder": "/media/usb/case"},
    )
    assert stored_sentences.recognise("anything: at all") is None
    assert stored_sentences.fill("{a} et {b}", {"a": "x"}) is None


def test_a_title_someone_typed_is_never_translated_and_one_the_vault_made_is(
    qtbot: QtBot, controller: AppController, tmp_path: Path, english_after: None
) -> None:
    # the catalogue holds single words ("Name" is "Nom"): a record called so is still called so
    folder = tmp_path / "titles.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    typed = service.model.add_model_record("entity", {"type": "company", "name": "Name"})
    protected = service.model.add_model_record(
        "source", {"code": "S-003", "protection": "protected", "name": "Amani K."}
    )
    service.close()
    translations.install("fr")
    window = unlock(qtbot, controller, folder)
    entities, sources = window.show_section("entities"), window.show_section("sources")
    assert isinstance(entities, RecordsPage)
    assert isinstance(sources, SourcesPage)
    for editor, record, shown in (
        (entities.model_editor, typed.id, ": Name"),
        (sources.editor, protected.id, ": S-003 (source protégée)"),  # "{code} (protected source)"
    ):
        with qtbot.waitSignal(editor.record_loaded, timeout=5000):
            editor.show_record(record)
        assert editor.heading.text().endswith(shown), editor.heading.text()
