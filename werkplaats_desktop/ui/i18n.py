"""Translation in the GUI: Qt translators for our .qm files and Qt's own, and helpers that
translate the Dutch texts the core marks with QT_TRANSLATE_NOOP (see domain/i18n.py)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from werkplaats_desktop.domain import plurals
from werkplaats_desktop.domain.numbers import set_program_language
from werkplaats_desktop.domain.validation import FieldError
from werkplaats_desktop.locations import resources_dir
from werkplaats_desktop.services.choices import Choice

#: The languages the program ships; Dutch is the source language of every text.
LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"

_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def aantal(n: int | float, noun: str) -> str:
    """"1 gemeente", "2 gemeenten" (or "1 municipality" in English): ``domain.plurals``."""
    return plurals.aantal(n, noun, translate)


def enum_label(member: Enum | None) -> str:
    if member is None:
        return ""
    return translate("Keuzelijst", member.label)  # type: ignore[attr-defined]


def reference_label(text: str) -> str:
    """A name from a reference table (an O, a kind of activity, a product type)."""
    return translate("Keuzelijst", text)


def choice_text(choice: Choice) -> str:
    """How an entry of a choice list reads: program texts translated, data as it is."""
    return translate("Keuzelijst", choice.label) if choice.translatable else choice.label


def error_text(error: FieldError) -> str:
    return error.format(translate)


def install_translators(language: str) -> list[str]:
    """Load our translation and Qt's own (so standard buttons follow) for ``language``.
    Returns the files that were loaded (for the self-test and the About box)."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", qt_dir), ("werkplaats", str(resources_dir() / "translations"))]
    for name, folder in candidates:
        if language == DEFAULT_LANGUAGE and name == "werkplaats":
            continue  # Dutch is the source language: nothing to translate
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(translator.filePath())
    set_program_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl"
                               else QLocale.Country.UnitedKingdom))
    return loaded
