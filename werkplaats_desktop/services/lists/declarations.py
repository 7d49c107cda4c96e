"""The list of each kind of record: its columns (Dutch headers) and its filters.

Each constant is one kind's list; the registry (``services/catalog.py``) hangs it on the kind.
Filters with an "Alle ..." text are the list's filter bar, in that order; the others are set by
a click on a chart (the dashboard counts with exactly these conditions, ``dashboard/queries``)
or by a record's related list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import aliased

from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    O,
    Overeenkomst,
    PartnerType,
    ProjectStatus,
    WerkplaatsType,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services.lists.build import (
    code_col,
    col,
    enum_col,
    enum_filter,
    flag_filter,
    gemeente_filter,
    in_bar,
    kind_col,
    partner_filter,
    provincie_filter,
    record_filter,
    ref_col,
    theme_filter,
    themes_col,
    werkplaats_filter,
    werkplaatsen_filter,
    year_filter,
    year_overlap,
)
from werkplaats_desktop.services.lists.model import ListFilter, ListSpec
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.sql import contains, joined

W, P, A, Pr, Pa = orm.Werkplaats, orm.Project, orm.Activiteit, orm.Product, orm.Partner
K, KA, TS = orm.Kenniskring, orm.KennisagendaItem, orm.Themasamenwerking
at, pt, prt, kt, kat = (
    orm.activiteit_thema,
    orm.project_thema,
    orm.product_thema,
    orm.kenniskring_thema,
    orm.kennisagenda_thema,
)
pp, pg = orm.project_partner, orm.project_gemeente


def product_provincie() -> Any:
    """The province a product counts in (dashboard map and list filter alike): the province of
    the gemeente of its activity, else the province of its werkplaats. A product has no
    gemeente of its own."""
    a, g, w = aliased(A), aliased(orm.Gemeente), aliased(W)
    via_activiteit = (
        select(g.provincie_code)
        .join(a, a.gemeente_id == g.id)
        .where(a.id == Pr.activiteit_id)
        .scalar_subquery()
    )
    via_werkplaats = select(w.provincie_code).where(w.id == Pr.werkplaats_id).scalar_subquery()
    return func.coalesce(via_activiteit, via_werkplaats)


def _projects_of_partner(v: Any) -> Any:
    return select(pp.c.project_id).where(pp.c.partner_id == v)


def _output_filters(t: Any, link: Any, own: str) -> tuple[ListFilter, ...]:
    """Filters the dashboard drills down with, shared by activities and products: several
    werkplaatsen, a range of years, no theme, a partner type among the project's partners."""
    return (
        werkplaatsen_filter(t.werkplaats_id),
        ListFilter("jaar_van", QT_TRANSLATE_NOOP("Lijst", "vanaf"), lambda v: t.jaar >= int(v)),
        ListFilter(
            "jaar_tot", QT_TRANSLATE_NOOP("Lijst", "tot en met"), lambda v: t.jaar <= int(v)
        ),
        flag_filter(
            "zonder_thema",
            QT_TRANSLATE_NOOP("Lijst", "zonder thema"),
            lambda v: t.id.not_in(select(link.c[own])) if v else literal(True),
        ),
        ListFilter(
            "partner_type",
            QT_TRANSLATE_NOOP("Lijst", "partnertype"),
            lambda v: t.project_id.in_(
                select(pp.c.project_id).join(Pa, Pa.id == pp.c.partner_id).where(Pa.type == v)
            ),
            choices=lambda ref: ref.partner_types(),
        ),
        # the draaitabel's "zonder ..." rows
        flag_filter(
            "zonder_partnertype",
            QT_TRANSLATE_NOOP("Lijst", "zonder partner"),
            lambda v: or_(t.project_id.is_(None), t.project_id.not_in(select(pp.c.project_id)))
            if v
            else literal(True),
        ),
        flag_filter(
            "zonder_kenniskring",
            QT_TRANSLATE_NOOP("Lijst", "zonder kenniskring"),
            lambda v: t.kenniskring_id.is_(None) if v else literal(True),
        ),
    )


