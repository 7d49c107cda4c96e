"""The national overview from files that werkplaatsen made on their own (issue 14): two files
built from empty through the services, each with its own werkplaats, imported in both orders
and in one go: the same overview every way, each organisation once, each werkplaats once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.exchange_support import counts
from tests.national_support import UTRECHT, ZWOLLE, make_file
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

#: bookkeeping that differs with the order of imports (when, from which file)
BOOKKEEPING = {"import_log", "aanlevering", "jaarstatus_log", "partner_alias", "alembic_version",
               "meta"}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("werkplaatsen")
    return (make_file(folder / "utrecht.sqlite", empty_template, UTRECHT),
            make_file(folder / "zwolle.sqlite", empty_template, ZWOLLE))


def _national(tmp_path: Path, template: Path, name: str, *batches: list[Path]) -> Path:
    path = tmp_path / name
    shutil.copy(template, path)
    with Database.open(path) as db:
        for batch in batches:
            report = import_files(db, batch)
            assert report.written, report.text()
    return path


def _overview(path: Path) -> dict[str, object]:
    """What the overview holds, by name. An organisation keeps the spelling of the file that
    brought it first ("MOVISIE" or "Movisie"): names are compared folded."""
    conn = sqlite3.connect(path)
    conn.create_function("fold", 1, fold)
    try:
        return {
            "werkplaatsen": sorted(conn.execute("SELECT code, naam FROM werkplaats")),
            "partners": sorted(n for (n,) in conn.execute("SELECT fold(naam) FROM partner")),
            "samenwerking": sorted(conn.execute(
                "SELECT t.naam, w.code FROM themasamenwerking t JOIN "
                "themasamenwerking_werkplaats l ON l.themasamenwerking_id = t.id "
                "JOIN werkplaats w ON w.id = l.werkplaats_id")),
            "deelnames": sorted(conn.execute(
                "SELECT w.code, fold(p.naam) FROM deelname d JOIN werkplaats w "
                "ON w.id = d.werkplaats_id "
                "JOIN partner p ON p.id = d.partner_id")),
            "activiteiten": sorted(conn.execute(
                "SELECT w.code, a.titel FROM activiteit a JOIN werkplaats w "
                "ON w.id = a.werkplaats_id")),
        }
    finally:
        conn.close()


def test_two_werkplaatsen_give_one_overview_in_either_order_and_in_one_go(
    files: tuple[Path, Path], tmp_path: Path, empty_template: Path
) -> None:
    utrecht, zwolle = files
    first = _national(tmp_path, empty_template, "uz.sqlite", [utrecht], [zwolle])
    second = _national(tmp_path, empty_template, "zu.sqlite", [zwolle], [utrecht])
    together = _national(tmp_path, empty_template, "samen.sqlite", [utrecht, zwolle])
    ways = [first, second, together]
    tally = [{t: n for t, n in counts(p).items() if t not in BOOKKEEPING} for p in ways]
    assert tally[0] == tally[1] == tally[2]
    assert tally[0]["werkplaats"] == 2 and tally[0]["activiteit"] == 5
    overview = _overview(first)
    assert _overview(second) == _overview(together) == overview
    # each werkplaats once, by its national code; each organisation once
    assert overview["werkplaatsen"] == [("WSD-UTR", "Wmo-werkplaats Utrecht"),
                                        ("WSD-ZWO", "Wmo-werkplaats Zwolle")]
    assert overview["partners"] == ["gemeente utrecht", "gemeente zwolle", "hogeschool utrecht",
                                    "hogeschool windesheim", "movisie"]
    # the themasamenwerking both recorded is one, with both werkplaatsen
    assert overview["samenwerking"] == [("Eenzaamheid", "WSD-UTR"), ("Eenzaamheid", "WSD-ZWO")]
    # Zwolle takes part with the gemeente Utrecht it named its own way: the same partner
    assert ("WSD-ZWO", "gemeente utrecht") in overview["deelnames"]  # type: ignore[operator]
    # the werkplaats keeps its own file's identity, whichever file named it first
    for path in ways:
        with Database.open(path) as db:
            uuids = {w.code: w.uuid for w in Services(db).werkplaatsen.all()}
        assert uuids == _own_uuids(files)


def _own_uuids(files: tuple[Path, Path]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for path in files:
        conn = sqlite3.connect(path.with_suffix(".sqlite"))
        (code, uuid), = conn.execute("SELECT w.code, w.uuid FROM meta m JOIN werkplaats w "
                                     "ON w.uuid = m.waarde WHERE m.sleutel = 'eigen_werkplaats'")
        conn.close()
        out[code] = uuid
    return out


def test_reading_the_same_file_again_changes_nothing(
    files: tuple[Path, Path], tmp_path: Path, empty_template: Path
) -> None:
    path = _national(tmp_path, empty_template, "n.sqlite", [files[0]], [files[1]])
    with Database.open(path) as db:
        again = import_files(db, [files[0]])
    assert again.written
    totals = [(c.nieuw, c.bijgewerkt, c.verwijderd) for c in again.counts.values()]
    assert set(totals) == {(0, 0, 0)}
    assert {n: (c.nieuw, c.bijgewerkt, c.verwijderd) for n, c in again.per_werkplaats.items()} == {
        "Wmo-werkplaats Utrecht": (0, 0, 0)}
    assert again.per_werkplaats["Wmo-werkplaats Utrecht"].ongewijzigd > 0


def test_an_export_brings_only_its_own_werkplaatss_records(
    files: tuple[Path, Path], tmp_path: Path, empty_template: Path
) -> None:
    """Zwolle named in Utrecht's file is a reference: Utrecht's export changes nothing of
    Zwolle's (its name, its records), in whatever order they come."""
    path = _national(tmp_path, empty_template, "n.sqlite", [files[1]])
    with Database.open(path) as db:
        s = Services(db)
        zwolle = next(w for w in s.werkplaatsen.all() if w.code == "WSD-ZWO")
        before = (zwolle, sorted(a.titel for a in s.activiteiten.all()))
        report = import_files(db, [files[0]])
        assert report.written
        zwolle_after = next(w for w in s.werkplaatsen.all() if w.code == "WSD-ZWO")
        assert (zwolle_after, sorted(a.titel for a in s.activiteiten.all()
                                     if a.werkplaats_id == zwolle.id)) == before
        assert set(report.per_werkplaats) == {"Wmo-werkplaats Utrecht"}


