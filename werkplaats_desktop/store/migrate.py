"""Bringing a database file to the current schema, the one way: Alembic ``upgrade head``.

A new file and an old file take the same path. Before anything is written:

* the file is inspected read-only: a file that is not ours, or that was made by a newer
  version of the program (its revision is unknown here), is refused and left untouched;
* when an existing file needs an upgrade, a verified backup is made first.

All revisions then run in one transaction with foreign keys off (SQLite needs that to rebuild a
table without cascading deletes), followed by ``PRAGMA foreign_key_check``; any error rolls the
whole upgrade back, leaving the file as it was.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from werkplaats_desktop.domain.messages import MessageError, is_folder, os_error
from werkplaats_desktop.locations import migrations_dir
from werkplaats_desktop.store.engine import APPLICATION_ID, BEGIN_MODE, connect_raw, make_engine
from werkplaats_desktop.store.filecopy import backup_name, copy_database

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class SchemaError(MessageError):
    """The file cannot be opened as a Werkplaats database; the message is Dutch and says why
    (a :class:`~werkplaats_desktop.domain.messages.Message` when it can be translated). The
    file has not been changed."""


class DatabaseTooNew(SchemaError):
    pass


class NotAWerkplaatsDatabase(SchemaError):
    pass


class MigrationFailed(SchemaError):
    pass


@dataclass(frozen=True)
class FileState:
    exists: bool
    revision: str | None
    application_id: int
    table_count: int

    @property
    def blank(self) -> bool:
        """No file yet, or an empty SQLite file: a new database will be created."""
        return not self.exists or (self.table_count == 0 and self.application_id == 0)


@dataclass(frozen=True)
class UpgradeReport:
    created: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_HEADER_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.M)


@lru_cache(maxsize=1)
def revision_graph() -> dict[str, str | None]:
    """Each revision in ``db/versions`` with the one it follows, read from the files' header
    lines. Opening a file only needs to know which revisions exist; importing Alembic for
    that (with Mako and its script loader) cost a fifth of a second on every start. Alembic
    itself runs the upgrades, and a test checks that this graph equals Alembic's."""
    graph: dict[str, str | None] = {}
    for file in sorted((migrations_dir() / "versions").glob("*.py")):
        header = dict(_HEADER_LINE.findall(file.read_text(encoding="utf-8")))
        if "revision" in header:
            graph[ast.literal_eval(header["revision"])] = ast.literal_eval(
                header.get("down_revision", "None"))
    return graph


def forget_revisions() -> None:
    """Read ``db/versions`` again next time (for tests that add a revision)."""
    revision_graph.cache_clear()
    script_directory.cache_clear()


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - set(graph.values())
    if len(heads) != 1:
        raise RuntimeError(f"db/versions heeft {len(heads)} eindpunten: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def inspect_file(path: Path) -> FileState:
    """Read, never write: what kind of file is at ``path``?"""
    if path.is_dir():
        raise NotAWerkplaatsDatabase(is_folder(path))
    if path.exists():
        try:
            with open(path, "rb"):
                pass  # readable at all? (a sentence, instead of SQLite's "unable to open")
        except OSError as exc:
            raise NotAWerkplaatsDatabase(os_error(exc, path)) from exc
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None, application_id=0, table_count=0)
    try:
        conn = connect_raw(path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        from werkplaats_desktop.store import integrity  # (it imports this module)

        if integrity.is_hot_journal_error(exc):  # never "not a database" for that
            integrity.refuse_if_interrupted(path)
        raise NotAWerkplaatsDatabase(
            f"'{path.name}' is geen leesbare database ({exc}). Het bestand is niet gewijzigd."
        ) from exc
    return FileState(exists=True, revision=revision, application_id=app_id,
                     table_count=len(tables))


def check_openable(state: FileState, path: Path) -> None:
    """Refuse files that are not ours or are too new, before anything is written."""
    if state.blank:
        return
    if state.application_id != APPLICATION_ID or state.revision is None:
        raise NotAWerkplaatsDatabase(
            f"'{path.name}' is geen database van Werkplaats Desktop. "
            "Het bestand is niet gewijzigd."
        )
    if state.revision not in known_revisions():
        raise DatabaseTooNew(
            f"'{path.name}' is gemaakt met een nieuwere versie van Werkplaats Desktop "
            f"(schemaversie {state.revision}; deze versie kent tot en met {head_revision()}). "
            "Installeer de nieuwste versie om dit bestand te openen. "
            "Het bestand is niet gewijzigd."
        )


def _discard_if_new(path: Path, state: FileState) -> None:
    """A database that failed to come into existence leaves no file behind."""
    if not state.exists:
        for leftover in (path, path.with_name(path.name + "-journal")):
            leftover.unlink(missing_ok=True)


def upgrade(path: Path, backup_dir: Path | None = None) -> UpgradeReport:
    """Create or upgrade the database at ``path`` to the newest schema (see module docstring)."""
    state = inspect_file(path)
    check_openable(state, path)
    head = head_revision()
    if state.revision == head:
        return UpgradeReport(created=False, from_revision=head, to_revision=head, backup=None)

    backup = None
    if not state.blank:
        folder = backup_dir or path.parent
        backup = copy_database(path, folder / backup_name(path, f"voor-upgrade-{state.revision}"))

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            try:
                with conn.begin():
                    command.upgrade(cfg, "head")
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationFailed(
                            f"Na de upgrade klopten {len(broken)} verwijzingen niet "
                            f"(eerste: tabel {broken[0][0]}). De upgrade is teruggedraaid."
                        )
            except SchemaError:
                _discard_if_new(path, state)
                raise
            except Exception as exc:
                _discard_if_new(path, state)
                where = f" Een kopie van vóór de upgrade staat in {backup}." if backup else ""
                raise MigrationFailed(
                    f"De database '{path.name}' kon niet worden bijgewerkt naar schemaversie "
                    f"{head}: {exc}. Er is niets gewijzigd.{where}"
                ) from exc
    finally:
        engine.dispose()
    return UpgradeReport(
        created=state.blank, from_revision=state.revision, to_revision=head, backup=backup
    )
