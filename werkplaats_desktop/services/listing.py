"""Lists of records for the tables of the GUI: searching, filtering and sorting in SQL.

A list is fetched a page at a time in two steps, so it stays fast at 100 000 rows:

1. the ids of one page: ``SELECT id ... WHERE <filters and search> ORDER BY <column>, id
   LIMIT n OFFSET k``, joining only what the sort column needs; the search on a name of a
   referenced record is an ``IN (SELECT id FROM other WHERE naam LIKE ...)`` over the small
   table, not a join over the large one. A search has to look at every row, so its page
   query also counts the matches (``count(*) OVER ()``) and :meth:`ListService.count` answers
   from that: one scan per keystroke instead of two;
2. the shown values of just those rows, including lists such as the themes.

Every list is described once by a :class:`ListSpec` (columns with Dutch headers, filters).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Select,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy import String as SAString
from sqlalchemy.orm import aliased

from werkplaats_desktop.domain import enums
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.validation import MAX_JAAR, MIN_JAAR
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Change, Database

Pattern = str  # a LIKE pattern, already escaped and wrapped in %...%


@dataclass(frozen=True)
class ListColumn:
    key: str
    label: str
    #: text, int, year, date, money, hours, bool, or the name of an enum in domain.enums
    kind: str
    value: Any
    #: (target, on-clause) pairs the value needs when it is used to sort
    joins: tuple[tuple[Any, Any], ...] = ()
    search: Callable[[Pattern], ColumnElement[bool]] | None = None
    sortable: bool = True
    visible: bool = True


@dataclass(frozen=True)
class ListSpec:
    key: str
    table: type[orm.Base]
    columns: tuple[ListColumn, ...]
    filters: Mapping[str, Callable[[Any], ColumnElement[bool]]] = field(default_factory=dict)
    default_sort: str = "naam"
    default_descending: bool = False

    def column(self, key: str) -> ListColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    #: the columns the search looks in (the visible ones); None means all searchable columns
    search_columns: tuple[str, ...] | None = None
    #: filter name -> value, e.g. {"jaar": 2014, "thema_id": 3}; None values are ignored
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool | None = None


# --- building blocks ------------------------------------------------------------------------------


def like_pattern(text: str) -> Pattern:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def unescape(pattern: Pattern) -> str:
    """The text a :func:`like_pattern` was made from."""
    inner = pattern[1:-1]
    out, i = [], 0
    while i < len(inner):
        if inner[i] == "\\" and i + 1 < len(inner):
            i += 1
        out.append(inner[i])
        i += 1
    return "".join(out)


def _like(expr: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: expr.like(p, escape="\\")


def _like_text(expr: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: cast(expr, SAString).like(p, escape="\\")


def _year_search(expr: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    """A year matches when its digits contain the text. The years that can match are few and
    known, so the database compares numbers instead of turning every row's year into text
    (a tenth of a search's scan), and a text without digits asks nothing of the year at all."""
    def build(p: Pattern) -> ColumnElement[bool]:
        needle = unescape(p)
        years = [y for y in range(MIN_JAAR, MAX_JAAR + 1) if needle in str(y)]
        return expr.in_(years) if years else false()
    return build


def _ref_search(fk: Any, key: Any, label: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: fk.in_(select(key).where(label.like(p, escape="\\")))


def _enum_search(expr: Any, enum_cls: type[Enum]) -> Callable[[Pattern], ColumnElement[bool]]:
    def build(p: Pattern) -> ColumnElement[bool]:
        needle = unescape(p).casefold()
        codes = [m.value for m in enum_cls if needle in m.label.casefold()]  # type: ignore[attr-defined]
        return expr.in_(codes) if codes and needle else false()
    return build


def _themes_value(link: Any, own: Any, table_id: Any) -> Any:
    return (
        select(func.group_concat(orm.Thema.naam, "; "))
        .select_from(link)
        .join(orm.Thema, orm.Thema.id == link.c.thema_id)
        .where(link.c[own] == table_id)
        .scalar_subquery()
    )


def _themes_search(link: Any, own: Any, table_id: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: table_id.in_(
        select(link.c[own]).where(
            link.c.thema_id.in_(select(orm.Thema.id).where(orm.Thema.naam.like(p, escape="\\")))
        )
    )


def _theme_filter(link: Any, own: Any, table_id: Any) -> Callable[[Any], ColumnElement[bool]]:
    return lambda v: table_id.in_(select(link.c[own]).where(link.c.thema_id == v))


def _year_overlap(start: Any, end: Any, as_dates: bool) -> Callable[[Any], ColumnElement[bool]]:
    def build(year: Any) -> ColumnElement[bool]:
        y = int(year)
        lo, hi = (date(y, 1, 1), date(y, 12, 31)) if as_dates else (y, y)
        return and_(
            or_(start.is_not(None), end.is_not(None)),
            or_(start.is_(None), start <= hi),
            or_(end.is_(None), end >= lo),
        )
    return build


def _never_null(value: Any, table: Any) -> bool:
    """A NOT NULL column of the list's own table (joined names and subqueries can be NULL).
    Sorting on it needs no "empty values last" term, so an index can give the order and the
    first page stops after its rows instead of sorting the whole table."""
    column = getattr(value, "expression", value)
    return isinstance(column, Column) and column.table is table.__table__ \
        and not column.nullable


def _col(key: str, label: str, kind: str, value: Any, **kw: Any) -> ListColumn:
    if "search" not in kw:
        if kind == "text":
            kw["search"] = _like(value)
        elif kind == "year":
            kw["search"] = _year_search(value)
        elif kind == "int":
            kw["search"] = _like_text(value)
        elif hasattr(enums, kind):
            kw["search"] = _enum_search(value, getattr(enums, kind))
    return ListColumn(key, label, kind, value, **kw)


def _ref(key: str, label: str, fk: Any, target: Any, label_col: str = "naam",
         visible: bool = True) -> ListColumn:
    """The name of a referenced record (``target.naam`` where ``target.<pk> == fk``)."""
    alias = aliased(target)
    pk = "code" if target is orm.Provincie else "id"
    return ListColumn(
        key, label, "text", getattr(alias, label_col),
        joins=((alias, getattr(alias, pk) == fk),),
        search=_ref_search(fk, getattr(target, pk), getattr(target, label_col)),
        visible=visible,
    )


# --- the lists ---------------------------------------------------------------------------

W, P, A, Pr, Pa = orm.Werkplaats, orm.Project, orm.Activiteit, orm.Product, orm.Partner


def _wp(t: Any) -> dict[str, Callable[[Any], ColumnElement[bool]]]:
    return {"werkplaats_id": lambda v: t.werkplaats_id == v}


def product_provincie() -> Any:
    """The province a product counts in (dashboard map and list filter alike): the province of
    the gemeente of its activity, else the province of its werkplaats. A product has no
    gemeente of its own."""
    a, g, w = aliased(A), aliased(orm.Gemeente), aliased(W)
    via_activiteit = (select(g.provincie_code).join(a, a.gemeente_id == g.id)
                      .where(a.id == Pr.activiteit_id).scalar_subquery())
    via_werkplaats = select(w.provincie_code).where(w.id == Pr.werkplaats_id).scalar_subquery()
    return func.coalesce(via_activiteit, via_werkplaats)


def _output_filters(t: Any, link: Any,
                    own: str) -> dict[str, Callable[[Any], ColumnElement[bool]]]:
    """Filters the dashboard drills down with, shared by activities and products: several
    werkplaatsen, a range of years, no theme, a partner type among the project's partners."""
    return {
        "werkplaats_ids": lambda v: t.werkplaats_id.in_([int(i) for i in v]),
        "jaar_van": lambda v: t.jaar >= int(v),
        "jaar_tot": lambda v: t.jaar <= int(v),
        "zonder_thema": lambda v: t.id.not_in(select(link.c[own])) if v else literal(True),
        "partner_type": lambda v: t.project_id.in_(
            select(orm.project_partner.c.project_id).join(
                Pa, Pa.id == orm.project_partner.c.partner_id).where(Pa.type == v)),
        # the draaitabel's "zonder ..." rows
        "zonder_partnertype": lambda v: or_(t.project_id.is_(None), t.project_id.not_in(
            select(orm.project_partner.c.project_id))) if v else literal(True),
        "zonder_kenniskring": lambda v: t.kenniskring_id.is_(None) if v else literal(True),
    }


def _bijdrage_filters() -> dict[str, Callable[[Any], ColumnElement[bool]]]:
    """The draaitabel's filters on partner bijdragen: several werkplaatsen, a range of years,
    and the type, province and gemeente of the partner who contributes."""
    B = orm.Bijdrage

    def of_partner(*cond: Any) -> ColumnElement[bool]:
        return B.partner_id.in_(select(Pa.id).where(*cond))

    return {
        "werkplaats_ids": lambda v: B.werkplaats_id.in_([int(i) for i in v]),
        "jaar_van": lambda v: B.jaar >= int(v),
        "jaar_tot": lambda v: B.jaar <= int(v),
        "partner_type": lambda v: of_partner(Pa.type == v),
        "provincie_code": lambda v: of_partner(Pa.provincie_code == v),
        "zonder_provincie": lambda v: of_partner(Pa.provincie_code.is_(None)) if v
        else literal(True),
        "gemeente_id": lambda v: of_partner(Pa.gemeente_id == v),
        "zonder_gemeente": lambda v: of_partner(Pa.gemeente_id.is_(None)) if v
        else literal(True),
    }


_SUBTYPE = aliased(orm.ActiviteitSubtype)
_PRODUCTTYPE = aliased(orm.ProductType)
_PARTNERTYPE = aliased(orm.PartnerTypeRef)
_GEM = aliased(orm.Gemeente)


def _specs() -> dict[str, ListSpec]:
    at, pt, prt, kt, kat = (orm.activiteit_thema, orm.project_thema, orm.product_thema,
                            orm.kenniskring_thema, orm.kennisagenda_thema)
    projects_of_partner = lambda v: select(orm.project_partner.c.project_id).where(  # noqa: E731
        orm.project_partner.c.partner_id == v)
    specs = [
        ListSpec("werkplaats", W, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", W.naam),
            _col("type", QT_TRANSLATE_NOOP("Kolom", "Type"), "WerkplaatsType", W.type),
            _ref("penvoerder", QT_TRANSLATE_NOOP("Kolom", "Penvoerder"), W.penvoerder_id, Pa),
            _ref("provincie", QT_TRANSLATE_NOOP("Kolom", "Provincie"), W.provincie_code,
                 orm.Provincie),
            _col("regio", QT_TRANSLATE_NOOP("Kolom", "Regio"), "text", W.regio, visible=False),
            _col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", W.startjaar),
            _col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", W.eindjaar),
            _col("projecten", QT_TRANSLATE_NOOP("Kolom", "Projecten"), "int",
                 select(func.count()).where(P.werkplaats_id == W.id).scalar_subquery(),
                 search=None),
        ), filters={"provincie_code": lambda v: W.provincie_code == v}),
        ListSpec("kenniskring", orm.Kenniskring, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Kenniskring.naam),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"),
                 orm.Kenniskring.werkplaats_id, W),
            _col("themas", QT_TRANSLATE_NOOP("Kolom", "Thema's"), "text",
                 _themes_value(kt, "kenniskring_id", orm.Kenniskring.id), sortable=False,
                 search=_themes_search(kt, "kenniskring_id", orm.Kenniskring.id)),
            _col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year",
                 orm.Kenniskring.startjaar),
            _col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", orm.Kenniskring.eindjaar),
            _ref("trekker", QT_TRANSLATE_NOOP("Kolom", "Trekker"), orm.Kenniskring.trekker_id,
                 orm.Persoon),
        ), filters={
            **_wp(orm.Kenniskring),
            "thema_id": _theme_filter(kt, "kenniskring_id", orm.Kenniskring.id),
            "jaar": _year_overlap(orm.Kenniskring.startjaar, orm.Kenniskring.eindjaar, False),
        }),
        ListSpec("project", P, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", P.naam),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), P.werkplaats_id, W),
            _ref("kenniskring", QT_TRANSLATE_NOOP("Kolom", "Kenniskring"), P.kenniskring_id,
                 orm.Kenniskring,
                 visible=False),
            _col("status", QT_TRANSLATE_NOOP("Kolom", "Status"), "ProjectStatus", P.status),
            _col("startdatum", QT_TRANSLATE_NOOP("Kolom", "Start"), "date", P.startdatum,
                 search=None),
            _col("einddatum", QT_TRANSLATE_NOOP("Kolom", "Einde"), "date", P.einddatum,
                 search=None),
            _col("themas", QT_TRANSLATE_NOOP("Kolom", "Thema's"), "text",
                 _themes_value(pt, "project_id", P.id), sortable=False,
                 search=_themes_search(pt, "project_id", P.id)),
            _ref("leider_onderwijs", QT_TRANSLATE_NOOP("Kolom", "Projectleider onderwijs"),
                 P.leider_onderwijs_id, orm.Persoon, visible=False),
            _ref("leider_praktijk", QT_TRANSLATE_NOOP("Kolom", "Projectleider praktijk"),
                 P.leider_praktijk_id, orm.Persoon, visible=False),
        ), filters={
            **_wp(P),
            "thema_id": _theme_filter(pt, "project_id", P.id),
            "jaar": _year_overlap(P.startdatum, P.einddatum, True),
            "status": lambda v: P.status == v,
            "kenniskring_id": lambda v: P.kenniskring_id == v,
            "partner_id": lambda v: P.id.in_(projects_of_partner(v)),
            "gemeente_id": lambda v: P.id.in_(select(orm.project_gemeente.c.project_id).where(
                orm.project_gemeente.c.gemeente_id == v)),
        }),
        ListSpec("activiteit", A, (
            _col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", A.jaar),
            _col("datum", QT_TRANSLATE_NOOP("Kolom", "Datum"), "date", A.datum, search=None),
            _col("titel", QT_TRANSLATE_NOOP("Kolom", "Titel"), "text", A.titel),
            _col("o", QT_TRANSLATE_NOOP("Kolom", "O"), "O", A.o),
            ListColumn("subtype", QT_TRANSLATE_NOOP("Kolom", "Soort"), "text", _SUBTYPE.naam,
                       joins=((_SUBTYPE, _SUBTYPE.code == A.subtype),),
                       search=lambda p: A.subtype.in_(select(orm.ActiviteitSubtype.code).where(
                           orm.ActiviteitSubtype.naam.like(p, escape="\\")))),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), A.werkplaats_id, W),
            _ref("project", QT_TRANSLATE_NOOP("Kolom", "Project"), A.project_id, P),
            _ref("gemeente", QT_TRANSLATE_NOOP("Kolom", "Gemeente"), A.gemeente_id, orm.Gemeente),
            _col("themas", QT_TRANSLATE_NOOP("Kolom", "Thema's"), "text",
                 _themes_value(at, "activiteit_id", A.id), sortable=False,
                 search=_themes_search(at, "activiteit_id", A.id)),
            _col("bereik", QT_TRANSLATE_NOOP("Kolom", "Bereik"), "int", A.bereik, search=None),
            _col("uren", QT_TRANSLATE_NOOP("Kolom", "Uren"), "hours", A.uren, search=None,
                 visible=False),
        ), filters={
            **_wp(A),
            "jaar": lambda v: A.jaar == v,
            "o": lambda v: A.o == str(v),
            "subtype": lambda v: A.subtype == v,
            "zonder_subtype": lambda v: A.subtype.is_(None) if v else literal(True),
            "thema_id": _theme_filter(at, "activiteit_id", A.id),
            "project_id": lambda v: A.project_id == v,
            "kenniskring_id": lambda v: A.kenniskring_id == v,
            "gemeente_id": lambda v: A.gemeente_id == v,
            "zonder_gemeente": lambda v: A.gemeente_id.is_(None) if v else literal(True),
            "provincie_code": lambda v: A.gemeente_id.in_(
                select(orm.Gemeente.id).where(orm.Gemeente.provincie_code == v)),
            "zonder_provincie": lambda v: or_(A.gemeente_id.is_(None), A.gemeente_id.in_(
                select(orm.Gemeente.id).where(orm.Gemeente.provincie_code.is_(None))))
            if v else literal(True),
            "partner_id": lambda v: A.project_id.in_(projects_of_partner(v)),
            **_output_filters(A, at, "activiteit_id"),
        }, default_sort="jaar", default_descending=True),
        ListSpec("product", Pr, (
            _col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", Pr.jaar),
            _col("titel", QT_TRANSLATE_NOOP("Kolom", "Titel"), "text", Pr.titel),
            ListColumn("type", QT_TRANSLATE_NOOP("Kolom", "Type"), "text", _PRODUCTTYPE.naam,
                       joins=((_PRODUCTTYPE, _PRODUCTTYPE.code == Pr.type),),
                       search=lambda p: Pr.type.in_(select(orm.ProductType.code).where(
                           orm.ProductType.naam.like(p, escape="\\")))),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), Pr.werkplaats_id, W),
            _ref("project", QT_TRANSLATE_NOOP("Kolom", "Project"), Pr.project_id, P),
            _col("themas", QT_TRANSLATE_NOOP("Kolom", "Thema's"), "text",
                 _themes_value(prt, "product_id", Pr.id), sortable=False,
                 search=_themes_search(prt, "product_id", Pr.id)),
            _col("open_access", QT_TRANSLATE_NOOP("Kolom", "Open access"), "bool", Pr.open_access,
                 search=None),
            _col("link", QT_TRANSLATE_NOOP("Kolom", "Link"), "text", Pr.link, visible=False),
        ), filters={
            **_wp(Pr),
            "jaar": lambda v: Pr.jaar == v,
            "type": lambda v: Pr.type == v,
            "thema_id": _theme_filter(prt, "product_id", Pr.id),
            "project_id": lambda v: Pr.project_id == v,
            "kenniskring_id": lambda v: Pr.kenniskring_id == v,
            "activiteit_id": lambda v: Pr.activiteit_id == v,
            "partner_id": lambda v: Pr.project_id.in_(projects_of_partner(v)),
            "provincie_code": lambda v: product_provincie() == v,
            "zonder_provincie": lambda v: product_provincie().is_(None) if v else literal(True),
            # a product's O and gemeente are those of its activity
            "o": lambda v: Pr.activiteit_id.in_(select(A.id).where(A.o == str(v))),
            "zonder_o": lambda v: Pr.activiteit_id.is_(None) if v else literal(True),
            "gemeente_id": lambda v: Pr.activiteit_id.in_(select(A.id).where(A.gemeente_id == v)),
            "zonder_gemeente": lambda v: or_(Pr.activiteit_id.is_(None), Pr.activiteit_id.in_(
                select(A.id).where(A.gemeente_id.is_(None)))) if v else literal(True),
            **_output_filters(Pr, prt, "product_id"),
        }, default_sort="jaar", default_descending=True),
        ListSpec("partner", Pa, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", Pa.naam),
            ListColumn("type", QT_TRANSLATE_NOOP("Kolom", "Type"), "text", _PARTNERTYPE.naam,
                       joins=((_PARTNERTYPE, _PARTNERTYPE.code == Pa.type),),
                       search=lambda p: Pa.type.in_(select(orm.PartnerTypeRef.code).where(
                           orm.PartnerTypeRef.naam.like(p, escape="\\")))),
            _ref("gemeente", QT_TRANSLATE_NOOP("Kolom", "Gemeente"), Pa.gemeente_id, orm.Gemeente),
            _ref("provincie", QT_TRANSLATE_NOOP("Kolom", "Provincie"), Pa.provincie_code,
                 orm.Provincie),
            # G4/G32 is a property of a gemeente: shown for gemeenten and their parts only
            ListColumn("netwerk", QT_TRANSLATE_NOOP("Kolom", "G4/G32"), "Gemeentenetwerk",
                       case((Pa.type.in_(("gemeente", "stadsdeel", "gemeentelijke_dienst")),
                             _GEM.netwerk), else_=None),
                       joins=((_GEM, _GEM.id == Pa.gemeente_id),), search=None),
            _col("werkplaatsen", QT_TRANSLATE_NOOP("Kolom", "Werkplaatsen"), "int",
                 select(func.count(func.distinct(orm.Deelname.werkplaats_id)))
                 .where(orm.Deelname.partner_id == Pa.id).scalar_subquery(), search=None),
        ), filters={
            "type": lambda v: Pa.type == v,
            "gemeente_id": lambda v: Pa.gemeente_id == v,
            "provincie_code": lambda v: Pa.provincie_code == v,
            "werkplaats_id": lambda v: Pa.id.in_(select(orm.Deelname.partner_id).where(
                orm.Deelname.werkplaats_id == v)),
        }),
        ListSpec("persoon", orm.Persoon, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Persoon.naam),
            _col("functie", QT_TRANSLATE_NOOP("Kolom", "Functie"), "text", orm.Persoon.functie),
            _ref("organisatie", QT_TRANSLATE_NOOP("Kolom", "Organisatie"),
                 orm.Persoon.organisatie_id, Pa),
            _col("email", QT_TRANSLATE_NOOP("Kolom", "E-mail"), "text", orm.Persoon.email),
            _col("telefoon", QT_TRANSLATE_NOOP("Kolom", "Telefoon"), "text", orm.Persoon.telefoon,
                 visible=False),
        ), filters={
            "partner_id": lambda v: orm.Persoon.organisatie_id == v,
            "werkplaats_id": lambda v: orm.Persoon.id.in_(
                select(orm.persoon_werkplaats.c.persoon_id).where(
                    orm.persoon_werkplaats.c.werkplaats_id == v)),
        }),
        ListSpec("deelname", orm.Deelname, (
            _ref("partner", QT_TRANSLATE_NOOP("Kolom", "Partner"), orm.Deelname.partner_id, Pa),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"),
                 orm.Deelname.werkplaats_id, W),
            _col("rol", QT_TRANSLATE_NOOP("Kolom", "Rol"), "DeelnameRol", orm.Deelname.rol),
            _col("overeenkomst", QT_TRANSLATE_NOOP("Kolom", "Overeenkomst"), "Overeenkomst",
                 orm.Deelname.overeenkomst),
            _col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", orm.Deelname.startjaar),
            _col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", orm.Deelname.eindjaar),
        ), filters={
            **_wp(orm.Deelname),
            "partner_id": lambda v: orm.Deelname.partner_id == v,
        }, default_sort="partner"),
        ListSpec("bijdrage", orm.Bijdrage, (
            _col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", orm.Bijdrage.jaar),
            _ref("partner", QT_TRANSLATE_NOOP("Kolom", "Partner"), orm.Bijdrage.partner_id, Pa),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"),
                 orm.Bijdrage.werkplaats_id, W),
            _ref("project", QT_TRANSLATE_NOOP("Kolom", "Project"), orm.Bijdrage.project_id, P),
            _col("soort", QT_TRANSLATE_NOOP("Kolom", "Soort"), "BijdrageSoort", orm.Bijdrage.soort),
            _col("hoeveelheid", QT_TRANSLATE_NOOP("Kolom", "Bedrag / uren"), "money",
                 orm.Bijdrage.hoeveelheid,
                 search=None),
        ), filters={
            **_wp(orm.Bijdrage),
            "partner_id": lambda v: orm.Bijdrage.partner_id == v,
            "jaar": lambda v: orm.Bijdrage.jaar == v,
            "soort": lambda v: orm.Bijdrage.soort == v,
            **_bijdrage_filters(),
        }, default_sort="jaar", default_descending=True),
        ListSpec("subsidie", orm.Subsidie, (
            _col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", orm.Subsidie.jaar),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"),
                 orm.Subsidie.werkplaats_id, W),
            _col("verstrekker", QT_TRANSLATE_NOOP("Kolom", "Verstrekker"), "text",
                 orm.Subsidie.verstrekker),
            _col("bedrag", QT_TRANSLATE_NOOP("Kolom", "Bedrag"), "money", orm.Subsidie.bedrag,
                 search=None),
        ), filters={**_wp(orm.Subsidie), "jaar": lambda v: orm.Subsidie.jaar == v},
            default_sort="jaar", default_descending=True),
        ListSpec("lectoraat", orm.Lectoraat, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Lectoraat.naam),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"),
                 orm.Lectoraat.werkplaats_id, W),
            _ref("lector", QT_TRANSLATE_NOOP("Kolom", "Lector"), orm.Lectoraat.lector_id,
                 orm.Persoon),
        ), filters=_wp(orm.Lectoraat)),
        ListSpec("kennisagenda", orm.KennisagendaItem, (
            _col("vraagstuk", QT_TRANSLATE_NOOP("Kolom", "Vraagstuk"), "text",
                 orm.KennisagendaItem.vraagstuk),
            _ref("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"),
                 orm.KennisagendaItem.werkplaats_id, W),
            _col("status", QT_TRANSLATE_NOOP("Kolom", "Status"), "AgendaStatus",
                 orm.KennisagendaItem.status),
            _col("themas", QT_TRANSLATE_NOOP("Kolom", "Thema's"), "text",
                 _themes_value(kat, "kennisagenda_item_id", orm.KennisagendaItem.id),
                 sortable=False,
                 search=_themes_search(kat, "kennisagenda_item_id", orm.KennisagendaItem.id)),
            _col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year",
                 orm.KennisagendaItem.startjaar),
            _col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year",
                 orm.KennisagendaItem.eindjaar),
            _col("projecten", QT_TRANSLATE_NOOP("Kolom", "Projecten"), "int",
                 select(func.count()).select_from(orm.kennisagenda_project).where(
                     orm.kennisagenda_project.c.kennisagenda_item_id == orm.KennisagendaItem.id
                 ).scalar_subquery(), search=None),
        ), filters={
            **_wp(orm.KennisagendaItem),
            "status": lambda v: orm.KennisagendaItem.status == v,
            "thema_id": _theme_filter(kat, "kennisagenda_item_id", orm.KennisagendaItem.id),
            "jaar": _year_overlap(orm.KennisagendaItem.startjaar, orm.KennisagendaItem.eindjaar,
                                  False),
        }, default_sort="vraagstuk"),
        ListSpec("themasamenwerking", orm.Themasamenwerking, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Themasamenwerking.naam),
            _ref("thema", QT_TRANSLATE_NOOP("Kolom", "Thema"), orm.Themasamenwerking.thema_id,
                 orm.Thema),
            _col("werkplaatsen", QT_TRANSLATE_NOOP("Kolom", "Werkplaatsen"), "text",
                 select(func.group_concat(W.naam, "; "))
                 .select_from(orm.themasamenwerking_werkplaats)
                 .join(W, W.id == orm.themasamenwerking_werkplaats.c.werkplaats_id)
                 .where(orm.themasamenwerking_werkplaats.c.themasamenwerking_id
                        == orm.Themasamenwerking.id).scalar_subquery(),
                 sortable=False,
                 search=lambda p: orm.Themasamenwerking.id.in_(
                     select(orm.themasamenwerking_werkplaats.c.themasamenwerking_id).where(
                         orm.themasamenwerking_werkplaats.c.werkplaats_id.in_(
                             select(W.id).where(W.naam.like(p, escape="\\")))))),
            _col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year",
                 orm.Themasamenwerking.startjaar),
            _col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year",
                 orm.Themasamenwerking.eindjaar),
        ), filters={
            "werkplaats_id": lambda v: orm.Themasamenwerking.id.in_(
                select(orm.themasamenwerking_werkplaats.c.themasamenwerking_id).where(
                    orm.themasamenwerking_werkplaats.c.werkplaats_id == v)),
            "thema_id": lambda v: orm.Themasamenwerking.thema_id == v,
        }),
        ListSpec("thema", orm.Thema, (
            _col("nummer", QT_TRANSLATE_NOOP("Kolom", "Nr."), "int", orm.Thema.nummer, search=None),
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Thema.naam),
            _col("bron", QT_TRANSLATE_NOOP("Kolom", "Herkomst"), "text", orm.Thema.bron),
            _col("actief", QT_TRANSLATE_NOOP("Kolom", "Actief"), "bool", orm.Thema.actief,
                 search=None),
        ), default_sort="nummer"),
        ListSpec("gemeente", orm.Gemeente, (
            _col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Gemeente.naam),
            _col("cbs_code", QT_TRANSLATE_NOOP("Kolom", "CBS-code"), "text", orm.Gemeente.cbs_code),
            _ref("provincie", QT_TRANSLATE_NOOP("Kolom", "Provincie"), orm.Gemeente.provincie_code,
                 orm.Provincie),
            _col("netwerk", QT_TRANSLATE_NOOP("Kolom", "G4/G32"), "Gemeentenetwerk",
                 orm.Gemeente.netwerk),
        ), filters={"provincie_code": lambda v: orm.Gemeente.provincie_code == v}),
    ]
    return {s.key: s for s in specs}


