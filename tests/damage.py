"""Damaged database files for the tests (not a test module): real SQLite files whose pages
are overwritten, zeroed or cut off, the way a failing disk, a bad copy or a sync client can
leave them.

Pages are found by walking the b-tree from the table's root page in the raw file (no dbstat
virtual table needed, so this works with any SQLite build).
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

#: kind of damage -> what it does (ids for the parametrized tests)
KINDS = {
    "tabelblad": "a leaf page of the activity table overwritten with random bytes",
    "tabelwortel": "the root page of the activity table overwritten with random bytes",
    "indexblad": "half of a leaf page of an index overwritten with random bytes",
    "rijen": "the cells of a table leaf page overwritten (rows out of order)",
    "afgekapt": "the second half of the file cut off",
    "kop": "the header fields after the 'SQLite format 3' text overwritten",
}


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                (name,)).fetchone()[0])
    finally:
        conn.close()


def leaf_pages(path: Path, name: str) -> list[int]:
    """The leaf pages of the b-tree ``name``, left to right."""
    data = path.read_bytes()
    size = page_size(data)
    leaves: list[int] = []

    def walk(page: int) -> None:
        start = (page - 1) * size + (100 if page == 1 else 0)
        kind = data[start]
        if kind in (0x0D, 0x0A):  # table / index leaf
            leaves.append(page)
            return
        cells = int.from_bytes(data[start + 3:start + 5], "big")
        for i in range(cells):
            offset = int.from_bytes(data[start + 12 + 2 * i:start + 14 + 2 * i], "big")
            cell = (page - 1) * size + offset
            walk(int.from_bytes(data[cell:cell + 4], "big"))
        walk(int.from_bytes(data[start + 8:start + 12], "big"))  # right-most child

    walk(root_page(path, name))
    return leaves


def _overwrite(path: Path, page: int, data: bytes, offset: int = 0) -> None:
    size = page_size(path.read_bytes()[:100])
    with open(path, "r+b") as f:
        f.seek((page - 1) * size + offset)
        f.write(data)


def damage(path: Path, kind: str, seed: int = 7) -> Path:
    """Damage the database at ``path`` in place (see :data:`KINDS`); returns ``path``."""
    rnd = random.Random(seed)
    size = page_size(path.read_bytes()[:100])
    if kind == "tabelblad":
        leaves = leaf_pages(path, "activiteit")
        _overwrite(path, leaves[len(leaves) // 2], rnd.randbytes(size))
    elif kind == "tabelwortel":
        _overwrite(path, root_page(path, "activiteit"), rnd.randbytes(size))
    elif kind == "indexblad":
        leaves = leaf_pages(path, "ix_activiteit_subtype")
        _overwrite(path, leaves[len(leaves) // 2], rnd.randbytes(size // 4), size // 2)
    elif kind == "rijen":
        leaves = leaf_pages(path, "activiteit")
        _overwrite(path, leaves[1], rnd.randbytes(size // 8), size - size // 4)
    elif kind == "afgekapt":
        os.truncate(path, path.stat().st_size // 2)
    elif kind == "kop":
        _overwrite(path, 1, rnd.randbytes(80), 16)
    else:
        raise ValueError(kind)
    return path
