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


def new_figure(size: tuple[float, float], dpi: int = 100) -> Figure:
    """A figure whose texts grow with it: a chart on an A4 page (the report) gets larger
    letters than the same chart on the screen."""
    fig = Figure(figsize=size, dpi=dpi, layout="constrained")
    fig.werkplaats_scale = max(1.0, min(size[0] / 6.4, size[1] / 4.6, 1.6))  # type: ignore[attr-defined]
    fig.get_layout_engine().set(h_pad=0.06, w_pad=0.06)  # type: ignore[union-attr, call-arg]
    return fig


def fs(ax: Axes | Figure, size: float) -> float:
    """``size`` (points, as designed for the screen) scaled for the figure of ``ax``."""
    fig = ax if isinstance(ax, Figure) else ax.get_figure()
    return size * getattr(fig, "werkplaats_scale", 1.0)


def title(ax: Axes, text: str, note: str = "") -> None:
    """A bold title with an optional grey explanation under it, both from the figure's left
    edge (not the axes', which long tick labels push right) and wrapped to the figure width;
    the constrained layout keeps the axes below them."""
    fig = ax.get_figure()
    width_pt = fig.get_figwidth() * 72 if fig is not None else 460  # type: ignore[union-attr]
    lines: list[str] = []
    for part in note.split("\n") if note else []:
        lines += textwrap.wrap(part, width=max(30, int(width_pt / (fs(ax, NOTE_SIZE) * 0.55))))
    where = dict(xy=(0.012, 1), xycoords=("figure fraction", "axes fraction"),
                 textcoords="offset points", ha="left", va="bottom")
    if lines:
        ax.annotate("\n".join(lines), xytext=(0, 7), fontsize=fs(ax, NOTE_SIZE), color=NOTE_COLOR,
                    linespacing=1.25, **where)  # type: ignore[arg-type]
    lift = 7 + (len(lines) * fs(ax, NOTE_SIZE) * 1.25 + 3 if lines else 0)
    ax.annotate(text, xytext=(0, lift), fontsize=fs(ax, TITLE_SIZE), color=TEXT_COLOR,
                fontweight="bold", **where)  # type: ignore[arg-type]


def no_data(fig: Figure, ax: Axes, heading: str, tx: Translate) -> Figure:
    """The chart of an empty selection: its title and a clear message, no empty axes."""
    ax.set_axis_off()
    title(ax, heading)
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



def shorten(text: str, width: int = 38) -> str:
    """A long theme or gemeente name on at most two lines."""
    lines = textwrap.wrap(text, width=width)
    if len(lines) <= 2:
        return "\n".join(lines)
    second = textwrap.shorten(" ".join(lines[1:]), width=width, placeholder="…")
    return f"{lines[0]}\n{second}"


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
