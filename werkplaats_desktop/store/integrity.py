"""Is a database file sound? Checks that read and never write, with results in Dutch.

* :func:`quick_check` runs on every open (``PRAGMA quick_check``: every page and every b-tree
  is walked, without comparing indexes with their tables). A damaged file is refused with
  :class:`DatabaseCorrupt` *before* anything writes to it, so that the damage is not made worse
  and the file can still be handed to a specialist; the GUI then keeps a copy aside and offers
  the newest verified backup (``ui/opening.py``). Its cost is measured by
  ``benchmarks/safety.py``.
* :func:`full_check` is Extra > Database controleren and ``werkplaats check``:
  ``PRAGMA integrity_check`` plus ``PRAGMA foreign_key_check`` plus "is this our file, and
  from a version we know". Its advice follows what it found: a file that is not ours is
  called that (no restore advice); only real damage gets the advice to restore, naming the
  newest backup that passes the check now.
* :func:`journal_state` / :func:`hot_journal` judge a rollback journal next to the file by
  SQLite's own rule, and :func:`finish_interrupted_write` (on every open, under the file's
  lock) lets SQLite roll a hot journal back and removes a journal SQLite would ignore.
  :func:`refuse_if_interrupted` makes every read-only command say the same about a file with
  a hot journal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from werkplaats_desktop.domain import messages
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
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


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of ``path`` (``journal_mode=DELETE``)."""
    return path.with_name(path.name + "-journal")


#: what :func:`journal_state` can say about the journal next to a database
GEEN_JOURNAL = "geen"  # no journal: nothing to do
LEEG_JOURNAL = "leeg"  # an empty journal: SQLite ignores it
NUL_KOP = "nul-kop"  # the header is zeroed: the write never reached the database file
LEGE_DATABASE = "lege-database"  # the database file is empty: SQLite deletes the journal
IN_GEBRUIK = "in-gebruik"  # another connection holds a RESERVED lock: a write in progress
HEET = "heet"  # a hot journal: SQLite rolls it back on the next open for writing


def journal_state(path: Path) -> str:
    """What SQLite would do with the rollback journal next to ``path``; ``HEET`` only when it
    would roll it back. SQLite's own rule (pager.c ``hasHotJournal``; "hot journals" in
    https://www.sqlite.org/fileformat.html and https://www.sqlite.org/lockingv3.html): a
    journal is hot only when it exists, is not empty, its header is not zeroed (SQLite writes
    the header's first bytes as zeros and fills them in only just before it writes into the
    database file, so a write killed before that point leaves a journal SQLite ignores), no
    connection holds a RESERVED lock on the database (a write in progress owns its journal),
    and the database file is not empty.

    The lock is asked of SQLite itself (:func:`_sqlite_sees_hot_journal`): testing it with a
    second file descriptor would release this process's own POSIX locks on the file when that
    descriptor is closed (https://www.sqlite.org/howtocorrupt.html, section 2.2)."""
    journal = journal_path(path)
    try:
        size = journal.stat().st_size
    except OSError:
        return GEEN_JOURNAL
    if size == 0:
        return LEEG_JOURNAL
    try:
        with open(journal, "rb") as f:
            first = f.read(1)
    except OSError:
        return GEEN_JOURNAL
    if first in (b"", b"\x00"):
        return NUL_KOP
    try:
        if path.stat().st_size == 0:
            return LEGE_DATABASE
    except OSError:
        return LEGE_DATABASE
    return HEET if _sqlite_sees_hot_journal(path) else IN_GEBRUIK


def _sqlite_sees_hot_journal(path: Path) -> bool:
    """Ask SQLite: a read-only connection that meets a hot journal cannot roll it back and
    says so with SQLITE_READONLY_ROLLBACK; with a RESERVED lock held elsewhere it reads on."""
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True,
                               isolation_level=None, timeout=0.5)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        return is_hot_journal_error(exc)
    finally:
        conn.close()
    return False


def is_hot_journal_error(exc: BaseException) -> bool:
    """True for the error of a read-only connection that met a hot journal."""
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"


def hot_journal(path: Path) -> Path | None:
    """The rollback journal left by a program that stopped in the middle of a write, when
    SQLite would roll it back (see :func:`journal_state`); otherwise None. SQLite undoes
    that unfinished write when the file is next opened for writing
    (:func:`finish_interrupted_write`)."""
    return journal_path(path) if journal_state(path) == HEET else None


class InterruptedWrite(SchemaError):
    """The file has a hot journal: a read-only command cannot read it until the program has
    rolled the unfinished write back. Nothing has been changed."""


NIET_AFGESLOTEN = QT_TRANSLATE_NOOP(
    "Controle", "'{naam}' is niet afgesloten na een onderbroken schrijfactie: naast het "
    "bestand staat '{journal}' met een wijziging die nog teruggedraaid moet worden. Open het "
    "bestand in Werkplaats Desktop: dat draait de onderbroken wijziging terug, zodat alles "
    "weer is zoals na de laatste voltooide opslag. Het bestand is niet gewijzigd.")


