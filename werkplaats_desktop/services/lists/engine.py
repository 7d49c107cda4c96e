"""Lists of records for the tables of the GUI: searching, filtering and sorting in SQL.

A list is fetched a page at a time in two steps, so it stays fast at 100 000 rows:

1. the ids of one page: ``SELECT id ... WHERE <filters and search> ORDER BY <column>, id
   LIMIT n OFFSET k``, joining only what the sort column needs; the search on a name of a
   referenced record is an ``IN (SELECT id FROM other WHERE naam LIKE ...)`` over the small
   table, not a join over the large one;
2. the shown values of just those rows, including lists such as the themes.

Searching. A text of 3 or more characters in a list with a search index (``store/derived.py``:
activities, products, projects) is answered from indexes only: the indexed text columns by
their trigram index, the other columns by the index on their reference, kind, year or theme
link. Every searched column then gives a list of ids; their union, read once per query (one
keystroke), is the total and is kept for the query's pages: a page is read in list order from
the first rows that can hold it when the matches are many (a common word: no need to sort them
all), or sorted from the kept ids when they are few or the list is sorted on another column.
A filtered list counts and sorts its matches in SQL instead. Shorter texts, and
lists without an index, are searched with ``LIKE`` over every row: one scan per keystroke
that also counts the matches (``count(*) OVER ()``).

What each list shows and how it is filtered is its kind's :class:`ListSpec` in the registry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Select,
    String,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.selectable import ScalarSelect

from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.lists.build import indexed_ids, like_pattern
from werkplaats_desktop.services.lists.model import ListQuery, ListRow, ListSpec
from werkplaats_desktop.store import Change, Database
from werkplaats_desktop.store.derived import MIN_INDEXED_CHARS, search_indexes
from werkplaats_desktop.store.sql import nocase

#: read the page in list order from the first rows when the matches are at least this share
#: of the list's rows ... (see ListService._dense_page)
DENSE_SHARE = 0.01
#: ... reading this many times the rows that hold the page on average, to be sure enough
DENSE_MARGIN = 4
#: at most this many matching ids are kept for the pages of one search (a few MB); more, and
#: each page selects its rows with the search itself
MAX_KEPT_MATCHES = 250_000


@dataclass(frozen=True)
class _Search:
    """What one search found: its total and, for an unfiltered search through the indexes,
    the ids of its matches (None when they are too many to keep or the list is filtered)."""
    key: str
    query: ListQuery
    total: int
    matches: frozenset[int] | None = None

    def answers(self, key: str, q: ListQuery) -> bool:
        return self.key == key and self.query == q


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
        #: the last search (its total, and its matches when kept), read once per query
        self._search: _Search | None = None
        #: the search indexes of this file that this SQLite can use (asked on first search)
        self._indexes: frozenset[str] | None = None
        db.subscribe(self._forget_total)

    def _forget_total(self, _change: Change) -> None:
        self._search = None

    def forget_search(self) -> None:
        """Read the next search anew, as after a keystroke (the benchmarks measure a
        keystroke, not a page of a search already read)."""
        self._search = None

    @staticmethod
    def spec(key: str) -> ListSpec:
        return catalog.BY_KEY[key].listing

    def _usable_indexes(self) -> frozenset[str]:
        if self._indexes is None:
            with self.db.read() as s:
                self._indexes = search_indexes(s.connection().connection.driver_connection)
        return self._indexes

    def _search_parts(self, spec: ListSpec, q: ListQuery) -> tuple[list[ColumnElement[bool]],
                                                                    bool]:
        """One condition per searched column, and whether every one of them is answered by
        an index (a text of at least 3 characters, and the list has a search index)."""
        text = q.search.strip()
        wanted = q.search_columns
        columns = [col for col in spec.columns
                   if col.search is not None and (wanted is None or col.key in wanted)]
        # the FTS5 indexes hold ASCII-lowered text: exact for a text of ASCII characters only
        # (a text with é or Ö is compared by wp_lower, store/sql.contains)
        indexes = (self._usable_indexes()
                   if len(text) >= MIN_INDEXED_CHARS and text.isascii()
                   and any(c.index for c in spec.columns)
                   else frozenset())
        parts: list[ColumnElement[bool]] = []
        indexed = bool(indexes)
        for col in columns:
            if col.index is not None and col.index in indexes:
                parts.append(col.index_on.in_(indexed_ids(col.index, text)))
            else:
                assert col.search is not None
                parts.append(col.search(like_pattern(text)))
                # text and numbers of the list's own rows are compared row by row: a scan
                indexed = indexed and not (col.kind in ("text", "int")
                                           and _own_column(col.value, spec.table))
        return parts, indexed

    def _where(self, spec: ListSpec, q: ListQuery) -> list[ColumnElement[bool]]:
        found = conditions(spec, q.filters)
        if q.search.strip():
            parts, _indexed = self._search_parts(spec, q)
            found.append(or_(*parts) if parts else false())
        return found

    def count(self, key: str, q: ListQuery = ListQuery()) -> int:
        known = self._search
        if known is not None and known.answers(key, q):
            return known.total
        spec = self.spec(key)
        if q.search.strip():
            parts, indexed = self._search_parts(spec, q)
            if indexed and parts:
                return self._indexed_search(key, spec, q, parts).total
        stmt = select(func.count()).select_from(spec.table).where(*self._where(spec, q))
        with self.db.read() as s:
            return s.scalar(stmt) or 0

    def _indexed_search(self, key: str, spec: ListSpec, q: ListQuery,
                        parts: list[ColumnElement[bool]]) -> _Search:
        """The matches of a search answered by indexes: the union of the ids each searched
        column finds, each read from an index only (measured at 1 000 000 activities: a plain
        UNION, which keeps one b-tree of ids, beats merging the columns' sorted ids: 66
        against 77 ms for 'eenzaam'). Unfiltered, the ids themselves are read and kept for
        the pages (one pass over the indexes per keystroke instead of one for the count and
        one for the page); filtered, only their number, in SQL."""
        known = self._search
        if known is not None and known.answers(key, q):
            return known
        table: Any = spec.table
        arms = [_ids_of(part, table) for part in parts]
        matches: Any = union(*arms) if len(arms) > 1 else arms[0]
        filters = conditions(spec, q.filters)
        with self.db.read() as s:
            if filters:
                stmt = select(func.count()).select_from(table).where(*filters,
                                                                      table.id.in_(matches))
                found = _Search(key, q, s.scalar(stmt) or 0)
            else:
                ids = _plain_ids(s, matches)
                found = _Search(key, q, len(ids),
                                frozenset(ids) if len(ids) <= MAX_KEPT_MATCHES else None)
        self._search = found
        return found

    def _sort(self, spec: ListSpec, q: ListQuery) -> tuple[Any, bool, list[Any], bool]:
        """The sort column, its direction, the whole order (empty values last in both
        directions, then the id as a stable tie-breaker) and whether it has the empty-last
        term."""
        table: Any = spec.table
        sort_key = q.sort or spec.default_sort
        if q.descending is not None:
            descending = q.descending
        else:
            descending = spec.default_descending and sort_key == spec.default_sort
        col = spec.column(sort_key)
        names = col.kind in ("text", "reference")
        order = nocase(col.value) if names else col.value
        nulls_last = [] if _never_null(col.value, table) else [case((order.is_(None), 1),
                                                                    else_=0)]
        return col, descending, [*nulls_last, order.desc() if descending else order.asc(),
                                 table.id.desc() if descending else table.id.asc()], \
            bool(nulls_last)

    def _ordered(self, spec: ListSpec, q: ListQuery) -> tuple[Select[Any], list[Any]]:
        """The query's rows (``id`` first) with the joins its sort needs, and its order."""
        table: Any = spec.table
        col, _descending, ordering, _nulls = self._sort(spec, q)
        stmt: Select[Any] = select(table.id).where(*self._where(spec, q))
        for target, on in col.joins:
            stmt = stmt.outerjoin(target, on)
        return stmt, ordering

    def ids(self, key: str, q: ListQuery = ListQuery(), offset: int = 0,
            limit: int | None = None) -> list[int]:
        """The ids of one page of the list (``offset``, ``limit``), in its order."""
        spec = self.spec(key)
        table: Any = spec.table
        col, descending, ordering, nulls_last = self._sort(spec, q)
        searching = bool(q.search.strip())
        parts, indexed = self._search_parts(spec, q) if searching else ([], False)
        where = conditions(spec, q.filters)
        if searching:
            where.append(or_(*parts) if parts else false())
        if searching and indexed and parts:
            found = self._indexed_search(key, spec, q, parts)
            if found.matches is not None:
                plain_order = not nulls_last and _index_ordered(col.value, table)
                return self._page_of_matches(spec, found, col, descending, ordering,
                                             plain_order, offset, limit)
            searching = False  # counted already: no count(*) OVER () in the page query
        counted = [func.count().over()] if searching else []
        stmt = _paged(select(table.id, *counted).where(*where), col, ordering, offset, limit)
        with self.db.read() as s:
            rows = s.execute(stmt).all()
        if searching and (rows or offset == 0):
            self._search = _Search(key, q, rows[0][1] if rows else 0)
        return [row[0] for row in rows]

    def _page_of_matches(self, spec: ListSpec, found: _Search, col: Any, descending: bool,
                         ordering: list[Any], plain_order: bool, offset: int,
                         limit: int | None) -> list[int]:
        """A page of a search whose matching ids are kept. Many matches in a list sorted on
        an indexed column: read the list's first rows in order along that index, a few
        thousand, and keep the matches (no need to sort them all). Otherwise: the kept ids,
        sorted in SQL with the list's order (``json_each`` hands them over in one value)."""
        assert found.matches is not None
        table: Any = spec.table
        if not found.total or offset >= found.total:
            return []
        end = found.total if limit is None else min(offset + limit, found.total)
        if plain_order and limit is not None:
            page = self._dense_page(table, found, col.value, descending, offset, end)
            if page is not None:
                return page
        kept: Select[Any] = select(literal_column("value")).select_from(
            func.json_each(json.dumps(list(found.matches))))
        stmt = _paged(select(table.id).where(table.id.in_(kept)), col, ordering, offset, limit)
        with self.db.read() as s:
            return list(s.connection().execute(stmt).scalars())

    def _dense_page(self, table: Any, found: _Search, value: Any, descending: bool,
                    offset: int, end: int) -> list[int] | None:
        """Rows ``offset`` to ``end`` of the matches, read in list order from the first rows
        of the list that should hold them; None when the matches are too few for that (then
        sorting them is cheaper) or those rows did not hold the whole page."""
        assert found.matches is not None
        with self.db.read() as s:  # the list's size, near enough (ids are given in order)
            rows = s.scalar(select(func.max(table.id))) or 0
        if found.total < DENSE_SHARE * rows:
            return None
        depth = int(end * rows / found.total * DENSE_MARGIN) + (end - offset)
        if depth >= rows:
            return None
        key_order = [value.desc(), table.id.desc()] if descending else [value.asc(),
                                                                          table.id.asc()]
        with self.db.read() as s:
            first = _plain_ids(s, select(table.id).order_by(*key_order).limit(depth))
            matches = found.matches
            page = [i for i in first if i in matches]
        return page[offset:end] if len(page) >= end else None

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

