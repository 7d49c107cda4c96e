"""What every chart shares: a figure without pyplot (so no GUI backend is chosen), Dutch
number formats, the "Geen gegevens" face, and the drill-down marks a click reads.

Charts draw data, they don't fetch it: a builder takes :class:`DashboardData` and returns a
``matplotlib.figure.Figure``. Texts are Dutch source texts marked for translation; the GUI
passes its translate function as ``tx`` (context, text) -> text (not ``tr``: lupdate would
take ``tr("Grafiek", ...)`` for a text to translate).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any, Literal

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import blended_transform_factory, offset_copy

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.domain.palette import O_COLORS
from werkplaats_desktop.services.dashboard.model import ZONDER_O, ZONDER_O_LABEL

Translate = Callable[[str, str], str]

GEEN_GEGEVENS = QT_TRANSLATE_NOOP("Grafiek", "Geen gegevens")
GEEN_GEGEVENS_UITLEG = QT_TRANSLATE_NOOP("Grafiek", "Er is niets om te tonen voor deze filters.")
AANTAL_ACTIVITEITEN = QT_TRANSLATE_NOOP("Grafiek", "Aantal activiteiten")
AANTAL_PRODUCTEN = QT_TRANSLATE_NOOP("Grafiek", "Aantal producten")
ZONDER_O_COLOR = "#999999"
TEXT_COLOR = "#1d2a33"
NOTE_COLOR = "#555555"
DRILL_ATTR = "werkplaats_drill"
TIP_ATTR = "werkplaats_tip"
TITLE_SIZE = 10.5
#: a chart with fewer bars keeps room for this many, so a single bar is not a block
MIN_SLOTS = 8
NOTE_SIZE = 7.5


def identity(context: str, text: str) -> str:
    return text


#: (width, height) in inches; a height of None asks for the height the content needs
Size = tuple[float, float | None]


def new_figure(size: Size, dpi: int = 100) -> Figure:
    """A figure whose texts grow with it: a chart on an A4 page (the report) gets larger
    letters than the same chart on the screen. Without a height the figure gets the height its
    content needs (:func:`fit_height`): a chart with two bars is short, one with twenty tall."""
    width, height = size
    natural = height is None
    fig = Figure(figsize=(width, 4.6 if height is None else height), dpi=dpi,
                 layout="constrained")
    by_height = 1.6 if height is None else height / 4.6
    fig.werkplaats_scale = max(1.0, min(width / 6.4, by_height, 1.6))  # type: ignore[attr-defined]
    fig.werkplaats_natural = natural  # type: ignore[attr-defined]
    fig.get_layout_engine().set(h_pad=0.06, w_pad=0.06)  # type: ignore[union-attr, call-arg]
    return fig


def is_natural(fig: Figure) -> bool:
    return bool(getattr(fig, "werkplaats_natural", False))


def fit_height(fig: Figure, ax: Axes, plot_in: float) -> Figure:
    """For a figure without a given height: make it as tall as its texts (title, note,
    legend, tick labels, axis label) plus ``plot_in`` inches for the chart itself."""
    if not is_natural(fig):
        return fig
    engine = fig.get_layout_engine()
    assert engine is not None
    engine.execute(fig)
    height = fig.get_figheight()
    overhead = height * (1 - ax.get_position().height)
    fig.set_size_inches(fig.get_figwidth(), overhead + plot_in, forward=False)
    return fig


def rows_height(fig: Figure, labels: list[str]) -> float:
    """Inches for horizontal bars with these (possibly multi-line) labels: every row as tall
    as the tallest label needs (the rows of a bar chart are equal)."""
    lines = max((label.count("\n") + 1 for label in labels), default=1)
    return len(labels) * max(0.26, 0.05 + 0.13 * lines) * fs(fig, 1) + 0.1


def fs(ax: Axes | Figure, size: float) -> float:
    """``size`` (points, as designed for the screen) scaled for the figure of ``ax``."""
    fig = ax if isinstance(ax, Figure) else ax.get_figure()
    return size * getattr(fig, "werkplaats_scale", 1.0)


def renderer_of(fig: Figure) -> Any:
    """A renderer to measure texts with, before the figure is shown or saved."""
    if not hasattr(fig.canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(fig)
    return fig.canvas.get_renderer()  # type: ignore[attr-defined]


def fit_lines(fig: Figure, text: str, size: float, weight: str = "normal",
              left: float = 0.012, margin: float = 0.93) -> str:
    """``text`` broken into lines that fit between ``left`` (figure fraction) and the right
    edge of ``fig``, measured with the renderer, with room to spare (``margin``) for the small
    differences of another resolution: the same lines at 100 and 200 dpi, on screen and on
    paper. (matplotlib's own ``wrap=True`` breaks anew at every resolution.)"""
    renderer = renderer_of(fig)
    prop = FontProperties(size=size, weight=weight)
    room = fig.bbox.width * (1 - left) * margin

    def width(s: str) -> float:
        return float(renderer.get_text_width_height_descent(s, prop, ismath=False)[0])

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if line and width(trial) > room:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return "\n".join(lines)


def title(ax: Axes, text: str, note: str = "", legend: bool = False) -> None:
    """A bold title with an optional grey explanation under it and, with ``legend``, the
    legend of ``ax``'s series right above the chart (where the eye starts: visible with the
    chart's first bars). Title and note start at the figure's left edge (not the axes', which
    long tick labels push right) and wrap at its right edge; each is lifted by the measured
    height of what lies below it, and the constrained layout keeps the axes below them all."""
    fig = ax.get_figure()
    assert isinstance(fig, Figure)
    renderer = renderer_of(fig)
    to_pt = 72 / fig.dpi
    x_fig = blended_transform_factory(fig.transFigure, ax.transAxes)
    lift = 5.0
    if legend:
        handles, labels = ax.get_legend_handles_labels()
        if handles:
            lift += _top_legend(fig, ax, handles, labels, lift, renderer) + 4
    where = dict(xy=(0.012, 1), xycoords=x_fig, textcoords="offset points", ha="left",
                 va="bottom")
    if note:
        size = fs(ax, NOTE_SIZE)
        shown = ax.annotate(fit_lines(fig, note, size), xytext=(0, lift), fontsize=size,
                            color=NOTE_COLOR, linespacing=1.25, **where)  # type: ignore[arg-type]
        lift += shown.get_window_extent(renderer).height * to_pt + 3
    size = fs(ax, TITLE_SIZE)
    ax.annotate(fit_lines(fig, text, size, "bold"), xytext=(0, lift), fontsize=size,
                color=TEXT_COLOR, fontweight="bold", **where)  # type: ignore[arg-type]


def _top_legend(fig: Figure, ax: Axes, handles: list[Any], labels: list[str], lift: float,
                renderer: Any) -> float:
    """The legend in one row above the axes (in more rows when the figure is too narrow);
    returns its height in points."""
    anchor = offset_copy(blended_transform_factory(fig.transFigure, ax.transAxes), fig=fig,
                         y=lift, units="points")
    width = fig.bbox.width * 0.9
    for ncols in range(len(handles), 0, -1):
        legend = ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.012, 1),
                           bbox_transform=anchor, ncols=ncols, frameon=False,
                           fontsize=fs(ax, 7.5), handlelength=1.1, columnspacing=1.1,
                           borderaxespad=0, borderpad=0, handletextpad=0.4)
        box = legend.get_window_extent(renderer)
        if box.width <= width or ncols == 1:
            return float(box.height * 72 / fig.dpi)
        legend.remove()
    return 0.0