def refuse_if_interrupted(path: Path) -> None:
    """Raise :class:`InterruptedWrite` when ``path`` has a hot journal (read-only commands
    call this first, so that they all say the same about such a file)."""
    if hot_journal(path) is not None:
        raise InterruptedWrite(NIET_AFGESLOTEN.format(naam=path.name,
                                                      journal=journal_path(path).name))


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
    """Let SQLite roll back or discard what a killed write left behind, before the file is
    checked and opened. Call it only while holding the file's lock (``lock.py``): the
    read-only checks cannot do this themselves.

    ``BEGIN IMMEDIATE`` on a connection that may write makes SQLite look at the journal
    first: a hot one is rolled back (and deleted). SQLite then holds the RESERVED lock, so no
    other connection is writing and a journal still there (zeroed header, empty) belongs to no
    transaction: it is deleted, as SQLite itself does with the journal of an empty database.
    Nothing in the database file changes."""
    journal = journal_path(path)
    if not path.is_file() or not journal.exists():
        return
    try:
        conn = connect_raw(path)
    except sqlite3.Error:
        return  # the checks that follow say what is wrong
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if journal.exists():
                journal.unlink()
        finally:
            conn.execute("ROLLBACK")
    except (sqlite3.Error, OSError):
        pass  # not a database, or locked: the checks that follow report it
    finally:
        conn.close()


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


# What ``check`` (and Extra > Database controleren) says, context "Controle".
IN_ORDE = QT_TRANSLATE_NOOP(
    "Controle", "De database '{naam}' is in orde: de opbouw van het bestand klopt en alle "
    "verwijzingen tussen records kloppen.")
HEEFT_PROBLEMEN = QT_TRANSLATE_NOOP("Controle", "De database '{naam}' heeft problemen.")
OPBOUW = QT_TRANSLATE_NOOP("Controle", "Opbouw van het bestand:")
VERBROKEN = QT_TRANSLATE_NOOP("Controle", "Verbroken verwijzingen ({n}):")
VERBROKEN_REGEL = QT_TRANSLATE_NOOP(
    "Controle", "tabel {tabel}, rij {rij}: verwijst naar een {ouder} die niet bestaat")
GEEN_WERKPLAATS_BESTAND = QT_TRANSLATE_NOOP(
    "Controle", "'{naam}' is geen Werkplaats-bestand: {waarom}. Er is niets aan gewijzigd. "
    "Kies het databasebestand van Werkplaats Desktop (meestal werkplaats.sqlite).")
WAAROM_LEEG = QT_TRANSLATE_NOOP("Controle", "het bestand is leeg")
WAAROM_GEEN_SQLITE = QT_TRANSLATE_NOOP("Controle", "het is geen SQLite-database")
WAAROM_NIET_ONS = QT_TRANSLATE_NOOP(
    "Controle", "het is een SQLite-database van een ander programma")
ONDERBROKEN = QT_TRANSLATE_NOOP(
    "Controle", "Er staat een onafgemaakte wijziging in {journal} (het programma is midden in "
    "het opslaan gestopt). Open het bestand in Werkplaats Desktop: dat draait die wijziging "
    "terug. Controleer daarna opnieuw.")
HERSTEL_BACKUP = QT_TRANSLATE_NOOP(
    "Controle", "De nieuwste goede backup is van {wanneer}: {pad}. Zet die terug met Bestand > "
    "Herstellen uit backup, en bewaar dit bestand voor een specialist.")
GEEN_BACKUP = QT_TRANSLATE_NOOP(
    "Controle", "Er is geen goede backup van dit bestand gevonden in {map}. Bewaar het bestand "
    "voor een specialist en werk er niet in verder.")
SCHEMAVERSIE = QT_TRANSLATE_NOOP("Controle", "Schemaversie: {versie}.")
NIEUWERE_VERSIE = QT_TRANSLATE_NOOP(
    "Controle", "Let op: schemaversie {versie} is nieuwer dan deze versie van het programma "
    "kent ({kent}).")

#: what :func:`full_check` found, which decides the advice
SOUND, MISSING, FOLDER, FOREIGN, INTERRUPTED, DAMAGED = (
    "in-orde", "bestaat-niet", "map", "vreemd", "onderbroken", "beschadigd")

Translate = Callable[[str, str], str]