def _bijdrage_filters() -> tuple[ListFilter, ...]:
    """The draaitabel's filters on partner bijdragen: several werkplaatsen, a range of years,
    and the type, province and gemeente of the partner who contributes."""
    B = orm.Bijdrage

    def of_partner(*cond: Any) -> Any:
        return B.partner_id.in_(select(Pa.id).where(*cond))

    return (
        werkplaatsen_filter(B.werkplaats_id),
        ListFilter("jaar_van", QT_TRANSLATE_NOOP("Lijst", "vanaf"), lambda v: B.jaar >= int(v)),
        ListFilter(
            "jaar_tot", QT_TRANSLATE_NOOP("Lijst", "tot en met"), lambda v: B.jaar <= int(v)
        ),
        ListFilter(
            "partner_type",
            QT_TRANSLATE_NOOP("Lijst", "partnertype"),
            lambda v: of_partner(Pa.type == v),
            choices=lambda ref: ref.partner_types(),
        ),
        provincie_filter(lambda v: of_partner(Pa.provincie_code == v), bar=False),
        flag_filter(
            "zonder_provincie",
            QT_TRANSLATE_NOOP("Lijst", "zonder provincie"),
            lambda v: of_partner(Pa.provincie_code.is_(None)) if v else literal(True),
        ),
        ListFilter(
            "gemeente_id",
            QT_TRANSLATE_NOOP("Lijst", "gemeente"),
            lambda v: of_partner(Pa.gemeente_id == v),
            choices=lambda ref: ref.gemeenten(),
        ),
        flag_filter(
            "zonder_gemeente",
            QT_TRANSLATE_NOOP("Lijst", "zonder gemeente"),
            lambda v: of_partner(Pa.gemeente_id.is_(None)) if v else literal(True),
        ),
    )


def _drill_provincie(predicate: Any) -> ListFilter:
    return provincie_filter(predicate, bar=False)


WERKPLAATS = ListSpec(
    "werkplaats",
    W,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", W.naam),
        enum_col("type", QT_TRANSLATE_NOOP("Kolom", "Type"), W.type, WerkplaatsType),
        ref_col("penvoerder", QT_TRANSLATE_NOOP("Kolom", "Penvoerder"), W.penvoerder_id, Pa),
        ref_col(
            "provincie", QT_TRANSLATE_NOOP("Kolom", "Provincie"), W.provincie_code, orm.Provincie
        ),
        col("regio", QT_TRANSLATE_NOOP("Kolom", "Regio"), "text", W.regio, visible=False),
        col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", W.startjaar),
        col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", W.eindjaar),
        col(
            "projecten",
            QT_TRANSLATE_NOOP("Kolom", "Projecten"),
            "int",
            select(func.count()).where(P.werkplaats_id == W.id).scalar_subquery(),
            search=None,
        ),
    ),
    filters=(provincie_filter(lambda v: W.provincie_code == v),),
)

KENNISKRING = ListSpec(
    "kenniskring",
    K,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", K.naam),
        ref_col("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), K.werkplaats_id, W),
        themes_col(kt, "kenniskring_id", K.id),
        col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", K.startjaar),
        col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", K.eindjaar),
        ref_col("trekker", QT_TRANSLATE_NOOP("Kolom", "Trekker"), K.trekker_id, orm.Persoon),
    ),
    filters=(
        werkplaats_filter(K.werkplaats_id),
        year_filter(year_overlap(K.startjaar, K.eindjaar, False)),
        theme_filter(kt, "kenniskring_id", K.id),
    ),
)

