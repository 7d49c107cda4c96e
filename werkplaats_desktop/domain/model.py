"""The records a werkplaats keeps, as plain dataclasses (no Qt, no SQLAlchemy).

Services take and return these. ``id`` is the local row number (fast, used by the GUI);
``uuid`` is the stable identity that travels in exports and survives a re-import.
References to other records are by local ``id``; a reference list such as ``thema_ids``
is stored in a link table by the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    O,
    Overeenkomst,
    PartnerType,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
    WerkplaatsType,
)


@dataclass(kw_only=True)
class Record:
    id: int | None = None
    uuid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    #: the stored version this record was read at (a save of an older version is refused)
    version: int | None = None


# --- reference data that users may extend -------------------------------------------------


@dataclass(kw_only=True)
class Thema(Record):
    naam: str = ""
    #: "movisie" (the 19 themes of 2015), "verbreding" (jeugd, werk en inkomen, passend
    #: onderwijs) or "eigen" (added by the user).
    bron: str = "eigen"
    nummer: int | None = None
    actief: bool = True


@dataclass(kw_only=True)
class Gemeente(Record):
    naam: str = ""
    cbs_code: str | None = None
    provincie_code: str | None = None
    #: G4 or G32 membership (2015), for the "Feiten en cijfers"
    netwerk: Gemeentenetwerk | None = None


# --- organisations and people -------------------------------------------------------------


@dataclass(kw_only=True)
class Werkplaats(Record):
    naam: str = ""
    #: the werkplaats's national code (``WSD-UTR``, from the code list of revision 0004) or a
    #: generated one (``WP-...``) for a werkplaats not on that list; empty: given on saving
    code: str = ""
    type: WerkplaatsType = WerkplaatsType.WMO_WERKPLAATS
    penvoerder_id: int | None = None
    provincie_code: str | None = None
    regio: str = ""
    startjaar: int | None = None
    eindjaar: int | None = None
    website: str = ""
    beschrijving: str = ""


@dataclass(kw_only=True)
class Lectoraat(Record):
    werkplaats_id: int | None = None
    naam: str = ""
    lector_id: int | None = None


@dataclass(kw_only=True)
class Partner(Record):
    naam: str = ""
    type: PartnerType = PartnerType.OVERIG
    provincie_code: str | None = None
    gemeente_id: int | None = None
    website: str = ""
    omschrijving: str = ""


@dataclass(kw_only=True)
class PersoonRolInWerkplaats:
    werkplaats_id: int
    rol: PersoonRol = PersoonRol.CONTACTPERSOON


@dataclass(kw_only=True)
class Persoon(Record):
    """A contact person. Name, e-mail and phone are personal data (left out of exports by
    default, deletable everywhere at once)."""

    naam: str = ""
    functie: str = ""
    organisatie_id: int | None = None
    email: str = ""
    telefoon: str = ""
    notitie: str = ""
    rollen: list[PersoonRolInWerkplaats] = field(default_factory=list)


@dataclass(kw_only=True)
class Deelname(Record):
    """A partner's participation in a werkplaats."""

    werkplaats_id: int | None = None
    partner_id: int | None = None
    rol: DeelnameRol = DeelnameRol.PARTNER
    overeenkomst: Overeenkomst = Overeenkomst.GEEN
    startjaar: int | None = None
    eindjaar: int | None = None
    contactpersoon_id: int | None = None
    toelichting: str = ""


@dataclass(kw_only=True)
class Bijdrage(Record):
    """What a partner puts in for one year: money (euro) or hours (in kind)."""

    werkplaats_id: int | None = None
    partner_id: int | None = None
    project_id: int | None = None
    jaar: int | None = None
    soort: BijdrageSoort = BijdrageSoort.GELD
    #: euros when ``soort`` is geld, hours when it is uren; two decimals.
    hoeveelheid: Decimal = Decimal("0")
    toelichting: str = ""


@dataclass(kw_only=True)
class Subsidie(Record):
    werkplaats_id: int | None = None
    jaar: int | None = None
    bedrag: Decimal = Decimal("0")
    verstrekker: str = "VWS"
    toelichting: str = ""


# --- the work -----------------------------------------------------------------------------


@dataclass(kw_only=True)
class Kenniskring(Record):
    werkplaats_id: int | None = None
    naam: str = ""
    omschrijving: str = ""
    startjaar: int | None = None
    eindjaar: int | None = None
    trekker_id: int | None = None
    thema_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class ProjectPartner:
    partner_id: int
    rol: ProjectPartnerRol = ProjectPartnerRol.UITVOERDER


@dataclass(kw_only=True)
class Project(Record):
    werkplaats_id: int | None = None
    naam: str = ""
    kenniskring_id: int | None = None
    omschrijving: str = ""
    status: ProjectStatus = ProjectStatus.LOPEND
    startdatum: date | None = None
    einddatum: date | None = None
    #: the two project leaders: one from education (hogeschool), one from practice
    leider_onderwijs_id: int | None = None
    leider_praktijk_id: int | None = None
    thema_ids: list[int] = field(default_factory=list)
    partners: list[ProjectPartner] = field(default_factory=list)
    pilot_gemeente_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class Activiteit(Record):
    werkplaats_id: int | None = None
    titel: str = ""
    o: O | None = None
    subtype: str | None = None
    #: the year always; the date when known (then it lies in that year)
    jaar: int | None = None
    datum: date | None = None
    einddatum: date | None = None
    project_id: int | None = None
    kenniskring_id: int | None = None
    gemeente_id: int | None = None
    #: number of people reached (participants, readers, visitors)
    bereik: int | None = None
    uren: Decimal | None = None
    aantal_onderzoekers: int = 0
    aantal_professionals: int = 0
    aantal_studenten: int = 0
    aantal_vrijwilligers: int = 0
    omschrijving: str = ""
    thema_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class Product(Record):
    werkplaats_id: int | None = None
    titel: str = ""
    type: str | None = None
    jaar: int | None = None
    link: str = ""
    open_access: bool = True
    project_id: int | None = None
    activiteit_id: int | None = None
    kenniskring_id: int | None = None
    omschrijving: str = ""
    thema_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class KennisagendaItem(Record):
    werkplaats_id: int | None = None
    vraagstuk: str = ""
    toelichting: str = ""
    startjaar: int | None = None
    eindjaar: int | None = None
    status: AgendaStatus = AgendaStatus.OPEN
    thema_ids: list[int] = field(default_factory=list)
    project_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class Themasamenwerking(Record):
    """Werkplaatsen working together nationally on one theme."""

    naam: str = ""
    thema_id: int | None = None
    omschrijving: str = ""
    startjaar: int | None = None
    eindjaar: int | None = None
    werkplaats_ids: list[int] = field(default_factory=list)
