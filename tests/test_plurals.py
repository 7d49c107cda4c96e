"""Dutch plurals through one helper (domain/plurals.py): "1 gemeente / 2 gemeenten", never
"gemeente(n)" or "1 rijen"; the report, tiles, lists and dialogs all use it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tools import translations
from werkplaats_desktop.domain.numbers import set_program_language
from werkplaats_desktop.domain.plurals import NOUNS, aantal, noun
from werkplaats_desktop.exchange.report import ImportReport, Problem
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _dutch_numbers() -> Iterator[None]:
    """Dutch number style, whatever an earlier test left behind."""
    set_program_language("nl")
    yield
    set_program_language("nl")


def test_one_and_many() -> None:
    assert aantal(1, "gemeente") == "1 gemeente"
    assert aantal(2, "gemeente") == "2 gemeenten"
    assert aantal(0, "gemeente") == "0 gemeenten"
    assert aantal(1, "rij") == "1 rij" and aantal(1419, "rij") == "1.419 rijen"
    assert aantal(1, "punt") == "1 punt" and aantal(3, "punt") == "3 punten"
    assert aantal(1, "thema") == "1 thema" and aantal(2, "thema") == "2 thema's"
    assert noun(1, "praktijk") == "praktijk" and noun(5, "praktijk") == "praktijken"


def test_english_through_the_translate_function() -> None:
    english = {"gemeente": "municipality", "gemeenten": "municipalities"}

    def tx(context: str, text: str) -> str:
        assert context == "Meervoud"
        return english.get(text, text)

    set_program_language("en")
    try:
        assert aantal(1, "gemeente", tx) == "1 municipality"
        assert aantal(1234, "gemeente", tx) == "1,234 municipalities"
    finally:
        set_program_language("nl")


def test_every_noun_has_two_forms() -> None:
    for key, (one, many) in NOUNS.items():
        assert one and many and one != many, key


def test_no_text_of_the_program_writes_a_plural_in_brackets() -> None:
    """No "punt(en)", "fout(en)", "partner(s)", "werkplaats(en)" left in the shown texts."""
    root = ET.parse(translations.ts_file("en")).getroot()
    sources = [m.findtext("source") or "" for m in root.iter("message")]
    bad = [s for s in sources if re.search(r"\w\((en|s|n)\)", s)]
    assert bad == []


def test_the_import_report_counts_one_error_in_the_singular() -> None:
    report = ImportReport()
    report.add(Problem("a.csv", 2, "naam", "", "leeg"))
    assert report.summary_lines()[0].startswith("Niet ingelezen: 1 fout gevonden.")


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    w = MainWindow(demo_db)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()
    w.deleteLater()


def test_a_list_of_one_row_says_1_rij(window: MainWindow) -> None:
    window.open_list("werkplaats", {"provincie_code": "PV21"})  # Friesland: one werkplaats
    page = window.current_page()
    assert isinstance(page, ListPage)
    assert page.count_label.text() == "1 rij"
    window.open_list("werkplaats", {"provincie_code": "PV30"})  # Noord-Brabant: two
    assert page.count_label.text() == "2 rijen"