PROJECT = ListSpec(
    "project",
    P,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", P.naam),
        ref_col("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), P.werkplaats_id, W),
        ref_col(
            "kenniskring",
            QT_TRANSLATE_NOOP("Kolom", "Kenniskring"),
            P.kenniskring_id,
            K,
            visible=False,
        ),
        enum_col("status", QT_TRANSLATE_NOOP("Kolom", "Status"), P.status, ProjectStatus),
        col("startdatum", QT_TRANSLATE_NOOP("Kolom", "Start"), "date", P.startdatum, search=None),
        col("einddatum", QT_TRANSLATE_NOOP("Kolom", "Einde"), "date", P.einddatum, search=None),
        themes_col(pt, "project_id", P.id),
        ref_col(
            "leider_onderwijs",
            QT_TRANSLATE_NOOP("Kolom", "Projectleider onderwijs"),
            P.leider_onderwijs_id,
            orm.Persoon,
            visible=False,
        ),
        ref_col(
            "leider_praktijk",
            QT_TRANSLATE_NOOP("Kolom", "Projectleider praktijk"),
            P.leider_praktijk_id,
            orm.Persoon,
            visible=False,
        ),
    ),
    filters=(
        werkplaats_filter(P.werkplaats_id),
        year_filter(year_overlap(P.startdatum, P.einddatum, True)),
        enum_filter(
            "status",
            QT_TRANSLATE_NOOP("Lijst", "status"),
            QT_TRANSLATE_NOOP("Lijst", "Elke status"),
            ProjectStatus,
            lambda v: P.status == v,
        ),
        theme_filter(pt, "project_id", P.id),
        partner_filter(lambda v: P.id.in_(_projects_of_partner(v))),
        gemeente_filter(lambda v: P.id.in_(select(pg.c.project_id).where(pg.c.gemeente_id == v))),
        record_filter(
            "kenniskring_id",
            QT_TRANSLATE_NOOP("Lijst", "kenniskring"),
            "kenniskring",
            lambda v: P.kenniskring_id == v,
        ),
    ),
)

