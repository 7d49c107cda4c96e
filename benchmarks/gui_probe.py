"""The GUI side of the benchmarks, run in a fresh process for every sample.

``python -m benchmarks.gui_probe bare`` starts a bare PySide6 ``QMainWindow`` (the baseline);
``python -m benchmarks.gui_probe app --db PATH`` starts the real program
(``werkplaats_desktop.ui.app.main``, the ``werkplaats-desktop`` entry point) on ``PATH``;
``python -m benchmarks.gui_probe open --db PATH`` only opens the file (``Database.open``);
``python -m benchmarks.gui_probe chart`` draws one matplotlib chart in a bare window.

A bare window is "ready" when it is shown and painted; the program when its first page (the
Overzicht, when it has one) is drawn and then the activities list is shown with its first page
loaded. On the way the probe notes when the window is shown, when its first page is first
painted (what the first frame shows), when the window answers an event posted as it appears
(responding to input), the longest time the window's thread did not turn its event loop
while the Overzicht was being drawn, and when the charts in view are drawn. The probe prints
one JSON line with wall-clock times (``time.time()``, comparable with the parent's clock), its
CPU time and peak RSS, and quits. The parent (``cases.py``) measures from the moment it spawned
the process.
"""

from __future__ import annotations

import time

ENTERED = time.time()  # first thing: the interpreter is up and this module is being run

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

READY_MARK = "PROBE "


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process. On Linux VmHWM of /proc/self/status: ru_maxrss
    would also count the parent's memory, which a child started with vfork inherits until its
    exec (the harness itself holds a large database in memory by then)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def cpu_ms() -> float | None:
    """CPU time of this process so far (all threads): less disturbed by other load than the
    wall clock."""
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _report(marks: dict[str, Any]) -> None:
    marks["entered"] = ENTERED
    marks["peak_rss_mb"] = peak_rss_mb()
    marks["cpu_ms"] = cpu_ms()
    print(READY_MARK + json.dumps(marks), flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1280, 760)
    window.show()

    def ready() -> None:
        QApplication.processEvents()  # deliver the expose and paint events of the show
        _report({"window_shown": time.time(), "visible": window.isVisible()})
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


def _activities_page(window: Any) -> tuple[Any, str]:
    """The window's activities list, shown as the user opens it."""
    return window.show_page("activiteit"), "main window"


#: the dashboard's first show is done when the charts in view are drawn (as the dashboard's
#: own benchmark, benchmarks/bench_dashboard.py, defines it)
CHARTS_IN_VIEW = ("thema", "kaart")
DASHBOARD_TIMEOUT_S = 300


def _dashboard_drawn(page: Any) -> bool:
    """The charts in view are on screen: drawn in their canvas, or (a program that says so
    with ``panel.drawn``) as the picture of exactly those charts."""
    panels = getattr(page, "panels", {})
    keys = [k for k in CHARTS_IN_VIEW if k in panels] or list(panels)
    if keys and all(hasattr(panels[k], "drawn") for k in keys):
        return all(panels[k].drawn for k in keys)
    if not getattr(page, "built", False) or not panels:
        return False
    return all(panels[k].canvas is not None and not panels[k].canvas.figure.stale
               for k in keys)


def app(db_path: Path) -> int:
    """The program as it starts: its first page (the Overzicht, when the program has one) drawn,
    then the activities list shown with its first page loaded."""
    from werkplaats_desktop.ui import app as app_module  # what the entry point imports

    imported = time.time()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    marks: dict[str, Any] = {"imported": imported}
    found: list[Any] = []
    ticks: list[float] = []

    class FirstPaint(QObject):
        """Notes the first paint of the window's first page: the content of the first frame
        (a window whose thread is busy before it gets here shows a black or blank area)."""

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in marks \
                    and type(watched).__name__ == "DashboardPage":
                marks["first_paint"] = time.time()
            return False

    painter = FirstPaint()
    qapp.installEventFilter(painter)

    def answered() -> None:
        marks["responding"] = time.time()

    def poll() -> None:  # every few ms, while the program's own event loop runs
        ticks.append(time.time())
        if not found:
            windows = [w for w in qapp.topLevelWidgets()
                       if type(w).__name__ == "MainWindow" and w.isVisible()]
            if windows:
                found.append(windows[0])
                marks["window_shown"] = time.time()
                QTimer.singleShot(0, answered)  # an event posted as the window appears
            return
        window = found[0]
        overzicht = window.pages.get("overzicht")
        if overzicht is not None and "dashboard_ready" not in marks:
            waited = time.time() - marks["window_shown"]
            if not _dashboard_drawn(overzicht) and waited < DASHBOARD_TIMEOUT_S:
                return
            marks["dashboard_ready"] = time.time()
            marks["dashboard_timed_out"] = waited >= DASHBOARD_TIMEOUT_S
            since = [t for t in ticks if t >= marks["window_shown"]]
            marks["longest_stall_ms"] = max(
                ((b - a) * 1000 for a, b in zip(since, since[1:], strict=False)), default=0.0)
        timer.stop()
        qapp.removeEventFilter(painter)
        page, source = _activities_page(window)
        QApplication.processEvents()
        marks["activities_shown"] = time.time()
        marks["activities_page"] = source
        marks["activities_rows"] = page.model.loaded_rows()
        marks["activities_total"] = page.model.total()
        finish()

    def finish() -> None:
        """Report when the Overzicht's figures (and with them matplotlib) are in: the peak
        memory then counts everything the start loads, also what it loads in the background."""
        overzicht = found[0].pages.get("overzicht")
        started = marks["window_shown"]
        if overzicht is not None and not getattr(overzicht, "built", True) \
                and time.time() - started < DASHBOARD_TIMEOUT_S:
            QTimer.singleShot(5, finish)
            return
        marks["figures_in"] = time.time()
        _report(marks)
        qapp.quit()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(poll)
    timer.start()
    return app_module.main(["--db", str(db_path)])


def chart() -> int:
    """The baseline of the dashboard's first show: a bare window that imports matplotlib's Qt
    canvas and draws one bar chart in it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()

    def ready() -> None:
        QApplication.processEvents()
        shown = time.time()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(6, 4))
        figure.add_subplot().bar(["a", "b", "c", "d"], [3, 1, 4, 1])
        canvas = FigureCanvasQTAgg(figure)
        window.setCentralWidget(canvas)
        canvas.draw()
        QApplication.processEvents()
        _report({"window_shown": shown, "chart_drawn": time.time()})
        qapp.quit()

    QTimer.singleShot(0, ready)
    return qapp.exec()


def open_only(db_path: Path) -> int:
    """Only open the file the way the program does, in a fresh process: load the store layer
    (SQLAlchemy, Alembic) and call ``Database.open`` (migration check, connection, undo
    triggers). From spawn to open, this is "opening the file" in the start-up budget."""
    from werkplaats_desktop.store.database import Database

    imported = time.time()
    started = time.perf_counter()
    db = Database.open(db_path)
    opened_ms = (time.perf_counter() - started) * 1000
    opened = time.time()
    db.close()
    _report({"imported": imported, "opened": opened, "open_ms": opened_ms})
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_probe")
    parser.add_argument("mode", choices=("bare", "chart", "app", "open"))
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    if args.mode == "bare":
        return bare()
    if args.mode == "chart":
        return chart()
    if args.db is None:
        parser.error(f"{args.mode} needs --db")
    if args.mode == "open":
        return open_only(args.db)
    return app(args.db)


if __name__ == "__main__":
    sys.exit(main())
