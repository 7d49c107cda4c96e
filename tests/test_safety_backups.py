"""Promise 3 (core): verified backups, at most a day old, thinned to daily, weekly and monthly
copies (a year simulated with a fake clock); restore verifies first and saves the current
file; ``werkplaats backup`` (promise 9)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.damage import damage
from tests.factories import small_werkplaats
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import backups as backups_module
from werkplaats_desktop.store import filecopy as backup_module
from werkplaats_desktop.store.backups import BackupSet, Retention, keep_aside, restore
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw
from werkplaats_desktop.store.filecopy import BackupError, verify


class FakeClock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str) -> int:
    conn = connect_raw(path, readonly=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_backup_is_a_sound_copy_and_gets_its_name_only_after_verifying(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Database.open(db_path) as db:
        small_werkplaats(Services(db))
        backups = BackupSet(db_path, tmp_path / "backups")
        made = backups.make("handmatig")  # while the program has the file open
    assert made.path.parent == backups.folder
    assert made.path.name.startswith("werkplaats-") and made.path.name.endswith("-handmatig.sqlite")
    verify(made.path)
    assert count(made.path, "activiteit") == 1

    def failing_verify(path: Path) -> None:
        assert path.name.startswith(".") and path.name.endswith(".tmp")  # the temporary file
        raise BackupError("kapot")

    monkeypatch.setattr(backup_module, "verify", failing_verify)
    with pytest.raises(BackupError):
        backups.make("handmatig")
    assert [p.name for p in backups.folder.iterdir()] == [made.path.name]  # no temp, no new


def test_thinning_keeps_daily_weekly_and_monthly_copies_over_a_year(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A year of use, simulated: the program opens every working day at 9:00 (the daily
    backup when due), and closes at 17:00 (a backup on close). File copying is replaced by a
    stub here; real copies are tested above."""
    monkeypatch.setattr(backups_module, "copy_database",
                        lambda source, target: target.parent.mkdir(parents=True, exist_ok=True)
                        or target.write_bytes(b"kopie") or target)
    database = tmp_path / "werkplaats.sqlite"
    database.write_bytes(b"")
    clock = FakeClock(datetime(2025, 1, 6, 9, 0))
    retention = Retention()
    backups = BackupSet(database, tmp_path / "backups", clock=clock, retention=retention)
    keep_aside(database, backups.folder)  # a kept-aside damaged file is never thinned away
    day = clock.now
    while day < datetime(2026, 3, 1):
        if day.weekday() < 5:
            clock.now = day
            backups.make_if_due("automatisch")
            assert not backups.due()  # a backup at most a day old exists
            clock.now = day.replace(hour=17)
            backups.make("bij-afsluiten")
            clock.now = day.replace(hour=17, minute=30)
            backups.make("handmatig")
        day += timedelta(days=1)
    kept = backups.all()
    whens = [b.when for b in kept]
    assert len(kept) <= (retention.recent + retention.daily + retention.weekly
                         + retention.monthly)
    assert len({w.date() for w in whens}) >= retention.daily
    assert len({w.isocalendar()[:2] for w in whens}) >= retention.weekly
    assert len({(w.year, w.month) for w in whens}) == retention.monthly
    assert min(whens) >= datetime(2025, 3, 1)  # nothing older than 12 months of copies
    assert min(whens) < datetime(2025, 4, 1)  # ...but the oldest month is still there
    assert max(whens) == datetime(2026, 2, 27, 17, 30)  # Friday before the end
    # the newest few are kept whatever their age; the last 7 working days each have one
    assert [b.when for b in kept[:retention.recent]] == sorted(whens, reverse=True)[:5]
    assert len(list((backups.folder / "beschadigd").iterdir())) == 1


