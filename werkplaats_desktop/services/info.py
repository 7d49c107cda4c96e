"""Facts about an open database: schema revision and the number of records of each kind.

The keys of :func:`counts` are a documented interface (``werkplaats info --json``, README)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database

#: key in ``werkplaats info --json`` -> table
COUNT_KEYS: dict[str, type[orm.Base]] = {
    "werkplaatsen": orm.Werkplaats,
    "lectoraten": orm.Lectoraat,
    "kenniskringen": orm.Kenniskring,
    "projecten": orm.Project,
    "activiteiten": orm.Activiteit,
    "producten": orm.Product,
    "partners": orm.Partner,
    "deelnames": orm.Deelname,
    "bijdragen": orm.Bijdrage,
    "subsidies": orm.Subsidie,
    "personen": orm.Persoon,
    "kennisagenda_items": orm.KennisagendaItem,
    "themasamenwerkingen": orm.Themasamenwerking,
    "themas": orm.Thema,
    "gemeenten": orm.Gemeente,
}


@dataclass(frozen=True)
class DatabaseInfo:
    path: str
    schema_revision: str
    voorbeelddata: bool
    counts: dict[str, int]


class InfoService:
    def __init__(self, db: Database):
        self.db = db

    def counts(self) -> dict[str, int]:
        with self.db.read() as s:
            return {
                key: s.scalar(select(func.count()).select_from(table)) or 0
                for key, table in COUNT_KEYS.items()
            }

    def meta(self, key: str) -> str | None:
        with self.db.read() as s:
            row = s.get(orm.Meta, key)
            return row.waarde if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.write(f"Instelling {key}") as s:
            row = s.get(orm.Meta, key) or orm.Meta(sleutel=key, waarde=value)
            row.waarde = value
            s.add(row)

    def describe(self) -> DatabaseInfo:
        with self.db.read() as s:
            revision = s.scalar(text("SELECT version_num FROM alembic_version"))
        return DatabaseInfo(
            path=str(self.db.path),
            schema_revision=revision or "",
            voorbeelddata=self.meta("voorbeelddata") == "ja",
            counts=self.counts(),
        )
