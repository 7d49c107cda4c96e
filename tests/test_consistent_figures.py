"""Tiles, charts, ``werkplaats stats`` and the report count the same things from the same rows,
in a national overview built from landelijk overzichten (CSV) as well as from full exports
(issue 14: after a landelijk CSV the tiles said "Thema's 2" above a chart of twenty themes)."""

from __future__ import annotations

import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.reports.tables import tables
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardData, DashboardFilter
from werkplaats_desktop.services.dashboard.as_json import data_as_json
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database


@pytest.fixture(scope="module")
def overviews(demo_template: Path, empty_template: Path,
              tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo's 14 werkplaatsen, read into a new national overview once from its landelijk
    overzicht and once from its full export."""
    folder = tmp_path_factory.mktemp("overzichten")
    source = folder / "demo.sqlite"
    shutil.copy(demo_template, source)
    out = {"demo": source}
    with Database.open(source) as db:
        export(db, folder / "landelijk.csv", ExportOptions(LANDELIJK))
        export(db, folder / "volledig.zip", ExportOptions(VOLLEDIG))
    for name, file in (("landelijk", "landelijk.csv"), ("volledig", "volledig.zip")):
        target = folder / f"{name}.sqlite"
        shutil.copy(empty_template, target)
        with Database.open(target) as db:
            assert import_files(db, [folder / file]).written
        out[name] = target
    return out


FILTERS = [DashboardFilter(), DashboardFilter.year(2015), DashboardFilter.year(2011),
           DashboardFilter(jaar_van=2012, jaar_tot=2014)]


def _check_tiles_against_charts(s: Services, d: DashboardData) -> None:
    f = d.feiten
    for out, tile in ((d.activiteiten, f.activiteiten), (d.producten, f.producten)):
        assert tile == out.totaal == sum(r.total for r in out.per_jaar)
        assert tile == sum(r.count for r in out.per_provincie) == sum(
            r.total for r in out.per_gemeente)
        assert tile == s.lists.count(out.kind, ListQuery(filters=out.list_filters))
        provinces = [r.key for r in out.per_provincie if r.key is not None]
        assert len(provinces) == 12
    assert f.werkplaatsen == len(d.werkplaatsen)  # the points on the map
    mix = {r.key: r.count for r in d.partners}
    assert f.partners == sum(mix.values())
    assert (f.hogescholen, f.gemeenten, f.uitvoeringsorganisaties) == (
        mix.get("hogeschool", 0), mix.get("gemeente", 0), mix.get("uitvoeringsorganisatie", 0))
    themes_a = {r.key for r in d.activiteiten.per_thema if r.key is not None}
    themes_p = {r.key for r in d.producten.per_thema if r.key is not None}
    assert f.themas == len(themes_a | themes_p)
    assert f.bereik == d.activiteiten.bereik
    if f.activiteiten:  # output that belongs to praktijken makes them count
        assert f.projecten > 0 and f.onderwerpen >= f.projecten


def _check_stats_and_report(d: DashboardData) -> None:
    data = data_as_json(d)
    assert data["feiten"] == asdict(d.feiten)
    for key, out in (("activiteiten", d.activiteiten), ("producten", d.producten)):
        js = data[key]
        assert js["totaal"] == out.totaal
        assert len([r for r in js["per_provincie"] if r["provincie_code"]]) == 12
        assert sum(r["aantal"] for r in js["per_provincie"]) == out.totaal
        assert len(js["per_thema"]) == len(out.per_thema)
    report = tables(d, d, [])
    assert {row[0]: row[2] for row in report["feiten"][1]} == asdict(d.feiten)
    assert sum(row[2] for row in report["activiteiten-per-provincie"][1]) == d.activiteiten.totaal


@pytest.mark.parametrize("kind", ["landelijk", "volledig"])
def test_every_tile_agrees_with_the_charts_stats_and_report(overviews: dict[str, Path],
                                                            kind: str) -> None:
    with Database.open(overviews[kind]) as db:
        s = Services(db)
        for flt in FILTERS:
            d = s.dashboard.data(flt)
            _check_tiles_against_charts(s, d)
            _check_stats_and_report(d)


@pytest.mark.parametrize("kind", ["landelijk", "volledig"])
def test_the_overview_counts_what_the_werkplaatsen_sent(overviews: dict[str, Path],
                                                        kind: str) -> None:
    """The output figures of the national overview are those of the files read in."""
    with Database.open(overviews["demo"]) as db:
        source = {flt: Services(db).dashboard.data(flt) for flt in FILTERS}
    with Database.open(overviews[kind]) as db:
        for flt in FILTERS:
            here, there = Services(db).dashboard.data(flt), source[flt]
            for a, b in ((here.activiteiten, there.activiteiten),
                         (here.producten, there.producten)):
                assert [(r.label, r.per_o) for r in a.per_thema] == [
                    (r.label, r.per_o) for r in b.per_thema]
                assert [(r.key, r.per_o) for r in a.per_jaar] == [
                    (r.key, r.per_o) for r in b.per_jaar]
                assert [(r.key, r.count) for r in a.per_provincie] == [
                    (r.key, r.count) for r in b.per_provincie]
            assert here.feiten.themas == there.feiten.themas
            assert here.feiten.werkplaatsen == there.feiten.werkplaatsen
            if kind == "volledig":
                assert here.feiten == there.feiten
