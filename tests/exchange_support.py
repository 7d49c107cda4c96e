"""Helpers for the exchange tests: a database's content, independent of its local ids."""

from __future__ import annotations

import csv as _csv
import hashlib as _hashlib
import io as _io
import json as _json
import sqlite3
import zipfile as _zipfile
from collections.abc import Callable as _Callable
from pathlib import Path
from typing import Any

from werkplaats_desktop.store import orm

#: bookkeeping tables that say nothing about the werkplaatsen themselves (``aanlevering``: when
#: each werkplaats's export was read)
SKIP = {"meta", "import_log", "alembic_version", "aanlevering"}


def dump(path: Path, skip: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    """Every table's rows, with each local id (own or foreign key) replaced by the UUID of the
    record it stands for: two databases with the same content give the same dump."""
    conn = sqlite3.connect(path)
    try:
        uuid_of: dict[str, dict[int, str]] = {}
        for table in orm.Base.metadata.sorted_tables:
            if "uuid" in table.c and "id" in table.c:
                uuid_of[table.name] = dict(conn.execute(f"SELECT id, uuid FROM {table.name}"))
        out: dict[str, Any] = {}
        for table in orm.Base.metadata.sorted_tables:
            if table.name in SKIP or table.name in skip:
                continue
            refs = {
                fk.parent.name: fk.column.table.name
                for fk in table.foreign_keys
                if fk.column.table.name in uuid_of and fk.column.name == "id"
            }
            names = [c.name for c in table.columns if c.name != "id"]
            rows = []
            for values in conn.execute(f"SELECT {', '.join(names)} FROM {table.name}"):
                row = {
                    n: (uuid_of[refs[n]].get(x) if n in refs and x is not None else x)
                    for n, x in zip(names, values, strict=True)
                }
                rows.append(row)
            if "uuid" in names:
                out[table.name] = {r["uuid"]: r for r in rows}
            else:
                out[table.name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in orm.Base.metadata.sorted_tables
        }
    finally:
        conn.close()


# --- full exports as folders that a test can edit ---------------------------------------------



def unzip(archive: Path, folder: Path) -> Path:
    with _zipfile.ZipFile(archive) as z:
        z.extractall(folder)
    return folder


def read_rows(folder: Path, name: str) -> list[list[str]]:
    text = (folder / name).read_bytes().decode("utf-8-sig")
    return list(_csv.reader(_io.StringIO(text, newline=""), delimiter=";"))


def edit(
    folder: Path,
    name: str,
    change: _Callable[[list[list[str]]], None],
    update_manifest: bool = True,
) -> None:
    """Change the rows (header first) of one file of an Excel-profile export in ``folder``;
    the manifest's checksum and row count follow, unless the test wants them not to."""
    rows = read_rows(folder, name)
    change(rows)
    buffer = _io.StringIO(newline="")
    _csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    data = b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
    (folder / name).write_bytes(data)
    if update_manifest:
        manifest = _json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest["bestanden"]:
            if entry["naam"] == name:
                entry["sha256"] = _hashlib.sha256(data).hexdigest()
                entry["rijen"] = len(rows) - 1
        (folder / "manifest.json").write_text(_json.dumps(manifest), encoding="utf-8")


def set_cell(rows: list[list[str]], row: int, column: str, value: str) -> None:
    """``row`` counts as Excel does: the header is row 1."""
    rows[row - 1][rows[0].index(column)] = value
