"""Data the file keeps *about* its records, kept in step by SQLite triggers (revision 0005).

Two kinds, both written only by triggers on the record tables, never by the program:

* **Search indexes** (``zoek_*``): FTS5 tables with the trigram tokenizer over the ASCII-lowered
  text of a column (``lower()`` in SQLite lowers ASCII only, as ``LIKE`` compares: case-blind
  for A-Z, exact for every other character), with ``case_sensitive 1``. A phrase query for the
  ASCII-lowered search text then finds exactly the rows whose text ``LIKE '%text%'`` finds, but
  through the index instead of reading every row. Trigrams need 3 characters: shorter texts are
  searched with ``LIKE`` (a scan). The tables are contentless (``content=''``): they hold the
  index only, not a second copy of the text. They exist only when this SQLite has FTS5 with the
  trigram tokenizer (SQLite >= 3.34 built with FTS5, as the python.org and Debian builds are);
  without it the lists search with ``LIKE`` as before and a warning is logged.
* **Counts for the Overzicht** (``telling_*``): the number of activities and products (and the
  summed reach) per werkplaats x year x O x gemeente, and per werkplaats x year x O x theme;
  and (revision 0007) of those that belong to a project, per werkplaats x year x project x
  theme (``telling_project``: the facts' projects and onderwerpen), and of those that belong
  to a kenniskring, per werkplaats x year x kenniskring (``telling_kenniskring``).
  The dashboard reads a few thousand of these rows instead of grouping a million activities.
  ``0`` stands for "zonder gemeente" / "zonder thema", ``''`` for "zonder O" (a product
  without an activity). :func:`expected_counts` computes what they must hold with plain
  ``GROUP BY`` queries (the property test compares, and so can ``werkplaats check``).

Neither kind is part of the ORM mapping of the records (``orm.Base.metadata``): they are not
records, the undo log does not record them (the triggers redo their part when undo replays a
record change), exports and imports never see them.
"""

from __future__ import annotations

import logging
import sqlite3
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table

log = logging.getLogger(__name__)

#: search index -> (table, column) whose text it indexes
SEARCH_INDEXES: dict[str, tuple[str, str]] = {
    "zoek_activiteit": ("activiteit", "titel"),
    "zoek_product": ("product", "titel"),
    "zoek_project": ("project", "naam"),
}
#: the shadow tables FTS5 makes for each index
_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")

#: texts shorter than this are searched with LIKE (a trigram needs three characters)
MIN_INDEXED_CHARS = 3

metadata = MetaData()


def _counts(name: str, place: str) -> Table:
    return Table(
        name, metadata,
        Column("werkplaats_id", Integer, primary_key=True),
        Column("jaar", Integer, primary_key=True),
        Column("o", String(20), primary_key=True),
        Column(place, Integer, primary_key=True),
        Column("aantal", Integer, nullable=False),
        *([Column("bereik", Integer, nullable=False)] if name == "telling_activiteit" else []),
        sqlite_with_rowid=False,
    )


telling_activiteit = _counts("telling_activiteit", "gemeente_id")
telling_activiteit_thema = _counts("telling_activiteit_thema", "thema_id")
telling_product = _counts("telling_product", "gemeente_id")
telling_product_thema = _counts("telling_product_thema", "thema_id")

#: activities and products of a project per werkplaats x year x project x theme (0: none)
telling_project = Table(
    "telling_project", metadata,
    Column("werkplaats_id", Integer, primary_key=True),
    Column("jaar", Integer, primary_key=True),
    Column("project_id", Integer, primary_key=True),
    Column("thema_id", Integer, primary_key=True),
    Column("aantal", Integer, nullable=False),
    sqlite_with_rowid=False,
)

#: activities and products of a kenniskring per werkplaats x year x kenniskring
telling_kenniskring = Table(
    "telling_kenniskring", metadata,
    Column("werkplaats_id", Integer, primary_key=True),
    Column("jaar", Integer, primary_key=True),
    Column("kenniskring_id", Integer, primary_key=True),
    Column("aantal", Integer, nullable=False),
    sqlite_with_rowid=False,
)

COUNT_TABLES = frozenset(metadata.tables)


def is_derived(name: str) -> bool:
    """A table of derived data (a search index, its FTS5 shadow tables, or counts)."""
    if name in COUNT_TABLES or name in SEARCH_INDEXES:
        return True
    return any(name == index + suffix for index in SEARCH_INDEXES for suffix in _SHADOW)


def is_sqlite(conn: Any) -> bool:
    """``conn`` (sqlite3, or a SQLAlchemy connection or session) is on a SQLite file: only
    there do the derived tables exist (PostgreSQL groups and searches the records itself)."""
    if isinstance(conn, sqlite3.Connection):
        return True
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    dialect = getattr(bind, "dialect", None)
    return dialect is not None and dialect.name == "sqlite"  # (a psycopg connection: no)


