"""The map of the Netherlands: the 12 provinces (CBS 2015, TopoJSON in resources/map) coloured
by output, with the werkplaatsen as points. Drawn with plain matplotlib paths, no GIS library.

The TopoJSON is decoded here (quantised, delta-encoded arcs; a negative index is a reversed
arc). Coordinates are WGS84 degrees; an aspect of 1.6 (about 1 / cos 52°) keeps the country
its familiar shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath

from werkplaats_desktop.charts.base import (
    GEEN_GEGEVENS,
    NOTE_COLOR,
    TEXT_COLOR,
    Size,
    Translate,
    fit_height,
    fs,
    identity,
    mark,
    new_figure,
    set_tip,
    title,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.locations import resources_dir
from werkplaats_desktop.services.dashboard.model import DashboardData, drill

ASPECT = 1.6
CREDIT = QT_TRANSLATE_NOOP("Grafiek", "Bron: CBS/Kadaster (CC-BY 4.0)")
TITEL = {"activiteit": QT_TRANSLATE_NOOP("Grafiek", "Activiteiten per provincie"),
         "product": QT_TRANSLATE_NOOP("Grafiek", "Producten per provincie")}
NOTE = {"activiteit": QT_TRANSLATE_NOOP("Grafiek", "Provincie van de gemeente van de activiteit."),
        "product": QT_TRANSLATE_NOOP(
            "Grafiek", "Provincie van de gemeente van de activiteit, anders van de werkplaats.")}
WERKPLAATS = QT_TRANSLATE_NOOP("Grafiek", "werkplaats")
ZONDER = QT_TRANSLATE_NOOP("Grafiek", "{label}: {n}")
GEEN = QT_TRANSLATE_NOOP("Grafiek", "Alle provincies 0 voor deze filters.")
ZERO_COLOR = "#f1f1f1"
EDGE_COLOR = "#ffffff"
#: label positions (lon, lat) where the centre of the largest part reads badly
_LABEL_AT = {"PV27": (4.85, 52.62), "PV28": (4.55, 51.98), "PV29": (3.85, 51.52),
             "PV31": (5.93, 51.25), "PV24": (5.55, 52.52)}


@dataclass(frozen=True)
class Province:
    code: str
    naam: str
    path: MplPath
    label_at: tuple[float, float]


def map_file() -> Path:
    return resources_dir() / "map" / "provincie_2015.topojson"


def _decode_arcs(topo: dict) -> list[np.ndarray]:  # type: ignore[type-arg]
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        pts = np.cumsum(np.asarray(arc, dtype=float), axis=0)
        arcs.append(np.column_stack((pts[:, 0] * sx + tx, pts[:, 1] * sy + ty)))
    return arcs


def _ring(arcs: list[np.ndarray], indices: list[int]) -> np.ndarray:
    parts = []
    for n, i in enumerate(indices):
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        parts.append(pts if n == 0 else pts[1:])
    return np.concatenate(parts)


def _area_centroid(ring: np.ndarray) -> tuple[float, tuple[float, float]]:
    x, y = ring[:, 0], ring[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    area = cross.sum() / 2
    if area == 0:
        return 0.0, (float(x.mean()), float(y.mean()))
    cx = ((x + np.roll(x, -1)) * cross).sum() / (6 * area)
    cy = ((y + np.roll(y, -1)) * cross).sum() / (6 * area)
    return abs(float(area)), (float(cx), float(cy))


@cache
def provinces() -> tuple[Province, ...]:
    """The 12 provinces as matplotlib paths (holes included), read once."""
    topo = json.loads(map_file().read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    out = []
    for geom in topo["objects"]["provincie_2015"]["geometries"]:
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        verts, codes, best = [], [], (0.0, (0.0, 0.0))
        for polygon in polygons:
            for k, ring_idx in enumerate(polygon):
                ring = _ring(arcs, ring_idx)
                verts.append(ring)
                codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY]
                if k == 0:
                    best = max(best, _area_centroid(ring), key=lambda t: t[0])
        code = geom["properties"]["statcode"]
        out.append(Province(code, geom["properties"]["statnaam"],
                            MplPath(np.concatenate(verts), codes), _LABEL_AT.get(code, best[1])))
    return tuple(sorted(out, key=lambda p: p.code))


def _points_around(center: tuple[float, float], n: int) -> list[tuple[float, float]]:
    """Where to put ``n`` werkplaats points of one province: just below its number."""
    x, y = center
    step = 0.16
    return [(x + (i - (n - 1) / 2) * step, y - 0.11) for i in range(n)]


def map_chart(d: DashboardData, kind: str = "activiteit", tx: Translate = identity,
              size: Size = (5.4, 6.4)) -> Figure:
    out = d.output(kind)
    counts = {r.key: r.count for r in out.per_provincie if r.key is not None}
    fig = new_figure(size)
    ax = fig.add_subplot()
    ax.set_axis_off()
    title(ax, tx("Grafiek", TITEL[kind]), tx("Grafiek", NOTE[kind]))
    top = max(counts.values(), default=0)
    cmap = colormaps["Blues"]
    norm = Normalize(vmin=0, vmax=max(top, 1))
    for prov in provinces():
        n = counts.get(prov.code, 0)
        color = cmap(0.15 + 0.85 * norm(n)) if n else ZERO_COLOR
        patch = PathPatch(prov.path, facecolor=color, edgecolor=EDGE_COLOR, linewidth=0.9)
        ax.add_patch(patch)
        mark(patch, kind, drill(out.list_filters, provincie_code=prov.code),
             f"{prov.naam}: {fmt_int(n)}")
        patch.set_gid(prov.code)
        dark = n and norm(n) > 0.55
        ax.text(*prov.label_at, fmt_int(n), ha="center", va="center", fontsize=fs(ax, 8),
                color="white" if dark else TEXT_COLOR, fontweight="bold")
    by_prov: dict[str | None, list[str]] = {}
    for w in d.werkplaatsen:
        by_prov.setdefault(w.provincie_code, []).append(w.naam)
    centers = {p.code: p.label_at for p in provinces()}
    xs, ys, tips = [], [], []
    for code, names in by_prov.items():
        if code in centers:
            for (x, y), naam in zip(_points_around(centers[code], len(names)), names,
                                    strict=True):
                xs.append(x)
                ys.append(y)
                tips.append(naam)
    if xs:
        points = ax.scatter(xs, ys, s=26 * fs(ax, 1) ** 2, marker="o", facecolor="#D55E00",
                   edgecolor="white", linewidth=0.8, zorder=3, label=tx("Grafiek", WERKPLAATS))
        set_tip(points, tips)
        ax.legend(loc="upper left", frameon=False, fontsize=fs(ax, 8), handletextpad=0.2,
                  borderaxespad=0.2)
    ax.set_xlim(3.3, 7.3)
    ax.set_ylim(50.72, 53.6)
    ax.set_aspect(ASPECT)
    # the open sea west of Noord-Holland holds the records without a place
    y = 0.9
    if not top:
        ax.text(0.5, 0.5, tx("Grafiek", GEEN_GEGEVENS) + "\n" + tx("Grafiek", GEEN),
                transform=ax.transAxes, ha="center", va="center", fontsize=fs(ax, 11),
                color=NOTE_COLOR, fontweight="bold", linespacing=1.6, zorder=5,
                bbox=dict(boxstyle="round,pad=0.6", facecolor="white", edgecolor="#cccccc"))
    for row in out.per_provincie:
        if row.key is None and row.count:
            t = ax.text(0.01, y, tx("Grafiek", ZONDER).format(
                label=tx("Dashboard", row.label), n=fmt_int(row.count)),
                transform=ax.transAxes, ha="left", va="top", fontsize=fs(ax, 8), color=TEXT_COLOR,
                bbox=dict(boxstyle="round,pad=0.3", facecolor="#fff4d6", edgecolor="#e7cf8c"))
            mark(t, kind, row.drill)
            y -= 0.06
    ax.text(0.99, 0.005, tx("Grafiek", CREDIT), transform=ax.transAxes, ha="right",
            va="bottom", fontsize=fs(ax, 6.5), color=NOTE_COLOR)
    return fit_height(fig, ax, min(fig.get_figwidth() * 1.02, 6.5))  # a page: no taller

