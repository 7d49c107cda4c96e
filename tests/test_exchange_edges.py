"""Cells of an exchange file at their edges (issue 15, "test strength"): what is read and what
is refused, with the value named in the reason. Written to kill the mutants of
``exchange/cells.py`` that survived the suite (see tools/mutation.py); behaviour a user would
notice when a file from Excel is read back.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from werkplaats_desktop.exchange import cells as C

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
    ("2012-3-4", None), ("", None)])
def test_dates_as_written_by_this_program_and_by_dutch_excel(
        cell: str, value: date | None) -> None:
    if cell == "2012-3-4":  # ISO needs two digits: refused, not guessed
        assert refused(C.parse_date, cell).template == C.GEEN_DATUM
    else:
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
