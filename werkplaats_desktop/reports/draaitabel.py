"""The draaitabel as a spreadsheet: .xlsx (openpyxl in write-only mode, real numbers) or CSV
in the excel-nl profile (UTF-8 with BOM, ``;``, decimal comma). Both start with what the table
shows: a title, the filter, the counting rule and where and when it was made; then the table
with Dutch headers and its totals.

Files are written to a temporary file next to the target and renamed over it
(``exchange.files.atomic_target``): a target open in Excel gives a Dutch message and stays
as it was.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange.cells import guard
from werkplaats_desktop.exchange.files import ExportError, atomic_target
from werkplaats_desktop.exchange.profiles import EXCEL_NL, LINE_END, Profile
from werkplaats_desktop.services.dashboard.draaitabel import (
    DIMENSIES,
    NIET_VOOR_BIJDRAGEN,
    TELREGEL,
    WAARDEN,
    Draaitabel,
)
from werkplaats_desktop.services.dashboard.filter_words import FilterWords

Translate = Callable[[str, str], str]

TITEL = QT_TRANSLATE_NOOP("Draaitabel", "Draaitabel: {waarde} per {rijen} en {kolommen}")
FILTER = QT_TRANSLATE_NOOP("Draaitabel", "Filter")
TELREGEL_KOP = QT_TRANSLATE_NOOP("Draaitabel", "Telregel")
BRON = QT_TRANSLATE_NOOP("Draaitabel", "Bron")
BRON_WAARDE = QT_TRANSLATE_NOOP("Draaitabel", "{app} {versie}, database {database}; gemaakt op "
                                              "{datum}")
TOTAAL = QT_TRANSLATE_NOOP("Draaitabel", "Totaal")
ONBEKEND_FORMAAT = QT_TRANSLATE_NOOP(
    "Draaitabel", "Kies een bestand dat eindigt op .xlsx of .csv (niet '{naam}').")
SUFFIXES = (".xlsx", ".csv")


def _plain(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Sheet:
    """The draaitabel laid out as rows of cells: the lines above the table, the header, the
    body (label, numbers..., row total) and the totals row."""

    title: str
    preamble: list[list[str]]
    header: list[str]
    body: list[list[Any]]
    totals: list[Any]
    whole: bool


def title(p: Draaitabel, tx: Translate = _plain) -> str:
    return tx("Draaitabel", TITEL).format(
        waarde=tx("Draaitabel", WAARDEN[p.waarde].label).lower(),
        rijen=tx("Draaitabel", DIMENSIES[p.rijen].label).lower()
        if p.rijen != "o" else "O",
        kolommen=tx("Draaitabel", DIMENSIES[p.kolommen].label).lower()
        if p.kolommen != "o" else "O")


def label(p: Draaitabel, context: str, text: str, tx: Translate) -> str:
    return tx(context, text) if context else text


def sheet(p: Draaitabel, words: FilterWords, database: str = "", tx: Translate = _plain,
          today: date | None = None) -> Sheet:
    rule = tx("Draaitabel", TELREGEL)
    if WAARDEN[p.waarde].bron == "bijdrage" and (p.filter.thema_id is not None or p.filter.o):
        rule += " " + tx("Draaitabel", NIET_VOOR_BIJDRAGEN)
    made = tx("Draaitabel", BRON_WAARDE).format(
        app=APP_NAME, versie=__version__, database=database,
        datum=(today or date.today()).strftime("%d-%m-%Y"))
    preamble = [[tx("Draaitabel", FILTER), words.line()], *[list(r) for r in words.rows(tx)],
                [tx("Draaitabel", TELREGEL_KOP), rule], [tx("Draaitabel", BRON), made]]
    header = [tx("Draaitabel", DIMENSIES[p.rijen].label),
              *(label(p, k.context, k.label, tx) for k in p.kolom_waarden),
              tx("Draaitabel", TOTAAL)]
    body = [[label(p, r.context, r.label, tx), *row, p.rijtotalen[r.key]]
            for r, row in zip(p.rij_waarden, p.matrix(), strict=True)]
    totals = [tx("Draaitabel", TOTAAL), *(p.kolomtotalen[k.key] for k in p.kolom_waarden),
              p.totaal]
    return Sheet(title(p, tx), preamble, header, body, totals, WAARDEN[p.waarde].geheel)


def write(p: Draaitabel, path: Path, words: FilterWords, database: str = "",
          tx: Translate = _plain) -> Path:
    """Write ``p`` to ``path`` as .xlsx or .csv (by its suffix); raises ``ExportError``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(tx("Draaitabel", ONBEKEND_FORMAAT).format(naam=path.name))
    s = sheet(p, words, database, tx)
    with atomic_target(path) as tmp:
        if suffix == ".xlsx":
            _xlsx(s, tmp)
        else:
            _csv(s, tmp, EXCEL_NL)
    return path


def _csv(s: Sheet, path: Path, profile: Profile) -> None:
    def cell(v: Any) -> str:
        if isinstance(v, Decimal):
            return f"{v:.2f}".replace(".", profile.decimal)
        if isinstance(v, int):
            return str(v)
        return guard(str(v))

    with open(path, "w", encoding=profile.encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=profile.delimiter, lineterminator=LINE_END)
        w.writerow([cell(s.title)])
        for row in s.preamble:
            w.writerow([cell(v) for v in row])
        w.writerow([])
        for row in (s.header, *s.body, s.totals):
            w.writerow([cell(v) for v in row])


def _xlsx(s: Sheet, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Draaitabel")
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 16
    for col in range(3, len(s.header) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 16
    bold = Font(bold=True)
    number_format = "#,##0" if s.whole else "#,##0.00"

    def text(value: str, font: Font | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=value)
        c.data_type = "s"  # never a formula, whatever the name starts with
        if font is not None:
            c.font = font
        return c

    def number(value: Any, font: Font | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=float(value) if isinstance(value, Decimal) else value)
        c.number_format = number_format
        if font is not None:
            c.font = font
        return c

    ws.append([text(s.title, Font(bold=True, size=13))])
    for name, value in s.preamble:
        ws.append([text(name, bold), text(value)])
    ws.append([])
    ws.append([text(h, bold) for h in s.header])
    for row in s.body:
        ws.append([text(row[0]), *(number(v) for v in row[1:-1]), number(row[-1], bold)])
    ws.append([text(s.totals[0], bold), *(number(v, bold) for v in s.totals[1:])])
    wb.save(path)

