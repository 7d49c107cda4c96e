"""Promise 4 (core): a damaged file is detected when it is opened and is never written to;
``werkplaats check`` (promise 9) gives a readable result and exit 0 only for a sound file.

The damaged files are copies of the demo database with real damage (tests/damage.py).
The GUI side (copy kept aside, newest verified backup offered) is in test_safety_gui.py.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.damage import KINDS, damage
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.integrity import DatabaseCorrupt, full_check
from werkplaats_desktop.store.lock import lock_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_damaged_file_is_refused_on_open_and_not_written(kind: str, demo_path: Path) -> None:
    damage(demo_path, kind)
    before = digest(demo_path)
    with pytest.raises(DatabaseCorrupt, match="is beschadigd") as caught:
        Database.open(demo_path, backup_dir=demo_path.parent / "backups")
    assert caught.value.problems
    assert digest(demo_path) == before
    assert not demo_path.with_name(demo_path.name + "-journal").exists()
    assert not (demo_path.parent / "backups").exists()  # not even an upgrade backup
    assert not lock_path(demo_path).exists()


def test_a_file_that_is_not_sqlite_is_not_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_text("boodschappen\n" * 500, encoding="utf-8")
    with pytest.raises(Exception) as caught:
        Database.open(path)
    assert not isinstance(caught.value, DatabaseCorrupt)
    assert "geen leesbare database" in str(caught.value)


def test_check_says_a_sound_file_is_sound(demo_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo_path)
    assert main(["check", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "is in orde" in out and "Schemaversie" in out
    assert digest(demo_path) == before


@pytest.mark.parametrize("kind", ["tabelblad", "indexblad", "kop"])
def test_check_lists_what_is_wrong_with_a_damaged_file(
        kind: str, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage(demo_path, kind)
    before = digest(demo_path)
    assert main(["check", "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "heeft problemen" in err
    # real damage, no backup yet: said so, with where it looked (not "restore a backup")
    assert "Er is geen goede backup van dit bestand gevonden in" in err
    assert "Herstellen uit backup" not in err
    assert digest(demo_path) == before


def test_check_names_the_newest_sound_backup_for_a_damaged_file(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime

    from werkplaats_desktop.locations import default_backup_dir
    from werkplaats_desktop.store.backups import BackupSet

    for moment in (datetime(2026, 2, 27, 17, 0), datetime(2026, 3, 2, 17, 0)):
        BackupSet(demo_path, default_backup_dir(), clock=lambda m=moment: m).make()
    backups = BackupSet(demo_path, default_backup_dir())
    newest, sound = backups.all()[0], backups.all()[1]
    damage(newest.path, "tabelblad")  # the newest backup is damaged too: skipped
    damage(demo_path, "tabelblad")
    assert main(["check", "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "De nieuwste goede backup is van 27-02-2026 17:00" in err
    assert str(sound.path) in err and str(newest.path) not in err
    assert "Bestand > Herstellen uit backup" in err


@pytest.mark.parametrize("content", [b"boodschappen\n" * 50, b""])
def test_check_calls_a_foreign_file_foreign_without_restore_advice(
        content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_bytes(content)
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "'notities.sqlite' is geen Werkplaats-bestand" in err
    assert ("het bestand is leeg" if not content else "geen SQLite-database") in err
    assert "backup" not in err.lower() and "specialist" not in err
    assert path.read_bytes() == content


def test_check_of_a_folder_says_it_is_a_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is een map, geen bestand" in err and "backup" not in err.lower()


def test_check_reports_broken_references(db_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(db_path)  # foreign keys off: how a broken tool could leave a file
    conn.execute("INSERT INTO kenniskring (uuid, werkplaats_id, naam, omschrijving, created_at,"
                 " updated_at) VALUES ('u-1', 4242, 'Wees', '', '2015-01-01', '2015-01-01')")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "Verbroken verwijzingen (1)" in err
    assert "tabel kenniskring" in err and "werkplaats die niet bestaat" in err


def test_check_refuses_a_foreign_file_and_a_missing_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "ander.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x(y)").connection.close()
    assert main(["check", "--db", str(other)]) == 1
    err = capsys.readouterr().err
    assert "'ander.sqlite' is geen Werkplaats-bestand" in err and "ander programma" in err
    assert "backup" not in err.lower()
    assert main(["check", "--db", str(tmp_path / "weg.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "bestaat niet" in err and "backup" not in err.lower()


def test_check_works_while_the_program_has_the_file_open(demo_path: Path) -> None:
    with Database.open(demo_path):
        assert full_check(demo_path).sound
