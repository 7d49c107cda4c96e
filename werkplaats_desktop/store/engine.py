"""SQLite connections with the settings this program relies on.

Choices, for a single-user laptop whose documents folder may be synced by OneDrive:

* ``journal_mode=DELETE`` (rollback journal), not WAL. WAL keeps committed data in a separate
  ``-wal`` file until a checkpoint and needs shared memory: a sync client (OneDrive, Dropbox)
  can upload the main file without its ``-wal`` file, and WAL does not work on network shares
  at all (SQLite documents both). With a rollback journal the main file is complete after every
  commit, so any copy taken between transactions is a consistent database.
* ``synchronous=FULL``: a commit is on disk before it returns (a power cut loses nothing
  committed). The cost is a few milliseconds per commit; each user action is one commit.
* ``foreign_keys=ON`` on every connection (SQLite's default is off).
* ``secure_delete=ON``: deleted personal data is overwritten, not left in free pages.
* ``busy_timeout``: a background import and the window may briefly wait for each other.
* We emit ``BEGIN`` ourselves (the pysqlite driver would otherwise run DDL outside any
  transaction), so that a migration is one transaction; write transactions start with
  ``BEGIN IMMEDIATE`` to take the write lock up front instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from werkplaats_desktop.store.sql import install_functions

#: Written into the SQLite header by the first migration: marks a file as ours ("WPKD").
APPLICATION_ID = 0x57504B44

BUSY_TIMEOUT_MS = 5000
CACHE_SIZE_KIB = 32_000

#: execution option naming the BEGIN mode of a transaction ("DEFERRED" or "IMMEDIATE").
BEGIN_MODE = "werkplaats_begin"


def _uri(path: Path, readonly: bool) -> str:
    return f"file:{path.resolve().as_posix()}?mode={'ro' if readonly else 'rwc'}"


def connect_raw(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode with foreign keys on (for checks,
    backups and tests; the program itself goes through :func:`make_engine`)."""
    conn = sqlite3.connect(_uri(path, readonly), uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA foreign_keys = ON")
    install_functions(conn)
    return conn


def make_engine(path: Path, *, readonly: bool = False, foreign_keys: bool = True) -> Engine:
    """An engine on ``path``. ``foreign_keys=False`` only for migrations (see migrate.py)."""

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(
            _uri(path, readonly),
            uri=True,
            isolation_level=None,  # we emit BEGIN ourselves, see module docstring
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )

    # NullPool: a connection is opened per checkout. The window keeps one connection open for
    # its whole life (Database.connection); workers open their own and close them when done.
    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        install_functions(dbapi_connection)  # wp_lower, for the search (store/sql.py)
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        cur.execute("PRAGMA temp_store = MEMORY")
        if not readonly:
            cur.execute("PRAGMA journal_mode = DELETE")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
