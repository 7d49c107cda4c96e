"""Exports and imports on a server database (PostgreSQL), through a SQLite working copy.

See store/pg_copy.py: the formats, checks and matching run on SQLite unchanged, so an export
from the server equals one from a file, and an import into the server is checked as into a
file. Also: a werkplaats's own database file (``eigen.sqlite``) as the source of an import,
read as its full export (with contact persons: it moves one organisation's own data).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from werkplaats_desktop.services.progress import SILENT, Progress
from werkplaats_desktop.store import Database
from werkplaats_desktop.store.integrity import looks_like_sqlite
from werkplaats_desktop.store.pg_copy import working_copy


class _Unchanged(Exception):
    """Leave the server database as it was (a refused import)."""


def export_from_server(db: Database, run: Callable[[Database], Any]) -> Any:
    """``run`` (an export) on a consistent SQLite copy of the server database."""
    with tempfile.TemporaryDirectory(prefix="werkplaats-") as folder, \
            db.worker_session() as session:
        conn = session.connection()
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        with working_copy(conn, Path(folder), write=False) as path:
            copy = Database.open(path)
            try:
                return run(copy)
            finally:
                copy.close()


def import_into_server(db: Database, run: Callable[[Database], Any]) -> Any:
    """``run`` (an import, returning an ImportReport) on a SQLite copy of the server database,
    written back to the server in the same locked transaction when the import was written."""
    result: Any = None
    try:
        with tempfile.TemporaryDirectory(prefix="werkplaats-") as folder, \
                db.worker_session(write=True) as session:
            conn = session.connection()
            with working_copy(conn, Path(folder), write=True) as path:
                copy = Database.open(path)
                try:
                    result = run(copy)
                finally:
                    copy.close()
                if not getattr(result, "written", False):
                    raise _Unchanged
    except _Unchanged:
        pass
    return result


def as_exports(paths: list[Path], folder: Path, progress: Progress = SILENT) -> list[Path]:
    """Each database file among ``paths`` replaced by its full export (made in ``folder``);
    other files (exports) unchanged."""
    from werkplaats_desktop.exchange.export import ExportOptions, export
    from werkplaats_desktop.exchange.formats import VOLLEDIG

    out = []
    for path in paths:
        if path.is_file() and looks_like_sqlite(path):
            zip_path = folder / (path.stem + ".zip")
            with Database.open_readonly(path) as source:
                export(source, zip_path, ExportOptions(soort=VOLLEDIG, persoonsgegevens=True),
                       progress)
            out.append(zip_path)
        else:
            out.append(path)
    return out
