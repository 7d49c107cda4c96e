"""Facts about a database file: schema revision and the number of records of each kind.

The keys of :data:`COUNT_KEYS` and of :meth:`DatabaseInfo.as_json` are a documented interface
(``werkplaats info --json``, README); keep them stable.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw
from werkplaats_desktop.store.integrity import refuse_if_interrupted
from werkplaats_desktop.store.migrate import (
    check_openable,
    head_revision,
    inspect_file,
)

#: key in ``werkplaats info --json`` -> table
COUNT_KEYS: dict[str, str] = {
    "werkplaatsen": "werkplaats",
    "lectoraten": "lectoraat",
    "kenniskringen": "kenniskring",
    "projecten": "project",
    "activiteiten": "activiteit",
    "producten": "product",
    "partners": "partner",
    "deelnames": "deelname",
    "bijdragen": "bijdrage",
    "subsidies": "subsidie",
    "personen": "persoon",
    "kennisagenda_items": "kennisagenda_item",
    "themasamenwerkingen": "themasamenwerking",
    "themas": "thema",
    "gemeenten": "gemeente",
}


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    schema_revision: str
    program_revision: str
    voorbeelddata: bool
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "bestand": str(self.path),
            "schemaversie": self.schema_revision,
            "schemaversie_programma": self.program_revision,
            "upgrade_nodig": self.schema_revision != self.program_revision,
            "voorbeelddata": self.voorbeelddata,
            "aantallen": self.counts,
        }


def _counts(execute: Any, tables: set[str]) -> dict[str, int]:
    return {key: (execute(f'SELECT count(*) FROM "{table}"') if table in tables else 0)
            for key, table in COUNT_KEYS.items()}


def read_info(path: Path) -> DatabaseInfo:
    """Describe the file at ``path`` without changing it (not even an upgrade).

    Raises SchemaError for a file that is not a Werkplaats database or is too new."""
    if not path.exists():
        raise FileNotFoundError(f"Het bestand {path} bestaat niet.")
    refuse_if_interrupted(path)
    state = inspect_file(path)
    check_openable(state, path)
    conn: sqlite3.Connection = connect_raw(path, readonly=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = _counts(lambda sql: conn.execute(sql).fetchone()[0], tables)
        demo = False
        if "meta" in tables:
            row = conn.execute("SELECT waarde FROM meta WHERE sleutel='voorbeelddata'").fetchone()
            demo = bool(row and row[0] == "ja")
    finally:
        conn.close()
    return DatabaseInfo(path=path, schema_revision=state.revision or "",
                        program_revision=head_revision(), voorbeelddata=demo, counts=counts)


class InfoService:
    def __init__(self, db: Database):
        self.db = db

    def counts(self) -> dict[str, int]:
        with self.db.read() as s:
            tables = set(orm.Base.metadata.tables)
            return _counts(lambda sql: s.scalar(text(sql)), tables)

    def meta(self, key: str) -> str | None:
        with self.db.read() as s:
            row = s.get(orm.Meta, key)
            return row.waarde if row else None

    def is_demo(self) -> bool:
        return self.meta("voorbeelddata") == "ja"
