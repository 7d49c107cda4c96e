"""An exchange file at its edges (issue 15, "test strength"): what a cell reads as and what is
refused, with the value named in the reason; names that differ only in case, or only in their
werkplaats; partners recognised by CBS code, by name in another case, or (offered, not merged)
by name without accents. Written to kill the mutants of ``exchange/cells.py``,
``exchange/checks.py`` and ``exchange/matching.py`` that survived the suite (see
tools/mutation.py); behaviour a user would notice when a file from Excel is read back.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exchange_support import dump, edit, read_rows, set_cell, unzip
from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import PartnerType
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.exchange import cells as C
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.exchange.matching import (
    AL_GEKOPPELD,
    LIJKT_OP,
    MEER_KANDIDATEN,
    ZELFDE_CBS,
    ZELFDE_NAAM,
    Candidate,
    PartnerPool,
    exact_key,
    loose_key,
)
from werkplaats_desktop.exchange.report import ImportReport
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

U = "0f8fad5b-d9cb-469f-a165-70867728950e"
U2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def refused(parse: object, cell: str) -> C.CellError:
    with pytest.raises(C.CellError) as caught:
        parse(cell)  # type: ignore[operator]
    return caught.value


# --- UUIDs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [U, U.upper(), f"  {U}  ", f"{{{U}}}"[1:-1]])
def test_a_uuid_is_read_in_lower_case(cell: str) -> None:
    assert C.parse_uuid(cell) == U


@pytest.mark.parametrize("cell", [
    "0f8fad5bd-9cb-469f-a165-70867728950e",  # the first dash one place on
    "0f8fad5b-d9c-b469f-a165-70867728950e",  # the second
    "0f8fad5b-d9cb-469-fa165-70867728950e",  # the third
    "0f8fad5b-d9cb-469f-a16-570867728950e",  # the fourth
    "0f8fad5b-d9cb-469f-a165-70867728950e0",  # 37 long
    "0f8fad5b-d9cb-469f-a165-70867728950-",  # a fifth dash at the end
    "0f8fad5b-d9cb-469f-a165-708677-8950e",  # a fifth dash inside
    "0f8fad5b-d9cb-469f-g165-70867728950e",  # not hexadecimal
    "0f8fad5b-d9cb-469f-a165-70867728950",  # too short
    "8-4-4-4-12",
])
def test_a_uuid_with_anything_out_of_place_is_refused_and_shown(cell: str) -> None:
    error = refused(C.parse_uuid, cell)
    assert error.template == C.GEEN_UUID
    assert error.params == {"waarde": cell.strip().lower()}
    assert cell.strip().lower() in str(error)


def test_a_uuid_list_is_split_at_bars() -> None:
    assert C.parse_uuids(f"{U}|{U2}") == [U, U2]
    assert C.parse_uuids(f"{U}| {U2.upper()} ||") == [U, U2]
    assert C.parse_uuids("") == []
    with pytest.raises(C.CellError):
        C.parse_uuids(f"{U} {U2}")  # a space is not a separator


# --- whole numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "value"), [
    ("0", 0), ("42", 42), (" 42 ", 42), ("+7", 7), ("-3", -3), ("9" * 18, int("9" * 18)),
    ("", None), ("   ", None)])
def test_whole_numbers(cell: str, value: int | None) -> None:
    assert C.parse_int(cell) == value


@pytest.mark.parametrize("cell", ["1" * 19, "1.250", "1,5", "12a", "²", "- 3", "1e3"])
def test_not_a_whole_number(cell: str) -> None:
    error = refused(C.parse_int, cell)
    assert error.template == C.GEEN_GETAL and error.params == {"waarde": cell.strip()}


# --- amounts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sep", "cell", "value"), [
    (",", "1250,50", Decimal("1250.50")), (",", "0,01", Decimal("0.01")),
    (",", "-3", Decimal("-3")), (".", "1250.5", Decimal("1250.5")), (",", " 7 ", Decimal(7)),
    (",", "", None)])
def test_amounts_with_the_profiles_separator(sep: str, cell: str, value: Decimal | None) -> None:
    assert C.decimal_parser(sep)(cell) == value


@pytest.mark.parametrize(("sep", "cell"), [(",", "1.250,50"), (",", "1250.50"), (".", "1,5"),
                                           (",", "1 250"), (",", "€ 5"), (",", ",5")])
def test_an_amount_with_another_separator_or_thousands_is_refused(sep: str, cell: str) -> None:
    error = refused(C.decimal_parser(sep), cell)
    assert error.template == C.GEEN_DECIMAAL
    assert error.params == {"waarde": cell.strip(), "teken": sep}
    assert f"12{sep}50" in str(error)


# --- dates and times -----------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "value"), [
    ("2012-03-04", date(2012, 3, 4)), (" 2012-03-04 ", date(2012, 3, 4)),
    ("4-3-2012", date(2012, 3, 4)), ("04-03-2012", date(2012, 3, 4)),
    ("2012-3-4", date(2012, 3, 4)), ("", None)])
def test_dates_as_written_by_this_program_and_by_dutch_excel(
        cell: str, value: date | None) -> None:
    # one grammar for forms and files (domain/dates.py): year first is never ambiguous
    assert C.parse_date(cell) == value


@pytest.mark.parametrize(("cell", "template"), [
    ("20120304", C.GEEN_DATUM), ("2012-W01-1", C.GEEN_DATUM), ("2012/03/04", C.GEEN_DATUM),
    ("4 maart 2012", C.GEEN_DATUM), ("2012-02-30", C.DATUM_BESTAAT_NIET),
    (" 2012-02-30 ", C.DATUM_BESTAAT_NIET), ("31-2-2015", C.DATUM_BESTAAT_NIET),
    ("2012-13-01", C.DATUM_BESTAAT_NIET)])
def test_what_is_not_a_date_or_a_date_that_does_not_exist(cell: str, template: str) -> None:
    error = refused(C.parse_date, cell)
    assert error.template == template and error.params == {"waarde": cell.strip()}


@pytest.mark.parametrize(("cell", "value"), [
    ("2015-03-04T10:15:00", datetime(2015, 3, 4, 10, 15)),
    (" 2015-03-04 10:15:00.250000 ", datetime(2015, 3, 4, 10, 15, 0, 250000)),
    ("2015-03-04T10:15:00+01:00", datetime(2015, 3, 4, 9, 15)),  # to UTC, without zone
    ("2015-03-04T10:15:00Z", datetime(2015, 3, 4, 10, 15)),
    ("", None)])
def test_moments_are_read_in_utc_without_a_zone(cell: str, value: datetime | None) -> None:
    parsed = C.parse_datetime(cell)
    assert parsed == value
    assert parsed is None or parsed.tzinfo is None


def test_not_a_moment() -> None:
    error = refused(C.parse_datetime, "gisteren")
    assert error.template == C.GEEN_TIJDSTIP and error.params == {"waarde": "gisteren"}


def test_moments_are_stored_as_sqlalchemy_stores_them() -> None:
    assert C.store_datetime(datetime(2015, 3, 4, 10, 15)) == "2015-03-04 10:15:00.000000"
    assert C.store_datetime(datetime(2015, 3, 4, 10, 15, 0, 5)) == "2015-03-04 10:15:00.000005"


# --- yes/no, codes, text -------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "value"), [
    ("ja", True), ("Ja", True), (" J ", True), ("1", True), ("true", True), ("WAAR", True),
    ("yes", True), ("nee", False), ("N", False), ("0", False), ("onwaar", False),
    ("no", False), ("", None), ("  ", None)])
def test_yes_and_no(cell: str, value: bool | None) -> None:
    assert C.parse_bool(cell) is value


def test_neither_yes_nor_no() -> None:
    error = refused(C.parse_bool, " misschien ")
    assert error.template == C.GEEN_JA_NEE and error.params == {"waarde": " misschien "}


def test_a_code_is_trimmed_and_empty_is_none() -> None:
    assert C.parse_code("  onderzoek ") == "onderzoek"
    assert C.parse_code("   ") is None
    assert C.parse_code("") is None


@pytest.mark.parametrize(("cell", "text"), [
    ("'=1+1", "=1+1"), ("''=x", "'=x"), ("'s-Hertogenbosch", "'s-Hertogenbosch"),
    ("gewoon", "gewoon"), ("'", "'"), ("", "")])
def test_text_cells_lose_exactly_the_guard(cell: str, text: str) -> None:
    assert C.parse_text(cell) == text
    assert C.parse_text(C.guard(text)) == text


# --- the rules between records in an import: case, scope, accents ------------------------------

@pytest.fixture
def folder(tmp_path: Path, empty_template: Path) -> Path:
    """A full export (unzipped, to edit) of another werkplaats, 'Wmo-werkplaats Bron'."""
    path = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, path)
    with Database.open(path) as db:
        services = Services(db)
        small_werkplaats(services, "Wmo-werkplaats Bron")
        wp = services.werkplaatsen.all()[0]
        services.kenniskringen.create(m.Kenniskring(werkplaats_id=wp.id, naam="Kring Wijkteams"))
        act = services.activiteiten.all()[0]
        services.producten.create(m.Product(werkplaats_id=wp.id, titel="Verslag studiedag",
                                            type="boek", jaar=2011, activiteit_id=act.id))
        services.kennisagenda.create(m.KennisagendaItem(
            werkplaats_id=wp.id, vraagstuk="Wat werkt?", project_ids=[act.project_id]))
        services.subsidies.create(m.Subsidie(werkplaats_id=wp.id, jaar=2012,
                                             bedrag=Decimal("1000")))
        services.activiteiten.create(m.Activiteit(
            werkplaats_id=wp.id, titel="Alleen een gemeente", o=act.o, jaar=2012,
            gemeente_id=act.gemeente_id))
        export(db, tmp_path / "bron.zip", ExportOptions(VOLLEDIG))
    return unzip(tmp_path / "bron.zip", tmp_path / "bron")


@pytest.fixture
def target(services: Services) -> Services:
    small_werkplaats(services, "Wmo-werkplaats Doel")
    return services


def refused_import(target: Services, path: Path) -> ImportReport:
    before = dump(target.db.path)
    report = import_files(target.db, [path])
    assert report.refused, report.text()
    assert dump(target.db.path) == before
    return report


@pytest.mark.parametrize("naam", ["WMO-WERKPLAATS DOEL", "wmo-werkplaats doel",
                                  "Wmo-werkplaats Doel"])
def test_an_imported_werkplaats_named_like_one_here_in_another_case_is_that_werkplaats(
        folder: Path, target: Services, naam: str) -> None:
    """Werkplaatsen are recognised by code, then by folded name (issue 14): no second
    werkplaats that differs only in case, and the export's records are its records."""
    edit(folder, "werkplaatsen.csv", lambda rows: set_cell(rows, 2, "naam", naam))
    report = import_files(target.db, [folder])
    assert report.written, report.text()
    (werkplaats,) = target.werkplaatsen.all()
    assert fold(werkplaats.naam) == fold("Wmo-werkplaats Doel")
    assert {k.naam for k in target.kenniskringen.all()} == {"Kring Wijkteams"}
    assert all(k.werkplaats_id == werkplaats.id for k in target.kenniskringen.all())


