"""Figures of the dashboard and the yearly report: matplotlib without Qt and without pyplot.

Every builder has the same shape, ``build(data, kind, tx, size) -> Figure``, so that the page,
the report and the tests can treat them alike; :data:`CHARTS` lists them in display order.
Importing this package imports matplotlib: the GUI does so only when the dashboard is first
shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.figure import Figure

from werkplaats_desktop.charts.base import Size, Translate, identity
from werkplaats_desktop.charts.money import cofinancing_chart, partner_chart
from werkplaats_desktop.charts.nlmap import map_chart
from werkplaats_desktop.charts.output import gemeente_chart, theme_chart, year_chart
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services.dashboard.model import DashboardData

Builder = Callable[..., Figure]


@dataclass(frozen=True)
class ChartSpec:
    key: str
    #: short Dutch name (export file names, menus)
    label: str
    build: Builder
    #: size in inches on the page; the report uses its own page size
    size: tuple[float, float]
    #: does the chart follow the activities/products choice?
    per_kind: bool


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("thema", QT_TRANSLATE_NOOP("Grafiek", "Per thema"), theme_chart, (6.0, 6.2), True),
    ChartSpec("kaart", QT_TRANSLATE_NOOP("Grafiek", "Kaart"), map_chart, (5.0, 6.2), True),
    ChartSpec("jaar", QT_TRANSLATE_NOOP("Grafiek", "Per jaar"), year_chart, (6.0, 3.9), True),
    ChartSpec("gemeente", QT_TRANSLATE_NOOP("Grafiek", "Per gemeente"), gemeente_chart,
              (5.0, 3.9), True),
    ChartSpec("partners", QT_TRANSLATE_NOOP("Grafiek", "Partners"), partner_chart, (6.0, 3.9),
              False),
    ChartSpec("cofinanciering", QT_TRANSLATE_NOOP("Grafiek", "Cofinanciering"),
              cofinancing_chart, (5.0, 3.9), False),
)


def heading(key: str, kind: str, tx: Translate = identity) -> str:
    """The title the chart ``key`` has (for a table of contents or its table)."""
    from werkplaats_desktop.charts import money, nlmap, output

    if key == "kaart":
        return tx("Grafiek", nlmap.TITEL[kind])
    if key == "partners":
        return tx("Grafiek", money.PARTNERS)
    if key == "cofinanciering":
        return tx("Grafiek", money.COFI)
    return tx("Grafiek", output.TITLES[(key, kind)])


def chart(key: str) -> ChartSpec:
    return next(c for c in CHARTS if c.key == key)


def build(key: str, data: DashboardData, kind: str = "activiteit", tx: Translate | None = None,
          size: Size | None = None) -> Figure:
    """The figure of chart ``key``; ``size`` (inches) defaults to the chart's own, and a
    height of None gives the height the content needs (the page and the report)."""
    spec = chart(key)
    return spec.build(data, kind, tx or identity, size or spec.size)


__all__ = ["CHARTS", "ChartSpec", "build", "chart", "heading"]
