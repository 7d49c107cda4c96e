"""``werkplaats-desktop [--db PATH] [--demo]``: start the window.

The order of a start, for a window that is there quickly:

1. only the store is imported before the command line is read; as soon as the file is known,
   its checks (lock, crash recovery, quick check) start in a thread of their own
   (``store.BackgroundCheck``): SQLite checks a large file while the rest is loaded, Qt starts
   and the window is made;
2. the services before PySide6: PySide6 hooks every import made after its own and reads each
   module's source, which costs about 0.1 s at every start for SQLAlchemy and the services
   (the core never uses PySide);
3. Qt and the window's code (imported while the check runs), the file opened with the result
   of those checks, the window with only its first page made (the other pages are made when
   first shown); the Overzicht shows the pictures of its charts kept from the last start on
   the same data at once and computes its figures in the background once the window is shown
   (``ui/dashboard``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# The store first, and only the store: a file named on the command line is then checked (in
# a thread of its own, see main) while the services, PySide6 and the window's code are loaded.
import werkplaats_desktop.store  # noqa: F401
from werkplaats_desktop import APP_NAME, ORGANIZATION, __version__
from werkplaats_desktop.display import DisplayProblem
from werkplaats_desktop.display import problem as display_problem
from werkplaats_desktop.locations import default_database_path, demo_database_path
from werkplaats_desktop.store import BackgroundCheck, SchemaError, ServerTarget, parse_target

if TYPE_CHECKING:
    from werkplaats_desktop.ui.settings import Settings


def db_argument(value: str) -> Path | ServerTarget:
    try:
        return parse_target(value)
    except SchemaError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="werkplaats-desktop",
                                     description=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=db_argument,
                        help="open dit databasebestand, of een gedeelde database: "
                             "postgresql://gebruiker@server:poort/database")
    parser.add_argument("--demo", action="store_true",
                        help="open de voorbeelddatabase (in de gebruikersmap; "
                             "wordt zo nodig eerst gemaakt)")
    parser.add_argument("--self-test", action="store_true",
                        help="controleer zonder venster of het programma werkt en stop "
                             "(uitvoercode 0 = goed); met --db postgresql://... op die gedeelde "
                             "database, in een tijdelijk schema dat daarna wordt verwijderd")
    parser.add_argument("--resultaat", type=Path, metavar="PAD",
                        help="met --self-test: schrijf het resultaat naar dit tekstbestand "
                             "(onder Windows heeft het venster-programma geen console)")
    return parser.parse_args(argv)


def display_missing(environ: Mapping[str, str] | None = None) -> bool:
    """True on Linux and the BSDs when Qt would look for a screen and there is none: Qt then
    aborts with a message about libxcb, which helps no one (issue 15)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False  # offscreen, minimal, vnc, eglfs...: no desktop needed
    return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")


def _load_translations() -> None:
    """The translations of the program's settings, for a message before the window (a
    QCoreApplication needs no screen, so they can be loaded)."""
    from PySide6.QtCore import QCoreApplication

    from werkplaats_desktop.ui.i18n import install_translators
    from werkplaats_desktop.ui.settings import Settings

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    install_translators(Settings().language)


def _display_problem_message(problem: DisplayProblem) -> str:
    """Why the window cannot open although DISPLAY is set (display.py), in the language of
    the program's settings."""
    from werkplaats_desktop.ui.i18n import translate

    _load_translations()
    if problem.kind == "library":
        return translate(
            "Start", "Werkplaats Desktop kan geen venster openen: de systeembibliotheek %1 "
                     "ontbreekt, die Qt nodig heeft om een venster te tonen. Installeer het "
                     "pakket %2 (Debian/Ubuntu: sudo apt-get install %2) en start het programma "
                     "opnieuw. Zonder venster werkt de opdracht 'werkplaats' (zie 'werkplaats "
                     "--help'), en 'werkplaats-desktop --self-test' controleert het programma."
        ).replace("%1", problem.library).replace("%2", problem.package)
    return translate(
        "Start", "Werkplaats Desktop kan geen venster openen: het beeldscherm DISPLAY=%1 is niet "
                 "bereikbaar (daar draait geen X-server, hij antwoordt niet of hij laat dit "
                 "programma niet toe). Start het programma vanuit een bureaublad (of met 'ssh "
                 "-X'), of zet DISPLAY goed. Zonder venster werkt de opdracht 'werkplaats' (zie "
                 "'werkplaats --help'), en 'werkplaats-desktop --self-test' controleert het "
                 "programma.").replace("%1", problem.display)


