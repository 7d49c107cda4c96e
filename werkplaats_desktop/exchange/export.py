"""Writing an export: the landelijk overzicht (one CSV, or an Excel workbook to read:
``xlsx.py``) or the full export (a ZIP with one CSV per kind of record and ``manifest.json``).

The work runs on a connection of its own (``Database.worker_session``), so the GUI can run it
in the background. SQLite formats and guards every cell (see ``columns.py``); Python streams
the rows to ``csv.writer`` in batches, reporting progress and checking for Cancel between
batches. The target is written atomically (``files.atomic_target``): cancelled or failed, the
old file is still there and no half file is left behind.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from werkplaats_desktop import __version__
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange import landelijk, manifest
from werkplaats_desktop.exchange.files import atomic_target
from werkplaats_desktop.exchange.formats import LANDELIJK, VOLLEDIG
from werkplaats_desktop.exchange.profiles import EXCEL_NL, LINE_END, Profile
from werkplaats_desktop.exchange.xlsx import write_xlsx
from werkplaats_desktop.services.progress import SILENT, Progress
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.types import utcnow

BATCH = 5000


@dataclass(frozen=True)
class ExportOptions:
    soort: str = LANDELIJK
    profiel: Profile = EXCEL_NL
    #: names, e-mail and phone of contact persons (only in a full export)
    persoonsgegevens: bool = False
    #: the landelijk overzicht as an Excel workbook (.xlsx, ``xlsx.py``) instead of a CSV
    excel: bool = False


@dataclass
class ExportResult:
    path: Path
    soort: str
    rows: dict[str, int] = field(default_factory=dict)


class _Hashing(io.RawIOBase):
    """Passes bytes on to ``sink`` and keeps their SHA-256 (for the manifest)."""

    def __init__(self, sink: IO[bytes]):
        self.sink = sink
        self.sha = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.sha.update(data)
        self.sink.write(data)
        return len(data)


class _Rows:
    """Streams query results into a CSV and counts them, with progress and Cancel."""

    def __init__(self, conn: sqlite3.Connection, progress: Progress, total: int):
        self.conn = conn
        self.progress = progress
        self.total = total
        self.done = 0

    def write(
        self, binary: IO[bytes], profile: Profile, header: list[str], sql: str, label: str,
        digest: bool = True,
    ) -> tuple[int, str]:
        """Write the CSV; its SHA-256 (for a manifest) only when ``digest``."""
        hashing = _Hashing(binary) if digest else None
        buffered = io.BufferedWriter(hashing or binary, 1 << 16)  # type: ignore[type-var,arg-type]
        text = io.TextIOWrapper(buffered, encoding="utf-8", newline="")
        if profile.bom:
            text.write("\ufeff")
        writer = csv.writer(
            text, delimiter=profile.delimiter, lineterminator=LINE_END, quoting=csv.QUOTE_MINIMAL
        )
        writer.writerow(header)
        count = 0
        cursor = self.conn.execute(sql)
        while batch := cursor.fetchmany(BATCH):
            writer.writerows(batch)
            count += len(batch)
            self.done += len(batch)
            self.progress.report(self.done, self.total, label)
            self.progress.check()
        text.flush()
        text.detach()
        return count, hashing.sha.hexdigest() if hashing is not None else ""


@contextmanager
def _connection(db: Database) -> Iterator[sqlite3.Connection]:
    with db.worker_session() as session:
        yield session.connection().connection.driver_connection  # type: ignore[misc]


def export(
    db: Database,
    target: Path,
    options: ExportOptions = ExportOptions(),
    progress: Progress = SILENT,
) -> ExportResult:
    """Write the export to ``target``; raises ``files.ExportError`` (Dutch) when the target
    cannot be written and ``progress.Cancelled`` when the user stopped it."""
    target = Path(target)
    if db.is_server:  # through a SQLite working copy: the same files as from a file
        from werkplaats_desktop.exchange.server import export_from_server

        result: ExportResult = export_from_server(
            db, lambda copy: export(copy, target, options, progress))
        return result
    with _connection(db) as conn, atomic_target(target) as tmp:
        if options.soort == VOLLEDIG:
            rows = _full(conn, tmp, options, progress)
        elif options.excel:
            rows = {"landelijk": write_xlsx(conn, tmp, progress)}
        else:
            rows = _landelijk(conn, tmp, options.profiel, progress, target.name)
        progress.check()
    return ExportResult(target, options.soort, rows)


def _landelijk(
    conn: sqlite3.Connection, tmp: Path, profile: Profile, progress: Progress, label: str
) -> dict[str, int]:
    """``label``: what the progress says is being written (the target's name, never the
    temporary file's)."""
    total = conn.execute(landelijk.count_sql()).fetchone()[0]
    writer = _Rows(conn, progress, total)
    with open(tmp, "wb") as handle:
        count, _sha = writer.write(  # one file, no manifest: no digest to compute
            handle, profile, landelijk.NAMES, landelijk.select_sql(profile, utcnow()), label,
            digest=False,
        )
    return {"landelijk": count}


def _eigen(conn: sqlite3.Connection) -> manifest.WerkplaatsRef | None:
    row = conn.execute("SELECT w.uuid, w.code, w.naam FROM meta m JOIN werkplaats w "
                       "ON w.uuid = m.waarde WHERE m.sleutel = 'eigen_werkplaats'").fetchone()
    return manifest.WerkplaatsRef(*row) if row else None


def _jaarstatus(conn: sqlite3.Connection, eigen: manifest.WerkplaatsRef | None
                ) -> list[manifest.JaarEntry]:
    """The closed years the export reports: of its eigen werkplaats (its records are the only
    ones it brings), or of every werkplaats in a file without one."""
    sql = ("SELECT w.uuid, w.code, j.jaar, j.status FROM jaarstatus j JOIN werkplaats w "
           "ON w.id = j.werkplaats_id")
    rows = conn.execute(sql + (" WHERE w.uuid = ?" if eigen else "") + " ORDER BY w.code, j.jaar",
                        (eigen.uuid,) if eigen else ())
    return [manifest.JaarEntry(*row) for row in rows]


def _full(
    conn: sqlite3.Connection, tmp: Path, options: ExportOptions, progress: Progress
) -> dict[str, int]:
    files = F.files_for(options.persoonsgegevens)
    total = sum(conn.execute(f"SELECT count(*) FROM {f.table}").fetchone()[0] for f in files)
    writer = _Rows(conn, progress, total)
    entries = []
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for fmt in files:
            with archive.open(fmt.file, "w", force_zip64=True) as member:
                count, sha = writer.write(
                    member,
                    options.profiel,
                    fmt.names(options.persoonsgegevens),
                    fmt.select_sql(options.profiel, options.persoonsgegevens),
                    fmt.file,
                )
            entries.append(manifest.FileEntry(fmt.file, count, sha))
        werkplaatsen = [
            {"uuid": u, "naam": n, "code": c}
            for u, n, c in conn.execute("SELECT uuid, naam, code FROM werkplaats ORDER BY naam")
        ]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        eigen = _eigen(conn)
        if eigen is not None:
            bron: dict[str, str] | None = {"uuid": eigen.uuid, "naam": eigen.naam}
        else:
            bron = ({"uuid": werkplaatsen[0]["uuid"], "naam": werkplaatsen[0]["naam"]}
                    if len(werkplaatsen) == 1 else None)
        man = manifest.Manifest(
            formaatversie=F.FORMAT_VERSION,
            programmaversie=__version__,
            schemaversie=revision,
            exportdatum=utcnow(),
            profiel=options.profiel.key,
            persoonsgegevens=options.persoonsgegevens,
            bron_werkplaats=bron,
            werkplaatsen=werkplaatsen,
            bestanden=entries,
            eigen_werkplaats=eigen,
            jaarstatus=_jaarstatus(conn, eigen),
        )
        archive.writestr(manifest.NAME, man.to_json().encode("utf-8"))
    return {e.naam: e.rijen for e in entries}
