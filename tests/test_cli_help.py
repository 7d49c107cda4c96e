"""Every command's ``--help`` says what ``--db`` takes: a file or a PostgreSQL address
(issue 18: ``import --help`` called it "het databasebestand" and did not say that a Werkplaats
``.sqlite`` file may be imported, which README step 5 does into a shared database)."""

from __future__ import annotations

import argparse
import re

import pytest

from werkplaats_desktop.cli.main import build_parser, main


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def help_of(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def option_help(text: str, option: str) -> str:
    """The help of ``option`` in a rendered ``--help``, on one line."""
    match = re.search(rf"^  {re.escape(option)}\b(.*?)(?=^  \S|\Z)", text, re.M | re.S)
    assert match, f"{option} not in:\n{text}"
    return " ".join(match.group(1).split())


def with_db() -> list[str]:
    return sorted(name for name, p in subcommands().items()
                  if any("--db" in a.option_strings for a in p._actions))


def test_the_commands_with_db_are_the_expected_ones() -> None:
    assert with_db() == sorted(["info", "check", "backup", "export", "import", "stats",
                                "status", "draaitabel", "self-test"])


#: a command whose --db is only a shared database, and why (tested below)
SERVER_ONLY = {"self-test": "zonder --db test het programma in een tijdelijke map"}


@pytest.mark.parametrize("command", [c for c in with_db() if c not in SERVER_ONLY])
def test_db_help_names_a_file_and_a_postgresql_address(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, command)
    told = option_help(text, "--db PAD")
    assert "een bestand" in told
    assert "postgresql://gebruiker@server:poort/database" in told
    assert "PGPASSWORD" in told
    assert not told.startswith("het databasebestand")


def test_self_test_db_is_a_server_only_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, "self-test")
    told = option_help(text, "--db postgresql://gebruiker@server:poort/database")
    assert "gedeelde database" in told and "tijdelijke map" in told


@pytest.mark.parametrize("command", ["nieuw"])
def test_a_positional_database_names_a_file_and_a_postgresql_address(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    told = option_help(help_of(capsys, command), "PAD")
    assert "bestand" in told and "postgresql://gebruiker@server:poort/database" in told


def test_import_help_says_a_werkplaats_sqlite_file_may_be_imported(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, "import")
    flat = " ".join(text.split())
    assert "databasebestanden van Werkplaats Desktop (.sqlite" in flat
    assert ".sqlite" in option_help(text, "BESTAND")
    assert "--db postgresql://" in flat
    assert "databasebestanden van werkplaatsen" in help_of(capsys)


def test_backup_help_tells_how_a_server_database_is_backed_up(
        capsys: pytest.CaptureFixture[str]) -> None:
    flat = " ".join(help_of(capsys, "backup").split())
    assert "pg_dump" in flat and "pg_restore" in flat and "-Fc" in flat
    assert "<database>-<tijd>-handmatig.dump" in flat
    assert "uitvoercode 1" in flat
