"""Draaitabel timings: ``services.dashboard.draaitabel.compute`` for every pair of dimensions
on large databases made by ``generate.py``. Prints a Markdown table; asserts nothing.

    .venv/bin/python benchmarks/bench_draaitabel.py --db /tmp/a-100k.sqlite --db /tmp/a-1m.sqlite
    .venv/bin/python benchmarks/bench_draaitabel.py --scales 100000 --data-dir /tmp/bench

What is measured: the whole call as the page and ``werkplaats draaitabel`` make it (the SQL
``GROUP BY`` for the cells, the totals queries a multi-valued dimension needs, the labels), on a
read-only connection of its own, warm (one unmeasured run first), ``--repeat`` times per pair;
the table shows the median per value over all 36 pairs of the nine dimensions, the slowest
pair, and the same with a one-year filter. Targets: < 500 ms at 100 000 activities for any two
dimensions; < 1 s at 1 000 000.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from werkplaats_desktop.services.dashboard.draaitabel import (  # noqa: E402
    BIJDRAGE_DIMENSIES,
    DIMENSIES,
    compute,
)
from werkplaats_desktop.services.dashboard.model import DashboardFilter  # noqa: E402
from werkplaats_desktop.store import Database  # noqa: E402

TARGET_MS = {100_000: 500, 1_000_000: 1000}


def pairs(waarde: str) -> list[tuple[str, str]]:
    dims = BIJDRAGE_DIMENSIES if waarde.startswith("bijdragen") else tuple(DIMENSIES)
    return list(itertools.combinations(dims, 2))


def measure(path: Path, waarden: list[str], repeat: int, year: int | None) -> list[dict]:
    db = Database.open_readonly(path)
    rows = []
    f = DashboardFilter(jaar_van=year, jaar_tot=year)
    with db, db.read() as session:
        n = session.execute(text("SELECT count(*) FROM activiteit")).scalar_one()
        for waarde in waarden:
            for r, k in pairs(waarde):
                compute(session, r, k, waarde, f)  # warm: pages in the cache
                times, cpu = [], []
                for _ in range(repeat):
                    t0, c0 = time.perf_counter(), time.process_time()
                    compute(session, r, k, waarde, f)
                    times.append((time.perf_counter() - t0) * 1000)
                    cpu.append((time.process_time() - c0) * 1000)
                rows.append({"bestand": str(path), "activiteiten": n, "waarde": waarde,
                             "rijen": r, "kolommen": k, "jaar": year,
                             "ms": times, "mediaan_ms": statistics.median(times),
                             "cpu_ms": cpu, "mediaan_cpu_ms": statistics.median(cpu),
                             "load": os.getloadavg()[0]})
    return rows


def report(rows: list[dict]) -> str:
    """Wall time (what a user waits) and CPU time of this process (what the work costs,
    hardly touched by other load on the machine: SQLite runs in this process)."""
    out = ["| activities | value | filter | pairs | median of pairs: wall / CPU (ms) "
           "| slowest pair: wall / CPU (ms) | slowest pair | target | load |",
           "|---|---|---|---|---|---|---|---|---|"]
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault((row["activiteiten"], row["waarde"], row["jaar"]), []).append(row)
    for (n, waarde, year), group in groups.items():
        worst = max(group, key=lambda r: r["mediaan_ms"])
        target = next((t for scale, t in sorted(TARGET_MS.items()) if n <= scale * 1.1), None)
        met = target is not None and worst["mediaan_ms"] < target
        load = statistics.median(r["load"] for r in group)
        out.append(
            f"| {n:,} | {waarde} | {year or 'alle jaren'} | {len(group)} "
            f"| {statistics.median(r['mediaan_ms'] for r in group):.0f} / "
            f"{statistics.median(r['mediaan_cpu_ms'] for r in group):.0f} "
            f"| {worst['mediaan_ms']:.0f} / {worst['mediaan_cpu_ms']:.0f} "
            f"| {worst['rijen']} x {worst['kolommen']} "
            f"| {'< ' + str(target) + ' ms' if target else ''}"
            f"{(' ✓' if met else ' ✗') if target else ''} | {load:.1f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, action="append", default=[],
                        help="a database made by generate.py (repeatable)")
    parser.add_argument("--scales", default="", help="e.g. 100000,1000000: made if missing")
    parser.add_argument("--data-dir", type=Path, default=Path(__file__).parent / "data")
    parser.add_argument("--waarden", default="activiteiten,producten,bereik,bijdragen_geld")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jaar", type=int, default=2015,
                        help="the year of the filtered run (0: no filtered run)")
    parser.add_argument("--json", type=Path, help="write every sample to this file")
    args = parser.parse_args(argv)
    paths = list(args.db)
    for scale in filter(None, args.scales.split(",")):
        from benchmarks.generate import generate

        path = args.data_dir / f"activiteiten-{int(scale)}-seed1.sqlite"
        if not path.exists():
            args.data_dir.mkdir(parents=True, exist_ok=True)
            generate(path, int(scale), 1)
        paths.append(path)
    rows: list[dict] = []
    waarden = args.waarden.split(",")
    for path in paths:
        rows += measure(path, waarden, args.repeat, None)
        if args.jaar:
            rows += measure(path, waarden[:1], args.repeat, args.jaar)
    print(report(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