def test_two_imported_names_that_differ_only_in_case_are_one_werkplaats(
        folder: Path, target: Services) -> None:
    def twice(rows: list[list[str]]) -> None:
        copy = list(rows[1])
        copy[rows[0].index("uuid")] = "6f1c3c55-0000-4000-8000-000000000001"
        copy[rows[0].index("naam")] = rows[1][rows[0].index("naam")].upper()
        rows.append(copy)

    edit(folder, "werkplaatsen.csv", twice)
    report = import_files(target.db, [folder])
    assert not report.refused, report.text()
    assert sorted(fold(w.naam) for w in target.werkplaatsen.all()) == [
        fold("Wmo-werkplaats Bron"), fold("Wmo-werkplaats Doel")]


def test_a_kenniskring_name_is_unique_within_its_werkplaats_only(
        folder: Path, target: Services) -> None:
    own = target.werkplaatsen.all()[0].id
    target.kenniskringen.create(m.Kenniskring(werkplaats_id=own, naam="kring wijkteams"))
    # the same name in another werkplaats (the one being imported): fine
    report = import_files(target.db, [folder])
    assert report.written, report.text()
    # in one werkplaats, in any case: refused (the form says the same)
    with pytest.raises(Exception, match="Er bestaat al een kenniskring met de naam"):
        target.kenniskringen.create(m.Kenniskring(werkplaats_id=own, naam="KRING WIJKTEAMS"))


