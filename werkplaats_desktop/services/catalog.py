"""The registry of the kinds of record: one :class:`~.records.EntityDef` each, in one place.

What a kind *is*, for every part of the core: its table and dataclass, its Dutch names, the
field that names a record, its rules (``domain/validation`` for the record alone,
``services/rules`` between records: the form and the import apply the same ones), the
references that must exist, its link lists, its list (columns and filters) and its file in a
full export. How a kind is *shown* (form layout, menu entry, bulk edits) is the GUI's, in
``ui/kinds.py``, under the same key; ``tests/test_kinds_registry.py`` fails when either misses a
kind of :data:`ALL`.
"""

from __future__ import annotations

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services import rules
from werkplaats_desktop.services.identity import give_code
from werkplaats_desktop.services.lists import declarations as lists
from werkplaats_desktop.services.records import EntityDef, LinkList
from werkplaats_desktop.store import orm


def _themes(table, own: str) -> LinkList:  # type: ignore[no-untyped-def]
    return LinkList("thema_ids", table, own, "thema_id", orm.Thema)


def _unique_cbs_code() -> rules.Unique:
    return rules.Unique(
        ("cbs_code",),
        "cbs_code",
        v.CBS_CODE_IN_GEBRUIK,
        lambda values: {"waarde": values.get("cbs_code")},
    )


def _unique_code() -> rules.Unique:
    """Each werkplaats has its own code (national or generated: ``services/identity.py``)."""
    return rules.Unique(("code",), "code", v.CODE_IN_GEBRUIK,
                        lambda values: {"waarde": values.get("code")})


#: a closed year is read-only (``rules.GeslotenJaar``): on the kinds with a year, and on the
#: kinds whose delete would change such records
GESLOTEN = rules.GeslotenJaar()
#: in a file with an eigen werkplaats, the records of a werkplaats are its own
EIGEN = rules.EigenWerkplaats()


def _unique_subsidie() -> rules.Unique:
    """One subsidy per provider, werkplaats and year."""
    return rules.Unique(
        ("werkplaats_id", "jaar", "verstrekker"),
        "jaar",
        v.SUBSIDIE_DUBBEL,
        lambda values: {
            "verstrekker": values.get("verstrekker"),
            "jaar": values.get("jaar"),
            "waarde": values.get("jaar"),
        },
        scoped=True,
    )


