"""What a chart needs to be understood away from the program: above it the filter it shows
("Wmo-werkplaats Utrecht, 2015, alle thema's"), below it where it comes from and when it was
made. Added to every exported chart (PNG, SVG, PDF) and to every page of the Jaarrapportage.

The lines are wrapped to the figure's width, and the chart itself is laid out in the band
between them (the constrained layout's ``rect``), so nothing overlaps or is cut off, whatever
the size of the figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matplotlib.figure import Figure
from matplotlib.text import Text

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.charts.base import (
    NOTE_COLOR,
    TEXT_COLOR,
    Translate,
    fit_lines,
    fs,
    identity,
    renderer_of,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

FILTER = QT_TRANSLATE_NOOP("Grafiek", "Filter: {filter}")
BRON = QT_TRANSLATE_NOOP("Grafiek", "Bron: {app} {versie}, database {database}. Gemaakt op "
                                    "{datum}.")
#: the gid of the two lines, so that tests and the report can find them
FILTER_GID, BRON_GID = "werkplaats-filter", "werkplaats-bron"
PAD_PT = 4.0


@dataclass(frozen=True)
class ChartContext:
    """The filter in words (``services.dashboard.filter_words``) and the database the figures
    are from."""

    filter_line: str
    database: str
    made: date | None = None

    def filter_text(self, tx: Translate = identity) -> str:
        return tx("Grafiek", FILTER).format(filter=self.filter_line)

    def source_text(self, tx: Translate = identity) -> str:
        return tx("Grafiek", BRON).format(app=APP_NAME, versie=__version__,
                                          database=self.database,
                                          datum=(self.made or date.today()).strftime("%d-%m-%Y"))


def add_context(fig: Figure, ctx: ChartContext, tx: Translate = identity) -> Figure:
    """Write the filter above and the source and date below the chart in ``fig`` and lay
    the chart out between them. Returns ``fig``."""
    size, small = fs(fig, 8), fs(fig, 7)
    top = fig.text(0.012, 1, fit_lines(fig, ctx.filter_text(tx), size), ha="left", va="top",
                   fontsize=size, color=TEXT_COLOR, gid=FILTER_GID)
    bottom = fig.text(0.012, 0, fit_lines(fig, ctx.source_text(tx), small), ha="left",
                      va="bottom", fontsize=small, color=NOTE_COLOR, gid=BRON_GID)
    renderer = renderer_of(fig)
    pad = PAD_PT * fig.dpi / 72
    top_h = top.get_window_extent(renderer).height + 2 * pad
    bottom_h = bottom.get_window_extent(renderer).height + 2 * pad
    # the chart keeps its own height; the figure grows by the two lines
    chart_h = fig.bbox.height
    height = chart_h + top_h + bottom_h
    fig.set_size_inches(fig.get_figwidth(), height / fig.dpi, forward=False)
    top.set_y(1 - pad / height)
    bottom.set_y(pad / height)
    engine = fig.get_layout_engine()
    if engine is not None and hasattr(engine, "set"):
        engine.set(rect=(0.0, bottom_h / height, 1.0, chart_h / height))  # type: ignore[call-arg]
    return fig


def context_texts(fig: Figure) -> list[Text]:
    """The filter and source lines of ``fig`` (empty when it has none)."""
    return [t for t in fig.texts if t.get_gid() in (FILTER_GID, BRON_GID)]
