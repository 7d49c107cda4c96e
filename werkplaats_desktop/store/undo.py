"""Undo and redo next to the data, with SQLite triggers (sqlite.org/undoredo.html).

On the window's own connection, temporary triggers on every table write the inverse of each
row change (an INSERT, UPDATE or DELETE statement) into a temporary ``undolog`` table. Rows
removed or changed by foreign-key actions (ON DELETE CASCADE / SET NULL) fire the triggers
too, so undoing a delete brings back everything the delete took with it.

A *step* is the range of log entries written by one committed transaction. Undoing a step
runs its inverse statements in reverse order in one transaction (foreign keys checked at
commit); the triggers record the inverse of that, which becomes the redo step.

The triggers and the log are TEMP objects: they exist only on this connection, are never
written to the file, and vanish when the program closes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from werkplaats_desktop.store.derived import is_derived

_SKIP_TABLES = {"alembic_version"}


@dataclass(frozen=True)
class Step:
    label: str
    first: int
    last: int
    tables: frozenset[str] = field(default_factory=frozenset)


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install(conn: sqlite3.Connection) -> None:
    """Create the log and the triggers on ``conn`` (call after migrations, once)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undolog("
        "seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, sql TEXT NOT NULL)"
    )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_actief(aan INTEGER NOT NULL)")
    if conn.execute("SELECT count(*) FROM undo_actief").fetchone()[0] == 0:
        conn.execute("INSERT INTO undo_actief VALUES (1)")
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        # derived data (search indexes, counts) is redone by its own triggers on replay
        if row[0] not in _SKIP_TABLES and not is_derived(row[0])
    ]
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info({_quote_ident(table)})")]
        _create_triggers(conn, table, columns)


def _create_triggers(conn: sqlite3.Connection, table: str, columns: list[str]) -> None:
    t = _quote_ident(table)
    tq = t.replace("'", "''")  # the quoted name inside an SQL string literal
    lit = table.replace("'", "''")
    when = "WHEN (SELECT aan FROM undo_actief)"
    col_list = ",".join(_quote_ident(c).replace("'", "''") for c in columns)
    values = "||','||".join(f"quote(old.{_quote_ident(c)})" for c in columns)
    sets = "||','||".join(
        f"'{_quote_ident(c).replace(chr(39), chr(39) * 2)}='||quote(old.{_quote_ident(c)})"
        for c in columns
    )
    conn.executescript(
        f"""
        DROP TRIGGER IF EXISTS temp."undo_ins_{lit}";
        DROP TRIGGER IF EXISTS temp."undo_upd_{lit}";
        DROP TRIGGER IF EXISTS temp."undo_del_{lit}";
        CREATE TEMP TRIGGER "undo_ins_{lit}" AFTER INSERT ON main.{t} {when} BEGIN
          INSERT INTO undolog(tbl, sql)
          VALUES('{lit}', 'DELETE FROM main.{tq} WHERE rowid='||new.rowid);
        END;
        CREATE TEMP TRIGGER "undo_upd_{lit}" AFTER UPDATE ON main.{t} {when} BEGIN
          INSERT INTO undolog(tbl, sql)
          VALUES('{lit}',
                 'UPDATE main.{tq} SET '||{sets}||' WHERE rowid='||old.rowid);
        END;
        CREATE TEMP TRIGGER "undo_del_{lit}" BEFORE DELETE ON main.{t} {when} BEGIN
          INSERT INTO undolog(tbl, sql)
          VALUES('{lit}',
                 'INSERT INTO main.{tq}(rowid,{col_list}) VALUES('||old.rowid||','||{values}||')');
        END;
        """
    )


def last_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT seq FROM temp.sqlite_sequence WHERE name = 'undolog'").fetchone()
    return row[0] if row else 0


def tables_between(conn: sqlite3.Connection, first: int, last: int) -> frozenset[str]:
    rows = conn.execute("SELECT DISTINCT tbl FROM undolog WHERE seq BETWEEN ? AND ?", (first, last))
    return frozenset(row[0] for row in rows)


def replay(conn: sqlite3.Connection, step: Step) -> None:
    """Run the inverse statements of ``step`` (inside the caller's transaction) and remove them
    from the log; the triggers meanwhile log the statements that would reverse this."""
    statements = conn.execute(
        "SELECT sql FROM undolog WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
        (step.first, step.last),
    ).fetchall()
    conn.execute("DELETE FROM undolog WHERE seq BETWEEN ? AND ?", (step.first, step.last))
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for (sql,) in statements:
        conn.execute(sql)


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM undolog")


