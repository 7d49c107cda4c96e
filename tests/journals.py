"""Rollback journals as a killed program leaves them (not a test module).

A child process opens the database with plain sqlite3 (journal_mode=DELETE, synchronous=FULL,
as the program does), starts a write transaction, changes rows, says ``klaar`` and waits; the
test then kills it (SIGKILL on POSIX). What is left depends on how far the write got:

* ``nul-kop``: one small change, a large page cache: SQLite has created the journal but not
  yet written into the database file, so the journal header is still zeroed (SQLite fills it
  in only just before the first write into the database file). SQLite ignores such a journal;
  the database file is exactly as before.
* ``heet``: large changes, a tiny page cache: SQLite had to write changed pages into the
  database file before the commit, so the journal header is complete: a hot journal, which
  SQLite must roll back before anyone may read the file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sqlite3, sys, time
path, kind = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(path, isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("PRAGMA cache_size = %s" % (5 if kind == "heet" else 100000))
conn.execute("BEGIN IMMEDIATE")
if kind == "heet":
    conn.execute("UPDATE gemeente SET naam = naam || printf('%.2000c', 'x')")
else:
    conn.execute("UPDATE gemeente SET naam = naam || ' (gewijzigd)' WHERE id = 1")
print("klaar", flush=True)
time.sleep(600)
"""


class Writer:
    """A process in the middle of a write transaction on ``path`` (see module docstring)."""

    def __init__(self, path: Path, kind: str):
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), kind],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line == "klaar", f"the writing child stopped: {line!r}"

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no rollback, no cleanup
        self.proc.wait(timeout=30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def killed_write(path: Path, kind: str) -> Path:
    """Leave a journal of ``kind`` (``nul-kop`` or ``heet``) next to ``path``; returns it."""
    Writer(path, kind).kill()
    journal = journal_of(path)
    data = journal.read_bytes()
    assert data, "the killed write left no journal"
    if kind == "heet":
        assert data[0] != 0, "the journal header is zeroed: SQLite did not spill to the file"
    else:
        assert data[0] == 0, "the journal header is filled in: SQLite spilled to the file"
    return journal


def names(path: Path) -> list[str]:
    """The gemeente names (what the writes change), read after the file is sound again."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [n for (n,) in conn.execute("SELECT naam FROM gemeente ORDER BY id")]
    finally:
        conn.close()