ACTIVITEIT = ListSpec(
    "activiteit",
    A,
    (
        col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", A.jaar),
        col("datum", QT_TRANSLATE_NOOP("Kolom", "Datum"), "date", A.datum, search=None),
        col("titel", QT_TRANSLATE_NOOP("Kolom", "Titel"), "text", A.titel),
        enum_col("o", QT_TRANSLATE_NOOP("Kolom", "O"), A.o, O),
        kind_col(
            "subtype", QT_TRANSLATE_NOOP("Kolom", "Soort"), A.o, A.subtype, orm.ActiviteitSubtype
        ),
        ref_col("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), A.werkplaats_id, W),
        ref_col("project", QT_TRANSLATE_NOOP("Kolom", "Project"), A.project_id, P),
        ref_col("gemeente", QT_TRANSLATE_NOOP("Kolom", "Gemeente"), A.gemeente_id, orm.Gemeente),
        themes_col(at, "activiteit_id", A.id),
        col("bereik", QT_TRANSLATE_NOOP("Kolom", "Bereik"), "int", A.bereik, search=None),
        col(
            "uren", QT_TRANSLATE_NOOP("Kolom", "Uren"), "hours", A.uren, search=None, visible=False
        ),
    ),
    filters=(
        werkplaats_filter(A.werkplaats_id),
        year_filter(lambda v: A.jaar == v),
        enum_filter(
            "o",
            QT_TRANSLATE_NOOP("Lijst", "O"),
            QT_TRANSLATE_NOOP("Lijst", "Alle O's"),
            O,
            lambda v: A.o == str(v),
            multi=True,
        ),
        theme_filter(at, "activiteit_id", A.id),
        gemeente_filter(lambda v: A.gemeente_id == v),
        partner_filter(lambda v: A.project_id.in_(_projects_of_partner(v))),
        *_output_filters(A, at, "activiteit_id"),
        ListFilter(
            "subtype",
            QT_TRANSLATE_NOOP("Lijst", "soort"),
            lambda v: A.subtype == v,
            choices=lambda ref: ref.subtypes(),
        ),
        flag_filter(
            "zonder_subtype",
            QT_TRANSLATE_NOOP("Lijst", "zonder soort"),
            lambda v: A.subtype.is_(None) if v else literal(True),
        ),
        record_filter(
            "project_id",
            QT_TRANSLATE_NOOP("Lijst", "project"),
            "project",
            lambda v: A.project_id == v,
        ),
        record_filter(
            "kenniskring_id",
            QT_TRANSLATE_NOOP("Lijst", "kenniskring"),
            "kenniskring",
            lambda v: A.kenniskring_id == v,
        ),
        flag_filter(
            "zonder_gemeente",
            QT_TRANSLATE_NOOP("Lijst", "zonder gemeente"),
            lambda v: A.gemeente_id.is_(None) if v else literal(True),
        ),
        _drill_provincie(
            lambda v: A.gemeente_id.in_(
                select(orm.Gemeente.id).where(orm.Gemeente.provincie_code == v)
            )
        ),
        flag_filter(
            "zonder_provincie",
            QT_TRANSLATE_NOOP("Lijst", "zonder gemeente of provincie"),
            lambda v: (
                or_(
                    A.gemeente_id.is_(None),
                    A.gemeente_id.in_(
                        select(orm.Gemeente.id).where(orm.Gemeente.provincie_code.is_(None))
                    ),
                )
                if v
                else literal(True)
            ),
        ),
    ),
    default_sort="jaar",
    default_descending=True,
)

PRODUCT = ListSpec(
    "product",
    Pr,
    (
        col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", Pr.jaar),
        col("titel", QT_TRANSLATE_NOOP("Kolom", "Titel"), "text", Pr.titel),
        code_col("type", QT_TRANSLATE_NOOP("Kolom", "Type"), Pr.type, orm.ProductType),
        ref_col("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), Pr.werkplaats_id, W),
        ref_col("project", QT_TRANSLATE_NOOP("Kolom", "Project"), Pr.project_id, P),
        themes_col(prt, "product_id", Pr.id),
        col(
            "open_access",
            QT_TRANSLATE_NOOP("Kolom", "Open access"),
            "bool",
            Pr.open_access,
            search=None,
        ),
        col("link", QT_TRANSLATE_NOOP("Kolom", "Link"), "text", Pr.link, visible=False),
    ),
    filters=(
        werkplaats_filter(Pr.werkplaats_id),
        year_filter(lambda v: Pr.jaar == v),
        in_bar(
            "type",
            QT_TRANSLATE_NOOP("Lijst", "soort"),
            QT_TRANSLATE_NOOP("Lijst", "Alle soorten"),
            lambda v: Pr.type == v,
            lambda ref: ref.product_types(),
        ),
        theme_filter(prt, "product_id", Pr.id),
        *_output_filters(Pr, prt, "product_id"),
        ListFilter(
            "partner_id",
            QT_TRANSLATE_NOOP("Lijst", "partner"),
            lambda v: Pr.project_id.in_(_projects_of_partner(v)),
            choices=lambda ref: ref.options("partner"),
        ),
        record_filter(
            "project_id",
            QT_TRANSLATE_NOOP("Lijst", "project"),
            "project",
            lambda v: Pr.project_id == v,
        ),
        record_filter(
            "kenniskring_id",
            QT_TRANSLATE_NOOP("Lijst", "kenniskring"),
            "kenniskring",
            lambda v: Pr.kenniskring_id == v,
        ),
        record_filter(
            "activiteit_id",
            QT_TRANSLATE_NOOP("Lijst", "activiteit"),
            "activiteit",
            lambda v: Pr.activiteit_id == v,
        ),
        _drill_provincie(lambda v: product_provincie() == v),
        flag_filter(
            "zonder_provincie",
            QT_TRANSLATE_NOOP("Lijst", "zonder gemeente of provincie"),
            lambda v: product_provincie().is_(None) if v else literal(True),
        ),
        # a product's O and gemeente are those of its activity
        enum_filter(
            "o",
            QT_TRANSLATE_NOOP("Lijst", "O"),
            None,
            O,
            lambda v: Pr.activiteit_id.in_(select(A.id).where(A.o == str(v))),
            multi=True,
        ),
        flag_filter(
            "zonder_o",
            QT_TRANSLATE_NOOP("Lijst", "zonder O"),
            lambda v: Pr.activiteit_id.is_(None) if v else literal(True),
        ),
        ListFilter(
            "gemeente_id",
            QT_TRANSLATE_NOOP("Lijst", "gemeente"),
            lambda v: Pr.activiteit_id.in_(select(A.id).where(A.gemeente_id == v)),
            choices=lambda ref: ref.gemeenten(),
        ),
        flag_filter(
            "zonder_gemeente",
            QT_TRANSLATE_NOOP("Lijst", "zonder gemeente"),
            lambda v: (
                or_(
                    Pr.activiteit_id.is_(None),
                    Pr.activiteit_id.in_(select(A.id).where(A.gemeente_id.is_(None))),
                )
                if v
                else literal(True)
            ),
        ),
    ),
    default_sort="jaar",
    default_descending=True,
)

_GEM = aliased(orm.Gemeente)

PARTNER = ListSpec(
    "partner",
    Pa,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", Pa.naam),
        code_col("type", QT_TRANSLATE_NOOP("Kolom", "Type"), Pa.type, orm.PartnerTypeRef),
        ref_col("gemeente", QT_TRANSLATE_NOOP("Kolom", "Gemeente"), Pa.gemeente_id, orm.Gemeente),
        ref_col(
            "provincie", QT_TRANSLATE_NOOP("Kolom", "Provincie"), Pa.provincie_code, orm.Provincie
        ),
        # G4/G32 is a property of a gemeente: shown for gemeenten and their parts only
        enum_col(
            "netwerk",
            QT_TRANSLATE_NOOP("Kolom", "G4/G32"),
            case(
                (Pa.type.in_(("gemeente", "stadsdeel", "gemeentelijke_dienst")), _GEM.netwerk),
                else_=None,
            ),
            Gemeentenetwerk,
            joins=((_GEM, _GEM.id == Pa.gemeente_id),),
            search=None,
        ),
        col(
            "werkplaatsen",
            QT_TRANSLATE_NOOP("Kolom", "Werkplaatsen"),
            "int",
            select(func.count(func.distinct(orm.Deelname.werkplaats_id)))
            .where(orm.Deelname.partner_id == Pa.id)
            .scalar_subquery(),
            search=None,
        ),
    ),
    filters=(
        enum_filter(
            "type",
            QT_TRANSLATE_NOOP("Lijst", "soort"),
            QT_TRANSLATE_NOOP("Lijst", "Alle soorten"),
            PartnerType,
            lambda v: Pa.type == v,
        ),
        # a partner is "in" a werkplaats when it takes part in it
        in_bar(
            "werkplaats_id",
            QT_TRANSLATE_NOOP("Lijst", "werkplaats"),
            QT_TRANSLATE_NOOP("Lijst", "Alle werkplaatsen"),
            lambda v: Pa.id.in_(
                select(orm.Deelname.partner_id).where(orm.Deelname.werkplaats_id == v)
            ),
            lambda ref: ref.options("werkplaats"),
            multi=True,
        ),
        gemeente_filter(lambda v: Pa.gemeente_id == v),
        provincie_filter(lambda v: Pa.provincie_code == v, bar=False),
    ),
)
PERSOON = ListSpec(
    "persoon",
    orm.Persoon,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Persoon.naam),
        col("functie", QT_TRANSLATE_NOOP("Kolom", "Functie"), "text", orm.Persoon.functie),
        ref_col(
            "organisatie", QT_TRANSLATE_NOOP("Kolom", "Organisatie"), orm.Persoon.organisatie_id, Pa
        ),
        col("email", QT_TRANSLATE_NOOP("Kolom", "E-mail"), "text", orm.Persoon.email),
        col(
            "telefoon",
            QT_TRANSLATE_NOOP("Kolom", "Telefoon"),
            "text",
            orm.Persoon.telefoon,
            visible=False,
        ),
    ),
    filters=(
        in_bar(
            "werkplaats_id",
            QT_TRANSLATE_NOOP("Lijst", "werkplaats"),
            QT_TRANSLATE_NOOP("Lijst", "Alle werkplaatsen"),
            lambda v: orm.Persoon.id.in_(
                select(orm.persoon_werkplaats.c.persoon_id).where(
                    orm.persoon_werkplaats.c.werkplaats_id == v
                )
            ),
            lambda ref: ref.options("werkplaats"),
            multi=True,
        ),
        partner_filter(lambda v: orm.Persoon.organisatie_id == v),
    ),
)

