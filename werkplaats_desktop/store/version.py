"""What changes whenever a SQLite file's data change, read without opening the database.

SQLite's file change counter (header bytes 24-27) is raised by every commit in rollback-journal
mode (the program's ``journal_mode=DELETE``), whichever process commits; with the file's size,
modification time and the header's version-valid-for and library numbers (bytes 92-99) it
tells a cache whether what it kept from the file is still the file's data. Used by the
Overzicht's kept pictures and the draaitabel's kept columns.
"""

from __future__ import annotations

from pathlib import Path

HEADER = 100  # bytes of SQLite's file header
MAGIC = b"SQLite format 3\0"

DataVersion = tuple[int, int, bytes]


def data_version(path: Path) -> DataVersion | None:
    """What changes whenever the file's data change; None when the file cannot be read."""
    try:
        state = path.stat()
        with path.open("rb") as f:
            header = f.read(HEADER)
    except OSError:
        return None
    if len(header) < HEADER or not header.startswith(MAGIC):
        return None
    return state.st_size, state.st_mtime_ns, header[24:28] + header[92:100]
