"""Reference data and choices for forms and filters: provinces, the O's kinds of activity,
partner and product types, themes, gemeenten, the years in the data, and short option lists of
records (id, title)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, union

from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.choices import Choice
from werkplaats_desktop.store import Database, derived, orm

__all__ = ["Choice", "ReferenceService"]


class ReferenceService:
    def __init__(self, db: Database):
        self.db = db

    def _codes(self, table: type[orm.Base], order: Any, translatable: bool) -> list[Choice]:
        with self.db.read() as s:
            return [Choice(r.code, r.naam, translatable=translatable)  # type: ignore[attr-defined]
                    for r in s.scalars(select(table).order_by(order))]

    def provincies(self) -> list[Choice]:
        return self._codes(orm.Provincie, orm.Provincie.naam, False)

    def subtypes(self, o: str | None = None) -> list[Choice]:
        with self.db.read() as s:
            q = select(orm.ActiviteitSubtype).order_by(orm.ActiviteitSubtype.volgorde)
            if o is not None:
                q = q.where(orm.ActiviteitSubtype.o == str(o))
            return [Choice(r.code, r.naam, r.o, translatable=True) for r in s.scalars(q)]

    def partner_types(self) -> list[Choice]:
        return self._codes(orm.PartnerTypeRef, orm.PartnerTypeRef.volgorde, True)

    def product_types(self) -> list[Choice]:
        return self._codes(orm.ProductType, orm.ProductType.volgorde, True)

    def themas(self, *, alleen_actief: bool = False) -> list[Choice]:
        with self.db.read() as s:
            q = select(orm.Thema).order_by(orm.Thema.nummer.is_(None), orm.Thema.nummer,
                                           orm.Thema.naam)
            if alleen_actief:
                q = q.where(orm.Thema.actief.is_(True))
            return [Choice(r.id, r.naam, r.bron) for r in s.scalars(q)]

    def national_werkplaatsen(self) -> list[Choice]:
        """The national code list of werkplaatsen (revision 0004), for the first-run setup:
        key = code (``WSD-UTR``), label = name, group = province code."""
        lw = orm.LandelijkeWerkplaats
        with self.db.read() as s:
            return [Choice(r.code, r.naam, r.provincie_code)
                    for r in s.scalars(select(lw).order_by(lw.naam))]

    def gemeenten(self) -> list[Choice]:
        with self.db.read() as s:
            q = select(orm.Gemeente).order_by(orm.Gemeente.naam)
            return [Choice(r.id, r.naam, r.provincie_code) for r in s.scalars(q)]

    def years(self) -> list[int]:
        """The years that occur in the data (activities, products, bijdragen, subsidies),
        newest first; for year filters (the dashboard's too)."""
        with self.db.read() as s:
            return years_in(s)[::-1]

    def options(self, key: str, werkplaats_id: int | None = None) -> list[Choice]:
        """The records of kind ``key`` to choose from in a form or filter, by their title
        (those of one werkplaats when given and the kind belongs to a werkplaats)."""
        d = catalog.BY_KEY[key]
        cls: Any = d.orm
        with self.db.read() as s:
            col = getattr(cls, d.title)
            q = select(cls.id, col).order_by(col)
            if werkplaats_id is not None and hasattr(cls, "werkplaats_id"):
                q = q.where(cls.werkplaats_id == werkplaats_id)
            return [Choice(i, n) for i, n in s.execute(q)]

    def title_of(self, key: str, record_id: int) -> str:
        """The title of one record ("Samen DOEN"), or its number when it no longer exists."""
        d = catalog.BY_KEY[key]
        cls: Any = d.orm
        with self.db.read() as s:
            title = s.scalar(select(getattr(cls, d.title)).where(cls.id == record_id))
        return str(title) if title is not None else f"#{record_id}"

    def werkplaats_ids(self, names: list[str]) -> list[int]:
        """The werkplaatsen named (a whole name, or any unique part of one); raises
        ``LookupError`` with a Dutch message for a name that matches none or several."""
        known = [(c.key, c.label) for c in self.options("werkplaats")]
        ids: list[int] = []
        for wanted in names:
            needle = fold(wanted)
            exact = [i for i, n in known if fold(n) == needle]
            partial = [(i, n) for i, n in known if needle in fold(n)]
            if exact:
                ids.append(int(exact[0]))
            elif len(partial) == 1:
                ids.append(int(partial[0][0]))
            elif partial:
                raise LookupError(f"'{wanted}' past bij meer werkplaatsen: "
                                  + "; ".join(n for _i, n in partial)
                                  + ". Geef meer van de naam.")
            else:
                raise LookupError(f"Geen werkplaats gevonden met de naam '{wanted}'.")
        return ids

    def thema_id(self, wanted: str) -> int:
        """The theme named (its whole name, a unique part of it, or its Movisie number);
        ``LookupError`` with a Dutch message otherwise."""
        t = orm.Thema
        with self.db.read() as s:
            rows = [(int(i), n, nr) for i, n, nr in s.execute(select(t.id, t.naam, t.nummer))]
        needle = fold(wanted)
        if wanted.strip().isdigit():
            found = [i for i, _n, nr in rows if nr == int(wanted)]
        else:
            found = ([i for i, n, _nr in rows if fold(n) == needle]
                     or [i for i, n, _nr in rows if needle in fold(n)])
        if len(found) != 1:
            raise LookupError(f"Geen thema gevonden met '{wanted}'." if not found else
                              f"'{wanted}' past bij meer thema's. Geef meer van de naam.")
        return found[0]

    def partner_type_code(self, wanted: str) -> str:
        """A partner type's code as given (``gemeente``); ``LookupError`` with the choices."""
        codes = [str(c.key) for c in self.partner_types()]
        if wanted not in codes:
            raise LookupError(f"Onbekend partnertype '{wanted}'; kies uit: "
                              + ", ".join(codes) + ".")
        return wanted

    def activities_of_project(self, project_id: int) -> list[Choice]:
        """The activities of a project, as "title (year)", by title (case-insensitive), the
        newest first among equal titles. All of them: a project has tens, not thousands."""
        a = orm.Activiteit
        with self.db.read() as s:
            rows = s.execute(select(a.id, a.titel, a.jaar).where(a.project_id == project_id)
                             .order_by(func.lower(a.titel), a.jaar.desc(), a.id))
            return [Choice(i, f"{t} ({j})") for i, t, j in rows]


def years_in(s: Any) -> list[int]:
    """Every year that has activities, products, subsidies or bijdragen, oldest first (the
    one answer to "which years are there", for filters, the dashboard and the report)."""
    # the years of activities and products from their counts (store/derived.py): a few
    # thousand rows instead of every record
    counted = ([select(t.c.jaar).where(t.c.aantal > 0)
                for t in (derived.telling_activiteit, derived.telling_product)]
               if derived.is_sqlite(s) else  # (PostgreSQL has no count tables)
               [select(t.jaar) for t in (orm.Activiteit, orm.Product)])
    stmt = union(*counted, *(select(t.jaar) for t in (orm.Subsidie, orm.Bijdrage)))
    return sorted(int(y) for y in s.scalars(stmt) if y is not None)
