"""The store on a PostgreSQL server: connecting, inspecting, upgrading, checking.

What differs from a SQLite file, and why:

* No lock file, quick check, hot journal or backups: the server serialises writers, keeps its
  own files sound, and its backups are the server administrator's (``pg_dump``). Several
  people may have the database open at once; that is the point of a server.
* The connection URL goes to libpq unchanged (``psycopg.connect``), so the password comes
  from ``PGPASSWORD``, ``~/.pgpass`` or a service file, or from the window's dialog (memory
  only). We never write a password anywhere.
* An upgrade runs all revisions in one transaction (PostgreSQL's DDL is transactional) under
  an advisory lock, so two programs opening a new database at once do not both create it.
  Foreign keys stay on (PostgreSQL cannot turn them off; the revisions do not need it).
* "Is this ours" is: an ``alembic_version`` table and a ``meta`` table in the schema (a file
  has SQLite's application id for that; a server database has no header).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.pool import NullPool

from werkplaats_desktop.store.migrate import (
    DatabaseTooNew,
    FileState,
    MigrationFailed,
    NotAWerkplaatsDatabase,
    SchemaError,
    UpgradeReport,
    alembic_config,
    head_revision,
    known_revisions,
)
from werkplaats_desktop.store.target import ServerTarget

#: pg_advisory_xact_lock key held during an upgrade ("WPKD", as the SQLite application id)
UPGRADE_LOCK = 0x57504B44

INSTALL_HINT = ("Installeer het in de map van het programma met: pip install \".[postgres]\" "
                "(of: .venv/bin/pip install \"psycopg[binary]\"; 'python3 dev.py app' brengt "
                "het al mee).")


class ServerUnavailable(SchemaError):
    """The server could not be reached, or refused the login. ``needs_password`` when libpq
    had no password to give (the window then asks for one)."""

    def __init__(self, message: str, needs_password: bool = False):
        super().__init__(message)
        self.needs_password = needs_password


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise SchemaError(
            "Voor een gedeelde database op een PostgreSQL-server is het stuurprogramma "
            f"psycopg nodig, maar dat is niet geïnstalleerd. {INSTALL_HINT}") from exc
    return psycopg


def connect(target: ServerTarget, *, autocommit: bool = False) -> Any:
    """A psycopg connection, or a :class:`ServerUnavailable` in Dutch."""
    psycopg = _psycopg()
    kwargs: dict[str, Any] = {"autocommit": autocommit, "connect_timeout": 10,
                              "application_name": "werkplaats-desktop"}
    if target.password is not None:
        kwargs["password"] = target.password
    try:
        conn = psycopg.connect(target.url, **kwargs)
    except psycopg.OperationalError as exc:
        raise _explain(target, exc) from exc
    except psycopg.ProgrammingError as exc:  # a malformed URL
        raise SchemaError(f"Het adres '{target.url}' is geen geldig PostgreSQL-adres: "
                          f"{exc}") from exc
    conn.execute(NO_JIT)
    if not autocommit:
        conn.commit()  # (a SET inside a transaction lasts only when it is committed)
    return conn


#: Every session of the program runs without JIT compilation. The dashboard's queries (sub-
#: selects per row over 100 000 activities) are costed above ``jit_above_cost``, and compiling
#: them took longer than running them: 450 ms of a 730 ms query, the refresh at 100 000
#: activities 2.3 s with JIT, 1.0 s without on the same server (docs/performance.md). The
#: program's queries are short; none gains from JIT.
NO_JIT = "SET jit = off"


def _explain(target: ServerTarget, exc: Exception) -> ServerUnavailable:
    """The driver's (English) failure as a Dutch sentence; its text is not repeated."""
    low = str(exc).lower()
    who = f" als '{target.user}'" if target.user else ""
    if "no password supplied" in low or "password authentication failed" in low \
            or "authentication failed" in low:
        if "no password supplied" in low:
            why = "er is geen wachtwoord gegeven"
        elif "password authentication failed" in low:
            why = "het wachtwoord is onjuist (of deze inlognaam bestaat niet)"
        else:
            why = "de server liet deze inlognaam niet toe"
        return ServerUnavailable(
            f"Inloggen op de database {target.name}{who} is mislukt: {why}. Geef het wachtwoord "
            "met PGPASSWORD of in ~/.pgpass, of vraag de beheerder van de server om een "
            "account. Er is niets gewijzigd.",
            needs_password=True)
    if "does not exist" in low and "database" in low:
        return ServerUnavailable(
            f"De database {target.dbname} bestaat niet op de server {target.host}. Laat de "
            f"beheerder hem maken (createdb {target.dbname}); daarna maakt 'werkplaats nieuw' de "
            "tabellen.")
    from werkplaats_desktop.store.pg_errors import connection_cause, unreachable

    return ServerUnavailable(unreachable(target.dbname, target.hostname, target.port,
                                         connection_cause(str(exc))))


