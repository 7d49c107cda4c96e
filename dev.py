#!/usr/bin/env python3
"""Set up and run Werkplaats Desktop from a source checkout, with nothing but Python 3.11+.

    python3 dev.py demo     set up, then open the program on the demo database
    python3 dev.py test     set up, then run the whole test suite (extra args go to pytest)
    python3 dev.py app      set up, then open the program (extra args: --db PATH, ...)
    python3 dev.py shell    set up, then print how to activate the environment

"Set up" creates ./.venv and installs the project with its test tools into it; it is redone
only when pyproject.toml changes. Only the standard library is used here, on purpose.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".werkplaats-setup"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def setup() -> Path:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"Werkplaats Desktop needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
                 f"this is {sys.version.split()[0]}.")
    python = venv_python()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Werkplaats Desktop and its test tools into .venv ...", flush=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"],
                   check=True)
    STAMP.write_text(wanted)
    return python


NO_DISPLAY = """\
The window needs a desktop session, and there is none here: DISPLAY and WAYLAND_DISPLAY are
empty (an ssh login or a container without a screen). Without one Qt stops with a message
about libxcb-cursor0 that does not help.

  * Run `python3 dev.py demo` in a terminal of your desktop (or log in with `ssh -X`).
  * Without a screen everything else works: `python3 dev.py test` (the tests use Qt's
    offscreen platform), `.venv/bin/werkplaats --help` (the command line), and
    `.venv/bin/werkplaats-desktop --self-test` (checks the program without a window).
  * To start the window anyway on Qt's offscreen platform (nothing is shown), set
    QT_QPA_PLATFORM=offscreen."""


UNREACHABLE_DISPLAY = """\
The window needs a desktop session, and the display here cannot be reached: DISPLAY={display}
(no X server runs there, it does not answer, or it does not let this program in). Without one
Qt stops with a message about libxcb-cursor0 that does not help.

  * Run `python3 dev.py demo` in a terminal of your desktop (or log in with `ssh -X`), or set
    DISPLAY to the display of your desktop.
  * Without a screen everything else works: `python3 dev.py test` (the tests use Qt's
    offscreen platform), `.venv/bin/werkplaats --help` (the command line), and
    `.venv/bin/werkplaats-desktop --self-test` (checks the program without a window).
  * To start the window anyway on Qt's offscreen platform (nothing is shown), set
    QT_QPA_PLATFORM=offscreen."""


def unreachable_display(environ: dict[str, str] | None = None) -> str | None:
    """DISPLAY is set but Qt's xcb platform cannot connect to it: its value, else None (the
    check is werkplaats_desktop/display.py, standard library only, like this file)."""
    sys.path.insert(0, str(ROOT))
    try:
        from werkplaats_desktop.display import connects, uses_xcb
    finally:
        sys.path.remove(str(ROOT))
    env = os.environ if environ is None else environ
    display = env.get("DISPLAY", "")
    if display and uses_xcb(env) and connects(display) is False:
        return display
    return None


def no_display(environ: dict[str, str] | None = None) -> bool:
    """Linux/BSD without a screen for Qt (see NO_DISPLAY); Windows and macOS always have one."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False
    return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test", "app", "shell"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command in ("demo", "app") and no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    if command in ("demo", "app"):
        unreachable = unreachable_display()
        if unreachable is not None:
            print(UNREACHABLE_DISPLAY.format(display=unreachable), file=sys.stderr)
            return 2
    python = setup()
    env = dict(os.environ)
    if command == "test":
        # Qt needs no screen for the tests; CI has none.
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # one worker per core (pytest-xdist): the suite takes about 7 instead of 12 minutes
        # on 2 cores; "-n 0" runs it in one process
        workers = [] if any(a.startswith(("-n", "--numprocesses")) for a in rest) \
            else ["-n", "auto"]
        return subprocess.run([python, "-m", "pytest", *workers, *rest], cwd=ROOT,
                              env=env).returncode
    if command == "demo":
        return subprocess.run([python, "-m", "werkplaats_desktop.ui.app", "--demo", *rest],
                              cwd=ROOT, env=env).returncode
    if command == "app":
        return subprocess.run([python, "-m", "werkplaats_desktop.ui.app", *rest],
                              cwd=ROOT, env=env).returncode
    activate = VENV / ("Scripts\\activate" if os.name == "nt" else "bin/activate")
    print(f"Environment ready. Activate it with: source {activate}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
