"""Moving data between a server database and a SQLite file, table by table.

The exchange code (exports and imports: the formats, checks and matching) works on a SQLite
connection. On a server it works on a *working copy*: every table is copied into a temporary
SQLite file (same revisions, same ids and UUIDs), the export or import runs there unchanged,
and an import's result is written back as the difference per row (:func:`write_back`). So an
export from the server is the same file as one from SQLite, by construction, and an import
is checked exactly as on SQLite.

The copy and the write-back happen in one server transaction that first locks the tables
against other writers (``SHARE ROW EXCLUSIVE``: others can read, and wait to write until the
import is done), so no other user's save is lost between the copy and the write-back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, text, tuple_, update

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.engine import make_engine

CHUNK = 2000


def _tables() -> list[Table]:
    return list(orm.Base.metadata.sorted_tables)


def _key(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def copy_to_sqlite(source: Connection, path: Path) -> None:
    """Fill the new SQLite database at ``path`` (created here by the revisions) with every
    row of every table of ``source``."""
    from werkplaats_desktop.store.database import Database

    Database.open(path).close()  # the schema, by the same revisions
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as target, target.begin():
            for table in reversed(_tables()):
                target.execute(delete(table))
            for table in _tables():
                result = source.execute(select(table).order_by(*_key(table)))
                while rows := result.fetchmany(CHUNK):
                    target.execute(insert(table), [dict(r._mapping) for r in rows])
    finally:
        engine.dispose()


def write_back(path: Path, target: Connection) -> dict[str, int]:
    """Make the server's tables equal to the SQLite file's, row by row (inserted, changed,
    deleted); returns the number of changed rows per table. Runs in the caller's
    transaction."""
    engine = make_engine(path, readonly=True)
    changed: dict[str, int] = {}
    deletes: list[tuple[Table, list[tuple[Any, ...]]]] = []
    try:
        with engine.connect() as source:
            for table in _tables():
                key = _key(table)
                names = [c.name for c in table.columns]
                mine = {tuple(r[: len(key)]): r for r in (
                    tuple(row) for row in source.execute(
                        select(*key, *table.columns)))}
                theirs = {tuple(r[: len(key)]): r for r in (
                    tuple(row) for row in target.execute(
                        select(*key, *table.columns)))}
                new = [dict(zip(names, row[len(key):], strict=True))
                       for k, row in mine.items() if k not in theirs]
                moved = [(k, dict(zip(names, row[len(key):], strict=True)))
                         for k, row in mine.items() if k in theirs and theirs[k] != row]
                gone = [k for k in theirs if k not in mine]
                if new:
                    for start in range(0, len(new), CHUNK):
                        target.execute(insert(table), new[start:start + CHUNK])
                for k, values in moved:
                    target.execute(update(table).where(
                        *(c == v for c, v in zip(key, k, strict=True))).values(values))
                if gone:
                    deletes.append((table, gone))
                if new or moved or gone:
                    changed[table.name] = len(new) + len(moved) + len(gone)
        for table, gone in reversed(deletes):  # children before parents
            key = _key(table)
            for start in range(0, len(gone), 500):
                target.execute(delete(table).where(
                    tuple_(*key).in_(gone[start:start + 500])))
        for table in _tables():  # the next id the server hands out follows the copied ones
            if "id" in table.c and table.c.id.autoincrement is not False \
                    and table.c.id.primary_key:
                target.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"))
    finally:
        engine.dispose()
    return changed


def _no_own_werkplaats(path: Path) -> None:
    """A shared database has no own werkplaats (services/info.py, GEDEELD_GEEN_EIGEN): a key
    left in its ``meta`` by an older version is not copied (and, written back, removed)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("DELETE FROM meta WHERE sleutel = 'eigen_werkplaats'")
        conn.commit()
    finally:
        conn.close()


@contextmanager
def working_copy(conn: Connection, folder: Path, *, write: bool) -> Iterator[Path]:
    """A SQLite copy of the server database ``conn`` is connected to, in ``folder``; with
    ``write`` the tables are locked first and the copy is written back when the block ends
    without an error (the caller commits ``conn``'s transaction)."""
    if write:
        names = ", ".join(f'"{t.name}"' for t in _tables())
        conn.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))
    path = folder / "werkkopie.sqlite"
    copy_to_sqlite(conn, path)
    _no_own_werkplaats(path)
    yield path
    if write:
        write_back(path, conn)