def _plain(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Finding:
    """One finding: a Dutch template (context "Controle") and its values; ``detail`` is
    SQLite's own words (English), shown as they are."""

    template: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = "Controle"

    def format(self, translate: Translate | None = None) -> str:
        t = translate or _plain
        params = {k: v.text(translate) if isinstance(v, messages.Message)
                  else t("Controle", str(v)) if k == "waarom" else v
                  for k, v in self.params.items()}
        return t(self.context, self.template).format(**params)


@dataclass
class CheckResult:
    """What :func:`full_check` found. ``sound`` when there is nothing to report; ``kind``
    says what sort of problem it is, which decides the advice."""

    path: Path
    problems: list[str] = field(default_factory=list)
    broken_references: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = SOUND
    findings: list[Finding] = field(default_factory=list)
    notes_found: list[Finding] = field(default_factory=list)
    #: for a damaged file: the newest backup that passes the check now (path, when), if any
    newest_backup: tuple[Path, datetime] | None = None
    backup_folder: Path | None = None

    @property
    def sound(self) -> bool:
        return not self.problems and not self.broken_references and not self.findings

    def report(self, translate: Translate | None = None,
               when: Callable[[datetime], str] | None = None) -> str:
        """The result as text for a dialog or the terminal: Dutch, or through ``translate``
        (``translate(context, text)``, the GUI's translation)."""
        t = translate or _plain
        name = self.path.name
        if self.sound:
            lines = [t("Controle", IN_ORDE).format(naam=name)]
        elif self.kind in (MISSING, FOLDER, FOREIGN, INTERRUPTED):
            lines = [f.format(translate) for f in self.findings]
        else:
            lines = [t("Controle", HEEFT_PROBLEMEN).format(naam=name)]
            if self.problems or self.findings:
                lines.append(t("Controle", OPBOUW))
                lines.extend(f"  - {f.format(translate)}" for f in self.findings)
                lines.extend(f"  - {p}" for p in self.problems)
            if self.broken_references:
                lines.append(t("Controle", VERBROKEN).format(n=len(self.broken_references)))
                lines.extend(f"  - {r}" for r in self.broken_references[:MAX_PROBLEMS])
            if self.newest_backup is not None:
                backup, stamp = self.newest_backup
                shown = when(stamp) if when else stamp.strftime("%d-%m-%Y %H:%M")
                lines.append(t("Controle", HERSTEL_BACKUP).format(wanneer=shown, pad=backup))
            else:
                lines.append(t("Controle", GEEN_BACKUP).format(map=self.backup_folder or "?"))
        lines.extend(self.notes)
        lines.extend(f.format(translate) for f in self.notes_found)
        return "\n".join(lines)


def full_check(path: Path, backup_root: Path | None = None) -> CheckResult:
    """Integrity, foreign keys, and whether the file is ours and known. Read-only.

    For a damaged file the newest backup that passes the check now is looked up in
    ``backup_root`` (the standard backup folder when None), to name it in the advice."""
    path = Path(path)
    result = CheckResult(path)
    if path.is_dir():
        folder = messages.is_folder(path)
        result.kind = FOLDER
        result.findings.append(Finding(folder.template, dict(folder.params), folder.context))
        return result
    try:
        empty = path.stat().st_size == 0
        with open(path, "rb"):
            pass  # readable?
    except OSError as exc:
        said = messages.os_error(exc, path)
        result.kind = MISSING
        result.findings.append(Finding(said.template, dict(said.params), said.context))
        return result
    if empty:
        return _found(result, FOREIGN, GEEN_WERKPLAATS_BESTAND, naam=path.name,
                      waarom=WAAROM_LEEG)
    if not looks_like_sqlite(path):
        return _found(result, FOREIGN, GEEN_WERKPLAATS_BESTAND, naam=path.name,
                      waarom=WAAROM_GEEN_SQLITE)
    try:
        conn = connect_raw(path, readonly=True)
        try:
            result.problems = _problems(
                conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall())
            if not result.problems:
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                    result.broken_references.append(
                        VERBROKEN_REGEL.format(tabel=table, rij=rowid, ouder=parent))
                _identify(conn, result)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_hot_journal_error(exc) or hot_journal(path) is not None:
            return _found(result, INTERRUPTED, ONDERBROKEN, journal=journal_path(path).name)
        result.problems.append(str(exc))
    if result.kind == SOUND and not result.sound:
        result.kind = DAMAGED
    if result.kind == DAMAGED:
        from werkplaats_desktop.locations import default_backup_dir
        from werkplaats_desktop.store.backups import BackupSet  # (imports this module)

        backups = BackupSet(path, backup_root or default_backup_dir())
        result.backup_folder = backups.folder
        newest = backups.newest_sound()
        if newest is not None:
            result.newest_backup = (newest.path, newest.when)
    return result


def _found(result: CheckResult, kind: str, template: str, **params: object) -> CheckResult:
    result.kind = kind
    result.findings.append(Finding(template, params))
    return result


def _identify(conn: sqlite3.Connection, result: CheckResult) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    has_version = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0]
    revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version else None)
    if app_id != APPLICATION_ID or revision is None:
        _found(result, FOREIGN, GEEN_WERKPLAATS_BESTAND, naam=result.path.name,
               waarom=WAAROM_NIET_ONS)
    elif revision[0] not in known_revisions():
        result.notes_found.append(Finding(NIEUWERE_VERSIE, {"versie": revision[0],
                                                            "kent": head_revision()}))
    else:
        result.notes_found.append(Finding(SCHEMAVERSIE, {"versie": revision[0]}))