def test_a_file_with_its_own_werkplaats_reads_no_exports(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    own = tmp_path / "utrecht.sqlite"
    shutil.copy(files[0].with_suffix(".sqlite"), own)
    with Database.open(own) as db:
        report = import_files(db, [files[1]])
    assert report.refused and not report.written
    assert "Dit bestand is van Wmo-werkplaats Utrecht (de eigen werkplaats)" in \
        report.errors[0].reden


def test_year_status_round_trip(
    tmp_path: Path, empty_template: Path
) -> None:
    """Close 2015 in Utrecht's file, export, import: the national overview shows Utrecht 2015
    definitief; in Utrecht's file a 2015 activity can no longer be edited."""
    zipped = make_file(tmp_path / "utrecht.sqlite", empty_template, UTRECHT)
    with Database.open(tmp_path / "utrecht.sqlite") as db:
        s = Services(db)
        wid = s.info.eigen_werkplaats_id()
        s.years.close(wid, 2015)
        assert s.undo_label() == "Jaar 2015 afgesloten (definitief): Wmo-werkplaats Utrecht"
        act = next(a for a in s.activiteiten.all() if a.jaar == 2015)
        act.titel = "Andere titel"
        with pytest.raises(ValidationError) as refused:
            s.activiteiten.update(act)
        assert refused.value.errors[0].message == (
            "2015 is voor Wmo-werkplaats Utrecht afgesloten (definitief): de gegevens van dat "
            "jaar kunnen niet meer worden gewijzigd. Heropen het jaar eerst "
            "(Extra > Jaar heropenen…).")
        export(db, zipped, ExportOptions(VOLLEDIG))
    national = _national(tmp_path, empty_template, "landelijk.sqlite", [zipped])
    with Database.open(national) as db:
        matrix = Services(db).completeness.matrix(2015)
    row, zwolle = matrix.werkplaatsen  # Zwolle: named in Utrecht's themasamenwerking
    assert (row.naam, row.jaren[0].jaar, row.jaren[0].status) == (
        "Wmo-werkplaats Utrecht", 2015, JaarStatus.DEFINITIEF)
    assert row.aanlevering is not None and row.aanlevering.eigen_bestand
    assert row.jaren[0].ontbreekt == ()
    assert (zwolle.naam, zwolle.aanlevering, zwolle.jaren[0].ontbreekt) == (
        "Wmo-werkplaats Zwolle", None, ("geen_bestand", "concept", "geen_activiteiten"))


def test_closing_years_and_reopening_them(services: Services) -> None:
    wid = services.info.start_own_werkplaats("WSD-TWE", "", "Saxion", None)
    act = services.activiteiten.create(m.Activiteit(werkplaats_id=wid, titel="Les", o="onderwijs",
                                                    jaar=2014))  # type: ignore[arg-type]
    services.years.close(wid, 2014, JaarStatus.INGEDIEND)
    with pytest.raises(ValidationError):
        services.activiteiten.delete(act.id)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):  # not into a closed year either
        services.activiteiten.create(m.Activiteit(werkplaats_id=wid, titel="Nieuw",
                                                  o="onderwijs", jaar=2014))  # type: ignore[arg-type]
    services.years.close(wid, 2014, JaarStatus.DEFINITIEF)
    services.years.reopen(wid, 2014, "Correctie bereik")
    services.activiteiten.delete(act.id)  # type: ignore[arg-type]
    assert [(r.van, r.naar, r.reden) for r in services.years.log(wid)] == [
        (JaarStatus.CONCEPT, JaarStatus.INGEDIEND, ""),
        (JaarStatus.INGEDIEND, JaarStatus.DEFINITIEF, ""),
        (JaarStatus.DEFINITIEF, JaarStatus.CONCEPT, "Correctie bereik")]


