"""Can Qt open a window here? A check made before ``QApplication`` exists (issue 15).

On Linux and the BSDs Qt's ``xcb`` platform aborts the whole program with an English message
("could not connect to display", "xcb-cursor0 or libxcb-cursor0 is needed ...") when the X
display in ``DISPLAY`` cannot be reached or a system library of its plugin is missing. Both
are checked here first, with the standard library only (this module is also used by
``dev.py`` before its virtual environment exists, and has no Qt import):

* **the display**: ``xcb_connect`` of the system's ``libxcb`` (the library Qt's plugin connects
  with, so ``DISPLAY``, ``XAUTHORITY``, TCP ``host:n`` and abstract sockets are handled exactly
  as Qt handles them), through ``ctypes``, in a thread that is given a few seconds: a display
  on a host that does not answer is "not reachable" instead of a start that hangs;
* **the plugin's libraries**: the ``xcb`` plugin of the installed PySide6 is loaded with
  ``ctypes`` (about 10 ms); when the dynamic loader cannot find a library it needs (classically
  ``libxcb-cursor.so.0`` since Qt 6.5), that library and the Debian package that has it are
  named.

Only when Qt would use ``xcb``: ``QT_QPA_PLATFORM`` empty (and no ``WAYLAND_DISPLAY``) or
``xcb``; offscreen, wayland, vnc and the others are left alone, as are Windows and macOS. When
a check cannot be made (no libxcb to load, no PySide6 next to ``dev.py``), it says nothing and
Qt has the last word, as before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: how long the display may take to answer (a slow ``ssh -X`` connection answers in well under
#: a second; a host that does not answer would make Qt wait for minutes)
TIMEOUT = 5.0

_MISSING_LIBRARY = re.compile(r"(lib[^\s:/]+\.so(?:\.[0-9]+)*): cannot open shared object file")


@dataclass(frozen=True)
class DisplayProblem:
    """Why Qt's xcb platform would abort: ``unreachable`` (``display`` cannot be connected to)
    or ``library`` (``library`` is missing; ``package`` is the Debian/Ubuntu package)."""

    kind: str
    display: str
    library: str = ""
    package: str = ""


def uses_xcb(environ: Mapping[str, str] | None = None) -> bool:
    """True on Linux and the BSDs when Qt will start its ``xcb`` platform for the window."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        # "xcb" or "xcb:option=..."; a list ("wayland;xcb") or another platform: not ours
        return platform.split(":", 1)[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def problem(environ: Mapping[str, str] | None = None, *,
            timeout: float = TIMEOUT) -> DisplayProblem | None:
    """What stops Qt's xcb platform here, or None (nothing found, or nothing to check: no
    ``DISPLAY`` at all is the caller's own check)."""
    env = os.environ if environ is None else environ
    display = env.get("DISPLAY", "")
    if not display or not uses_xcb(env):
        return None
    if connects(display, timeout=timeout) is False:
        return DisplayProblem("unreachable", display)
    missing = missing_library()
    if missing:
        return DisplayProblem("library", display, missing, debian_package(missing))
    return None


def _libxcb() -> ctypes.CDLL | None:
    for name in ("libxcb.so.1", ctypes.util.find_library("xcb")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.xcb_connect.restype = ctypes.c_void_p
        lib.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        lib.xcb_connection_has_error.restype = ctypes.c_int
        lib.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        lib.xcb_disconnect.restype = None
        lib.xcb_disconnect.argtypes = [ctypes.c_void_p]
        return lib
    return None


def connects(display: str, *, timeout: float = TIMEOUT) -> bool | None:
    """Can an X connection to ``display`` be made (as Qt makes it)? None when it cannot be
    told (no libxcb here)."""
    lib = _libxcb()
    if lib is None:
        return None
    answer: list[bool] = []

    def attempt() -> None:
        connection = lib.xcb_connect(display.encode(), None)
        try:
            answer.append(lib.xcb_connection_has_error(connection) == 0)
        finally:
            lib.xcb_disconnect(connection)  # also for the error object xcb returns

    worker = threading.Thread(target=attempt, name="display-check", daemon=True)
    worker.start()
    worker.join(timeout)
    return answer[0] if answer else False  # no answer in time: not reachable


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the installed PySide6 (not imported: only found)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_library(plugin: Path | None = None) -> str | None:
    """The shared library the xcb plugin needs and the system does not have
    (``libxcb-cursor.so.0``), or None."""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _MISSING_LIBRARY.search(str(exc))
        return found.group(1) if found else None
    return None


def debian_package(library: str) -> str:
    """``libxcb-cursor.so.0`` → ``libxcb-cursor0``; ``libxkbcommon-x11.so.0`` →
    ``libxkbcommon-x11-0`` (Debian's names for shared-library packages)."""
    name, _, version = library.partition(".so")
    version = version.lstrip(".").split(".")[0]
    if not version:
        return name.lower()
    return (name + ("-" if name[-1:].isdigit() else "") + version).lower()
