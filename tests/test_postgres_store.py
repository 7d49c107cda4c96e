"""The store on PostgreSQL: the same schema and answers as a SQLite file, clear Dutch refusals.

The PostgreSQL variants use the server that conftest.pg_server starts for the session (they
skip with the reason when none can be started, and fail under CI=true).
"""

from __future__ import annotations

import builtins
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from werkplaats_desktop.cli.main import main
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import (
    Database,
    DatabaseTooNew,
    SchemaError,
    ServerTarget,
    head_revision,
    orm,
    parse_target,
)
from werkplaats_desktop.store import pg as store_pg


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- the target: one parser for --db ----------------------------------------------------------


def test_a_path_stays_a_path_and_a_url_becomes_a_server_target(tmp_path: Path) -> None:
    assert parse_target(str(tmp_path / "w.sqlite")) == tmp_path / "w.sqlite"
    target = parse_target("postgres://lector@db.hogeschool.nl:5433/werkplaats")
    assert isinstance(target, ServerTarget)
    assert target.url == "postgresql://lector@db.hogeschool.nl:5433/werkplaats"
    assert target.name == "werkplaats op db.hogeschool.nl:5433"
    assert target.user == "lector"


def test_a_password_in_the_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SchemaError, match="PGPASSWORD"):
        parse_target("postgresql://lector:geheim@server/werkplaats")
    with pytest.raises(SystemExit):
        main(["info", "--db", "postgresql://lector:geheim@server/werkplaats"])
    assert "wachtwoord" in capsys.readouterr().err


