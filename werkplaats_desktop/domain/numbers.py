"""Numbers as a reader of the program's language reads and writes them, in one Qt-free place.

Built on Babel (CLDR data), not on string replaces: to a Dutch reader "25.000" is twenty-five
thousand and "1.250,50" is one thousand two hundred and fifty and a half; to an English reader
"25,000" and "1,250.50". Why Babel and not Qt's ``QLocale``: the same rules are needed in the
core (reports, charts, the command line, tests) where Qt may not be imported; the GUI uses
these functions too, so a number is read and written the same way everywhere.

Reading (forms): :func:`parse_amount` (euros), :func:`parse_hours`, :func:`parse_count`
(whole numbers such as reach). A text that could mean two things ("25.00" in Dutch: 2.500 or
25,00?) is refused with a :class:`NumberError` that offers both readings; the program never
guesses. The exchange format has its own strict, documented cell grammar
(``exchange/cells.py``): a file is read by its profile, not by the program's language.

Writing: :func:`fmt_amount` (1.250,50), :func:`fmt_hours`, :func:`fmt_int`,
:func:`fmt_decimal`, :func:`fmt_euro`, :func:`fmt_pct`.

The language: every function takes ``language`` ("nl" or "en"). Without it: the language of
a ``with number_language("en"):`` block around the call (a :class:`~contextvars.ContextVar`:
tests, a report in another language), else the *program's language*, "nl" unless the GUI
chose another (``ui/i18n.install_translators`` calls :func:`set_program_language`; a plain
value, so worker threads, which start with an empty context, follow it too). That is the
only state here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

#: the CLDR locale of each language of the program
LOCALES = {"nl": "nl_NL", "en": "en_GB"}
DEFAULT = "nl"

_override: ContextVar[str | None] = ContextVar("werkplaats_number_language", default=None)
_program = [DEFAULT]


def set_program_language(language: str) -> None:
    """The language numbers follow when a call names none (the GUI's language)."""
    _program[0] = language if language in LOCALES else DEFAULT


def program_language() -> str:
    """The language of a call that names none (see the module's docstring)."""
    return _override.get() or _program[0]


@contextmanager
def number_language(language: str) -> Iterator[None]:
    """Numbers in ``language`` inside the ``with`` block (tests, a report in English)."""
    token = _override.set(language if language in LOCALES else DEFAULT)
    try:
        yield
    finally:
        _override.reset(token)


def _locale(language: str | None) -> str:
    return LOCALES.get(language or program_language(), LOCALES[DEFAULT])


# --- reading --------------------------------------------------------------------------------

GEEN_GETAL = QT_TRANSLATE_NOOP("Getal", "Vul een getal in, bijvoorbeeld {voorbeeld}.")
GEEN_HEEL_GETAL = QT_TRANSLATE_NOOP("Getal", "Vul een heel getal in, bijvoorbeeld {voorbeeld}.")
TWEE_LEZINGEN = QT_TRANSLATE_NOOP(
    "Getal", "Bedoelt u {eerste} of {tweede}? Typ het getal zoals u het bedoelt.")


class NumberError(ValueError):
    """A text that is not a number in the language, or could be two numbers. ``template``
    is Dutch (context "Getal") with ``{placeholders}``; :meth:`format` translates it;
    ``readings`` holds the numbers an ambiguous text could mean."""

    def __init__(self, template: str, readings: tuple[Decimal, ...] = (), **params: str):
        self.template = template
        self.params = params
        self.readings = readings
        super().__init__(self.format())

    def format(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("Getal", self.template) if translate else self.template
        return text.format(**self.params)


#: currency marks around an amount ("EUR 1.250,50", "€ 25", "25 euro")
_CURRENCY = re.compile(r"^(?:€|eur(?:o)?\b)\s*|\s*(?:€|eur(?:o|os)?)$", re.IGNORECASE)
#: units after a number of hours ("120 uur", "12,5 u", "8 hours")
_PLAIN = re.compile(r"[+-]?[0-9.,]+")
_HOURS = re.compile(r"\s*(?:uur|uren|u|hours?|hrs?|h)$", re.IGNORECASE)
_SPACES = "\u00a0\u202f\u2009"


def _clean(text: str) -> str:
    text = text.strip()
    for space in _SPACES:
        text = text.replace(space, " ")
    return text.strip()


def _read(text: str, language: str | None, example: str, whole: bool = False) -> Decimal:
    """``text`` read with the CLDR rules of ``language``, strictly (grouping in groups of
    three, one decimal mark); a text that fits another reading raises with both readings."""
    locale = _locale(language)
    # digits, the two marks and a sign only: Babel would also read "1E3", "NaN" or
    # "Infinity", which no one types for an amount and which must not be saved as a number
    if not _PLAIN.fullmatch(text):
        raise NumberError(GEEN_HEEL_GETAL if whole else GEEN_GETAL, voorbeeld=example)
    try:
        value = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError as exc:
        readings = _readings(text, locale)
        if len(readings) == 2:
            first, second = readings
            raise NumberError(
                TWEE_LEZINGEN, readings,
                eerste=_shown(first, language), tweede=_shown(second, language)) from exc
        raise NumberError(GEEN_HEEL_GETAL if whole else GEEN_GETAL, voorbeeld=example) from exc
    if whole and value != value.to_integral_value():
        raise NumberError(GEEN_HEEL_GETAL, voorbeeld=example)
    return value


def _readings(text: str, locale: str) -> tuple[Decimal, ...]:
    """What a text with one kind of separator could mean: the separator as a thousands mark
    ("25.00" -> 2500) or as a decimal mark ("25.00" -> 25). Empty when it is not that."""
    if not re.fullmatch(r"[+-]?\d+(?:[.,]\d+)+", text) or ("." in text and "," in text):
        return ()
    mark = "." if "." in text else ","
    parts = text.split(mark)
    try:
        grouped = Decimal("".join(parts))
        decimal = Decimal("".join(parts[:-1]) + "." + parts[-1]) if len(parts) == 2 else None
    except InvalidOperation:  # pragma: no cover - the pattern rules this out
        return ()
    if decimal is None:
        return ()
    return (grouped, decimal) if grouped != decimal else ()


def _shown(value: Decimal, language: str | None) -> str:
    """A reading as the language writes it: 2500 -> "2.500", 25.00 -> "25,00"."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=_locale(language),
                          decimal_quantization=False)


def parse_amount(text: str, language: str = DEFAULT) -> Decimal:
    """An amount of euros as typed in ``language``; currency marks are ignored.

    Dutch: "25.000" -> 25000, "1.250.000" -> 1250000, "EUR 1.250,50" and "€ 1.250,50" ->
    1250.50, "25,5" -> 25.5, "25" -> 25; "25.00" and "1.25" could be two numbers and raise
    :class:`NumberError` naming both. English: "25,000" -> 25000, "1,250.50" -> 1250.50.
    """
    cleaned = _CURRENCY.sub("", _clean(text)).strip()
    return _read(cleaned, language, _shown(Decimal("1250.50"), language))


def parse_hours(text: str, language: str = DEFAULT) -> Decimal:
    """A number of hours ("1.250", "12,5", "120 uur") as typed in ``language``."""
    cleaned = _HOURS.sub("", _clean(text)).strip()
    return _read(cleaned, language, _shown(Decimal("12.5"), language))


def parse_count(text: str, language: str = DEFAULT) -> int:
    """A whole number such as a reach ("1.250" in Dutch, "1,250" in English)."""
    return int(_read(_clean(text), language, _shown(Decimal(1250), language), whole=True))


# --- writing --------------------------------------------------------------------------------


def fmt_amount(value: Decimal | float | int, language: str | None = None) -> str:
    """1250.5 -> "1.250,50" (Dutch), "1,250.50" (English): two decimals, grouped. What a
    form shows; :func:`parse_amount` reads it back to the same value."""
    return format_decimal(Decimal(str(value)), format="#,##0.00", locale=_locale(language))


def fmt_hours(value: Decimal | float | int, language: str | None = None) -> str:
    """120 -> "120", 12.5 -> "12,5": decimals only when there are any."""
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return format_decimal(d, format="#,##0", locale=_locale(language))
    return format_decimal(d, format="#,##0.0#", locale=_locale(language))


def fmt_int(n: int | float | Decimal, language: str | None = None) -> str:
    """1234567 -> "1.234.567" in Dutch, "1,234,567" in English (rounded to a whole number)."""
    return format_decimal(round(Decimal(str(n))), format="#,##0", locale=_locale(language))


def fmt_decimal(value: float | Decimal, digits: int = 1, language: str | None = None) -> str:
    """2.5 -> "2,5" in Dutch, "2.5" in English (no grouping: for small quantities)."""
    pattern = "0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(Decimal(str(value)), format=pattern, locale=_locale(language))


def fmt_euro(value: Decimal | float, compact: bool = False, language: str | None = None) -> str:
    """"€ 1.235" (whole euros); compact: "€ 12k", "€ 2,5 mln" ("€ 2.5m" in English)."""
    v = float(value)
    lang = language or program_language()
    if compact:
        if abs(v) >= 1_000_000:
            million = " mln" if lang == "nl" else "m"
            return "€ " + fmt_decimal(v / 1_000_000, 1, lang) + million
        if abs(v) >= 1_000:
            return "€ " + fmt_int(v / 1_000, lang) + "k"
    return "€ " + fmt_int(v, lang)


def fmt_pct(share: float) -> str:
    """1/3 -> "33%" (the same in both languages)."""
    return f"{share * 100:.0f}%"