def test_a_lectoraat_name_is_unique_within_its_werkplaats_only(target: Services) -> None:
    one = target.werkplaatsen.all()[0].id
    other = target.werkplaatsen.create(m.Werkplaats(naam="Tweede werkplaats")).id
    target.lectoraten.create(m.Lectoraat(werkplaats_id=one, naam="Lectoraat Wijkgericht"))
    target.lectoraten.create(m.Lectoraat(werkplaats_id=other, naam="Lectoraat Wijkgericht"))
    with pytest.raises(Exception, match="Er bestaat al een lectoraat met de naam"):
        target.lectoraten.create(m.Lectoraat(werkplaats_id=one, naam="lectoraat wijkgericht"))
    renamed = target.lectoraten.all()[0]
    renamed.naam = "LECTORAAT WIJKGERICHT"  # its own name in another case: allowed
    target.lectoraten.update(renamed)


def test_a_partner_with_the_same_name_in_another_case_and_spacing_is_merged(
        folder: Path, target: Services) -> None:
    edit(folder, "partners.csv", lambda rows: set_cell(
        rows, 2, "naam", "  HOGESCHOOL   bij wmo-werkplaats doel "))
    report = import_files(target.db, [folder])
    assert report.written
    merged = {(r.naam.strip(), r.lokaal_naam, r.reden) for r in report.samengevoegd}
    assert merged == {
        ("HOGESCHOOL   bij wmo-werkplaats doel", "Hogeschool bij Wmo-werkplaats Doel",
         "zelfde naam"),
        ("Gemeente bij Wmo-werkplaats Bron", "Gemeente bij Wmo-werkplaats Doel",
         "zelfde gemeente (CBS-code GM0344)")}  # (the gemeente: by its CBS code)


def test_a_partner_name_equal_without_accents_is_offered_not_merged(
        folder: Path, target: Services) -> None:
    target.partners.create(m.Partner(naam="Zorgcooperatie Noord", type=PartnerType.OVERIG))
    edit(folder, "partners.csv", lambda rows: set_cell(
        rows, 2, "naam", "Stichting Zorgcoöperatie Noord (ZCN)"))
    report = import_files(target.db, [folder])
    assert report.written
    assert [(d.naam, d.lokaal_naam, d.zeker) for d in report.twijfel] == [
        ("Stichting Zorgcoöperatie Noord (ZCN)", "Zorgcooperatie Noord", False)]


def test_the_keys_of_partner_names() -> None:
    assert exact_key("  Gemeente   UTRECHT ") == "gemeente utrecht"
    assert exact_key("Één") == exact_key("éÉN") != exact_key("Een")
    assert loose_key("Stichting Zorgcoöperatie Noord (ZCN)") == "zorgcooperatie noord"
    assert loose_key("De Baan & Het Huis [oud]") == "baan huis"
    assert loose_key("Vereniging 't Anker, B.V.") == "t anker b v"
    assert loose_key("Stichting") == ""


