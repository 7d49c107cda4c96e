"""Export and import of 100 000 activities, against a raw baseline measured in the same run.

    .venv/bin/python benchmarks/bench_exchange.py [--activiteiten 100000] [--keep]

The large database is built here in the simplest honest way: one werkplaats, kenniskring and
project made through the services, then N activities (each with one or two themes, a gemeente,
hours and counts, a date in its year) written with plain ``executemany``, because
``benchmarks/generate.py`` (issue 8) is not on this branch yet.

Baselines (what a hand-written script would do, no checks, no formatting):

* export: plain ``sqlite3`` ``SELECT * FROM activiteit`` streamed into ``csv.writer``;
* import: ``csv.reader`` over that file and plain ``executemany`` INSERTs of the rows into a
  fresh database (one transaction). A second import baseline writes what our import writes for
  the activities (the rows and their theme links, from the full export's activiteiten.csv) by a
  hand-written script without any check: the difference to it is what validation costs.

A second export baseline writes the same columns as the landelijk overzicht with the same
joins, plainly (no formula guard, no decimal comma, no BOM, no temporary file + fsync + rename):
the difference to it is what the safety of our export costs; the difference between the two
baselines is what the wider, readable file costs.

Measured: the landelijk overzicht (CSV) and the full export (ZIP with manifest, SHA-256), and
the validated import of the full export and of the landelijk overzicht into a fresh database.
Every figure is the best of ``--runs`` runs (default 3), after ``os.sync()``, because the disk of
a shared machine is noisy. Targets (issue 8): export <= 1.5 x baseline, validated import <= 3 x
baseline.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.exchange import landelijk
from werkplaats_desktop.exchange.columns import sources
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

RUNS = 3


def timed(label: str, work: Callable[[], object], results: dict[str, tuple[float, float]],
          prepare: Callable[[], None] | None = None) -> object:
    """Best of RUNS runs of ``work`` (``prepare`` runs before each, untimed): wall-clock time
    and the CPU time of this process (which other programs on the machine do not inflate;
    waiting for the disk is not in it)."""
    wall, cpu, value = float("inf"), float("inf"), None
    for _ in range(RUNS):
        if prepare is not None:
            prepare()
        os.sync()
        start, start_cpu = time.perf_counter(), time.process_time()
        value = work()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    results[label] = (wall, cpu)
    print(f"  {label:<50} {wall:6.2f} s  (cpu {cpu:6.2f} s)", flush=True)
    return value


def build(path: Path, n: int) -> None:
    with Database.open(path) as db:
        s = Services(db)
        hs = s.partners.create(m.Partner(naam="Hogeschool Benchmark"))
        wp = s.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Benchmark",
                                                penvoerder_id=hs.id))
        kk = s.kenniskringen.create(m.Kenniskring(werkplaats_id=wp.id, naam="Kring"))
        pr = s.projecten.create(m.Project(werkplaats_id=wp.id, naam="Project",
                                          kenniskring_id=kk.id))
        themes = [t.id for t in s.themas.all()]
        gemeenten = [g.id for g in s.gemeenten.all()][:60]
        subtypes = [(c.key, c.group) for c in s.reference.subtypes()]
    rng = random.Random(8)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    rows, links = [], []
    start = conn.execute("SELECT coalesce(max(id), 0) FROM activiteit").fetchone()[0]
    for i in range(start + 1, start + n + 1):
        code, o = rng.choice(subtypes)
        year = rng.randint(2009, 2015)
        day = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
        rows.append((i, str(uuid.UUID(int=rng.getrandbits(128), version=4)), wp.id,
                     f"{code.capitalize()} nummer {i}: {rng.choice(['wijk', 'stad', 'regio'])}",
                     O(o).value, code, year, day.isoformat(), pr.id if i % 3 else None,
                     kk.id if i % 5 == 0 else None, rng.choice(gemeenten), rng.randint(0, 400),
                     rng.randint(100, 32000), rng.randint(0, 4), rng.randint(0, 12),
                     rng.randint(0, 15), rng.randint(0, 5),
                     "Voorbeeld; met \"aanhalingstekens\" en een komma, soms =formule"
                     if i % 7 == 0 else "", "2016-01-01 09:00:00.000000",
                     "2016-01-01 09:00:00.000000"))
        for t in rng.sample(themes, rng.randint(1, 2)):
            links.append((i, t))
    conn.executemany(
        "INSERT INTO activiteit (id, uuid, werkplaats_id, titel, o, subtype, jaar, datum, "
        "project_id, kenniskring_id, gemeente_id, bereik, uren, aantal_onderzoekers, "
        "aantal_professionals, aantal_studenten, aantal_vrijwilligers, omschrijving, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO activiteit_thema (activiteit_id, thema_id) VALUES (?, ?)", links)
    conn.execute("COMMIT")
    conn.close()


def baseline_export(db: Path, out: Path) -> int:
    conn = sqlite3.connect(db)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        cursor = conn.execute("SELECT * FROM activiteit")
        writer.writerow([c[0] for c in cursor.description])
        writer.writerows(cursor)
    conn.close()
    return 0


def same_columns_export(db: Path, out: Path) -> int:
    """The landelijk overzicht's columns and joins, written plainly."""
    acts = [a for a, _p in landelijk._SPEC]
    prods = [p for _a, p in landelijk._SPEC]
    ctes = list(dict.fromkeys(c for col in acts + prods for c in col.ctes))
    sql = (f"WITH {', '.join(ctes)} "
           f"SELECT {', '.join(c.sql for c in acts)} {sources(acts, 'activiteit')[1]} UNION ALL "
           f"SELECT {', '.join(c.sql for c in prods)} {sources(prods, 'product')[1]}")
    conn = sqlite3.connect(db)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(landelijk.NAMES)
        writer.writerows(conn.execute(sql))
    conn.close()
    return 0


