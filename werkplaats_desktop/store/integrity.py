"""Is a database file sound? Checks that read and never write, with results in Dutch.

* :func:`quick_check` runs on every open (``PRAGMA quick_check``: every page and every b-tree
  is walked, without comparing indexes with their tables). A damaged file is refused with
  :class:`DatabaseCorrupt` *before* anything writes to it, so that the damage is not made worse
  and the file can still be handed to a specialist; the GUI then keeps a copy aside and offers
  the newest verified backup (``ui/opening.py``). Its cost is measured by
  ``benchmarks/safety.py``.
* :func:`full_check` is Extra > Database controleren and ``werkplaats check``:
  ``PRAGMA integrity_check`` plus ``PRAGMA foreign_key_check`` plus "is this our file, and
  from a version we know".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from werkplaats_desktop.store.engine import APPLICATION_ID, connect_raw
from werkplaats_desktop.store.migrate import SchemaError, head_revision, known_revisions

SQLITE_MAGIC = b"SQLite format 3\x00"

#: At most this many problems are listed (a badly damaged file can have thousands).
MAX_PROBLEMS = 20


class DatabaseCorrupt(SchemaError):
    """The file is damaged; it has not been written to. ``problems`` says what SQLite found."""

    def __init__(self, message: str, path: Path, problems: list[str]):
        super().__init__(message)
        self.path = path
        self.problems = problems


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header: damage then means a damaged database,
    not some other kind of file."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def hot_journal(path: Path) -> Path | None:
    """The rollback journal left by a program that stopped in the middle of a write, if any.
    SQLite undoes that unfinished write the next time the file is opened for writing."""
    journal = path.with_name(path.name + "-journal")
    return journal if journal.exists() and journal.stat().st_size > 0 else None


def _problems(rows: list[tuple[str]]) -> list[str]:
    lines: list[str] = []
    for (text,) in rows:
        lines.extend(line.strip() for line in str(text).splitlines() if line.strip())
    return [line for line in lines if line != "ok" and not line.startswith("*** in database")]


def quick_check(path: Path) -> list[str]:
    """Problems found by ``PRAGMA quick_check`` (empty: sound). Read-only."""
    try:
        conn = connect_raw(path, readonly=True)
        try:
            return _problems(conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def finish_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a write that a crash left unfinished (its hot journal), as any
    connection that may write does on first use. Call it only while holding the file's lock
    (``lock.py``); the read-only checks below cannot do it themselves."""
    if not path.exists() or hot_journal(path) is None:
        return
    try:
        conn = connect_raw(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # the quick check that follows reports it


def raise_if_corrupt(path: Path) -> None:
    """Raise :class:`DatabaseCorrupt` when ``path`` is a damaged SQLite file (a file that is
    not SQLite at all is left for the migration runner to refuse as foreign)."""
    if not path.exists() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        return
    problems = quick_check(path)
    if problems:
        raise DatabaseCorrupt(
            f"'{path.name}' is beschadigd: {problems[0]}. Het bestand is niet gewijzigd.",
            path, problems)


@dataclass
class CheckResult:
    """What :func:`full_check` found. ``sound`` when there is nothing to report."""

    path: Path
    problems: list[str] = field(default_factory=list)
    broken_references: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems and not self.broken_references

    def report(self) -> str:
        """The result as Dutch text for a dialog or the terminal."""
        if self.sound:
            lines = [f"De database '{self.path.name}' is in orde: de opbouw van het bestand "
                     "klopt en alle verwijzingen tussen records kloppen."]
        else:
            lines = [f"De database '{self.path.name}' heeft problemen."]
            if self.problems:
                lines.append("Opbouw van het bestand:")
                lines.extend(f"  - {p}" for p in self.problems)
            if self.broken_references:
                lines.append(f"Verbroken verwijzingen ({len(self.broken_references)}):")
                lines.extend(f"  - {r}" for r in self.broken_references[:MAX_PROBLEMS])
            lines.append("Herstel uit de nieuwste backup (Bestand > Herstellen uit backup) of "
                         "bewaar het bestand voor een specialist.")
        lines.extend(self.notes)
        return "\n".join(lines)


def full_check(path: Path) -> CheckResult:
    """Integrity, foreign keys, and whether the file is ours and known. Read-only."""
    result = CheckResult(path)
    if not path.exists():
        result.problems.append(f"Het bestand {path} bestaat niet.")
        return result
    if not looks_like_sqlite(path):
        result.problems.append("Dit is geen SQLite-database.")
        return result
    journal = hot_journal(path)
    try:
        conn = connect_raw(path, readonly=True)
        try:
            result.problems = _problems(
                conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall())
            if not result.problems:
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                    result.broken_references.append(
                        f"tabel {table}, rij {rowid}: verwijst naar een {parent} die niet bestaat")
                _identify(conn, result)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if journal is not None:
            result.problems.append(
                f"Er staat een onafgemaakte wijziging in {journal.name} (het programma is "
                "midden in het opslaan gestopt). Open het bestand in Werkplaats Desktop: dat "
                "draait die wijziging terug. Controleer daarna opnieuw.")
        else:
            result.problems.append(str(exc))
    return result


def _identify(conn: sqlite3.Connection, result: CheckResult) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    has_version = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0]
    revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version else None)
    if app_id != APPLICATION_ID or revision is None:
        result.problems.append("Dit is geen database van Werkplaats Desktop.")
    elif revision[0] not in known_revisions():
        result.notes.append(f"Let op: schemaversie {revision[0]} is nieuwer dan deze versie van "
                            f"het programma kent ({head_revision()}).")
    else:
        result.notes.append(f"Schemaversie: {revision[0]}.")
