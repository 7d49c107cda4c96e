"""Without a screen the program says why it stops, on stderr, and stops (issue 15,
observation 5): a refusal at start-up never waits for a click on a dialog nobody can see, and
without any display the window program and ``dev.py demo`` explain what to do instead of
letting Qt abort with a message about libxcb.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.damage import damage
from werkplaats_desktop.store.backups import BackupSet
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.app import display_missing
from werkplaats_desktop.ui.opening import open_database
from werkplaats_desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_a_refusal_at_start_goes_to_stderr_and_opens_no_dialog(
        db_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    # (the autouse fixture fails the test on any message box)
    with Database.open(db_path):
        assert open_database(db_path, start=True) is None
    err = capsys.readouterr().err
    assert "al geopend in een ander venster of programma" in err
    assert err.startswith("Werkplaats Desktop: ")


def test_a_damaged_file_at_start_without_a_screen_is_told_not_asked(
        demo_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    BackupSet(demo_path, Settings().backup_root, clock=lambda: datetime(2026, 3, 2, 17, 0)).make()
    damage(demo_path, "tabelblad")
    damaged = demo_path.read_bytes()
    assert open_database(demo_path, start=True) is None
    err = capsys.readouterr().err
    assert "is beschadigd en is niet geopend" in err
    assert "De nieuwste goede backup is van" in err and "op een bureaublad" in err
    assert demo_path.read_bytes() == damaged  # nothing restored without an answer


def test_in_the_window_a_refusal_is_still_a_dialog(
        db_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    with Database.open(db_path):
        assert open_database(db_path) is None  # Bestand > Openen: a dialog, no stderr
    assert shown and "al geopend" in shown[0]
    assert capsys.readouterr().err == ""


def test_the_window_program_exits_with_the_reason_when_its_file_is_in_use(
        db_path: Path) -> None:
    """The real program on Qt's offscreen platform: it used to wait forever on a modal
    dialog and print nothing."""
    with Database.open(db_path):
        done = subprocess.run(
            [sys.executable, "-m", "werkplaats_desktop.ui.app", "--db", str(db_path)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True,
            text=True, timeout=120)
    assert done.returncode == 1
    assert "al geopend in een ander venster of programma" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_without_a_display_the_window_program_explains_instead_of_aborting(
        db_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "werkplaats_desktop.ui.app", "--db", str(db_path)],
        env=without_display(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "kan geen venster openen: er is geen beeldscherm" in done.stderr
    assert "xcb" not in done.stderr and "Aborted" not in done.stderr


def test_the_display_check() -> None:
    assert display_missing({}) == sys.platform.startswith("linux")
    assert not display_missing({"DISPLAY": ":0"})
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"})
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"})
    assert display_missing({"QT_QPA_PLATFORM": "xcb"}) == sys.platform.startswith("linux")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_dev_py_demo_without_a_display_explains_how_to_run_the_window() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "dev.py"), "demo"], cwd=ROOT,
                          env=without_display(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "The window needs a desktop session" in done.stderr
    assert "python3 dev.py test" in done.stderr


def test_a_refusal_in_the_window_speaks_english_when_the_program_does(
        db_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.ui.i18n import install_translators

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    try:
        install_translators("en")
        with Database.open(db_path):
            assert open_database(db_path) is None
    finally:
        install_translators("nl")
    (text,) = shown
    assert text.startswith("'werkplaats.sqlite' is already open in another window or program "
                           f"(process {os.getpid()}, since ")
    assert text.endswith("). Close it there first; two programs working in one file at once "
                         "can overwrite each other's work. The file has not been changed.")
