"""Which rows of an import hold exactly what is stored already: "ongewijzigd", not "bijgewerkt".

Compared after the references are resolved (``checks.py``), with the very conversion the writer
uses (``storage.py``), column by column and link list by link list. An unchanged row is not
written at all (its ``updated_at`` stays), is counted as unchanged in the report, and is no
change to a closed year (``services/rules.GeslotenJaar``).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import defaultdict
from datetime import datetime
from typing import Any

from werkplaats_desktop.exchange.plan import InRow
from werkplaats_desktop.exchange.storage import cell_plan, link_rows, stored_values
from werkplaats_desktop.services import catalog
from werkplaats_desktop.store import orm

_CHUNK = 500


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def mark_unchanged(conn: sqlite3.Connection, table: str, rows: list[InRow],
                   now: datetime) -> None:
    """Set ``same`` on every row of ``rows`` that would leave its stored record as it is."""
    wanted = [r for r in rows if not r.new and r.write and not r.skip and r.id is not None]
    if not wanted:
        return
    d = catalog.BY_TABLE[table]
    columns = [c for c in orm.Base.metadata.tables[table].columns if c.name not in ("id", "uuid")]
    groups: dict[frozenset[str], list[InRow]] = defaultdict(list)
    for r in wanted:
        groups[frozenset(r.present)].append(r)
    for present, group in groups.items():
        plan = cell_plan(d, columns, present, False, now)
        names = [n for n, _c, _f in plan]
        stored: dict[int, tuple[Any, ...]] = {}
        for chunk in _chunks([r.id for r in group if r.id is not None]):
            sql = (f"SELECT id{''.join(', ' + n for n in names)} FROM {table} "
                   f"WHERE id IN ({', '.join('?' * len(chunk))})")
            stored.update((row[0], tuple(row[1:])) for row in conn.execute(sql, chunk))
        incoming = zip(*stored_values(group, plan), strict=True) if names else (
            () for _r in group)
        for r, values in zip(group, incoming, strict=True):
            r.same = r.id in stored and stored[r.id] == tuple(values)
    for link in d.links:
        same = [r for r in wanted if r.same and link.attr in r.present]
        if not same:
            continue
        t = link.table
        extra = [f.name for f in dataclasses.fields(link.item)][1:] if link.item else []
        cols = [link.own, link.other, *extra]
        stored_links: dict[int, set[tuple[Any, ...]]] = defaultdict(set)
        for chunk in _chunks([r.id for r in same if r.id is not None]):
            sql = (f"SELECT {', '.join(cols)} FROM {t.name} "
                   f"WHERE {link.own} IN ({', '.join('?' * len(chunk))})")
            for row in conn.execute(sql, chunk):
                stored_links[row[0]].add(tuple(row))
        for r in same:
            assert r.id is not None
            if set(link_rows(link, r.id, r.values.get(link.attr) or [])) != stored_links[r.id]:
                r.same = False
