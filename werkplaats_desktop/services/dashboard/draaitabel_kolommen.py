"""The draaitabel's activities and products as columns in memory (numpy), for a large file.

Grouping a million activities in SQL takes one to five seconds of CPU per choice of two
dimensions on a 2-core machine: every choice reads the records again, through their themes
and their projects' partner types. Read once per version of the file's data, the dimensions
and values of the activities are a few arrays of small integers (80 MB at 1 000 000
activities, read in 3-5 s of CPU on a loaded 2-core machine), and a pair is then counted with
numpy's ``bincount`` in milliseconds to a few hundred (docs/performance.md).

:func:`grouped` answers exactly what the draaitabel's SQL ``GROUP BY`` answers (the same
tuples: dimension values, None for "zonder ...", then the count or sum), for activities
(count, bereik, uren) and products (count) on a SQLite file with at least :data:`DREMPEL` of
them, under any
:class:`DashboardFilter`. Otherwise it answers None and the caller groups in SQL, which stays
the reference: the tests compare both for every pair, value and filter.

The columns are read again when the file's data change: the key is SQLite's file change
counter (bumped by every commit in rollback-journal mode, whoever commits), with the file's
size and modification time. One file's columns (activities, products) are kept per process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from werkplaats_desktop.services.dashboard.model import DashboardFilter
from werkplaats_desktop.store import derived
from werkplaats_desktop.store.version import data_version

#: below this many activities the SQL answers in well under 100 ms: nothing is kept
DREMPEL = 20_000

_VALUES = {"activiteiten": "activiteit", "bereik": "activiteit", "uren": "activiteit",
           "producten": "product"}
#: records counted at a time (memory: a few megabytes per dimension)
CHUNK = 131_072
_SINGLE = ("werkplaats", "jaar", "o", "soort", "gemeente", "provincie", "kenniskring")


@dataclass
class _Codes:
    """One dimension as codes per row: 0 is "zonder", ``i`` > 0 is ``values[i]``."""

    codes: np.ndarray
    values: list[Any]

    @classmethod
    def of_ids(cls, ids: np.ndarray) -> _Codes:
        """From positive ids, 0 for none."""
        found, inverse = np.unique(ids, return_inverse=True)
        codes = inverse.astype(np.int32).reshape(-1)
        if len(found) and found[0] == 0:
            return cls(codes, [None, *found[1:].tolist()])
        return cls(codes + 1, [None, *found.tolist()])

    @classmethod
    def of_texts(cls, texts: Iterable[str | None], n: int) -> _Codes:
        """From texts (None for none), in one pass."""
        known: dict[str | None, int] = {None: 0}
        codes = np.fromiter((known.setdefault(t, len(known)) for t in texts),
                            dtype=np.int32, count=n)
        return cls(codes, list(known))


def _quote(value: str) -> str:
    """A text as an SQL literal."""
    return "'" + value.replace("'", "''") + "'"


def _ints(cur: Any, sql: str, width: int, rows: int) -> np.ndarray:
    """The ``rows`` rows of an all-integer query as an array of ``width`` columns: 32-bit
    integers (half the memory), 64-bit where a value does not fit."""
    for dtype in (np.int32, np.int64):
        try:
            flat = np.fromiter(chain.from_iterable(cur.execute(sql)), dtype=dtype,
                               count=rows * width)
        except OverflowError:
            continue
        return flat.reshape(-1, width)
    raise AssertionError("unreachable")  # int64 holds every SQLite integer


def _activities(cur: Any, n: int) -> tuple[Any, ...]:
    """ids, project ids (0: none), dimensions, bereik and uren (cents) of the activities, in
    the order of their ids."""
    # O and soort as one number per row, in the same pass as the rest: the pairs that
    # occur (a covering index holds them) become a CASE in the query
    kinds = cur.execute("SELECT DISTINCT o, subtype FROM activiteit").fetchall()
    case = " ".join(f"WHEN {_quote(o)} THEN {i}" for i, (o, st) in enumerate(kinds)
                    if st is None)
    case_st = " ".join(f"WHEN {_quote(o + chr(31) + st)} THEN {i}"
                       for i, (o, st) in enumerate(kinds) if st is not None)
    kind = (f"CASE WHEN subtype IS NULL THEN (CASE o {case or 'WHEN NULL THEN -1'} END) "
            f"ELSE (CASE o || char(31) || subtype {case_st or 'WHEN NULL THEN -1'} END) END")
    num = _ints(cur, "SELECT id, werkplaats_id, jaar, ifnull(gemeente_id, 0), "
                "ifnull(kenniskring_id, 0), ifnull(project_id, 0), ifnull(bereik, 0), "
                f"ifnull(uren, 0), {kind} FROM activiteit ORDER BY id", 9, n)
    per_kind = num[:, 8]
    o = _Codes.of_texts((o for o, _st in kinds), len(kinds))
    soort = _Codes.of_texts((st for _o, st in kinds), len(kinds))
    o, soort = (_Codes(c.codes[per_kind], c.values) for c in (o, soort))
    gemeente = _Codes.of_ids(num[:, 3])
    # a gemeente's province (None: a gemeente without one, or no gemeente)
    province_of = dict(cur.execute("SELECT id, provincie_code FROM gemeente").fetchall())
    provincie = _Codes.of_texts((province_of.get(g) for g in gemeente.values),
                                len(gemeente.values))
    dims = {"werkplaats": _Codes.of_ids(num[:, 1]), "jaar": _Codes.of_ids(num[:, 2]),
            "o": o, "soort": soort, "gemeente": gemeente,
            "provincie": _Codes(provincie.codes[gemeente.codes], provincie.values),
            "kenniskring": _Codes.of_ids(num[:, 4])}
    return num[:, 0].copy(), num[:, 5].copy(), dims, _small(num[:, 6]), _small(num[:, 7])


def _products(cur: Any, n: int) -> tuple[Any, ...]:
    """ids, project ids (0: none) and dimensions of the products, in the order of their ids.
    A product's O and gemeente are its activity's; its province is that of its activity's
    gemeente, else its werkplaats's (``lists.declarations.product_provincie``)."""
    # the texts (O, type, province) as numbers in the query, like the activities' kinds:
    # no Python object per value
    texts = {}
    for name, expr, table in (("o", "a.o", "o_soort"), ("soort", "p.type", "product_type"),
                              ("provincie", "coalesce(g.provincie_code, w.provincie_code)",
                               "provincie")):
        known = [r[0] for r in cur.execute(f"SELECT code FROM {table} ORDER BY code")]
        case = " ".join(f"WHEN {_quote(v)} THEN {i}" for i, v in enumerate(known, 1))
        texts[name] = (f"CASE {expr} {case} ELSE 0 END" if known else "0", [None, *known])
    num = _ints(cur,
                "SELECT p.id, p.werkplaats_id, p.jaar, ifnull(a.gemeente_id, 0), "
                "ifnull(p.kenniskring_id, 0), ifnull(p.project_id, 0), "
                + ", ".join(sql for sql, _v in texts.values()) + " FROM product p "
                "LEFT JOIN activiteit a ON a.id = p.activiteit_id "
                "LEFT JOIN gemeente g ON g.id = a.gemeente_id "
                "LEFT JOIN werkplaats w ON w.id = p.werkplaats_id ORDER BY p.id", 9, n)
    dims = {"werkplaats": _Codes.of_ids(num[:, 1]), "jaar": _Codes.of_ids(num[:, 2]),
            "gemeente": _Codes.of_ids(num[:, 3]), "kenniskring": _Codes.of_ids(num[:, 4])}
    for i, (name, (_sql, values)) in enumerate(texts.items(), 6):
        dims[name] = _Codes(num[:, i].astype(np.int32), values)
    return num[:, 0].copy(), num[:, 5].copy(), dims