def make_engine(target: ServerTarget) -> Engine:
    """An engine whose connections come from :func:`connect` (one per checkout, as on
    SQLite: the window keeps one open, workers open their own)."""
    _psycopg()
    return create_engine("postgresql+psycopg://", creator=lambda: connect(target),
                         poolclass=NullPool)


def looks_dropped(raw: Any) -> bool:
    """Has the server (probably) ended this idle psycopg connection? A server that stops or an
    administrator's ``pg_terminate_backend`` sends its last words (or closes the socket), so
    the socket of a connection that waits for nothing has something to read. Costs no round
    trip; a True is confirmed by a query (:meth:`Database._revive`)."""
    import select

    if raw.closed or raw.broken:
        return True
    try:
        readable, _w, _x = select.select([raw.fileno()], [], [], 0)
    except (OSError, ValueError):  # the socket itself is gone
        return True
    return bool(readable)


# --- inspecting and upgrading ---------------------------------------------------------------


def inspect_server(target: ServerTarget) -> FileState:
    conn = connect(target, autocommit=True)
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        conn.close()
    ours = "alembic_version" in tables and "meta" in tables
    from werkplaats_desktop.store.engine import APPLICATION_ID
    return FileState(exists=True, revision=revision,
                     application_id=APPLICATION_ID if ours else 0, table_count=len(tables))


def check_openable(state: FileState, target: ServerTarget) -> None:
    if state.blank:
        return
    if state.application_id == 0 or state.revision is None:
        raise NotAWerkplaatsDatabase(
            f"De database {target.name} is geen database van Werkplaats Desktop (er staan al "
            "andere tabellen in). Er is niets gewijzigd.")
    if state.revision not in known_revisions():
        raise DatabaseTooNew(
            f"De database {target.name} is gemaakt met een nieuwere versie van Werkplaats "
            f"Desktop (schemaversie {state.revision}; deze versie kent tot en met "
            f"{head_revision()}). Installeer de nieuwste versie. Er is niets gewijzigd.")


