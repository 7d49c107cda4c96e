"""One cell of a CSV file: the formula guard, and reading a value of each kind strictly.

The guard. Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
after a tab or a carriage return, what follows) as a formula. Every exported *text* cell that
would start with one of those, possibly after apostrophes, gets one extra apostrophe in front;
the importer removes exactly that one. ``'s-Hertogenbosch`` is left alone (an ``s`` follows the
apostrophe), ``'=x`` becomes ``''=x`` so that the round trip stays exact. Numbers, dates, codes
and UUIDs are never guarded: they cannot start with a trigger.

Reading. Every parser takes the cell text and returns the value or raises :class:`CellError`
with a Dutch reason; an empty cell is ``None`` (text: ``""``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from werkplaats_desktop.domain import dates
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = re.compile(r"^'*[=+\-@\t\r]")
_UNGUARD = re.compile(r"^'+[=+\-@\t\r]")


def guard(text: str) -> str:
    """The text as it is written to a CSV cell (see module docstring)."""
    return "'" + text if _GUARDED.match(text) else text


def unguard(cell: str) -> str:
    """The text a guarded cell stands for: :func:`guard` undone."""
    return cell[1:] if _UNGUARD.match(cell) else cell


def sql_guard(expr: str) -> str:
    """:func:`guard` as an SQLite expression, so that an export does it in C, not per cell in
    Python: a cheap look at the first character, and only when that is a trigger or an
    apostrophe the full test (strip leading apostrophes, look at what is left)."""
    triggers = "'=', '+', '-', '@', char(9), char(13)"
    first = ", ".join(str(ord(c)) for c in (*TRIGGERS, "'"))
    return (
        f"CASE WHEN unicode({expr}) IN ({first}) AND substr(ltrim({expr}, ''''), 1, 1) "
        f"IN ({triggers}) THEN '''' || {expr} ELSE {expr} END"
    )


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; ``template`` names the reason."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


GEEN_GETAL = QT_TRANSLATE_NOOP("Uitwisseling", "'{waarde}' is geen geheel getal.")
GEEN_DECIMAAL = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "'{waarde}' is geen getal (verwacht bijvoorbeeld 12{teken}50, zonder "
    "scheidingstekens voor duizendtallen).",
)
GEEN_DATUM = QT_TRANSLATE_NOOP("Uitwisseling", "'{waarde}' is geen datum (verwacht jjjj-mm-dd).")
DATUM_BESTAAT_NIET = QT_TRANSLATE_NOOP("Uitwisseling", "De datum '{waarde}' bestaat niet.")
GEEN_TIJDSTIP = QT_TRANSLATE_NOOP(
    "Uitwisseling", "'{waarde}' is geen tijdstip (verwacht jjjj-mm-ddTuu:mm:ss)."
)
GEEN_JA_NEE = QT_TRANSLATE_NOOP("Uitwisseling", "'{waarde}' is geen ja of nee.")
GEEN_UUID = QT_TRANSLATE_NOOP("Uitwisseling", "'{waarde}' is geen geldige UUID.")

_INT = re.compile(r"^[+-]?\d{1,18}$")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_HEX = "0123456789abcdef-"
_TRUE = {"ja", "j", "1", "true", "waar", "yes"}
_FALSE = {"nee", "n", "0", "false", "onwaar", "no"}


def parse_text(cell: str) -> str:
    return unguard(cell) if cell[:1] == "'" else cell


def parse_int(cell: str) -> int | None:
    if cell.isascii() and cell.isdigit() and len(cell) <= 18:
        return int(cell)  # the usual case, without the checks below
    cell = cell.strip()
    if not cell:
        return None
    if not _INT.match(cell):
        raise CellError(GEEN_GETAL, waarde=cell)
    return int(cell)


def decimal_parser(separator: str) -> Callable[[str], Decimal | None]:
    """Amounts and hours with the profile's decimal separator, and only that one: in the
    Dutch profile ``1.500`` would otherwise silently become one and a half."""
    pattern = re.compile(r"^[+-]?\d{1,15}(?:" + re.escape(separator) + r"\d+)?$")

    def parse(cell: str) -> Decimal | None:
        cell = cell.strip()
        if not cell:
            return None
        if not pattern.match(cell):
            raise CellError(GEEN_DECIMAAL, waarde=cell, teken=separator)
        try:
            return Decimal(cell.replace(separator, "."))
        except InvalidOperation as exc:  # pragma: no cover - the pattern rules this out
            raise CellError(GEEN_DECIMAAL, waarde=cell, teken=separator) from exc

    return parse


def parse_date(cell: str) -> date | None:
    """ISO ``jjjj-mm-dd``, and ``d-m-jjjj`` as Excel with Dutch settings saves a date
    (``domain/dates.py``, with only '-' between the parts)."""
    if len(cell) == 10 and cell[4] == cell[7] == "-" and cell.isascii():
        try:
            return date.fromisoformat(cell)  # the usual case
        except ValueError:
            pass  # not a date, or one that does not exist: the parser says which
    try:
        return dates.parse_date(cell, dates.IN_FILES)
    except dates.DateError as exc:
        raise CellError(GEEN_DATUM if exc.exists is None else DATUM_BESTAAT_NIET,
                        waarde=cell.strip()) from exc


def parse_datetime(cell: str) -> datetime | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        value = datetime.fromisoformat(cell)  # also "...Z" (Python 3.11)
    except ValueError as exc:
        raise CellError(GEEN_TIJDSTIP, waarde=cell) from exc
    return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)


def parse_bool(cell: str) -> bool | None:
    word = cell.strip().casefold()
    if not word:
        return None
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise CellError(GEEN_JA_NEE, waarde=cell)


def parse_uuid(cell: str) -> str | None:
    if (
        len(cell) == 36
        and cell[8] == cell[13] == cell[18] == cell[23] == "-"
        and cell.count("-") == 4
        and not cell.strip(_HEX)
    ):
        return cell  # the usual case, as this program writes it (string tests: no regex)
    cell = cell.strip().lower()
    if not cell:
        return None
    if not _UUID.match(cell):
        raise CellError(GEEN_UUID, waarde=cell)
    return cell


def parse_uuids(cell: str) -> list[str]:
    """A list of UUIDs separated by ``|`` (UUIDs never contain one)."""
    if not cell:
        return []
    return [u for part in cell.split("|") if (u := parse_uuid(part)) is not None]


def parse_code(cell: str) -> str | None:
    """A code from a closed list; the list itself is checked by the validator."""
    cell = cell.strip()
    return cell or None


def store_datetime(value: datetime) -> str:
    """How SQLAlchemy's SQLite DateTime stores a time (so imported rows equal typed ones)."""
    return value.isoformat(" ", "microseconds")
