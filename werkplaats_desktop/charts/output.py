"""Output charts: per theme, per year and per gemeente, stacked by O (one colour per O)."""

from __future__ import annotations

from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from werkplaats_desktop.charts.base import (
    Size,
    Translate,
    bar_rows,
    count_label,
    fit_height,
    fs,
    identity,
    integer_axis,
    is_natural,
    mark,
    new_figure,
    no_data,
    o_color,
    o_label,
    rows_height,
    shorten,
    tidy,
    title,
    year_ticks,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.domain.plurals import aantal
from werkplaats_desktop.services.dashboard.model import (
    REGEL_THEMAS,
    DashboardData,
    Output,
    StackRow,
)

TITLES = {
    ("thema", "activiteit"): QT_TRANSLATE_NOOP("Grafiek", "Activiteiten per thema, naar O"),
    ("thema", "product"):
        QT_TRANSLATE_NOOP("Grafiek", "Producten per thema, naar O van de activiteit"),
    ("jaar", "activiteit"): QT_TRANSLATE_NOOP("Grafiek", "Activiteiten per jaar, naar O"),
    ("jaar", "product"):
        QT_TRANSLATE_NOOP("Grafiek", "Producten per jaar, naar O van de activiteit"),
    ("gemeente", "activiteit"):
        QT_TRANSLATE_NOOP("Grafiek", "Activiteiten per gemeente, naar O"),
    ("gemeente", "product"):
        QT_TRANSLATE_NOOP("Grafiek", "Producten per gemeente (van hun activiteit)"),
}
TOTAAL = QT_TRANSLATE_NOOP("Grafiek", "Totaal: {n}.")
TOP_GEMEENTEN = QT_TRANSLATE_NOOP("Grafiek", "De {top} met de meeste; {n} in totaal.")
ALLE_GEMEENTEN = QT_TRANSLATE_NOOP("Grafiek", "{n} in totaal.")
TOP = 15
#: characters per line of a bar's label at the screen width (6.4 inch; wider: longer lines)
LABEL_WIDTH = {"thema": 34, "gemeente": 28, "partners": 30}


def shown_rows(d: DashboardData, key: str, kind: str) -> list[StackRow]:
    """The bars of the theme or gemeente chart: every theme with a count; the gemeenten
    with the most, and "zonder gemeente"."""
    out = d.output(kind)
    if key == "thema":
        return [r for r in out.per_thema if r.total]
    named = [r for r in out.per_gemeente if r.key is not None and r.total]
    return named[:TOP] + [r for r in out.per_gemeente if r.key is None and r.total]


def _heading(chart: str, kind: str, tx: Translate) -> str:
    return tx("Grafiek", TITLES[(chart, kind)])


def _total_note(out: Output, tx: Translate) -> str:
    return tx("Grafiek", TOTAAL).format(n=aantal(out.totaal, out.kind, tx))


def _stacked(ax: Axes, rows: list[StackRow], out: Output, tx: Translate,
             horizontal: bool) -> list[float]:
    """Draw one stacked bar per row, every segment clickable; returns the bar totals."""
    pos = list(range(len(rows)))
    base = [0.0] * len(rows)
    for o in out.o_keys:
        values = [r.per_o.get(o, 0) for r in rows]
        if not any(values):
            continue
        style: dict[str, Any] = dict(color=o_color(o), label=o_label(o, tx), edgecolor="white",
                                     linewidth=0.4)
        bars = (ax.barh(pos, values, left=base, height=0.72, **style) if horizontal
                else ax.bar(pos, values, bottom=base, width=0.72, **style))
        for row, rect, value in zip(rows, bars, values, strict=True):
            if value:
                mark(rect, out.kind, row.drill[o],
                     f"{tx('Dashboard', row.label)} · {o_label(o, tx)}: {fmt_int(value)}")
        base = [b + v for b, v in zip(base, values, strict=True)]
    return base


def _horizontal(fig: Figure, ax: Axes, rows: list[StackRow], out: Output, tx: Translate,
                label_width: int) -> None:
    totals = _stacked(ax, rows, out, tx, horizontal=True)
    for i, total in enumerate(totals):
        ax.text(total, i, " " + fmt_int(total), va="center", ha="left", fontsize=fs(ax, 7.5))
    # wider figures get longer label lines; the letters shrink only when rows are very tight
    width = int(label_width * max(1.0, fig.get_figwidth() / 6.4))
    labels = [shorten(tx("Dashboard", r.label), width) for r in rows]  # "zonder thema"
    lines = max(label.count("\n") + 1 for label in labels)
    if is_natural(fig):  # the figure will get the height its rows need
        slots, size = float(len(rows)), fs(ax, 7.5)
    else:  # a given height: thin bars when few, smaller letters when many
        slots = bar_rows(labels, max(fig.get_figheight() - 2.2, 0.5))
        row_pt = (fig.get_figheight() - 2.0) * 72 / slots
        size = max(5.5, min(fs(ax, 7.5), row_pt / (lines * 1.15)))
    ax.set_yticks(range(len(rows)), labels, fontsize=size)
    ax.set_ylim(slots - 0.5, -0.5)
    fig.werkplaats_rows_in = rows_height(fig, labels)  # type: ignore[attr-defined]
    ax.set_xlim(0, max(totals) * 1.14)
    integer_axis(ax, "x")
    tidy(ax, "x")
    ax.set_xlabel(count_label(out.kind, tx), fontsize=fs(ax, 8))


def theme_chart(d: DashboardData, kind: str = "activiteit", tx: Translate = identity,
                size: Size = (6.4, 6.4)) -> Figure:
    out = d.output(kind)
    fig = new_figure(size)
    ax = fig.add_subplot()
    rows = [r for r in out.per_thema if r.total]
    if not rows:
        return no_data(fig, ax, _heading("thema", kind, tx), tx)
    note = _total_note(out, tx) + " " + tx("Dashboard", REGEL_THEMAS)
    _horizontal(fig, ax, rows, out, tx, label_width=LABEL_WIDTH["thema"])
    title(ax, _heading("thema", kind, tx), note, legend=True)
    return fit_height(fig, ax, fig.werkplaats_rows_in)  # type: ignore[attr-defined]


def year_chart(d: DashboardData, kind: str = "activiteit", tx: Translate = identity,
               size: Size = (6.4, 4.0)) -> Figure:
    out = d.output(kind)
    fig = new_figure(size)
    ax = fig.add_subplot()
    rows = out.per_jaar
    if not any(r.total for r in rows):
        return no_data(fig, ax, _heading("jaar", kind, tx), tx)
    totals = _stacked(ax, rows, out, tx, horizontal=False)
    for i, total in enumerate(totals):
        ax.text(i, total, fmt_int(total), ha="center", va="bottom", fontsize=fs(ax, 7.5))
    year_ticks(ax, [r.key for r in rows])
    ax.set_ylim(0, max(totals) * 1.12)
    integer_axis(ax, "y")
    tidy(ax, "y")
    ax.set_ylabel(count_label(kind, tx), fontsize=fs(ax, 8))
    title(ax, _heading("jaar", kind, tx), _total_note(out, tx), legend=True)
    return fit_height(fig, ax, 2.1 * fs(fig, 1))


def gemeente_chart(d: DashboardData, kind: str = "activiteit", tx: Translate = identity,
                   size: Size = (6.4, 5.0), top: int = TOP) -> Figure:
    out = d.output(kind)
    fig = new_figure(size)
    ax = fig.add_subplot()
    named = [r for r in out.per_gemeente if r.key is not None and r.total]
    without = [r for r in out.per_gemeente if r.key is None and r.total]
    if not named and not without:
        return no_data(fig, ax, _heading("gemeente", kind, tx), tx)
    rows = named[:top] + without
    if len(named) > top:
        note = tx("Grafiek", TOP_GEMEENTEN).format(top=aantal(top, "gemeente", tx),
                                                   n=aantal(len(named), "gemeente", tx))
    else:
        note = tx("Grafiek", ALLE_GEMEENTEN).format(n=aantal(len(named), "gemeente", tx))
    _horizontal(fig, ax, rows, out, tx, label_width=LABEL_WIDTH["gemeente"])
    title(ax, _heading("gemeente", kind, tx), note, legend=True)
    return fit_height(fig, ax, fig.werkplaats_rows_in)  # type: ignore[attr-defined]