def test_a_backup_is_due_after_a_day_and_changes_are_noticed(
        db_path: Path, tmp_path: Path) -> None:
    clock = FakeClock(datetime.now())
    backups = BackupSet(db_path, tmp_path / "backups", clock=clock)
    assert backups.due() and backups.changed_since_newest()
    backups.make("automatisch")
    assert not backups.due()
    assert not backups.changed_since_newest()
    clock.now += timedelta(hours=23)
    assert not backups.due()
    clock.now += timedelta(hours=1)
    assert backups.due()
    Database.open(db_path).close()  # opening and reading is no change
    assert not backups.changed_since_newest()
    with Database.open(db_path) as db:
        small_werkplaats(Services(db))
    assert backups.changed_since_newest()


def test_two_files_with_the_same_name_keep_separate_backups(tmp_path: Path,
                                                             db_path: Path) -> None:
    other = tmp_path / "elders" / db_path.name
    other.parent.mkdir()
    shutil.copy(db_path, other)
    root = tmp_path / "backups"
    mine, theirs = BackupSet(db_path, root), BackupSet(other, root)
    assert mine.folder != theirs.folder
    mine.make()
    assert theirs.all() == []


def test_restore_verifies_first_and_saves_the_current_file(db_path: Path,
                                                           tmp_path: Path) -> None:
    backups = BackupSet(db_path, tmp_path / "backups")
    with Database.open(db_path) as db:
        small_werkplaats(Services(db))
        older = backups.make("handmatig")
        small_werkplaats(Services(db), naam="Tweede werkplaats")
        lock = db.close(keep_lock=True)
    assert lock is not None
    report = restore(backups, older)
    assert count(db_path, "werkplaats") == 1
    assert report.previous is not None and count(report.previous, "werkplaats") == 2
    assert "voor-herstel" in report.previous.name
    with Database.open(db_path, lock=lock) as db:  # the lock was kept all along
        assert [w.naam for w in Services(db).werkplaatsen.all()] == ["Wmo-werkplaats Utrecht"]


def test_a_damaged_backup_is_not_restored_and_changes_nothing(db_path: Path,
                                                              tmp_path: Path) -> None:
    with Database.open(db_path) as db:
        small_werkplaats(Services(db))
    backups = BackupSet(db_path, tmp_path / "backups")
    chosen = backups.make("handmatig")
    with Database.open(db_path) as db:
        small_werkplaats(Services(db), naam="Tweede werkplaats")
    damage(chosen.path, "tabelwortel")
    before = digest(db_path)
    with pytest.raises(BackupError):
        restore(backups, chosen)
    assert digest(db_path) == before
    assert [b.reason for b in backups.all()] == ["handmatig"]  # no "voor-herstel" either
    assert not list(db_path.parent.glob(".*.tmp"))
    assert backups.newest_sound() is None


def test_the_newest_sound_backup_skips_damaged_ones(db_path: Path, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0))
    backups = BackupSet(db_path, tmp_path / "backups", clock=clock)
    good = backups.make("automatisch")
    clock.now += timedelta(days=1)
    bad = backups.make("automatisch")
    damage(bad.path, "tabelwortel")
    assert backups.newest() == bad
    assert backups.newest_sound() == good


def test_backup_command_adds_to_the_backups_of_the_file(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(demo_path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == BackupSet(demo_path, default_backup_dir()).folder
    verify(made)
    assert count(made, "project") == 122


def test_backup_command_writes_into_a_chosen_folder(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "usb-stick" / "werkplaats"
    assert main(["backup", "--db", str(demo_path), "--naar", str(target)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == target and made.name.endswith("-handmatig.sqlite")
    assert count(made, "project") == 122


def test_backup_command_refuses_a_damaged_or_missing_file(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage(demo_path, "tabelblad")
    target = tmp_path / "kopie"
    assert main(["backup", "--db", str(demo_path), "--naar", str(target)]) == 1
    assert "Er is geen backup gemaakt" in capsys.readouterr().err
    assert not target.exists() or not list(target.iterdir())
    assert main(["backup", "--db", str(tmp_path / "weg.sqlite")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
