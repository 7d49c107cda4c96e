"""The description of every kind of record: one :class:`EntityDef` each, in one place."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.records import EntityDef, LinkList
from werkplaats_desktop.store import orm


def _themes(table, own: str) -> LinkList:  # type: ignore[no-untyped-def]
    return LinkList("thema_ids", table, own, "thema_id", orm.Thema)


def _check_activiteit(s: Session, r: m.Activiteit, c: v.Checker) -> None:
    if r.subtype and r.o is not None:
        found = s.get(orm.ActiviteitSubtype, r.subtype)
        if found is None or found.o != O(r.o).value:
            c.add("subtype", v.SUBTYPE_HOORT_NIET_BIJ_O, waarde=r.subtype, o=O(r.o).label)


def _check_product(s: Session, r: m.Product, c: v.Checker) -> None:
    if r.activiteit_id is not None and r.werkplaats_id is not None:
        act = s.get(orm.Activiteit, r.activiteit_id)
        if act is not None and act.werkplaats_id != r.werkplaats_id:
            c.add("activiteit_id", v.ANDERE_WERKPLAATS)


def _check_gemeente(s: Session, r: m.Gemeente, c: v.Checker) -> None:
    if r.cbs_code:
        q = (
            select(func.count())
            .select_from(orm.Gemeente)
            .where(orm.Gemeente.cbs_code == r.cbs_code)
        )
        if r.id is not None:
            q = q.where(orm.Gemeente.id != r.id)
        if s.scalar(q):
            c.add("cbs_code", v.AL_IN_GEBRUIK, wat="gemeente", waarde=r.cbs_code)


def _check_subsidie(s: Session, r: m.Subsidie, c: v.Checker) -> None:
    q = (
        select(func.count())
        .select_from(orm.Subsidie)
        .where(
            orm.Subsidie.werkplaats_id == r.werkplaats_id,
            orm.Subsidie.jaar == r.jaar,
            func.lower(orm.Subsidie.verstrekker) == func.lower(r.verstrekker or ""),
        )
    )
    if r.id is not None:
        q = q.where(orm.Subsidie.id != r.id)
    if s.scalar(q):
        c.add("jaar", v.SUBSIDIE_DUBBEL, verstrekker=r.verstrekker, jaar=r.jaar)


def _check_agenda(s: Session, r: m.KennisagendaItem, c: v.Checker) -> None:
    if not r.project_ids or r.werkplaats_id is None:
        return
    other = s.scalar(
        select(func.count())
        .select_from(orm.Project)
        .where(orm.Project.id.in_(r.project_ids), orm.Project.werkplaats_id != r.werkplaats_id)
    )
    if other:
        c.add("project_ids", v.ANDERE_WERKPLAATS)


THEMA = EntityDef(
    key="thema",
    singular="thema",
    plural="thema's",
    orm=orm.Thema,
    model=m.Thema,
    check=v.check_thema,
    unique_title=True,
)
GEMEENTE = EntityDef(
    key="gemeente",
    singular="gemeente",
    plural="gemeenten",
    orm=orm.Gemeente,
    model=m.Gemeente,
    check=v.check_gemeente,
    refs={"provincie_code": orm.Provincie},
    extra_check=_check_gemeente,
)
PARTNER = EntityDef(
    key="partner",
    singular="partner",
    plural="partners",
    orm=orm.Partner,
    model=m.Partner,
    check=v.check_partner,
    unique_title=True,
    refs={"type": orm.PartnerTypeRef, "provincie_code": orm.Provincie, "gemeente_id": orm.Gemeente},
)
WERKPLAATS = EntityDef(
    key="werkplaats",
    singular="werkplaats",
    plural="werkplaatsen",
    orm=orm.Werkplaats,
    model=m.Werkplaats,
    check=v.check_werkplaats,
    unique_title=True,
    refs={"penvoerder_id": orm.Partner, "provincie_code": orm.Provincie},
)
PERSOON = EntityDef(
    key="persoon",
    singular="persoon",
    plural="personen",
    orm=orm.Persoon,
    model=m.Persoon,
    check=v.check_persoon,
    refs={"organisatie_id": orm.Partner},
    remember_deleted=True,
    links=(
        LinkList(
            "rollen",
            orm.persoon_werkplaats,
            "persoon_id",
            "werkplaats_id",
            orm.Werkplaats,
            m.PersoonRolInWerkplaats,
        ),
    ),
)
LECTORAAT = EntityDef(
    key="lectoraat",
    singular="lectoraat",
    plural="lectoraten",
    orm=orm.Lectoraat,
    model=m.Lectoraat,
    check=v.check_lectoraat,
    unique_title=True,
    unique_scope="werkplaats_id",
    refs={"werkplaats_id": orm.Werkplaats, "lector_id": orm.Persoon},
)
DEELNAME = EntityDef(
    key="deelname",
    singular="deelname",
    plural="deelnames",
    orm=orm.Deelname,
    model=m.Deelname,
    check=v.check_deelname,
    title="rol",
    refs={
        "werkplaats_id": orm.Werkplaats,
        "partner_id": orm.Partner,
        "contactpersoon_id": orm.Persoon,
    },
)
SUBSIDIE = EntityDef(
    key="subsidie",
    singular="subsidie",
    plural="subsidies",
    orm=orm.Subsidie,
    model=m.Subsidie,
    check=v.check_subsidie,
    title="jaar",
    refs={"werkplaats_id": orm.Werkplaats},
    extra_check=_check_subsidie,
)
KENNISKRING = EntityDef(
    key="kenniskring",
    singular="kenniskring",
    plural="kenniskringen",
    orm=orm.Kenniskring,
    model=m.Kenniskring,
    check=v.check_kenniskring,
    unique_title=True,
    unique_scope="werkplaats_id",
    refs={"werkplaats_id": orm.Werkplaats, "trekker_id": orm.Persoon},
    links=(_themes(orm.kenniskring_thema, "kenniskring_id"),),
)
PROJECT = EntityDef(
    key="project",
    singular="project",
    plural="projecten",
    orm=orm.Project,
    model=m.Project,
    check=v.check_project,
    refs={
        "werkplaats_id": orm.Werkplaats,
        "kenniskring_id": orm.Kenniskring,
        "leider_onderwijs_id": orm.Persoon,
        "leider_praktijk_id": orm.Persoon,
    },
    same_werkplaats=("kenniskring_id",),
    links=(
        _themes(orm.project_thema, "project_id"),
        LinkList(
            "partners",
            orm.project_partner,
            "project_id",
            "partner_id",
            orm.Partner,
            m.ProjectPartner,
        ),
        LinkList(
            "pilot_gemeente_ids", orm.project_gemeente, "project_id", "gemeente_id", orm.Gemeente
        ),
    ),
)
BIJDRAGE = EntityDef(
    key="bijdrage",
    singular="bijdrage",
    plural="bijdragen",
    orm=orm.Bijdrage,
    model=m.Bijdrage,
    check=v.check_bijdrage,
    title="jaar",
    refs={"werkplaats_id": orm.Werkplaats, "partner_id": orm.Partner, "project_id": orm.Project},
    same_werkplaats=("project_id",),
)
ACTIVITEIT = EntityDef(
    key="activiteit",
    singular="activiteit",
    plural="activiteiten",
    orm=orm.Activiteit,
    model=m.Activiteit,
    check=v.check_activiteit,
    title="titel",
    refs={
        "werkplaats_id": orm.Werkplaats,
        "project_id": orm.Project,
        "kenniskring_id": orm.Kenniskring,
        "gemeente_id": orm.Gemeente,
    },
    same_werkplaats=("project_id", "kenniskring_id"),
    links=(_themes(orm.activiteit_thema, "activiteit_id"),),
    extra_check=_check_activiteit,
)
PRODUCT = EntityDef(
    key="product",
    singular="product",
    plural="producten",
    orm=orm.Product,
    model=m.Product,
    check=v.check_product,
    title="titel",
    refs={
        "werkplaats_id": orm.Werkplaats,
        "type": orm.ProductType,
        "project_id": orm.Project,
        "activiteit_id": orm.Activiteit,
        "kenniskring_id": orm.Kenniskring,
    },
    same_werkplaats=("project_id", "kenniskring_id"),
    links=(_themes(orm.product_thema, "product_id"),),
    extra_check=_check_product,
)
KENNISAGENDA = EntityDef(
    key="kennisagenda",
    singular="kennisagenda-item",
    plural="kennisagenda-items",
    orm=orm.KennisagendaItem,
    model=m.KennisagendaItem,
    check=v.check_kennisagenda_item,
    title="vraagstuk",
    refs={"werkplaats_id": orm.Werkplaats},
    links=(
        _themes(orm.kennisagenda_thema, "kennisagenda_item_id"),
        LinkList(
            "project_ids",
            orm.kennisagenda_project,
            "kennisagenda_item_id",
            "project_id",
            orm.Project,
        ),
    ),
    extra_check=_check_agenda,
)
THEMASAMENWERKING = EntityDef(
    key="themasamenwerking",
    singular="themasamenwerking",
    plural="themasamenwerkingen",
    orm=orm.Themasamenwerking,
    model=m.Themasamenwerking,
    check=v.check_themasamenwerking,
    unique_title=True,
    refs={"thema_id": orm.Thema},
    links=(
        LinkList(
            "werkplaats_ids",
            orm.themasamenwerking_werkplaats,
            "themasamenwerking_id",
            "werkplaats_id",
            orm.Werkplaats,
        ),
    ),
)

ALL: tuple[EntityDef, ...] = (  # type: ignore[type-arg]
    WERKPLAATS,
    LECTORAAT,
    KENNISKRING,
    PROJECT,
    ACTIVITEIT,
    PRODUCT,
    PARTNER,
    DEELNAME,
    BIJDRAGE,
    SUBSIDIE,
    PERSOON,
    KENNISAGENDA,
    THEMASAMENWERKING,
    THEMA,
    GEMEENTE,
)
BY_KEY = {d.key: d for d in ALL}
BY_TABLE = {d.orm.__tablename__: d for d in ALL}  # type: ignore[attr-defined]
