"""store/integrity.py at the edges the mutation round of issue 15 found untested: what the
check says in SQLite's own words for every kind of damage, that the checks never write, a
live writer that is not an interrupted one, and the check's report translated sentence by
sentence, each in its own context (docs/testing.md, "Mutatietests").
"""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from tests.damage import KINDS, damage
from tests.journals import Writer, journal_of, killed_write
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.domain import messages
from werkplaats_desktop.store import integrity
from werkplaats_desktop.store.engine import APPLICATION_ID
from werkplaats_desktop.store.migrate import head_revision

NIET_ONS = ("'{naam}' is geen Werkplaats-bestand: het is een SQLite-database van een ander "
            "programma. Er is niets aan gewijzigd. Kies het databasebestand van Werkplaats "
            "Desktop (meestal werkplaats.sqlite).")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- damage, in SQLite's own words ---------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_damage_is_told_in_sqlites_own_words_without_its_framing(
        kind: str, demo_path: Path) -> None:
    damage(demo_path, kind)
    before = digest(demo_path)
    problems = integrity.quick_check(demo_path)
    assert 0 < len(problems) <= integrity.MAX_PROBLEMS
    for problem in problems:
        assert problem and problem == problem.strip()
        assert problem != "ok" and "*** in database" not in problem
        assert problem != "None"
    if kind == "kop":
        assert problems == ["file is not a database"]
    with pytest.raises(integrity.DatabaseCorrupt) as caught:
        integrity.raise_if_corrupt(demo_path)
    assert str(caught.value) == (f"'demo.sqlite' is beschadigd: {problems[0]}. Het bestand is "
                                 "niet gewijzigd.")
    result = integrity.full_check(demo_path, demo_path.parent / "backups")
    assert result.kind == integrity.DAMAGED and result.problems
    text = result.report()
    for problem in result.problems:
        assert problem != "None" and "*** in database" not in problem
        assert f"\n  - {problem}\n" in text
    if kind == "kop":
        assert result.problems == ["file is not a database"]
    assert digest(demo_path) == before


def test_the_lines_of_an_integrity_report_are_kept_and_its_framing_dropped(
        demo_path: Path) -> None:
    damage(demo_path, "indexblad")
    conn = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    raw = [text for (text,) in conn.execute("PRAGMA quick_check(20)")]
    conn.close()
    assert raw[0].startswith("*** in database main ***\nOn tree page ")
    problems = integrity.quick_check(demo_path)
    assert problems == [line for text in raw for line in text.splitlines()][1:]
    assert problems[0].startswith("On tree page ")


def test_a_damaged_file_is_told_where_no_backup_was_found(
        demo_path: Path, tmp_path: Path) -> None:
    damage(demo_path, "tabelblad")
    root = tmp_path / "elders"
    result = integrity.full_check(demo_path, root)
    assert result.backup_folder is not None
    assert result.backup_folder.is_relative_to(root)
    assert result.report().endswith(
        f"Er is geen goede backup van dit bestand gevonden in {result.backup_folder}. Bewaar "
        "het bestand voor een specialist en werk er niet in verder.")


# --- the checks never write ----------------------------------------------------------------


def test_the_quick_check_leaves_a_file_with_a_hot_journal_as_it_is(db_path: Path) -> None:
    killed_write(db_path, "heet")
    journal = journal_of(db_path)
    file_before, journal_before = digest(db_path), digest(journal)
    assert integrity.quick_check(db_path) == ["attempt to write a readonly database"]
    assert digest(db_path) == file_before
    assert journal.exists() and digest(journal) == journal_before


def test_a_journal_next_to_a_missing_database_makes_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "weg.sqlite"
    journal = journal_of(missing)
    journal.write_bytes(b"\xd9\xd5\x05\xf9" + bytes(508))
    integrity.finish_interrupted_write(missing)
    assert not missing.exists()
    assert journal.read_bytes() == b"\xd9\xd5\x05\xf9" + bytes(508)


# --- a live writer is not an interrupted one ----------------------------------------------


def test_a_live_writer_whose_journal_header_is_already_written_is_in_use(db_path: Path) -> None:
    """With ``synchronous = OFF`` SQLite writes the journal header at once: the journal looks
    hot, but its owner holds the RESERVED lock, so SQLite reads on and so do we."""
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("PRAGMA synchronous = OFF")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE gemeente SET naam = naam || ' (gewijzigd)'")
        assert journal_of(db_path).read_bytes()[0] != 0
        assert integrity.journal_state(db_path) == integrity.IN_GEBRUIK
        assert integrity.hot_journal(db_path) is None
        integrity.refuse_if_interrupted(db_path)  # nothing raised: not interrupted
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert integrity.journal_state(db_path) == integrity.GEEN_JOURNAL


def test_a_write_in_progress_is_recognised_without_the_long_wait_for_a_lock(
        db_path: Path) -> None:
    """A writer that holds the file's EXCLUSIVE lock: the check asks briefly, not for the five
    seconds the program waits for a lock when it writes."""
    writer = Writer(db_path, "heet")
    try:
        start = time.monotonic()
        assert integrity.journal_state(db_path) == integrity.IN_GEBRUIK
        assert time.monotonic() - start < 3.0
    finally:
        writer.kill()


# --- an interrupted write, as check says it -------------------------------------------------