def baseline_import(source: Path, csv_file: Path, target: Path) -> None:
    """Fresh target with the werkplaats, project and kenniskring rows the activities need,
    then the activities from the CSV with one executemany, as a script would."""
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"ATTACH DATABASE '{source}' AS bron")
    conn.execute("BEGIN")
    for table in ("partner", "werkplaats", "kenniskring", "project"):
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM bron.{table}")
    with open(csv_file, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        marks = ", ".join("?" * len(header))
        texts = [name in ("titel", "omschrijving") for name in header]
        conn.executemany(f"INSERT INTO activiteit ({', '.join(header)}) VALUES ({marks})",
                         ([x if x != "" or t else None for x, t in zip(row, texts, strict=True)]
                          for row in reader))
    conn.execute("COMMIT")
    conn.close()


def same_rows_import(source: Path, archive: Path, target: Path) -> None:
    """What our import writes for the activities (the rows and their theme links), from the
    full export's activiteiten.csv, by a hand-written script: no checks, no report."""
    import io
    import zipfile

    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"ATTACH DATABASE '{source}' AS bron")
    conn.execute("BEGIN")
    for table in ("partner", "werkplaats", "kenniskring", "project"):
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM bron.{table}")
    ids = {t: dict(conn.execute(f"SELECT uuid, id FROM main.{t}"))
           for t in ("werkplaats", "kenniskring", "project", "gemeente", "thema")}
    text = zipfile.ZipFile(archive).read("activiteiten.csv").decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header = next(reader)
    at = {name: i for i, name in enumerate(header)}
    rows, links = [], []
    for number, row in enumerate(reader, start=1):
        def ref(table: str, column: str, row: list[str] = row) -> int | None:
            return ids[table].get(row[at[column]]) if row[at[column]] else None

        def num(column: str, row: list[str] = row) -> int | None:
            return int(row[at[column]]) if row[at[column]] else None

        rows.append((number, row[at["uuid"]], ref("werkplaats", "werkplaats_uuid"),
                     row[at["titel"]], row[at["o"]], row[at["subtype"]] or None, num("jaar"),
                     row[at["datum"]] or None, ref("project", "project_uuid"),
                     ref("kenniskring", "kenniskring_uuid"), ref("gemeente", "gemeente_uuid"),
                     num("bereik"), int(row[at["uren"]].replace(",", "")) if row[at["uren"]]
                     else None, num("aantal_onderzoekers"), num("aantal_professionals"),
                     num("aantal_studenten"), num("aantal_vrijwilligers"),
                     row[at["omschrijving"]], row[at["aangemaakt_op"]].replace("T", " "),
                     row[at["gewijzigd_op"]].replace("T", " ")))
        links += [(number, ids["thema"][u]) for u in row[at["thema_uuids"]].split("|") if u]
    conn.executemany(
        "INSERT INTO activiteit (id, uuid, werkplaats_id, titel, o, subtype, jaar, datum, "
        "project_id, kenniskring_id, gemeente_id, bereik, uren, aantal_onderzoekers, "
        "aantal_professionals, aantal_studenten, aantal_vrijwilligers, omschrijving, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO activiteit_thema (activiteit_id, thema_id) VALUES (?, ?)", links)
    conn.execute("COMMIT")
    conn.close()


