"""A shared database (PostgreSQL) tells a user what she may not change before she types it:
a record of another werkplaats opens read only with the reason, a login that may only read
(role landelijk) gets read-only forms, a bulk edit over other werkplaatsen' records is refused
before any question about the edit. What the program calls "not yours" is exactly what the
server's row-level security would refuse (store/pg_roles.py), for every kind of record."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.test_shared_db_refusals import anna_window, shared, statuses  # noqa: F401
from tests.windows import shown_window
from werkplaats_desktop.domain.enums import ProjectStatus
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Database
from werkplaats_desktop.ui import kinds
from werkplaats_desktop.ui.forms.dialog import RecordDialog
from werkplaats_desktop.ui.main_window import MainWindow

ANNA_WERKPLAATS = "WSD-AMS"


def reachable_by_update(server: Any, name: str, table: str, ids: list[int]) -> set[int]:
    """The rows of ``ids`` a plain SQL UPDATE by Anna reaches (rolled back): the truth."""
    with psycopg.connect(server.url(name, "anna")) as conn:
        try:
            rows = conn.execute(f'UPDATE "{table}" SET id = id WHERE id = ANY(%s) RETURNING id',
                                (ids,)).fetchall()
        except psycopg.errors.InsufficientPrivilege:
            return set()
        finally:
            conn.rollback()
    return {r[0] for r in rows}


def test_what_the_program_calls_not_yours_is_what_the_server_refuses_for_every_kind(
        shared: tuple[Any, str]) -> None:  # noqa: F811
    server, name = shared
    with Database.open(server.target(name, "anna")) as db:
        services = Services(db)
        seen_both = 0
        for key in kinds.BY_KEY:
            svc = services.records(key)
            ids = [r.id for r in svc.all()]
            assert ids, key
            hidden = svc.not_writable(ids)
            truth = set(ids) - reachable_by_update(server, name, svc.d.table, ids)
            assert hidden == truth, key
            if hidden and len(hidden) < len(ids):
                seen_both += 1
                one = sorted(hidden)[0]
                refusal = svc.refusal([one])
                assert refusal is not None and refusal.format().startswith(
                    f"Dit is een {svc.d.singular} van een andere werkplaats. U kunt de gegevens "
                    "bekijken, maar niet wijzigen")
                own = sorted(set(ids) - hidden)[0]
                assert svc.refusal([own]) is None
                assert svc.refusal([own, one]).format().startswith(  # type: ignore[union-attr]
                    f"U mag 1 van de 2 gekozen {svc.d.plural} niet wijzigen")
        assert seen_both >= 5  # the demo has own and other records of several kinds


def test_on_a_file_everything_may_be_changed(tmp_path: Any) -> None:
    from tests.factories import small_werkplaats

    with Database.open(tmp_path / "a.sqlite") as db:
        services = Services(db)
        small_werkplaats(services)
        for key in kinds.BY_KEY:
            svc = services.records(key)
            ids = [r.id for r in svc.all()]
            assert svc.not_writable(ids) == set() and svc.refusal(ids) is None


def try_to_type_everywhere(qtbot: QtBot, dialog: RecordDialog) -> None:
    """What a user does in a form: into every field, select all and type, Backspace, Space,
    arrow down (a choice), by the keyboard only."""
    for field in dialog.fields.values():
        widgets = [field.focus_widget(), *field.widget.findChildren(QWidget)]
        for widget in widgets:
            if not isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox) \
                    or not widget.isVisible():
                continue
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(widget, "Gewijzigd 25.000")
            qtbot.keyClick(widget, Qt.Key.Key_Backspace)
            qtbot.keyClick(widget, Qt.Key.Key_Space)
            qtbot.keyClick(widget, Qt.Key.Key_Down)


def values(dialog: RecordDialog) -> dict[str, Any]:
    return {name: field.value() for name, field in dialog.fields.items()}


@pytest.mark.parametrize("key", ["project", "activiteit", "kenniskring", "product", "deelname"])
def test_another_werkplaatss_record_opens_read_only_and_nothing_can_be_typed(
        qtbot: QtBot, anna_window: MainWindow, key: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    svc = anna_window.services.records(key)
    records = svc.all()
    hidden = svc.not_writable([r.id for r in records])
    other = next(r for r in records if r.id in hidden)
    dialog = RecordDialog(anna_window.services, key, other, parent=anna_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)  # (its shortcuts work)
    reason = (f"Dit is een {svc.d.singular} van een andere werkplaats. U kunt de gegevens "
              "bekijken, maar niet wijzigen: dat mag alleen die werkplaats of de beheerder van "
              "de gedeelde database.")
    assert dialog.banner.isVisible() and dialog.banner.text() == f"Alleen lezen: {reason}"
    assert dialog.windowTitle().endswith("(alleen lezen)")
    assert not dialog.save_button.isVisible() and dialog.cancel_button.text() == "&Sluiten"
    before = values(dialog)
    try_to_type_everywhere(qtbot, dialog)
    assert values(dialog) == before
    assert not dialog.dirty
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: pytest.fail("asked to save a form that cannot change")))
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert told == [reason]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert svc.get(other.id) == other  # nothing stored


def test_an_own_record_opens_to_be_changed(
        qtbot: QtBot, anna_window: MainWindow) -> None:  # noqa: F811
    services = anna_window.services
    ams = next(w.id for w in services.werkplaatsen.all() if w.code == ANNA_WERKPLAATS)
    own = next(p for p in services.projecten.all() if p.werkplaats_id == ams)
    dialog = RecordDialog(services, "project", own, parent=anna_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.banner.isVisible() and dialog.save_button.isVisible()
    line = dialog.fields["naam"].focus_widget()
    assert isinstance(line, QLineEdit) and not line.isReadOnly()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "Eigen project, hernoemd")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.projecten.get(own.id).naam == "Eigen project, hernoemd"


def test_a_new_record_for_another_werkplaats_is_refused_as_a_right_not_a_point_to_mend(
        qtbot: QtBot, anna_window: MainWindow) -> None:  # noqa: F811
    services = anna_window.services
    other = next(w for w in services.werkplaatsen.all() if w.code != ANNA_WERKPLAATS)
    before = len(services.projecten.all())
    dialog = RecordDialog(services, "project", None, parent=anna_window,
                          defaults={"werkplaats_id": other.id,
                                    "status": list(ProjectStatus)[0]})
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.fields["naam"].focus_widget()
    line.setFocus()
    qtbot.keyClicks(line, "Project voor een ander")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.summary.text()
    dialog.dirty = False  # (closing asks nothing)
    assert text.startswith("Niet opgeslagen.\nU mag deze gegevens niet wijzigen: ze horen bij "
                           "een andere werkplaats"), text
    assert "punt" not in text
    assert len(services.projecten.all()) == before


def test_bulk_over_other_werkplaatsen_is_refused_before_any_question(
        qtbot: QtBot, anna_window: MainWindow, shared: tuple[Any, str],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.ui.bulk_dialog import BulkEditDialog

    server, name = shared
    before = statuses(server, name)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    monkeypatch.setattr(BulkEditDialog, "exec",
                        lambda self: pytest.fail("the bulk dialog asked something first"))
    page = anna_window.show_page("activiteit")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    total = page.model.total()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    svc = anna_window.services.activiteiten
    others = len(svc.not_writable(page.selected_ids()))
    assert 0 < others < total
    assert told == [f"U mag {others} van de {total} gekozen activiteiten niet wijzigen: ze "
                    "horen bij een andere werkplaats (de rechten op de gedeelde database). "
                    "Kies alleen records van uw eigen werkplaats."]
    assert statuses(server, name) == before


def test_the_window_says_who_is_logged_in_and_what_that_login_may_write(
        qtbot: QtBot, anna_window: MainWindow, shared: tuple[Any, str],  # noqa: F811
        tmp_path: Any) -> None:
    label = anna_window.login_label
    assert label.isVisible()
    assert label.text() == "Ingelogd als anna: schrijft voor Wmo-werkplaats Amsterdam"
    server, name = shared
    for target, said in (
            (server.target(name, "lotte"), "Ingelogd als lotte: alleen lezen"),
            (server.target(name), "beheerder (mag alle gegevens wijzigen)"),
            (tmp_path / "eigen.sqlite", None)):
        with shown_window(Database.open(target)) as window:
            if said is None:  # a file of one's own: nobody logs in
                assert not window.login_label.isVisible()
            else:
                assert window.login_label.isVisible() and said in window.login_label.text()