DEELNAME = ListSpec(
    "deelname",
    orm.Deelname,
    (
        ref_col("partner", QT_TRANSLATE_NOOP("Kolom", "Partner"), orm.Deelname.partner_id, Pa),
        ref_col(
            "werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), orm.Deelname.werkplaats_id, W
        ),
        enum_col("rol", QT_TRANSLATE_NOOP("Kolom", "Rol"), orm.Deelname.rol, DeelnameRol),
        enum_col(
            "overeenkomst",
            QT_TRANSLATE_NOOP("Kolom", "Overeenkomst"),
            orm.Deelname.overeenkomst,
            Overeenkomst,
        ),
        col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", orm.Deelname.startjaar),
        col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", orm.Deelname.eindjaar),
    ),
    filters=(
        werkplaats_filter(orm.Deelname.werkplaats_id),
        partner_filter(lambda v: orm.Deelname.partner_id == v),
    ),
    default_sort="partner",
)

BIJDRAGE = ListSpec(
    "bijdrage",
    orm.Bijdrage,
    (
        col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", orm.Bijdrage.jaar),
        ref_col("partner", QT_TRANSLATE_NOOP("Kolom", "Partner"), orm.Bijdrage.partner_id, Pa),
        ref_col(
            "werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), orm.Bijdrage.werkplaats_id, W
        ),
        ref_col("project", QT_TRANSLATE_NOOP("Kolom", "Project"), orm.Bijdrage.project_id, P),
        enum_col("soort", QT_TRANSLATE_NOOP("Kolom", "Soort"), orm.Bijdrage.soort, BijdrageSoort),
        col(
            "hoeveelheid",
            QT_TRANSLATE_NOOP("Kolom", "Bedrag / uren"),
            "money",
            orm.Bijdrage.hoeveelheid,
            search=None,
            unit="soort",
        ),
    ),
    filters=(
        werkplaats_filter(orm.Bijdrage.werkplaats_id),
        partner_filter(lambda v: orm.Bijdrage.partner_id == v),
        year_filter(lambda v: orm.Bijdrage.jaar == v),
        enum_filter(
            "soort",
            QT_TRANSLATE_NOOP("Lijst", "soort"),
            QT_TRANSLATE_NOOP("Lijst", "Geld en uren"),
            BijdrageSoort,
            lambda v: orm.Bijdrage.soort == v,
        ),
        *_bijdrage_filters(),
    ),
    default_sort="jaar",
    default_descending=True,
)

