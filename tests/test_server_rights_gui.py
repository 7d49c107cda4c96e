"""The window on a shared database when the server's rights refuse a delete (store/pg_roles.py):
a werkplaats role may add and change shared partners but not delete them, and cannot touch
another werkplaats's records. The user gets a clear Dutch message (no traceback), nothing is
half done, and there is nothing to undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.windows import shown_window
from werkplaats_desktop.cli.main import main as cli_main
from werkplaats_desktop.domain import enums as e
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Database, orm
from werkplaats_desktop.ui.main_window import MainWindow

#: where the refusal is rendered, to be looked at
SHOT = Path("/tmp/wt18b-verwijderen-geweigerd.png")


@pytest.fixture
def anna(pg_server: Any, pg_demo_template: str) -> Iterator[tuple[Any, str]]:
    """The demo data with the roles, and Anna: a login of werkplaats Amsterdam (wp_wsd_ams)."""
    name = pg_server.new_database(pg_demo_template)
    assert cli_main(["rollen", pg_server.url(name)]) == 0
    pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                      "'anna') THEN CREATE ROLE anna LOGIN; END IF; END $$")
    pg_server.execute("GRANT wp_wsd_ams TO anna")
    yield pg_server, name
    pg_server.drop_database(name)


@pytest.fixture
def window(qtbot: QtBot, anna: tuple[Any, str],
           capsys: pytest.CaptureFixture[str]) -> Iterator[MainWindow]:
    server, name = anna
    capsys.readouterr()
    with shown_window(Database.open(server.target(name, "anna"))) as w:
        yield w


def shown_boxes(monkeypatch: pytest.MonkeyPatch, shot: Path) -> list[str]:
    """QMessageBox.question answers Yes; QMessageBox.warning/information/critical is shown
    as the real box, rendered to ``shot`` and closed. Returns the texts shown."""
    texts: list[str] = []

    def show(icon: QMessageBox.Icon) -> Any:
        def box(parent: QWidget | None, title: str, text: str, *args: Any) -> Any:
            texts.append(text)
            real = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            real.show()
            real.grab().save(str(shot))
            real.close()
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", show(QMessageBox.Icon.Warning))
    monkeypatch.setattr(QMessageBox, "information", show(QMessageBox.Icon.Information))
    monkeypatch.setattr(QMessageBox, "critical", show(QMessageBox.Icon.Critical))
    return texts


def delete_by_search(qtbot: QtBot, window: MainWindow, key: str, text: str) -> Any:
    """On the page of ``key``: search ``text``, click the one row found, click Verwijderen."""
    page = window.show_page(key)
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    rect = page.table.visualRect(page.model.index(0, page._first_visible_column()))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(page.selected_ids()) == 1
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    return page


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(orm.Partner)) or 0,
                s.scalar(select(func.count()).select_from(orm.VergetenRecord)) or 0,
                s.scalar(select(func.count()).select_from(orm.Project)) or 0)


def test_deleting_a_shared_partner_is_refused_with_a_dutch_message(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    services = window.services
    # Anna may add a shared partner (and change it) ...
    partner = services.records("partner").create(m.Partner(
        naam="Stichting Wijkkracht Zuid", type=e.PartnerType.VRIJWILLIGERSORGANISATIE,
        provincie_code="PV27"))
    before, history = counts(window.db), len(window.db.history.undo)
    texts = shown_boxes(monkeypatch, SHOT)
    # ... but not delete it: the server has no DELETE right on partners for her role
    page = delete_by_search(qtbot, window, "partner", "Wijkkracht")
    assert len(texts) == 1, texts
    assert texts[0] == (
        "U mag geen partner verwijderen: een partner wordt gedeeld door alle werkplaatsen in "
        "de gedeelde database, en alleen de beheerder van de database mag gedeelde gegevens "
        "verwijderen. Er is niets verwijderd.")
    assert SHOT.is_file()
    # nothing half done: the partner is there, no 'forgotten' record was left, nothing to undo
    assert counts(window.db) == before
    assert services.records("partner").get(partner.id).naam == "Stichting Wijkkracht Zuid"
    assert len(window.db.history.undo) == history
    assert page.model.rowCount() == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err


def test_deleting_another_werkplaatss_project_is_refused_too(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    services = window.services
    utr = services.reference.werkplaats_ids(["Wmo-werkplaats Utrecht"])[0]
    with window.db.read() as s:
        naam = s.scalars(select(orm.Project.naam).where(orm.Project.werkplaats_id == utr)
                         .order_by(orm.Project.id)).first()
    assert naam is not None
    before = counts(window.db)
    texts = shown_boxes(monkeypatch, SHOT.with_name("wt18b-project-geweigerd.png"))
    delete_by_search(qtbot, window, "project", naam)
    assert texts == ["U mag dit niet verwijderen: het is een project van een andere werkplaats "
                     "(de rechten op de gedeelde database). Er is niets verwijderd."]
    assert counts(window.db) == before


def test_the_service_refuses_in_both_cases_and_changes_nothing(anna: tuple[Any, str]) -> None:
    """The same without the window (the rule is the server's; the service explains it)."""
    server, name = anna
    with Database.open(server.target(name, "anna")) as db:
        services = Services(db)
        partner_id = services.records("partner").all()[0].id
        before = counts(db)
        with pytest.raises(ValidationError, match="U mag geen partner verwijderen"):
            services.records("partner").delete(partner_id)
        ams = services.reference.werkplaats_ids(["Wmo-werkplaats Amsterdam"])[0]
        with db.read() as s:
            own = s.scalar(select(orm.Project.id).where(orm.Project.werkplaats_id == ams))
            other = s.scalar(select(orm.Project.id).where(orm.Project.werkplaats_id != ams))
        with pytest.raises(ValidationError, match="het is een project van een andere werkplaats"):
            services.projecten.delete_many([own, other])  # one refused: none goes
        assert counts(db) == before
        services.projecten.delete(own)  # her own project she may delete
        assert counts(db)[2] == before[2] - 1
