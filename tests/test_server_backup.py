"""``werkplaats backup --db postgresql://...``: a real backup made with pg_dump (issue 18).

Against the test run's PostgreSQL server (conftest.pg_server): the dump is made in the
standard backup folder or ``--naar``, is a custom-format dump that ``pg_restore --list``
reads, and the password comes from PGPASSWORD (never the command line). Without pg_dump, with
a pg_dump older than the server, or with a server that is not there, the command says in
Dutch what to do, names the pg_dump command and exits 1 without leaving a file behind.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from werkplaats_desktop.cli.main import main as cli_main
from werkplaats_desktop.store import ServerTarget, pg_backup

pytest.importorskip("psycopg")

NAME = re.compile(r"^wp_\d+_\d+-\d{4}-\d\d-\d\dT\d{6}-handmatig\.dump$")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database(pg_server: Any, pg_demo_template: str) -> Iterator[str]:
    name = pg_server.new_database(pg_demo_template)
    yield name
    pg_server.drop_database(name)


def pg_restore() -> Path:
    found = pg_backup.candidates("pg_restore")
    if not found:
        pytest.skip("pg_restore is niet geïnstalleerd")
    return found[0]


def listing(dump: Path) -> str:
    done = subprocess.run([str(pg_restore()), "--list", str(dump)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def dumps_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def fake_pg_dump(folder: Path, script: str) -> Path:
    """A ``pg_dump`` on a PATH of its own that does what ``script`` (sh) says."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "pg_dump"
    program.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    program.chmod(0o755)
    return program


OLD_PG_DUMP = """\
if [ "$1" = "--version" ]; then echo "pg_dump (PostgreSQL) 12.22"; exit 0; fi
echo "pg_dump: error: aborting because of server version mismatch" >&2
echo "pg_dump: detail: server version: 15.18 (Debian 15.18-0+deb12u1); pg_dump version: \
12.22" >&2
exit 1
"""


# --- the real thing ---------------------------------------------------------------------------


def test_a_server_backup_is_a_dump_that_pg_restore_reads(
        pg_server: Any, database: str, _user_data_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "backup", "--db", pg_server.url(database))
    assert code == 0, err
    assert err == ""
    made = dumps_under(_user_data_dir / "backups")
    assert len(made) == 1
    dump = made[0]
    assert NAME.match(dump.name), dump.name
    assert dump.parent.parent == _user_data_dir / "backups"
    assert dump.parent.name.startswith(f"{database}-")
    assert dump.stat().st_size > 10_000
    assert dump.read_bytes()[:5] == b"PGDMP"
    toc = listing(dump)
    for table in ("werkplaats", "project", "activiteit", "alembic_version"):
        assert f"TABLE DATA public {table} " in toc
    first, second = out.splitlines()
    assert first.startswith(f"Backup van {database} op ")
    assert " gemaakt met pg_dump en gecontroleerd met pg_restore --list: " in first
    assert f": {dump} (" in first
    assert re.search(r"\(\d+,\d (kB|MB)\)\.$", first), first
    assert second.startswith("Terugzetten: pg_restore ") and second.endswith(str(dump))