def no_data(fig: Figure, ax: Axes, heading: str, tx: Translate) -> Figure:
    """The chart of an empty selection: its title and a clear message, no empty axes."""
    ax.set_axis_off()
    title(ax, heading)
    fit_height(fig, ax, 1.6)
    ax.text(0.5, 0.55, tx("Grafiek", GEEN_GEGEVENS), transform=ax.transAxes, ha="center",
            va="center", fontsize=fs(ax, 15), color=NOTE_COLOR, fontweight="bold")
    ax.text(0.5, 0.42, tx("Grafiek", GEEN_GEGEVENS_UITLEG), transform=ax.transAxes,
            ha="center", va="center", fontsize=fs(ax, 9), color=NOTE_COLOR)
    fig.werkplaats_empty = True  # type: ignore[attr-defined]
    return fig


def is_empty(fig: Figure) -> bool:
    return bool(getattr(fig, "werkplaats_empty", False))


def mark(artist: Artist, list_key: str, filters: dict[str, Any], tip: str = "") -> None:
    """Make ``artist`` clickable: a click opens the list ``list_key`` with ``filters``;
    ``tip`` is what hovering over it says."""
    artist.set_picker(True)
    setattr(artist, DRILL_ATTR, (list_key, dict(filters)))
    if tip:
        set_tip(artist, tip)


