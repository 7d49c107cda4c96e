"""CSV export and validated import (issue 5) against plain sqlite3 + csv, one function each.

* Export: the landelijk overzicht (``exchange.export``, LANDELIJK: activities and products in
  one CSV, Dutch Excel profile, formula guard, written atomically) against plain sqlite3 +
  ``csv.writer`` of the same rows and columns with the same joins, unformatted
  (``bench_exchange.same_columns_export``, the exchange branch's own baseline).
* Import: the full export (ZIP) read, validated and written into a new database in one
  transaction (``exchange.importer.import_files``) against ``csv.reader`` + ``executemany`` of
  exactly the rows that import wrote (every table it filled, dumped to plain CSV beforehand),
  in one transaction with foreign keys on.

The database is opened before the clock starts (in the program it is open already); new
target databases are copies of one made by the migrations, made before the clock starts too.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.bench_exchange import same_columns_export
from benchmarks.measure import Result, paired
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.derived import is_derived
from werkplaats_desktop.store.engine import CACHE_SIZE_KIB

TARGET_SCALE = 100_000
_ORDER = {t.name: i for i, t in enumerate(orm.Base.metadata.sorted_tables)}


def exchange(db_path: Path, scale: int, times: int, warmup: int = 1) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="werkplaats-bench-exchange-") as folder:
        work = Path(folder)
        source = work / "bron.sqlite"
        shutil.copy(db_path, source)
        empty = work / "leeg.sqlite"
        Database.open(empty).close()
        with Database.open(source) as db:
            landelijk = work / "landelijk.csv"
            pair = paired(lambda: export(db, landelijk, ExportOptions(LANDELIJK)),
                          lambda: same_columns_export(source, work / "kaal.csv"), times, warmup)
            rows = sum(1 for _ in open(landelijk, encoding="utf-8-sig")) - 1
            export(db, work / "volledig.zip", ExportOptions(VOLLEDIG))
        results = [Result(
            "export", "CSV export: landelijk overzicht", scale, pair.value, pair.baseline,
            "plain sqlite3 + csv.writer, same rows and columns", target="<= 1.1 x baseline",
            met=pair.value.median <= 1.1 * pair.baseline.median
            if scale == TARGET_SCALE else None, details={"rows": rows},
            cpu=pair.cpu, baseline_cpu=pair.baseline_cpu)]
        results.append(_import(work, empty, work / "volledig.zip", scale, times, warmup))
    return results


def _import(work: Path, empty: Path, archive: Path, scale: int, times: int,
            warmup: int) -> Result:
    target = work / "doel.sqlite"
    opened: list[Database] = []

    def fresh() -> None:
        shutil.copy(empty, target)

    def open_fresh() -> None:
        fresh()
        opened.append(Database.open(target))

    def ours() -> None:
        db = opened.pop()
        try:
            report = import_files(db, [archive])
            assert report.written, report.text()
        finally:
            db.close()

    open_fresh()
    ours()  # once more to learn which rows the import writes: the baseline writes the same
    dumps = _dump_written(target, empty, work)
    pair = paired(ours, lambda: _plain_import(target, dumps), times, warmup,
                  prepare=open_fresh, prepare_base=fresh)
    return Result(
        "import", "CSV import: full export, validated", scale, pair.value, pair.baseline,
        "csv.reader + executemany (staged), same rows", target="<= 2 x baseline",
        met=pair.value.median <= 2 * pair.baseline.median if scale == TARGET_SCALE else None,
        details={"rows": {table: count for table, (_f, count) in dumps.items()}},
        cpu=pair.cpu, baseline_cpu=pair.baseline_cpu)


def _dump_written(imported: Path, empty: Path, work: Path) -> dict[str, tuple[Path, int]]:
    """The rows the import wrote (those not in the new, empty database), one plain CSV per
    table with the column names as header."""
    conn = sqlite3.connect(imported)
    conn.execute("ATTACH DATABASE ? AS leeg", (str(empty),))
    dumps: dict[str, tuple[Path, int]] = {}
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite%'")]
        # derived data (search index, counts) is written by the schema's triggers, for the
        # baseline as for the program
        tables = [t for t in tables if not is_derived(t)]
        for table in sorted(tables, key=lambda t: (_ORDER.get(t, len(_ORDER)), t)):
            rows = conn.execute(f'SELECT * FROM main."{table}" EXCEPT '
                                f'SELECT * FROM leeg."{table}"')
            names = [c[0] for c in rows.description]
            found = rows.fetchall()
            if not found:
                continue
            path = work / f"plain-{table}.csv"
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(names)
                writer.writerows(found)
            dumps[table] = (path, len(found))
    finally:
        conn.close()
    return dumps


def _plain_import(target: Path, dumps: dict[str, tuple[Path, int]]) -> None:
    """What a hand-written script would do: read each CSV and write its rows with
    executemany, all in one transaction with foreign keys on and the program's page cache;
    empty cells are NULL except in NOT NULL text columns. Since revision 0005 (triggers that
    write a search index, which FTS5 flushes at the end of every statement) a script that
    knows its SQLite writes a table through a temporary table and one INSERT ... SELECT, as
    the program does: one INSERT per row would take this baseline about four times longer."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")  # the program's page cache
        conn.execute("PRAGMA temp_store = MEMORY")  # as the program's connections
        conn.execute("BEGIN")
        for table, (path, _count) in dumps.items():
            keep_empty = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                          if r[3] and ("CHAR" in r[2].upper() or "TEXT" in r[2].upper())}
            with open(path, newline="", encoding="utf-8") as handle:
                reader = csv.reader(handle)
                header = next(reader)
                keep = [name in keep_empty for name in header]
                names = ", ".join(header)
                conn.execute(f"CREATE TEMP TABLE plain_stage ({names})")
                conn.executemany(
                    f'INSERT INTO plain_stage VALUES ({", ".join("?" * len(header))})',
                    ([x if x != "" or k else None for x, k in zip(row, keep, strict=True)]
                     for row in reader))
                conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} '
                             "FROM plain_stage")
                conn.execute("DROP TABLE plain_stage")
        conn.execute("COMMIT")
    finally:
        conn.close()
