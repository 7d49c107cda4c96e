"""The GUI side of the benchmarks, run in a fresh process for every sample.

``python -m benchmarks.gui_probe bare`` starts a bare PySide6 ``QMainWindow`` (the baseline);
``python -m benchmarks.gui_probe app --db PATH [--dashboard]`` starts the real program
(``werkplaats_desktop.ui.app.main``, the ``werkplaats-desktop`` entry point) on ``PATH``;
``python -m benchmarks.gui_probe open --db PATH`` only opens the file (``Database.open``).

Either way the process is "ready" when its window is shown and painted; for the program also
when the activities list is shown with its first page loaded (and, with ``--dashboard``, when
the dashboard page has been shown). The probe then prints one JSON line with wall-clock times
(``time.time()``, comparable with the parent's clock) and the peak RSS of the process, and
quits. The parent (``cases.py``) measures from the moment it spawned the process.
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
    """The window's activities list; a main window without one gets the same ListPage through
    the extension interface, as a feature would add it."""
    if "activiteit" in window.pages:
        return window.show_page("activiteit"), "main window"
    from werkplaats_desktop.ui.list_page import ListPage

    page = ListPage(window.services.lists, "activiteit", "Activiteiten")
    window.add_page("activiteit", page, "Activiteiten")
    window.show_page("activiteit")
    return page, "benchmark (the main window has no activities page yet)"


def app(db_path: Path, dashboard: bool) -> int:
    from werkplaats_desktop.ui import app as app_module  # what the entry point imports

    imported = time.time()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    marks: dict[str, Any] = {"imported": imported}

    def ready() -> None:
        QApplication.processEvents()
        window = next(w for w in qapp.topLevelWidgets()
                      if type(w).__name__ == "MainWindow" and w.isVisible())
        marks["window_shown"] = time.time()
        page, source = _activities_page(window)
        QApplication.processEvents()
        marks["activities_shown"] = time.time()
        marks["activities_page"] = source
        marks["activities_rows"] = page.model.rowCount()
        marks["activities_total"] = page.model.total()
        if dashboard:
            started = time.time()
            window.show_page("dashboard")
            QApplication.processEvents()
            marks["dashboard_first_show_ms"] = (time.time() - started) * 1000
        _report(marks)
        qapp.quit()

    QTimer.singleShot(0, ready)
    return app_module.main(["--db", str(db_path)])


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
    parser.add_argument("mode", choices=("bare", "app", "open"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--dashboard", action="store_true",
                        help="also show the dashboard page (when the program has one)")
    args = parser.parse_args(argv)
    if args.mode == "bare":
        return bare()
    if args.db is None:
        parser.error(f"{args.mode} needs --db")
    if args.mode == "open":
        return open_only(args.db)
    return app(args.db, args.dashboard)


if __name__ == "__main__":
    sys.exit(main())
