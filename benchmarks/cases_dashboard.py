"""Dashboard refresh (issue 4) against the bare SQL GROUP BY queries of the same aggregates.

The refresh is what the page "Overzicht" does on a change or a filter: all aggregates in one
go, ``DashboardService(db).data(DashboardFilter())`` (no filter: the largest work). The baseline
runs, with plain sqlite3, one GROUP BY per aggregate the dashboard shows: activities and
products per year and O, per theme and O, per gemeente and O (with the reach), partners per
type, subsidies per year, bijdragen per year and kind, and the counts of the "Feiten en
cijfers" tiles. The first show of the page (matplotlib included) is measured in the program's
own process by ``gui_probe.py`` (see ``cases.gui_process``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.measure import Result, paired
from werkplaats_desktop.services.dashboard import DashboardFilter, DashboardService
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw

TARGET_SCALE = 100_000
LARGE_SCALE = 1_000_000

_PRODUCT_ACT = "product p LEFT JOIN activiteit a ON a.id = p.activiteit_id"
GROUP_BY = (
    "SELECT jaar, o, count(*) FROM activiteit GROUP BY jaar, o",
    "SELECT x.thema_id, a.o, count(*) FROM activiteit a "
    "LEFT JOIN activiteit_thema x ON x.activiteit_id = a.id GROUP BY x.thema_id, a.o",
    "SELECT gemeente_id, o, count(*), sum(bereik) FROM activiteit GROUP BY gemeente_id, o",
    f"SELECT p.jaar, a.o, count(*) FROM {_PRODUCT_ACT} GROUP BY p.jaar, a.o",
    f"SELECT x.thema_id, a.o, count(*) FROM {_PRODUCT_ACT} "
    "LEFT JOIN product_thema x ON x.product_id = p.id GROUP BY x.thema_id, a.o",
    f"SELECT a.gemeente_id, a.o, count(*) FROM {_PRODUCT_ACT} GROUP BY a.gemeente_id, a.o",
    "SELECT p.type, count(DISTINCT p.id) FROM partner p JOIN deelname d ON d.partner_id = p.id "
    "GROUP BY p.type",
    "SELECT jaar, sum(bedrag) FROM subsidie GROUP BY jaar",
    "SELECT jaar, soort, sum(hoeveelheid) FROM bijdrage GROUP BY jaar, soort",
    "SELECT (SELECT count(*) FROM werkplaats), (SELECT count(*) FROM project), "
    "(SELECT count(*) FROM project_thema), (SELECT count(DISTINCT thema_id) FROM project_thema), "
    "(SELECT count(*) FROM kenniskring)",
    "SELECT p.type, g.netwerk, count(DISTINCT p.id) FROM partner p "
    "JOIN deelname d ON d.partner_id = p.id LEFT JOIN gemeente g ON g.id = p.gemeente_id "
    "GROUP BY p.type, g.netwerk",
    "SELECT id, naam, provincie_code FROM werkplaats ORDER BY naam",
)


def _group_by(conn: sqlite3.Connection) -> list[list[tuple[object, ...]]]:
    return [conn.execute(sql).fetchall() for sql in GROUP_BY]


def dashboard_refresh(db_path: Path, scale: int, times: int, warmup: int = 1) -> list[Result]:
    db = Database.open(db_path)
    raw = connect_raw(db_path, readonly=True)
    try:
        service = DashboardService(db)
        data = service.data(DashboardFilter())
        assert data.activiteiten.totaal == scale, data.activiteiten.totaal
        pair = paired(lambda: service.data(DashboardFilter()), lambda: _group_by(raw), times,
                      warmup)
    finally:
        raw.close()
        db.close()
    target = {TARGET_SCALE: 500, LARGE_SCALE: 1000}.get(scale)  # issue 8; issue 17 at 1M
    return [Result(
        "dashboard_refresh", "Dashboard refresh: all aggregates, no filter", scale, pair.value,
        pair.baseline, f"plain sqlite3, the {len(GROUP_BY)} bare GROUP BY queries",
        target=f"<= {target} ms" if target else "",
        met=pair.value.median <= target if target else None,
        cpu=pair.cpu, baseline_cpu=pair.baseline_cpu)]