def set_tip(artist: Artist, tip: str | list[str]) -> None:
    """A hover text for ``artist``; for a scatter, a list with one text per point."""
    setattr(artist, TIP_ATTR, tip)


def tip_of(artist: Artist, index: int | None = None) -> str:
    tip = getattr(artist, TIP_ATTR, "")
    if isinstance(tip, list):
        return tip[index] if index is not None and 0 <= index < len(tip) else ""
    return str(tip)


def tipped(fig: Figure) -> list[Artist]:
    return list(fig.findobj(lambda a: hasattr(a, TIP_ATTR)))


def drill_of(artist: Artist) -> tuple[str, dict[str, Any]] | None:
    return getattr(artist, DRILL_ATTR, None)


def drills(fig: Figure) -> list[tuple[Artist, tuple[str, dict[str, Any]]]]:
    """Every clickable artist of ``fig`` with what a click on it opens."""
    found = []
    for artist in fig.findobj(lambda a: hasattr(a, DRILL_ATTR)):
        found.append((artist, getattr(artist, DRILL_ATTR)))
    return found


def o_label(key: str, tx: Translate) -> str:
    if key == ZONDER_O:
        return tx("Dashboard", ZONDER_O_LABEL)
    return tx("Keuzelijst", O(key).label)


def o_color(key: str) -> str:
    return O_COLORS.get(key, ZONDER_O_COLOR)


def count_label(kind: str, tx: Translate) -> str:
    return tx("Grafiek", AANTAL_ACTIVITEITEN if kind == "activiteit" else AANTAL_PRODUCTEN)



def shorten(text: str, width: int = 38, max_lines: int = 3) -> str:
    """A long theme or gemeente name on at most ``max_lines`` lines; only a name longer than
    that loses its end ("…"). The 19 Movisie themes fit in full on three lines of 28."""
    lines = textwrap.wrap(text, width=width) or [""]
    if len(lines) <= max_lines:
        return "\n".join(lines)
    last = textwrap.shorten(" ".join(lines[max_lines - 1:]), width=width, placeholder="…")
    return "\n".join([*lines[:max_lines - 1], last])


def bar_rows(labels: list[str], axes_height_in: float) -> float:
    """The number of bar slots to give the axes: one per bar, more when the axes are so tall
    that the bars would be fat blocks (at most about 0.35 inch per bar)."""
    return max(len(labels), axes_height_in / 0.35)


def integer_axis(ax: Axes, axis: str = "x") -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(MaxNLocator(integer=True, nbins=6))
    target.set_major_formatter(FuncFormatter(lambda v, _p: fmt_int(v)))


def tidy(ax: Axes, grid_axis: Literal["x", "y", "both"] = "x") -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=TEXT_COLOR)
    ax.tick_params(axis=grid_axis, labelsize=fs(ax, 8))  # the category axis sized its own
    ax.grid(axis=grid_axis, color="#e3e6e8", linewidth=0.8)
    ax.set_axisbelow(True)


def year_ticks(ax: Axes, years: list[int]) -> None:
    """Year labels under vertical bars; with many years the short form ('09) keeps them apart."""
    short = len(years) > 8
    ax.set_xticks(range(len(years)), [f"'{y % 100:02d}" if short else str(y) for y in years],
                  fontsize=fs(ax, 8))
    pad = max(0, 5 - len(years)) / 2  # few years: narrower bars, centred
    ax.set_xlim(-0.5 - pad, len(years) - 0.5 + pad)
