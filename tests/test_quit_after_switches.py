"""Issue 13, observation 10: "Fatal Python error: bool_dealloc" on quit after switching
language and database. The cause: PySide6 6.12.0 drops a reference to None (and so on) each
time a Python value meets an empty QVariant (every QComboBox.addItem); after enough combo
entries (a database switch refills every filter and form list) Python 3.11's count of None's
references reached zero at exit. pyproject.toml excludes that release and
ui/refcount_guard.py protects a copy that runs on it anyway."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from werkplaats_desktop.store.database import Database

REPO = Path(__file__).resolve().parents[1]

SEQUENCE = textwrap.dedent("""
    import faulthandler, sys
    faulthandler.enable()
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from werkplaats_desktop.store.database import Database
    from werkplaats_desktop.ui.i18n import install_translators
    from werkplaats_desktop.ui.main_window import OPEN_WINDOWS, MainWindow
    from werkplaats_desktop.ui.refcount_guard import protect
    from werkplaats_desktop.ui.settings import Settings

    demo, other, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    protect()  # as ui/app.main does
    install_translators("nl")
    window = MainWindow(Database.open(demo), Settings())
    window.show()
    step = [0]

    def next_step():
        global window
        k = step[0]
        step[0] += 1
        if k >= rounds * 2:
            window.close()
            app.quit()
            return
        if k % 2 == 0:
            window.show_page("activiteit")
            window = window.switch_language("en" if (k // 2) % 2 == 0 else "nl")
        else:
            window.files.open_path(other if (k // 2) % 2 == 0 else demo)
        QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)
    code = app.exec()
    for db in {id(w.db): w.db for w in [window, *OPEN_WINDOWS]}.values():
        db.close()
    sys.exit(code)
""")


def test_quit_after_switching_language_and_database_many_times(
    demo_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "ander.sqlite"
    Database.open(other).close()
    script = tmp_path / "sequence.py"
    script.write_text(SEQUENCE, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.run([sys.executable, "-X", "dev", str(script), str(demo_path),
                           str(other), "6"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    assert "Fatal Python error" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_filling_combo_boxes_leaves_none_alone(qapp: object) -> None:
    """What the program does thousands of times (a list of gemeenten in a filter and in a
    form): it must not cost Python a reference to None, True or False, or the guard holds."""
    from PySide6.QtWidgets import QComboBox

    from werkplaats_desktop.ui.refcount_guard import protect

    guarded = protect()
    combo = QComboBox()
    counts = [sys.getrefcount(x) for x in (None, True, False)]
    for i in range(2000):
        combo.addItem(f"Gemeente {i}", i if i % 2 else None)
        combo.setCurrentIndex(i)
        combo.currentData()
    combo.clear()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    lost = [b - a for a, b in zip(after, counts, strict=True)]
    assert max(lost) < 100 or guarded, f"the Qt binding dropped references: {lost}"