def _no_display_message() -> str:
    """The explanation, in the language of the program's settings."""
    from werkplaats_desktop.ui.i18n import translate

    _load_translations()
    return translate(
        "Start", "Werkplaats Desktop kan geen venster openen: er is geen beeldscherm (geen "
                 "bureaubladsessie; DISPLAY en WAYLAND_DISPLAY zijn leeg). Start het programma "
                 "vanuit een bureaublad (of met 'ssh -X'). Zonder venster werkt de opdracht "
                 "'werkplaats' (zie 'werkplaats --help'), en 'werkplaats-desktop --self-test' "
                 "controleert het programma.")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from werkplaats_desktop.ui.selftest_qt import run_gui_selftest

        # a shared database is tested in a temporary schema there; a file named with --db
        # is not used (the self-test makes its own, as without --db)
        return run_gui_selftest(args.resultaat,
                                args.db if isinstance(args.db, ServerTarget) else None)
    if display_missing():
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            print(_no_display_message(), file=sys.stderr)
            return 1
    # DISPLAY is set but Qt's xcb platform would still abort (a display nobody answers on, a
    # missing libxcb-cursor0): checked without Qt, in a few milliseconds (display.py)
    trouble = display_problem()
    if trouble is not None:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            print(_display_problem_message(trouble), file=sys.stderr)
            return 1
    # a file named on the command line is checked while the rest is loaded and Qt starts
    server = args.db if isinstance(args.db, ServerTarget) and not args.demo else None
    early = (BackgroundCheck(args.db) if args.db is not None and not args.demo
             and server is None else None)
    # isort: off
    # The core before PySide6: PySide6 hooks every import made after its own and reads each
    # module's source (to see whether it uses PySide's feature switches), which costs about
    # 0.1 s at every start for SQLAlchemy and the services. The core never uses PySide.
    import werkplaats_desktop.services  # noqa: F401

    # isort: on
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from werkplaats_desktop.locations import resources_dir
    from werkplaats_desktop.ui.demo_file import demo_database
    from werkplaats_desktop.ui.i18n import install_translators
    from werkplaats_desktop.ui.opening import open_database
    from werkplaats_desktop.ui.settings import Settings
    from werkplaats_desktop.ui.style import follow_palette

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from werkplaats_desktop.ui.refcount_guard import protect

    protect()  # a Qt binding that steals references to None must not crash the quit
    settings = Settings()
    path = None if args.demo or server is not None else (args.db or start_file(settings))
    if early is None and path is not None:
        early = BackgroundCheck(path)  # the file opened last: checked while the window is made
    from werkplaats_desktop.ui.errors import install_error_handling

    install_error_handling(app)  # log file + Dutch dialog for unexpected errors
    follow_palette(app)  # a style sheet from the palette, renewed when the theme changes
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "werkplaats.svg")))
    install_translators(settings.language)
    # the window's code is loaded while the file is still being checked (SQLite's quick check
    # of a large file runs in its thread meanwhile)
    from werkplaats_desktop.ui.main_window import OPEN_WINDOWS, MainWindow

    if server is not None:  # a shared database (ui/server.py)
        from werkplaats_desktop.ui.server import open_server

        db = open_server(server)
    else:
        # a refusal also goes to stderr (see opening.py)
        db = open_database(path or demo_database(), start=True, early=early)
    if db is None:
        return 1
    window = MainWindow(db, settings)
    window.show()
    code = app.exec()
    # the window may have been replaced (language) or switched database meanwhile
    for database in {id(w.db): w.db for w in [window, *OPEN_WINDOWS]}.values():
        database.close()
    return code


def start_file(settings: Settings) -> Path:
    """The file opened last, if it is still there; otherwise the user's own database."""
    last = settings.last_file
    if last is not None and last.exists() and last != demo_database_path():
        return last
    return default_database_path()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
