"""Numbers as the language reads and writes them (domain/numbers.py, on Babel's CLDR data):
what a lector types in a form, and how charts, tiles, lists and the report show numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkplaats_desktop.domain.numbers import (
    NumberError,
    fmt_amount,
    fmt_decimal,
    fmt_euro,
    fmt_hours,
    fmt_int,
    fmt_pct,
    number_language,
    parse_amount,
    parse_count,
    parse_hours,
    program_language,
    set_program_language,
)


@pytest.mark.parametrize("text,value", [
    ("25.000", Decimal(25000)),
    ("1.250.000", Decimal(1250000)),
    ("EUR 1.250,50", Decimal("1250.50")),
    ("€ 1.250,50", Decimal("1250.50")),
    ("25,5", Decimal("25.5")),
    ("25", Decimal(25)),
    ("EUR 25.000", Decimal(25000)),
    ("1250,50", Decimal("1250.50")),
    ("  € 12,50  ", Decimal("12.50")),
])
def test_dutch_amounts_mean_what_a_dutch_reader_means(text: str, value: Decimal) -> None:
    assert parse_amount(text) == value
    assert parse_amount(text, "nl") == value


@pytest.mark.parametrize("text,first,second", [
    ("25.00", "2.500", "25,00"),
    ("1.25", "125", "1,25"),
    ("1234.56", "123.456", "1.234,56"),
])
def test_ambiguous_dutch_amounts_are_refused_with_both_readings(text: str, first: str,
                                                                 second: str) -> None:
    with pytest.raises(NumberError) as exc:
        parse_amount(text, "nl")
    assert str(exc.value) == f"Bedoelt u {first} of {second}? Typ het getal zoals u het bedoelt."
    assert len(exc.value.readings) == 2


@pytest.mark.parametrize("text,value", [
    ("25,000", Decimal(25000)),
    ("1,250.50", Decimal("1250.50")),
    ("€ 1,250.50", Decimal("1250.50")),
    ("25.5", Decimal("25.5")),
])
def test_english_amounts(text: str, value: Decimal) -> None:
    assert parse_amount(text, "en") == value


@pytest.mark.parametrize("text", ["", "veel", "1.2.3", "12 50", "25,00.0"])
def test_no_number_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(NumberError, match="Vul een getal in, bijvoorbeeld 1.250,50"):
        parse_amount(text)


def test_hours_and_reach() -> None:
    assert parse_hours("120 uur") == 120
    assert parse_hours("1.250") == 1250
    assert parse_hours("12,5") == Decimal("12.5")
    assert parse_hours("8 hours", "en") == 8
    assert parse_count("1.250") == 1250
    assert parse_count("1,250", "en") == 1250
    with pytest.raises(NumberError, match="heel getal"):
        parse_count("12,5")


def test_a_message_translates() -> None:
    with pytest.raises(NumberError) as exc:
        parse_amount("25,00", "en")
    english = exc.value.format(lambda _c, t: t.replace("Bedoelt u", "Did you mean")
                               .replace(" of ", " or "))
    assert english.startswith("Did you mean 2,500 or 25.00?")


amounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("999999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


@given(amounts, st.sampled_from(["nl", "en"]))
def test_format_then_parse_is_the_identity(value: Decimal, language: str) -> None:
    assert parse_amount(fmt_amount(value, language), language) == value
    assert parse_hours(fmt_hours(value, language), language) == value


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["nl", "en"]))
def test_counts_format_then_parse(value: int, language: str) -> None:
    assert parse_count(fmt_int(value, language), language) == value


def test_dutch_is_the_default() -> None:
    assert program_language() == "nl"
    assert fmt_int(1_234_567) == "1.234.567"
    assert fmt_int(999.6) == "1.000"
    assert fmt_euro(Decimal("1234.56")) == "€ 1.235"
    assert fmt_euro(2_500_000, compact=True) == "€ 2,5 mln"
    assert fmt_euro(12_300, compact=True) == "€ 12k"
    assert fmt_pct(1 / 3) == "33%"
    assert fmt_decimal(47.61) == "47,6"
    assert fmt_amount(Decimal("1250.5")) == "1.250,50"


def test_english_by_argument_by_block_and_as_the_program_language() -> None:
    assert fmt_int(1_234_567, "en") == "1,234,567"
    with number_language("en"):
        assert fmt_int(1_234_567) == "1,234,567"
        assert fmt_euro(2_500_000, compact=True) == "€ 2.5m"
        assert fmt_euro(-1_500, compact=False) == "€ -1,500"
        assert fmt_decimal(47.61) == "47.6"
    assert fmt_int(1_234_567) == "1.234.567"
    set_program_language("en")
    try:
        assert fmt_amount(25000) == "25,000.00"
    finally:
        set_program_language("nl")


@pytest.mark.parametrize("typed", ["1e3", "1E3", "NaN", "Infinity", "-Infinity", "0x10", "½"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_only_digits_marks_and_a_sign_are_a_number(typed: str, language: str) -> None:
    """Babel alone reads scientific notation and NaN; a form must not store them."""
    for parse in (parse_amount, parse_hours, parse_count):
        with pytest.raises(NumberError):
            parse(typed, language)
