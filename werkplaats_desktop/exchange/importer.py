"""Importing exports: everything checked first, then everything written in one transaction.

``import_files(db, paths)`` reads each path (a full export as ZIP or folder, or a landelijk
overzicht CSV), and then, on a connection of its own and inside one ``BEGIN IMMEDIATE``
transaction, plans every row (``plan.py``), checks every row (``checks.py``), and only when
there is no error at all writes (``writing.py``) and commits. An error anywhere, a Cancel
(checked before the commit) or a failure while writing rolls everything back: the database is
then exactly as it was. The report lists every problem found, not just the first.

Records are keyed on their UUIDs: importing the same export again changes nothing and says
so ("ongewijzigd"); records keep the werkplaats they came from. Werkplaatsen are recognised by
code and name, and each export brings only the records of the werkplaats(en) it owns
(``ownership.py``). A database with an eigen werkplaats reads no exports: the national overview
is a file of its own.
"""

from __future__ import annotations

import dataclasses
import gc
import sqlite3
from collections.abc import Mapping, Sequence
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
    VERWIJDERT,
    ImportReport,
    Problem,
    Problems,
)
from werkplaats_desktop.exchange.writing import Writer
from werkplaats_desktop.services.info import EIGEN_KEY
from werkplaats_desktop.services.progress import SILENT, Progress
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.types import utcnow

LEZEN = QT_TRANSLATE_NOOP("Uitwisseling", "Lezen: {bestand}")
CONTROLEREN = QT_TRANSLATE_NOOP("Uitwisseling", "Controleren...")
SCHRIJVEN = QT_TRANSLATE_NOOP("Uitwisseling", "Opslaan...")
EIGEN_BESTAND = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Dit bestand is van {naam} (de eigen werkplaats) en leest geen exports in: de gegevens van "
    "een werkplaats worden in het eigen bestand van die werkplaats bijgehouden. Verzamel exports "
    "van werkplaatsen in een landelijk overzicht: een nieuw bestand zonder eigen werkplaats "
    "(opdrachtregel: werkplaats import --db landelijk.sqlite BESTAND...). Er is niets gewijzigd.",
)


class _Refused(Exception):
    """Rolls the import's transaction back after the report got its errors."""


def import_files(
    db: Database, paths: Sequence[Path | str], progress: Progress = SILENT,
    allow_older: bool = False, allow_removals: bool = True,
    originals: Mapping[Path, Path] | None = None,
) -> ImportReport:
    """Import ``paths`` into ``db`` as one transaction; the report says what happened. Raises
    ``progress.Cancelled`` when stopped (nothing written). An export older than the one of the
    same werkplaats read before is refused unless ``allow_older`` (the user confirmed).
    Without ``allow_removals`` an import that would remove records that are here (an export
    is its werkplaats's whole administration) is refused with the question
    (``ImportReport.removals``), so that the window can ask before anything goes.
    ``originals``: for a path that is a temporary stand-in (the export made of a database
    file), the file the user chose; the import log and the messages name that one."""
    if db.is_server or any(Path(p).suffix.lower() in (".sqlite", ".db") for p in paths):
        return _import_via_copies(db, [Path(p) for p in paths], progress, allow_older,
                                  allow_removals)
    collecting = gc.isenabled()
    gc.disable()  # 100 000 rows are a million objects, none of them cyclic garbage: the
    try:  # collector would scan them over and over (it made imports 3x slower)
        return _import(db, [Path(p) for p in paths], progress, allow_older, allow_removals,
                       originals or {})
    finally:
        if collecting:
            gc.enable()


