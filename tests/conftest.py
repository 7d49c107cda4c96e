"""Shared test fixtures: a fresh database per test, a demo database built once per run.

Every test runs with its own user data folder (WERKPLAATS_DATA_DIR), so nothing touches the
real one, and with Qt's offscreen platform, so no display is needed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from werkplaats_desktop.locations import DATA_DIR_ENV  # noqa: E402
from werkplaats_desktop.services import Services  # noqa: E402
from werkplaats_desktop.store.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _user_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database created by the migrations, made once and copied per test (fast)."""
    path = tmp_path_factory.mktemp("template") / "leeg.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from werkplaats_desktop.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture(scope="session")
def demo_seed_3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database with another seed, written by the command line."""
    from werkplaats_desktop.cli.main import main

    target = tmp_path_factory.mktemp("demo3") / "voorbeeld.sqlite"
    assert main(["demo", str(target), "--seed", "3"]) == 0
    return target


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    path = tmp_path / "werkplaats.sqlite"
    shutil.copy(empty_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = Database.open(demo_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long work runs in the test's thread, so its results are there when the call returns."""
    from werkplaats_desktop.ui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings of each test in a folder of its own (never the user's real settings)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("Werkplaats Desktop tests")
    QCoreApplication.setApplicationName("Werkplaats Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box would wait forever for a click in a test run: fail instead.
    Tests that expect one replace the function themselves (monkeypatch.setattr)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("question", "information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


# --- both stores: SQLite and a real PostgreSQL server (tests/pg_server.py) -------------------

_PG_STATE: dict[str, object] = {}


def _pg_unavailable(reason: str) -> None:
    """No server: skip the PostgreSQL variants, with the reason; under CI that is a failure."""
    message = f"PostgreSQL-deel overgeslagen: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true maar geen PostgreSQL-server: {reason}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for this test run, or a skip (a failure under CI=true)."""
    from tests import pg_server as pgs

    if "error" in _PG_STATE:
        _pg_unavailable(str(_PG_STATE["error"]))
    try:
        server = pgs.start()
    except RuntimeError as exc:
        _PG_STATE["error"] = str(exc)
        _pg_unavailable(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: object) -> str:
    """A server database created by the migrations, cloned per test (fast)."""
    name = pg_server.new_database()  # type: ignore[attr-defined]
    Database.open(pg_server.target(name)).close()  # type: ignore[attr-defined]
    return str(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A fresh, empty (migrated) database on each store: a path for SQLite, a ServerTarget
    for PostgreSQL. Tests using it run twice."""
    if request.param == "sqlite":
        path = tmp_path / "werkplaats.sqlite"
        shutil.copy(request.getfixturevalue("empty_template"), path)
        yield path
        return
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = server.new_database(template)
    try:
        yield server.target(name)
    finally:
        server.drop_database(name)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: object, pg_template: str) -> str:
    """The demo data (default seed) in a server database, built once, cloned per test."""
    from werkplaats_desktop.demo.builder import build_demo_in

    name = pg_server.new_database(pg_template)  # type: ignore[attr-defined]
    db = Database.open(pg_server.target(name))  # type: ignore[attr-defined]
    try:
        build_demo_in(db)
    finally:
        db.close()
    return str(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The demo database on each store (tests using it run twice)."""
    if request.param == "sqlite":
        path = tmp_path / "demo.sqlite"
        shutil.copy(request.getfixturevalue("demo_template"), path)
        database = Database.open(path)
        yield database
        database.close()
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database(request.getfixturevalue("pg_demo_template"))
    database = Database.open(server.target(name))
    try:
        yield database
    finally:
        database.close()
        server.drop_database(name)


@pytest.fixture
def store_db(store: object) -> Iterator[Database]:
    database = Database.open(store)  # type: ignore[arg-type]
    yield database
    database.close()


@pytest.fixture
def store_services(store_db: Database) -> Services:
    return Services(store_db)


def pytest_report_header(config: pytest.Config) -> str:
    from tests import pg_server as pgs

    found = pgs.find_bin_dir()
    return ("PostgreSQL: " + (f"binaries in {found}; a server is started for the "
                              "store tests" if found else
                              "niet geïnstalleerd; de PostgreSQL-varianten worden overgeslagen"))
