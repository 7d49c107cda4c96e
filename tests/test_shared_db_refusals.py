"""A shared database as a werkplaats login sees it, after the coordinator's trial: what the
roles may write (no "own werkplaats" of the database, no ``meta``), bulk edits over other
werkplaatsen's rows, rights and connection failures told in Dutch (command line and window),
the backup advice and the import's source names.

Anna is a login of werkplaats Amsterdam (``wp_wsd_ams``), Lotte one of ``landelijk``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.windows import shown_window
from werkplaats_desktop.cli.main import main as cli_main
from werkplaats_desktop.domain.enums import ProjectStatus
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.services import Services, bulk
from werkplaats_desktop.store import Database, orm
from werkplaats_desktop.store.pg_errors import connection_cause
from werkplaats_desktop.store.pg_roles import LANDELIJK, role_name
from werkplaats_desktop.ui import errors
from werkplaats_desktop.ui.main_window import MainWindow

psycopg = pytest.importorskip("psycopg")

NO_OWN = ("Een gedeelde database heeft geen eigen werkplaats: hij is van alle werkplaatsen "
          "samen, en bij welke werkplaats u hoort bepaalt uw inlognaam (de rol die de beheerder "
          "van de database u gaf). Er is niets gewijzigd.")


@pytest.fixture
def shared(pg_server: Any, pg_demo_template: str) -> Iterator[tuple[Any, str]]:
    name = pg_server.new_database(pg_demo_template)
    assert cli_main(["rollen", pg_server.url(name)]) == 0
    for login, role in (("anna", "wp_wsd_ams"), ("lotte", LANDELIJK)):
        pg_server.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                          f"'{login}') THEN CREATE ROLE {login} LOGIN; END IF; END $$")
        pg_server.execute(f"GRANT {role} TO {login}")
    yield pg_server, name
    pg_server.drop_database(name)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def meta_rows(server: Any, name: str) -> list[tuple[str, str]]:
    with server.psql_connect(name) as conn:
        return sorted(conn.execute("SELECT sleutel, waarde FROM meta").fetchall())


def statuses(server: Any, name: str) -> list[tuple[int, str]]:
    with server.psql_connect(name) as conn:
        return conn.execute("SELECT id, status FROM project ORDER BY id").fetchall()


# --- 1. no own werkplaats, and meta is the owner's --------------------------------------------


def test_a_werkplaats_login_cannot_set_the_own_werkplaats_by_service_or_by_sql(
        shared: tuple[Any, str]) -> None:
    server, name = shared
    before = meta_rows(server, name)
    with Database.open(server.target(name, "anna")) as db:
        services = Services(db)
        ams = next(w.id for w in services.werkplaatsen.all() if w.code == "WSD-AMS")
        for attempt in (lambda: services.info.set_eigen_werkplaats(ams),
                        lambda: services.info.start_own_werkplaats("WSD-AMS", "", None, None)):
            with pytest.raises(ValidationError) as refused:
                attempt()
            assert str(refused.value) == NO_OWN
        assert not services.info.can_set_up() and not services.info.needs_setup()
        assert db.history.undo == []
    with psycopg.connect(server.url(name, "anna"), autocommit=True) as anna:
        for sql in ("INSERT INTO meta VALUES ('eigen_werkplaats', 'x')",
                    "UPDATE meta SET waarde = 'x'", "DELETE FROM meta",
                    "INSERT INTO import_log (geimporteerd_op, bestand, soort, formaatversie, "
                    "programmaversie, bron_werkplaats_naam, samenvatting) VALUES "
                    "(now(), 'x', 'x', 1, 'x', 'x', 'x')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                anna.execute(sql)
    assert meta_rows(server, name) == before


def test_the_roles_write_only_what_the_design_needs(shared: tuple[Any, str]) -> None:
    server, name = shared
    with server.psql_connect(name) as conn:
        def writable(role: str, verb: str) -> set[str]:
            return {t for (t,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname IN ('public', 'wp_rechten') "
                "AND has_table_privilege(%s, quote_ident(schemaname) || '.' || "
                "quote_ident(tablename), %s)", (role, verb))}

        ams = role_name("WSD-AMS")
        for verb in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"):
            assert writable(LANDELIJK, verb) == set(), verb
        inserts, updates, deletes = (writable(ams, v) for v in ("INSERT", "UPDATE", "DELETE"))
        assert writable(ams, "TRUNCATE") == set()
        owners_only = {"meta", "import_log", "partner_alias", "alembic_version", "rol",
                       "landelijke_werkplaats", "provincie", "gemeente"}
        assert not (inserts | updates | deletes) & owners_only
        shared_records = {"partner", "persoon", "thema", "themasamenwerking"}
        assert shared_records <= inserts and shared_records <= updates
        assert not shared_records & deletes
        assert {"project", "activiteit", "product"} <= deletes
        assert "werkplaats" in updates and "werkplaats" not in inserts | deletes
    # a database set up by an older version, where meta was writable: 'rollen' takes it back
    server.execute("GRANT INSERT, UPDATE ON meta TO wp_wsd_ams", dbname=name)
    assert cli_main(["rollen", server.url(name)]) == 0
    with server.psql_connect(name) as conn:
        assert not conn.execute(
            "SELECT has_table_privilege('wp_wsd_ams', 'meta', 'INSERT')").fetchone()[0]


def test_an_own_werkplaats_left_in_meta_is_ignored_on_a_server(
        shared: tuple[Any, str], capsys: pytest.CaptureFixture[str]) -> None:
    server, name = shared
    # what the coordinator's trial left behind (written by an older version)
    server.execute("INSERT INTO meta SELECT 'eigen_werkplaats', uuid FROM werkplaats "
                   "WHERE code = 'WSD-AMS'", dbname=name)
    code, out, _err = run_cli(capsys, "status", "--db", server.url(name))
    assert code == 0
    assert "eigen werkplaats van dit bestand" not in out
    assert "Wmo-werkplaats Utrecht" in out  # every werkplaats is shown, not only Amsterdam
    with Database.open(server.target(name, "anna")) as db:
        assert Services(db).info.eigen_werkplaats_id() is None


def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.warning/information/critical: the real box is shown and closed; the texts
    shown are returned."""
    texts: list[str] = []

    def show(icon: QMessageBox.Icon) -> Any:
        def box(parent: QWidget | None, title: str, text: str, *args: Any) -> Any:
            texts.append(text)
            real = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            real.show()
            real.close()
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "warning", show(QMessageBox.Icon.Warning))
    monkeypatch.setattr(QMessageBox, "information", show(QMessageBox.Icon.Information))
    monkeypatch.setattr(QMessageBox, "critical", show(QMessageBox.Icon.Critical))
    return texts


