"""Screenshots of the program, made from the demo database (never by hand).

    python tools/screenshots.py MAP [--taal nl|en|beide] [--handleiding]

Renders the window offscreen at 1366x768 (Qt's offscreen platform: no display needed) on a
fresh demo database and on an empty database, and saves one PNG per screen in MAP:
the Overzicht, the activities list (with its buttons), a new activity's form, a partner whose
provincie follows its gemeente, a list saved under a filter (the notice), a bulk O change's
question; and of a new file: its welcome page (also at 1280x720), the setup with a werkplaats
of the national list chosen, the Overzicht after the setup (next steps) and an empty list.
``--handleiding`` also writes
the pictures the manual's first chapter shows (resources/handleiding/img/, Dutch), so that the
manual matches what the user sees; run it again after changing a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: the pictures of the manual's first chapter: screenshot name -> file in the manual
MANUAL = {"overzicht": "overzicht.png", "activiteiten": "activiteiten.png",
          "nieuwe-activiteit": "nieuwe-activiteit.png", "welkom": "welkom.png",
          "instellen": "instellen.png", "leeg-overzicht": "leeg-overzicht.png"}
SIZE = (1366, 768)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("map", type=Path)
    parser.add_argument("--taal", choices=("nl", "en", "beide"), default="beide")
    parser.add_argument("--handleiding", action="store_true")
    args = parser.parse_args(argv)
    args.map.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="werkplaats-schermen-") as work:
        os.environ["WERKPLAATS_DATA_DIR"] = work
        os.environ["XDG_CONFIG_HOME"] = work
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        QCoreApplication.setOrganizationName("Werkplaats Desktop schermen")
        app = QApplication([])
        from werkplaats_desktop.ui.refcount_guard import protect
        from werkplaats_desktop.ui.style import STYLE_SHEET

        protect()
        app.setStyleSheet(STYLE_SHEET)
        languages = ("nl", "en") if args.taal == "beide" else (args.taal,)
        made: list[Path] = []
        for language in languages:
            made += shoot(Path(work), args.map, language)
        if args.handleiding:
            target = ROOT / "resources" / "handleiding" / "img"
            target.mkdir(parents=True, exist_ok=True)
            for name, file in MANUAL.items():
                source = args.map / f"{name}-nl.png"
                if not source.exists():
                    made += shoot(Path(work), args.map, "nl")
                (target / file).write_bytes(source.read_bytes())
                made.append(target / file)
    for path in made:
        print(path)
    return 0


def shoot(work: Path, out: Path, language: str) -> list[Path]:
    """Every screen in ``language``; returns the files written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from werkplaats_desktop.demo.builder import build_demo
    from werkplaats_desktop.store.database import Database
    from werkplaats_desktop.ui.bulk_dialog import OtherKindsDialog
    from werkplaats_desktop.ui.forms.dialog import RecordDialog
    from werkplaats_desktop.ui.i18n import install_translators
    from werkplaats_desktop.ui.list_page import ListPage
    from werkplaats_desktop.ui.main_window import MainWindow
    from werkplaats_desktop.ui.settings import Settings
    from werkplaats_desktop.ui.setup_dialog import SetupDialog
    from werkplaats_desktop.ui.welcome import Welcome

    install_translators(language)
    demo_path = work / f"demo-{language}.sqlite"
    if not demo_path.exists():
        build_demo(demo_path)
    empty_path = work / f"leeg-{language}.sqlite"
    Database.open(empty_path).close()
    made: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        made.append(path)

    def window_on(path: Path) -> MainWindow:
        window = MainWindow(Database.open(path), Settings())
        window.resize(*SIZE)
        window.show()
        settle()
        return window

    def overzicht(window: MainWindow, name: str) -> None:
        page = window.show_page("overzicht")
        page.build_charts()  # type: ignore[attr-defined]
        for panel in getattr(page, "panels", {}).values():
            panel.ensure_built()
        save(window, name)

    def dialog_shot(dialog: QDialog, name: str, act: Callable[[], None] | None = None) -> None:
        dialog.show()
        if act is not None:
            act()
        save(dialog, name)
        if isinstance(dialog, RecordDialog):
            dialog.dirty = False
        dialog.reject()

    window = window_on(demo_path)
    overzicht(window, "overzicht")
    page = window.show_page("activiteit")
    assert isinstance(page, ListPage)
    save(window, "activiteiten")
    dialog_shot(RecordDialog(window.services, "activiteit", parent=window), "nieuwe-activiteit")
    partner = RecordDialog(window.services, "partner", parent=window)

    def choose_wijdemeren() -> None:
        gemeente = partner.fields["gemeente_id"]
        gemeente.set_value(next(c.key for c in window.services.reference.gemeenten()
                                if c.label == "Wijdemeren"))
    dialog_shot(partner, "partner-gemeente-provincie", choose_wijdemeren)
    # a record saved under a filter that hides it: the notice above the list
    jaar = page.filters["jaar"]
    jaar.toggle(jaar.findData(2011))  # type: ignore[union-attr]
    saved = window.services.activiteiten.get(page.model.id_at(0))
    other = next(a for a in window.services.activiteiten.all() if a.jaar != 2011)
    page.show_saved(other if other.id != saved.id else saved)
    save(window, "opgeslagen-buiten-filter")
    page.clear_filters()
    o_dialog = OtherKindsDialog(window.services, __import__(
        "werkplaats_desktop.domain.enums", fromlist=["O"]).O.ONDERWIJS, 3, window)
    dialog_shot(o_dialog, "bulk-o-vraag")
    window.open_list("activiteit", {"werkplaats_ids": [c.key for c in
                                                        window.services.reference.options(
                                                            "werkplaats")],
                                    "zonder_thema": True, "provincie_code": "PV26"})
    save(window, "drilldown-lange-filtertekst")
    window.close()
    window.db.close()

    empty = window_on(empty_path)  # a new file: the welcome page
    save(empty, "welkom")
    empty.resize(1280, 680)
    save(empty, "welkom-1280")
    empty.resize(*SIZE)
    welcome = empty.findChild(Welcome)
    assert welcome is not None
    setup = welcome.start_setup()
    assert isinstance(setup, SetupDialog)
    setup.show()
    save(setup, "instellen-leeg")
    setup.werkplaats.setEditText("Wmo-werkplaats Utrecht")  # as chosen from the completion
    save(setup, "instellen")
    setup.set_up()  # one call into the core, as the button does; then the Overzicht
    settle()
    overzicht(empty, "leeg-overzicht")
    empty.show_page("activiteit")
    save(empty, "lege-lijst")
    empty.resize(1280, 680)
    empty.show_page("project")
    save(empty, "lege-lijst-1280")
    QTimer.singleShot(0, lambda: None)
    empty.close()
    empty.db.close()
    install_translators("nl")
    return made


if __name__ == "__main__":
    sys.exit(main())
