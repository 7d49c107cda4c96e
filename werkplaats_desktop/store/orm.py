"""The SQLite schema as SQLAlchemy 2 typed ORM classes.

This module is the source for Alembic's autogenerate; the database itself is only ever created
and changed by the revisions in ``db/versions`` (a test checks that both agree).

Conventions: every record table has an integer ``id`` (fast joins), a unique ``uuid`` (stable
identity in exports), ``created_at``/``updated_at`` in UTC and a ``version`` (revision 0005).
Amounts are :class:`Cents`.
Every foreign key column is indexed. Link tables are plain tables with a composite key.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    JaarStatus,
    O,
    Overeenkomst,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
    WerkplaatsType,
)
from werkplaats_desktop.store.types import UUID_TYPE, Cents, code_enum, new_uuid, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-20)
    uuid: Mapped[str] = mapped_column(UUID_TYPE, unique=True, default=new_uuid, sort_order=-19)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, sort_order=100)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, sort_order=101
    )
    #: raised by one on every save through the ORM; a save whose version is not the stored
    #: one is refused (optimistic concurrency: several people on one server database)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", sort_order=102)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _fk(target: str, ondelete: str, nullable: bool = True) -> Mapped:  # type: ignore[type-arg]
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


# --- key/value facts about the file ---------------------------------------------------------


class Meta(Base):
    """Facts about this database file, e.g. ``voorbeelddata`` = ``ja`` for the demo."""

    __tablename__ = "meta"
    sleutel: Mapped[str] = mapped_column(String(60), primary_key=True)
    waarde: Mapped[str] = mapped_column(Text)


class VergetenRecord(Base):
    """UUIDs of records deleted as personal data ("vergeten"): an import never brings them
    back. Holds no personal data itself, only the UUID and the kind of record."""

    __tablename__ = "vergeten_record"
    uuid: Mapped[str] = mapped_column(UUID_TYPE, primary_key=True)
    tabel: Mapped[str] = mapped_column(String(60))
    vergeten_op: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ImportLog(Base):
    """One imported export (exchange): where it came from and when it was made, so that a
    later import can warn when it is older than one already read."""

    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    geimporteerd_op: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    bestand: Mapped[str] = mapped_column(String(1000), default="")
    soort: Mapped[str] = mapped_column(String(20))  # "volledig" or "landelijk"
    formaatversie: Mapped[int] = mapped_column(Integer)
    programmaversie: Mapped[str] = mapped_column(String(40), default="")
    bron_werkplaats_uuid: Mapped[str | None] = mapped_column(UUID_TYPE, index=True)
    bron_werkplaats_naam: Mapped[str] = mapped_column(String(300), default="")
    exportdatum: Mapped[datetime | None] = mapped_column(DateTime)
    samenvatting: Mapped[str] = mapped_column(Text, default="")


# --- reference data (seeded by the first migration) -----------------------------------------


class Provincie(Base):
    __tablename__ = "provincie"
    code: Mapped[str] = mapped_column(String(4), primary_key=True)  # CBS: PV20 .. PV31
    naam: Mapped[str] = mapped_column(String(60), unique=True)


class OSoort(Base):
    """De vier O's."""

    __tablename__ = "o_soort"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    naam: Mapped[str] = mapped_column(String(60))
    volgorde: Mapped[int] = mapped_column(Integer)


class ActiviteitSubtype(Base):
    __tablename__ = "activiteit_subtype"
    __table_args__ = (UniqueConstraint("o", "code"),)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    o: Mapped[str] = mapped_column(ForeignKey("o_soort.code"), index=True)
    naam: Mapped[str] = mapped_column(String(120))
    volgorde: Mapped[int] = mapped_column(Integer)


class PartnerTypeRef(Base):
    __tablename__ = "partner_type"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    naam: Mapped[str] = mapped_column(String(120))
    volgorde: Mapped[int] = mapped_column(Integer)


class ProductType(Base):
    __tablename__ = "product_type"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    naam: Mapped[str] = mapped_column(String(120))
    volgorde: Mapped[int] = mapped_column(Integer)


