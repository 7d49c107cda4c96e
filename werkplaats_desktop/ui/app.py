"""``werkplaats-desktop [--db PATH] [--demo]``: start the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

# isort: off
# The core before PySide6: PySide6 hooks every import made after its own and reads each
# module's source (to see whether it uses PySide's feature switches), which costs about 0.1 s
# at every start for SQLAlchemy and the services. The core never uses PySide.
import werkplaats_desktop.services  # noqa: F401
import werkplaats_desktop.store  # noqa: F401

# isort: on
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from werkplaats_desktop import APP_NAME, ORGANIZATION, __version__
from werkplaats_desktop.locations import (
    default_database_path,
    demo_database_path,
    resources_dir,
)
from werkplaats_desktop.store import SchemaError, ServerTarget, parse_target
from werkplaats_desktop.ui.demo_file import demo_database
from werkplaats_desktop.ui.i18n import install_translators
from werkplaats_desktop.ui.opening import open_database
from werkplaats_desktop.ui.settings import Settings
from werkplaats_desktop.ui.style import follow_palette


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
                             "(uitvoercode 0 = goed)")
    parser.add_argument("--resultaat", type=Path, metavar="PAD",
                        help="met --self-test: schrijf het resultaat naar dit tekstbestand "
                             "(onder Windows heeft het venster-programma geen console)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from werkplaats_desktop.ui.selftest_qt import run_gui_selftest

        return run_gui_selftest(args.resultaat)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from werkplaats_desktop.ui.refcount_guard import protect

    protect()  # a Qt binding that steals references to None must not crash the quit
    from werkplaats_desktop.ui.errors import install_error_handling

    install_error_handling(app)  # log file + Dutch dialog for unexpected errors
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    follow_palette(app)  # a style sheet from the palette, renewed when the theme changes
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "werkplaats.svg")))
    settings = Settings()
    install_translators(settings.language)
    path = demo_database() if args.demo else (args.db or start_file(settings))
    if isinstance(path, ServerTarget):  # a shared database (ui/server.py)
        from werkplaats_desktop.ui.server import open_server

        db = open_server(path)
    else:
        db = open_database(path)
    if db is None:
        return 1
    from werkplaats_desktop.ui.main_window import OPEN_WINDOWS, MainWindow

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
