"""Charts that carry their context and are never cut: the filter, source and date on every
exported chart; titles, notes, legends and labels inside the figure and clear of each other at
every width, with long labels; the O palette stays colour-blind-safe; amounts in one style;
the table behind every chart holds its numbers."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.transforms import Bbox

from tests.dashboard_factory import build_small_dashboard
from werkplaats_desktop.charts import CHARTS, build
from werkplaats_desktop.charts.base import renderer_of, tip_of, tipped
from werkplaats_desktop.charts.context import ChartContext, add_context, context_texts
from werkplaats_desktop.charts.export import save_figure
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.palette import O_COLORS
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardData, DashboardFilter, DashboardService
from werkplaats_desktop.services.dashboard.chart_tables import chart_table
from werkplaats_desktop.store.database import Database

LONG_THEMA = ("Een zelfgekozen thema met een bijzonder lange naam over samenwerking tussen "
              "formele en informele zorg in de wijk, het dorp en de regio daaromheen")
LONG_FILTER = ("Wmo-werkplaats Sociale Innovatie en Ondernemerschap (SIO) (Den Haag en Leiden), "
               "2013 t/m 2015, Deskundigheidsbevordering (sociale) professionals / vrijwilligers "
               "/ burgers, Ondersteuning, partnertype Burger- of cliëntorganisatie")
CONTEXT = ChartContext(LONG_FILTER, "werkplaats.sqlite", date(2026, 3, 12))
WIDTHS = (3.5, 5.0, 6.4, 9.0, 11.69)


@pytest.fixture
def long_labels(services: Services) -> DashboardData:
    """The small database plus an activity under a theme with a very long name."""
    small = build_small_dashboard(services)
    thema = services.themas.create(m.Thema(naam=LONG_THEMA))
    services.activiteiten.create(m.Activiteit(
        werkplaats_id=small.wp1, titel="Lang", o=O.ONDERSTEUNING, jaar=2012,
        thema_ids=[thema.id], gemeente_id=small.zwolle))  # type: ignore[list-item]
    return DashboardService(services.db).data()


def boxes(fig: Figure) -> dict[str, list[tuple[str, Bbox]]]:
    """The window extents of the figure's texts, by what they are."""
    fig.canvas.draw()
    r = renderer_of(fig)
    out: dict[str, list[tuple[str, Bbox]]] = {"context": [], "head": [], "ticks": [],
                                               "legend": [], "all": []}
    for t in context_texts(fig):
        out["context"].append((t.get_text(), t.get_window_extent(r)))
    for ax in fig.axes:
        for a in ax.texts:
            if a.get_text() and a.__class__.__name__ == "Annotation":
                out["head"].append((a.get_text(), a.get_window_extent(r)))
        legend = ax.get_legend()
        if isinstance(legend, Legend) and legend.get_visible():
            out["legend"].append(("legend", legend.get_window_extent(r)))
        for tick in ax.get_yticklabels():
            if tick.get_text():
                out["ticks"].append((tick.get_text(), tick.get_window_extent(r)))
    for t in context_texts(fig):
        out["all"].append((t.get_text(), t.get_window_extent(r)))
    for ax in fig.axes:  # everything the axes draw: labels, ticks, legend, titles, notes
        out["all"].append((f"axes {ax.get_title() or ''}", ax.get_tightbbox(r)))
    return out


def overlap(a: Bbox, b: Bbox, slack: float = 1.0) -> bool:
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > slack
            and min(a.y1, b.y1) - max(a.y0, b.y0) > slack)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", [c.key for c in CHARTS])
def test_nothing_is_cut_or_overlapping_at_any_width(long_labels: DashboardData, key: str,
                                                    width: float) -> None:
    fig = add_context(build(key, long_labels, "activiteit", None, (width, None)), CONTEXT)
    found = boxes(fig)
    frame = fig.bbox
    for text, box in found["all"]:
        assert box.x0 >= frame.x0 - 1 and box.x1 <= frame.x1 + 1, (key, width, text[:40])
        assert box.y0 >= frame.y0 - 1 and box.y1 <= frame.y1 + 1, (key, width, text[:40])
    blocks = found["context"] + found["head"] + found["legend"]
    for (ta, a), (tb, b) in itertools.combinations(blocks, 2):
        assert not overlap(a, b), (key, width, ta[:30], tb[:30])
    for ax in fig.axes:  # the context lines and the title block stay off the chart itself
        if ax.axison:
            plot = ax.get_window_extent(renderer_of(fig))
            for text, box in blocks:
                assert not overlap(box, plot, slack=2), (key, width, text[:30])
    for (ta, a), (tb, b) in itertools.combinations(found["ticks"], 2):
        assert not overlap(a, b), (key, width, ta, tb)


