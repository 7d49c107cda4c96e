"""The Jaarrapportage: a PDF with every chart and the same figures as CSV (Dutch Excel
conventions), made without Qt; a cancelled report leaves nothing behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from tests.dashboard_factory import build_small_dashboard
from werkplaats_desktop.charts import CHARTS
from werkplaats_desktop.charts.context import context_texts
from werkplaats_desktop.reports import csv_dir_for, make_report
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardFilter
from werkplaats_desktop.services.progress import Cancelled, Progress
from werkplaats_desktop.store.database import Database

#: the title page, the contents, and per chart (activities and products where it has both)
#: the chart and, when it has numbers, its table
CHART_PAGES = sum(2 if c.per_kind else 1 for c in CHARTS)
PAGES = 2 + 2 * CHART_PAGES


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    return [line.split(";") for line in raw[3:].decode("utf-8").splitlines()]


def test_report_of_a_year(db: Database, services: Services, tmp_path: Path) -> None:
    build_small_dashboard(services)
    reports: list[tuple[int, int]] = []
    with db.read() as s:
        result = make_report(s, tmp_path / "rapport 2010.pdf", 2010,
                             progress=Progress(on_report=lambda d, t, _m: reports.append((d, t))))
    assert result.pdf.read_bytes().startswith(b"%PDF")
    assert result.pages == PAGES == pdf_pages(result.pdf)
    assert reports[-1][0] == reports[-1][1] and len(reports) > PAGES
    assert result.csv_dir == csv_dir_for(result.pdf) == tmp_path / "rapport 2010-csv"
    feiten = {r[0]: r[2] for r in rows(result.csv_dir / "feiten.csv")[1:]}
    assert (feiten["activiteiten"], feiten["producten"], feiten["werkplaatsen"]) == ("2", "1", "1")
    thema = rows(result.csv_dir / "activiteiten-per-thema.csv")
    assert thema[0] == ["thema_id", "thema", "onderzoek", "ontwikkeling", "onderwijs",
                        "ondersteuning", "totaal"]
    assert sorted(r[2:] for r in thema[1:]) == [["1", "0", "0", "0", "1"],
                                                ["1", "0", "1", "0", "2"]]
    # the series per year run up to the report's year; money with a decimal comma
    assert rows(result.csv_dir / "cofinanciering.csv")[1:] == [
        ["2010", "100000,00", "20000,00", "400,00", "30000,00", "150000,00", "0,6667"]]
    assert rows(result.csv_dir / "instellingen.csv")[1] == ["Jaar", "2010"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".jaarrapportage")]


def test_report_with_filters_and_the_trend(db: Database, services: Services,
                                           tmp_path: Path) -> None:
    small = build_small_dashboard(services)
    with db.read() as s:
        result = make_report(s, tmp_path / "r.pdf", 2013,
                             DashboardFilter(werkplaats_ids=(small.wp1,)))
    per_jaar = rows(result.csv_dir / "activiteiten-per-jaar.csv")
    assert [r[0] for r in per_jaar[1:]] == ["2010", "2011", "2012", "2013"]
    assert [r[-1] for r in per_jaar[1:]] == ["2", "0", "1", "0"]
    settings = dict(rows(result.csv_dir / "instellingen.csv")[1:])
    assert settings["Werkplaatsen"] == "Werkplaats Een"


def test_cancel_leaves_nothing(db: Database, services: Services, tmp_path: Path) -> None:
    build_small_dashboard(services)
    checks = iter([False, False, True])
    progress = Progress(cancel_requested=lambda: next(checks, True))
    out = tmp_path / "uit"
    with db.read() as s, pytest.raises(Cancelled):
        make_report(s, out / "r.pdf", 2010, progress=progress)
    assert list(out.iterdir()) == []


def test_report_of_an_empty_database(db: Database, tmp_path: Path) -> None:
    with db.read() as s:
        result = make_report(s, tmp_path / "leeg.pdf", 2015)
    assert pdf_pages(result.pdf) == 2 + CHART_PAGES  # no tables without numbers
    assert rows(result.csv_dir / "activiteiten-per-thema.csv")[1:] == []


def captured_pages(monkeypatch: pytest.MonkeyPatch) -> list[Figure]:
    """The figures the report puts on its pages, in order (instead of a PDF)."""
    from werkplaats_desktop.reports import jaarrapport

    pages: list[Figure] = []

    class Capture:
        def __init__(self, *a: object, **k: object) -> None:
            pass

        def __enter__(self) -> Capture:
            return self

        def __exit__(self, *a: object) -> None:
            return None

        def savefig(self, fig: Figure) -> None:
            pages.append(fig)

    monkeypatch.setattr(jaarrapport, "PdfPages", Capture)
    return pages


def test_every_page_says_its_filter_and_pages_are_sized_to_their_content(
        db: Database, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    small = build_small_dashboard(services)
    pages = captured_pages(monkeypatch)
    with db.read() as s, pytest.raises(FileNotFoundError):  # no PDF was written to move
        make_report(s, tmp_path / "r.pdf", 2012, DashboardFilter(werkplaats_ids=(small.wp1,)))
    texts = [[t.get_text() for t in fig.findobj(Text)] for fig in pages]
    # page 2: the contents, with page numbers and titles, and what each fact counts
    assert "Inhoud" in texts[1] and "3" in texts[1] and "Activiteiten per thema, naar O" in \
        texts[1] and any(t.startswith("Onderwerpen: ") for t in texts[1])
    for n, fig in enumerate(pages[2:], start=3):
        lines = [t.get_text().replace("\n", " ") for t in context_texts(fig)]
        assert lines[0] == "Filter: Werkplaats Een, 2012, alle thema's", n
        assert lines[1].startswith("Bron: Werkplaats Desktop"), n
        assert f"Jaarrapportage 2012 · blz. {n}" in texts[n - 1]
    heights = [fig.get_figheight() for fig in pages[2:]]
    assert len(set(round(h, 1) for h in heights)) > 4  # as tall as their content, not A4
    assert min(heights) < 4.0 and max(heights) <= 9.0


def test_the_report_has_no_plurals_in_brackets_and_one_amount_style(
        db: Database, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    small = build_small_dashboard(services)
    pages = captured_pages(monkeypatch)
    with db.read() as s, pytest.raises(FileNotFoundError):
        make_report(s, tmp_path / "r.pdf", 2012, DashboardFilter(werkplaats_ids=(small.wp1,)))
    everything = "\n".join(t.get_text() for fig in pages for t in fig.findobj(Text))
    assert not re.search(r"\w\((en|s)\)", everything)
    plural = "gemeenten|rijen|activiteiten|producten|organisaties|werkplaatsen"
    assert not re.search(rf"\b1 ({plural})\b", everything)
    assert not re.search(r"€ ?\d+(,\d)?k\b", everything)  # no "€ 600k"
    facts = [t.get_text() for t in pages[0].findobj(Text)]
    assert "Werkplaats" in facts  # the fact of 1 werkplaats ("Werkplaatsen" heads the settings)
