"""Importing exports: everything checked first, then everything written in one transaction.

``import_files(db, paths)`` reads each path (a full export as ZIP or folder, or a landelijk
overzicht CSV), and then, on a connection of its own and inside one ``BEGIN IMMEDIATE``
transaction, plans every row (``plan.py``), checks every row (``checks.py``), and only when
there is no error at all writes (``writing.py``) and commits. An error anywhere, a Cancel
(checked before the commit) or a failure while writing rolls everything back: the database is
then exactly as it was. The report lists every problem found, not just the first.

Records are keyed on their UUIDs: importing the same export again updates the same records
and adds nothing; records keep the werkplaats they came from.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from werkplaats_desktop import __version__
from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.checks import Checks
from werkplaats_desktop.exchange.plan import Plan, code_lists
from werkplaats_desktop.exchange.reading import KOLOM_NODIG, Source, read_source
from werkplaats_desktop.exchange.report import (
    FOUT,
    WAARSCHUWING,
    ImportReport,
    Problem,
    Problems,
)
from werkplaats_desktop.exchange.writing import Writer
from werkplaats_desktop.services.progress import SILENT, Progress
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.types import utcnow

LEZEN = QT_TRANSLATE_NOOP("Uitwisseling", "Lezen: {bestand}")
CONTROLEREN = QT_TRANSLATE_NOOP("Uitwisseling", "Controleren...")
SCHRIJVEN = QT_TRANSLATE_NOOP("Uitwisseling", "Opslaan...")
OUDERE_EXPORT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Eerder is een nieuwere export van {naam} ingelezen (van "
    "{eerder}); deze is van {datum}. Wat sindsdien in die "
    "werkplaats is veranderd, gaat terug naar deze oudere stand.",
)


class _Refused(Exception):
    """Rolls the import's transaction back after the report got its errors."""


def import_files(
    db: Database, paths: Sequence[Path | str], progress: Progress = SILENT
) -> ImportReport:
    """Import ``paths`` into ``db`` as one transaction; the report says what happened. Raises
    ``progress.Cancelled`` when stopped (nothing written)."""
    collecting = gc.isenabled()
    gc.disable()  # 100 000 rows are a million objects, none of them cyclic garbage: the
    try:  # collector would scan them over and over (it made imports 3x slower)
        return _import(db, [Path(p) for p in paths], progress)
    finally:
        if collecting:
            gc.enable()


def _import(db: Database, paths: list[Path], progress: Progress) -> ImportReport:
    report = ImportReport(bestanden=[p.name for p in paths])
    sources: list[Source] = []
    with db.worker_session() as session:
        codes = code_lists(session.connection().connection.driver_connection)  # type: ignore[arg-type]
    for i, path in enumerate(paths):
        progress.report(i, len(paths), LEZEN.format(bestand=path.name))
        source = read_source(path, report.problems, codes)
        if source is not None:
            sources.append(source)
        progress.check()
    report.cut_short = any(s.cut_short for s in sources)
    cell_errors = sum(s.cell_errors for s in sources)
    # errors in single cells are reported with the rules (as the plan would); anything else
    # wrong with the files, or too many errors to keep the rows, ends the import here
    if report.problems.errors > cell_errors or report.cut_short or not sources:
        _in_file_order(report)
        return report
    total = 2 * sum(len(t.rows) for s in sources for t in s.tables.values()) or 1
    done = 0

    def step(n: int, message: str) -> None:
        nonlocal done
        done += n
        progress.report(min(done, total), total, message)
        progress.check()

    try:
        with db.worker_session(write=True) as session:
            conn: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
            plan = Plan(conn, report)
            for fmt in F.FILES:
                if fmt.link_of is None:
                    for source in sources:
                        plan.add_records(source, fmt)
            for fmt in F.FILES:
                if fmt.link_of is not None:
                    for source in sources:
                        plan.add_links(source, fmt)
            step(0, CONTROLEREN)
            Checks(plan).run(lambda n: step(n, CONTROLEREN))
            if report.refused:
                _missing_columns(report, sources)
                raise _Refused
            _warn_older(conn, sources, report)
            writer = Writer(plan, lambda n: step(n, SCHRIJVEN))
            try:
                writer.run(sources)
            except sqlite3.IntegrityError as exc:
                report.add(
                    Problem(
                        ", ".join(report.bestanden),
                        None,
                        None,
                        None,
                        v.PAST_NIET,
                        {"fout": exc},
                        context="Validatie",
                    )
                )
                raise _Refused from exc
            _log(conn, sources, report)
            progress.check()  # the last moment a Cancel leaves nothing behind
    except _Refused:
        _in_file_order(report)
        return report
    _in_file_order(report)
    report.written = True
    report.tables = frozenset(writer.tables | {"import_log"})
    return report