@pytest.fixture
def anna_window(qtbot: QtBot, shared: tuple[Any, str]) -> Iterator[MainWindow]:
    server, name = shared
    with shown_window(Database.open(server.target(name, "anna"))) as window:
        yield window


def test_the_menu_action_on_a_server_says_why_there_is_no_own_werkplaats(
        qtbot: QtBot, anna_window: MainWindow, shared: tuple[Any, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    server, name = shared
    before = meta_rows(server, name)
    texts = shown_boxes(monkeypatch)
    action = next(a for a in anna_window.menu("bestand").actions()
                  if a.text() == "&Mijn werkplaats instellen…")
    assert action.isVisible()
    action.trigger()
    assert texts == [NO_OWN]
    assert QApplication.activeModalWidget() is None  # no setup dialog was opened
    assert meta_rows(server, name) == before


# --- 2. bulk edit over rows of other werkplaatsen -----------------------------------------


def test_a_bulk_change_over_other_werkplaatsen_is_refused_naming_how_many(
        shared: tuple[Any, str]) -> None:
    server, name = shared
    before = statuses(server, name)
    with Database.open(server.target(name, "anna")) as db:
        services = Services(db)
        projects = services.projecten.all()
        ams = next(w.id for w in services.werkplaatsen.all() if w.code == "WSD-AMS")
        own = [p.id for p in projects if p.werkplaats_id == ams]
        others = len(projects) - len(own)
        assert own and others
        with pytest.raises(ValidationError) as refused:
            bulk.set_status(services.projecten, [p.id for p in projects],
                            ProjectStatus.AFGEROND)
        assert str(refused.value) == (
            f"U mag {others} van de {len(projects)} gekozen projecten niet wijzigen: ze horen "
            "bij een andere werkplaats (de rechten op de gedeelde database). Er is niets "
            "opgeslagen; kies alleen records van uw eigen werkplaats.")
        assert db.history.undo == []
        assert statuses(server, name) == before  # nothing changed, also not Anna's own rows
        # her own rows alone: changed, one undo step
        assert bulk.set_status(services.projecten, own, ProjectStatus.AFGEROND) == len(own)
        assert {services.projecten.get(i).status for i in own} == {ProjectStatus.AFGEROND}


def test_the_bulk_dialog_over_all_rows_says_why_and_changes_nothing(
        qtbot: QtBot, anna_window: MainWindow, shared: tuple[Any, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.ui.bulk_dialog import BulkEditDialog

    server, name = shared
    before = statuses(server, name)
    texts = shown_boxes(monkeypatch)
    page = anna_window.show_page("project")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    total = page.model.total()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_ids()) == total

    def run(dialog: BulkEditDialog) -> int:
        dialog.what.setCurrentIndex(dialog.what.findData("status"))
        dialog.value.setCurrentIndex(dialog.value.findData(ProjectStatus.AFGEROND))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(BulkEditDialog, "exec", run)
    anna_window.bulk_action.trigger()
    assert len(texts) == 1, texts  # said before the dialog asks anything (read_only_forms)
    assert texts[0].startswith("U mag ")
    assert f" van de {total} gekozen projecten niet wijzigen: ze horen bij een andere " \
           "werkplaats" in texts[0]
    assert "Traceback" not in texts[0] and "StaleDataError" not in texts[0]
    assert statuses(server, name) == before
    assert anna_window.db.history.undo == []


# --- 3. rights refused: Dutch on the command line and in the window -------------------------


def test_import_as_a_werkplaats_login_says_who_may(
        shared: tuple[Any, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server, name = shared
    export = tmp_path / "amsterdam.zip"
    code, _out, err = run_cli(capsys, "export", "--db", server.url(name), "--out", str(export),
                              "--soort", "volledig")
    assert code == 0, err
    before = statuses(server, name)
    code, out, err = run_cli(capsys, "import", "--db", server.url(name, "anna"), str(export))
    assert code == 1
    assert "Traceback" not in err and "permission denied" not in err
    assert err.startswith(f"werkplaats: U mag dit niet in de gedeelde database {name} op ")
    assert "Dat mag alleen de beheerder van de database" in err
    assert "Er is niets gewijzigd." in err
    assert statuses(server, name) == before


@pytest.mark.qt_no_exception_capture
def test_a_refused_right_in_the_window_is_a_dutch_message_not_a_crash(
        qtbot: QtBot, anna_window: MainWindow, shared: tuple[Any, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reporter = errors.install_error_handling(app)
    try:
        server, name = shared
        before = meta_rows(server, name)

        def a_write_the_server_refuses() -> None:  # (as an action of the window would)
            with anna_window.db.write("Iets") as s:
                s.add(orm.Meta(sleutel="iets", waarde="x"))

        QTimer.singleShot(0, a_write_the_server_refuses)
        qtbot.waitUntil(lambda: reporter.notice is not None and reporter.notice.isVisible())
        assert reporter.notice is not None
        text = reporter.notice.text()
        assert text.startswith("U mag dit niet in de gedeelde database")
        assert "beheerder" in text and "permission denied" not in text
        assert reporter.dialog is None or not reporter.dialog.isVisible()  # no crash dialog
        reporter.notice.close()
        assert meta_rows(server, name) == before
    finally:
        errors.uninstall_logging()


# --- 4. a server that cannot be reached ------------------------------------------------------


def test_an_unreachable_server_is_told_in_dutch_with_host_port_and_cause(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run_cli(capsys, "info", "--db", "postgresql://lector@127.0.0.1:1/w")
    assert code == 1
    assert err == ("werkplaats: De PostgreSQL-server 127.0.0.1, poort 1 (database w) is niet "
                   "bereikbaar: de verbinding werd geweigerd (er draait daar geen "
                   "PostgreSQL-server, of niet op deze poort). Controleer het adres, of de "
                   "server draait en of het netwerk hem toelaat. Er is niets gewijzigd.\n")
    code, _out, err = run_cli(capsys, "check", "--db", "postgresql://lector@127.0.0.1:1/w")
    assert code == 1
    assert err.startswith("De database w op 127.0.0.1:1 is niet gecontroleerd: de server kon "
                          "niet worden bereikt.")
    assert "heeft problemen" not in err and "\t" not in err and "?." not in err
    code, _out, err = run_cli(capsys, "info", "--db",
                              "postgresql://lector@geen-server.invalid:5432/w")
    assert code == 1 and "de servernaam is onbekend" in err
    assert "translate" not in err


def test_the_causes_of_a_failed_connection_are_dutch() -> None:
    assert connection_cause("connection to server at \"10.0.0.9\", port 5432 failed: timeout "
                            "expired") == "de server antwoordde niet op tijd (time-out)"
    assert "geweigerd" in connection_cause("... failed: Connection refused\n\tIs the server "
                                           "running on that host and accepting TCP/IP "
                                           "connections?")
    assert "gestopt" in connection_cause("terminating connection due to administrator command")


@pytest.mark.qt_no_exception_capture
def test_a_page_opened_after_the_server_went_away_says_it_is_not_reachable(
        qtbot: QtBot, anna_window: MainWindow, shared: tuple[Any, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reporter = errors.install_error_handling(app)
    try:
        server, name = shared
        pid = anna_window.db._raw.info.backend_pid
        server.execute(f"SELECT pg_terminate_backend({pid})")  # AdminShutdown for the window
        import psycopg

        from werkplaats_desktop.store import pg

        def refused(*_a: Any, **_k: Any) -> Any:  # and the server does not come back
            raise psycopg.OperationalError(
                'connection to server at "127.0.0.1", port 1 failed: Connection refused')

        monkeypatch.setattr(pg, "connect", refused)

        def open_a_page() -> None:
            with anna_window.db.read() as s:
                s.scalar(select(func.count()).select_from(orm.Project))

        QTimer.singleShot(0, open_a_page)
        qtbot.waitUntil(lambda: reporter.notice is not None and reporter.notice.isVisible())
        assert reporter.notice is not None
        text = reporter.notice.text()
        assert text.startswith("De PostgreSQL-server is niet bereikbaar: de verbinding werd "
                               "geweigerd"), text
        assert "refused" not in text and "failed" not in text
        reporter.notice.close()
    finally:
        errors.uninstall_logging()


# --- 5, 7, 8: rollen without CREATEROLE, the backup advice, the import's file name ---------


def test_rollen_without_createrole_says_what_to_ask_in_dutch(
        shared: tuple[Any, str], capsys: pytest.CaptureFixture[str]) -> None:
    server, name = shared
    server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                   "'beheerder') THEN CREATE ROLE beheerder LOGIN; END IF; END $$")
    server.execute("ALTER ROLE beheerder NOCREATEROLE")
    server.execute(f'GRANT CREATE ON DATABASE "{name}" TO beheerder')
    server.execute("DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables "
                   "WHERE schemaname = 'public' LOOP EXECUTE format('ALTER TABLE %I OWNER TO "
                   "beheerder', t); END LOOP; END $$; ALTER SCHEMA wp_rechten OWNER TO beheerder;"
                   " ALTER TABLE wp_rechten.rol OWNER TO beheerder; ALTER FUNCTION "
                   "wp_rechten.eigen_werkplaatsen() OWNER TO beheerder; INSERT INTO werkplaats "
                   "SELECT (jsonb_populate_record(w, jsonb_build_object('id', nextval("
                   "pg_get_serial_sequence('werkplaats', 'id')), 'uuid', gen_random_uuid()::text,"
                   " 'naam', 'Proefwerkplaats', 'code', 'WSD-PROEF'))).* FROM werkplaats w "
                   "LIMIT 1", dbname=name)
    code, _out, err = run_cli(capsys, "rollen", server.url(name, "beheerder"))
    assert code == 1
    assert err == (
        "werkplaats: De rollen zijn niet gemaakt: de inlognaam 'beheerder' mag geen rollen maken"
        " (het recht CREATEROLE ontbreekt). Vraag de beheerder van de PostgreSQL-server om het "
        "te geven: ALTER ROLE \"beheerder\" CREATEROLE; of voer 'werkplaats rollen --sql' uit en"
        " laat de beheerder die opdrachten uitvoeren. Er is niets gewijzigd.\n")
    with server.psql_connect() as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'wp_wsd_proef'"
                            ).fetchone()[0] == 0


def test_the_backup_advice_names_host_port_user_and_database(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.store import pg_backup

    monkeypatch.setenv("PATH", "")  # no pg_dump: the advice (tests/test_server_backup.py)
    monkeypatch.setattr(pg_backup, "INSTALL_GLOBS", ())
    code, _out, err = run_cli(capsys, "backup", "--db",
                              "postgresql://beheerder@db.gemeente.nl:5433/werkplaats")
    assert code == 1
    assert ("pg_dump --host=db.gemeente.nl --port=5433 --username=beheerder --format=custom "
            "--file=werkplaats.dump werkplaats") in err
    assert ("pg_restore --host=db.gemeente.nl --port=5433 --username=beheerder --clean "
            "--dbname=werkplaats werkplaats.dump") in err


def test_an_imported_database_file_is_named_by_the_users_own_path(
        pg_server: Any, pg_template: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.factories import small_werkplaats

    own = tmp_path / "coord-demo.sqlite"
    with Database.open(own) as db:
        services = Services(db)
        small_werkplaats(services)
        services.info.start_own_werkplaats(None, "Wmo-werkplaats Utrecht", None, None)
    name = pg_server.new_database(pg_template)
    try:
        url = pg_server.url(name)
        code, out, err = run_cli(capsys, "import", "--db", url, str(own))
        assert code == 0, err
        code, out, _err = run_cli(capsys, "status", "--db", url)
        assert code == 0
        assert f"(eigen bestand: {own})" in out or f"(doorgegeven: {own})" in out, out
        assert "werkplaats-" not in out and "coord-demo.zip" not in out
    finally:
        pg_server.drop_database(name)


# --- every other write path: the refusal in one place (store/pg_errors.explain) -------------


def test_other_write_paths_refused_by_the_rights_are_told_in_dutch(
        shared: tuple[Any, str]) -> None:
    from werkplaats_desktop.domain.enums import JaarStatus
    from werkplaats_desktop.store.pg_errors import explain

    server, name = shared
    with server.psql_connect(name) as conn:
        utr = conn.execute("SELECT id FROM werkplaats WHERE code = 'WSD-UTR'").fetchone()[0]
        conn.execute("DELETE FROM jaarstatus WHERE werkplaats_id = %s AND jaar IN (2019, 2020)",
                     (utr,))
        conn.execute("INSERT INTO jaarstatus (werkplaats_id, jaar, status, gewijzigd_op) "
                     "VALUES (%s, 2020, 'ingediend', now())", (utr,))
        conn.commit()

    def years() -> list[tuple[int, str]]:
        with server.psql_connect(name) as conn:
            return conn.execute("SELECT jaar, status FROM jaarstatus WHERE werkplaats_id = %s "
                                "ORDER BY jaar", (utr,)).fetchall()

    before = years()
    target = server.target(name, "anna")
    with Database.open(target) as db:
        services = Services(db)
        told = []
        for attempt in (  # a new row for Utrecht (RLS: new row violates ...) and an update of
                          # Utrecht's row (hidden: the UPDATE matches 0 rows, StaleDataError)
                lambda: services.years.close(utr, 2019, JaarStatus.INGEDIEND),
                lambda: services.years.close(utr, 2020, JaarStatus.DEFINITIEF)):
            with pytest.raises(Exception) as refused:
                attempt()
            text = explain(refused.value, target)
            assert text is not None, repr(refused.value)
            told.append(text)
        assert told[0].startswith("De gedeelde database weigerde dit: u mag alleen gegevens "
                                  "van uw eigen werkplaats toevoegen of wijzigen")
        assert told[1].startswith("U mag deze gegevens niet wijzigen: ze horen bij een andere "
                                  "werkplaats")
        assert all("Er is niets" in t for t in told)
        assert db.history.undo == []
    assert years() == before


# --- 9. a login that may only read -----------------------------------------------------------


def test_a_read_only_login_opens_the_window_read_only_and_is_told_why(
        qtbot: QtBot, shared: tuple[Any, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_read_only_forms import try_to_type_everywhere
    from werkplaats_desktop.ui.forms.dialog import RecordDialog

    server, name = shared
    before = statuses(server, name)
    db = Database.open(server.target(name, "lotte"))
    window = MainWindow(db)
    window.show()
    try:
        reason = ("Uw inlognaam 'lotte' mag in de gedeelde database "
                  f"{db.display_name} alleen lezen (zoals de rol 'landelijk'): wijzigen doen de "
                  "werkplaatsen zelf, met een inlognaam van hun werkplaats, of de beheerder van "
                  "de database.")
        why = reason + " Er is niets gewijzigd."  # (a change that was tried anyway)
        assert db.login_reads_only
        assert window.banner.isVisible()
        assert window.banner.text().endswith(f"\nAlleen lezen: {reason}")
        page = window.show_page("project")
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
        assert not page.new_button.isEnabled() and not window.new_action.isEnabled()
        rect = page.table.visualRect(page.model.index(0, page._first_visible_column()))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.edit_button.isEnabled()  # to look at it
        assert not page.delete_button.isEnabled() and not window.bulk_action.isEnabled()
        record = window.services.projecten.get(page.selected_ids()[0])
        dialog = RecordDialog(window.services, "project", record, parent=window)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        assert dialog.windowTitle().endswith("(alleen lezen)")
        assert dialog.banner.text() == f"Alleen lezen: {reason}"
        texts = shown_boxes(monkeypatch)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        shown = {n: f.value() for n, f in dialog.fields.items()}
        try_to_type_everywhere(qtbot, dialog)  # the fields take nothing
        assert {n: f.value() for n, f in dialog.fields.items()} == shown and not dialog.dirty
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert texts == [reason]
        # the service says the same, not "another werkplaats"
        with pytest.raises(Exception) as refused:
            window.services.projecten.update(record)
        assert str(refused.value) == why
    finally:
        window.close()
        window.deleteLater()
        db.close()
    assert statuses(server, name) == before
