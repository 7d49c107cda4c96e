"""Lists of records for the tables of the GUI: searching, filtering and sorting in SQL.

A list is fetched a page at a time in two steps, so it stays fast at 100 000 rows:

1. the ids of one page: ``SELECT id ... WHERE <filters and search> ORDER BY <column>, id
   LIMIT n OFFSET k``, joining only what the sort column needs; the search on a name of a
   referenced record is an ``IN (SELECT id FROM other WHERE naam LIKE ...)`` over the small
   table, not a join over the large one. A search has to look at every row, so its page
   query also counts the matches (``count(*) OVER ()``) and :meth:`ListService.count` answers
   from that: one scan per keystroke instead of two;
2. the shown values of just those rows, including lists such as the themes.

What each list shows and how it is filtered is its kind's :class:`ListSpec` in the registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Column, ColumnElement, Select, case, false, func, or_, select

from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.lists.build import like_pattern
from werkplaats_desktop.services.lists.model import ListQuery, ListRow, ListSpec
from werkplaats_desktop.store import Change, Database
from werkplaats_desktop.store.sql import nocase


def _never_null(value: Any, table: Any) -> bool:
    """A NOT NULL column of the list's own table (joined names and subqueries can be NULL).
    Sorting on it needs no "empty values last" term, so an index can give the order and the
    first page stops after its rows instead of sorting the whole table."""
    column = getattr(value, "expression", value)
    return isinstance(column, Column) and column.table is table.__table__ \
        and not column.nullable


def conditions(spec: ListSpec, filters: Mapping[str, Any]) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``filters`` (name -> value; None, "" and [] mean no filter). A
    filter that takes several values (``ListFilter.multi``) gets a list, also when one value
    is given."""
    out: list[ColumnElement[bool]] = []
    for name, value in filters.items():
        if value is None or value == "":
            continue
        list_filter = spec.filter(name)
        if list_filter.multi and not isinstance(value, list | tuple | set | frozenset):
            value = [value]  # one value where several may be given (a chart's drill-down)
        if list_filter.multi and not value:
            continue  # none chosen: no filter
        out.append(list_filter.predicate(value))
    return out


class ListService:
    def __init__(self, db: Database):
        self.db = db
        #: (list key, query, total) of the last search, counted by ids() in the same scan
        self._search_total: tuple[str, ListQuery, int] | None = None
        db.subscribe(self._forget_total)

    def _forget_total(self, _change: Change) -> None:
        self._search_total = None

    @staticmethod
    def spec(key: str) -> ListSpec:
        return catalog.BY_KEY[key].listing

    def _where(self, spec: ListSpec, q: ListQuery) -> list[ColumnElement[bool]]:
        found = conditions(spec, q.filters)
        text = q.search.strip()
        if text:
            wanted = q.search_columns
            parts = [
                col.search(like_pattern(text))
                for col in spec.columns
                if col.search is not None and (wanted is None or col.key in wanted)
            ]
            found.append(or_(*parts) if parts else false())
        return found

    def count(self, key: str, q: ListQuery = ListQuery()) -> int:
        known = self._search_total
        if known is not None and known[0] == key and known[1] == q:
            return known[2]
        spec = self.spec(key)
        stmt = select(func.count()).select_from(spec.table).where(*self._where(spec, q))
        with self.db.read() as s:
            return s.scalar(stmt) or 0

    def _ordered(self, spec: ListSpec, q: ListQuery) -> tuple[Select[Any], list[Any]]:
        """The query's rows (``id`` first) with the joins its sort needs, and its order."""
        table: Any = spec.table
        sort_key = q.sort or spec.default_sort
        if q.descending is not None:
            descending = q.descending
        else:
            descending = spec.default_descending and sort_key == spec.default_sort
        col = spec.column(sort_key)
        stmt: Select[Any] = select(table.id).where(*self._where(spec, q))
        for target, on in col.joins:
            stmt = stmt.outerjoin(target, on)
        names = col.kind in ("text", "reference")
        order = nocase(col.value) if names else col.value
        # empty values last in both directions, then a stable tie-breaker
        nulls_last = [] if _never_null(col.value, table) else [case((order.is_(None), 1),
                                                                    else_=0)]
        return stmt, [*nulls_last, order.desc() if descending else order.asc(),
                      table.id.desc() if descending else table.id.asc()]

    def ids(self, key: str, q: ListQuery = ListQuery(), offset: int = 0,
            limit: int | None = None) -> list[int]:
        """The ids of one page of the list (``offset``, ``limit``), in its order."""
        spec = self.spec(key)
        searching = bool(q.search.strip())
        stmt, order = self._ordered(spec, q)
        if searching:
            stmt = stmt.add_columns(func.count().over())
        stmt = stmt.order_by(*order).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            found = s.execute(stmt).all()
        if searching and (found or offset == 0):
            self._search_total = (key, q, found[0][1] if found else 0)
        return [row[0] for row in found]

    def position(self, key: str, q: ListQuery, record_id: int) -> int | None:
        """The row number of a record in the list (from 0), or None when the query leaves it
        out: how the GUI selects a record just saved, wherever it lands in 100 000 rows. One
        scan with ``row_number()`` in the list's own order."""
        spec = self.spec(key)
        stmt, order = self._ordered(spec, q)
        numbered = stmt.add_columns(func.row_number().over(order_by=order).label("nr")) \
            .subquery()
        with self.db.read() as s:
            nr = s.scalar(select(numbered.c.nr).where(numbered.c.id == record_id))
        return None if nr is None else int(nr) - 1

    def shown(self, key: str, q: ListQuery, ids: Sequence[int]) -> set[int]:
        """Those of ``ids`` the query shows (after a bulk edit: how many now fall outside the
        list's filters)."""
        spec = self.spec(key)
        table: Any = spec.table
        found: set[int] = set()
        ids = list(ids)
        with self.db.read() as s:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found.update(s.scalars(select(table.id).where(
                    table.id.in_(chunk), *self._where(spec, q))))
        return found

    def rows(self, key: str, ids: Sequence[int]) -> list[ListRow]:
        """The rows of ``ids``, in the order given."""
        if not ids:
            return []
        spec = self.spec(key)
        table: Any = spec.table
        stmt: Select[Any] = select(table.id, *(c.value for c in spec.columns))
        seen: set[Any] = set()
        for col in spec.columns:
            for target, on in col.joins:
                if id(target) not in seen:
                    seen.add(id(target))
                    stmt = stmt.outerjoin(target, on)
        stmt = stmt.where(table.id.in_(list(ids)))
        with self.db.read() as s:
            found = {row[0]: ListRow(row[0], tuple(row[1:]), spec) for row in s.execute(stmt)}
        return [found[i] for i in ids if i in found]

    def page(self, key: str, q: ListQuery = ListQuery(), offset: int = 0,
             limit: int = 200) -> list[ListRow]:
        return self.rows(key, self.ids(key, q, offset, limit))