def test_the_partner_pool_rules_strongest_first() -> None:
    utrecht = Candidate(1, "Gemeente Utrecht", "gemeente", "GM0344")
    utrecht2 = Candidate(2, "Gemeente Utrecht (wijken)", "gemeente", "GM0344")
    hs = Candidate(3, "Hogeschool Utrecht", "hogeschool", None)
    zorg = Candidate(4, "Zorg Één", "overig", None)
    nameless = Candidate(5, "De Stichting", "overig", None)  # nothing left to compare
    pool = PartnerPool([utrecht, hs, zorg, nameless])
    pool.start_source("a.zip")
    found = pool.match("Gemeente Stad Utrecht", "gemeente", "GM0344")  # by CBS code
    assert found is not None and found.sure and found.candidate == utrecht
    assert found.template == ZELFDE_CBS and found.reason == "zelfde gemeente (CBS-code GM0344)"
    again = pool.match("Utrecht", "gemeente", "GM0344")  # a second one from one export
    assert again is not None and not again.sure and again.template == AL_GEKOPPELD
    pool.start_source("b.zip")  # another export may match it again
    assert pool.match("Utrecht", "gemeente", "GM0344").sure  # type: ignore[union-attr]
    found = pool.match("hogeschool  utrecht", "hogeschool", None)
    assert found is not None and found.sure and found.template == ZELFDE_NAAM
    found = pool.match("Stichting Zorg Een", "overig", None)
    assert found is not None and not found.sure and found.template == LIJKT_OP
    assert found.candidate == zorg
    assert pool.match("Iets anders", "overig", None) is None
    assert pool.match("Stichting", "overig", None) is None  # nothing left to compare
    # the CBS code counts for gemeenten only: another kind of partner in that gemeente is
    # recognised by its name, or not at all
    pool.start_source("d.zip")
    by_name = pool.match("Gemeente Utrecht", "overig", "GM0344")
    assert by_name is not None and by_name.template == ZELFDE_NAAM
    assert pool.match("Welzijn Utrecht", "uitvoeringsorganisatie", "GM0344") is None

    two = PartnerPool([utrecht, utrecht2])
    two.start_source("c.zip")
    named = two.match("Gemeente Utrecht (wijken)", "gemeente", "GM0344")
    assert named is not None and named.sure and named.candidate == utrecht2
    unsure = two.match("Utrecht", "gemeente", "GM0344")
    assert unsure is not None and not unsure.sure and unsure.template == MEER_KANDIDATEN
    assert unsure.reason == "meer organisaties met CBS-code GM0344"


# --- references, partial records, merged partners ---------------------------------------------


def test_an_unknown_reference_is_one_problem_naming_the_uuid(
        folder: Path, target: Services) -> None:
    unknown = "5d1c0c3a-0000-4000-8000-00000000abcd"
    edit(folder, "activiteiten.csv", lambda rows: set_cell(rows, 2, "kenniskring_uuid", unknown))
    report = refused_import(target, folder)
    assert [(p.bestand, p.rij, p.kolom, p.waarde, p.format()) for p in report.problems] == [
        ("activiteiten.csv", 2, "kenniskring_uuid", unknown,
         f"Kenniskring: '{unknown}' bestaat niet.")]


def test_an_unknown_project_partner_is_reported_in_its_own_column(
        folder: Path, target: Services) -> None:
    unknown = "5d1c0c3a-0000-4000-8000-00000000beef"
    edit(folder, "projectpartners.csv", lambda rows: set_cell(rows, 2, "partner_uuid", unknown))
    report = refused_import(target, folder)
    assert [(p.kolom, p.waarde) for p in report.problems] == [("partner_uuid", unknown)]


def test_a_reference_to_a_record_of_another_werkplaats_is_refused(
        folder: Path, target: Services) -> None:
    own_project = target.projecten.all()[0]
    edit(folder, "activiteiten.csv", lambda rows: set_cell(rows, 2, "project_uuid",
                                                           str(own_project.uuid)))
    report = refused_import(target, folder)
    assert [(p.kolom, p.format()) for p in report.problems] == [
        ("project_uuid", "Project hoort bij een andere werkplaats.")]


def test_a_rule_problem_shows_the_value_and_translates(folder: Path, target: Services) -> None:
    edit(folder, "activiteiten.csv", lambda rows: (set_cell(rows, 2, "jaar", "1800"),
                                                   set_cell(rows, 2, "o", "")))
    report = refused_import(target, folder)
    by_column = {p.kolom: p for p in report.problems}
    assert by_column["jaar"].waarde == "1800"
    assert by_column["jaar"].line() == ("Fout: activiteiten.csv, rij 2, kolom jaar ('1800'): "
                                        "Jaar moet een jaar tussen 1900 en 2100 zijn.")
    assert by_column["o"].waarde is None
    assert by_column["o"].line() == "Fout: activiteiten.csv, rij 2, kolom o: O is verplicht."

    def english(context: str, text: str) -> str:
        return {("Validatie", "{veld} is verplicht."): "{veld} is required.",
                ("Veld", "Jaar"): "Year"}.get((context, text), text)

    assert by_column["o"].format(english) == "O is required."
    assert by_column["jaar"].format(english) == "Year moet een jaar tussen 1900 en 2100 zijn."


def test_a_merged_partner_is_not_checked_as_if_it_were_written(
        folder: Path, target: Services) -> None:
    """The gemeente-partner of the export is recognised (CBS code) as the local one and not
    written: a bad website in the export does not matter, and does not reach the database."""
    def bad_website(rows: list[list[str]]) -> None:
        header = rows[0]
        for row in rows[1:]:
            if row[header.index("type")] == "gemeente":
                row[header.index("website")] = "www.geen-webadres"

    edit(folder, "partners.csv", bad_website)
    report = import_files(target.db, [folder])
    assert report.written, report.text()
    local = next(p for p in target.partners.all() if p.naam == "Gemeente bij Wmo-werkplaats Doel")
    assert local.website == ""


