"""Dashboard timings on a large database: the refresh (all aggregates) and the first show of
the page "Overzicht" (matplotlib import included). Prints figures; asserts nothing.

    python benchmarks/bench_dashboard.py                 # builds ~100 000 activities itself
    python benchmarks/bench_dashboard.py --db big.sqlite # or measures an existing database

Without ``--db`` the large database is made in the simplest honest way: the demo database,
with its activities (and their themes) and products copied in bulk with new ids and UUIDs
until there are at least ``--activiteiten`` of them. Years, O's, themes, gemeenten and
werkplaatsen keep the demo's distribution, so every aggregate has as many groups as in real
use. (``benchmarks/generate.py``, when it exists, makes a more varied database: pass it with
``--db``.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from werkplaats_desktop.demo.builder import build_demo  # noqa: E402
from werkplaats_desktop.store.engine import connect_raw  # noqa: E402

_UUID = ("lower(hex(randomblob(4))||'-'||hex(randomblob(2))||'-4'||substr(hex(randomblob(2)),2)"
         "||'-'||hex(randomblob(2))||'-'||hex(randomblob(6)))")


def _columns(conn, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def build_large(path: Path, target: int) -> tuple[int, int]:
    """The demo at ``path`` with its activities and products copied until >= ``target``
    activities. Returns (activities, products)."""
    build_demo(path)
    conn = connect_raw(path)
    try:
        n = conn.execute("SELECT count(*), max(id) FROM activiteit").fetchone()
        base_count, base_max = n
        p_max = conn.execute("SELECT max(id) FROM product").fetchone()[0]
        copies = -(-target // base_count) - 1
        act_cols = [c for c in _columns(conn, "activiteit") if c not in ("id", "uuid")]
        prod_cols = [c for c in _columns(conn, "product")
                     if c not in ("id", "uuid", "activiteit_id")]
        conn.execute("BEGIN")
        for k in range(1, copies + 1):
            off, poff = base_max * k, p_max * k
            conn.execute(
                f"INSERT INTO activiteit (id, uuid, {', '.join(act_cols)}) "
                f"SELECT id + {off}, {_UUID}, {', '.join(act_cols)} FROM activiteit "
                f"WHERE id <= {base_max}")
            conn.execute(
                f"INSERT INTO activiteit_thema (activiteit_id, thema_id) "
                f"SELECT activiteit_id + {off}, thema_id FROM activiteit_thema "
                f"WHERE activiteit_id <= {base_max}")
            conn.execute(
                f"INSERT INTO product (id, uuid, activiteit_id, {', '.join(prod_cols)}) "
                f"SELECT id + {poff}, {_UUID}, activiteit_id + {off}, {', '.join(prod_cols)} "
                f"FROM product WHERE id <= {p_max}")
            conn.execute(
                f"INSERT INTO product_thema (product_id, thema_id) "
                f"SELECT product_id + {poff}, thema_id FROM product_thema "
                f"WHERE product_id <= {p_max}")
        conn.execute("COMMIT")
        acts = conn.execute("SELECT count(*) FROM activiteit").fetchone()[0]
        prods = conn.execute("SELECT count(*) FROM product").fetchone()[0]
    finally:
        conn.close()
    return acts, prods


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(median wall, max wall, median CPU of this process) in milliseconds, after one warm-up
    call. CPU time shows the cost when other programs compete for the cores."""
    fn()
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def bench_refresh(path: Path, repeat: int) -> None:
    from werkplaats_desktop.services.dashboard import (
        DEFAULT_UURTARIEF,
        DashboardFilter,
        DashboardService,
    )
    from werkplaats_desktop.services.dashboard import queries as q
    from werkplaats_desktop.store.database import Database

    db = Database.open(path)
    try:
        with db.read() as s:
            wp = s.execute(q.select(q.W.id)).scalars().first()
            thema = s.execute(q.select(q.orm.Thema.id)).scalars().first()
        filters = {
            "alles": DashboardFilter(),
            "jaar 2015": DashboardFilter.year(2015),
            "2012 t/m 2015": DashboardFilter(jaar_van=2012, jaar_tot=2015),
            "één werkplaats": DashboardFilter(werkplaats_ids=(wp,)),
            "thema + O": DashboardFilter(thema_id=thema, o="onderzoek"),
            "partnertype gemeente": DashboardFilter(partner_type="gemeente"),
        }
        svc = DashboardService(db)
        print("\nDashboard refresh (all aggregates: DashboardService.data), ms "
              f"(wall median, wall max, CPU median of {repeat}):")
        for name, f in filters.items():
            def run(f: DashboardFilter = f) -> object:
                return svc.data(f)
            med, worst, cpu = timed(run, repeat)
            print(f"  {name:<24}{med:8.0f}{worst:8.0f}{cpu:8.0f}")
        print("  parts, filter 'alles':")
        f = DashboardFilter()
        parts: dict[str, Callable[..., object]] = {
            "activiteiten": lambda s: q.output(s, "activiteit", f),
            "producten": lambda s: q.output(s, "product", f),
            "partners": lambda s: q.partner_mix(s, f),
            "cofinanciering": lambda s: q.cofinanciering(s, f, DEFAULT_UURTARIEF),
        }
        for name, part in parts.items():
            def run_part(part: Callable[..., object] = part) -> object:
                with db.read() as s:
                    return part(s)
            med, worst, cpu = timed(run_part, repeat)
            print(f"    {name:<22}{med:8.0f}{worst:8.0f}{cpu:8.0f}")
    finally:
        db.close()


