"""Without a screen the program says why it stops, on stderr, and stops (issue 15,
observation 5): a refusal at start-up never waits for a click on a dialog nobody can see, and
without any display the window program and ``dev.py demo`` explain what to do instead of
letting Qt abort with a message about libxcb.
"""

from __future__ import annotations

import os
import shutil
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


# --- DISPLAY set, but Qt's xcb platform would still abort (issue 15, the coordinator's trial) ---

QT_ABORT_TEXT = ("xcb", "could not connect to display", "Aborted", "qt.qpa", "platform plugin")


def unused_display() -> int:
    """A display number no X server uses here (no socket, no lock file, no TCP listener)."""
    import socket

    for number in range(99, 400):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        with socket.socket() as probe:
            probe.settimeout(0.2)
            if probe.connect_ex(("127.0.0.1", 6000 + number)) == 0:
                continue
        return number
    pytest.skip("geen vrij beeldschermnummer")


def unreachable_display(**extra: str) -> tuple[dict[str, str], str]:
    display = f":{unused_display()}"
    return without_display(DISPLAY=display, **extra), display


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_an_unreachable_display_is_explained_in_dutch_instead_of_qts_abort(
        tmp_path: Path) -> None:
    env, display = unreachable_display()
    target = tmp_path / "nieuw.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "werkplaats_desktop.ui.app", "--db", str(target)],
        env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == (
        f"Werkplaats Desktop kan geen venster openen: het beeldscherm DISPLAY={display} is niet "
        "bereikbaar (daar draait geen X-server, hij antwoordt niet of hij laat dit programma "
        "niet toe). Start het programma vanuit een bureaublad (of met 'ssh -X'), of zet "
        "DISPLAY goed. Zonder venster werkt de opdracht 'werkplaats' (zie 'werkplaats "
        "--help'), en 'werkplaats-desktop --self-test' controleert het programma.\n")
    assert not any(text in done.stderr for text in QT_ABORT_TEXT)
    assert not target.exists()  # nothing was opened or made


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_the_demo_start_with_an_unreachable_display_is_explained_too() -> None:
    env, display = unreachable_display()
    done = subprocess.run([sys.executable, "-m", "werkplaats_desktop.ui.app", "--demo"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"het beeldscherm DISPLAY={display} is niet bereikbaar" in done.stderr
    assert not any(text in done.stderr for text in QT_ABORT_TEXT)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_with_the_offscreen_platform_an_unreachable_display_changes_nothing(
        db_path: Path) -> None:
    """The check is for Qt's xcb platform only: offscreen starts as before (here up to the
    refusal of a file that is in use, which proves the start got past the check)."""
    env, _display = unreachable_display(QT_QPA_PLATFORM="offscreen")
    with Database.open(db_path):
        done = subprocess.run(
            [sys.executable, "-m", "werkplaats_desktop.ui.app", "--db", str(db_path)],
            env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "al geopend in een ander venster of programma" in done.stderr
    assert "beeldscherm" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_dev_py_demo_with_an_unreachable_display_says_so_before_setting_up() -> None:
    env, display = unreachable_display()
    done = subprocess.run([sys.executable, str(ROOT / "dev.py"), "demo"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"the display here cannot be reached: DISPLAY={display}" in done.stderr
    assert "python3 dev.py test" in done.stderr and "Installing" not in done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_the_xcb_check_follows_the_platform_qt_will_use() -> None:
    from werkplaats_desktop import display as screen

    number = unused_display()
    gone = f":{number}"
    assert screen.problem({"DISPLAY": gone}) == screen.DisplayProblem("unreachable", gone)
    assert screen.problem({"DISPLAY": gone, "QT_QPA_PLATFORM": "xcb"}) is not None
    assert screen.problem({"DISPLAY": gone, "QT_QPA_PLATFORM": "xcb",
                           "WAYLAND_DISPLAY": "wayland-0"}) is not None
    for other in ("offscreen", "wayland", "minimal", "vnc", "wayland;xcb"):
        assert screen.problem({"DISPLAY": gone, "QT_QPA_PLATFORM": other}) is None
    assert screen.problem({"DISPLAY": gone, "WAYLAND_DISPLAY": "wayland-0"}) is None
    assert screen.problem({}) is None  # no DISPLAY at all: display_missing's case
    assert screen.problem({"DISPLAY": f"127.0.0.1:{number}"}) is not None  # TCP


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY: Linux only")
def test_a_display_that_does_not_answer_is_unreachable_after_the_timeout() -> None:
    """A listener that accepts and never answers (a frozen ssh tunnel): Qt would wait."""
    import socket
    import time

    from werkplaats_desktop import display as screen

    for number in range(150, 400):
        listener = socket.socket()
        try:
            listener.bind(("127.0.0.1", 6000 + number))
            break
        except OSError:
            listener.close()
    else:
        pytest.skip("geen vrije poort")
    with listener:
        listener.listen(1)
        started = time.monotonic()
        assert screen.connects(f"127.0.0.1:{number}", timeout=0.5) is False
        assert time.monotonic() - started < 5


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("Xvfb"),
                    reason="needs Xvfb (Linux)")
def test_a_real_x_server_passes_the_check(tmp_path: Path) -> None:
    import time

    from werkplaats_desktop import display as screen

    number = unused_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert screen.connects(f":{number}") is True
        assert screen.problem({"DISPLAY": f":{number}"}) is None
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture
def plugin_missing_a_library(tmp_path: Path) -> Path:
    """A shared library that needs ``libwerkplaatsontbreekt.so.0``, which is not there: as
    Qt's xcb plugin is without libxcb-cursor0."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("needs a C compiler")
    (tmp_path / "dep.c").write_text("int werkplaats_dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text(
        "int werkplaats_dep(void);\nint werkplaats_plugin(void) { return werkplaats_dep(); }\n")
    dep = tmp_path / "libwerkplaatsontbreekt.so.0"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(dep),
                    "-Wl,-soname,libwerkplaatsontbreekt.so.0", str(tmp_path / "dep.c")],
                   check=True, capture_output=True)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    str(dep)], check=True, capture_output=True)
    dep.unlink()
    return plugin


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb: Linux only")
def test_a_missing_system_library_of_the_xcb_plugin_is_named_with_its_package(
        plugin_missing_a_library: Path) -> None:
    from werkplaats_desktop import display as screen

    assert screen.missing_library(plugin_missing_a_library) == "libwerkplaatsontbreekt.so.0"
    assert screen.missing_library() is None  # the installed PySide6 has all it needs here
    assert screen.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert screen.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert screen.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert screen.debian_package("libEGL.so.1") == "libegl1"
    code = ("import sys; from pathlib import Path; import werkplaats_desktop.display as d; "
            "d.connects = lambda *a, **k: True; "
            f"d.xcb_plugin = lambda: Path({str(plugin_missing_a_library)!r}); "
            "from werkplaats_desktop.ui.app import main; sys.exit(main(['--demo']))")
    env, _display = unreachable_display()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == (
        "Werkplaats Desktop kan geen venster openen: de systeembibliotheek "
        "libwerkplaatsontbreekt.so.0 ontbreekt, die Qt nodig heeft om een venster te tonen. "
        "Installeer het pakket libwerkplaatsontbreekt0 (Debian/Ubuntu: sudo apt-get install "
        "libwerkplaatsontbreekt0) en start het programma opnieuw. Zonder venster werkt de "
        "opdracht 'werkplaats' (zie 'werkplaats --help'), en 'werkplaats-desktop --self-test' "
        "controleert het programma.\n")