def _import_via_copies(db: Database, paths: list[Path], progress: Progress,
                       allow_older: bool, allow_removals: bool = True) -> ImportReport:
    """Database files among the sources are read as their full exports; on a server the
    import runs on a SQLite working copy that is written back (exchange/server.py)."""
    import tempfile

    from werkplaats_desktop.exchange import server

    with tempfile.TemporaryDirectory(prefix="werkplaats-") as folder:
        exports = server.as_exports(paths, Path(folder))
        names = {e: p.name for e, p in zip(exports, paths, strict=True)}
        originals = {e: p.resolve() for e, p in zip(exports, paths, strict=True) if e != p}
        shown = {e.name: p.name for e, p in originals.items()}

        def run(target: Database) -> ImportReport:
            report = import_files(target, [e for e in exports], progress, allow_older,
                                  allow_removals, originals)
            report.bestanden = [names[e] for e in exports]
            for i, problem in enumerate(report.problems):  # named as the user's own file
                if problem.bestand in shown:
                    report.problems[i] = dataclasses.replace(
                        problem, bestand=shown[problem.bestand])
            return report

        if db.is_server:
            result: ImportReport = server.import_into_server(db, run)
            return result
        return run(db)


def _eigen_werkplaats(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT w.naam FROM meta m JOIN werkplaats w ON w.uuid = m.waarde "
                       "WHERE m.sleutel = ?", (EIGEN_KEY,)).fetchone()
    return str(row[0]) if row else None


def _import(db: Database, paths: list[Path], progress: Progress,
            allow_older: bool, allow_removals: bool = True,
            originals: Mapping[Path, Path] | None = None) -> ImportReport:
    report = ImportReport(bestanden=[p.name for p in paths])
    sources: list[Source] = []
    with db.worker_session() as session:
        codes = code_lists(session.connection().connection.driver_connection)  # type: ignore[arg-type]
    for i, path in enumerate(paths):
        progress.report(i, len(paths), LEZEN.format(bestand=path.name))
        source = read_source(path, report.problems, codes)
        if source is not None:
            if path in (originals or {}):  # named as the file the user chose, not the stand-in
                source.path = (originals or {})[path]
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
            eigen = _eigen_werkplaats(conn)
            if eigen is not None:
                report.add(Problem(", ".join(report.bestanden), None, None, None,
                                   EIGEN_BESTAND, {"naam": eigen}))
                raise _Refused
            plan = Plan(conn, report)
            for fmt in F.FILES:
                if fmt.link_of is None:
                    for source in sources:
                        plan.add_records(source, fmt)
            for fmt in F.FILES:
                if fmt.link_of is not None:
                    for source in sources:
                        plan.add_links(source, fmt)
            plan.plan_removals()
            plan.ownership.report_skipped()
            plan.ownership.check_older(allow_older)
            if not allow_removals:
                _ask_removals(conn, plan, report)
            step(0, CONTROLEREN)
            Checks(plan, session).run(lambda n: step(n, CONTROLEREN))
            if report.refused:
                _missing_columns(report, sources)
                raise _Refused
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


def _ask_removals(conn: sqlite3.Connection, plan: Plan, report: ImportReport) -> None:
    """The question whether records that are here may go (see :func:`import_files`)."""
    if not plan.removing_from:
        return
    names = []
    for wid in sorted(plan.removing_from):
        row = conn.execute("SELECT naam FROM werkplaats WHERE id = ?", (wid,)).fetchone()
        names.append(str(row[0]) if row else str(wid))
    kinds = ", ".join(f"{len(ids)} {F.BY_TABLE[table].file[:-4]}"
                      for table, ids in plan.gone.items() if ids)
    report.add(Problem(", ".join(report.bestanden), None, None, None, VERWIJDERT, {
        "werkplaatsen": ", ".join(names), "n": sum(plan.removing_from.values()),
        "soorten": kinds}))


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


def _log(conn: sqlite3.Connection, sources: list[Source], report: ImportReport) -> None:
    summary = "\n".join(report.summary_lines())
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    for source in sources:
        man = source.manifest
        eigen = source.herkomst.eigen
        bron = {"uuid": eigen.uuid or None, "naam": eigen.naam} if eigen else \
            ((man.bron_werkplaats or {}) if man else {})
        when = source.herkomst.exportdatum
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
                when.strftime("%Y-%m-%d %H:%M:%S.%f") if when else None,
                summary,
            ),
        )
