"""Figures of the dashboard and the yearly report: matplotlib without Qt and without pyplot.

Every builder has the same shape, ``build(data, kind, tx, size) -> Figure``, so that the page,
the report and the tests can treat them alike; :data:`CHARTS` lists them in display order.
Importing this package is light: a chart's builder module (and with it matplotlib) is imported
when the chart is first built, so that the window can lay out its chart panels, and show its
first frame, before matplotlib is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services.dashboard.model import DashboardData

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from werkplaats_desktop.charts.base import Size, Translate

Builder = Callable[..., "Figure"]


@dataclass(frozen=True)
class ChartSpec:
    key: str
    #: short Dutch name (export file names, menus)
    label: str
    #: "module:function" of the builder in this package (imported when first used)
    builder: str
    #: size in inches on the page; the report uses its own page size
    size: tuple[float, float]
    #: does the chart follow the activities/products choice?
    per_kind: bool

    @property
    def build(self) -> Builder:
        module, function = self.builder.split(":")
        found: Builder = getattr(import_module(f"{__name__}.{module}"), function)
        return found


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("thema", QT_TRANSLATE_NOOP("Grafiek", "Per thema"), "output:theme_chart",
              (6.0, 6.2), True),
    ChartSpec("kaart", QT_TRANSLATE_NOOP("Grafiek", "Kaart"), "nlmap:map_chart", (5.0, 6.2), True),
    ChartSpec("jaar", QT_TRANSLATE_NOOP("Grafiek", "Per jaar"), "output:year_chart", (6.0, 3.9),
              True),
    ChartSpec("gemeente", QT_TRANSLATE_NOOP("Grafiek", "Per gemeente"), "output:gemeente_chart",
              (5.0, 3.9), True),
    ChartSpec("partners", QT_TRANSLATE_NOOP("Grafiek", "Partners"), "money:partner_chart",
              (6.0, 3.9), False),
    ChartSpec("cofinanciering", QT_TRANSLATE_NOOP("Grafiek", "Cofinanciering"),
              "money:cofinancing_chart", (5.0, 3.9), False),
)


def heading(key: str, kind: str, tx: Translate | None = None) -> str:
    """The title the chart ``key`` has (for a table of contents or its table)."""
    from werkplaats_desktop.charts import money, nlmap, output

    tx = tx or _identity
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
    return spec.build(data, kind, tx or _identity, size or spec.size)


def _identity(_context: str, text: str) -> str:
    return text


def __getattr__(name: str) -> Any:
    """``Translate`` and ``identity`` of ``charts.base``, as before (importing matplotlib)."""
    if name in ("Translate", "identity"):
        return getattr(import_module(f"{__name__}.base"), name)
    raise AttributeError(name)


__all__ = ["CHARTS", "ChartSpec", "build", "chart", "heading"]
