"""The English translation is complete and compiled; Qt's own buttons follow the language."""

from __future__ import annotations

import filecmp
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tools import translations
from werkplaats_desktop.ui.i18n import install_translators


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")}


def test_every_text_has_an_english_translation() -> None:
    assert translations.unfinished("en") == []


def test_the_ts_file_holds_every_text_of_the_code(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails when a text was added or changed without `tools/translations.py update`."""
    committed = translations.ts_file("en")
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    monkeypatch.setattr(translations, "ts_file", lambda language: fresh)
    translations.update()
    assert messages(fresh) == messages(committed)


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    built = translations.release(out=tmp_path)
    for path in built:
        assert filecmp.cmp(path, translations.FOLDER / path.name, shallow=False), (
            f"{path.name} is out of date: run python tools/translations.py release")


@pytest.mark.parametrize("language,save,cancel", [("nl", "Opslaan", "Annuleren"),
                                                  ("en", "Save", "Cancel")])
def test_standard_buttons_follow_the_language(qtbot: QtBot, language: str, save: str,
                                              cancel: str) -> None:
    try:
        loaded = install_translators(language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == save
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
        if language == "en":
            assert any(p.endswith("werkplaats_en.qm") for p in loaded)
    finally:
        install_translators("nl")