@dataclass
class _Links:
    """Values linked to each of a number of owners (records, or projects), sorted by owner:
    those of owner ``i`` are ``codes[start[i]:start[i + 1]]`` (codes into ``values``)."""

    start: np.ndarray
    codes: np.ndarray
    values: list[Any]

    def has(self, code: int) -> np.ndarray:
        """Per owner: is ``code`` among its values?"""
        before = np.concatenate([[0], np.cumsum(self.codes == code)])
        return (before[self.start[1:]] - before[self.start[:-1]]) > 0


@dataclass
class Kolommen:
    """The activities or the products of one version of a file, as columns (a product's
    bereik and uren are empty: it has neither). Codes and counts are 32-bit integers where
    they fit: half the memory."""

    n: int
    dims: dict[str, _Codes]
    bereik: np.ndarray  # NULL as 0: sum() skips NULL, and COALESCE(sum, 0) gives 0
    uren_cents: np.ndarray  # NULL as 0: an all-NULL sum is shown as 0,00, like 0
    #: the themes of each record
    themas: _Links
    #: each record's project (0: none; i > 0: owner i - 1 of ``types``)
    project: np.ndarray
    #: the partner types of each project, once per type (like the SQL's DISTINCT)
    types: _Links

    @classmethod
    def read(cls, conn: Any, kind: str, n: int) -> Kolommen:
        """Read the ``n`` activities or products (``kind``) from a sqlite3 connection (in the
        caller's read transaction)."""
        cur = conn.cursor()
        # a scan of every record gains nothing from SQLite's page cache: a small one while
        # reading, so that reading a million records does not fill it (32 MB per connection)
        cache = cur.execute("PRAGMA cache_size").fetchone()[0]
        cur.execute("PRAGMA cache_size = -2000")
        try:
            return cls._read(cur, kind, n)
        finally:
            cur.execute(f"PRAGMA cache_size = {int(cache)}")
            cur.close()

    @classmethod
    def _read(cls, cur: Any, kind: str, n: int) -> Kolommen:
        if kind == "activiteit":
            ids, project_ids, dims, bereik, uren = _activities(cur, n)
        else:
            ids, project_ids, dims = _products(cur, n)
            bereik = uren = np.zeros(0, dtype=np.int32)  # a product has neither
        # the themes, sorted by the record's row (ids ascend with the rows)
        link, own = ("activiteit_thema", "activiteit_id") if kind == "activiteit" else (
            "product_thema", "product_id")
        m = cur.execute(f"SELECT count(*) FROM {link}").fetchone()[0]
        links = _ints(cur, f"SELECT {own}, thema_id FROM {link} ORDER BY {own}", 2, m)
        thema = _Codes.of_ids(links[:, 1])
        themas = _Links(_starts(np.searchsorted(ids, links[:, 0]), n), thema.codes,
                        thema.values)
        del links, ids
        # the projects' partner types (a few per project)
        pairs = cur.execute(
            "SELECT DISTINCT pp.project_id, p.type FROM project_partner pp "
            "JOIN partner p ON p.id = pp.partner_id ORDER BY pp.project_id").fetchall()
        pproject = np.fromiter((p for p, _t in pairs), dtype=np.int64, count=len(pairs))
        ptype = _Codes.of_texts((t for _p, t in pairs), len(pairs))
        project = _Codes.of_ids(project_ids)
        # the types of the projects the records name, in the order of ``project``'s values
        known = np.array(project.values[1:], dtype=np.int64)
        first = np.searchsorted(pproject, known, side="left")
        count = np.searchsorted(pproject, known, side="right") - first
        start = _small(np.concatenate([[0], np.cumsum(count)]))
        nth = np.arange(int(start[-1])) - np.repeat(start[:-1], count)
        types = _Links(start, ptype.codes[np.repeat(first, count) + nth], ptype.values)
        return cls(n, dims, bereik, uren, themas, project.codes, types)

    # --- grouping ------------------------------------------------------------------------------

    def mask(self, f: DashboardFilter) -> np.ndarray:
        """The records the filter selects (the list filters of ``f.list_filters``)."""
        keep = np.ones(self.n, dtype=bool)
        if f.jaar_van is not None or f.jaar_tot is not None:
            low = -(10**9) if f.jaar_van is None else int(f.jaar_van)
            high = 10**9 if f.jaar_tot is None else int(f.jaar_tot)
            keep &= _per_value(self.dims["jaar"], lambda y: low <= y <= high)
        if f.werkplaats_ids:
            chosen = {int(i) for i in f.werkplaats_ids}
            keep &= _per_value(self.dims["werkplaats"], lambda w: w in chosen)
        if f.o:
            keep &= self.dims["o"].codes == _code(self.dims["o"], str(f.o))
        if f.thema_id is not None:
            keep &= self.themas.has(_index(self.themas.values, int(f.thema_id)))
        if f.partner_type:
            # per project, then per record through its project (none: no type)
            with_type = self.types.has(_index(self.types.values, str(f.partner_type)))
            keep &= np.concatenate([[False], with_type])[self.project]
        return keep

    def grouped(self, dims: tuple[str, ...], waarde: str,
                f: DashboardFilter) -> list[tuple[Any, ...]]:
        """One tuple per group that holds records: the values of ``dims`` (None: "zonder"),
        then the count or sum, as the SQL ``GROUP BY`` of ``draaitabel.compute``. Counted
        :data:`CHUNK` records at a time, so that a dimension with several values per record
        (themes x partner types: a few rows per record) never needs memory for all rows."""
        selected = np.flatnonzero(self.mask(f)).astype(np.int32)
        values = [self._values(dim) for dim in dims]
        sizes = [len(v) for v in values]
        weights = self._weights(waarde)
        groups = int(np.prod(sizes, dtype=np.int64)) if sizes else 1
        counts = np.zeros(groups, dtype=np.int64)
        sums = np.zeros(groups, dtype=np.float64) if weights is not None else None
        for begin in range(0, len(selected), CHUNK):
            rows, columns = self._rows(selected[begin:begin + CHUNK], dims, f)
            key = np.zeros(len(rows), dtype=np.int64)
            for codes, size in zip(columns, sizes, strict=True):
                key = key * size + codes
            counts += np.bincount(key, minlength=groups)
            if sums is not None and weights is not None:
                sums += np.bincount(key, weights=weights[rows].astype(np.float64),
                                    minlength=groups)
        if not dims:  # the number of records (one row each), or their sum
            if sums is None:
                return [(int(counts[0]),)]
            return [(_value(int(round(sums[0])), waarde),)]
        out = []
        for k in np.flatnonzero(counts):
            parts = []
            rest = int(k)
            for vals, size in zip(reversed(values), reversed(sizes), strict=True):
                rest, code = divmod(rest, size)
                parts.append(_plain(vals[code]))
            parts.reverse()
            # float64 sums of integers are exact below 2**53
            value = int(counts[k]) if sums is None else _value(int(round(sums[k])), waarde)
            out.append((*parts, value))
        return out

    def _values(self, dim: str) -> list[Any]:
        if dim in _SINGLE:
            return self.dims[dim].values
        return (self.themas if dim == "thema" else self.types).values

    def _rows(self, rows: np.ndarray, dims: tuple[str, ...],
              f: DashboardFilter) -> tuple[np.ndarray, list[np.ndarray]]:
        """The records ``rows`` as output rows: one per value of each dimension with several
        (a record without one keeps one "zonder" row), and the codes of ``dims`` per row."""
        columns: list[np.ndarray] = []
        for dim in dims:
            if dim in _SINGLE:
                columns.append(self.dims[dim].codes[rows])
                continue
            links = self.themas if dim == "thema" else self.types
            wanted = f.thema_id if dim == "thema" else (f.partner_type or None)
            if wanted is not None:
                # the filter keeps only records with this value (mask), and the SQL keeps
                # only this value's row of each (at most one: themes and types are distinct)
                code = _index(links.values, int(wanted) if dim == "thema" else str(wanted))
                columns.append(np.full(len(rows), max(code, 0), dtype=np.int32))
                continue
            if dim == "thema":
                owner = rows
            else:  # through the record's project; without one, the empty owner at the end
                owner = self.project[rows] - 1
                owner[owner < 0] = len(links.start) - 1
            start = np.concatenate([links.start, [links.start[-1]]])  # the empty owner
            first, count = start[owner], start[owner + 1] - start[owner]
            repeat = np.maximum(count, 1)
            nth = np.arange(int(repeat.sum()), dtype=np.int64) - np.repeat(
                np.cumsum(repeat) - repeat, repeat)
            at = np.repeat(first, repeat) + nth
            has = np.repeat(count > 0, repeat)
            codes = np.zeros(len(at), dtype=np.int32)
            codes[has] = links.codes[at[has]]
            rows = np.repeat(rows, repeat)
            columns = [np.repeat(c, repeat) for c in columns] + [codes]
        return rows, columns

    def _weights(self, waarde: str) -> np.ndarray | None:
        return {"bereik": self.bereik, "uren": self.uren_cents}.get(waarde)


