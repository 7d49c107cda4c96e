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


# --- the rest of store/integrity.py at its edges -----------------------------------------------


def test_journal_states_without_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "weg.sqlite"
    journal = journal_of(db)
    assert journal_state(db) == GEEN_JOURNAL
    journal.write_bytes(b"\xd9\xd5\x05\xf9" + bytes(508))  # a header, and no database at all
    assert journal_state(db) == LEGE_DATABASE
    db.write_bytes(b"")
    assert journal_state(db) == LEGE_DATABASE
    journal.write_bytes(bytes(512))
    assert journal_state(db) == NUL_KOP
    journal.unlink()
    journal.mkdir()  # not a file SQLite could read
    assert journal_state(db) in (GEEN_JOURNAL, LEEG_JOURNAL)
    assert hot_journal(db) is None


def test_only_a_read_only_connection_meeting_a_hot_journal_counts_as_one() -> None:
    assert not integrity.is_hot_journal_error(ValueError("x"))
    assert not integrity.is_hot_journal_error(sqlite3.OperationalError("database is locked"))


def test_the_interrupted_write_message_names_the_file_and_the_way_out(db_path: Path) -> None:
    killed_write(db_path, "heet")
    with pytest.raises(integrity.InterruptedWrite) as caught:
        integrity.refuse_if_interrupted(db_path)
    assert str(caught.value) == (
        "'werkplaats.sqlite' is niet afgesloten na een onderbroken schrijfactie: naast het "
        "bestand staat 'werkplaats.sqlite-journal' met een wijziging die nog teruggedraaid "
        "moet worden. Open het bestand in Werkplaats Desktop: dat draait de onderbroken "
        "wijziging terug, zodat alles weer is zoals na de laatste voltooide opslag. Het bestand "
        "is niet gewijzigd.")


def test_finishing_an_interrupted_write_leaves_other_files_alone(tmp_path: Path) -> None:
    text = tmp_path / "notities.sqlite"
    text.write_text("geen database\n" * 100, encoding="utf-8")
    before = text.read_bytes()
    journal_of(text).write_bytes(b"\x01" * 600)
    integrity.finish_interrupted_write(text)  # not a database: no error, the file unchanged
    assert text.read_bytes() == before  # (SQLite itself drops a journal without a header)
    integrity.finish_interrupted_write(tmp_path / "weg.sqlite")  # no file: nothing made
    assert not (tmp_path / "weg.sqlite").exists()
    integrity.finish_interrupted_write(tmp_path)  # a folder: nothing happens


def test_the_quick_check_and_the_damage_refusal(demo_path: Path, tmp_path: Path) -> None:
    from tests.damage import damage

    assert integrity.quick_check(demo_path) == []
    integrity.raise_if_corrupt(demo_path)  # sound: nothing raised
    for harmless in (tmp_path / "weg.sqlite", tmp_path / "leeg.sqlite", tmp_path / "x.txt"):
        if harmless.name != "weg.sqlite":
            harmless.write_bytes(b"" if harmless.name == "leeg.sqlite" else b"tekst")
        integrity.raise_if_corrupt(harmless)  # left for the migration runner to judge
    damage(demo_path, "tabelblad")
    problems = integrity.quick_check(demo_path)
    assert 0 < len(problems) <= integrity.MAX_PROBLEMS
    assert all(p != "ok" and not p.startswith("*** in database") for p in problems)
    with pytest.raises(integrity.DatabaseCorrupt) as caught:
        integrity.raise_if_corrupt(demo_path)
    assert str(caught.value) == (f"'demo.sqlite' is beschadigd: {problems[0]}. Het bestand is "
                                 "niet gewijzigd.")
    assert caught.value.problems == problems and caught.value.path == demo_path


def test_check_lists_at_most_20_broken_references_but_counts_all(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)  # foreign keys off: how a broken tool could leave a file
    for i in range(25):
        conn.execute("INSERT INTO kenniskring (uuid, werkplaats_id, naam, omschrijving, "
                     "created_at, updated_at) VALUES (?, 4242, ?, '', '2015-01-01', "
                     "'2015-01-01')", (f"u-{i}", f"Wees {i}"))
    conn.commit()
    conn.close()
    result = full_check(db_path)
    assert not result.sound and result.kind == integrity.DAMAGED
    text = result.report()
    assert "Verbroken verwijzingen (25):" in text
    assert text.count("verwijst naar een werkplaats die niet bestaat") == 20
    assert "  - tabel kenniskring, rij 1: verwijst naar een werkplaats die niet bestaat" in text


def test_check_notes_a_newer_schema_and_the_current_one(db_path: Path) -> None:
    from werkplaats_desktop.store.migrate import head_revision

    result = full_check(db_path)
    assert result.sound and result.kind == integrity.SOUND
    assert result.report().endswith(f"Schemaversie: {head_revision()}.")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    result = full_check(db_path)
    assert result.sound  # not damaged: only newer
    assert result.report().endswith(
        f"Let op: schemaversie 9999 is nieuwer dan deze versie van het programma kent "
        f"({head_revision()}).")


def test_the_check_report_in_english_with_the_windows_date(
        demo_path: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from tests.damage import damage
    from werkplaats_desktop.store.backups import BackupSet

    english = {
        integrity.IN_ORDE: "The database '{naam}' is sound.",
        integrity.HEEFT_PROBLEMEN: "The database '{naam}' has problems.",
        integrity.OPBOUW: "Structure of the file:",
        integrity.HERSTEL_BACKUP: "Newest sound backup: {wanneer} ({pad}).",
        integrity.GEEN_WERKPLAATS_BESTAND: "'{naam}' is not a Werkplaats file: {waarom}.",
        integrity.WAAROM_GEEN_SQLITE: "not SQLite",
    }

    def translate(context: str, text: str) -> str:
        assert context in ("Controle", "Bestand")
        return english.get(text, text)

    assert full_check(demo_path).report(translate).startswith(
        "The database 'demo.sqlite' is sound.")
    root = tmp_path / "backups"
    BackupSet(demo_path, root, clock=lambda: datetime(2026, 3, 2, 17, 5)).make()
    damage(demo_path, "tabelblad")
    result = full_check(demo_path, root)
    text = result.report(translate, lambda when: when.strftime("%Y/%m/%d"))
    assert text.startswith("The database 'demo.sqlite' has problems.\nStructure of the file:")
    assert f"Newest sound backup: 2026/03/02 ({result.newest_backup[0]})." in text  # type: ignore[index]
    other = tmp_path / "ander.sqlite"
    other.write_text("x" * 200, encoding="utf-8")
    assert full_check(other).report(translate) == (
        "'ander.sqlite' is not a Werkplaats file: not SQLite.")
