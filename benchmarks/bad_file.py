"""A very large file of bad rows through ``werkplaats import``: peak memory, time, and the size
of the report. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bad_file.py                 # ~200 MB landelijk overzicht
    .venv/bin/python benchmarks/bad_file.py --mb 50 --keep /tmp/slecht.csv
    .venv/bin/python benchmarks/bad_file.py --checkout /tmp/oud   # another source tree

The file is the demo database's landelijk overzicht with its activity rows repeated (new
UUIDs) until it has ``--mb`` megabytes, every row with a fault of the kinds a spreadsheet
introduces: a year written as a word, a date that does not exist, a number with a thousands
separator, a row one cell short, an unknown kind of row. The import runs as its own process
(``python -m werkplaats_desktop import``, into a new database); its peak resident memory is
the ``ru_maxrss`` of that child (Linux: kB), its time the wall time until it exits, and the
report is what it writes to stderr. ``--checkout`` runs the same on another copy of the
program (e.g. ``git archive <commit> | tar -x -C /tmp/oud``) to compare.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FAULTS = ("jaar", "datum", "bereik", "kort", "soort")


def make_bad_file(target: Path, megabytes: int, work: Path) -> tuple[int, int]:
    """Write the bad landelijk overzicht; returns (rows, bytes)."""
    from werkplaats_desktop.demo.builder import build_demo
    from werkplaats_desktop.exchange.export import LANDELIJK, ExportOptions, export
    from werkplaats_desktop.store.database import Database

    demo = build_demo(work / "demo.sqlite")
    with Database.open(demo) as db:
        export(db, work / "landelijk.csv", ExportOptions(LANDELIJK))
    text = (work / "landelijk.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    acts = [r for r in body if r[col["soort"]] == "activiteit"]
    limit = megabytes * 1_000_000
    written = 0
    n = 0
    with open(target, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        while out.tell() < limit:
            row = list(acts[n % len(acts)])
            row[col["uuid"]] = f"00000000-0000-4000-8000-{n:012d}"
            fault = FAULTS[n % len(FAULTS)]
            if fault == "jaar":
                row[col["jaar"]] = "tweeduizendtien"
            elif fault == "datum":
                row[col["datum"]] = "31-02-2015"
            elif fault == "bereik":
                row[col["bereik"]] = "1.250"
            elif fault == "kort":
                row = row[:-1]
            else:
                row[col["soort"]] = "bijeenkomst"
            writer.writerow(row)
            n += 1
        written = out.tell()
    return n, written


def run_import(path: Path, db: Path, checkout: Path | None) -> dict[str, float | int]:
    env = dict(os.environ)
    cwd = ROOT
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)
        cwd = checkout
    err = db.with_suffix(".stderr.txt")
    start = time.perf_counter()
    with open(err, "wb") as stderr:
        proc = subprocess.run([sys.executable, "-m", "werkplaats_desktop", "import", "--db",
                               str(db), str(path)], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                              stderr=stderr, check=False)
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    data = err.read_bytes()
    return {
        "exit": proc.returncode,
        "wall_s": round(wall, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "stderr_bytes": len(data),
        "stderr_lines": data.count(b"\n"),
        "first_line": data.split(b"\n", 1)[0].decode("utf-8", "replace"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the bad file (MB)")
    parser.add_argument("--keep", type=Path, help="write the bad file here and keep it")
    parser.add_argument("--file", type=Path, help="use this bad file instead of making one")
    parser.add_argument("--checkout", type=Path, help="run this copy of the program instead")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="werkplaats-slecht-"))
    os.environ.setdefault("WERKPLAATS_DATA_DIR", str(work / "gebruiker"))
    try:
        if args.file is not None:
            path = args.file
            rows, size = sum(1 for _ in open(path, "rb")) - 1, path.stat().st_size
        else:
            path = args.keep or work / "slecht.csv"
            start = time.perf_counter()
            rows, size = make_bad_file(path, args.mb, work)
            print(f"made {path}: {size / 1e6:.0f} MB, {rows} rows, "
                  f"{time.perf_counter() - start:.0f} s", flush=True)
        result = run_import(path, work / "doel.sqlite", args.checkout)
        print(f"file: {size / 1e6:.1f} MB, {rows} rows of bad data")
        for key, value in result.items():
            print(f"  {key}: {value}")
        print(f"  database made for the import left behind: {(work / 'doel.sqlite').exists()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
