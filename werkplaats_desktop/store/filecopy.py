"""Verified copies of a database file (``backups.py`` keeps, thins and restores them).

A copy is made with SQLite's online backup API (consistent even while the program has the file
open), written to a temporary file in the target folder, opened and checked with
``PRAGMA integrity_check``, and only then renamed to its final name; so a file with a final
name in the backup folder is always a complete, sound database.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from werkplaats_desktop.store.engine import connect_raw


class BackupError(Exception):
    """A backup could not be made or did not verify; the message is Dutch."""


def verify(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` is a sound SQLite database."""
    try:
        conn = connect_raw(path, readonly=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"De kopie {path.name} is geen leesbare database: {exc}") from exc
    if result != [("ok",)]:
        raise BackupError(f"De kopie {path.name} is beschadigd: {result[0][0]}")
    if problems:
        raise BackupError(f"De kopie {path.name} heeft {len(problems)} verbroken verwijzingen.")


def copy_database(source: Path | sqlite3.Connection, target: Path) -> Path:
    """Copy ``source`` (a path or an open connection) to ``target``, verified, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    own = isinstance(source, Path)
    src = connect_raw(source, readonly=True) if isinstance(source, Path) else source
    try:
        dest = sqlite3.connect(temporary)
        try:
            src.backup(dest)
        finally:
            dest.close()
        verify(temporary)
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise BackupError(f"De kopie naar {target} is mislukt: {exc}") from exc
    finally:
        if own:
            src.close()
        temporary.unlink(missing_ok=True)
    return target


def backup_name(database: Path, reason: str, when: datetime | None = None) -> str:
    """``werkplaats-2026-11-24T101500-voor-upgrade-0001.sqlite``: sortable by time."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%dT%H%M%S")
    return f"{database.stem}-{stamp}-{reason}.sqlite"