class SqliteUndo:
    """The undo log above on one SQLite connection (the window's)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def install(self) -> None:
        install(self.conn)

    def last_seq(self) -> int:
        return last_seq(self.conn)

    def tables_between(self, first: int, last: int) -> frozenset[str]:
        return tables_between(self.conn, first, last)

    def replay(self, step: Step) -> None:
        replay(self.conn, step)

    def clear(self) -> None:
        clear(self.conn)


class UndoConflict(Exception):
    """Undo refused: someone else changed the record since (a shared database)."""


class PgUndo:
    """The undo log on a PostgreSQL session (see store/pg.py): the permanent trigger
    ``werkplaats_undo`` writes each row change of *this* session as JSON into the temporary
    table ``undolog``; undo writes the old rows back, but only where the row is still as this
    session left it (its version, or all its values): another user's later change is never
    overwritten by an undo."""

    def __init__(self, connection: Callable[[], object]):
        #: the window's psycopg connection as it is now (in a transaction or not): asked each
        #: time, because after the server dropped it (a restart) SQLAlchemy makes a new one
        self.connection = connection
        self._made_on: object | None = None  # the connection the log was made on
        #: the log was made again on a new connection: the steps recorded before are gone
        #: with the old session (the caller forgets them and sets this back)
        self.renewed = False

    def _execute(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        conn = self.connection()
        if self._made_on is not None and conn is not self._made_on:
            self._made_on = conn
            self.renewed = True
            self.install()
        cur = conn.cursor()  # type: ignore[attr-defined]
        try:
            cur.execute(sql, params)
            return list(cur.fetchall()) if cur.description else []
        finally:
            cur.close()

    def install(self) -> None:
        self._made_on = self.connection()
        self._execute(
            "CREATE TEMP TABLE IF NOT EXISTS undolog(seq bigint GENERATED ALWAYS AS IDENTITY "
            "PRIMARY KEY, tbl text NOT NULL, op char(1) NOT NULL, oud jsonb, nieuw jsonb)")
        self._execute("SET werkplaats.undo = 'aan'")

    def last_seq(self) -> int:
        rows = self._execute(
            "SELECT pg_sequence_last_value(pg_get_serial_sequence('pg_temp.undolog', 'seq'))")
        return int(rows[0][0] or 0) if rows else 0  # type: ignore[call-overload]

    def tables_between(self, first: int, last: int) -> frozenset[str]:
        rows = self._execute("SELECT DISTINCT tbl FROM pg_temp.undolog "
                             "WHERE seq BETWEEN %s AND %s", (first, last))
        return frozenset(str(r[0]) for r in rows)

    def replay(self, step: Step) -> None:
        from werkplaats_desktop.store import orm

        rows = self._execute("SELECT tbl, op, oud, nieuw FROM pg_temp.undolog "
                             "WHERE seq BETWEEN %s AND %s ORDER BY seq DESC",
                             (step.first, step.last))
        self._execute("DELETE FROM pg_temp.undolog WHERE seq BETWEEN %s AND %s",
                      (step.first, step.last))
        import json

        # PostgreSQL checks foreign keys per statement (SQLite defers them to the commit), so
        # the inverse runs in an order that is valid at every step: deleted rows come back
        # first (parents before children), then changed rows get their old values (newest
        # change first), then inserted rows go (children before parents).
        order = {t.name: i for i, t in enumerate(orm.Base.metadata.sorted_tables)}
        back = sorted((r for r in rows if r[1] == "D"), key=lambda r: order[str(r[0])])
        changed = [r for r in rows if r[1] == "U"]
        gone = sorted((r for r in rows if r[1] == "I"), key=lambda r: -order[str(r[0])])
        for tbl, op, oud, nieuw in back + changed + gone:
            table = orm.Base.metadata.tables[str(tbl)]
            q = _quote_ident(str(tbl))
            keys = [c.name for c in table.primary_key.columns]
            row_now = nieuw if op in ("I", "U") else oud
            where = " AND ".join(
                f"{_quote_ident(k)} = (jsonb_populate_record(NULL::{q}, %s::jsonb))."
                f"{_quote_ident(k)}" for k in keys)
            key_params = tuple(json.dumps(row_now) for _ in keys)
            # the row must still be exactly as this session left it
            same = f"to_jsonb({q}.*) = %s::jsonb"
            if op == "I":
                done = self._execute(f"DELETE FROM {q} WHERE {where} AND {same} RETURNING 1",
                                     (*key_params, json.dumps(nieuw)))
            elif op == "U":
                cols = [c.name for c in table.columns]
                sets = ", ".join(_quote_ident(c) for c in cols)
                done = self._execute(
                    f"UPDATE {q} SET ({sets}) = (SELECT {sets} FROM "
                    f"jsonb_populate_record(NULL::{q}, %s::jsonb)) "
                    f"WHERE {where} AND {same} RETURNING 1",
                    (json.dumps(oud), *key_params, json.dumps(nieuw)))
            else:
                done = self._execute(
                    f"INSERT INTO {q} SELECT * FROM jsonb_populate_record(NULL::{q}, %s::jsonb) "
                    "ON CONFLICT DO NOTHING RETURNING 1", (json.dumps(oud),))
            if not done:
                raise UndoConflict(
                    "Ongedaan maken kan niet meer: iemand anders heeft deze gegevens intussen "
                    f"gewijzigd (tabel {tbl}). Er is niets teruggedraaid.")

    def clear(self) -> None:
        self._execute("DELETE FROM pg_temp.undolog")