def test_check_of_an_interrupted_write_says_only_that(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    killed_write(db_path, "heet")
    result = integrity.full_check(db_path, db_path.parent / "backups")
    assert result.kind == integrity.INTERRUPTED and not result.sound
    expected = (
        "Er staat een onafgemaakte wijziging in werkplaats.sqlite-journal (het programma is "
        "midden in het opslaan gestopt). Open het bestand in Werkplaats Desktop: dat draait die "
        "wijziging terug. Controleer daarna opnieuw.")
    assert result.report() == expected
    assert result.backup_folder is None and result.newest_backup is None
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "backup" not in err.lower() and "heeft problemen" not in err


# --- is it our file -------------------------------------------------------------------------


def _set(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("change", [
    ["PRAGMA application_id = 0"],  # another program's id, our schema and version
    ["PRAGMA application_id = 1"],
    ["DROP TABLE alembic_version"],  # our id, no version table
    ["DELETE FROM alembic_version"],  # our id, a version table without a version
    ["PRAGMA application_id = 0", "DROP TABLE alembic_version"],
], ids=["ander-id", "id-1", "geen-versietabel", "lege-versietabel", "niets-van-ons"])
def test_a_file_without_both_our_id_and_a_version_is_not_ours(
        change: list[str], db_path: Path) -> None:
    _set(db_path, *change)
    before = digest(db_path)
    result = integrity.full_check(db_path)
    assert result.kind == integrity.FOREIGN and not result.sound
    assert result.report() == NIET_ONS.format(naam="werkplaats.sqlite")
    assert digest(db_path) == before


def test_a_file_with_our_id_and_a_known_version_is_ours(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    result = integrity.full_check(db_path)
    assert result.kind == integrity.SOUND and result.sound
    assert result.report() == (
        "De database 'werkplaats.sqlite' is in orde: de opbouw van het bestand klopt en alle "
        f"verwijzingen tussen records kloppen.\nSchemaversie: {head_revision()}.")


# --- the report, translated -----------------------------------------------------------------

#: (context, Dutch) -> English; whatever is not here comes back marked (pseudo-translation),
#: so that a sentence asked for in the wrong context, or a value that is no sentence but is
#: translated all the same, shows
ENGLISH = {
    ("Controle", integrity.IN_ORDE): "The database '{naam}' is sound.",
    ("Controle", integrity.HEEFT_PROBLEMEN): "The database '{naam}' has problems.",
    ("Controle", integrity.OPBOUW): "Structure of the file:",
    ("Controle", integrity.VERBROKEN): "Broken references ({n}):",
    ("Controle", integrity.GEEN_BACKUP): "No sound backup in {map}.",
    ("Controle", integrity.SCHEMAVERSIE): "Schema version: {versie}.",
    ("Controle", integrity.GEEN_WERKPLAATS_BESTAND): "'{naam}' is not a Werkplaats file: {waarom}.",
    ("Controle", integrity.WAAROM_LEEG): "the file is empty",
    ("Controle", integrity.WAAROM_GEEN_SQLITE): "not SQLite",
    ("Bestand", messages.IS_MAP): "'{pad}' is a folder ({voorbeeld}).",
    ("Bestand", messages.NIET_GEVONDEN): "'{pad}' does not exist.",
    ("Bestand", messages.GEEN_TOEGANG): "You may not {doen} '{pad}'.",
    ("Bestand", messages.LEZEN): "read",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), f"[{context}: {text}]")


def test_the_check_of_a_sound_file_in_english(db_path: Path) -> None:
    assert integrity.full_check(db_path).report(english) == (
        f"The database 'werkplaats.sqlite' is sound.\nSchema version: {head_revision()}.")


@pytest.mark.parametrize("content", [b"", b"boodschappen\n" * 50])
def test_only_the_reason_a_file_is_not_ours_is_translated_not_its_name(
        content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_bytes(content)
    reason = "the file is empty" if not content else "not SQLite"
    assert integrity.full_check(path).report(english) == (
        f"'notities.sqlite' is not a Werkplaats file: {reason}.")


def test_a_folder_and_a_missing_file_are_told_in_the_words_for_files(tmp_path: Path) -> None:
    assert integrity.full_check(tmp_path).report(english) == (
        f"'{tmp_path}' is a folder ({tmp_path / 'werkplaats.sqlite'}).")
    missing = tmp_path / "weg.sqlite"
    assert integrity.full_check(missing).report(english) == f"'{missing}' does not exist."


def test_a_file_that_may_not_be_read_is_told_with_what_was_refused(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(db_path))

    monkeypatch.setattr(integrity, "open", refused, raising=False)  # (root reads everything)
    result = integrity.full_check(db_path)
    assert result.kind == integrity.MISSING
    assert result.report(english) == f"You may not read '{db_path}'."
    assert result.report().startswith(
        f"U hebt geen toestemming om '{db_path}' te lezen. Kies een andere plek")


def test_broken_references_and_no_backup_in_english(db_path: Path, tmp_path: Path) -> None:
    _set(db_path, "INSERT INTO kenniskring (uuid, werkplaats_id, naam, omschrijving, "
                  "created_at, updated_at) VALUES ('u-1', 4242, 'Wees', '', '2015-01-01', "
                  "'2015-01-01')")
    result = integrity.full_check(db_path, tmp_path / "backups")
    assert result.report(english) == "\n".join([
        "The database 'werkplaats.sqlite' has problems.",
        "Broken references (1):",
        "  - tabel kenniskring, rij 1: verwijst naar een werkplaats die niet bestaat",
        f"No sound backup in {result.backup_folder}.",
        f"Schema version: {head_revision()}.",
    ])


def test_a_folder_is_called_a_folder_on_open_not_damaged(tmp_path: Path) -> None:
    from werkplaats_desktop.store.database import Database

    folder = tmp_path / "werkplaats.sqlite"
    folder.mkdir()
    assert not integrity.looks_like_sqlite(folder)
    integrity.raise_if_corrupt(folder)  # nothing raised: not SQLite, so not damaged SQLite
    with pytest.raises(Exception) as caught:
        Database.open(folder)
    assert not isinstance(caught.value, integrity.DatabaseCorrupt)
    assert "is een map, geen bestand" in str(caught.value)