class Thema(RecordMixin, Base):
    __tablename__ = "thema"
    __table_args__ = (CheckConstraint("bron IN ('movisie', 'verbreding', 'eigen')", name="bron"),)
    naam: Mapped[str] = mapped_column(String(300), unique=True)
    bron: Mapped[str] = mapped_column(String(20), default="eigen")
    nummer: Mapped[int | None] = mapped_column(Integer)
    actief: Mapped[bool] = mapped_column(Boolean, default=True)


class Gemeente(RecordMixin, Base):
    __tablename__ = "gemeente"
    naam: Mapped[str] = mapped_column(String(300), index=True)
    cbs_code: Mapped[str | None] = mapped_column(String(6), unique=True)  # GM0363
    provincie_code: Mapped[str | None] = _fk("provincie.code", "RESTRICT")
    netwerk: Mapped[Gemeentenetwerk | None] = mapped_column(code_enum(Gemeentenetwerk, "netwerk"))


class LandelijkeWerkplaats(Base):
    """The national code list of werkplaatsen (reference data, revision 0004): the 14
    Wmo-werkplaatsen of "Uit de steigers" with a stable code each. Sources per row in
    docs/reference-data.md."""

    __tablename__ = "landelijke_werkplaats"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    naam: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[WerkplaatsType] = mapped_column(code_enum(WerkplaatsType, "type"))
    provincie_code: Mapped[str | None] = _fk("provincie.code", "RESTRICT")
    #: the hogeschool that is penvoerder (a name: the partner itself lives in each file)
    penvoerder: Mapped[str] = mapped_column(String(300), default="")
    startjaar: Mapped[int | None] = mapped_column(Integer)
    #: the successor's own name, where a source gives it (none of the seeds does)
    opvolger_naam: Mapped[str | None] = mapped_column(String(300))
    bron: Mapped[str] = mapped_column(Text, default="")
    volgorde: Mapped[int] = mapped_column(Integer)


class LandelijkeWerkplaatsNaam(Base):
    """Other names under which the sources mention a werkplaats of the code list; an
    export's werkplaats with such a name (``domain.text.fold``) is that werkplaats."""

    __tablename__ = "landelijke_werkplaats_naam"
    naam: Mapped[str] = mapped_column(String(300), primary_key=True)
    code: Mapped[str] = mapped_column(
        ForeignKey("landelijke_werkplaats.code", ondelete="CASCADE"), index=True)
    bron: Mapped[str] = mapped_column(Text, default="")


# --- organisations and people -----------------------------------------------------------------


class Partner(RecordMixin, Base):
    __tablename__ = "partner"
    naam: Mapped[str] = mapped_column(String(300), index=True)
    type: Mapped[str] = mapped_column(ForeignKey("partner_type.code"), index=True)
    provincie_code: Mapped[str | None] = _fk("provincie.code", "RESTRICT")
    gemeente_id: Mapped[int | None] = _fk("gemeente.id", "RESTRICT")
    website: Mapped[str] = mapped_column(String(300), default="")
    omschrijving: Mapped[str] = mapped_column(Text, default="")


class PartnerAlias(Base):
    """A partner exported by another werkplaats that is the same organisation as a local
    partner (national overview). Its UUID points at the local partner, so that a re-import
    finds the merged partner again instead of adding a duplicate."""

    __tablename__ = "partner_alias"
    uuid: Mapped[str] = mapped_column(UUID_TYPE, primary_key=True)
    partner_id: Mapped[int] = _fk("partner.id", "CASCADE", nullable=False)
    #: the name the organisation had in the export, and the werkplaats that exported it
    naam: Mapped[str] = mapped_column(String(300), default="")
    bron: Mapped[str] = mapped_column(String(300), default="")
    samengevoegd_op: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Werkplaats(RecordMixin, Base):
    __tablename__ = "werkplaats"
    naam: Mapped[str] = mapped_column(String(300), unique=True)
    #: national code (``landelijke_werkplaats``) or a generated one (``WP-...``): the identity
    #: by which exports of independently made files recognise the werkplaats
    code: Mapped[str] = mapped_column(String(20), unique=True, index=True, server_default="")
    type: Mapped[WerkplaatsType] = mapped_column(code_enum(WerkplaatsType, "type"))
    penvoerder_id: Mapped[int | None] = _fk("partner.id", "SET NULL")
    provincie_code: Mapped[str | None] = _fk("provincie.code", "RESTRICT")
    regio: Mapped[str] = mapped_column(String(300), default="")
    startjaar: Mapped[int | None] = mapped_column(Integer)
    eindjaar: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str] = mapped_column(String(300), default="")
    beschrijving: Mapped[str] = mapped_column(Text, default="")


