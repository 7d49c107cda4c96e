"""The same figures on a PostgreSQL server (``run.py --db-url postgresql://...``).

The generated SQLite database of each size is copied into the (emptied) server database
(``store/pg_copy.write_back``), then the activities list (first page + total, the slowest of
the search keystrokes) and the dashboard refresh are measured through the services on the
server, each beside the same call on the SQLite file as its baseline (so the ratio reads
"server / file"). The server is on the same machine here, over its unix socket or localhost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.cases import ACTIVITIES, SEARCH_TERMS, page_size
from benchmarks.measure import Result, paired
from werkplaats_desktop.services.dashboard import DashboardFilter, DashboardService
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.services.lists.engine import ListService
from werkplaats_desktop.store import Database, ServerTarget
from werkplaats_desktop.store.pg import connect


def load(path: Path, target: ServerTarget) -> None:
    """Make the server database equal to the generated file (tables emptied first)."""
    from werkplaats_desktop.store import orm
    from werkplaats_desktop.store.pg_copy import write_back

    Database.open(target).close()  # the schema
    with Database.open(target) as db, db.engine.connect() as conn, conn.begin():
        names = ", ".join(f'"{t.name}"' for t in orm.Base.metadata.sorted_tables)
        conn.exec_driver_sql(f"TRUNCATE {names} CASCADE")
        write_back(path, conn)
    with connect(target, autocommit=True) as raw:
        raw.execute("VACUUM ANALYZE")


def _page(lists: ListService, term: str) -> tuple[list[Any], int]:
    spec = lists.spec(ACTIVITIES)
    visible = tuple(c.key for c in spec.columns if c.visible)
    q = ListQuery(search=term, search_columns=visible)
    ids = lists.ids(ACTIVITIES, q, offset=0, limit=page_size())
    return lists.rows(ACTIVITIES, ids), lists.count(ACTIVITIES, q)


def server_figures(path: Path, target: ServerTarget, scale: int, times: int,
                   warmup: int = 1) -> list[Result]:
    load(path, target)
    on_file, on_server = Database.open(path), Database.open(target)
    try:
        file_lists, server_lists = ListService(on_file), ListService(on_server)
        results = []
        first = paired(lambda: _page(server_lists, ""), lambda: _page(file_lists, ""),
                       times, warmup)
        results.append(Result("pg_first_page", "PostgreSQL: activities list, first page + "
                              "total", scale, first.value, first.baseline,
                              "the same on the SQLite file", target="< 200 ms",
                              met=first.value.median < 200 if scale == 100_000 else None,
                              cpu=first.cpu, baseline_cpu=first.baseline_cpu))
        worst = None
        for term in SEARCH_TERMS:
            assert _page(server_lists, term)[1] == _page(file_lists, term)[1], term
            pair = paired(lambda t=term: _page(server_lists, t),
                          lambda t=term: _page(file_lists, t), times, warmup)
            if worst is None or pair.value.median > worst[0].value.median:
                worst = (pair, term)
        assert worst is not None
        pair, term = worst
        results.append(Result("pg_search", f"PostgreSQL: search keystroke (slowest: '{term}')",
                              scale, pair.value, pair.baseline, "the same on the SQLite file",
                              target="< 100 ms",
                              met=pair.value.median < 100 if scale == 100_000 else None,
                              cpu=pair.cpu, baseline_cpu=pair.baseline_cpu))
        file_dash, server_dash = DashboardService(on_file), DashboardService(on_server)
        assert server_dash.data(DashboardFilter()).feiten == \
            file_dash.data(DashboardFilter()).feiten
        dash = paired(lambda: server_dash.data(DashboardFilter()),
                      lambda: file_dash.data(DashboardFilter()), times, warmup)
        results.append(Result("pg_dashboard_refresh", "PostgreSQL: dashboard refresh, no "
                              "filter", scale, dash.value, dash.baseline,
                              "the same on the SQLite file", target="< 500 ms",
                              met=dash.value.median < 500 if scale == 100_000 else None,
                              cpu=dash.cpu, baseline_cpu=dash.baseline_cpu))
        return results
    finally:
        on_file.close()
        on_server.close()