@pytest.mark.slow
def test_the_demo_exports_of_seeds_7_and_8_one_after_the_other(
    tmp_path: Path, empty_template: Path
) -> None:
    """A demo file has no eigen werkplaats: it is an overview whose records belong to each of its
    14 werkplaatsen. Read after each other, the later file's records are those of every
    werkplaats (docs/uitwisselformaat.md §6.6); the werkplaatsen stay 14, found by their codes."""
    from werkplaats_desktop.demo.builder import build_demo

    exports = []
    for seed in (7, 8):
        path = build_demo(tmp_path / f"demo{seed}.sqlite", seed)
        with Database.open(path) as db:
            export(db, tmp_path / f"demo{seed}.zip", ExportOptions(VOLLEDIG))
        exports.append(tmp_path / f"demo{seed}.zip")
    national = tmp_path / "landelijk.sqlite"
    shutil.copy(empty_template, national)
    with Database.open(national) as db:
        first = import_files(db, [exports[0]])
        second = import_files(db, [exports[1]])
        assert first.written and second.written, second.text()
        s = Services(db)
        assert sorted(w.code for w in s.werkplaatsen.all()) == sorted(
            f"WSD-{c}" for c in ("AMS", "FON", "NRD", "NIJ", "TWE", "UTR", "ROT", "AVA", "FRL",
                                 "NHO", "SIO", "ZUY", "ZWO", "FLE"))
        here = {a.uuid for a in s.activiteiten.all()}
    conn = sqlite3.connect(tmp_path / "demo8.sqlite")
    later = {u for (u,) in conn.execute("SELECT uuid FROM activiteit")}
    conn.close()
    assert here == later
    removed = sum(c.verwijderd for c in second.per_werkplaats.values())
    assert removed == sum(c.nieuw for c in first.per_werkplaats.values())
    assert len(second.per_werkplaats) == 14
