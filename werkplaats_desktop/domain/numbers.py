"""How numbers look in charts and reports: Dutch (1.234.567; € 1,2 mln) unless the program
runs in English (1,234,567; € 1.2m). Plain Python, so the GUI can choose the style at start
without importing matplotlib."""

from __future__ import annotations

from decimal import Decimal

#: thousands separator and decimal mark of the numbers in charts, tiles, counts and reports
#: (table cells use QLocale, which install_translators sets too): Dutch, unless
#: the program runs in English (``ui/i18n.install_translators`` calls :func:`use_number_style`)
_GROUP, _DECIMAL, _MILLION = ".", ",", " mln"


def use_number_style(language: str) -> None:
    global _GROUP, _DECIMAL, _MILLION
    _GROUP, _DECIMAL, _MILLION = (",", ".", "m") if language == "en" else (".", ",", " mln")


def number_style() -> str:
    """The style in use: "nl" or "en" (to put it back after a temporary change)."""
    return "en" if _DECIMAL == "." else "nl"


def fmt_int(n: int | float) -> str:
    """1234567 -> '1.234.567' (Dutch grouping; '1,234,567' in English)."""
    return f"{int(round(n)):,}".replace(",", _GROUP)


def fmt_decimal(value: float, digits: int = 1) -> str:
    """2.25 -> '2,3' in Dutch, '2.3' in English (no grouping: for small quantities)."""
    return f"{value:.{digits}f}".replace(".", _DECIMAL)


def fmt_amount(value: Decimal | float, digits: int = 2) -> str:
    """88000 -> '88.000,00' in Dutch, '88,000.00' in English (grouped, fixed decimals)."""
    text = f"{float(value):,.{digits}f}"
    return text.replace(",", "\0").replace(".", _DECIMAL).replace("\0", _GROUP)


def fmt_euro(value: Decimal | float, compact: bool = False) -> str:
    v = float(value)
    if compact:
        if abs(v) >= 1_000_000:
            return "€ " + f"{v / 1_000_000:.1f}".replace(".", _DECIMAL) + _MILLION
        if abs(v) >= 1_000:
            return "€ " + fmt_int(v / 1_000) + "k"
    return "€ " + fmt_int(v)


def fmt_pct(share: float) -> str:
    return f"{share * 100:.0f}%"
