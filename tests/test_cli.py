"""The ``werkplaats`` command: demo and info, exit codes, documented JSON keys."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from werkplaats_desktop.cli.main import main
from werkplaats_desktop.services.info import COUNT_KEYS


def test_info_json_has_the_documented_keys(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--db", str(demo_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "bestand",
        "schemaversie",
        "schemaversie_programma",
        "upgrade_nodig",
        "voorbeelddata",
        "aantallen",
    }
    assert set(data["aantallen"]) == set(COUNT_KEYS)
    assert data["aantallen"]["werkplaatsen"] == 14 and data["voorbeelddata"] is True
    assert data["schemaversie"] == data["schemaversie_programma"]


def test_info_does_not_change_the_file(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    assert main(["info", "--db", str(demo_path)]) == 0
    assert demo_path.read_bytes() == before


def test_info_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--db", str(tmp_path / "weg.sqlite")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    other = tmp_path / "ander.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x(y)").connection.close()
    assert main(["info", "--db", str(other)]) == 1
    assert "geen database van Werkplaats Desktop" in capsys.readouterr().err


def test_demo_writes_a_new_file_and_refuses_an_existing_one(
    demo_seed_3: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_seed_3.exists()  # written by `werkplaats demo PAD --seed 3` (conftest)
    before = demo_seed_3.read_bytes()
    assert main(["demo", str(demo_seed_3)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert demo_seed_3.read_bytes() == before


def test_the_command_runs_as_a_program(demo_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "werkplaats_desktop", "info", "--db", str(demo_path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["aantallen"]["projecten"] == 122
    usage = subprocess.run(
        [sys.executable, "-m", "werkplaats_desktop", "bestaat-niet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert usage.returncode == 2


def test_help_and_usage_errors_are_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: werkplaats") and "toon deze hulp" in out
    for command in ("demo", "info"):
        assert f"\n    {command}" in out
    with pytest.raises(SystemExit) as done:
        main(["demo"])
    assert done.value.code == 2
    assert "fout: deze argumenten ontbreken: PAD" in capsys.readouterr().err


def test_info_after_an_interrupted_write_says_what_to_do(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.journals import killed_write

    journal = killed_write(demo_path, "heet")  # a real hot journal: a write killed mid-way
    before = demo_path.read_bytes()
    assert main(["info", "--db", str(demo_path)]) == 1
    assert "onderbroken schrijfactie" in capsys.readouterr().err
    assert demo_path.read_bytes() == before and journal.exists()


def test_info_reads_a_file_whose_killed_write_never_reached_it(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A journal with a zeroed header (what a write killed before it wrote into the file
    leaves) is ignored by SQLite; info reads the file, as check does."""
    from tests.journals import killed_write

    journal = killed_write(demo_path, "nul-kop")
    assert main(["info", "--db", str(demo_path)]) == 0
    assert "Schemaversie" in capsys.readouterr().out
    assert journal.exists()  # read-only: left for the next open of the program
