"""Cells and files: the formula guard, strict reading of values, encodings and delimiters."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkplaats_desktop.exchange import cells as C
from werkplaats_desktop.exchange.columns import Kind
from werkplaats_desktop.exchange.files import decode, find_delimiter, read_table
from werkplaats_desktop.exchange.report import FOUT, WAARSCHUWING, Problem

TRICKY = st.lists(st.one_of(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "''", ";", '"',
                                             "\n", ",", "|", "é", "€", "𝔘"]),
                            st.text(max_size=4)), max_size=8).map("".join)


@given(TRICKY)
def test_guard_is_undone_exactly_and_never_leaves_a_trigger_in_front(text: str) -> None:
    cell = C.guard(text)
    assert C.unguard(cell) == text
    assert not cell.startswith(C.TRIGGERS)


@given(TRICKY)
def test_the_sql_guard_does_what_the_python_guard_does(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    (guarded,) = conn.execute(f"SELECT {C.sql_guard('v')} FROM (SELECT ? AS v)",
                              (text,)).fetchone()
    assert guarded == C.guard(text)


@pytest.mark.parametrize(("text", "cell"), [
    ("=SUM(A1:A3)", "'=SUM(A1:A3)"), ("+31 6 1234", "'+31 6 1234"), ("-", "'-"),
    ("@home", "'@home"), ("\tx", "'\tx"), ("'=x", "''=x"),
    ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("Gewoon", "Gewoon"), ("", ""),
])
def test_guard_examples(text: str, cell: str) -> None:
    assert C.guard(text) == cell


@pytest.mark.parametrize(("cell", "expected"), [
    ("2015-03-04", date(2015, 3, 4)), ("4-3-2015", date(2015, 3, 4)),
    ("04-03-2015", date(2015, 3, 4)), ("", None),
])
def test_dates_iso_and_as_dutch_excel_saves_them(cell: str, expected: date | None) -> None:
    assert C.parse_date(cell) == expected


@pytest.mark.parametrize(("cell", "reason"), [
    ("31-02-2015", "De datum '31-02-2015' bestaat niet."),
    ("2015-02-31", "De datum '2015-02-31' bestaat niet."),
    ("3/4/2015", "'3/4/2015' is geen datum (verwacht jjjj-mm-dd)."),
    ("gisteren", "'gisteren' is geen datum (verwacht jjjj-mm-dd)."),
])
def test_impossible_dates_are_refused_with_a_reason(cell: str, reason: str) -> None:
    with pytest.raises(C.CellError) as err:
        C.parse_date(cell)
    assert str(err.value) == reason


def test_decimals_follow_the_profile_and_never_guess_thousands() -> None:
    comma, point = C.decimal_parser(","), C.decimal_parser(".")
    assert comma("12,50") == Decimal("12.50")
    assert point("12.50") == Decimal("12.50")
    assert comma("7") == Decimal(7)
    for parse, cell in ((comma, "1.500"), (point, "1,5"), (comma, "€ 12"), (comma, "12,5,0")):
        with pytest.raises(C.CellError):
            parse(cell)


def test_integers_uuids_and_yes_no() -> None:
    assert C.parse_int(" 42 ") == 42
    with pytest.raises(C.CellError, match="'veel' is geen geheel getal"):
        C.parse_int("veel")
    assert C.parse_uuid("A540AEF2-6AAA-53C7-BB32-3701B23106A3") == \
        "a540aef2-6aaa-53c7-bb32-3701b23106a3"
    with pytest.raises(C.CellError, match="geen geldige UUID"):
        C.parse_uuid("12345")
    assert C.parse_bool("Ja") is True and C.parse_bool("nee") is False
    with pytest.raises(C.CellError):
        C.parse_bool("misschien")


def test_encodings_are_read_strictly() -> None:
    problems: list[Problem] = []
    text = "naam;plaats\r\nCafé;Zoë\r\n"
    assert decode(b"\xef\xbb\xbf" + text.encode(), "a.csv", problems).text == text  # type: ignore[union-attr]
    assert decode(text.encode(), "a.csv", problems).text == text  # type: ignore[union-attr]
    assert problems == []
    legacy = decode(text.encode("cp1252"), "a.csv", problems)
    assert legacy is not None and legacy.text == text
    assert [p.ernst for p in problems] == [WAARSCHUWING]
    assert "Windows-1252" in problems[0].reden
    problems.clear()
    assert decode(text.encode("utf-16"), "a.csv", problems) is None
    assert problems[0].ernst == FOUT and "UTF-16" in problems[0].reden
    problems.clear()
    assert decode(b"\x81\x8d\x8f", "a.csv", problems) is None  # not even Windows-1252
    assert "niet herkend" in problems[0].reden


def test_the_delimiter_is_found_from_the_expected_header() -> None:
    expected = {"uuid", "naam", "omschrijving"}
    assert find_delimiter("uuid;naam;omschrijving\r\n1;a,b;c\r\n", expected) == ";"
    # a header with the other delimiter inside the data does not fool it
    assert find_delimiter("uuid,naam,omschrijving\n1,\"a;b;c;d;e\",x\n", expected) == ","
    assert find_delimiter("iets|anders\n", expected) is None


def test_a_table_reports_every_header_and_row_problem() -> None:
    problems: list[Problem] = []
    text = "uuid;title;naam\r\n1;2;3\r\n4;5\r\n;;\r\n"
    assert read_table("x.csv", text, ["uuid", "naam", "titel"], {"uuid", "naam", "titel"},
                      problems) is None
    reasons = {(p.rij, p.kolom, p.reden) for p in problems}
    assert (1, "title", "Onbekende kolom 'title'.") in reasons
    assert (1, "titel", "De kolom 'titel' ontbreekt.") in reasons
    problems.clear()
    table = read_table("x.csv", "uuid;naam\r\n1;a\r\n2\r\n3;c\r\n;\r\n", ["uuid", "naam"],
                       {"uuid"}, problems)
    assert table is not None and [r for r, _c in table.rows] == [2, 4]
    assert [(p.rij, p.params) for p in problems] == [(3, {"n": 1, "m": 2})]


def test_an_unclosed_quote_is_reported_as_a_broken_file() -> None:
    problems: list[Problem] = []
    assert read_table("x.csv", 'uuid;naam\r\n1;"nooit gesloten\r\n', ["uuid", "naam"],
                      {"uuid"}, problems) is None
    assert "afgebroken" in problems[0].reden


@given(st.lists(st.one_of(
    st.sampled_from(["", "7", "007", " 7", "-3", "x", "2015-03-04", "31-02-2015", "2015-02-31",
                     "12,50", "12.50", "1.500", "a540aef2-6aaa-53c7-bb32-3701b23106a3",
                     "A540AEF2-6AAA-53C7-BB32-3701B23106A3",
                     "a540aef2-6aaa-53c7-bb32-3701b23106a3|a540aef2-6aaa-53c7-bb32-3701b23106a4",
                     "a540aef2-6aaa-53c7-bb32-3701b23106a3\na540aef2-6aaa-53c7-bb32-3701b23106a3",
                     "2016-01-01T09:00:00.000000", "2016-01-01T09:00:00Z", "'=x", "ja"]),
    st.text(max_size=8)), max_size=12),
    st.sampled_from([Kind.UUID, Kind.VERWIJZING, Kind.VERWIJZINGEN, Kind.GETAL, Kind.DATUM,
                     Kind.TIJDSTIP, Kind.DECIMAAL, Kind.TEKST, Kind.JANEE]),
    st.sampled_from([",", "."]))
def test_a_column_read_at_once_equals_its_cells_read_one_by_one(
        cells: list[str], kind: Kind, separator: str) -> None:
    from werkplaats_desktop.exchange.columnar import parse_column

    slow = {Kind.UUID: C.parse_uuid, Kind.VERWIJZING: C.parse_uuid,
            Kind.VERWIJZINGEN: C.parse_uuids, Kind.GETAL: C.parse_int, Kind.DATUM: C.parse_date,
            Kind.TIJDSTIP: C.parse_datetime, Kind.DECIMAAL: C.decimal_parser(separator),
            Kind.TEKST: C.parse_text, Kind.JANEE: C.parse_bool}[kind]
    expected, bad = [], []
    for i, cell in enumerate(cells):
        try:
            expected.append(slow(cell))
        except C.CellError:
            expected.append(None)
            bad.append(i)
    values, errors = parse_column(kind, cells, slow)
    assert values == expected
    assert [i for i, _e in errors] == bad


_UUID_CELLS = st.one_of(
    st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: f" {u}"), st.uuids().map(lambda u: f"{u}\n{u}"),
    st.just(""), st.just(" "), st.text(alphabet="0123456789abcdef-\n ", max_size=40))
_INT_CELLS = st.one_of(st.integers(0, 10**20).map(str), st.integers(-50, 50).map(str),
                       st.just(""), st.just(" 7"), st.just("1\n2"), st.just("٣"),
                       st.text(alphabet="0123456789 +-\n", max_size=20))


def _one_by_one(cells: list[str], parse: object) -> tuple[list[object], list[int]]:
    values: list[object] = []
    errors = []
    for i, cell in enumerate(cells):
        try:
            values.append(parse(cell))  # type: ignore[operator]
        except C.CellError:
            values.append(None)
            errors.append(i)
    return values, errors


@given(st.lists(_UUID_CELLS, max_size=12), st.lists(_INT_CELLS, max_size=12))
def test_whole_columns_of_valid_uuids_and_numbers_read_as_their_cells(
        uuids: list[str], ints: list[str]) -> None:
    """The import tests a whole column of UUIDs or numbers with one expression (columnar.py)
    and falls back to the cell parsers otherwise: the same values and the same bad cells."""
    from werkplaats_desktop.exchange.columnar import parse_column

    for kind, cells, parse in ((Kind.UUID, uuids, C.parse_uuid),
                               (Kind.VERWIJZING, uuids, C.parse_uuid),
                               (Kind.GETAL, ints, C.parse_int)):
        values, errors = parse_column(kind, cells, parse)
        assert (values, [i for i, _e in errors]) == _one_by_one(cells, parse)