class Jaarstatus(Base):
    """How far a werkplaats's figures of one year are (no row: concept). Ingediend and
    definitief close the year: its records are read-only (``services/rules.GeslotenJaar``)."""

    __tablename__ = "jaarstatus"
    __table_args__ = (UniqueConstraint("werkplaats_id", "jaar"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    jaar: Mapped[int] = mapped_column(Integer)
    status: Mapped[JaarStatus] = mapped_column(code_enum(JaarStatus, "status"))
    gewijzigd_op: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class JaarstatusLog(Base):
    """Every change of a year's status: closed or reopened here (with the reason given), or
    taken over from an imported export (``bron`` names the file)."""

    __tablename__ = "jaarstatus_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    jaar: Mapped[int] = mapped_column(Integer)
    van: Mapped[JaarStatus] = mapped_column(code_enum(JaarStatus, "van"))
    naar: Mapped[JaarStatus] = mapped_column(code_enum(JaarStatus, "naar"))
    op: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reden: Mapped[str] = mapped_column(Text, default="")
    bron: Mapped[str] = mapped_column(String(1000), default="")


class Aanlevering(Base):
    """The newest export of a werkplaats read into this file (national overview): when it was
    made and from which file, so that an older one is noticed and the completeness page can
    say who delivered what."""

    __tablename__ = "aanlevering"
    werkplaats_id: Mapped[int] = mapped_column(
        ForeignKey("werkplaats.id", ondelete="CASCADE"), primary_key=True)
    exportdatum: Mapped[datetime | None] = mapped_column(DateTime)
    bestand: Mapped[str] = mapped_column(String(1000), default="")
    soort: Mapped[str] = mapped_column(String(20))  # "volledig" or "landelijk"
    formaatversie: Mapped[int] = mapped_column(Integer)
    #: the export was the werkplaats's own file (its eigen werkplaats), not a copy passed on
    eigen_bestand: Mapped[bool] = mapped_column(Boolean, default=False)
    geimporteerd_op: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Persoon(RecordMixin, Base):
    __tablename__ = "persoon"
    naam: Mapped[str] = mapped_column(String(300), index=True)
    functie: Mapped[str] = mapped_column(String(300), default="")
    organisatie_id: Mapped[int | None] = _fk("partner.id", "SET NULL")
    email: Mapped[str] = mapped_column(String(300), default="")
    telefoon: Mapped[str] = mapped_column(String(300), default="")
    notitie: Mapped[str] = mapped_column(Text, default="")


class Lectoraat(RecordMixin, Base):
    __tablename__ = "lectoraat"
    __table_args__ = (UniqueConstraint("werkplaats_id", "naam"),)
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    naam: Mapped[str] = mapped_column(String(300))
    lector_id: Mapped[int | None] = _fk("persoon.id", "SET NULL")


class Deelname(RecordMixin, Base):
    __tablename__ = "deelname"
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    partner_id: Mapped[int] = _fk("partner.id", "CASCADE", nullable=False)
    rol: Mapped[DeelnameRol] = mapped_column(code_enum(DeelnameRol, "rol"))
    overeenkomst: Mapped[Overeenkomst] = mapped_column(code_enum(Overeenkomst, "overeenkomst"))
    startjaar: Mapped[int | None] = mapped_column(Integer)
    eindjaar: Mapped[int | None] = mapped_column(Integer)
    contactpersoon_id: Mapped[int | None] = _fk("persoon.id", "SET NULL")
    toelichting: Mapped[str] = mapped_column(Text, default="")


class Subsidie(RecordMixin, Base):
    __tablename__ = "subsidie"
    __table_args__ = (
        UniqueConstraint("werkplaats_id", "jaar", "verstrekker"),
        CheckConstraint("bedrag >= 0", name="bedrag_niet_negatief"),
    )
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    jaar: Mapped[int] = mapped_column(Integer, index=True)
    bedrag: Mapped[Decimal] = mapped_column(Cents)
    verstrekker: Mapped[str] = mapped_column(String(120), default="VWS")
    toelichting: Mapped[str] = mapped_column(Text, default="")


# --- the work -----------------------------------------------------------------------------------


class Kenniskring(RecordMixin, Base):
    __tablename__ = "kenniskring"
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    naam: Mapped[str] = mapped_column(String(300))
    omschrijving: Mapped[str] = mapped_column(Text, default="")
    startjaar: Mapped[int | None] = mapped_column(Integer)
    eindjaar: Mapped[int | None] = mapped_column(Integer)
    trekker_id: Mapped[int | None] = _fk("persoon.id", "SET NULL")


class Project(RecordMixin, Base):
    __tablename__ = "project"
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    naam: Mapped[str] = mapped_column(String(300), index=True)
    kenniskring_id: Mapped[int | None] = _fk("kenniskring.id", "SET NULL")
    omschrijving: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProjectStatus] = mapped_column(code_enum(ProjectStatus, "status"))
    startdatum: Mapped[date | None] = mapped_column(Date)
    einddatum: Mapped[date | None] = mapped_column(Date)
    leider_onderwijs_id: Mapped[int | None] = _fk("persoon.id", "SET NULL")
    leider_praktijk_id: Mapped[int | None] = _fk("persoon.id", "SET NULL")


class Bijdrage(RecordMixin, Base):
    __tablename__ = "bijdrage"
    __table_args__ = (
        CheckConstraint("hoeveelheid >= 0", name="hoeveelheid_niet_negatief"),
        Index("ix_bijdrage_werkplaats_jaar", "werkplaats_id", "jaar"),
    )
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    partner_id: Mapped[int] = _fk("partner.id", "CASCADE", nullable=False)
    project_id: Mapped[int | None] = _fk("project.id", "SET NULL")
    jaar: Mapped[int] = mapped_column(Integer)
    soort: Mapped[BijdrageSoort] = mapped_column(code_enum(BijdrageSoort, "soort"))
    hoeveelheid: Mapped[Decimal] = mapped_column(Cents)
    toelichting: Mapped[str] = mapped_column(Text, default="")


class Activiteit(RecordMixin, Base):
    __tablename__ = "activiteit"
    __table_args__ = (
        # the subtype must be one of the activity's own O
        ForeignKeyConstraint(
            ["o", "subtype"], ["activiteit_subtype.o", "activiteit_subtype.code"]
        ),
        CheckConstraint(
            "bereik >= 0 AND uren >= 0 AND aantal_onderzoekers >= 0 AND "
            "aantal_professionals >= 0 AND aantal_studenten >= 0 AND aantal_vrijwilligers >= 0",
            name="niet_negatief",
        ),
        Index("ix_activiteit_werkplaats_jaar", "werkplaats_id", "jaar"),
        Index("ix_activiteit_jaar_o", "jaar", "o"),
        # the lists' default order (jaar DESC, id DESC) straight from the index
        Index("ix_activiteit_jaar", "jaar"),
        Index("ix_activiteit_subtype", "o", "subtype"),
    )
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    titel: Mapped[str] = mapped_column(String(300))
    o: Mapped[O] = mapped_column(code_enum(O, "o", check=False), ForeignKey("o_soort.code"))
    subtype: Mapped[str | None] = mapped_column(String(40))
    jaar: Mapped[int] = mapped_column(Integer)
    datum: Mapped[date | None] = mapped_column(Date)
    einddatum: Mapped[date | None] = mapped_column(Date)
    project_id: Mapped[int | None] = _fk("project.id", "SET NULL")
    kenniskring_id: Mapped[int | None] = _fk("kenniskring.id", "SET NULL")
    gemeente_id: Mapped[int | None] = _fk("gemeente.id", "RESTRICT")
    bereik: Mapped[int | None] = mapped_column(Integer)
    uren: Mapped[Decimal | None] = mapped_column(Cents)
    aantal_onderzoekers: Mapped[int] = mapped_column(Integer, default=0)
    aantal_professionals: Mapped[int] = mapped_column(Integer, default=0)
    aantal_studenten: Mapped[int] = mapped_column(Integer, default=0)
    aantal_vrijwilligers: Mapped[int] = mapped_column(Integer, default=0)
    omschrijving: Mapped[str] = mapped_column(Text, default="")


class Product(RecordMixin, Base):
    __tablename__ = "product"
    __table_args__ = (Index("ix_product_werkplaats_jaar", "werkplaats_id", "jaar"),)
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    titel: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(ForeignKey("product_type.code"), index=True)
    jaar: Mapped[int] = mapped_column(Integer, index=True)
    link: Mapped[str] = mapped_column(String(1000), default="")
    open_access: Mapped[bool] = mapped_column(Boolean, default=True)
    project_id: Mapped[int | None] = _fk("project.id", "SET NULL")
    activiteit_id: Mapped[int | None] = _fk("activiteit.id", "SET NULL")
    kenniskring_id: Mapped[int | None] = _fk("kenniskring.id", "SET NULL")
    omschrijving: Mapped[str] = mapped_column(Text, default="")


class KennisagendaItem(RecordMixin, Base):
    __tablename__ = "kennisagenda_item"
    werkplaats_id: Mapped[int] = _fk("werkplaats.id", "CASCADE", nullable=False)
    vraagstuk: Mapped[str] = mapped_column(Text)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    startjaar: Mapped[int | None] = mapped_column(Integer)
    eindjaar: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[AgendaStatus] = mapped_column(code_enum(AgendaStatus, "status"))


class Themasamenwerking(RecordMixin, Base):
    __tablename__ = "themasamenwerking"
    naam: Mapped[str] = mapped_column(String(300), unique=True)
    thema_id: Mapped[int | None] = _fk("thema.id", "SET NULL")
    omschrijving: Mapped[str] = mapped_column(Text, default="")
    startjaar: Mapped[int | None] = mapped_column(Integer)
    eindjaar: Mapped[int | None] = mapped_column(Integer)


# --- link tables --------------------------------------------------------------------------------


def _link(name: str, left: str, right: str, *extra: Column,  # type: ignore[type-arg]
          covering: bool = False) -> Table:
    """A many-to-many table; both sides cascade, and the right side is indexed for lookups.
    ``covering``: the index holds (right, left), so that "the records of these themes" is read
    from the index alone (large tables: activities, products)."""
    left_table, right_table = left.split(".")[0], right.split(".")[0]
    left_col = f"{left_table}_id"
    right_col = f"{right_table}_id" if right_table != left_table else f"ander_{right_table}_id"
    index = (Index(f"ix_{name}_{right_col}_{left_col}", right_col, left_col),) if covering else ()
    return Table(
        name,
        Base.metadata,
        Column(left_col, ForeignKey(f"{left_table}.id", ondelete="CASCADE"), primary_key=True),
        Column(
            right_col,
            ForeignKey(f"{right_table}.id", ondelete="CASCADE"),
            primary_key=True,
            index=not covering,
        ),
        *extra,
        *index,
    )


persoon_werkplaats = Table(
    "persoon_werkplaats",
    Base.metadata,
    Column("persoon_id", ForeignKey("persoon.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "werkplaats_id", ForeignKey("werkplaats.id", ondelete="CASCADE"), primary_key=True,
        index=True,
    ),
    Column("rol", code_enum(PersoonRol, "rol"), primary_key=True),
)
kenniskring_thema = _link("kenniskring_thema", "kenniskring", "thema")
project_thema = _link("project_thema", "project", "thema")
project_partner = _link(
    "project_partner", "project", "partner",
    Column("rol", code_enum(ProjectPartnerRol, "rol"), nullable=False),
)
project_gemeente = _link("project_gemeente", "project", "gemeente")
activiteit_thema = _link("activiteit_thema", "activiteit", "thema", covering=True)
product_thema = _link("product_thema", "product", "thema", covering=True)
kennisagenda_thema = _link("kennisagenda_thema", "kennisagenda_item", "thema")
kennisagenda_project = _link("kennisagenda_project", "kennisagenda_item", "project")
themasamenwerking_werkplaats = _link(
    "themasamenwerking_werkplaats", "themasamenwerking", "werkplaats"
)