def test_theme_names_are_not_cut(demo_db: Database, long_labels: DashboardData) -> None:
    """The 19 Movisie themes fit whole on at most three lines at the page's width (the one
    that used to read "Maatschappelijk..." too); only a name longer than that loses its end,
    and then the hover text and the table hold it in full."""
    d = DashboardService(demo_db).data()
    for width in (5.0, 6.4):
        fig = build("thema", d, "activiteit", None, (width, None))
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert len(labels) == 19 and not any("…" in label for label in labels), width
        assert "Monitoring en evaluatie / Resultaatmeting / Maatschappelijk rendement" in [
            label.replace("\n", " ") for label in labels]
    fig = build("thema", long_labels, "activiteit", None, (6.4, None))
    tips = [tip_of(a) for a in tipped(fig)]
    assert any(tip.startswith(LONG_THEMA) for tip in tips)
    assert LONG_THEMA in [r.label for r in chart_table("thema", long_labels).rows]


def test_a_chart_is_as_tall_as_its_bars(demo_db: Database) -> None:
    service = DashboardService(demo_db)
    everything = build("thema", service.data(), "activiteit", None, (6.4, None))
    one = service.data(DashboardFilter.year(2015, werkplaats_ids=(6,)))
    few = build("thema", one, "activiteit", None, (6.4, None))
    bars = len([r for r in one.activiteiten.per_thema if r.total])
    assert bars < 6
    assert few.get_figheight() < everything.get_figheight() / 2
    assert few.get_figheight() < 1.6 + bars * 0.5  # no room kept for bars that are not there


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_every_exported_chart_says_its_filter_source_and_date(
        long_labels: DashboardData, tmp_path: Path, suffix: str) -> None:
    for spec in CHARTS:
        fig = add_context(build(spec.key, long_labels, "activiteit", None, (6.0, None)), CONTEXT)
        lines = [t.get_text().replace("\n", " ") for t in context_texts(fig)]
        assert lines[0].startswith("Filter: Wmo-werkplaats Sociale Innovatie")
        assert "Bron: Werkplaats Desktop" in lines[1] and "werkplaats.sqlite" in lines[1]
        assert "12-03-2026" in lines[1]
        path = save_figure(fig, tmp_path / f"{spec.key}{suffix}")
        if suffix == ".svg":  # real text, not outlines
            svg = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
            assert "Bron: Werkplaats Desktop" in svg and "Filter: Wmo-werkplaats" in svg


def test_the_o_palette_stays_colour_blind_safe() -> None:
    """Okabe & Ito's colours, still apart for the three common colour-vision deficiencies
    (Machado et al. 2009, severity 1.0)."""
    assert O_COLORS == {"onderzoek": "#0072B2", "ontwikkeling": "#E69F00",
                        "onderwijs": "#009E73", "ondersteuning": "#CC79A7"}
    machado = {
        "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
        "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                   (-0.011820, 0.042940, 0.968881)),
        "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
    }

    def linear(hex_color: str) -> tuple[float, ...]:
        c = [int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        return tuple(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c)

    def seen(matrix: tuple[tuple[float, ...], ...], rgb: tuple[float, ...]) -> list[float]:
        return [min(1.0, max(0.0, sum(r * v for r, v in zip(row, rgb, strict=True))))
                for row in matrix]

    for name, matrix in machado.items():
        colours = [seen(matrix, linear(c)) for c in O_COLORS.values()]
        for a, b in itertools.combinations(colours, 2):
            distance = sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5
            assert distance > 0.12, name


def test_amounts_in_one_style(long_labels: DashboardData) -> None:
    fig = build("cofinanciering", long_labels, "activiteit", None, (6.4, None))
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert ticks and all(re.fullmatch(r"€ \d{1,3}(\.\d{3})*", t) for t in ticks), ticks


@pytest.mark.parametrize("key", [c.key for c in CHARTS])
def test_the_table_behind_each_chart_holds_its_numbers(demo_db: Database, key: str) -> None:
    d = DashboardService(demo_db).data(DashboardFilter.year(2015))
    table = chart_table(key, d, "activiteit")
    assert table.rows and all(len(r.values) == len(table.columns) - 1 for r in table.rows)
    if key == "thema":
        assert {r.label: r.values[-1] for r in table.rows} == {
            r.label: r.total for r in d.activiteiten.per_thema if r.total}
    if key == "kaart":
        assert sum(r.values[0] for r in table.rows) == d.activiteiten.totaal  # type: ignore[misc]
    if key == "jaar":
        assert [r.values[-1] for r in table.rows] == [d.activiteiten.totaal]
    if key == "partners":
        assert sum(r.values[0] for r in table.rows) == d.feiten.partners  # type: ignore[misc]
    if table.list_key:  # a number opens the same list as its bar
        assert table.drill(0, 0) == d.output("activiteit").per_thema[0].drill.get("onderzoek") \
            if key == "thema" else table.drill(0, 0) is not None