def upgrade(target: ServerTarget) -> UpgradeReport:
    """Create or upgrade the schema in the server database (see module docstring)."""
    state = inspect_server(target)
    check_openable(state, target)
    head = head_revision()
    if state.revision == head:
        return UpgradeReport(created=False, from_revision=head, to_revision=head, backup=None)
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            try:
                with conn.begin():
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": UPGRADE_LOCK})
                    again = conn.execute(text(
                        "SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
                    current = (conn.execute(text("SELECT version_num FROM alembic_version"))
                               .scalar() if again else None)
                    if current != head:  # someone else may have upgraded meanwhile
                        command.upgrade(cfg, "head")
                        install_undo_triggers(conn)
            except SchemaError:
                raise
            except Exception as exc:
                raise MigrationFailed(
                    f"De database {target.name} kon niet worden bijgewerkt naar schemaversie "
                    f"{head}: {exc}. Er is niets gewijzigd.") from exc
    finally:
        engine.dispose()
    return UpgradeReport(created=state.blank, from_revision=state.revision, to_revision=head,
                         backup=None)


# --- undo on a server -----------------------------------------------------------------------
# SQLite's undo log lives in TEMP triggers of the window's connection. PostgreSQL has no
# temporary triggers, so one trigger function on every table writes the old and new row (as
# JSON) into the session's own temporary table ``undolog``, and only when the session has
# switched it on (``SET werkplaats.undo = 'aan'``): other users' sessions, workers and
# imports log nothing. Undo therefore covers the user's own changes only.

UNDO_FUNCTION = """
CREATE OR REPLACE FUNCTION werkplaats_undo_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('werkplaats.undo', true), '') <> 'aan' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pg_temp.undolog(tbl, op, nieuw) VALUES (TG_TABLE_NAME, 'I', to_jsonb(NEW));
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO pg_temp.undolog(tbl, op, oud, nieuw)
      VALUES (TG_TABLE_NAME, 'U', to_jsonb(OLD), to_jsonb(NEW));
  ELSE
    INSERT INTO pg_temp.undolog(tbl, op, oud) VALUES (TG_TABLE_NAME, 'D', to_jsonb(OLD));
  END IF;
  RETURN NULL;
END $$
"""

_SKIP = {"alembic_version"}


def record_tables(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename")) if row[0] not in _SKIP]


# Other users' changes: every statement that changes a table sends NOTIFY werkplaats with the
# table's name (delivered when its transaction commits; PostgreSQL sends one per table per
# transaction). The window listens (:class:`ChangeListener`) and refreshes the pages that show
# those tables. A trigger, not a NOTIFY in Database.write, so that imports, other programs
# and plain SQL are seen too.
NOTIFY_CHANNEL = "werkplaats"

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION werkplaats_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('werkplaats', TG_TABLE_NAME);
  RETURN NULL;
END $$
"""


def install_undo_triggers(conn: Connection) -> None:
    """The undo and notify triggers on every table (after each upgrade, in its
    transaction)."""
    conn.execute(text(UNDO_FUNCTION))
    conn.execute(text(NOTIFY_FUNCTION))
    for table in record_tables(conn):
        q = '"' + table.replace('"', '""') + '"'
        conn.execute(text(f"DROP TRIGGER IF EXISTS werkplaats_undo ON {q}"))
        conn.execute(text(
            f"CREATE TRIGGER werkplaats_undo AFTER INSERT OR UPDATE OR DELETE ON {q} "
            "FOR EACH ROW EXECUTE FUNCTION werkplaats_undo_log()"))
        conn.execute(text(f"DROP TRIGGER IF EXISTS werkplaats_notify ON {q}"))
        conn.execute(text(
            f"CREATE TRIGGER werkplaats_notify AFTER INSERT OR UPDATE OR DELETE ON {q} "
            "FOR EACH STATEMENT EXECUTE FUNCTION werkplaats_notify()"))


class ChangeListener:
    """LISTEN on a connection of its own; :meth:`poll` returns the tables other sessions
    changed since the last call (never blocks; the window calls it from a timer)."""

    def __init__(self, target: ServerTarget, own_pids: set[int]):
        self.own_pids = own_pids
        self.conn = connect(target, autocommit=True)
        self.conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def poll(self) -> frozenset[str] | None:
        """The tables changed by others since the last call; None when the server dropped
        this connection (a restart, an administrator): what happened since was not heard."""
        tables: set[str] = set()
        try:
            for note in self.conn.notifies(timeout=0, stop_after=None):
                if note.pid not in self.own_pids:
                    tables.add(note.payload)
        except _psycopg().OperationalError:
            return None
        return frozenset(tables)

    def close(self) -> None:
        try:
            self.conn.close()
        except _psycopg().Error:  # already gone with its server
            pass


@dataclass
class ServerCheck:
    """What ``werkplaats check`` finds on a server database."""

    name: str
    problems: list[str] = field(default_factory=list)
    broken_references: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: the server could not be reached (or refused the login): nothing was checked
    unreachable: str | None = None

    @property
    def sound(self) -> bool:
        return not self.problems and not self.broken_references and self.unreachable is None

    def report(self, *_words: object) -> str:
        """In Dutch (the arguments of CheckResult.report, for a translation and dates, are
        not used: the server's report names no dates)."""
        if self.unreachable is not None:
            return (f"De database {self.name} is niet gecontroleerd: de server kon niet worden "
                    f"bereikt. Over de gegevens zegt dit niets.\n{self.unreachable}")
        if self.sound:
            lines = [f"De database {self.name} is in orde: de schemaversie klopt en alle "
                     "verwijzingen tussen records kloppen."]
        else:
            lines = [f"De database {self.name} heeft problemen."]
            lines.extend(f"  - {p}" for p in self.problems)
            if self.broken_references:
                lines.append(f"Verbroken verwijzingen ({len(self.broken_references)}):")
                lines.extend(f"  - {r}" for r in self.broken_references[:20])
        lines.extend(self.notes)
        return "\n".join(lines)


def full_check(target: ServerTarget) -> ServerCheck:
    """Schema revision, every foreign key (checked again with a query: a constraint added
    NOT VALID, or rows loaded with triggers off, would otherwise go unnoticed) and the number
    of records per werkplaats. Reads only. The server keeps its own files sound; that part of
    SQLite's check has no counterpart here."""
    result = ServerCheck(target.name)
    try:
        state = inspect_server(target)
        check_openable(state, target)
    except ServerUnavailable as exc:
        result.unreachable = str(exc)
        return result
    except SchemaError as exc:
        result.problems.append(str(exc))
        return result
    if state.blank:
        result.problems.append("De database is leeg: maak de tabellen met 'werkplaats nieuw'.")
        return result
    if state.revision != head_revision():
        result.notes.append(f"Schemaversie: {state.revision} (het programma kent "
                            f"{head_revision()}; openen werkt hem bij).")
    else:
        result.notes.append(f"Schemaversie: {state.revision}.")
    conn = connect(target, autocommit=False)
    try:
        conn.execute("SET TRANSACTION READ ONLY")
        fks = conn.execute("""
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
                   array_agg(a.attname ORDER BY k.n), array_agg(af.attname ORDER BY k.n)
            FROM pg_constraint c
            CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(ck, fk, n)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.ck
            JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = k.fk
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
            GROUP BY c.oid, c.conrelid, c.confrelid ORDER BY 1, 2""").fetchall()
        for child, parent, cols, pcols in fks:
            present = " AND ".join(f'c."{col}" IS NOT NULL' for col in cols)
            join = " AND ".join(f'p."{pc}" = c."{col}"' for col, pc in zip(cols, pcols,
                                                                           strict=True))
            rows = conn.execute(
                f"SELECT count(*) FROM {child} c WHERE {present} AND NOT EXISTS "
                f"(SELECT 1 FROM {parent} p WHERE {join})").fetchone()[0]
            if rows:
                result.broken_references.append(
                    f"tabel {child}: {rows} rij(en) verwijzen naar een {parent} die niet bestaat")
        counts = conn.execute("""
            SELECT w.naam,
              (SELECT count(*) FROM project p WHERE p.werkplaats_id = w.id),
              (SELECT count(*) FROM activiteit a WHERE a.werkplaats_id = w.id)
            FROM werkplaats w ORDER BY w.naam""").fetchall()
        if counts:
            result.notes.append("Records per werkplaats (projecten, activiteiten):")
            result.notes.extend(f"  {naam}: {p}, {a}" for naam, p, a in counts)
    finally:
        conn.rollback()
        conn.close()
    return result


# --- the self-test on a server: a schema of its own -----------------------------------------
# ``werkplaats self-test --db postgresql://...`` must never change the user's data, and a
# shared database may be in use by colleagues. It therefore builds its database in a new,
# empty schema ``wp_selftest_<random>`` (every connection of the test has only that schema on
# its search_path: ServerTarget.in_schema), and drops that schema again at the end, also after
# a failure. The user's own schema is only read (its revision).

SCRATCH_PREFIX = "wp_selftest_"


class SchemaRightMissing(SchemaError):
    """The role may not create a schema in the database (the CREATE right on it)."""


def create_scratch_schema(target: ServerTarget) -> tuple[str, ServerTarget]:
    """Create an empty schema of our own; returns its name and the target working in it.
    Raises :class:`SchemaRightMissing` (Dutch) when the role lacks the right."""
    import secrets

    psycopg = _psycopg()
    schema = SCRATCH_PREFIX + secrets.token_hex(6)
    conn = connect(target, autocommit=True)
    try:
        user, allowed = conn.execute(
            "SELECT current_user, has_database_privilege(current_database(), 'CREATE')"
        ).fetchone()
        refusal = SchemaRightMissing(
            f"De zelftest op de gedeelde database {target.name} werkt in een tijdelijk schema, "
            "zodat uw gegevens onaangeroerd blijven, maar de rol "
            f"'{user}' mag geen schema maken in deze database: het recht CREATE op de database "
            f"ontbreekt. Vraag de beheerder van de server: GRANT CREATE ON DATABASE "
            f"\"{target.dbname}\" TO \"{user}\"; of voer de zelftest uit met een rol die dat "
            "recht heeft. Er is niets gewijzigd.")
        if not allowed:
            raise refusal
        try:
            conn.execute(f"CREATE SCHEMA {schema}")
        except psycopg.errors.InsufficientPrivilege as exc:
            raise refusal from exc
    finally:
        conn.close()
    return schema, target.in_schema(schema)


def silence_notifications(target: ServerTarget) -> None:
    """No NOTIFY from the tables of ``target``'s schema (the self-test's writes must not make
    colleagues' windows refresh)."""
    conn = connect(target, autocommit=False)
    try:
        for (table,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"):
            conn.execute(f'DROP TRIGGER IF EXISTS werkplaats_notify ON "{table}"')
        conn.commit()
    finally:
        conn.close()


def drop_scratch_schema(target: ServerTarget, schema: str) -> None:
    """Drop a schema made by :func:`create_scratch_schema` with all it holds."""
    if not schema.startswith(SCRATCH_PREFIX):
        raise ValueError(f"not a self-test schema: {schema}")
    conn = connect(target, autocommit=True)
    try:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    finally:
        conn.close()
