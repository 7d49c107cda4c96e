"""A journal left by a killed write is judged as SQLite judges it, and every way of looking at
the file agrees: ``werkplaats info``, ``check``, ``stats``, ``backup`` and the window.

The journals are real: a child process is killed in the middle of a write transaction
(tests/journals.py). A zeroed-header journal is what a write leaves when it is killed before
SQLite wrote into the database file (SQLite ignores it: the file is as before); a hot journal
is what it leaves when SQLite had already written pages into the file (SQLite must roll it
back first). Observation 1 and 6 of issue 15: the old code refused a file with a zeroed
journal in ``info`` while ``check`` called it sound, never removed that journal, and ``stats``
called a file with a hot journal "geen leesbare database (attempt to write a readonly
database)".
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.journals import Writer, journal_of, killed_write, names
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.store import integrity
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.integrity import (
    GEEN_JOURNAL,
    HEET,
    IN_GEBRUIK,
    LEEG_JOURNAL,
    LEGE_DATABASE,
    NUL_KOP,
    full_check,
    hot_journal,
    journal_state,
)
from werkplaats_desktop.ui.opening import open_database

INTERRUPTED = "niet afgesloten na een onderbroken schrijfactie"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_would_roll_back(path: Path) -> bool:
    """SQLite's own verdict: a read-only connection refuses a file with a hot journal."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        assert exc.sqlite_errorname == "SQLITE_READONLY_ROLLBACK", exc  # type: ignore[attr-defined]
        return True
    finally:
        conn.close()
    return False


def test_the_journal_state_follows_sqlites_rule(db_path: Path, tmp_path: Path) -> None:
    journal = journal_of(db_path)
    assert journal_state(db_path) == GEEN_JOURNAL

    journal.write_bytes(b"")
    assert journal_state(db_path) == LEEG_JOURNAL
    journal.unlink()

    killed_write(db_path, "nul-kop")
    assert journal_state(db_path) == NUL_KOP
    assert hot_journal(db_path) is None
    assert not sqlite_would_roll_back(db_path)
    journal.unlink()

    # a write in progress: the journal is complete, but its owner holds the RESERVED lock
    writer = Writer(db_path, "heet")
    try:
        assert journal.read_bytes()[0] != 0
        assert journal_state(db_path) == IN_GEBRUIK
        assert hot_journal(db_path) is None
    finally:
        writer.kill()
    # the owner died: now it is hot, for us and for SQLite
    assert journal_state(db_path) == HEET
    assert hot_journal(db_path) == journal
    assert sqlite_would_roll_back(db_path)

    # a journal next to an empty database file is never hot (SQLite deletes it)
    empty = tmp_path / "leeg.sqlite"
    empty.write_bytes(b"")
    journal_of(empty).write_bytes(journal.read_bytes())
    assert journal_state(empty) == LEGE_DATABASE


def _commands(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[int, str]]:
    results = {}
    for command in (["info"], ["check"], ["stats", "--json"], ["backup", "--naar",
                                                                str(path.parent / "b")]):
        code = main([*command, "--db", str(path)])
        captured = capsys.readouterr()
        results[command[0]] = (code, captured.err)
    return results


@pytest.mark.parametrize("kind", ["geen", "nul-kop", "heet"])
def test_info_check_stats_backup_and_the_window_agree(
        kind: str, db_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    before = names(db_path)
    if kind != "geen":
        killed_write(db_path, kind)
    file_before = digest(db_path)

    results = _commands(db_path, capsys)
    if kind == "heet":
        # no command reads a half-written file; they all say the same, in Dutch
        for command, (code, err) in results.items():
            assert code == 1, (command, err)
        assert INTERRUPTED in results["info"][1]
        assert results["stats"][1] == results["info"][1]
        assert results["backup"][1] == results["info"][1]
        assert "onafgemaakte wijziging" in results["check"][1]
        assert "readonly" not in "".join(err for _c, err in results.values())
        assert digest(db_path) == file_before  # the read-only commands changed nothing
    else:
        for command, (code, err) in results.items():
            assert code == 0, (command, err)

    # the window: opens the file, SQLite rolls back or the dead journal goes
    db = open_database(db_path)
    assert db is not None
    db.close()
    assert not journal_of(db_path).exists()
    assert names(db_path) == before  # nothing of the killed write is left
    assert full_check(db_path).sound
    for command, (code, err) in _commands(db_path, capsys).items():
        assert code == 0, (command, err)


def test_open_rolls_a_hot_journal_back_and_removes_a_dead_one(db_path: Path) -> None:
    before = names(db_path)
    killed_write(db_path, "heet")
    with Database.open(db_path):
        assert not journal_of(db_path).exists()
    assert names(db_path) == before

    killed_write(db_path, "nul-kop")
    file_before = digest(db_path)
    with Database.open(db_path):
        assert not journal_of(db_path).exists()
    assert digest(db_path) == file_before  # a zeroed journal: the file was never touched


def test_a_journal_of_a_write_in_progress_is_left_alone(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the lock of another writer the journal is not ours to remove: finishing the
    interrupted write (what every open does first) leaves a live journal in place."""
    from werkplaats_desktop.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # (it would wait 5 s for the lock)
    writer = Writer(db_path, "heet")
    try:
        journal = journal_of(db_path)
        content = journal.read_bytes()
        integrity.finish_interrupted_write(db_path)  # the writer holds SQLite's lock
        assert journal.read_bytes() == content
    finally:
        writer.kill()
