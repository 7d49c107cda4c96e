"""The pages of the Jaarrapportage besides the title page: a chart page (the chart as tall as
its content, with the filter above and the source, date and page number below), the table of
that chart's numbers (text, so it can be searched, copied and read aloud), and the table of
contents. Every page is as tall as what is on it: a chart with three bars gives a short page,
not an A4 with one third used."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from matplotlib.figure import Figure

from werkplaats_desktop.charts import build
from werkplaats_desktop.charts.base import (
    NOTE_COLOR,
    TEXT_COLOR,
    Translate,
    fit_lines,
    identity,
    renderer_of,
)
from werkplaats_desktop.charts.context import ChartContext, add_context
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_amount, fmt_int, fmt_pct
from werkplaats_desktop.services.dashboard.chart_tables import ChartTable
from werkplaats_desktop.services.dashboard.model import DashboardData

#: the width of every page: A4 landscape
WIDTH = 11.69
PAGINA = QT_TRANSLATE_NOOP("Rapport", "Jaarrapportage {jaar} · blz. {n}")
INHOUD = QT_TRANSLATE_NOOP("Rapport", "Inhoud")
TABEL_VAN = QT_TRANSLATE_NOOP("Rapport", "Tabel: {titel}")
GEEN_RIJEN = QT_TRANSLATE_NOOP("Rapport", "Geen gegevens voor deze filters.")
WAT_TELT = QT_TRANSLATE_NOOP("Rapport", "Wat de feiten en cijfers tellen")
ROW_IN = 0.24
MARGIN_IN = 0.45


@dataclass(frozen=True)
class PageLabel:
    jaar: int
    n: int

    def text(self, tx: Translate) -> str:
        return tx("Rapport", PAGINA).format(jaar=self.jaar, n=self.n)


def _number(fig: Figure, page: PageLabel, tx: Translate) -> None:
    fig.text(0.988, 0.004, page.text(tx), ha="right", va="bottom", fontsize=8,
             color=NOTE_COLOR)


def chart_page(key: str, data: DashboardData, kind: str, ctx: ChartContext, page: PageLabel,
               tx: Translate = identity) -> Figure:
    """The chart ``key`` as wide as the page and as tall as it needs, with its context."""
    fig = add_context(build(key, data, kind, tx, (WIDTH, None)), ctx, tx)
    _number(fig, page, tx)
    return fig


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return fmt_pct(value)
    if isinstance(value, Decimal):
        return fmt_amount(value)
    if isinstance(value, int):
        return fmt_int(value)
    return str(value)


def table_page(table: ChartTable, heading: str, ctx: ChartContext, page: PageLabel,
               tx: Translate = identity) -> Figure:
    """The numbers of a chart as a text table: a header row, one row per bar, numbers
    right-aligned, columns as wide as their longest text."""
    header = [tx(context, text) for context, text in table.columns]
    body = [[tx(r.context, r.label) if r.context else r.label, *(_cell(v) for v in r.values)]
            for r in table.rows]
    size = 8.5
    height = MARGIN_IN * 2 + 0.55 + ROW_IN * (len(body) + 1.4)
    fig = Figure(figsize=(WIDTH, height), dpi=100)
    renderer = renderer_of(fig)
    title = fig.text(MARGIN_IN / WIDTH, 1 - MARGIN_IN / height,
                     fit_lines(fig, tx("Rapport", TABEL_VAN).format(titel=heading), 12, "bold"),
                     fontsize=12, fontweight="bold", color=TEXT_COLOR, va="top")
    top_in = MARGIN_IN + title.get_window_extent(renderer).height / fig.dpi + 0.2
    # column widths from the longest text in each column
    widths = []
    for c in range(len(header)):
        longest = max([header[c], *(row[c] for row in body)], key=len)
        probe = fig.text(0, 0, longest, fontsize=size, fontweight="bold")
        widths.append(probe.get_window_extent(renderer).width / fig.dpi + 0.25)
        probe.remove()
    room = WIDTH - 2 * MARGIN_IN
    scale = min(1.0, room / sum(widths))
    size *= scale
    widths = [w * scale for w in widths]
    lefts = [MARGIN_IN + sum(widths[:c]) for c in range(len(widths))]

    numeric = [c > 0 and all(not row[c] or row[c][:1].isdigit() for row in body)
               for c in range(len(header))]

    def row_at(y_in: float, cells: list[str], bold: bool) -> None:
        y = 1 - y_in / height
        for c, text in enumerate(cells):
            x = (lefts[c] + widths[c] - 0.1 if numeric[c] else lefts[c]) / WIDTH
            fig.text(x, y, text, ha="right" if numeric[c] else "left", va="top", fontsize=size,
                     fontweight="bold" if bold else "normal", color=TEXT_COLOR)

    row_at(top_in, header, True)
    line_y = 1 - (top_in + ROW_IN * 0.95) / height
    fig.add_artist(_rule(fig, line_y))
    for i, cells in enumerate(body):
        row_at(top_in + ROW_IN * (i + 1.1), cells, False)
    if not body:
        fig.text(MARGIN_IN / WIDTH, 1 - (top_in + ROW_IN * 1.1) / height,
                 tx("Rapport", GEEN_RIJEN), fontsize=size, color=NOTE_COLOR, va="top")
    add_context(fig, ctx, tx)
    _number(fig, page, tx)
    return fig


def _rule(fig: Figure, y: float) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([MARGIN_IN / WIDTH, 1 - MARGIN_IN / WIDTH], [y, y], transform=fig.transFigure,
                  color="#999999", linewidth=0.6)


def contents_page(entries: list[tuple[int, str]], page: PageLabel, tx: Translate = identity,
                  explained: list[tuple[str, str]] = ()) -> Figure:  # type: ignore[assignment]
    """The table of contents (page number and title of every page after this one), and what
    each of the title page's facts counts."""
    lines = len(entries) + (len(explained) + 2 if explained else 0)
    height = MARGIN_IN * 2 + 0.6 + ROW_IN * lines
    fig = Figure(figsize=(WIDTH, height), dpi=100)
    fig.text(MARGIN_IN / WIDTH, 1 - MARGIN_IN / height, tx("Rapport", INHOUD), fontsize=14,
             fontweight="bold", color=TEXT_COLOR, va="top")

    def at(i: float) -> float:
        return 1 - (MARGIN_IN + 0.55 + ROW_IN * i) / height

    for i, (n, title) in enumerate(entries):
        fig.text((MARGIN_IN + 0.5) / WIDTH, at(i), str(n), ha="right", va="top", fontsize=10,
                 color=TEXT_COLOR)
        fig.text((MARGIN_IN + 0.75) / WIDTH, at(i), title, va="top", fontsize=10,
                 color=TEXT_COLOR)
    if explained:
        first = len(entries) + 0.6
        fig.text(MARGIN_IN / WIDTH, at(first), tx("Rapport", WAT_TELT), fontsize=11,
                 fontweight="bold", color=TEXT_COLOR, va="top")
        for i, (label, what) in enumerate(explained, start=1):
            fig.text((MARGIN_IN + 0.1) / WIDTH, at(first + i + 0.2), f"{label}: {what}",
                     va="top", fontsize=9, color=TEXT_COLOR)
    _number(fig, page, tx)
    return fig