def _paged(stmt: Select[Any], col: Any, ordering: list[Any], offset: int,
           limit: int | None) -> Select[Any]:
    """``stmt`` with the joins the sort column needs, in the list's order, one page of it."""
    for target, on in col.joins:
        stmt = stmt.outerjoin(target, on)
    stmt = stmt.order_by(*ordering).offset(offset)
    return stmt if limit is None else stmt.limit(limit)


def _plain_ids(session: Any, stmt: Select[Any]) -> list[int]:
    """The ids ``stmt`` selects, read straight from the driver's cursor in the session's
    transaction: tens of thousands of plain integers, for which SQLAlchemy's row handling
    would cost more than SQLite's reading (measured: 8 against 4 ms for 11 000 ids)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return list(conn.execute(stmt).scalars().all())
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    order = compiled.positiontup or []
    cursor = conn.connection.driver_connection.cursor()
    try:
        return [row[0] for row in cursor.execute(str(compiled), [params[k] for k in order])]
    finally:
        cursor.close()


def _own_column(value: Any, table: Any) -> bool:
    column = getattr(value, "expression", value)
    return isinstance(column, Column) and column.table is table.__table__


def _index_ordered(value: Any, table: Any) -> bool:
    """A number or date column of the list's own table that leads an index: SQLite reads the
    list in its order without sorting."""
    column = getattr(value, "expression", value)
    if not isinstance(column, Column) or column.table is not table.__table__:
        return False
    if isinstance(column.type, String):
        return False  # text sorts without regard to case: no index gives that order
    return any(next(iter(ix.columns)).name == column.name for ix in column.table.indexes)


def _ids_of(part: ColumnElement[bool], table: Any) -> Select[Any]:
    """The ids of the list's rows that ``part`` (one column's search condition) selects, as
    a query that reads only an index where it can: ``id IN (subquery)`` is its subquery."""
    if (isinstance(part, BinaryExpression) and part.operator is operators.in_op
            and isinstance(part.right, ScalarSelect)
            and part.left.compare(table.__table__.c.id)):
        found: Any = part.right.element
        return found  # type: ignore[no-any-return]
    return select(table.id).where(part)
