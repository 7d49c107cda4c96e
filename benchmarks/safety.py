"""What data safety costs on a large database: the quick check on every open, the full check,
a verified backup, and preparing a restore. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/safety.py [--activiteiten 100000] [--db PATH]

Without ``--db`` it builds the demo database and multiplies its activities (with their theme
links) by SQL until there are ``--activiteiten`` of them, in a temporary folder. With
``--db`` it measures that file instead (e.g. one made by the scale benchmark's generator).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from werkplaats_desktop.demo.builder import build_demo  # noqa: E402
from werkplaats_desktop.store.backups import BackupSet, prepare_restore  # noqa: E402
from werkplaats_desktop.store.database import Database  # noqa: E402
from werkplaats_desktop.store.integrity import full_check, quick_check  # noqa: E402


def grow(path: Path, target: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(activiteit)")
               if r[1] not in ("id", "uuid")]
    cols = ", ".join(columns)
    conn.execute("BEGIN")
    while (count := conn.execute("SELECT count(*) FROM activiteit").fetchone()[0]) < target:
        top = conn.execute("SELECT max(id) FROM activiteit").fetchone()[0]
        conn.execute(
            f"INSERT INTO activiteit (uuid, {cols}) SELECT lower(hex(randomblob(16))), {cols} "
            f"FROM activiteit ORDER BY id LIMIT ?", (target - count,))
        conn.execute(
            "INSERT INTO activiteit_thema (activiteit_id, thema_id) "
            "SELECT a.id, t.thema_id FROM activiteit a "
            "JOIN activiteit_thema t ON t.activiteit_id = a.id - ? WHERE a.id > ?",
            (top, top))
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()


def measure(label: str, work: Callable[[], object], repeat: int = 3) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    print(f"{label:<48} median {statistics.median(times):6.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}, n={repeat})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activiteiten", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.db:
            path = folder / args.db.name
            shutil.copy(args.db, path)
        else:
            path = folder / "groot.sqlite"
            build_demo(path)
            grow(path, args.activiteiten)
        conn = sqlite3.connect(path)
        n = conn.execute("SELECT count(*) FROM activiteit").fetchone()[0]
        conn.close()
        print(f"database: {n} activiteiten, {path.stat().st_size / 1e6:.1f} MB")
        measure("PRAGMA quick_check (on every open)", lambda: quick_check(path))

        def open_close() -> None:
            Database.open(path).close()

        measure("Database.open + close (lock, quick check)", open_close)
        measure("full check (integrity + foreign keys)", lambda: full_check(path))
        backups = BackupSet(path, folder / "backups")
        measure("verified backup (copy, check, rename)", lambda: backups.make("handmatig"))
        newest = backups.newest()
        assert newest is not None
        measure("prepare restore (verify, copy, check, backup)",
                lambda: prepare_restore(backups, newest).discard())


if __name__ == "__main__":
    main()