SUBSIDIE = ListSpec(
    "subsidie",
    orm.Subsidie,
    (
        col("jaar", QT_TRANSLATE_NOOP("Kolom", "Jaar"), "year", orm.Subsidie.jaar),
        ref_col(
            "werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), orm.Subsidie.werkplaats_id, W
        ),
        col(
            "verstrekker",
            QT_TRANSLATE_NOOP("Kolom", "Verstrekker"),
            "text",
            orm.Subsidie.verstrekker,
        ),
        col(
            "bedrag",
            QT_TRANSLATE_NOOP("Kolom", "Bedrag"),
            "money",
            orm.Subsidie.bedrag,
            search=None,
        ),
    ),
    filters=(
        werkplaats_filter(orm.Subsidie.werkplaats_id),
        year_filter(lambda v: orm.Subsidie.jaar == v),
    ),
    default_sort="jaar",
    default_descending=True,
)

LECTORAAT = ListSpec(
    "lectoraat",
    orm.Lectoraat,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Lectoraat.naam),
        ref_col(
            "werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), orm.Lectoraat.werkplaats_id, W
        ),
        ref_col(
            "lector", QT_TRANSLATE_NOOP("Kolom", "Lector"), orm.Lectoraat.lector_id, orm.Persoon
        ),
    ),
    filters=(werkplaats_filter(orm.Lectoraat.werkplaats_id),),
)