def _small(a: np.ndarray) -> np.ndarray:
    """``a`` as 32-bit integers when every value fits (half the memory), else 64-bit."""
    if not len(a) or (int(a.min()) >= -(2**31) and int(a.max()) < 2**31):
        return a.astype(np.int32)
    return a.astype(np.int64)


def _starts(sorted_rows: np.ndarray, n: int) -> np.ndarray:
    """CSR offsets (n + 1) of links sorted by their record's row."""
    return _small(np.concatenate([[0], np.cumsum(np.bincount(sorted_rows, minlength=n))]))


def _index(values: list[Any], value: Any) -> int:
    """The code of ``value`` (-1: no row has it, so nothing matches)."""
    try:
        return values.index(value, 1)
    except ValueError:
        return -1


def _code(c: _Codes, value: Any) -> int:
    return _index(c.values, value)


def _per_value(c: _Codes, keep: Callable[[Any], bool]) -> np.ndarray:
    """Per record: does its value (never "zonder": the column is NOT NULL) pass ``keep``?"""
    passes = np.array([False] + [keep(v) for v in c.values[1:]], dtype=bool)
    return passes[c.codes]


def _value(total: int, waarde: str) -> Any:
    return total if waarde != "uren" else _uren(total)


def _uren(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def _plain(v: Any) -> Any:
    return v.item() if isinstance(v, np.generic) else v


# --- the kept columns of one file -------------------------------------------------------------

_lock = threading.Lock()
#: per kind (activiteit, product): the key it was read for (file, data version, threshold),
#: and its columns (None: fewer records than the threshold)
_kept: dict[str, tuple[Any, Kolommen | None]] = {}


def grouped(s: Session, dims: tuple[str, ...], waarde: str,
            f: DashboardFilter, drempel: int | None = None) -> list[tuple[Any, ...]] | None:
    """The draaitabel's groups of ``dims`` from the kept columns, or None where the SQL
    answers (partner bijdragen, not a SQLite file, fewer than ``drempel`` records)."""
    kind = _VALUES.get(waarde)
    if kind is None or not derived.is_sqlite(s):
        return None
    kolommen = _columns(s, kind, DREMPEL if drempel is None else drempel)
    return None if kolommen is None else kolommen.grouped(tuple(dims), waarde, f)


def _columns(s: Session, kind: str, drempel: int) -> Kolommen | None:
    conn: Any = s.connection().connection.driver_connection
    path = _file_of(conn)
    if path is None:  # a database in memory: no version to key on
        return None
    with _lock:
        version = data_version(path)
        key = (str(path), version, drempel)
        kept = _kept.get(kind)
        if version is not None and kept is not None and kept[0] == key:
            return kept[1]
        _kept.pop(kind, None)  # the old columns go before the new ones are read
        n = conn.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]
        kolommen = Kolommen.read(conn, kind, n) if n >= drempel else None
        if version is not None and data_version(path) == version:
            _kept[kind] = (key, kolommen)
        return kolommen


def _file_of(conn: Any) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def forget() -> None:
    """Drop the kept columns (tests; a closed file's memory)."""
    with _lock:
        _kept.clear()
