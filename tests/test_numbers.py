"""How numbers look in charts, tiles and the report: Dutch by default, English when chosen."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from werkplaats_desktop.domain import numbers
from werkplaats_desktop.domain.numbers import (
    fmt_decimal,
    fmt_euro,
    fmt_int,
    fmt_pct,
    use_number_style,
)


@pytest.fixture
def english() -> Iterator[None]:
    use_number_style("en")
    yield
    use_number_style("nl")


def test_dutch_is_the_default() -> None:
    assert numbers._GROUP == "."
    assert fmt_int(1_234_567) == "1.234.567"
    assert fmt_int(999.6) == "1.000"
    assert fmt_euro(Decimal("1234.56")) == "€ 1.235"
    assert fmt_euro(2_500_000, compact=True) == "€ 2,5 mln"
    assert fmt_euro(12_300, compact=True) == "€ 12k"
    assert fmt_pct(1 / 3) == "33%"
    assert fmt_decimal(47.61) == "47,6"


def test_english_when_the_program_runs_in_english(english: None) -> None:
    assert fmt_int(1_234_567) == "1,234,567"
    assert fmt_euro(2_500_000, compact=True) == "€ 2.5m"
    assert fmt_euro(-1_500, compact=False) == "€ -1,500"
    assert fmt_decimal(47.61) == "47.6"
