"""Reference data and choices for forms: provinces, the O's and their kinds, partner and
product types, themes, gemeenten, and short option lists of records (id, label)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database


@dataclass(frozen=True)
class Choice:
    """One entry of a choice list: a stored key and the Dutch text shown for it."""

    key: str | int
    label: str
    group: str | None = None


class ReferenceService:
    def __init__(self, db: Database):
        self.db = db

    def _codes(self, table: type[orm.Base], order: Any) -> list[Choice]:
        with self.db.read() as s:
            return [Choice(r.code, r.naam) for r in s.scalars(select(table).order_by(order))]  # type: ignore[attr-defined]

    def provincies(self) -> list[Choice]:
        return self._codes(orm.Provincie, orm.Provincie.naam)

    def o_soorten(self) -> list[Choice]:
        return self._codes(orm.OSoort, orm.OSoort.volgorde)

    def subtypes(self, o: str | None = None) -> list[Choice]:
        with self.db.read() as s:
            q = select(orm.ActiviteitSubtype).order_by(orm.ActiviteitSubtype.volgorde)
            if o is not None:
                q = q.where(orm.ActiviteitSubtype.o == str(o))
            return [Choice(r.code, r.naam, r.o) for r in s.scalars(q)]

    def partner_types(self) -> list[Choice]:
        return self._codes(orm.PartnerTypeRef, orm.PartnerTypeRef.volgorde)

    def product_types(self) -> list[Choice]:
        return self._codes(orm.ProductType, orm.ProductType.volgorde)

    def themas(self, *, alleen_actief: bool = False) -> list[Choice]:
        with self.db.read() as s:
            q = select(orm.Thema).order_by(orm.Thema.nummer.is_(None), orm.Thema.nummer,
                                           orm.Thema.naam)
            if alleen_actief:
                q = q.where(orm.Thema.actief.is_(True))
            return [Choice(r.id, r.naam, r.bron) for r in s.scalars(q)]

    def gemeenten(self) -> list[Choice]:
        with self.db.read() as s:
            q = select(orm.Gemeente).order_by(orm.Gemeente.naam)
            return [Choice(r.id, r.naam, r.provincie_code) for r in s.scalars(q)]

    def years(self) -> list[int]:
        """The years that occur in the data (activities, products, bijdragen, subsidies),
        newest first; for year filters."""
        with self.db.read() as s:
            found: set[int] = set()
            for table in (orm.Activiteit, orm.Product, orm.Bijdrage, orm.Subsidie):
                found.update(y for y in s.scalars(select(table.jaar).distinct()) if y)
        return sorted(found, reverse=True)

    def options(self, table: str, werkplaats_id: int | None = None) -> list[Choice]:
        """Records to choose from in a form: werkplaats, partner, persoon, project,
        kenniskring or activiteit (the last three within one werkplaats when given)."""
        cls, label = _OPTION_SOURCES[table]
        with self.db.read() as s:
            col = getattr(cls, label)
            q = select(cls.id, col).order_by(col)  # type: ignore[attr-defined]
            if werkplaats_id is not None and hasattr(cls, "werkplaats_id"):
                q = q.where(cls.werkplaats_id == werkplaats_id)  # type: ignore[attr-defined]
            return [Choice(i, n) for i, n in s.execute(q)]


_OPTION_SOURCES: dict[str, tuple[type[orm.Base], str]] = {
    "werkplaats": (orm.Werkplaats, "naam"),
    "partner": (orm.Partner, "naam"),
    "persoon": (orm.Persoon, "naam"),
    "project": (orm.Project, "naam"),
    "kenniskring": (orm.Kenniskring, "naam"),
    "activiteit": (orm.Activiteit, "titel"),
}
