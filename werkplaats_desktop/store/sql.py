"""The few SQL concepts that SQLite and PostgreSQL spell differently, each in one place.

The services and the dashboard write their queries with SQLAlchemy constructs; where the two
dialects differ, they use one of these, which compiles to each dialect's own spelling:

* :func:`nocase` - sort a name without regard to (ASCII) case: SQLite ``COLLATE NOCASE``,
  PostgreSQL ``lower()``.
* :func:`contains` - the list search, blind to case also for letters beyond ASCII on both
  stores ("émile" finds "Émile", "öztürk" finds "ÖZTÜRK"). PostgreSQL: ``ILIKE``, served by
  the pg_trgm GIN indexes of the search columns (its case rules are the database's locale's;
  a UTF-8 locale lowers every letter). SQLite's own ``lower()`` and ``LIKE`` lower ASCII
  only, so a search text with other characters is compared as ``wp_lower(x) LIKE
  wp_lower(p)``, Python's ``str.lower`` registered on every connection
  (:func:`install_functions`); a pure ASCII text keeps SQLite's built-in ``lower(x) LIKE
  lower(p)`` (the same matches: only ASCII letters of the text can match, and their case is
  folded by both), which the FTS5 search indexes answer (store/derived.py).
* :func:`joined` - names joined with a separator: ``group_concat`` / ``string_agg``.
* :func:`row_key` - a column naming one row of any table (also link tables without an
  ``id``): SQLite ``rowid``, PostgreSQL ``ctid``.

Rules that compare names (unique names, matching on import) never use SQL for it: they fold
in Python with :func:`werkplaats_desktop.domain.text.fold`, so both stores agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, literal, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean, String

#: the SQLite function that lowers every letter (SQLite's ``lower()`` lowers ASCII only)
UNICODE_LOWER = "wp_lower"


def unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def install_functions(conn: Any) -> None:
    """Register :data:`UNICODE_LOWER` on a sqlite3 connection (every connection of the
    program: store/engine.py)."""
    conn.create_function(UNICODE_LOWER, 1, unicode_lower, deterministic=True)


class nocase(FunctionElement[str]):  # noqa: N801 (reads as SQL)
    """``expr`` for case-insensitive sorting."""

    type = String()
    inherit_cache = True
    name = "nocase"


@compiles(nocase)
def _nocase_default(element: nocase, compiler: Any, **kw: Any) -> str:
    (arg,) = element.clauses
    return f"lower({compiler.process(arg, **kw)})"


@compiles(nocase, "sqlite")
def _nocase_sqlite(element: nocase, compiler: Any, **kw: Any) -> str:
    (arg,) = element.clauses
    return f"({compiler.process(arg, **kw)}) COLLATE NOCASE"


def contains(expr: Any, pattern: str) -> ColumnElement[bool]:
    """``expr`` matches the LIKE ``pattern`` (escaped with a backslash), ignoring case (also
    of letters such as É and Ö; see the module docstring)."""
    if pattern.isascii():
        return expr.ilike(pattern, escape="\\")  # type: ignore[no-any-return]
    return unicode_ilike(expr, literal(pattern, String()))


class unicode_ilike(FunctionElement[bool]):  # noqa: N801 (reads as SQL)
    """``expr ILIKE pattern`` for a pattern with letters beyond ASCII."""

    type = Boolean()
    inherit_cache = True
    name = "unicode_ilike"


@compiles(unicode_ilike)
def _unicode_ilike_default(element: unicode_ilike, compiler: Any, **kw: Any) -> str:
    expr, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"({expr} ILIKE {pattern} ESCAPE '\\')"


@compiles(unicode_ilike, "sqlite")
def _unicode_ilike_sqlite(element: unicode_ilike, compiler: Any, **kw: Any) -> str:
    expr, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"({UNICODE_LOWER}({expr}) LIKE {UNICODE_LOWER}({pattern}) ESCAPE '\\')"


def joined(expr: Any, separator: str) -> Any:
    """The values of ``expr`` in a group, joined with ``separator``."""
    return func.aggregate_strings(expr, separator)


def row_key(session: Session) -> ColumnClause[Any]:
    """The column that names a row of any table in this session's database."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":  # as text: a tid cannot be compared with a bound value
        return literal_column("ctid::text", String())
    return literal_column("rowid")


class unordered(FunctionElement[Any]):  # noqa: N801 (reads as SQL)
    """``+col`` on SQLite: the same value, but SQLite's planner no longer reads the table
    through an index in the order of ``col`` (see services/dashboard/draaitabel.py). Plain
    ``col`` elsewhere (PostgreSQL has no unary plus on text, and a planner that needs no
    such hint)."""

    inherit_cache = True
    name = "unordered"

    def __init__(self, col: Any):
        super().__init__(col)
        self.type = col.type


@compiles(unordered)
def _unordered_default(element: unordered, compiler: Any, **kw: Any) -> str:
    (arg,) = element.clauses
    return str(compiler.process(arg, **kw))


@compiles(unordered, "sqlite")
def _unordered_sqlite(element: unordered, compiler: Any, **kw: Any) -> str:
    (arg,) = element.clauses
    return f"+{compiler.process(arg, **kw)}"