THEMA = EntityDef(
    key="thema",
    singular="thema",
    plural=QT_TRANSLATE_NOOP("Tabel", "thema's"),
    listing=lists.THEMA,
    exchange_file="themas.csv",
    rules=(rules.unique_name("naam", "thema"), GESLOTEN),
    orm=orm.Thema,
    model=m.Thema,
    check=v.check_thema,
)
GEMEENTE = EntityDef(
    key="gemeente",
    singular="gemeente",
    plural=QT_TRANSLATE_NOOP("Tabel", "gemeenten"),
    listing=lists.GEMEENTE,
    exchange_file="gemeenten.csv",
    rules=(_unique_cbs_code(),),
    orm=orm.Gemeente,
    model=m.Gemeente,
    check=v.check_gemeente,
    refs={"provincie_code": orm.Provincie},
)
PARTNER = EntityDef(
    key="partner",
    singular="partner",
    plural=QT_TRANSLATE_NOOP("Tabel", "partners"),
    listing=lists.PARTNER,
    exchange_file="partners.csv",
    rules=(rules.ProvincieVanGemeente(), rules.unique_name("naam", "partner"), GESLOTEN),
    orm=orm.Partner,
    model=m.Partner,
    check=v.check_partner,
    refs={"type": orm.PartnerTypeRef, "provincie_code": orm.Provincie, "gemeente_id": orm.Gemeente},
)
WERKPLAATS = EntityDef(
    key="werkplaats",
    singular="werkplaats",
    plural=QT_TRANSLATE_NOOP("Tabel", "werkplaatsen"),
    listing=lists.WERKPLAATS,
    exchange_file="werkplaatsen.csv",
    rules=(rules.unique_name("naam", "werkplaats"), _unique_code(), GESLOTEN),
    orm=orm.Werkplaats,
    model=m.Werkplaats,
    check=v.check_werkplaats,
    refs={"penvoerder_id": orm.Partner, "provincie_code": orm.Provincie},
    prepare=give_code,
)
PERSOON = EntityDef(
    key="persoon",
    singular="persoon",
    plural=QT_TRANSLATE_NOOP("Tabel", "personen"),
    listing=lists.PERSOON,
    exchange_file="personen.csv",
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
    plural=QT_TRANSLATE_NOOP("Tabel", "lectoraten"),
    listing=lists.LECTORAAT,
    exchange_file="lectoraten.csv",
    rules=(rules.unique_name("naam", "lectoraat", scope="werkplaats_id"), EIGEN),
    orm=orm.Lectoraat,
    model=m.Lectoraat,
    check=v.check_lectoraat,
    refs={"werkplaats_id": orm.Werkplaats, "lector_id": orm.Persoon},
)
DEELNAME = EntityDef(
    key="deelname",
    singular="deelname",
    plural=QT_TRANSLATE_NOOP("Tabel", "deelnames van partners"),
    listing=lists.DEELNAME,
    exchange_file="deelnames.csv",
    rules=(EIGEN,),
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
    plural=QT_TRANSLATE_NOOP("Tabel", "subsidies"),
    listing=lists.SUBSIDIE,
    exchange_file="subsidies.csv",
    rules=(_unique_subsidie(), GESLOTEN, EIGEN),
    orm=orm.Subsidie,
    model=m.Subsidie,
    check=v.check_subsidie,
    title="jaar",
    refs={"werkplaats_id": orm.Werkplaats},
)
KENNISKRING = EntityDef(
    key="kenniskring",
    singular="kenniskring",
    plural=QT_TRANSLATE_NOOP("Tabel", "kenniskringen"),
    listing=lists.KENNISKRING,
    exchange_file="kenniskringen.csv",
    rules=(rules.unique_name("naam", "kenniskring", scope="werkplaats_id"), GESLOTEN, EIGEN),
    orm=orm.Kenniskring,
    model=m.Kenniskring,
    check=v.check_kenniskring,
    refs={"werkplaats_id": orm.Werkplaats, "trekker_id": orm.Persoon},
    links=(_themes(orm.kenniskring_thema, "kenniskring_id"),),
)
PROJECT = EntityDef(
    key="project",
    singular="project",
    plural=QT_TRANSLATE_NOOP("Tabel", "projecten"),
    listing=lists.PROJECT,
    exchange_file="projecten.csv",
    rules=(rules.SameWerkplaats("kenniskring_id", "kenniskring"), GESLOTEN, EIGEN),
    orm=orm.Project,
    model=m.Project,
    check=v.check_project,
    refs={
        "werkplaats_id": orm.Werkplaats,
        "kenniskring_id": orm.Kenniskring,
        "leider_onderwijs_id": orm.Persoon,
        "leider_praktijk_id": orm.Persoon,
    },
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
    plural=QT_TRANSLATE_NOOP("Tabel", "bijdragen"),
    listing=lists.BIJDRAGE,
    exchange_file="bijdragen.csv",
    rules=(rules.SameWerkplaats("project_id", "project"), GESLOTEN, EIGEN),
    orm=orm.Bijdrage,
    model=m.Bijdrage,
    check=v.check_bijdrage,
    title="jaar",
    refs={"werkplaats_id": orm.Werkplaats, "partner_id": orm.Partner, "project_id": orm.Project},
)
ACTIVITEIT = EntityDef(
    key="activiteit",
    singular="activiteit",
    plural=QT_TRANSLATE_NOOP("Tabel", "activiteiten"),
    listing=lists.ACTIVITEIT,
    exchange_file="activiteiten.csv",
    rules=(
        rules.SameWerkplaats("project_id", "project"),
        rules.SameWerkplaats("kenniskring_id", "kenniskring"),
        rules.SubtypeOfO(),
        GESLOTEN,
        EIGEN,
    ),
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
    links=(_themes(orm.activiteit_thema, "activiteit_id"),),
)
PRODUCT = EntityDef(
    key="product",
    singular="product",
    plural=QT_TRANSLATE_NOOP("Tabel", "producten"),
    listing=lists.PRODUCT,
    exchange_file="producten.csv",
    rules=(
        rules.SameWerkplaats("project_id", "project"),
        rules.SameWerkplaats("kenniskring_id", "kenniskring"),
        rules.SameWerkplaats("activiteit_id", "activiteit"),
        GESLOTEN,
        EIGEN,
    ),
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
    links=(_themes(orm.product_thema, "product_id"),),
)
KENNISAGENDA = EntityDef(
    key="kennisagenda",
    singular="kennisagenda-item",
    plural=QT_TRANSLATE_NOOP("Tabel", "kennisagenda-items"),
    listing=lists.KENNISAGENDA,
    exchange_file="kennisagenda.csv",
    rules=(rules.SameWerkplaats("project_ids", "project"), EIGEN),
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
)
THEMASAMENWERKING = EntityDef(
    key="themasamenwerking",
    singular="themasamenwerking",
    plural=QT_TRANSLATE_NOOP("Tabel", "themasamenwerkingen"),
    listing=lists.THEMASAMENWERKING,
    exchange_file="themasamenwerkingen.csv",
    rules=(rules.unique_name("naam", "themasamenwerking"),),
    orm=orm.Themasamenwerking,
    model=m.Themasamenwerking,
    check=v.check_themasamenwerking,
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
BY_TABLE = {d.table: d for d in ALL}

#: Dutch names of what lives in the link tables, for the question before a delete (the kinds'
#: own tables are called by their plural)
LINK_LABELS: dict[str, str] = {
    "persoon_werkplaats": QT_TRANSLATE_NOOP("Tabel", "rollen van personen"),
    "kenniskring_thema": QT_TRANSLATE_NOOP("Tabel", "themakoppelingen"),
    "project_thema": QT_TRANSLATE_NOOP("Tabel", "themakoppelingen"),
    "activiteit_thema": QT_TRANSLATE_NOOP("Tabel", "themakoppelingen"),
    "product_thema": QT_TRANSLATE_NOOP("Tabel", "themakoppelingen"),
    "kennisagenda_thema": QT_TRANSLATE_NOOP("Tabel", "themakoppelingen"),
    "project_partner": QT_TRANSLATE_NOOP("Tabel", "partners bij projecten"),
    "project_gemeente": QT_TRANSLATE_NOOP("Tabel", "pilotgemeenten bij projecten"),
    "kennisagenda_project": QT_TRANSLATE_NOOP("Tabel", "projecten bij kennisagenda-items"),
    "themasamenwerking_werkplaats": QT_TRANSLATE_NOOP("Tabel", "deelnames aan themasamenwerkingen"),
}


def table_label(table: str) -> str:
    """What the rows of ``table`` are called (Dutch, context "Tabel"): "projecten"."""
    kind = BY_TABLE.get(table)
    return kind.plural if kind is not None else LINK_LABELS.get(table, table)
