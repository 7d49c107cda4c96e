"""Every chart and the map render headless, with data and with an empty database; clickable
parts carry the list filters of the figure they show; export writes PNG, SVG and PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle

from tests.dashboard_factory import SmallDashboard, build_small_dashboard
from werkplaats_desktop.charts import CHARTS, build
from werkplaats_desktop.charts.base import drills, is_empty, tip_of, tipped
from werkplaats_desktop.charts.export import save_figure
from werkplaats_desktop.charts.nlmap import ASPECT, provinces
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardData, DashboardFilter, DashboardService
from werkplaats_desktop.store.database import Database

KINDS = ("activiteit", "product")


def texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def render(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


@pytest.fixture
def small(services: Services) -> tuple[SmallDashboard, DashboardData]:
    s = build_small_dashboard(services)
    return s, DashboardService(services.db).data()


@pytest.mark.parametrize("key", [c.key for c in CHARTS])
def test_charts_render_with_data(small: tuple[SmallDashboard, DashboardData], key: str) -> None:
    _s, d = small
    for kind in KINDS:
        fig = build(key, d, kind)
        assert render(fig).startswith(b"\x89PNG")
        assert not is_empty(fig) and "Geen gegevens" not in texts(fig)


@pytest.mark.parametrize("key", [c.key for c in CHARTS])
def test_charts_say_geen_gegevens_on_an_empty_database(db: Database, key: str) -> None:
    d = DashboardService(db).data()
    fig = build(key, d)
    assert render(fig).startswith(b"\x89PNG")
    assert "Geen gegevens" in texts(fig)
    if key != "kaart":  # the map still shows the country, all provinces 0
        assert is_empty(fig)
        assert all(not ax.axison for ax in fig.axes)


def test_a_year_without_data_is_geen_gegevens(small: tuple[SmallDashboard, DashboardData],
                                             db: Database) -> None:
    d = DashboardService(db).data(DashboardFilter.year(2011))
    for key in ("thema", "jaar", "gemeente", "cofinanciering"):
        assert is_empty(build(key, d, "activiteit")), key
    assert not is_empty(build("jaar", d, "product"))  # one product in 2011


def test_bars_open_the_records_they_count(small: tuple[SmallDashboard, DashboardData]) -> None:
    s, d = small
    fig = build("thema", d, "activiteit")
    marked = {(f["thema_id"] if "thema_id" in f else None, f["o"]): a.get_width()
              for a, (key, f) in drills(fig) if key == "activiteit"}
    assert marked == {(s.t1, "onderzoek"): 1, (s.t1, "onderwijs"): 1, (s.t4, "onderzoek"): 1,
                      (s.t9, "ondersteuning"): 1, (None, "onderzoek"): 1}
    zonder = [f for _a, (_k, f) in drills(fig) if f.get("zonder_thema")]
    assert zonder == [{"zonder_thema": True, "o": "onderzoek"}]
    year = build("jaar", d, "product")
    heights = {(f["jaar"], f.get("o", "-")): a.get_height() for a, (k, f) in drills(year)}
    assert heights == {(2010, "onderzoek"): 1, (2011, "onderwijs"): 1, (2012, "-"): 1,
                       (2013, "ondersteuning"): 1}
    assert all(isinstance(a, Rectangle) for a, _ in drills(year))


def test_the_map(small: tuple[SmallDashboard, DashboardData]) -> None:
    _s, d = small
    fig = build("kaart", d, "activiteit")
    ax = fig.axes[0]
    assert ax.get_aspect() == pytest.approx(ASPECT)
    assert "Bron: CBS/Kadaster (CC-BY 4.0)" in texts(fig)
    patches = {a.get_gid(): f for a, (_k, f) in drills(fig) if isinstance(a, PathPatch)}
    assert sorted(patches) == [f"PV{n}" for n in range(20, 32)]
    assert patches["PV26"] == {"provincie_code": "PV26"}
    # the activity without gemeente is a clickable label, not dropped
    labels = [(a.get_text(), f) for a, (_k, f) in drills(fig) if hasattr(a, "get_text")]
    assert labels == [("zonder gemeente: 1", {"zonder_provincie": True})]
    # werkplaatsen as points: one per werkplaats with a province
    points = ax.collections[0].get_offsets()
    assert len(points) == len(d.werkplaatsen) == 2
    # a province is coloured by its count: Utrecht (1) darker than Zeeland (0)
    colour = {a.get_gid(): a.get_facecolor() for a, _ in drills(fig) if isinstance(a, PathPatch)}
    assert sum(colour["PV26"][:3]) < sum(colour["PV29"][:3])


def test_hover_texts(small: tuple[SmallDashboard, DashboardData]) -> None:
    _s, d = small
    theme = {tip_of(a) for a in tipped(build("thema", d, "activiteit"))}
    assert "Actief Burgerschap · Onderwijs: 1" in theme
    assert "zonder thema · Onderzoek: 1" in theme
    kaart = build("kaart", d, "activiteit")
    tips = {tip_of(a) for a in tipped(kaart) if isinstance(a, PathPatch)}
    assert "Utrecht: 1" in tips and "Zeeland: 0" in tips
    points = next(a for a in tipped(kaart) if not isinstance(a, PathPatch))
    assert [tip_of(points, i) for i in range(2)] == ["Werkplaats Een", "Werkplaats Twee"]


def test_provinces_from_the_topojson() -> None:
    provs = {p.code: p for p in provinces()}
    assert len(provs) == 12
    inside = {"PV26": (5.12, 52.09), "PV27": (4.90, 52.37), "PV31": (5.69, 50.85),
              "PV20": (6.57, 53.22), "PV29": (3.61, 51.50), "PV21": (5.80, 53.20)}
    for code, (lon, lat) in inside.items():
        hits = [c for c, p in provs.items() if p.path.contains_point((lon, lat))]
        assert hits == [code], (code, hits)


def test_translation_reaches_the_texts(small: tuple[SmallDashboard, DashboardData]) -> None:
    _s, d = small
    fig = build("jaar", d, "activiteit", tx=lambda ctx, text: "»" + text)
    assert "»Activiteiten per jaar, naar O" in texts(fig)
    assert "»Onderzoek" in texts(fig)


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"),
                                          (".pdf", b"%PDF")])
def test_export(small: tuple[SmallDashboard, DashboardData], tmp_path: Path, suffix: str,
                magic: bytes) -> None:
    _s, d = small
    path = save_figure(build("kaart", d), tmp_path / f"kaart{suffix}")
    assert path.read_bytes().startswith(magic)
    assert save_figure(build("jaar", d), tmp_path / "zonder").name == "zonder.png"