KENNISAGENDA = ListSpec(
    "kennisagenda",
    KA,
    (
        col("vraagstuk", QT_TRANSLATE_NOOP("Kolom", "Vraagstuk"), "text", KA.vraagstuk),
        ref_col("werkplaats", QT_TRANSLATE_NOOP("Kolom", "Werkplaats"), KA.werkplaats_id, W),
        enum_col("status", QT_TRANSLATE_NOOP("Kolom", "Status"), KA.status, AgendaStatus),
        themes_col(kat, "kennisagenda_item_id", KA.id),
        col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", KA.startjaar),
        col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", KA.eindjaar),
        col(
            "projecten",
            QT_TRANSLATE_NOOP("Kolom", "Projecten"),
            "int",
            select(func.count())
            .select_from(orm.kennisagenda_project)
            .where(orm.kennisagenda_project.c.kennisagenda_item_id == KA.id)
            .scalar_subquery(),
            search=None,
        ),
    ),
    filters=(
        werkplaats_filter(KA.werkplaats_id),
        enum_filter(
            "status",
            QT_TRANSLATE_NOOP("Lijst", "status"),
            QT_TRANSLATE_NOOP("Lijst", "Elke status"),
            AgendaStatus,
            lambda v: KA.status == v,
        ),
        theme_filter(kat, "kennisagenda_item_id", KA.id),
        year_filter(year_overlap(KA.startjaar, KA.eindjaar, False)),
    ),
    default_sort="vraagstuk",
)

_TSW = orm.themasamenwerking_werkplaats

THEMASAMENWERKING = ListSpec(
    "themasamenwerking",
    TS,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", TS.naam),
        ref_col("thema", QT_TRANSLATE_NOOP("Kolom", "Thema"), TS.thema_id, orm.Thema),
        col(
            "werkplaatsen",
            QT_TRANSLATE_NOOP("Kolom", "Werkplaatsen"),
            "text",
            select(joined(W.naam, "; "))
            .select_from(_TSW)
            .join(W, W.id == _TSW.c.werkplaats_id)
            .where(_TSW.c.themasamenwerking_id == TS.id)
            .scalar_subquery(),
            sortable=False,
            search=lambda p: TS.id.in_(
                select(_TSW.c.themasamenwerking_id).where(
                    _TSW.c.werkplaats_id.in_(select(W.id).where(contains(W.naam, p)))
                )
            ),
        ),
        col("startjaar", QT_TRANSLATE_NOOP("Kolom", "Start"), "year", TS.startjaar),
        col("eindjaar", QT_TRANSLATE_NOOP("Kolom", "Einde"), "year", TS.eindjaar),
    ),
    filters=(
        in_bar(
            "werkplaats_id",
            QT_TRANSLATE_NOOP("Lijst", "werkplaats"),
            QT_TRANSLATE_NOOP("Lijst", "Alle werkplaatsen"),
            lambda v: TS.id.in_(
                select(_TSW.c.themasamenwerking_id).where(_TSW.c.werkplaats_id == v)
            ),
            lambda ref: ref.options("werkplaats"),
            multi=True,
        ),
        in_bar(
            "thema_id",
            QT_TRANSLATE_NOOP("Lijst", "thema"),
            QT_TRANSLATE_NOOP("Lijst", "Alle thema's"),
            lambda v: TS.thema_id == v,
            lambda ref: ref.themas(),
            multi=True,
        ),
    ),
)

THEMA = ListSpec(
    "thema",
    orm.Thema,
    (
        col("nummer", QT_TRANSLATE_NOOP("Kolom", "Nr."), "int", orm.Thema.nummer, search=None),
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Thema.naam),
        col("bron", QT_TRANSLATE_NOOP("Kolom", "Herkomst"), "text", orm.Thema.bron),
        col("actief", QT_TRANSLATE_NOOP("Kolom", "Actief"), "bool", orm.Thema.actief, search=None),
    ),
    default_sort="nummer",
)

GEMEENTE = ListSpec(
    "gemeente",
    orm.Gemeente,
    (
        col("naam", QT_TRANSLATE_NOOP("Kolom", "Naam"), "text", orm.Gemeente.naam),
        col("cbs_code", QT_TRANSLATE_NOOP("Kolom", "CBS-code"), "text", orm.Gemeente.cbs_code),
        ref_col(
            "provincie",
            QT_TRANSLATE_NOOP("Kolom", "Provincie"),
            orm.Gemeente.provincie_code,
            orm.Provincie,
        ),
        enum_col(
            "netwerk", QT_TRANSLATE_NOOP("Kolom", "G4/G32"), orm.Gemeente.netwerk, Gemeentenetwerk
        ),
    ),
    filters=(provincie_filter(lambda v: orm.Gemeente.provincie_code == v),),
)
