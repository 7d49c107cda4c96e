"""The landelijk overzicht as an Excel workbook, for people who read it rather than import it.

The same rows as the CSV (``landelijk.py``: a row per activity, then per product), but written
for reading in Excel: Dutch column headers, names instead of codes and UUIDs, real dates and
numbers (so Excel sorts and sums them), a frozen header row and an autofilter. The workbook is
streamed (openpyxl's write-only mode) in batches, with progress and Cancel, and written
atomically like every export. It is for reading only: the program imports the CSV and the full
export, not this file (docs/uitwisselformaat.md §4).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange import landelijk
from werkplaats_desktop.services.progress import Progress

BATCH = 5000
SHEET = QT_TRANSLATE_NOOP("Uitwisseling", "Landelijk overzicht")

_SOORT = {"activiteit": "Activiteit", "product": "Product"}
_STATUS = {s.value: s.label for s in JaarStatus}


def _text(x: Any) -> Any:
    return x if x is None else str(x)


def _date(x: Any) -> date | None:
    return date.fromisoformat(x) if isinstance(x, str) and x else None


def _hours(x: Any) -> Decimal | None:
    return None if x is None else Decimal(int(x)) / 100


def _yes_no(x: Any) -> str | None:
    return None if x is None else ("ja" if x else "nee")


#: (Dutch header, column of the landelijk overzicht, conversion, width, number format)
COLUMNS: tuple[tuple[str, str, Callable[[Any], Any], int, str | None], ...] = (
    ("Soort", "soort", lambda x: _SOORT.get(x, x), 11, None),
    ("Werkplaats", "werkplaats_label", _text, 34, None),
    ("Code werkplaats", "werkplaats_code", _text, 12, None),
    ("Titel", "titel", _text, 42, None),
    ("Jaar", "jaar", lambda x: x, 7, "0"),
    ("Jaarstatus", "jaarstatus", lambda x: _STATUS.get(x, x), 11, None),
    ("O", "o_label", _text, 14, None),
    ("Soort activiteit", "subtype_label", _text, 28, None),
    ("Soort product", "producttype_label", _text, 24, None),
    ("Datum", "datum", _date, 11, "dd-mm-yyyy"),
    ("Einddatum", "einddatum", _date, 11, "dd-mm-yyyy"),
    ("Provincie", "provincie_label", _text, 14, None),
    ("Gemeente", "gemeente_label", _text, 20, None),
    ("CBS-code gemeente", "gemeente_cbs_code", _text, 10, None),
    ("Thema's", "themas_label", _text, 40, None),
    ("Project", "project_label", _text, 30, None),
    ("Kenniskring", "kenniskring_label", _text, 24, None),
    ("Activiteit (bij een product)", "activiteit_label", _text, 30, None),
    ("Partners van het project", "partners_label", _text, 40, None),
    ("Bereik", "bereik", lambda x: x, 9, "#,##0"),
    ("Uren", "uren", _hours, 9, "#,##0.00"),
    ("Onderzoekers/docenten", "aantal_onderzoekers", lambda x: x, 9, "0"),
    ("Professionals", "aantal_professionals", lambda x: x, 9, "0"),
    ("Studenten", "aantal_studenten", lambda x: x, 9, "0"),
    ("Vrijwilligers", "aantal_vrijwilligers", lambda x: x, 9, "0"),
    ("Link", "link", _text, 30, None),
    ("Open access", "open_access", _yes_no, 8, None),
    ("Omschrijving", "omschrijving", _text, 40, None),
    ("UUID", "uuid", _text, 38, None),
)
HEADERS = [c[0] for c in COLUMNS]


def write_xlsx(conn: sqlite3.Connection, target: Path, progress: Progress,
               title: str = SHEET) -> int:
    """Write the workbook to ``target`` (a temporary file the caller renames); returns the
    number of rows."""
    total = conn.execute(landelijk.count_sql()).fetchone()[0]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(total, 1) + 1}"
    for i, (_h, _c, _f, width, _n) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7EF")
    header = []
    for name in HEADERS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        header.append(cell)
    ws.append(header)
    formats = [(i, fmt) for i, (*_x, fmt) in enumerate(COLUMNS) if fmt]
    converters = [conv for _h, _c, conv, _w, _n in COLUMNS]
    cursor = conn.execute(landelijk.raw_select_sql([c for _h, c, *_r in COLUMNS]))
    done = 0
    while batch := cursor.fetchmany(BATCH):
        for raw in batch:
            row: list[Any] = [conv(x) for conv, x in zip(converters, raw, strict=True)]
            for i, fmt in formats:
                if row[i] is not None:
                    cell = WriteOnlyCell(ws, value=row[i])
                    cell.number_format = fmt
                    row[i] = cell
            for i, value in enumerate(row):
                if isinstance(value, str) and value.startswith("="):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.data_type = "s"  # text, never a formula
                    row[i] = cell
            ws.append(row)
        done += len(batch)
        progress.report(done, total, target.name)
        progress.check()
    wb.save(target)
    return done
