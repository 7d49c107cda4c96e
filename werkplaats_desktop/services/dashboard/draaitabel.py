"""The draaitabel (pivot table): one value (number of activities, of products, bereik, uren,
partner bijdragen in geld or uren) crossed by two dimensions chosen from werkplaats, thema, O,
soort, jaar, provincie, gemeente, partnertype and kenniskring, under the Overzicht's filter.

Computed in SQL: one ``GROUP BY`` over the two dimensions for the cells, and, only where a
dimension can hold a record more than once, one ``GROUP BY`` over the other dimension (or
none) for the totals. Python only orders and labels the (at most a few thousand) groups.
Counts and reach by werkplaats, year, O, gemeente, province and theme are summed from the
Overzicht's count tables on a file (``store/derived.py``), the rest grouped from the records.

Counting rule (:data:`TELREGEL`, shown on the page, in the exports and in ``--json``): a
record with several themes counts in the row (or column) of each of its themes, and once in
the totals; the same for a record whose project has partners of several types. So a total can
be smaller than the sum of its cells. A record without a theme, gemeente, kenniskring, ...
gets a "zonder ..." row of its own: nothing is dropped.

The conditions are the list filters of ``services/lists`` (like the dashboard's), and every
row and column carries the list filters that select it: a click on a cell opens a list with
exactly the records that cell counts (for sums: the records summed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.dashboard.filter_words import FilterWords, describe
from werkplaats_desktop.services.dashboard.model import DashboardFilter, drill
from werkplaats_desktop.services.lists.declarations import product_provincie
from werkplaats_desktop.services.lists.engine import conditions
from werkplaats_desktop.store import Database, derived, orm
from werkplaats_desktop.store.sql import unordered

Number = int | Decimal
A, Pr, B, Pa, W, G = (orm.Activiteit, orm.Product, orm.Bijdrage, orm.Partner, orm.Werkplaats,
                      orm.Gemeente)

TELREGEL = QT_TRANSLATE_NOOP(
    "Draaitabel",
    "Een activiteit of product met meer thema's telt in de rij of kolom van elk thema één "
    "keer mee, en in de totalen één keer; net zo een activiteit of product waarvan het project "
    "partners van meer types heeft. Een totaal kan daardoor kleiner zijn dan de som van zijn "
    "cellen.")
NIET_VOOR_BIJDRAGEN = QT_TRANSLATE_NOOP(
    "Draaitabel", "Thema- en O-filter gelden niet voor partnerbijdragen.")


class DraaitabelError(ValueError):
    """A choice that cannot be computed; the message is Dutch."""


@dataclass(frozen=True)
class Dimensie:
    key: str
    label: str
    #: the label of records without a value ("zonder thema")
    zonder: str
    #: can one record have several values (then totals are counted, not summed)?
    meervoudig: bool = False


@dataclass(frozen=True)
class Waarde:
    key: str
    label: str
    #: the records it is computed from: activiteit, product or bijdrage
    bron: str
    #: whole numbers (counts, bereik) or amounts with two decimals (uren, euros)
    geheel: bool = True


DIMENSIES: dict[str, Dimensie] = {d.key: d for d in (
    Dimensie("werkplaats", QT_TRANSLATE_NOOP("Draaitabel", "Werkplaats"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder werkplaats")),
    Dimensie("thema", QT_TRANSLATE_NOOP("Draaitabel", "Thema"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder thema"), meervoudig=True),
    Dimensie("o", QT_TRANSLATE_NOOP("Draaitabel", "O"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder O")),
    Dimensie("soort", QT_TRANSLATE_NOOP("Draaitabel", "Soort"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder soort")),
    Dimensie("jaar", QT_TRANSLATE_NOOP("Draaitabel", "Jaar"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder jaar")),
    Dimensie("provincie", QT_TRANSLATE_NOOP("Draaitabel", "Provincie"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder provincie")),
    Dimensie("gemeente", QT_TRANSLATE_NOOP("Draaitabel", "Gemeente"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder gemeente")),
    Dimensie("partnertype", QT_TRANSLATE_NOOP("Draaitabel", "Partnertype"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder partner"), meervoudig=True),
    Dimensie("kenniskring", QT_TRANSLATE_NOOP("Draaitabel", "Kenniskring"),
             QT_TRANSLATE_NOOP("Draaitabel", "zonder kenniskring")),
)}

WAARDEN: dict[str, Waarde] = {w.key: w for w in (
    Waarde("activiteiten", QT_TRANSLATE_NOOP("Draaitabel", "Aantal activiteiten"), "activiteit"),
    Waarde("producten", QT_TRANSLATE_NOOP("Draaitabel", "Aantal producten"), "product"),
    Waarde("bereik", QT_TRANSLATE_NOOP("Draaitabel", "Bereik (personen)"), "activiteit"),
    Waarde("uren", QT_TRANSLATE_NOOP("Draaitabel", "Uren (activiteiten)"), "activiteit",
           geheel=False),
    Waarde("bijdragen_geld", QT_TRANSLATE_NOOP("Draaitabel", "Partnerbijdragen geld (euro)"),
           "bijdrage", geheel=False),
    Waarde("bijdragen_uren", QT_TRANSLATE_NOOP("Draaitabel", "Partnerbijdragen uren"),
           "bijdrage", geheel=False),
)}

#: what a partner's bijdrage can be split by: its werkplaats, year, and the contributing
#: partner's type, province and gemeente (theme, O, soort and kenniskring do not apply)
BIJDRAGE_DIMENSIES = ("werkplaats", "jaar", "partnertype", "provincie", "gemeente")


@dataclass(frozen=True)
class Rubriek:
    """One row or column: its key (None: "zonder ..."), label, and the list filters that
    select its records."""

    key: Any
    label: str
    filters: dict[str, Any] = field(compare=False)
    #: the translation context of the label ("" for names from the database)
    context: str = ""


@dataclass(frozen=True)
class Draaitabel:
    rijen: str
    kolommen: str
    waarde: str
    filter: DashboardFilter
    rij_waarden: list[Rubriek]
    kolom_waarden: list[Rubriek]
    cellen: dict[tuple[Any, Any], Number]
    rijtotalen: dict[Any, Number]
    kolomtotalen: dict[Any, Number]
    totaal: Number
    #: the list a click opens, and the filters of the whole table
    list_key: str
    list_filters: dict[str, Any]

    def cel(self, rij: Any, kolom: Any) -> Number:
        return self.cellen.get((rij, kolom), self._zero)

    @property
    def _zero(self) -> Number:
        return 0 if WAARDEN[self.waarde].geheel else Decimal("0.00")

    def matrix(self) -> list[list[Number]]:
        """The cells row by row, in the order of ``rij_waarden`` x ``kolom_waarden``."""
        return [[self.cel(r.key, k.key) for k in self.kolom_waarden] for r in self.rij_waarden]

    def cell_filters(self, row: int, column: int) -> dict[str, Any]:
        """The list filters of the records counted in the cell ``row``, ``column`` (indices;
        -1 means the total of that row or column)."""
        out = dict(self.list_filters)
        if row >= 0:
            out = drill(out, **self.rij_waarden[row].filters)
        if column >= 0:
            out = drill(out, **self.kolom_waarden[column].filters)
        return out


# --- the SQL ------------------------------------------------------------------------------------


@dataclass
class _Source:
    """The table a value is computed from, with what its dimensions need."""

    kind: str
    table: Any
    #: the activity whose O and gemeente a product takes (the activity itself for activities)
    act: Any = None
    partner: Any = None
    joins: list[tuple[Any, Any]] = field(default_factory=list)

    def join(self, target: Any, on: Any) -> None:
        if all(target is not t for t, _on in self.joins):
            self.joins.append((target, on))


def _partner_types() -> Any:
    """(project_id, partner type) once per type: a project with two partners of one type
    counts under that type once."""
    pp = orm.project_partner
    return (select(pp.c.project_id, Pa.type).join(Pa, Pa.id == pp.c.partner_id)
            .distinct().subquery("project_partnertype"))


def _dimension(dim: str, src: _Source, f: DashboardFilter) -> tuple[Any, list[Any]]:
    """The SQL expression of ``dim`` on ``src`` (joins registered on ``src``), and extra
    conditions that keep a filtered theme or partner type to its own row."""
    t = src.table
    if src.kind == "bijdrage":
        p = src.partner
        return {"werkplaats": t.werkplaats_id, "jaar": t.jaar, "partnertype": p.type,
                "provincie": p.provincie_code, "gemeente": p.gemeente_id}[dim], []
    if dim == "werkplaats":
        return t.werkplaats_id, []
    if dim == "jaar":
        return t.jaar, []
    if dim == "kenniskring":
        return t.kenniskring_id, []
    if dim == "o":
        return src.act.o, []
    if dim == "soort":
        return (t.subtype if src.kind == "activiteit" else t.type), []
    if dim == "gemeente":
        return src.act.gemeente_id, []
    if dim == "provincie":
        if src.kind == "product":
            return product_provincie(), []
        g = aliased(G, name="gemeente_van_activiteit")
        src.join(g, g.id == t.gemeente_id)
        return g.provincie_code, []
    if dim == "thema":
        link = orm.activiteit_thema if src.kind == "activiteit" else orm.product_thema
        own = "activiteit_id" if src.kind == "activiteit" else "product_id"
        src.join(link, link.c[own] == t.id)
        extra = [link.c.thema_id == f.thema_id] if f.thema_id is not None else []
        return link.c.thema_id, extra
    raise DraaitabelError(f"Onbekende dimensie '{dim}'.")


def _unordered(col: Any) -> Any:
    """``+col``: the same value, but SQLite's planner no longer reads the table through an
    index in the order of ``col`` (one random lookup per row, three times slower than a plain
    scan when no index covers the query); covering indexes and indexes for the filters stay in
    use."""
    return unordered(col)


def _source(kind: str) -> _Source:
    if kind == "activiteit":
        return _Source(kind, A, act=A)
    if kind == "product":  # a product's O and gemeente are those of its activity
        act = aliased(A, name="activiteit_van_product")
        src = _Source(kind, Pr, act=act)
        src.join(act, act.id == Pr.activiteit_id)
        return src
    partner = aliased(Pa, name="bijdragende_partner")
    src = _Source(kind, B, partner=partner)
    src.join(partner, partner.id == B.partner_id)
    return src


def _aggregate(waarde: str, src: _Source) -> Any:
    if waarde in ("activiteiten", "producten"):
        return func.count()
    if waarde == "bereik":
        return func.coalesce(func.sum(A.bereik), 0)
    if waarde == "uren":
        return func.sum(A.uren)
    return func.sum(B.hoeveelheid)


def list_filters(waarde: str, f: DashboardFilter) -> tuple[str, dict[str, Any]]:
    """The list that shows the records of ``waarde``, and its filters for ``f``."""
    bron = WAARDEN[waarde].bron
    if bron != "bijdrage":
        return bron, f.list_filters(bron)
    out: dict[str, Any] = {"soort": "geld" if waarde == "bijdragen_geld" else "uren"}
    if f.jaar_van is not None and f.jaar_van == f.jaar_tot:
        out["jaar"] = f.jaar_van
    else:
        out.update({k: v for k, v in (("jaar_van", f.jaar_van), ("jaar_tot", f.jaar_tot))
                    if v is not None})
    if len(f.werkplaats_ids) == 1:
        out["werkplaats_id"] = f.werkplaats_ids[0]
    elif f.werkplaats_ids:
        out["werkplaats_ids"] = tuple(f.werkplaats_ids)
    if f.partner_type:
        out["partner_type"] = f.partner_type
    return "bijdrage", out


def check(rijen: str, kolommen: str, waarde: str) -> None:
    """Refuse what cannot be computed, with a Dutch message."""
    for dim in (rijen, kolommen):
        if dim not in DIMENSIES:
            raise DraaitabelError(f"Onbekende dimensie '{dim}'; kies uit: "
                                  + ", ".join(DIMENSIES) + ".")
    if waarde not in WAARDEN:
        raise DraaitabelError(f"Onbekende waarde '{waarde}'; kies uit: "
                              + ", ".join(WAARDEN) + ".")
    if rijen == kolommen:
        raise DraaitabelError("Kies voor de rijen en de kolommen twee verschillende dimensies.")
    if WAARDEN[waarde].bron == "bijdrage":
        wrong = [d for d in (rijen, kolommen) if d not in BIJDRAGE_DIMENSIES]
        if wrong:
            raise DraaitabelError(
                f"Partnerbijdragen zijn niet te verdelen naar '{wrong[0]}'; kies uit: "
                + ", ".join(BIJDRAGE_DIMENSIES) + ".")


#: what the Overzicht's count tables (store/derived.py) can split a count by: without themes
#: (telling_activiteit / telling_product) and with them (..._thema); a product's province is
#: not stored (it can be its werkplaats's), so products by province are grouped from the records
_COUNTED_DIMENSIONS = {
    ("activiteit", False): {"werkplaats", "jaar", "o", "gemeente", "provincie"},
    ("activiteit", True): {"werkplaats", "jaar", "o", "thema"},
    ("product", False): {"werkplaats", "jaar", "o", "gemeente"},
    ("product", True): {"werkplaats", "jaar", "o", "thema"},
}


def _from_counts(s: Session, dims: Sequence[str], waarde: str,
                 f: DashboardFilter) -> list[tuple[Any, ...]] | None:
    """The groups of ``dims`` summed from the count tables, when they hold them (a few
    thousand rows instead of a million records): counts and reach of activities and products
    by werkplaats, year, O, gemeente, province or theme, under a filter of years, werkplaatsen
    and O. None otherwise. 0 / '' in the tables mean "zonder ..." (None here)."""
    kind = WAARDEN[waarde].bron
    if (waarde not in ("activiteiten", "producten", "bereik") or not derived.is_sqlite(s)
            or f.thema_id is not None or f.partner_type):
        return None
    themed = "thema" in dims
    if not set(dims) <= _COUNTED_DIMENSIONS[(kind, themed)] or (themed and waarde == "bereik"):
        return None
    table = {("activiteit", False): derived.telling_activiteit,
             ("activiteit", True): derived.telling_activiteit_thema,
             ("product", False): derived.telling_product,
             ("product", True): derived.telling_product_thema}[(kind, themed)]
    c = table.c
    province = aliased(G, name="gemeente_van_telling")
    columns: dict[str, Any] = {"werkplaats": c.werkplaats_id, "jaar": c.jaar,
               "o": func.nullif(c.o, ""),
               "gemeente": func.nullif(c.gemeente_id, 0) if not themed else None,
               "thema": func.nullif(c.thema_id, 0) if themed else None,
               "provincie": province.provincie_code}
    cols = [columns[d] for d in dims]
    total = func.sum(c.aantal)
    q = select(*cols, func.sum(c.bereik) if waarde == "bereik" else total).select_from(table)
    if "provincie" in dims:
        q = q.outerjoin(province, province.id == c.gemeente_id)
    cond = [c.jaar >= f.jaar_van] if f.jaar_van is not None else []
    cond += [c.jaar <= f.jaar_tot] if f.jaar_tot is not None else []
    if f.werkplaats_ids:
        cond.append(c.werkplaats_id.in_([int(i) for i in f.werkplaats_ids]))
    if f.o:
        cond.append(c.o == str(f.o))
    q = q.where(*cond)
    if cols:  # groups that hold records (the tables keep rows whose count went back to 0)
        q = q.group_by(*cols).having(total > 0)
    return [tuple(row) for row in s.execute(q)]


def compute(s: Session, rijen: str, kolommen: str, waarde: str = "activiteiten",
            f: DashboardFilter = DashboardFilter(), counts: bool = True) -> Draaitabel:
    """The draaitabel of ``waarde`` with ``rijen`` x ``kolommen`` under ``f``. ``counts``:
    sum the groups from the Overzicht's count tables where they hold them, else count the
    activities of a large file from their columns kept in memory (``draaitabel_kolommen``);
    False: always group the records in SQL (the tests compare both)."""
    check(rijen, kolommen, waarde)
    list_key, base = list_filters(waarde, f)
    where = conditions(catalog.BY_KEY[list_key].listing, base)

    def grouped(dims: Sequence[str]) -> list[tuple[Any, ...]]:
        found = _from_counts(s, dims, waarde, f) if counts else None
        if found is None and counts:
            # numpy only when a draaitabel is made (not at start-up)
            from werkplaats_desktop.services.dashboard import draaitabel_kolommen

            found = draaitabel_kolommen.grouped(s, tuple(dims), waarde, f)
        if found is not None:
            return found
        src = _source(WAARDEN[waarde].bron)
        # partner types belong to the project. Alone or beside the themes (several rows per
        # record), count per project first and spread those few groups over their types;
        # beside one value per record, join every record to its types directly (cheaper)
        partnertype = "partnertype" in dims and src.kind != "bijdrage"
        own = [d for d in dims if not (partnertype and d == "partnertype")]
        via_project = partnertype and all(DIMENSIES[d].meervoudig for d in own)
        cols, extra = [], []
        if via_project:  # counts: in the order of the project index, which covers them
            counting = waarde in ("activiteiten", "producten")
            cols.append(src.table.project_id if counting else _unordered(src.table.project_id))
        for dim in own:
            col, cond = _dimension(dim, src, f)
            cols.append(_unordered(col))
            extra += cond
        if partnertype and not via_project:
            ppt = _partner_types()
            src.join(ppt, ppt.c.project_id == src.table.project_id)
            cols.append(ppt.c.type)
            extra += [ppt.c.type == f.partner_type] if f.partner_type else []
            # back in the order asked for
            cols = [cols[own.index(d)] if d != "partnertype" else cols[-1] for d in dims]
        q = select(*cols, _aggregate(waarde, src).label("n")).select_from(src.table)
        for target, on in src.joins:
            q = q.outerjoin(target, on)
        q = q.where(*where, *extra)
        if cols:
            q = q.group_by(*cols)
        if via_project:
            inner = q.subquery("per_project")
            ppt = _partner_types()
            by_dim = {d: inner.c[i + 1] for i, d in enumerate(own)}
            outer = [ppt.c.type if d == "partnertype" else by_dim[d] for d in dims]
            q = (select(*outer, func.sum(inner.c.n)).select_from(inner)
                 .outerjoin(ppt, ppt.c.project_id == inner.c[0])
                 .where(*([ppt.c.type == f.partner_type] if f.partner_type else []))
                 .group_by(*outer))
        # enum columns (O) give members: keys are their stored codes
        return [tuple(v.value if isinstance(v, Enum) else v for v in row)
                for row in s.execute(q)]

    zero: Number = 0 if WAARDEN[waarde].geheel else Decimal("0.00")

    def num(v: Any) -> Number:
        if v is None:
            return zero
        return int(v) if WAARDEN[waarde].geheel else Decimal(v).quantize(Decimal("0.01"))

    cells = {(r, k): num(v) for r, k, v in grouped((rijen, kolommen))}
    multi_r, multi_k = DIMENSIES[rijen].meervoudig, DIMENSIES[kolommen].meervoudig

    def summed(index: int) -> dict[Any, Number]:
        out: dict[Any, Number] = {}
        for key, value in cells.items():
            out[key[index]] = out.get(key[index], zero) + value
        return out

    row_totals = ({r: num(v) for r, v in grouped((rijen,))} if multi_k else summed(0))
    col_totals = ({k: num(v) for k, v in grouped((kolommen,))} if multi_r else summed(1))
    if multi_r and multi_k:
        total = num(grouped(())[0][0])
    elif multi_r:
        total = sum(col_totals.values(), zero)
    else:
        total = sum(row_totals.values(), zero)
    kind = WAARDEN[waarde].bron
    return Draaitabel(rijen, kolommen, waarde, f,
                      _rubrieken(s, rijen, kind, set(row_totals) | {r for r, _k in cells}),
                      _rubrieken(s, kolommen, kind, set(col_totals) | {k for _r, k in cells}),
                      cells, row_totals, col_totals, total, list_key, base)


# --- labels and order ---------------------------------------------------------------------------


def _names(s: Session, key_col: Any, name_col: Any, keys: set[Any],
           order: Sequence[Any] = ()) -> list[tuple[Any, str]]:
    q = select(key_col, name_col).where(key_col.in_([k for k in keys if k is not None]))
    return [(k, n) for k, n in s.execute(q.order_by(*(order or (name_col,))))]


def _rubrieken(s: Session, dim: str, kind: str, keys: set[Any]) -> list[Rubriek]:
    """The rows or columns of ``dim`` for the ``keys`` found, in their natural order, with
    "zonder ..." last."""
    d = DIMENSIES[dim]
    found: list[tuple[Any, str]]
    context = ""
    filt: Callable[[Any], dict[str, Any]]
    zonder: dict[str, Any]
    if dim == "werkplaats":
        found = _names(s, W.id, W.naam, keys)
        filt, zonder = (lambda k: {"werkplaats_id": k}), {}
    elif dim == "thema":
        t = orm.Thema
        found = _names(s, t.id, t.naam, keys, (t.nummer.is_(None), t.nummer, t.naam))
        filt, zonder = (lambda k: {"thema_id": k}), {"zonder_thema": True}
    elif dim == "o":
        found = [(o.value, o.label) for o in O if o.value in keys]  # type: ignore[attr-defined]
        context = "Keuzelijst"
        filt, zonder = (lambda k: {"o": k}), {"zonder_o": True}
    elif dim == "soort" and kind == "activiteit":
        st = orm.ActiviteitSubtype
        found = _names(s, st.code, st.naam, keys, (st.o, st.volgorde))
        order = {o.value: i for i, o in enumerate(O)}
        codes = dict(s.execute(select(st.code, st.o)).all())
        found.sort(key=lambda kv: order.get(codes.get(kv[0], ""), 9))
        context = "Keuzelijst"
        filt, zonder = (lambda k: {"subtype": k}), {"zonder_subtype": True}
    elif dim == "soort":
        pt = orm.ProductType
        found = _names(s, pt.code, pt.naam, keys, (pt.volgorde,))
        context = "Keuzelijst"
        filt, zonder = (lambda k: {"type": k}), {}
    elif dim == "jaar":
        found = [(k, str(k)) for k in sorted(k for k in keys if k is not None)]
        filt, zonder = (lambda k: {"jaar": k}), {}
    elif dim == "provincie":
        found = _names(s, orm.Provincie.code, orm.Provincie.naam, keys)
        filt, zonder = (lambda k: {"provincie_code": k}), {"zonder_provincie": True}
    elif dim == "gemeente":
        found = _names(s, G.id, G.naam, keys)
        filt, zonder = (lambda k: {"gemeente_id": k}), {"zonder_gemeente": True}
    elif dim == "partnertype":
        ref = orm.PartnerTypeRef
        found = _names(s, ref.code, ref.naam, keys, (ref.volgorde,))
        context = "Keuzelijst"
        filt, zonder = (lambda k: {"partner_type": k}), {"zonder_partnertype": True}
    else:  # kenniskring
        k = orm.Kenniskring
        found = _names(s, k.id, k.naam, keys, (k.naam, k.id))
        filt, zonder = (lambda key: {"kenniskring_id": key}), {"zonder_kenniskring": True}
    out = [Rubriek(key, label, filt(key), context) for key, label in found]
    if None in keys:
        out.append(Rubriek(None, d.zonder, zonder, "Draaitabel"))
    return out


class DraaitabelService:
    """The draaitabel on the window's connection (the page), like ``DashboardService``."""

    def __init__(self, db: Database):
        self.db = db

    def compute(self, rijen: str, kolommen: str, waarde: str = "activiteiten",
                f: DashboardFilter = DashboardFilter()) -> Draaitabel:
        with self.db.read() as s:
            return compute(s, rijen, kolommen, waarde, f)

    def compute_on_worker(self, rijen: str, kolommen: str, waarde: str = "activiteiten",
                          f: DashboardFilter = DashboardFilter()) -> Draaitabel:
        """The same on a connection of its own (``Database.worker_session``): for a
        background thread, so that the window keeps responding meanwhile."""
        with self.db.worker_session() as s:
            return compute(s, rijen, kolommen, waarde, f)

    def describe(self, f: DashboardFilter, tx: Callable[[str, str], str]) -> FilterWords:
        """The filter in words (for the exports): the dashboard's answer."""
        with self.db.read() as s:
            return describe(s, f, tx)