def _missing_columns(report: ImportReport, sources: list[Source]) -> None:
    """"O is verplicht" in every row of a file without an ``o`` column: one problem saying
    the column is missing (with the number of rows that need it) instead of one per row."""
    headers: dict[str, set[str]] = {}
    for source in sources:
        headers.update(source.headers)

    def missing(p: Problem) -> bool:
        return (p.template == v.VERPLICHT and p.context == "Validatie" and p.kolom is not None
                and p.bestand in headers and p.kolom not in headers[p.bestand])

    problems = report.problems
    counts: dict[tuple[str, str], list[object]] = {}
    kept = []
    for p in problems:
        if missing(p):
            entry = counts.setdefault((p.bestand, p.kolom), [0, p])  # type: ignore[arg-type]
            entry[0] += 1  # type: ignore[operator]
        else:
            kept.append(p)
    overflow = {}
    for key, o in problems.overflow.items():
        if missing(o.example):
            entry = counts.setdefault((o.example.bestand, o.example.kolom), [0, o.example])  # type: ignore[arg-type]
            entry[0] += o.count  # type: ignore[operator]
        else:
            overflow[key] = o
    if not counts:
        return
    new = Problems(limit=problems.limit)
    for (bestand, kolom), (n, example) in counts.items():
        veld = example.params.get("veld", kolom)  # type: ignore[attr-defined]
        new.append(Problem(bestand, 1, kolom, None, KOLOM_NODIG,
                           {"kolom": kolom, "n": n, "veld": veld}))
    new.extend(kept)
    for key, o in overflow.items():
        new.overflow[key] = o
        if o.example.ernst == FOUT:
            new.errors += o.count
        else:
            new.warnings += o.count
    report.problems = new


def _in_file_order(report: ImportReport) -> None:
    """Problems by file and row, as a person goes through them (found in another order: the
    cells first, the rules between records after)."""
    order = {name: i for i, name in enumerate(dict.fromkeys(p.bestand for p in report.problems))}
    report.problems.sort(key=lambda p: (order[p.bestand], p.rij or 0))


def _warn_older(conn: sqlite3.Connection, sources: list[Source], report: ImportReport) -> None:
    for source in sources:
        man = source.manifest
        if man is None or not man.bron_werkplaats:
            continue
        row = conn.execute(
            "SELECT max(exportdatum) FROM import_log WHERE bron_werkplaats_uuid = ?",
            (man.bron_werkplaats.get("uuid"),),
        ).fetchone()
        if row and row[0] and row[0][:19] > man.exportdatum.strftime("%Y-%m-%d %H:%M:%S"):
            report.add(
                Problem(
                    source.label,
                    None,
                    None,
                    None,
                    OUDERE_EXPORT,
                    {
                        "naam": man.bron_werkplaats.get("naam", ""),
                        "eerder": row[0][:10],
                        "datum": man.exportdatum.date().isoformat(),
                    },
                    ernst=WAARSCHUWING,
                )
            )


def _log(conn: sqlite3.Connection, sources: list[Source], report: ImportReport) -> None:
    summary = "\n".join(report.summary_lines())
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    for source in sources:
        man = source.manifest
        bron = (man.bron_werkplaats or {}) if man else {}
        conn.execute(
            "INSERT INTO import_log (geimporteerd_op, bestand, soort, formaatversie, "
            "programmaversie, bron_werkplaats_uuid, bron_werkplaats_naam, exportdatum, "
            "samenvatting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                now,
                str(source.path),
                source.kind,
                man.formaatversie if man else F.FORMAT_VERSION,
                man.programmaversie if man else __version__,
                bron.get("uuid"),
                bron.get("naam", ""),
                man.exportdatum.strftime("%Y-%m-%d %H:%M:%S.%f") if man else None,
                summary,
            ),
        )