FIRST_SHOW = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["WERKPLAATS_DATA_DIR"] = sys.argv[2]
    t0 = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from werkplaats_desktop.store.database import Database
    from werkplaats_desktop.ui.i18n import install_translators
    from werkplaats_desktop.ui.main_window import MainWindow
    install_translators("nl")
    window = MainWindow(Database.open(sys.argv[1]))
    window.resize(1366, 768)
    assert "matplotlib" not in sys.modules
    page = window.pages["overzicht"]
    loop = QEventLoop()

    def poll():  # done when the charts in view (theme and map) have been drawn
        canvases = [page.panels[k].canvas for k in ("thema", "kaart") if k in page.panels]
        if len(canvases) == 2 and all(c is not None and not c.figure.stale for c in canvases):
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(2)
    t1 = time.perf_counter()
    window.show()
    loop.exec()
    t2 = time.perf_counter()
    page.filters.jaar_van.setCurrentIndex(page.filters.jaar_van.findData(2015))
    t3 = time.perf_counter()
    page.refresh()
    for key in ("thema", "kaart"):
        page.panels[key].ensure_built()
        page.panels[key].canvas.draw()
    t4 = time.perf_counter()
    print(f"{(t1 - t0) * 1000:.0f} {(t2 - t1) * 1000:.0f} {(t4 - t3) * 1000:.0f}")
""")


COLD_IMPORT = textwrap.dedent("""
    import time
    from PySide6.QtWidgets import QApplication
    import werkplaats_desktop.services.dashboard
    t = time.perf_counter()
    import werkplaats_desktop.charts
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    print(f"{(time.perf_counter() - t) * 1000:.0f}")
""")


def bench_first_show(path: Path, runs: int) -> None:
    print(f"\nOverzicht in the window (fresh process each run, offscreen, 1366x768), ms, "
          f"{runs} runs:")
    rows = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as home:
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", FIRST_SHOW, str(path), home],
                                 capture_output=True, text=True, check=True, cwd=ROOT, env=env)
            cold = subprocess.run([sys.executable, "-c", COLD_IMPORT], capture_output=True,
                                  text=True, check=True, cwd=ROOT, env=env)
            rows.append([float(x) for x in out.stdout.split()] + [float(cold.stdout)])
    for i, name in enumerate(("start-up to window built (no matplotlib)",
                              "first show: matplotlib import, aggregates, theme + map drawn",
                              "filter change: aggregates, theme + map redrawn",
                              "of which cold import of matplotlib + charts (separately)")):
        values = [r[i] for r in rows]
        print(f"  {name:<62}{statistics.median(values):8.0f} (min {min(values):.0f}, "
              f"max {max(values):.0f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="measure this database instead of building one")
    parser.add_argument("--activiteiten", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3, help="fresh processes for first show")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if path is None:
            path = Path(tmp) / "groot.sqlite"
            t = time.perf_counter()
            acts, prods = build_large(path, args.activiteiten)
            print(f"Built {path.name}: {acts} activities, {prods} products "
                  f"({time.perf_counter() - t:.1f} s; demo copied in bulk)")
        conn = connect_raw(path, readonly=True)
        acts, prods = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("activiteit", "product"))
        conn.close()
        print(f"Database: {acts} activities, {prods} products; Python {sys.version.split()[0]},"
              f" {os.cpu_count()} cores")
        bench_refresh(path, args.repeat)
        bench_first_show(path, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