def main() -> None:
    global RUNS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--activiteiten", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    RUNS = args.runs
    work = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    results: dict[str, tuple[float, float]] = {}
    try:
        empty = work / "leeg.sqlite"
        Database.open(empty).close()
        big = work / "groot.sqlite"
        shutil.copy(empty, big)
        print(f"Database met {args.activiteiten} activiteiten bouwen ({work}) ...", flush=True)
        start = time.perf_counter()
        build(big, args.activiteiten)
        print(f"  gebouwd in {time.perf_counter() - start:.1f} s")
        print("Export (beste van", RUNS, "keer):")
        timed("baseline: sqlite3 SELECT * + csv.writer",
              lambda: baseline_export(big, work / "base.csv"), results)
        timed("baseline: zelfde kolommen als landelijk, kaal",
              lambda: same_columns_export(big, work / "kaal.csv"), results)
        with Database.open(big) as db:
            timed("landelijk overzicht (CSV, excel-nl)",
                  lambda: export(db, work / "landelijk.csv", ExportOptions(LANDELIJK)), results)
            timed("volledige export (ZIP, excel-nl)",
                  lambda: export(db, work / "volledig.zip", ExportOptions(VOLLEDIG)), results)
        print("Import in een nieuwe database (beste van", RUNS, "keer):")
        target = work / "doel.sqlite"

        def fresh() -> None:
            shutil.copy(empty, target)

        timed("baseline: csv.reader + executemany",
              lambda: baseline_import(big, work / "base.csv", target), results, fresh)
        timed("baseline: zelfde rijen + thema's, kaal",
              lambda: same_rows_import(big, work / "volledig.zip", target), results, fresh)
        for label, source in (("volledige export, gecontroleerd", "volledig.zip"),
                              ("landelijk overzicht, gecontroleerd", "landelijk.csv")):
            def run(source: str = source) -> object:
                with Database.open(target) as db:
                    report = import_files(db, [work / source])
                assert report.written, report.text()
                return report

            timed(label, run, results, fresh)
        base_e = results["baseline: sqlite3 SELECT * + csv.writer"]
        same = results["baseline: zelfde kolommen als landelijk, kaal"]
        base_i = results["baseline: csv.reader + executemany"]
        print("Verhouding, klok (cpu) (doel: export <= 1,5 x baseline; import <= 3 x baseline):")

        def ratio(a: tuple[float, float], b: tuple[float, float]) -> str:
            return f"{a[0] / b[0]:5.2f} ({a[1] / b[1]:4.2f})"

        for label in ("landelijk overzicht (CSV, excel-nl)", "volledige export (ZIP, excel-nl)"):
            print(f"  {label:<40} {ratio(results[label], base_e)} x SELECT *, "
                  f"{ratio(results[label], same)} x zelfde kolommen")
        same_i = results["baseline: zelfde rijen + thema's, kaal"]
        for label in ("volledige export, gecontroleerd", "landelijk overzicht, gecontroleerd"):
            print(f"  {label:<40} {ratio(results[label], base_i)} x executemany, "
                  f"{ratio(results[label], same_i)} x zelfde rijen")
    finally:
        if args.keep:
            print(f"Bestanden bewaard in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
