"""Partners and money: the partner mix by type, and co-financing per year (VWS subsidy
against the partners' money and hours, with the subsidy's share against the intended third)."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from werkplaats_desktop.charts.base import (
    Size,
    Translate,
    bar_rows,
    fit_height,
    fs,
    identity,
    integer_axis,
    is_natural,
    new_figure,
    no_data,
    rows_height,
    shorten,
    tidy,
    title,
    year_ticks,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_euro, fmt_int, fmt_pct
from werkplaats_desktop.domain.palette import EXTRA_COLORS
from werkplaats_desktop.domain.plurals import aantal
from werkplaats_desktop.services.dashboard.model import BEOOGD_AANDEEL_SUBSIDIE, DashboardData

PARTNERS = QT_TRANSLATE_NOOP("Grafiek", "Partners per type")
PARTNERS_NOTE = QT_TRANSLATE_NOOP(
    "Grafiek",
    "Organisaties die in de gekozen jaren deelnemen aan de gekozen werkplaatsen; {n} in totaal.")
COFI = QT_TRANSLATE_NOOP("Grafiek", "Cofinanciering per jaar")
COFI_NOTE = QT_TRANSLATE_NOOP(
    "Grafiek",
    "VWS-subsidie tegenover de inbreng van partners; het percentage is het aandeel van de subsidie "
    "(beoogd: een derde, {pct}).")
COFI_FILTER = QT_TRANSLATE_NOOP("Grafiek", "Thema- en O-filter gelden niet voor geld.")
SUBSIDIE = QT_TRANSLATE_NOOP("Grafiek", "VWS-subsidie")
GELD = QT_TRANSLATE_NOOP("Grafiek", "Partners: geld")
UREN = QT_TRANSLATE_NOOP("Grafiek", "Partners: uren × {tarief} per uur")
BEDRAG = QT_TRANSLATE_NOOP("Grafiek", "Bedrag (euro)")
AANTAL_PARTNERS = QT_TRANSLATE_NOOP("Grafiek", "Aantal organisaties")

PARTNER_COLOR = "#0b5c8a"  # the program's accent: partner types are not O's
SUBSIDIE_COLOR, GELD_COLOR, UREN_COLOR = EXTRA_COLORS[0], EXTRA_COLORS[1], EXTRA_COLORS[2]


def partner_chart(d: DashboardData, kind: str = "activiteit", tx: Translate = identity,
                  size: Size = (6.4, 4.0)) -> Figure:
    fig = new_figure(size)
    ax = fig.add_subplot()
    rows = [r for r in d.partners if r.count]
    if not rows:
        return no_data(fig, ax, tx("Grafiek", PARTNERS), tx)
    counts = [r.count for r in rows]
    ax.barh(range(len(rows)), counts, color=PARTNER_COLOR, height=0.7)
    for i, n in enumerate(counts):
        ax.text(n, i, " " + fmt_int(n), va="center", fontsize=fs(ax, 7.5))
    width = int(30 * max(1.0, fig.get_figwidth() / 6.4))
    labels = [shorten(tx("Keuzelijst", r.label), width) for r in rows]
    ax.set_yticks(range(len(rows)), labels, fontsize=fs(ax, 7.5))
    slots = len(rows) if is_natural(fig) else bar_rows(labels,
                                                       max(fig.get_figheight() - 1.9, 0.5))
    ax.set_ylim(slots - 0.5, -0.5)
    ax.set_xlim(0, max(counts) * 1.14)
    integer_axis(ax, "x")
    tidy(ax, "x")
    ax.set_xlabel(tx("Grafiek", AANTAL_PARTNERS), fontsize=fs(ax, 8))
    title(ax, tx("Grafiek", PARTNERS),
          tx("Grafiek", PARTNERS_NOTE).format(n=aantal(d.feiten.partners, "organisatie", tx)))
    return fit_height(fig, ax, rows_height(fig, labels))


def cofinancing_chart(d: DashboardData, kind: str = "activiteit", tx: Translate = identity,
                      size: Size = (6.4, 4.0)) -> Figure:
    fig = new_figure(size)
    ax = fig.add_subplot()
    rows = d.cofinanciering
    if not any(r.totaal for r in rows):
        return no_data(fig, ax, tx("Grafiek", COFI), tx)
    note = tx("Grafiek", COFI_NOTE).format(pct=fmt_pct(BEOOGD_AANDEEL_SUBSIDIE))
    if d.filter.thema_id is not None or d.filter.o:
        note += "\n" + tx("Grafiek", COFI_FILTER)
    pos = range(len(rows))
    series = (
        ([float(r.subsidie) for r in rows], SUBSIDIE_COLOR, tx("Grafiek", SUBSIDIE)),
        ([float(r.geld) for r in rows], GELD_COLOR, tx("Grafiek", GELD)),
        ([float(r.uren_waarde) for r in rows], UREN_COLOR,
         tx("Grafiek", UREN).format(tarief=fmt_euro(d.uurtarief))),
    )
    base = [0.0] * len(rows)
    for values, color, label in series:
        ax.bar(pos, values, bottom=base, width=0.72, color=color, label=label,
               edgecolor="#4d4d4d", linewidth=0.4)
        base = [b + v for b, v in zip(base, values, strict=True)]
    for i, r in enumerate(rows):
        share = r.aandeel_subsidie
        if share is not None:
            ax.text(i, base[i], fmt_pct(share), ha="center", va="bottom", fontsize=fs(ax, 7.5),
                    fontweight="bold" if share > BEOOGD_AANDEEL_SUBSIDIE + 0.05 else None)
    year_ticks(ax, [r.jaar for r in rows])
    ax.set_ylim(0, max(base) * 1.12)
    # full amounts, as in the report's tables and the tooltips (no "€ 600k")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_euro(v)))
    tidy(ax, "y")
    ax.set_ylabel(tx("Grafiek", BEDRAG), fontsize=fs(ax, 8))
    title(ax, tx("Grafiek", COFI), note, legend=True)
    return fit_height(fig, ax, 2.1 * fs(fig, 1))
