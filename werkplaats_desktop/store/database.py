"""An open database file: the one door through which the program reads and writes.

``Database.open`` refuses foreign or too-new files, migrates (with a backup first), and then
keeps one connection for the thread that opened it (the window's thread), with the undo
triggers installed. Every write is one transaction through :meth:`Database.write`; after it
commits, one :class:`Change` tells every subscriber which tables changed (the GUI refreshes
from it). Background work (imports, exports, reports) uses :meth:`Database.worker_session`,
which opens its own connection.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from werkplaats_desktop.store import orm, pg_roles, undo
from werkplaats_desktop.store.derived import refuse_unreadable_index
from werkplaats_desktop.store.engine import BEGIN_MODE, make_engine
from werkplaats_desktop.store.integrity import (
    finish_interrupted_write,
    raise_if_corrupt,
    refuse_if_interrupted,
)
from werkplaats_desktop.store.lock import FileLock, acquire
from werkplaats_desktop.store.migrate import (
    SchemaError,
    UpgradeReport,
    check_openable,
    head_revision,
    inspect_file,
    upgrade,
)
from werkplaats_desktop.store.target import ServerTarget, parse_target
from werkplaats_desktop.store.undo import Step  # (a field named "undo" hides the module)

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    WRITE = "write"
    UNDO = "undo"
    REDO = "redo"
    #: made outside the undo history (an import): the undo history is gone
    EXTERNAL = "external"
    #: saved by someone else (a shared database on a server): the own undo history stays
    REMOTE = "remote"


#: the label of the change announced when the program listens again after its server dropped
#: the connections: every page reads its data anew (what others did meanwhile was not heard)
RECONNECTED = "Verbinding met de server hersteld"


@dataclass(frozen=True)
class Change:
    """What one committed action changed: its label (the undo step's name) and the tables it
    wrote, from which each page decides whether it has to refresh."""

    label: str
    tables: frozenset[str]
    kind: ChangeKind = ChangeKind.WRITE

    def touches(self, tables: frozenset[str] | set[str]) -> bool:
        return not self.tables.isdisjoint(tables)


@dataclass
class History:
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)


def _login_may_write(raw: Any) -> bool:
    """May the server login write any of the program's tables (INSERT or UPDATE)?"""
    row = raw.execute(
        "SELECT coalesce(bool_or(has_table_privilege(c.oid, 'INSERT') "
        "OR has_table_privilege(c.oid, 'UPDATE')), false) FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
        "AND c.relname <> 'alembic_version'").fetchone()
    raw.rollback()
    return bool(row[0])


def check_before_open(path: Path, lock: FileLock | None = None) -> FileLock:
    """What :meth:`Database.open` does before anything may be written: take the file's lock
    (or keep ``lock``), let SQLite roll back a write a crash left unfinished, and refuse a
    damaged file (``PRAGMA quick_check``). Binds no connection to a thread, so the program
    can run it in a thread of its own while it builds its window (SQLite does the checking
    without holding Python's lock). Returns the lock; releases it when the file is refused."""
    held = lock if lock is not None else acquire(path)
    try:
        finish_interrupted_write(path)
        raise_if_corrupt(path)
    except BaseException:
        held.release()
        raise
    return held


class BackgroundCheck:
    """:func:`check_before_open` in a thread of its own, started as soon as the program knows
    which file it opens, so that the quick check of a large file runs while the window is
    being made. :meth:`result` waits for it and gives the lock (or raises what the check
    raised, e.g. :class:`DatabaseCorrupt`)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock: FileLock | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="werkplaats-controle",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._lock = check_before_open(self.path)
        except BaseException as exc:  # raised again by result(), on the caller's thread
            self._error = exc

    def result(self) -> FileLock:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._lock is not None
        return self._lock


class Database:
    def __init__(self, path: Path, engine: Engine, report: UpgradeReport,
                 readonly: bool = False, server: ServerTarget | None = None):
        #: the file; on a server its database name (for titles and messages: ``path.name``)
        self.path = path
        #: the PostgreSQL database, or None for a SQLite file
        self.server = server
        self.engine = engine
        self.upgrade_report = report
        self.readonly = readonly
        self._owner = threading.get_ident()
        self._conn: Connection = engine.connect()
        raw = self._conn.connection.driver_connection
        #: the driver's own connection (sqlite3, or psycopg on a server)
        self._raw: Any = raw
        self._undo: undo.SqliteUndo | undo.PgUndo
        #: a shared database whose login may write no table (the role ``landelijk``): opened
        #: to read only, and said so before anyone tries (store/pg_roles.py)
        self.login_reads_only = False
        if server is not None and not readonly:
            self.login_reads_only = not _login_may_write(raw)
            readonly = self.readonly = self.login_reads_only
        #: on a server: who is logged in and what that login may write (shown in the window)
        self.login: pg_roles.Login | None = None
        if server is not None:
            self.login = pg_roles.describe_login(raw, self.login_reads_only)
            self._undo = undo.PgUndo(lambda: self._conn.connection.driver_connection)
            if not readonly:
                with self._conn.begin():
                    self._undo.install()
        else:
            self._undo = undo.SqliteUndo(raw)  # type: ignore[arg-type]
            if not readonly:
                self._undo.install()
        self.history = History()
        self._subscribers: list[Callable[[Change], None]] = []
        self._closed = False
        self._lock: FileLock | None = None
        self._listener: Any = None
        #: the listening connection was lost: others' changes may have been missed
        self._missed = False

    # --- opening and closing ------------------------------------------------------------

    @property
    def is_server(self) -> bool:
        """True for a shared database on a PostgreSQL server (no lock file, no backups of
        ours, other users may write at the same time)."""
        return self.server is not None

    def reads_only_reason(self) -> str:
        """Why a login that may only read cannot change anything (Dutch; said before anyone
        tries, in the window's banner and a form's)."""
        user = self.server.user if self.server is not None else None
        who = f"Uw inlognaam '{user}'" if user else "Uw inlognaam"
        return (f"{who} mag in de gedeelde database {self.display_name} alleen lezen (zoals de "
                "rol 'landelijk'): wijzigen doen de werkplaatsen zelf, met een inlognaam van hun "
                "werkplaats, of de beheerder van de database.")

    def reads_only_text(self) -> str:
        """:meth:`reads_only_reason` as the refusal of a change that was tried."""
        return self.reads_only_reason() + " Er is niets gewijzigd."

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """The file name, or ``dbname op host`` for a server database."""
        return self.server.name if self.server is not None else self.path.name

    @classmethod
    def open_server(cls, target: ServerTarget, *, readonly: bool = False) -> Database:
        """Open (creating or upgrading the schema unless ``readonly``) a database on a
        PostgreSQL server. Raises a SchemaError in Dutch: no driver, no server, no login, not
        ours, too new (see store/pg.py)."""
        from werkplaats_desktop.store import pg

        if readonly:
            state = pg.inspect_server(target)
            pg.check_openable(state, target)
            if state.blank:
                raise SchemaError(f"De database {target.name} is leeg: maak de tabellen eerst "
                                  f"met 'werkplaats nieuw {target.url}'.")
            if state.revision != head_revision():
                raise SchemaError(
                    f"De database {target.name} heeft een oudere schemaversie "
                    f"({state.revision}). Open hem eerst met Werkplaats Desktop om hem bij te "
                    "werken. Er is niets gewijzigd.")
            report = UpgradeReport(created=False, from_revision=state.revision,
                                   to_revision=state.revision or "", backup=None)
        else:
            report = pg.upgrade(target)
        return cls(Path(target.dbname), pg.make_engine(target), report, readonly=readonly,
                   server=target)

    @classmethod
    def open(cls, path: Path | str | ServerTarget, *, backup_dir: Path | None = None,
             lock: FileLock | None = None, checked: bool = False) -> Database:
        """Open (creating or upgrading if needed) the database at ``path``.

        Raises a :class:`~werkplaats_desktop.store.migrate.SchemaError` with a Dutch message,
        having written nothing, when another program has the file open
        (:class:`~werkplaats_desktop.store.lock.DatabaseInUse`), when it is damaged
        (:class:`~werkplaats_desktop.store.integrity.DatabaseCorrupt`), not ours, or from a
        newer version. ``lock`` hands over a lock the caller already holds on this file (a
        restore replaces the file without letting go of it); it is released on failure.
        ``checked``: the caller holds ``lock`` and has run :func:`check_before_open` (in
        another thread, while the window was being made). A ``postgresql://`` URL (or a
        :class:`ServerTarget`) opens a database on a server instead (:meth:`open_server`)."""
        target = parse_target(path)
        if isinstance(target, ServerTarget):
            return cls.open_server(target)
        path = target
        if checked:
            assert lock is not None, "checked needs the lock of check_before_open"
            held = lock
        else:
            held = check_before_open(path, lock)
        try:
            report = upgrade(path, backup_dir=backup_dir)
            engine = make_engine(path)
            try:
                with engine.connect() as conn:
                    refuse_unreadable_index(conn.connection.driver_connection, path.name)
            except BaseException:
                engine.dispose()
                raise
            db = cls(path, engine, report)
        except BaseException:
            held.release()
            raise
        db._lock = held
        return db

    @classmethod
    def open_readonly(cls, path: Path | str | ServerTarget) -> Database:
        """Open the file to read it only, changing nothing (no lock, no upgrade, no undo):
        for the commands that report on a file, safe while the program has it open.

        Raises ``FileNotFoundError`` or a :class:`SchemaError` (not ours, too new, or a schema
        that needs an upgrade first) with a Dutch message."""
        target = parse_target(path)
        if isinstance(target, ServerTarget):
            return cls.open_server(target, readonly=True)
        path = target
        refuse_if_interrupted(path)  # what info and check say about such a file, too
        state = inspect_file(path)
        if not state.exists:
            raise FileNotFoundError(f"Het bestand {path} bestaat niet.")
        check_openable(state, path)
        if state.revision != head_revision():
            raise SchemaError(f"'{path.name}' heeft een oudere schemaversie ({state.revision}). "
                              "Open het eerst met Werkplaats Desktop om het bij te werken. "
                              "Het bestand is niet gewijzigd.")
        report = UpgradeReport(created=False, from_revision=state.revision,
                               to_revision=state.revision or "", backup=None)
        return cls(path, make_engine(path, readonly=True), report, readonly=True)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self, *, keep_lock: bool = False) -> FileLock | None:
        """Close every connection and release the file's lock; with ``keep_lock`` the lock is
        returned instead, to hand to the next :meth:`open` of the same file (restore)."""
        if self._closed:
            return None
        self._closed = True
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self._conn.close()
        self.engine.dispose()
        lock, self._lock = self._lock, None
        if keep_lock:
            return lock
        if lock is not None:
            lock.release()
        return None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading and writing ------------------------------------------------------------

    def _check_thread(self) -> None:
        if threading.get_ident() != self._owner:
            raise RuntimeError("Use Database.worker_session() outside the window's thread.")

    def _revive(self) -> bool:
        """On a server: before the window's connection is used, make sure the server has not
        dropped it meanwhile (a restart, an administrator). A dropped connection is let go, so
        that SQLAlchemy makes a new one for what comes next: the first action after a restart
        works instead of failing once. True when it was renewed. Costs no round trip while
        the connection is sound (store/pg.py, looks_dropped)."""
        if self.server is None or self._closed:
            return False
        from sqlalchemy.exc import DBAPIError

        from werkplaats_desktop.store import pg

        if self._conn.invalidated:  # dropped during an earlier action: renewed on next use
            return True
        if self._conn.in_transaction() or not pg.looks_dropped(self._raw_now()):
            return False
        try:
            self._conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            self._conn.rollback()
            log.info("De verbinding met %s was verbroken; er wordt een nieuwe gemaakt.",
                     self.display_name)
            return True
        finally:
            if self._conn.in_transaction():
                self._conn.rollback()
        return False

    def _raw_now(self) -> Any:
        """The driver's connection under the window's connection as it is now."""
        return self._conn.connection.driver_connection

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session on the window's connection (a deferred transaction)."""
        self._check_thread()
        self._revive()
        with Session(bind=self._conn, expire_on_commit=False, autoflush=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, label: str) -> Iterator[Session]:
        """One write transaction; committed when the block ends, rolled back on any error.

        The change becomes one undo step called ``label`` and is announced to subscribers."""
        self._check_thread()
        if self.login_reads_only:
            raise SchemaError(self.reads_only_text())
        if self.readonly:
            raise SchemaError(f"'{self.display_name}' is alleen om te lezen geopend; er is "
                              "niets gewijzigd.")
        self._revive()
        self._conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        try:
            with Session(bind=self._conn, expire_on_commit=False, autoflush=False) as session:
                session.begin()
                first = self._undo.last_seq() + 1
                self._history_lost()
                try:
                    yield session
                    session.flush()
                    last = self._undo.last_seq()
                    tables = self._undo.tables_between(first, last)
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        finally:
            self._conn.execution_options(**{BEGIN_MODE: "DEFERRED"})
        if last >= first:
            self.history.undo.append(undo.Step(label, first, last, tables))
            self.history.redo.clear()
            self._announce(Change(label, tables))

    @contextmanager
    def worker_session(self, *, write: bool = False) -> Iterator[Session]:
        """A session on a connection of its own, for a background thread. Commits at the end
        of the block when ``write`` is true. Changes made here cannot be undone; call
        :meth:`external_change` on the window's thread afterwards."""
        conn = self.engine.connect()
        if write:
            conn = conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        try:
            with Session(bind=conn, expire_on_commit=False, autoflush=False) as session:
                with session.begin():
                    yield session
                    if not write:
                        session.rollback()
        finally:
            conn.close()

    def external_change(self, label: str, tables: frozenset[str] | None = None) -> None:
        """Announce a change made outside :meth:`write` (an import). The undo history is
        cleared: its steps were recorded against the data as it was before."""
        self.history.undo.clear()
        self.history.redo.clear()
        if self.server is not None:
            self._revive()
            with self._conn.begin():
                self._undo.clear()
        else:
            self._undo.clear()
        self._announce(Change(label, tables or frozenset(), kind=ChangeKind.EXTERNAL))

    # --- other users (a server database) ------------------------------------------------

    @property
    def cut_off(self) -> bool:
        """On a server: the listening connection was lost and is not made anew yet (the server
        is restarting or out of reach); other users' changes are not heard meanwhile."""
        return self._missed

    def poll_remote_changes(self) -> Change | None:
        """On a server database: announce what other users changed since the last call (the
        window calls this from a timer; see store/pg.py, ChangeListener). The first call
        starts listening. None when nothing changed, or on a SQLite file (one user)."""
        if self.server is None or self._closed:
            return None
        from werkplaats_desktop.store import pg

        self._revive()
        pid = self._raw_now().info.backend_pid  # (a new one after the connection was renewed)
        if self._listener is None:
            self._listener = pg.ChangeListener(self.server, {pid})
            if not self._missed:
                return None
            # listening again after the server dropped the connection: what others changed
            # meanwhile was not heard, so every page reads its data anew
            self._missed = False
            change = Change(RECONNECTED, frozenset(orm.Base.metadata.tables),
                            kind=ChangeKind.REMOTE)
            self._announce(change)
            return change
        self._listener.own_pids.add(pid)
        tables = self._listener.poll()
        if tables is None:  # the server dropped the listening connection: listen anew
            self._listener.close()
            self._listener = None
            self._missed = True
            return None
        if not tables:
            return None
        change = Change("Gewijzigd door een andere gebruiker", tables, kind=ChangeKind.REMOTE)
        self._announce(change)
        return change

    # --- undo / redo --------------------------------------------------------------------

    def _replay(self, source: list[undo.Step], target: list[undo.Step],
                kind: ChangeKind) -> Change:
        self._check_thread()
        self._revive()
        step = source[-1]
        self._conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        try:
            with self._conn.begin():
                first = self._undo.last_seq() + 1
                if self._history_lost():
                    raise undo.UndoConflict(
                        "Ongedaan maken kan niet meer: de verbinding met de server is "
                        "verbroken geweest (bijvoorbeeld doordat de server opnieuw is "
                        "gestart), en wat u daarvoor deed, staat vast. Er is niets gewijzigd.")
                self._undo.replay(step)
                last = self._undo.last_seq()
        finally:
            self._conn.execution_options(**{BEGIN_MODE: "DEFERRED"})
        source.pop()
        target.append(undo.Step(step.label, first, last, step.tables))
        change = Change(step.label, step.tables, kind=kind)
        self._announce(change)
        return change

    def _history_lost(self) -> bool:
        """On a server: was the window's connection made anew (the server dropped the old
        one), taking the session's undo log with it? Then the steps recorded before are
        forgotten: they can no longer be undone."""
        if not getattr(self._undo, "renewed", False):
            return False
        self._undo.renewed = False  # type: ignore[union-attr]
        self.history.undo.clear()
        self.history.redo.clear()
        return True

    def undo(self) -> Change | None:
        if not self.history.undo:
            return None
        return self._replay(self.history.undo, self.history.redo, ChangeKind.UNDO)

    def redo(self) -> Change | None:
        if not self.history.redo:
            return None
        return self._replay(self.history.redo, self.history.undo, ChangeKind.REDO)

    # --- change notification ------------------------------------------------------------

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _announce(self, change: Change) -> None:
        for callback in list(self._subscribers):
            try:
                callback(change)
            except Exception:  # a broken listener must not undo a committed write
                log.exception("Change listener failed for %s", change)
