"""Promise 8: only one program writes a file at a time; a second one gets a clear Dutch message
and writes nothing. A lock left behind by a program that was killed does not block."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.lock import DatabaseInUse, lock_path
from werkplaats_desktop.store.migrate import DatabaseTooNew

ROOT = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60, check=False)


def test_a_second_process_gets_a_dutch_message_and_writes_nothing(db_path: Path) -> None:
    with Database.open(db_path) as db:
        Services(db).personen.all()
        before = digest(db_path)
        done = run_python(f"""
            import sys
            from werkplaats_desktop.store.database import Database
            from werkplaats_desktop.store.migrate import SchemaError
            try:
                Database.open({str(db_path)!r})
            except SchemaError as exc:
                print(type(exc).__name__, exc)
                sys.exit(3)
            sys.exit(0)
        """)
        assert done.returncode == 3, done.stderr
        assert done.stdout.startswith("DatabaseInUse")
        assert "al geopend in een ander venster of programma" in done.stdout
        assert "Het bestand is niet gewijzigd" in done.stdout
        assert digest(db_path) == before
        assert not db_path.with_name(db_path.name + "-journal").exists()
        # the first program goes on writing as before
        from tests.factories import small_werkplaats

        small_werkplaats(Services(db))


def test_a_second_open_in_the_same_program_is_refused(db_path: Path) -> None:
    with Database.open(db_path):
        with pytest.raises(DatabaseInUse, match="al geopend"):
            Database.open(db_path)
        # the same file by another name is the same file
        with pytest.raises(DatabaseInUse):
            Database.open(db_path.parent / "." / db_path.name)


def test_closing_releases_the_lock(db_path: Path) -> None:
    Database.open(db_path).close()
    assert not lock_path(db_path).exists()
    Database.open(db_path).close()


def test_a_refused_file_releases_the_lock(db_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew):
        Database.open(db_path)
    assert not lock_path(db_path).exists()


def test_a_lock_left_by_a_killed_program_does_not_block(db_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from werkplaats_desktop.store.database import Database
            db = Database.open({str(db_path)!r})
            print("open", flush=True)
            time.sleep(120)
        """)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse, match=r"proces \d+"):
            Database.open(db_path)
    finally:
        child.kill()  # SIGKILL: no chance to clean up
        child.wait(timeout=30)
    assert lock_path(db_path).exists()  # the stale lock file is still there...
    with Database.open(db_path) as db:  # ...and does not stand in the way
        assert Services(db).werkplaatsen.count() == 0