def test_a_second_backup_joins_the_first_and_naar_writes_elsewhere(
        pg_server: Any, database: str, _user_data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.url(database)
    assert run_cli(capsys, "backup", "--db", url)[0] == 0
    import time

    time.sleep(1.1)  # the name has the time to the second
    assert run_cli(capsys, "backup", "--db", url)[0] == 0
    made = dumps_under(_user_data_dir / "backups")
    assert len(made) == 2 and made[0].parent == made[1].parent
    own = tmp_path / "mijn backups" / "server"
    code, out, err = run_cli(capsys, "backup", "--db", url, "--naar", str(own))
    assert code == 0, err
    [dump] = dumps_under(own)
    assert NAME.match(dump.name) and str(dump) in out
    assert "TABLE DATA public project " in listing(dump)
    assert not list(own.glob("*.deel"))


def test_the_password_comes_from_pgpassword_and_not_the_command_line(
        pg_server: Any, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    password = "geheim wachtwoord 18"
    pg_server.password_role(password, database)
    url = pg_server.tcp_url(database)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    code, _out, err = run_cli(capsys, "backup", "--db", url, "--naar", str(tmp_path / "a"))
    assert code == 1
    assert "PGPASSWORD" in err and "~/.pgpass" in err and "pg_dump --host=127.0.0.1" in err
    assert not dumps_under(tmp_path / "a")

    monkeypatch.setenv("PGPASSWORD", password)
    seen: list[list[str]] = []
    real_run = subprocess.run

    def spy(args: list[str], *rest: Any, **kwargs: Any) -> Any:
        seen.append(list(args))
        return real_run(args, *rest, **kwargs)

    monkeypatch.setattr(pg_backup.subprocess, "run", spy)
    code, out, err = run_cli(capsys, "backup", "--db", url, "--naar", str(tmp_path / "b"))
    assert code == 0, err
    [dump] = dumps_under(tmp_path / "b")
    assert "TABLE DATA public project " in listing(dump)
    assert seen and all(password not in " ".join(args) for args in seen)
    assert any("--no-password" in args for args in seen)


def test_a_password_typed_into_the_window_goes_into_the_environment_only(
        pg_server: Any, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    password = "in het venster getypt"
    pg_server.password_role(password, database)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    target = ServerTarget(pg_server.tcp_url(database), password)
    calls: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(args: list[str], *rest: Any, **kwargs: Any) -> Any:
        calls.append((list(args), dict(kwargs.get("env") or {})))
        return real_run(args, *rest, **kwargs)

    monkeypatch.setattr(pg_backup.subprocess, "run", spy)
    result = pg_backup.dump(target, tmp_path / "x.dump")
    assert result.size > 10_000 and result.checked_with_pg_restore
    dumped = [(args, env) for args, env in calls if "--format=custom" in args]
    assert dumped and all(password not in " ".join(args) for args, _ in calls)
    assert all(env.get("PGPASSWORD") == password for _, env in dumped)
    assert password.encode() not in (tmp_path / "x.dump").read_bytes()


# --- when it cannot be done --------------------------------------------------------------------


def test_without_pg_dump_the_refusal_is_dutch_and_names_the_command(
        pg_server: Any, database: str, tmp_path: Path, _user_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(pg_backup, "INSTALL_GLOBS", ())
    code, out, err = run_cli(capsys, "backup", "--db", pg_server.url(database))
    assert code == 1 and out == ""
    assert err.startswith(f"werkplaats: Er is geen backup gemaakt van {database} op ")
    assert ("het programma pg_dump van PostgreSQL is niet gevonden (niet op het PATH en niet "
            "in de gebruikelijke installatiemappen). Installeer de PostgreSQL-clientprogramma's"
            " (Debian/Ubuntu: sudo apt-get install postgresql-client") in err
    assert f"De opdracht voor de backup: pg_dump --host={pg_server.socket_dir} " in err
    assert f"--format=custom --file={database}.dump {database}" in err
    assert "vraag de beheerder van de PostgreSQL-server" in err
    assert not dumps_under(_user_data_dir / "backups")


def test_without_pg_dump_in_a_fresh_process_too(
        pg_server: Any, database: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PATH"}
    env["PATH"] = str(tmp_path / "leeg")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    code = ("import sys; from werkplaats_desktop.store import pg_backup; "
            "pg_backup.INSTALL_GLOBS = (); from werkplaats_desktop.cli.main import main; "
            "sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "backup", "--db",
                           pg_server.url(database)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 1
    assert "pg_dump van PostgreSQL is niet gevonden" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_pg_dump_older_than_the_server_is_told_in_dutch(
        pg_server: Any, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    old = fake_pg_dump(tmp_path / "oud", OLD_PG_DUMP)
    monkeypatch.setenv("PATH", str(old.parent))
    monkeypatch.setattr(pg_backup, "INSTALL_GLOBS", ())
    code, out, err = run_cli(capsys, "backup", "--db", pg_server.url(database),
                             "--naar", str(tmp_path / "naar"))
    assert code == 1 and out == ""
    assert (f"pg_dump ({old}) is van PostgreSQL 12, de server van PostgreSQL 15, en een "
            "oudere pg_dump weigert een nieuwere server. Installeer de "
            "PostgreSQL-clientprogramma's van versie 15 of nieuwer (Debian/Ubuntu: sudo "
            "apt-get install postgresql-client-15) of vraag de beheerder van de server om de "
            "backup.") in err
    assert "De opdracht voor de backup: pg_dump --host=" in err
    assert not dumps_under(tmp_path / "naar")


def test_an_older_pg_dump_on_the_path_gives_way_to_a_newer_installed_one(
        pg_server: Any, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    installed = [p for p in pg_backup.candidates("pg_dump") if "/usr/lib/postgresql/" in str(p)]
    if not installed:
        pytest.skip("geen pg_dump in /usr/lib/postgresql/<n>/bin")
    old = fake_pg_dump(tmp_path / "oud", OLD_PG_DUMP)
    monkeypatch.setenv("PATH", str(old.parent))
    monkeypatch.setattr(pg_backup, "INSTALL_GLOBS", ("/usr/lib/postgresql/*/bin",))
    code, out, err = run_cli(capsys, "backup", "--db", pg_server.url(database),
                             "--naar", str(tmp_path / "naar"))
    assert code == 0, err
    [dump] = dumps_under(tmp_path / "naar")
    assert "TABLE DATA public project " in listing(dump)


def test_a_failing_pg_dump_leaves_no_half_file_and_says_what_it_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    broken = fake_pg_dump(tmp_path / "kapot", """\
for a in "$@"; do case "$a" in --file=*) printf 'PGDMP half' > "${a#--file=}";; esac; done
echo 'pg_dump: error: query failed: ERROR:  permission denied for table meta' >&2
exit 1
""")
    monkeypatch.setenv("PATH", str(broken.parent))
    monkeypatch.setattr(pg_backup, "INSTALL_GLOBS", ())
    code, out, err = run_cli(capsys, "backup", "--db",
                             "postgresql://anna@db.gemeente.nl:5433/werkplaats",
                             "--naar", str(tmp_path / "naar"))
    assert code == 1 and out == ""
    assert err == (
        f"werkplaats: Er is geen backup gemaakt van werkplaats op db.gemeente.nl:5433: pg_dump "
        f"({broken}) meldt: query failed: ERROR:  permission denied for table meta. De "
        "inlognaam mag niet alles lezen wat een backup nodig heeft; een backup maakt de "
        "eigenaar van de database of de beheerder van de server. De opdracht voor de backup: "
        "pg_dump --host=db.gemeente.nl --port=5433 --username=anna --format=custom "
        "--file=werkplaats.dump werkplaats (terugzetten: pg_restore --host=db.gemeente.nl "
        "--port=5433 --username=anna --clean --dbname=werkplaats werkplaats.dump); of vraag de "
        "beheerder van de PostgreSQL-server om een dagelijkse backup.\n")
    assert dumps_under(tmp_path / "naar") == []


def test_a_server_that_is_not_there_is_told_in_dutch(
        pg_server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _out, err = run_cli(capsys, "backup", "--db",
                              f"postgresql://beheerder@127.0.0.1:{port}/werkplaats",
                              "--naar", str(tmp_path))
    assert code == 1
    assert "De server is niet bereikbaar: controleer het adres (server, poort)" in err
    assert f"pg_dump --host=127.0.0.1 --port={port} --username=beheerder" in err
    assert dumps_under(tmp_path) == []


def test_sizes_are_told_with_a_dutch_decimal_comma() -> None:
    assert pg_backup.size_text(512) == "512 bytes"
    assert pg_backup.size_text(48_300) == "48,3 kB"
    assert pg_backup.size_text(1_234_567) == "1,2 MB"
    assert pg_backup.size_text(5_000_000_000) == "5,0 GB"


def test_install_folders_are_tried_newest_first(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    for version in ("9.6", "13", "16", "15"):
        fake_pg_dump(tmp_path / "postgresql" / version / "bin", "exit 0\n")
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(pg_backup, "INSTALL_GLOBS", (str(tmp_path / "postgresql" / "*" / "bin"),))
    assert [p.parent.parent.name for p in pg_backup.candidates()] == ["16", "15", "13", "9.6"]


HINTS = ("Het backupbestand kan daar niet worden geschreven", "Het wachtwoord ontbreekt",
         "De server is niet bereikbaar", "De inlognaam mag niet alles lezen")


@pytest.mark.parametrize("said,hint", [
    ('pg_dump: error: could not open output file "/x/y.dump.deel": Permission denied',
     "Het backupbestand kan daar niet worden geschreven: kies een map waarin u mag schrijven"),
    ("pg_dump: error: connection to server at \"db\" (10.0.0.1), port 5432 failed: "
     "fe_sendauth: no password supplied", "Het wachtwoord ontbreekt of klopt niet"),
    ('pg_dump: error: connection to server on socket "/run/postgresql/.s.PGSQL.5432" failed: '
     "No such file or directory", "De server is niet bereikbaar"),
    ("pg_dump: error: query failed: ERROR:  permission denied for schema wp_rechten",
     "De inlognaam mag niet alles lezen"),
])
def test_what_pg_dump_said_gets_the_right_advice(said: str, hint: str) -> None:
    target = ServerTarget("postgresql://anna@db/werkplaats")
    told = pg_backup.failed_message(target, Path("/usr/bin/pg_dump"), said)
    assert hint in told
    assert sum(h in told for h in HINTS) == 1  # one hint, not several
    assert "De opdracht voor de backup: pg_dump --host=db --port=5432 --username=anna" in told
