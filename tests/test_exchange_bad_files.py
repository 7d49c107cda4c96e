"""Bad files are refused with a complete report (file, row, column, value, reason in Dutch), and
the database they were read into is exactly as it was."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from tests.exchange_support import dump, edit, read_rows, set_cell, unzip
from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.exchange.report import FOUT, ImportReport, Problem
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database


@pytest.fixture
def source(tmp_path: Path, empty_template: Path) -> Path:
    """The database of another werkplaats, with a project, an activity and two partners."""
    path = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, path)
    with Database.open(path) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Bron")
    return path


@pytest.fixture
def target(services: Services) -> Services:
    """The database that reads the files: it has a werkplaats of its own."""
    small_werkplaats(services, "Wmo-werkplaats Doel")
    return services


@pytest.fixture
def folder(source: Path, tmp_path: Path) -> Path:
    with Database.open(source) as db:
        export(db, tmp_path / "bron.zip", ExportOptions(VOLLEDIG))
    return unzip(tmp_path / "bron.zip", tmp_path / "bron")


@pytest.fixture
def flat(source: Path, tmp_path: Path) -> Path:
    with Database.open(source) as db:
        export(db, tmp_path / "landelijk.csv", ExportOptions(LANDELIJK))
    return tmp_path / "landelijk.csv"


def refused(target: Services, *paths: Path) -> ImportReport:
    before = dump(target.db.path)
    report = import_files(target.db, list(paths))
    assert report.refused and not report.written
    assert dump(target.db.path) == before
    assert "De database is niet gewijzigd" in report.text()
    return report


def where(report: ImportReport) -> set[tuple[str, int | None, str | None, str | None, str]]:
    return {(p.bestand, p.rij, p.kolom, p.waarde, p.reden) for p in report.errors}


def test_the_untouched_export_is_accepted(target: Services, folder: Path) -> None:
    report = import_files(target.db, [folder])
    assert report.written and not report.errors, report.text()
    assert target.activiteiten.count() == 2


def test_wrong_columns(target: Services, folder: Path) -> None:
    def rename(rows: list[list[str]]) -> None:
        rows[0][rows[0].index("titel")] = "title"
        rows[0][rows[0].index("jaar")] = "year"

    edit(folder, "activiteiten.csv", rename)
    got = where(refused(target, folder))
    assert ("activiteiten.csv", 1, "title", None, "Onbekende kolom 'title'.") in got
    assert ("activiteiten.csv", 1, "titel", None, "De kolom 'titel' ontbreekt.") in got
    assert ("activiteiten.csv", 1, "jaar", None, "De kolom 'jaar' ontbreekt.") in got


def test_wrong_encoding(target: Services, folder: Path, flat: Path) -> None:
    flat.write_bytes(flat.read_bytes().decode("utf-8-sig").encode("utf-16"))
    report = refused(target, flat)
    assert [p.reden for p in report.errors] == [
        "Het bestand is in UTF-16 opgeslagen. Sla het op als 'CSV UTF-8' en lees het opnieuw in."]


def test_windows_1252_is_read_with_a_warning(target: Services, source: Path,
                                             tmp_path: Path) -> None:
    with Database.open(source) as db:
        with db.write("titel") as s:
            s.connection().exec_driver_sql("UPDATE activiteit SET titel = 'Café Zoë – ''s avonds'")
        export(db, tmp_path / "l.csv", ExportOptions(LANDELIJK))
    data = (tmp_path / "l.csv").read_bytes().decode("utf-8-sig").encode("cp1252")
    (tmp_path / "l.csv").write_bytes(data)
    report = import_files(target.db, [tmp_path / "l.csv"])
    assert report.written
    assert ["Windows-1252" in p.reden for p in report.warnings] == [True]
    titles = {a.titel for a in target.activiteiten.all()}
    assert "Café Zoë – 's avonds" in titles


def test_truncated_zip(target: Services, source: Path, tmp_path: Path) -> None:
    with Database.open(source) as db:
        export(db, tmp_path / "x.zip", ExportOptions(VOLLEDIG))
    data = (tmp_path / "x.zip").read_bytes()
    (tmp_path / "x.zip").write_bytes(data[: len(data) * 2 // 3])
    report = refused(target, tmp_path / "x.zip")
    assert "geen geldig ZIP-bestand" in report.errors[0].reden


def test_truncated_file_in_an_export(target: Services, folder: Path) -> None:
    data = (folder / "activiteiten.csv").read_bytes()
    (folder / "activiteiten.csv").write_bytes(data[: len(data) - 40])
    got = where(refused(target, folder))
    assert any(b == "activiteiten.csv" and "SHA-256" in reason for b, _r, _c, _v, reason in got)


def test_truncated_landelijk_overzicht(target: Services, flat: Path) -> None:
    text = flat.read_bytes().decode("utf-8-sig")
    header, first = text.split("\r\n")[:2]
    flat.write_bytes((header + "\r\n" + first[:150]).encode("utf-8"))
    report = refused(target, flat)
    assert [(p.rij, p.params.get("m")) for p in report.errors] == [(2, 47)]
    assert "afgebroken" in report.errors[0].reden


def test_duplicate_uuids(target: Services, folder: Path) -> None:
    edit(folder, "activiteiten.csv", lambda rows: rows.append(list(rows[1])))
    uid = read_rows(folder, "activiteiten.csv")[1][0]
    got = where(refused(target, folder))
    reason = "Deze UUID staat ook in rij 2: een record mag maar één keer voorkomen."
    assert ("activiteiten.csv", 3, "uuid", uid, reason) in got


def test_unknown_theme(target: Services, folder: Path) -> None:
    unknown = str(uuid.uuid4())
    edit(folder, "activiteiten.csv", lambda rows: set_cell(rows, 2, "thema_uuids", unknown))
    assert where(refused(target, folder)) == {
        ("activiteiten.csv", 2, "thema_uuids", unknown, f"Onbekend thema: '{unknown}'.")}


def test_impossible_date(target: Services, folder: Path) -> None:
    edit(folder, "activiteiten.csv", lambda rows: set_cell(rows, 2, "datum", "31-02-2015"))
    assert where(refused(target, folder)) == {
        ("activiteiten.csv", 2, "datum", "31-02-2015", "De datum '31-02-2015' bestaat niet.")}


def test_text_in_number_columns(target: Services, folder: Path) -> None:
    def change(rows: list[list[str]]) -> None:
        set_cell(rows, 2, "bereik", "veel")
        set_cell(rows, 2, "uren", "12.5")  # a decimal point in the Dutch profile

    edit(folder, "activiteiten.csv", change)
    got = where(refused(target, folder))
    assert ("activiteiten.csv", 2, "bereik", "veel", "'veel' is geen geheel getal.") in got
    reason = ("'12.5' is geen getal (verwacht bijvoorbeeld 12,50, zonder scheidingstekens voor "
              "duizendtallen).")
    assert ("activiteiten.csv", 2, "uren", "12.5", reason) in got


def test_a_newer_format_version(target: Services, folder: Path, flat: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["formaatversie"] = 3
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    report = refused(target, folder)
    assert "formaatversie 3" in report.errors[0].reden
    assert "Installeer de nieuwste versie" in report.errors[0].reden
    text = flat.read_bytes().decode("utf-8-sig")
    flat.write_bytes(text.replace(";2\r\n", ";3\r\n").encode("utf-8"))
    assert "formaatversie 3" in refused(target, flat).errors[0].reden


def test_every_problem_of_every_row_is_reported_at_once(target: Services, folder: Path) -> None:
    unknown = str(uuid.uuid4())

    def change(rows: list[list[str]]) -> None:
        for _ in range(4):
            rows.append(list(rows[1]))
            rows[-1][0] = str(uuid.uuid4())
        set_cell(rows, 2, "datum", "31-02-2015")
        set_cell(rows, 3, "bereik", "honderd")
        set_cell(rows, 4, "thema_uuids", unknown)
        set_cell(rows, 5, "jaar", "1800")
        set_cell(rows, 6, "subtype", "minor")  # a kind of Onderwijs on an Ondersteuning row
        set_cell(rows, 6, "titel", "")

    edit(folder, "activiteiten.csv", change)
    edit(folder, "producten.csv", lambda rows: None)
    report = refused(target, folder)
    got = {(p.rij, p.kolom): p.reden for p in report.errors}
    assert got == {
        (2, "datum"): "De datum '31-02-2015' bestaat niet.",
        (3, "bereik"): "'honderd' is geen geheel getal.",
        (4, "thema_uuids"): f"Onbekend thema: '{unknown}'.",
        (5, "jaar"): "Jaar moet een jaar tussen 1900 en 2100 zijn.",
        (5, "datum"): "De datum 2011-03-04 valt niet in het jaar 1800.",
        (6, "subtype"): "'minor' is geen soort activiteit van Ondersteuning.",
        (6, "titel"): "Titel is verplicht.",
    }
    assert all(p.bestand == "activiteiten.csv" and p.ernst == FOUT for p in report.errors)
    line = next(p for p in report.errors if p.kolom == "datum" and p.rij == 2).line()
    assert line == ("Fout: activiteiten.csv, rij 2, kolom datum ('31-02-2015'): "
                    "De datum '31-02-2015' bestaat niet.")


def test_a_name_already_used_by_another_werkplaats(target: Services, folder: Path) -> None:
    """The same name with another national code is another werkplaats: refused. (With a code
    the program made up, the same name is the same werkplaats: tests/test_werkplaats_identity.)"""
    target.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Zuyd"))  # gets WSD-ZUY
    edit(folder, "werkplaatsen.csv", lambda rows: (
        set_cell(rows, 2, "naam", "Wmo-werkplaats Zuyd"), set_cell(rows, 2, "code", "WSD-ZWO")))
    got = where(refused(target, folder))
    assert ("werkplaatsen.csv", 2, "naam", "Wmo-werkplaats Zuyd",
            "Er bestaat al een werkplaats met de naam 'Wmo-werkplaats Zuyd'.") in got


def test_a_file_of_a_full_export_on_its_own_is_not_taken_for_something_else(
        target: Services, folder: Path) -> None:
    report = refused(target, folder / "activiteiten.csv")
    assert "één bestand uit een volledige export" in report.errors[0].reden


def test_problems_translate_through_the_given_function() -> None:
    p = Problem("a.csv", 2, "jaar", "1800", "{veld} moet een jaar tussen {min} en {max} zijn.",
                {"veld": "Jaar", "min": 1900, "max": 2100}, context="Validatie")
    english = {("Veld", "Jaar"): "Year",
               ("Validatie", "{veld} moet een jaar tussen {min} en {max} zijn."):
                   "{veld} must be a year between {min} and {max}."}
    assert p.format(lambda c, t: english.get((c, t), t)) == \
        "Year must be a year between 1900 and 2100."


def test_a_landelijk_overzicht_that_names_one_werkplaats_twice_differently(
        target: Services, source: Path, tmp_path: Path) -> None:
    from werkplaats_desktop.domain import model as m
    from werkplaats_desktop.domain.enums import O

    with Database.open(source) as db:
        s = Services(db)
        wp = s.werkplaatsen.all()[0]
        s.activiteiten.create(m.Activiteit(werkplaats_id=wp.id, titel="Tweede", o=O.ONDERZOEK,
                                           jaar=2012))
        export(db, tmp_path / "l.csv", ExportOptions(LANDELIJK))
    text = (tmp_path / "l.csv").read_bytes().decode("utf-8-sig")
    lines = text.split("\r\n")
    lines[2] = lines[2].replace("Wmo-werkplaats Bron", "Wmo-werkplaats Elders")
    (tmp_path / "l.csv").write_bytes("\r\n".join(lines).encode("utf-8"))
    report = refused(target, tmp_path / "l.csv")
    assert [(p.rij, p.kolom, p.reden) for p in report.errors] == [
        (3, "werkplaats_label", "werkplaats_label is hier 'Wmo-werkplaats Elders', maar in rij 2 "
                                "'Wmo-werkplaats Bron' voor dezelfde UUID.")]