def test_without_the_driver_the_message_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real_import = builtins.__import__

    def no_psycopg(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError("No module named 'psycopg'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    code, _out, err = run_cli(capsys, "info", "--db", "postgresql://lector@localhost/w")
    assert code == 1
    assert "psycopg" in err and "pip install \".[postgres]\"" in err


def test_an_unreachable_server_is_named_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("psycopg")
    code, _out, err = run_cli(capsys, "info", "--db", "postgresql://lector@127.0.0.1:1/w")
    assert code == 1
    assert "niet bereikbaar" in err and "127.0.0.1, poort 1 (database w)" in err


# --- schema ------------------------------------------------------------------------------------


def test_the_revisions_make_the_models_schema_on_postgresql(pg_server: Any) -> None:
    name = pg_server.new_database()
    try:
        db = Database.open(pg_server.target(name))
        assert db.upgrade_report.created and db.is_server
        with db.engine.connect() as conn:
            diff = [d for d in compare_metadata(MigrationContext.configure(conn),
                                                orm.Base.metadata)
                    # the search's trigram indexes exist on PostgreSQL only (revision 0005)
                    if not (d[0] == "remove_index" and d[1].name.startswith("ix_trgm_"))]
            trigram = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'ix_trgm_%%'").scalar()
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        db.close()
        assert diff == [], f"ORM models and migrations differ on PostgreSQL: {diff}"
        assert version == head_revision()
        assert trigram == 12
    finally:
        pg_server.drop_database(name)


def test_nieuw_creates_the_schema_once(pg_server: Any,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    name = pg_server.new_database()
    url = pg_server.url(name)
    try:
        code, out, _ = run_cli(capsys, "nieuw", url)
        assert code == 0 and "Nieuwe database gemaakt" in out
        code, out, _ = run_cli(capsys, "nieuw", url)
        assert code == 0 and "bestond al" in out
        code, out, _ = run_cli(capsys, "info", "--db", url, "--json")
        data = json.loads(out)
        assert data["schemaversie"] == head_revision() and data["aantallen"]["gemeenten"] == 393
        assert code == 0
    finally:
        pg_server.drop_database(name)


def test_a_newer_schema_is_refused_and_left_alone(store: Any) -> None:
    if isinstance(store, Path):
        import sqlite3

        conn = sqlite3.connect(store)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    else:
        with store_pg.connect(store, autocommit=True) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        Database.open(store)


def test_a_database_with_other_tables_is_not_ours(pg_server: Any) -> None:
    name = pg_server.new_database()
    try:
        pg_server.execute("CREATE TABLE boeken (id int)", dbname=name)
        with pytest.raises(SchemaError, match="geen database van Werkplaats Desktop"):
            Database.open(pg_server.target(name))
    finally:
        pg_server.drop_database(name)


# --- commands on a server ---------------------------------------------------------------------


def test_check_and_backup_on_a_server(pg_server: Any, pg_demo_template: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    name = pg_server.new_database(pg_demo_template)
    url = pg_server.url(name)
    try:
        code, out, _ = run_cli(capsys, "check", "--db", url)
        assert code == 0 and "in orde" in out and f"Schemaversie: {head_revision()}" in out
        assert "Wmo-werkplaats Utrecht: 12, 200" in out  # records per werkplaats
        # rows loaded with the foreign-key triggers off (as a careless restore can)
        pg_server.execute("ALTER TABLE activiteit DISABLE TRIGGER ALL; "
                          "UPDATE activiteit SET project_id = 99999 WHERE id = 1; "
                          "ALTER TABLE activiteit ENABLE TRIGGER ALL", dbname=name)
        code, _out, err = run_cli(capsys, "check", "--db", url)
        assert code == 1 and "tabel activiteit: 1 rij(en) verwijzen naar een project" in err
        code, out, err = run_cli(capsys, "backup", "--db", url)  # pg_dump (test_server_backup)
        assert code == 0 and "gemaakt met pg_dump" in out and err == "", err
    finally:
        pg_server.drop_database(name)


def test_reports_on_both_stores_are_the_same(pg_server: Any, pg_demo_template: str,
                                             demo_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    name = pg_server.new_database(pg_demo_template)
    url = pg_server.url(name)
    try:
        for command in (["stats", "--json"], ["stats", "--jaar", "2015", "--json"],
                        ["status", "--json"],
                        ["draaitabel", "--rijen", "thema", "--kolommen", "o", "--json"],
                        ["draaitabel", "--rijen", "werkplaats", "--kolommen", "jaar",
                         "--waarde", "bereik", "--json"]):
            answers = []
            for db in (str(demo_path), url):
                code, out, err = run_cli(capsys, command[0], "--db", db, *command[1:])
                assert code == 0, err
                data = json.loads(out)
                data.pop("bestand", None)
                answers.append(data)
            assert answers[0] == answers[1], command
    finally:
        pg_server.drop_database(name)


def test_records_written_on_a_server_are_read_back(store_services: Services) -> None:
    from tests.factories import small_werkplaats

    small = small_werkplaats(store_services)
    again = Services(store_services.db)
    assert again.werkplaatsen.get(small.werkplaats.id).naam == "Wmo-werkplaats Utrecht"
    assert store_services.info.counts()["werkplaatsen"] >= 1


def test_template_copy_is_independent(tmp_path: Path, empty_template: Path) -> None:
    """(the SQLite half needs nothing of the server)"""
    path = tmp_path / "x.sqlite"
    shutil.copy(empty_template, path)
    with Database.open(path) as db:
        assert not db.is_server and db.display_name == "x.sqlite"


def test_the_search_finds_the_same_on_both_stores(demo_db: Database, pg_server: Any,
                                                  pg_demo_template: str) -> None:
    """ILIKE on PostgreSQL (served by the trigram indexes) and LIKE on SQLite: the same rows
    for the same words, whatever their (ASCII) case, wildcards taken literally."""
    from werkplaats_desktop.services.lists import ListQuery

    name = pg_server.new_database(pg_demo_template)
    try:
        with Database.open(pg_server.target(name)) as server_db:
            found = []
            for db in (demo_db, server_db):
                services = Services(db)
                found.append({(word, key): services.lists.ids(key, ListQuery(search=word),
                                                              limit=100_000)
                              for word in ("samenspel", "SAMENSPEL", "Gemeente", "wmo", "%",
                                           "_", "ketensamen")
                              for key in ("activiteit", "project", "partner", "product")})
    finally:
        pg_server.drop_database(name)
    on_file, on_server = found
    assert on_file[("samenspel", "activiteit")] == on_file[("SAMENSPEL", "activiteit")]
    assert on_file[("samenspel", "activiteit")] and on_file[("Gemeente", "partner")]
    assert on_file == on_server


def test_the_programs_sessions_run_without_jit(pg_server: Any, pg_template: str) -> None:
    """JIT compiling the dashboard's queries cost more than running them (store/pg.NO_JIT):
    every session of the program has it off, also the window's own connection, while other
    clients of the same database keep the server's setting."""
    from werkplaats_desktop.store.pg import connect

    name = pg_server.new_database(pg_template)
    try:
        target = pg_server.target(name)
        with pg_server.psql_connect(name) as other:
            assert other.execute("SHOW jit").fetchone()[0] == "on"
        for autocommit in (True, False):
            with connect(target, autocommit=autocommit) as conn:
                assert conn.execute("SHOW jit").fetchone()[0] == "off"
        with Database.open(target) as db, db.read() as s:
            from sqlalchemy import text

            assert s.execute(text("SHOW jit")).scalar() == "off"
    finally:
        pg_server.drop_database(name)
