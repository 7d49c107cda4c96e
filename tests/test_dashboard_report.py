"""The Jaarrapportage: a PDF with every chart and the same figures as CSV (Dutch Excel
conventions), made without Qt; a cancelled report leaves nothing behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.dashboard_factory import build_small_dashboard
from werkplaats_desktop.charts import CHARTS
from werkplaats_desktop.reports import csv_dir_for, make_report
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardFilter
from werkplaats_desktop.services.progress import Cancelled, Progress
from werkplaats_desktop.store.database import Database

PAGES = 1 + sum(2 if c.per_kind else 1 for c in CHARTS)


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
    assert pdf_pages(result.pdf) == PAGES
    assert rows(result.csv_dir / "activiteiten-per-thema.csv")[1:] == []