SPECS = _specs()


class ListService:
    def __init__(self, db: Database):
        self.db = db
        #: (list key, query, total) of the last search, counted by ids() in the same scan
        self._search_total: tuple[str, ListQuery, int] | None = None
        db.subscribe(self._forget_total)

    def _forget_total(self, _change: Change) -> None:
        self._search_total = None

    @staticmethod
    def spec(key: str) -> ListSpec:
        return SPECS[key]

    def _where(self, spec: ListSpec, q: ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        for name, value in q.filters.items():
            if value is None or value == "":
                continue
            if name not in spec.filters:
                raise KeyError(f"List '{spec.key}' has no filter '{name}'")
            conditions.append(spec.filters[name](value))
        text = q.search.strip()
        if text:
            wanted = q.search_columns
            parts = [
                col.search(like_pattern(text))
                for col in spec.columns
                if col.search is not None and (wanted is None or col.key in wanted)
            ]
            conditions.append(or_(*parts) if parts else false())
        return conditions

    def count(self, key: str, q: ListQuery = ListQuery()) -> int:
        known = self._search_total
        if known is not None and known[0] == key and known[1] == q:
            return known[2]
        spec = SPECS[key]
        table = spec.table
        stmt = select(func.count()).select_from(table).where(*self._where(spec, q))
        with self.db.read() as s:
            return s.scalar(stmt) or 0

    def ids(self, key: str, q: ListQuery = ListQuery(), offset: int = 0,
            limit: int | None = None) -> list[int]:
        spec = SPECS[key]
        table = spec.table
        sort_key = q.sort or spec.default_sort
        if q.descending is not None:
            descending = q.descending
        else:
            descending = spec.default_descending and sort_key == spec.default_sort
        col = spec.column(sort_key)
        searching = bool(q.search.strip())
        total = [func.count().over()] if searching else []
        stmt: Select[Any] = select(table.id, *total).where(*self._where(spec, q))  # type: ignore[attr-defined,assignment]
        for target, on in col.joins:
            stmt = stmt.outerjoin(target, on)
        order = col.value.collate("NOCASE") if col.kind == "text" else col.value
        # empty values last in both directions, then a stable tie-breaker
        nulls_last = [] if _never_null(col.value, table) else [case((order.is_(None), 1),
                                                                    else_=0)]
        stmt = stmt.order_by(*nulls_last, order.desc() if descending else order.asc(),
                             table.id.desc() if descending else table.id.asc())  # type: ignore[attr-defined]
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            found = s.execute(stmt).all()
        if searching and (found or offset == 0):
            self._search_total = (key, q, found[0][1] if found else 0)
        return [row[0] for row in found]

    def rows(self, key: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """``(id, value per column...)`` for ``ids``, in the order given."""
        if not ids:
            return []
        spec = SPECS[key]
        table = spec.table
        stmt: Select[Any] = select(table.id, *(c.value for c in spec.columns))  # type: ignore[attr-defined]
        seen: set[Any] = set()
        for col in spec.columns:
            for target, on in col.joins:
                if id(target) not in seen:
                    seen.add(id(target))
                    stmt = stmt.outerjoin(target, on)
        stmt = stmt.where(table.id.in_(list(ids)))  # type: ignore[attr-defined]
        with self.db.read() as s:
            found = {row[0]: tuple(row) for row in s.execute(stmt)}
        return [found[i] for i in ids if i in found]

    def page(self, key: str, q: ListQuery = ListQuery(), offset: int = 0,
             limit: int = 200) -> list[tuple[Any, ...]]:
        return self.rows(key, self.ids(key, q, offset, limit))
