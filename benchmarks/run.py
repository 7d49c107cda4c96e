"""Run the benchmarks: one command, a table on stdout and the full results as JSON.

``python benchmarks/run.py`` measures at 1 000, 10 000, 100 000 and 1 000 000 activities
(databases from ``generate.py`` under ``benchmarks/data/``, made first when missing), each figure
``--repeat`` times beside its baseline from the same run; see ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import cases, generate
from benchmarks.cases_dashboard import dashboard_refresh
from benchmarks.cases_exchange import exchange
from benchmarks.measure import Result

RESULTS_DIR = Path(__file__).resolve().parent / "results"
#: start-up, memory and CSV exchange: the target size, and the sizes around it for the growth
GUI_SCALES = (10_000, 100_000, 1_000_000)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    import PySide6
    import sqlalchemy

    cpu = platform.processor() or platform.machine()
    ram_gb = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram_gb,
            "os": platform.platform(), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "pyside6": PySide6.__version__,
            "sqlalchemy": sqlalchemy.__version__, "load_average": _load()}


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def database(scale: int, seed: int, data_dir: Path, log: Any) -> Path:
    """The generated database of ``scale`` activities; made (again) when it is missing or was
    made by another version of the generator, the schema or the reference data."""
    path = data_dir / generate.default_path(scale, seed).name
    if path.exists() and generate.stored_fingerprint(path) != generate.fingerprint():
        log(f"{path.name}: made by another generator or schema, generating again")
        path.unlink()
    if not path.exists():
        started = time.perf_counter()
        generate.generate(path, scale, seed)
        log(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def growth(results: list[Result], small: int, large: int) -> list[Result]:
    """How each figure grows from ``small`` to ``large`` activities: no worse than linear means
    at most ``large / small`` times slower."""
    out = []
    for key in dict.fromkeys(r.key for r in results):
        at = {r.scale: r for r in results if r.key == key}
        if small in at and large in at:
            factor = at[large].value.median / at[small].value.median
            title = at[large].title.split(" (slowest")[0]
            out.append(Result(
                f"{key}_growth", f"Growth {small:,} to {large:,}: {title}", None,
                at[large].value, at[small].value, f"same figure at {small:,}",
                target=f"<= {large // small}x (linear)", met=factor <= large / small,
                details={"factor": round(factor, 2)}))
    return out


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.1f} {unit}"


def _loaded(results: list[Result], measure: Any) -> list[Result]:
    """``measure()``'s results, each with the machine's load average (1 minute) before and
    after it: the figures of a machine shared with other work say how shared it was."""
    before = _load()
    found: list[Result] = measure()
    after = _load()
    for r in found:
        r.details["load_1min"] = [before[0] if before else None, after[0] if after else None]
    results += found
    return found


def table(results: list[Result]) -> str:
    """Markdown: wall-clock medians decide the targets; the CPU medians beside them show what
    the figure costs without the other load on the machine; the load average (1 minute)
    before and after the measurement says how busy the machine was."""
    lines = ["| Measurement | Activities | Median | Spread (min-max) | CPU | Baseline "
             "| Baseline median | Baseline CPU | Ratio | Target | Met | Load |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        v, b = r.value, r.baseline
        ratio = f"{v.median / b.median:.2f}x" if b and b.median else ""
        if r.key.endswith("_growth"):
            ratio = f"{r.details['factor']:.1f}x"
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        cpu = _fmt(r.cpu.median, "ms") if r.cpu and not r.key.endswith("_growth") else ""
        base_cpu = _fmt(r.baseline_cpu.median, "ms") if r.baseline_cpu and cpu else ""
        load = r.details.get("load_1min")
        load_text = "-".join(f"{x:.1f}" for x in load if x is not None) if load else ""
        lines.append(
            f"| {r.title} | {f'{r.scale:,}' if r.scale else ''} | {_fmt(v.median, v.unit)} | "
            f"{_fmt(v.low, v.unit)} - {_fmt(v.high, v.unit)} | {cpu} | {r.baseline_title} | "
            f"{_fmt(b.median, b.unit) if b else ''} | {base_cpu} | {ratio} | {r.target} "
            f"| {met} | {load_text} |")
    return "\n".join(lines)


def _scales(text: str) -> list[int]:
    return sorted({int(s) for s in text.split(",") if s.strip() and int(s) > 0})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/run.py",
        description="Measure Werkplaats Desktop at several database sizes and print a table; "
                    "the full results are written as JSON.")
    parser.add_argument("--scales", default=",".join(str(s) for s in generate.SCALES),
                        help="comma-separated numbers of activities (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="measurements per figure, after one warm-up (default 5)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="unmeasured runs before each figure (default 1)")
    parser.add_argument("--gui-scales", default=",".join(str(s) for s in GUI_SCALES),
                        help="comma-separated database sizes for start-up and memory "
                             "(default: %(default)s; 0 skips them)")
    parser.add_argument("--exchange-scales", default=",".join(str(s) for s in GUI_SCALES),
                        help="comma-separated database sizes for CSV export and import "
                             "(default: %(default)s; 0 skips them)")
    parser.add_argument("--repeat-large", type=int, default=3,
                        help="at most this many measurements, without warm-up, for CSV "
                             "export and import above 100 000 activities (default 3: one "
                             "import of a million activities takes minutes)")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--data-dir", type=Path, default=generate.DATA_DIR,
                        help="where the generated databases are kept (default benchmarks/data)")
    parser.add_argument("--db-url", default=None, metavar="postgresql://...",
                        help="also measure the activities list, search and dashboard on this "
                             "PostgreSQL database (its tables are emptied and filled with each "
                             "generated database), beside the same calls on the file")
    parser.add_argument("--alleen-server", action="store_true",
                        help="with --db-url: only the PostgreSQL figures")
    parser.add_argument("--json", type=Path, help="results file (default "
                        "benchmarks/results/run-<time>.json)")
    args = parser.parse_args(argv)
    scales = _scales(args.scales)
    gui_scales = _scales(args.gui_scales)
    if not scales:
        parser.error("--scales needs at least one size")

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    info = machine()
    load_before = info["load_average"]
    log(f"{info['cpu']}, {info['cores']} cores, Python {info['python']}, "
        f"SQLite {info['sqlite']}, PySide6 {info['pyside6']}")
    results: list[Result] = []
    if args.db_url:
        from benchmarks.cases_server import server_figures
        from werkplaats_desktop.store import ServerTarget, parse_target

        target = parse_target(args.db_url)
        if not isinstance(target, ServerTarget):
            parser.error("--db-url needs postgresql://...")
        for scale in scales:
            path = database(scale, args.seed, args.data_dir, log)
            log(f"PostgreSQL: list, search and dashboard at {scale:,}")
            results += server_figures(path, target, scale, args.repeat, args.warmup)
        if args.alleen_server:
            scales, gui_scales, args.exchange_scales = [], [], "0"
    for scale in scales:
        path = database(scale, args.seed, args.data_dir, log)
        log(f"activities list at {scale:,}")
        _loaded(results, lambda p=path, s=scale: cases.activities_list(p, s, args.repeat,
                                                                       args.warmup))
    for scale in gui_scales:
        path = database(scale, args.seed, args.data_dir, log)
        log(f"start-up and memory at {scale:,}")
        _loaded(results, lambda p=path, s=scale: cases.gui_process(p, s, args.repeat,
                                                                   warmup=args.warmup))
    for scale in _scales(args.exchange_scales):
        path = database(scale, args.seed, args.data_dir, log)
        large = scale > cases.TARGET_SCALE
        log(f"CSV export and import at {scale:,}")
        _loaded(results, lambda p=path, s=scale, big=large: exchange(
            p, s, min(args.repeat, args.repeat_large) if big else args.repeat,
            0 if big else args.warmup))
    for scale in scales:
        path = database(scale, args.seed, args.data_dir, log)
        log(f"dashboard refresh at {scale:,}")
        _loaded(results, lambda p=path, s=scale: dashboard_refresh(p, s, args.repeat,
                                                                   args.warmup))
    measured = sorted(set(scales) | set(gui_scales) | set(_scales(args.exchange_scales)))
    small = 10_000 if 10_000 in measured else (measured[0] if measured else 0)
    if measured and measured[-1] > small:
        results += growth(results, small, measured[-1])
    info["load_average"] = {"start": load_before, "end": _load()}
    report = {"started": datetime.now(UTC).isoformat(timespec="seconds"), "machine": info,
              "seed": args.seed, "repeat": args.repeat, "warmup": args.warmup,
              "scales": scales, "gui_scales": gui_scales,
              "exchange_scales": _scales(args.exchange_scales),
              "seconds": round(time.perf_counter() - started, 1),
              "results": [r.as_json() for r in results]}
    out = args.json or RESULTS_DIR / f"run-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(results))
    print(f"\n{len(results)} figures in {report['seconds']} s; JSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
