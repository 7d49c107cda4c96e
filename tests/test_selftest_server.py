"""The self-test on a shared database (``werkplaats self-test --db postgresql://...``): the same
checks as on a file, in a schema of its own that is dropped at the end, also after a failure;
the user's data is only read. A role that may not create a schema is told which right it
lacks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from werkplaats_desktop import selftest
from werkplaats_desktop.cli.main import main as cli_main
from werkplaats_desktop.store.migrate import head_revision
from werkplaats_desktop.store.target import ServerTarget


@pytest.fixture
def shared(pg_server: Any, pg_demo_template: str) -> Iterator[tuple[Any, str]]:
    """The demo data in a database of its own: the 'real' data the test must not touch."""
    name = pg_server.new_database(pg_demo_template)
    yield pg_server, name
    pg_server.drop_database(name)


def fingerprint(server: Any, name: str) -> dict[str, object]:
    """The schemas, every table's rows (as one md5 per table) and every sequence's position."""
    with server.psql_connect(name) as conn:
        schemas = [r[0] for r in conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
            "AND nspname <> 'information_schema' ORDER BY 1")]
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        rows = {t: conn.execute(
            f'SELECT count(*), md5(coalesce(string_agg(x::text, \'|\' ORDER BY x::text), \'\')) '
            f'FROM public."{t}" x').fetchone() for t in tables}
        sequences = conn.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' "
            "ORDER BY 1").fetchall()
    return {"schemas": schemas, "rows": rows, "sequences": sequences}


def test_the_self_test_runs_on_a_server_and_leaves_nothing(
        qapp: Any, shared: tuple[Any, str], capsys: pytest.CaptureFixture[str]) -> None:
    server, name = shared
    before = fingerprint(server, name)
    assert before["rows"]["activiteit"][0] == 1345  # type: ignore[index]
    with server.psql_connect(name) as listener:  # a colleague's window, listening
        listener.execute("LISTEN werkplaats")
        assert cli_main(["self-test", "--db", server.url(name)]) == 0
        heard = [n.payload for n in listener.notifies(timeout=1, stop_after=1)]
    out = capsys.readouterr().out
    for step in selftest.default_steps(server.target(name)):
        assert f"[ok] {step.naam}" in out
    assert f"[ok] Schemaversie van de gedeelde database lezen: {name} op " in out
    assert "dezelfde als die van het programma" in out
    assert "schema wp_selftest_" in out and "(wordt na afloop verwijderd)" in out
    assert "[ok] Tijdelijk schema verwijderen: schema wp_selftest_" in out
    assert "GESLAAGD: de zelftest van Werkplaats Desktop" in out
    # the user's data, schemas and sequences are exactly as before; no colleague was notified
    assert fingerprint(server, name) == before
    assert heard == []


def test_the_temporary_schema_is_dropped_after_a_failure_too(shared: tuple[Any, str]) -> None:
    server, name = shared
    before = fingerprint(server, name)
    target = server.target(name)

    def breaks(ctx: selftest.Context) -> str:
        with ctx.db.read() as s:  # the test's own database is in the schema, and filled
            from sqlalchemy import text
            assert s.execute(text("SELECT current_schema()")).scalar().startswith(
                "wp_selftest_")
        raise selftest.SelfTestFailure("kapot met opzet")

    steps = selftest.default_steps(target)
    steps = [*steps[:4], selftest.Step("Een stap die faalt", breaks), *steps[4:]]
    result = selftest.run_selftest(steps, server=target)
    assert not result.ok and result.reason == "Een stap die faalt: kapot met opzet"
    last = result.steps[-1]
    assert last.naam == "Tijdelijk schema verwijderen" and last.ok, last.detail
    assert fingerprint(server, name) == before


def test_a_role_that_may_not_create_a_schema_is_told_which_right(
        pg_server: Any, pg_template: str, capsys: pytest.CaptureFixture[str]) -> None:
    name = pg_server.new_database(pg_template)
    try:
        assert cli_main(["rollen", pg_server.url(name)]) == 0
        capsys.readouterr()
        pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                          "'zelftester') THEN CREATE ROLE zelftester LOGIN; END IF; END $$")
        pg_server.execute("GRANT landelijk TO zelftester")
        before = fingerprint(pg_server, name)
        assert cli_main(["self-test", "--db", pg_server.url(name, "zelftester")]) == 1
        captured = capsys.readouterr()
        assert "[ok] Schemaversie van de gedeelde database lezen" in captured.out
        assert ("de rol 'zelftester' mag geen schema maken in deze database: het recht CREATE "
                "op de database ontbreekt") in captured.err
        assert f'GRANT CREATE ON DATABASE "{name}" TO "zelftester"' in captured.err
        assert "Traceback" not in captured.err + captured.out
        assert fingerprint(pg_server, name) == before
        # with the right, the same role passes (and still leaves nothing)
        pg_server.execute(f'GRANT CREATE ON DATABASE "{name}" TO zelftester')
        assert cli_main(["self-test", "--db", pg_server.url(name, "zelftester")]) == 0
        assert fingerprint(pg_server, name)["schemas"] == before["schemas"]
    finally:
        pg_server.drop_database(name)


def test_a_blank_database_is_refused_read_only(
        pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    name = pg_server.new_database()  # blank: not made by 'werkplaats nieuw'
    try:
        assert cli_main(["self-test", "--db", pg_server.url(name)]) == 1
        err = capsys.readouterr().err
        assert f"de database {name} op " in err and "is nog leeg" in err
        with pg_server.psql_connect(name) as conn:  # nothing was made there
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                                "('pg_catalog', 'information_schema')").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE "
                                "'wp\\_selftest\\_%'").fetchone()[0] == 0
    finally:
        pg_server.drop_database(name)


@pytest.mark.parametrize(("revision", "said"), [
    ("0005", f"heeft schemaversie 0005, dit programma schrijft {head_revision()}: open hem "
             "eerst"),
    ("0099", "is gemaakt met een nieuwere versie van Werkplaats Desktop (schemaversie 0099"),
])
def test_a_database_at_another_revision_is_refused_read_only(
        pg_server: Any, pg_template: str, capsys: pytest.CaptureFixture[str],
        revision: str, said: str) -> None:
    name = pg_server.new_database(pg_template)
    try:
        pg_server.execute(f"UPDATE alembic_version SET version_num = '{revision}'", name)
        before = fingerprint(pg_server, name)
        assert cli_main(["self-test", "--db", pg_server.url(name)]) == 1
        err = capsys.readouterr().err
        assert said in err, err
        assert fingerprint(pg_server, name) == before  # not upgraded, no schema made
    finally:
        pg_server.drop_database(name)


def test_the_window_program_self_test_takes_the_server_too(
        qapp: Any, shared: tuple[Any, str], capsys: pytest.CaptureFixture[str]) -> None:
    from werkplaats_desktop.ui.app import main as app_main

    server, name = shared
    before = fingerprint(server, name)
    assert app_main(["--self-test", "--db", server.url(name)]) == 0
    out = capsys.readouterr().out
    assert "[ok] Vensteronderdelen laden" in out and "[ok] Tijdelijk schema verwijderen" in out
    assert fingerprint(server, name) == before


def test_a_file_is_not_a_self_test_target(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli_main(["self-test", "--db", "eigen.sqlite"])
    assert stopped.value.code == 2
    assert "alleen voor een gedeelde database" in capsys.readouterr().err


def test_the_help_says_what_happens_on_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main(["self-test", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "tijdelijk schema (wp_selftest_...) dat na afloop wordt verwijderd" in out
    assert "het recht CREATE op de database" in out


def test_in_schema_keeps_the_url_and_adds_the_search_path() -> None:
    target = ServerTarget("postgresql://anna@/wp?host=/tmp/x&port=5433&options=-c%20a%3Db")
    scratch = target.in_schema("wp_selftest_abc")
    assert (scratch.dbname, scratch.user, scratch.name) == ("wp", "anna", target.name)
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(scratch.url).query)
    assert query["options"] == ["-c a=b -c search_path=wp_selftest_abc"]
    assert query["host"] == ["/tmp/x"] and query["port"] == ["5433"]
    with pytest.raises(ValueError):
        target.in_schema("public; DROP")
