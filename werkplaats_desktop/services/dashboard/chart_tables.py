"""The numbers behind each chart of the Overzicht as a table: what the "Tabel" view shows,
what a screen reader and the keyboard get (WCAG 1.1.1: a text alternative for every chart),
and what is saved beside an exported chart as CSV. Plain data from :class:`DashboardData`.

Every cell that a click on the chart could open carries the same list filters as that bar
segment or province, so Enter on a cell opens the same list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services.dashboard.model import (
    ZONDER_O,
    ZONDER_O_LABEL,
    DashboardData,
    Output,
    StackRow,
    drill,
)

Value = int | Decimal | float | str | None

K_THEMA = QT_TRANSLATE_NOOP("Tabel", "Thema")
K_JAAR = QT_TRANSLATE_NOOP("Tabel", "Jaar")
K_GEMEENTE = QT_TRANSLATE_NOOP("Tabel", "Gemeente")
K_PROVINCIE = QT_TRANSLATE_NOOP("Tabel", "Provincie")
K_WERKPLAATSEN = QT_TRANSLATE_NOOP("Tabel", "Werkplaatsen")
K_TYPE = QT_TRANSLATE_NOOP("Tabel", "Type partner")
K_AANTAL = QT_TRANSLATE_NOOP("Tabel", "Aantal")
K_TOTAAL = QT_TRANSLATE_NOOP("Tabel", "Totaal")
K_SUBSIDIE = QT_TRANSLATE_NOOP("Tabel", "VWS-subsidie (euro)")
K_GELD = QT_TRANSLATE_NOOP("Tabel", "Partners: geld (euro)")
K_UREN = QT_TRANSLATE_NOOP("Tabel", "Partners: uren")
K_UREN_WAARDE = QT_TRANSLATE_NOOP("Tabel", "Partners: uren × uurtarief (euro)")
K_TOTAAL_EURO = QT_TRANSLATE_NOOP("Tabel", "Totaal (euro)")
K_AANDEEL = QT_TRANSLATE_NOOP("Tabel", "Aandeel subsidie")


@dataclass(frozen=True)
class TableRow:
    label: str
    values: list[Value]
    #: list filters per value column (None: not clickable) and for the whole row
    drills: list[dict[str, Any] | None] = field(default_factory=list, compare=False)
    row_drill: dict[str, Any] | None = field(default=None, compare=False)
    #: the translation context of the label ("" for names from the database)
    context: str = ""


@dataclass(frozen=True)
class ChartTable:
    key: str
    #: the list a click opens ("activiteit", "product"; "" when nothing opens)
    list_key: str
    #: header of the label column, then of each value column (Dutch, context "Tabel" or,
    #: for O names, "Keuzelijst")
    columns: list[tuple[str, str]]
    rows: list[TableRow]

    @property
    def has_numbers(self) -> bool:
        """Any value other than zero (a map of twelve provinces at 0 tells nothing)."""
        return any(v not in (None, "", 0) for r in self.rows for v in r.values)

    def drill(self, row: int, column: int) -> dict[str, Any] | None:
        """The list filters of value ``column`` (0-based, after the label) of ``row``."""
        r = self.rows[row]
        if 0 <= column < len(r.drills) and r.drills[column] is not None:
            return r.drills[column]
        return r.row_drill


def _o_columns(out: Output) -> list[str]:
    return out.o_keys


def _o_header(keys: list[str]) -> list[tuple[str, str]]:
    return [("Dashboard", ZONDER_O_LABEL) if k == ZONDER_O else ("Keuzelijst", O(k).label)
            for k in keys]


def _stack_table(key: str, out: Output, first: str, rows: list[StackRow],
                 row_drill: dict[Any, dict[str, Any]] | None = None) -> ChartTable:
    keys = _o_columns(out)
    body = []
    for r in rows:
        drills: list[dict[str, Any] | None] = [r.drill.get(o) for o in keys]
        total = (row_drill or {}).get(r.key)
        values: list[Value] = [r.per_o.get(o, 0) for o in keys]
        body.append(TableRow(r.label, [*values, r.total],
                             drills + [total], total, "Dashboard" if r.key is None else ""))
    return ChartTable(key, out.kind, [("Tabel", first), *_o_header(keys), ("Tabel", K_TOTAAL)],
                      body)


def chart_table(key: str, d: DashboardData, kind: str = "activiteit") -> ChartTable:
    """The table of the chart ``key`` (see ``charts.CHARTS``)."""
    out = d.output(kind)
    base = out.list_filters
    if key == "thema":
        totals = {r.key: drill(base, **({"thema_id": r.key} if r.key is not None
                                        else {"zonder_thema": True})) for r in out.per_thema}
        return _stack_table(key, out, K_THEMA, [r for r in out.per_thema if r.total], totals)
    if key == "jaar":
        totals = {r.key: drill(base, jaar=r.key) for r in out.per_jaar}
        return _stack_table(key, out, K_JAAR, out.per_jaar, totals)
    if key == "gemeente":
        totals = {r.key: drill(base, **({"gemeente_id": r.key} if r.key is not None
                                        else {"zonder_gemeente": True}))
                  for r in out.per_gemeente}
        return _stack_table(key, out, K_GEMEENTE, [r for r in out.per_gemeente if r.total],
                            totals)
    if key == "kaart":
        names: dict[str | None, list[str]] = {}
        for w in d.werkplaatsen:
            names.setdefault(w.provincie_code, []).append(w.naam)
        rows = [TableRow(r.label, [r.count, "; ".join(names.get(r.key, []))],
                         [r.drill, None], r.drill, "" if r.key is not None else "Dashboard")
                for r in out.per_provincie]
        return ChartTable(key, kind, [("Tabel", K_PROVINCIE), ("Tabel", K_AANTAL),
                                      ("Tabel", K_WERKPLAATSEN)], rows)
    if key == "partners":
        return ChartTable(key, "", [("Tabel", K_TYPE), ("Tabel", K_AANTAL)],
                          [TableRow(r.label, [r.count], [None], None, "Keuzelijst")
                           for r in d.partners])
    if key == "cofinanciering":
        return ChartTable(key, "", [("Tabel", K_JAAR), ("Tabel", K_SUBSIDIE),
                                    ("Tabel", K_GELD), ("Tabel", K_UREN),
                                    ("Tabel", K_UREN_WAARDE), ("Tabel", K_TOTAAL_EURO),
                                    ("Tabel", K_AANDEEL)],
                          [TableRow(str(r.jaar), [r.subsidie, r.geld, r.uren, r.uren_waarde,
                                                  r.totaal, r.aandeel_subsidie],
                                    [None] * 6, None) for r in d.cofinanciering])
    raise KeyError(key)