@lru_cache(maxsize=1)
def trigram_available() -> bool:
    """Whether this process's SQLite has FTS5 with the trigram tokenizer (asked once)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram case_sensitive 1')")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def search_indexes(conn: Any) -> frozenset[str]:
    """The search indexes this file has and this SQLite can read. ``conn``: an sqlite3 or
    SQLAlchemy connection. Logs a warning when the file has none or they cannot be used.
    None on PostgreSQL (its trigram indexes serve ILIKE directly: store/sql.contains)."""
    if not is_sqlite(conn):
        return frozenset()
    present = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'zoek~_%' ESCAPE '~'")}
    present &= set(SEARCH_INDEXES)
    if not present:
        log.warning("Geen zoekindex in dit bestand (SQLite zonder FTS5-trigram toen het werd "
                    "bijgewerkt): zoeken leest alle rijen.")
        return frozenset()
    if not trigram_available():
        log.warning("Deze SQLite (%s) heeft geen FTS5 met trigram: zoeken leest alle rijen.",
                    sqlite3.sqlite_version)
        return frozenset()
    return frozenset(present)


def refuse_unreadable_index(conn: Any, name: str) -> None:
    """A file with a search index can only be written by an SQLite with FTS5 trigram (the
    triggers write the index): refuse it, with a Dutch message, before anything is written."""
    from werkplaats_desktop.store.migrate import SchemaError

    if trigram_available():
        return
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                             "'table' AND name LIKE 'zoek~_%' ESCAPE '~'")}
    if present & set(SEARCH_INDEXES):
        raise SchemaError(
            f"'{name}' heeft een zoekindex (FTS5) die deze installatie van SQLite "
            f"({sqlite3.sqlite_version}) niet kan bijwerken. Gebruik Werkplaats Desktop zoals "
            "het geïnstalleerd is (of een Python waarvan SQLite FTS5 heeft). Het bestand is "
            "niet gewijzigd.")


def expected_counts(conn: Any) -> dict[str, set[tuple[Any, ...]]]:
    """What the count tables must hold, computed from the records with plain GROUP BY (rows
    with a count of 0 are left out on both sides)."""
    queries = {
        "telling_activiteit": """
            SELECT werkplaats_id, jaar, o, IFNULL(gemeente_id, 0), count(*),
                   IFNULL(sum(bereik), 0)
            FROM activiteit GROUP BY 1, 2, 3, 4""",
        "telling_activiteit_thema": """
            SELECT a.werkplaats_id, a.jaar, a.o, IFNULL(x.thema_id, 0), count(*)
            FROM activiteit a LEFT JOIN activiteit_thema x ON x.activiteit_id = a.id
            GROUP BY 1, 2, 3, 4""",
        "telling_product": """
            SELECT p.werkplaats_id, p.jaar, IFNULL(a.o, ''), IFNULL(a.gemeente_id, 0), count(*)
            FROM product p LEFT JOIN activiteit a ON a.id = p.activiteit_id
            GROUP BY 1, 2, 3, 4""",
        "telling_product_thema": """
            SELECT p.werkplaats_id, p.jaar, IFNULL(a.o, ''), IFNULL(x.thema_id, 0), count(*)
            FROM product p LEFT JOIN activiteit a ON a.id = p.activiteit_id
            LEFT JOIN product_thema x ON x.product_id = p.id
            GROUP BY 1, 2, 3, 4""",
        "telling_project": """
            SELECT werkplaats_id, jaar, project_id, thema_id, count(*) FROM (
                SELECT r.werkplaats_id, r.jaar, r.project_id, IFNULL(x.thema_id, 0) AS thema_id
                FROM activiteit r LEFT JOIN activiteit_thema x ON x.activiteit_id = r.id
                WHERE r.project_id IS NOT NULL
                UNION ALL
                SELECT r.werkplaats_id, r.jaar, r.project_id, IFNULL(x.thema_id, 0)
                FROM product r LEFT JOIN product_thema x ON x.product_id = r.id
                WHERE r.project_id IS NOT NULL)
            GROUP BY 1, 2, 3, 4""",
        "telling_kenniskring": """
            SELECT werkplaats_id, jaar, kenniskring_id, count(*) FROM (
                SELECT werkplaats_id, jaar, kenniskring_id FROM activiteit
                WHERE kenniskring_id IS NOT NULL
                UNION ALL
                SELECT werkplaats_id, jaar, kenniskring_id FROM product
                WHERE kenniskring_id IS NOT NULL)
            GROUP BY 1, 2, 3""",
    }
    return {name: {tuple(row) for row in conn.execute(sql)} for name, sql in queries.items()}


def stored_counts(conn: Any) -> dict[str, set[tuple[Any, ...]]]:
    """What the count tables hold (rows with a count of 0 left out)."""
    out = {}
    for name in sorted(COUNT_TABLES):
        nonzero = "aantal != 0 OR bereik != 0" if name == "telling_activiteit" else "aantal != 0"
        out[name] = {tuple(row) for row in conn.execute(f"SELECT * FROM {name} WHERE {nonzero}")}
    return out