def test_a_landelijk_overzicht_without_some_columns_keeps_the_stored_values(
        tmp_path: Path, empty_template: Path, target: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A column left out of a landelijk overzicht (say, deleted in Excel) is not read: the
    records keep what they have, and the rules see the stored values (hours with cents, the
    project's dates) as they are."""
    import csv
    import io

    # a fixed clock: the landelijk overzicht is made after the full export (made in the other
    # order, a second could tick between them and the landelijk one was rightly "older")
    from datetime import datetime

    import werkplaats_desktop.exchange.export as export_module
    from werkplaats_desktop.exchange.export import LANDELIJK

    moments = iter([datetime(2026, 12, 3, 15, 15, 0, 500000),  # the full export, then
                    datetime(2026, 12, 3, 15, 15, 0, 900000)])  # the landelijk: 15:15:00
    monkeypatch.setattr(export_module, "utcnow", lambda: next(moments))
    source = tmp_path / "bron2.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        services = Services(db)
        small = small_werkplaats(services, "Wmo-werkplaats Bron")
        services.activiteiten.create(m.Activiteit(
            werkplaats_id=small.werkplaats.id, titel="Met uren", o=small.activiteit.o,
            jaar=2012, uren=Decimal("12.50"), bereik=40))
        export(db, tmp_path / "alles.zip", ExportOptions(VOLLEDIG))
        export(db, tmp_path / "l.csv", ExportOptions(LANDELIJK))
    assert import_files(target.db, [tmp_path / "alles.zip"]).written
    text = (tmp_path / "l.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    drop = {rows[0].index(c) for c in ("uren", "bereik", "datum")}
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
        [[c for i, c in enumerate(r) if i not in drop] for r in rows])
    (tmp_path / "l2.csv").write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    report = import_files(target.db, [tmp_path / "l2.csv"])
    assert report.written, report.text()
    kept = next(a for a in target.activiteiten.all() if a.titel == "Met uren")
    assert kept.uren == Decimal("12.50") and kept.bereik == 40
    project = next(p for p in target.projecten.all() if p.naam == "Kwartiermaken in de wijk"
                   and p.werkplaats_id != target.werkplaatsen.all()[0].id)
    assert project.startdatum == date(2010, 1, 1) and project.einddatum == date(2012, 12, 31)


def test_a_reference_to_a_forgotten_person_is_left_empty_without_a_problem(
        tmp_path: Path, empty_template: Path, target: Services) -> None:
    source = tmp_path / "bron3.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        services = Services(db)
        small = small_werkplaats(services, "Wmo-werkplaats Bron")
        person = services.personen.create(m.Persoon(naam="Bram Bakker"))
        services.kenniskringen.create(m.Kenniskring(
            werkplaats_id=small.werkplaats.id, naam="Kring met trekker", trekker_id=person.id))
        export(db, tmp_path / "met.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    with target.db.write("vergeten") as s:
        s.connection().exec_driver_sql(
            "INSERT INTO vergeten_record VALUES (?, 'persoon', '2020-01-01 00:00:00')",
            (person.uuid,))
    report = import_files(target.db, [tmp_path / "met.zip"])
    assert report.written, report.text()
    assert report.vergeten_overgeslagen == 1 and not report.problems
    kring = next(k for k in target.kenniskringen.all() if k.naam == "Kring met trekker")
    assert kring.trekker_id is None



# --- more rules between records ----------------------------------------------------------------


def test_a_product_of_an_activity_of_another_werkplaats_is_refused(
        folder: Path, target: Services) -> None:
    theirs = target.activiteiten.all()[0]
    edit(folder, "producten.csv", lambda rows: set_cell(rows, 2, "activiteit_uuid",
                                                        str(theirs.uuid)))
    report = refused_import(target, folder)
    assert [(p.bestand, p.kolom, p.format()) for p in report.problems] == [
        ("producten.csv", "activiteit_uuid", "Activiteit hoort bij een andere werkplaats.")]


def test_a_kennisagenda_item_with_a_project_of_another_werkplaats_is_refused(
        folder: Path, target: Services) -> None:
    theirs = target.projecten.all()[0]
    edit(folder, "kennisagenda.csv", lambda rows: set_cell(rows, 2, "project_uuids",
                                                           str(theirs.uuid)))
    report = refused_import(target, folder)
    assert [(p.bestand, p.kolom, p.format()) for p in report.problems] == [
        ("kennisagenda.csv", "project_uuids", "Projecten hoort bij een andere werkplaats.")]


def test_a_kind_of_activity_must_belong_to_its_o(folder: Path, target: Services) -> None:
    edit(folder, "activiteiten.csv", lambda rows: (set_cell(rows, 2, "o", "onderzoek"),
                                                   set_cell(rows, 2, "subtype", "conferentie")))
    report = refused_import(target, folder)
    assert [(p.kolom, p.waarde, p.format()) for p in report.problems] == [
        ("subtype", "conferentie", "'conferentie' is geen soort activiteit van Onderzoek.")]


def test_a_subsidy_twice_for_one_provider_and_year_is_refused(
        folder: Path, target: Services) -> None:
    # the export has its own subsidy of VWS for 2012; a second one of VWS for 2012, in
    # another case, with another UUID: one werkplaats, one provider, one year
    def another(rows: list[list[str]]) -> None:
        copy = list(rows[1])
        copy[rows[0].index("uuid")] = "6f1c3c55-0000-4000-8000-00000000000a"
        copy[rows[0].index("verstrekker")] = copy[rows[0].index("verstrekker")].upper()
        rows.append(copy)

    edit(folder, "subsidies.csv", another)
    report = refused_import(target, folder)
    assert [(p.kolom, p.format()) for p in report.problems] == [
        ("jaar", "Er is al een subsidie van VWS voor 2012.")]


def test_names_may_be_swapped_within_one_import(folder: Path, target: Services) -> None:
    """Two kenniskringen of the export that swap their names is no clash; one that takes
    the name another keeps is (the same rule as the form's, in any case)."""
    def second(rows: list[list[str]]) -> None:
        copy = list(rows[1])
        copy[rows[0].index("uuid")] = "6f1c3c55-0000-4000-8000-00000000000b"
        copy[rows[0].index("naam")] = "Kring Zorg"
        rows.append(copy)

    edit(folder, "kenniskringen.csv", second)
    assert import_files(target.db, [folder]).written
    edit(folder, "kenniskringen.csv", lambda rows: (set_cell(rows, 2, "naam", "Kring Zorg"),
                                                    set_cell(rows, 3, "naam", "Kring Wijkteams")))
    report = import_files(target.db, [folder])
    assert report.written, report.text()
    assert {k.uuid: k.naam for k in target.kenniskringen.all()}[
        "6f1c3c55-0000-4000-8000-00000000000b"] == "Kring Wijkteams"
    edit(folder, "kenniskringen.csv", lambda rows: set_cell(rows, 2, "naam", "kring wijkteams"))
    report = refused_import(target, folder)
    assert "Er bestaat al een kenniskring met de naam 'kring wijkteams'." in report.text()


def test_the_same_export_twice_in_one_import_is_no_clash(
        folder: Path, target: Services, tmp_path: Path) -> None:
    again = tmp_path / "nog-eens"
    shutil.copytree(folder, again)
    report = import_files(target.db, [folder, again])
    assert report.written, report.text()
    assert not report.refused
    assert sum(w.naam == "Wmo-werkplaats Bron" for w in target.werkplaatsen.all()) == 1


def test_an_activity_with_only_a_gemeente_gets_that_gemeente(
        folder: Path, target: Services) -> None:
    assert import_files(target.db, [folder]).written
    act = next(a for a in target.activiteiten.all() if a.titel == "Alleen een gemeente")
    assert act.project_id is None and act.kenniskring_id is None
    gemeente = target.gemeenten.get(act.gemeente_id)  # type: ignore[arg-type]
    assert gemeente.cbs_code == "GM0344"


# --- a file that updates its records in part (exchange/checks.py, mutation round 2) ---------


def _landelijk(tmp_path: Path, empty_template: Path, target: Services,
               monkeypatch: pytest.MonkeyPatch) -> Path:
    """A source werkplaats, its full export read into ``target``, and its landelijk
    overzicht (made a moment later) as a folder's CSV for the test to edit."""
    import werkplaats_desktop.exchange.export as export_module
    from werkplaats_desktop.exchange.export import LANDELIJK

    moments = iter([datetime(2026, 12, 3, 15, 15, 0, 500000),
                    datetime(2026, 12, 3, 15, 15, 0, 900000)])
    monkeypatch.setattr(export_module, "utcnow", lambda: next(moments))
    source = tmp_path / "bron-l.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Bron")
        export(db, tmp_path / "alles.zip", ExportOptions(VOLLEDIG))
        export(db, tmp_path / "landelijk.csv", ExportOptions(LANDELIJK))
    assert import_files(target.db, [tmp_path / "alles.zip"]).written
    return tmp_path / "landelijk.csv"


def _rewrite(path: Path, change: Callable[[list[list[str]]], None]) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    change(rows)
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


def _drop(column: str) -> Callable[[list[list[str]]], None]:
    def drop(rows: list[list[str]]) -> None:
        at = rows[0].index(column)
        for row in rows:
            del row[at]
    return drop


def _studiedag(rows: list[list[str]]) -> list[str]:
    return next(r for r in rows[1:] if "Studiedag kwartiermaken" in r)


@pytest.mark.parametrize("jaar", ["2012", "2010"])
def test_a_new_year_that_the_stored_date_does_not_fall_in_is_refused(
        tmp_path: Path, empty_template: Path, target: Services,
        monkeypatch: pytest.MonkeyPatch, jaar: str) -> None:
    """A landelijk overzicht without the column datum (deleted in Excel) that moves the
    activity of 4 March 2011 to another year: the stored date is checked, and named."""
    path = _landelijk(tmp_path, empty_template, target, monkeypatch)

    def change(rows: list[list[str]]) -> None:
        _studiedag(rows)[rows[0].index("jaar")] = jaar
        _drop("datum")(rows)

    _rewrite(path, change)
    report = refused_import(target, path)
    assert [(p.kolom, p.waarde, p.format()) for p in report.problems] == [
        ("datum", "2011-03-04", f"De datum 2011-03-04 valt niet in het jaar {jaar}.")]


def test_the_same_year_without_the_date_column_keeps_the_stored_date(
        tmp_path: Path, empty_template: Path, target: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _landelijk(tmp_path, empty_template, target, monkeypatch)
    _rewrite(path, _drop("datum"))
    report = import_files(target.db, [path])
    assert report.written and not report.problems, report.text()
    studiedag = next(a for a in target.activiteiten.all()
                     if a.titel == "Studiedag kwartiermaken"
                     and a.werkplaats_id != target.werkplaatsen.all()[0].id)
    assert studiedag.datum == date(2011, 3, 4) and studiedag.jaar == 2011


def test_a_reference_to_a_forgotten_record_the_file_does_not_bring_is_left_empty(
        folder: Path, target: Services) -> None:
    rows = read_rows(folder, "activiteiten.csv")
    studiedag = next(r for r in rows[1:] if r[rows[0].index("titel")] == "Studiedag kwartiermaken")
    uuid = studiedag[rows[0].index("uuid")]
    edit(folder, "activiteiten.csv", lambda rows: rows.remove(
        next(r for r in rows[1:] if r[rows[0].index("uuid")] == uuid)))
    with target.db.write("vergeten") as s:
        s.connection().exec_driver_sql(
            "INSERT INTO vergeten_record VALUES (?, 'activiteit', '2020-01-01 00:00:00')", (uuid,))
    report = import_files(target.db, [folder])
    assert report.written and not report.problems, report.text()
    product = next(p for p in target.producten.all() if p.titel == "Verslag studiedag")
    assert product.activiteit_id is None


@pytest.mark.parametrize(("name", "column", "label"), [
    ("subsidies.csv", "werkplaats_uuid", "Werkplaats"),
    ("kennisagenda.csv", "werkplaats_uuid", "Werkplaats"),
])
def test_an_unknown_required_reference_is_one_problem_not_also_a_missing_value(
        folder: Path, target: Services, name: str, column: str, label: str) -> None:
    unknown = "5d1c0c3a-0000-4000-8000-00000000cafe"
    edit(folder, name, lambda rows: set_cell(rows, 2, column, unknown))
    report = refused_import(target, folder)
    assert [(p.bestand, p.rij, p.kolom, p.waarde, p.format()) for p in report.problems] == [
        (name, 2, column, unknown, f"{label}: '{unknown}' bestaat niet.")]


def test_a_reference_follows_a_project_the_same_import_moves_to_its_werkplaats(
        folder: Path, target: Services) -> None:
    """The export of 'Bron' brings a project that is stored here under 'Doel' (the same UUID):
    the import moves it to Bron, and Bron's activity and kennisagenda item that refer to it
    are judged by where the project goes, not by where it was."""
    theirs = read_rows(folder, "projecten.csv")
    bron_uuid = theirs[1][theirs[0].index("uuid")]
    doel = target.projecten.all()[0]
    for name in sorted(p.name for p in folder.glob("*.csv")):
        if bron_uuid in (folder / name).read_text(encoding="utf-8-sig"):
            edit(folder, name, lambda rows: [
                row.__setitem__(i, cell.replace(bron_uuid, str(doel.uuid)))
                for row in rows for i, cell in enumerate(row)])
    report = import_files(target.db, [folder])
    assert report.written and not report.problems, report.text()
    moved = target.projecten.get(doel.id)  # type: ignore[arg-type]
    bron = next(w for w in target.werkplaatsen.all() if w.naam == "Wmo-werkplaats Bron")
    assert moved.werkplaats_id == bron.id
    studiedag = next(a for a in target.activiteiten.all()
                     if a.titel == "Studiedag kwartiermaken" and a.werkplaats_id == bron.id)
    assert studiedag.project_id == doel.id


def test_an_import_that_would_remove_a_record_of_a_closed_year_is_refused_in_its_file(
        folder: Path, target: Services) -> None:
    """An export passed on (not the werkplaats's own) that no longer holds a product of a year
    closed here: the removal is refused, told of the file the product would be missing from."""
    assert import_files(target.db, [folder]).written
    bron = next(w for w in target.werkplaatsen.all() if w.naam == "Wmo-werkplaats Bron")
    target.years.close(bron.id, 2011)  # type: ignore[arg-type]
    edit(folder, "producten.csv", lambda rows: rows.remove(
        next(r for r in rows[1:] if "Verslag studiedag" in r)))
    report = refused_import(target, folder)
    assert [(p.bestand, p.rij, p.kolom, p.waarde, p.format()) for p in report.problems] == [
        ("producten.csv", None, None, None,
         "Verwijderen kan niet: het verandert 1 record van 2011 van Wmo-werkplaats Bron, "
         "en dat jaar is afgesloten (definitief). Heropen het jaar eerst (Extra > Jaar "
         "heropenen…).")]
    from werkplaats_desktop.domain.validation import JAAR_GESLOTEN_VERWIJDEREN

    def english(context: str, text: str) -> str:
        return ("Removing is not possible: {records} of {jaar}."
                if (context, text) == ("Validatie", JAAR_GESLOTEN_VERWIJDEREN) else text)

    assert report.problems[0].format(english).startswith("Removing is not possible: ")


def test_an_import_that_removes_a_record_of_an_open_year_is_taken(
        folder: Path, target: Services) -> None:
    assert import_files(target.db, [folder]).written
    bron = next(w for w in target.werkplaatsen.all() if w.naam == "Wmo-werkplaats Bron")
    target.years.close(bron.id, 2012)  # type: ignore[arg-type]
    edit(folder, "producten.csv", lambda rows: rows.remove(
        next(r for r in rows[1:] if "Verslag studiedag" in r)))
    report = import_files(target.db, [folder])
    assert report.written and not report.problems, report.text()
    assert not any(p.titel == "Verslag studiedag" for p in target.producten.all())


def test_a_name_that_the_same_import_removes_is_free_for_a_new_record(
        folder: Path, target: Services) -> None:
    """The export no longer has the kenniskring 'Kring Wijkteams' but a new one of that name
    (another UUID): the old one goes and the new one may have its name."""
    assert import_files(target.db, [folder]).written
    before = {k.uuid for k in target.kenniskringen.all() if k.naam == "Kring Wijkteams"}
    new_uuid = "5d1c0c3a-0000-4000-8000-0000000000aa"
    edit(folder, "kenniskringen.csv", lambda rows: set_cell(rows, 2, "uuid", new_uuid))
    report = import_files(target.db, [folder])
    assert report.written and not report.problems, report.text()
    after = {str(k.uuid) for k in target.kenniskringen.all() if k.naam == "Kring Wijkteams"}
    assert after == {new_uuid} and len(before) == 1


def test_the_werkplaats_own_export_may_remove_a_record_of_its_closed_year(
        tmp_path: Path, empty_template: Path, target: Services) -> None:
    """Its own export (the eigen werkplaats in the manifest) is the werkplaats's word, also
    about a closed year: a product it no longer has is removed here."""
    source = tmp_path / "eigen.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        s = Services(db)
        small = small_werkplaats(s, "Wmo-werkplaats Bron")
        s.info.set_eigen_werkplaats(small.werkplaats.id)
        s.producten.create(m.Product(werkplaats_id=small.werkplaats.id, titel="Verslag studiedag",
                                     type="boek", jaar=2011, activiteit_id=small.activiteit.id))
        export(db, tmp_path / "v1.zip", ExportOptions(VOLLEDIG))
    assert import_files(target.db, [tmp_path / "v1.zip"]).written
    bron = next(w for w in target.werkplaatsen.all() if w.naam == "Wmo-werkplaats Bron")
    target.years.close(bron.id, 2011)  # type: ignore[arg-type]
    with Database.open(source) as db:
        s = Services(db)
        s.producten.delete(s.producten.all()[0].id)  # type: ignore[arg-type]
        export(db, tmp_path / "v2.zip", ExportOptions(VOLLEDIG))
    report = import_files(target.db, [tmp_path / "v2.zip"])
    assert report.written and not report.errors, report.text()
    assert not any(p.titel == "Verslag studiedag" for p in target.producten.all())


@pytest.mark.parametrize(("name", "column", "told"), [
    ("projecten.csv", "pilot_gemeente_uuids", "Pilotgemeenten: '{u}' bestaat niet."),
    ("kennisagenda.csv", "project_uuids", "Projecten: '{u}' bestaat niet."),
    ("projecten.csv", "thema_uuids", "Onbekend thema: '{u}'."),
    ("kennisagenda.csv", "thema_uuids", "Onbekend thema: '{u}'."),
])
def test_an_unknown_record_in_a_list_is_told_as_what_it_should_be(
        folder: Path, target: Services, name: str, column: str, told: str) -> None:
    unknown = "5d1c0c3a-0000-4000-8000-00000000f00d"
    edit(folder, name, lambda rows: set_cell(rows, 2, column, unknown))
    report = refused_import(target, folder)
    assert [(p.bestand, p.rij, p.kolom, p.waarde, p.format()) for p in report.problems] == [
        (name, 2, column, unknown, told.format(u=unknown))]


def test_a_change_to_a_closed_year_in_an_export_passed_on_is_refused_and_the_rest_is_no_change(
        folder: Path, target: Services) -> None:
    """Read again after 2011 is closed here: the unchanged rows of 2011 are no change; the
    one row whose reach differs is, and is refused."""
    assert import_files(target.db, [folder]).written
    bron = next(w for w in target.werkplaatsen.all() if w.naam == "Wmo-werkplaats Bron")
    target.years.close(bron.id, 2011)  # type: ignore[arg-type]
    again = import_files(target.db, [folder])
    assert again.written and not again.problems, again.text()

    def more_reach(rows: list[list[str]]) -> None:
        row = next(r for r in rows[1:] if "Studiedag kwartiermaken" in r)
        row[rows[0].index("bereik")] = "121"

    edit(folder, "activiteiten.csv", more_reach)
    report = refused_import(target, folder)
    assert [(p.bestand, p.kolom, p.format()) for p in report.problems] == [
        ("activiteiten.csv", "jaar",
         "2011 is voor Wmo-werkplaats Bron afgesloten (definitief): de gegevens van dat jaar "
         "kunnen niet meer worden gewijzigd. Heropen het jaar eerst (Extra > Jaar "
         "heropenen…).")]


@pytest.mark.parametrize("provincie", ["", "PV27"])
def test_an_imported_partner_in_a_gemeente_gets_that_gemeentes_provincie(
        folder: Path, target: Services, provincie: str) -> None:
    rows = read_rows(folder, "gemeenten.csv")
    utrecht = next(r for r in rows[1:] if "GM0344" in r)[rows[0].index("uuid")]

    def in_utrecht(rows: list[list[str]]) -> None:
        row = next(r for r in rows[1:] if r[rows[0].index("type")] == "hogeschool")
        row[rows[0].index("gemeente_uuid")] = utrecht
        row[rows[0].index("provincie_code")] = provincie

    edit(folder, "partners.csv", in_utrecht)
    report = import_files(target.db, [folder])
    assert report.written and not report.problems, report.text()
    hogeschool = next(p for p in target.partners.all()
                      if p.naam == "Hogeschool bij Wmo-werkplaats Bron")
    assert hogeschool.provincie_code == "PV26"


def test_a_new_kind_of_activity_is_checked_against_the_stored_o_without_the_column(
        tmp_path: Path, empty_template: Path, target: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A landelijk overzicht without the column o (deleted in Excel) that gives the activity a
    kind of another O: the rules between records see the stored O, and refuse."""
    import sqlite3

    path = _landelijk(tmp_path, empty_template, target, monkeypatch)
    conn = sqlite3.connect(target.db.path)
    other = conn.execute("SELECT code FROM activiteit_subtype WHERE o != 'ondersteuning' "
                         "ORDER BY code LIMIT 1").fetchone()[0]
    conn.close()

    def change(rows: list[list[str]]) -> None:
        _studiedag(rows)[rows[0].index("subtype")] = other
        _drop("o")(rows)

    _rewrite(path, change)
    report = refused_import(target, path)
    assert [(p.kolom, p.waarde) for p in report.problems] == [("subtype", other)]
    assert report.problems[0].format().startswith(f"'{other}' is geen soort activiteit van ")
