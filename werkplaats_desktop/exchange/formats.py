"""The files of a full export, one per kind of record, with stable column names.

The order of :data:`FILES` is the order of import: everything a file refers to comes earlier.
Changing a column name, kind or meaning is a new format version (see ``manifest.py`` and
docs/uitwisselformaat.md); adding a file or a column is too.
"""

from __future__ import annotations

from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    Overeenkomst,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
    WerkplaatsType,
)
from werkplaats_desktop.exchange.columns import (
    Column,
    FileFormat,
    Kind,
    day,
    decimal,
    enum_code,
    integer,
    own_uuid,
    ref,
    ref_code,
    refs,
    text,
    timestamps,
    yes_no,
)

#: 2: the werkplaats's code (werkplaatsen.csv, the landelijk overzicht), the eigen werkplaats
#: and the year statuses (manifest.json, the landelijk overzicht); see docs/uitwisselformaat.md
FORMAT_VERSION = 2

#: the two kinds of export: one CSV for the landelijk overleg, or everything (a ZIP)
LANDELIJK, VOLLEDIG = "landelijk", "volledig"

_WP = ref("werkplaats", "werkplaats_id", "werkplaats", "De werkplaats waar het record bij hoort.")


def _themes(link: str, own: str) -> tuple[Column, Column]:
    return refs(
        "thema",
        "themas_label",
        link,
        own,
        "thema_id",
        "thema",
        "thema_ids",
        "De thema's (UUID's uit themas.csv).",
    )


def _years() -> tuple[Column, Column]:
    return (
        integer("startjaar", "Eerste jaar (jjjj)."),
        integer("eindjaar", "Laatste jaar (jjjj)."),
    )


THEMAS = FileFormat(
    "themas.csv",
    "thema",
    (
        own_uuid("UUID van het thema. De 22 vaste thema's hebben in elke database dezelfde UUID."),
        text("naam", "Naam van het thema (uniek)."),
        Column(
            "bron",
            Kind.CODE,
            "x.bron",
            field="bron",
            target="thema_bron",
            doc="`movisie` (de 19 thema's van 2015), `verbreding` (jeugd, werk en inkomen, "
            "passend onderwijs) of `eigen` (door een werkplaats toegevoegd).",
        ),
        integer("nummer", "Nummer in de Movisie-lijst (leeg bij andere thema's)."),
        yes_no("actief", "Of het thema nog gekozen kan worden."),
        *timestamps(),
    ),
    doc="Alle thema's, ook de vaste; een eigen thema van een andere werkplaats wordt toegevoegd "
    "(of, bij gelijke naam, aan het bestaande gekoppeld).",
)

GEMEENTEN = FileFormat(
    "gemeenten.csv",
    "gemeente",
    (
        own_uuid(
            "UUID van de gemeente. De 393 gemeenten van 2015 hebben in elke database dezelfde UUID."
        ),
        text("naam", "Naam van de gemeente."),
        Column(
            "cbs_code",
            Kind.CODE,
            "x.cbs_code",
            field="cbs_code",
            target="cbs_code",
            doc="CBS-gemeentecode, vorm `GM0000`.",
        ),
        *ref_code("provincie_code", "provincie", "CBS-code van de provincie (`PV20` t/m `PV31`)."),
        *enum_code("netwerk", Gemeentenetwerk, "Lid van de G4 of de G32 (leeg: geen van beide)."),
        *timestamps(),
    ),
    doc="Alle gemeenten. Bekende gemeenten (zelfde UUID of CBS-code) worden niet gewijzigd.",
)

PARTNERS = FileFormat(
    "partners.csv",
    "partner",
    (
        own_uuid(),
        text("naam", "Naam van de organisatie."),
        *ref_code(
            "type",
            "partner_type",
            "Soort organisatie, zie de lijst in de documentatie.",
            label_name="type_label",
        ),
        *ref_code("provincie_code", "provincie", "CBS-code van de provincie."),
        *ref("gemeente", "gemeente_id", "gemeente", "De gemeente van de organisatie."),
        Column(
            "gemeente_cbs_code",
            Kind.LABEL,
            "j_gemeente.cbs_code",
            joins=("LEFT JOIN gemeente j_gemeente ON j_gemeente.id = x.gemeente_id",),
            doc="CBS-code van die gemeente (niet ingelezen; gebruikt om dezelfde gemeente als "
            "partner te herkennen).",
        ),
        text("website", "Webadres (http:// of https://)."),
        text("omschrijving", "Vrije tekst."),
        *timestamps(),
    ),
    doc="Organisaties: hogescholen, gemeenten, instellingen, kennisinstituten.",
)

WERKPLAATSEN = FileFormat(
    "werkplaatsen.csv",
    "werkplaats",
    (
        own_uuid(),
        text("naam", "Naam van de werkplaats (uniek)."),
        Column(
            "code",
            Kind.CODE,
            "x.code",
            field="code",
            target="werkplaats_code",
            doc="De code van de werkplaats: uit de landelijke codelijst (`WSD-UTR`, zie §9) of "
            "door het programma gemaakt (`WP-` en 8 tekens). Hiermee wordt de werkplaats in "
            "een ander bestand herkend (§6). Sinds formaatversie 2.",
        ),
        *enum_code("type", WerkplaatsType, "Soort werkplaats."),
        *ref("penvoerder", "penvoerder_id", "partner", "De penvoerder (meestal de hogeschool)."),
        *ref_code("provincie_code", "provincie", "CBS-code van de provincie van de werkplaats."),
        text("regio", "De regio in woorden."),
        *_years(),
        text("website", "Webadres."),
        text("beschrijving", "Vrije tekst."),
        *timestamps(),
    ),
    doc="De werkplaatsen in de export. Bij het inlezen vervangt een volledige export alles van "
    "deze werkplaatsen (zie 'Opnieuw inlezen').",
)

PERSONEN = FileFormat(
    "personen.csv",
    "persoon",
    (
        own_uuid(),
        text("naam", "Naam (persoonsgegeven)."),
        text("functie", "Functie."),
        *ref("organisatie", "organisatie_id", "partner", "De organisatie waar de persoon werkt."),
        text("email", "E-mailadres (persoonsgegeven)."),
        text("telefoon", "Telefoonnummer (persoonsgegeven)."),
        text("notitie", "Vrije tekst."),
        *timestamps(),
    ),
    doc="Contactpersonen. Alleen in een export met persoonsgegevens.",
    personal=True,
)

PERSOONROLLEN = FileFormat(
    "persoonrollen.csv",
    "persoon_werkplaats",
    (
        *ref("persoon", "persoon_id", "persoon", "De persoon (uit personen.csv)."),
        *ref("werkplaats", "werkplaats_id", "werkplaats", "De werkplaats."),
        *enum_code("rol", PersoonRol, "De rol van de persoon in die werkplaats."),
    ),
    doc="Welke rol een persoon in een werkplaats heeft. Alleen in een export met persoonsgegevens.",
    personal=True,
    link_of=("persoon", "rollen"),
    order_by="x.persoon_id, x.werkplaats_id, x.rol",
)

LECTORATEN = FileFormat(
    "lectoraten.csv",
    "lectoraat",
    (
        own_uuid(),
        *_WP,
        text("naam", "Naam van het lectoraat (uniek binnen de werkplaats)."),
        *ref(
            "lector",
            "lector_id",
            "persoon",
            "De lector (alleen met persoonsgegevens).",
            personal=True,
        ),
        *timestamps(),
    ),
)

KENNISKRINGEN = FileFormat(
    "kenniskringen.csv",
    "kenniskring",
    (
        own_uuid(),
        *_WP,
        text("naam", "Naam (uniek binnen de werkplaats)."),
        text("omschrijving", "Vrije tekst."),
        *_years(),
        *ref(
            "trekker",
            "trekker_id",
            "persoon",
            "De trekker (alleen met persoonsgegevens).",
            personal=True,
        ),
        *_themes("kenniskring_thema", "kenniskring_id"),
        *timestamps(),
    ),
)

PROJECTEN = FileFormat(
    "projecten.csv",
    "project",
    (
        own_uuid(),
        *_WP,
        text("naam", "Naam van het project."),
        *ref("kenniskring", "kenniskring_id", "kenniskring", "De kenniskring (zelfde werkplaats)."),
        text("omschrijving", "Vrije tekst."),
        *enum_code("status", ProjectStatus, "Stand van het project."),
        day("startdatum", "Begin (jjjj-mm-dd)."),
        day("einddatum", "Einde (jjjj-mm-dd)."),
        *ref(
            "leider_onderwijs",
            "leider_onderwijs_id",
            "persoon",
            "Projectleider vanuit het onderwijs (alleen met persoonsgegevens).",
            personal=True,
        ),
        *ref(
            "leider_praktijk",
            "leider_praktijk_id",
            "persoon",
            "Projectleider vanuit de praktijk (alleen met persoonsgegevens).",
            personal=True,
        ),
        *_themes("project_thema", "project_id"),
        *refs(
            "pilot_gemeente",
            "pilot_gemeenten_label",
            "project_gemeente",
            "project_id",
            "gemeente_id",
            "gemeente",
            "pilot_gemeente_ids",
            "De pilotgemeenten.",
        ),
        *timestamps(),
    ),
)

PROJECTPARTNERS = FileFormat(
    "projectpartners.csv",
    "project_partner",
    (
        *ref("project", "project_id", "project", "Het project (uit projecten.csv)."),
        *ref("partner", "partner_id", "partner", "De partner (uit partners.csv)."),
        *enum_code("rol", ProjectPartnerRol, "De rol van de partner in het project."),
    ),
    doc="De partners van elk project met hun rol.",
    link_of=("project", "partners"),
    order_by="x.project_id, x.partner_id",
)

ACTIVITEITEN = FileFormat(
    "activiteiten.csv",
    "activiteit",
    (
        own_uuid(),
        *_WP,
        text("titel", "Titel van de activiteit."),
        *ref_code(
            "o", "o_soort", "De O: `onderzoek`, `ontwikkeling`, `onderwijs` of `ondersteuning`."
        ),
        *ref_code(
            "subtype",
            "activiteit_subtype",
            "Soort activiteit; moet bij de O horen (zie de lijst in de documentatie).",
        ),
        integer("jaar", "Jaar van de activiteit (altijd ingevuld)."),
        day("datum", "Datum (als bekend; ligt in het jaar)."),
        day("einddatum", "Einddatum (als de activiteit meer dagen duurt)."),
        *ref("project", "project_id", "project", "Het project (zelfde werkplaats)."),
        *ref("kenniskring", "kenniskring_id", "kenniskring", "De kenniskring (zelfde werkplaats)."),
        *ref("gemeente", "gemeente_id", "gemeente", "Gemeente waar de activiteit plaatsvond."),
        integer("bereik", "Aantal bereikte mensen (deelnemers, lezers, bezoekers)."),
        decimal("uren", "Bestede uren, twee decimalen."),
        integer("aantal_onderzoekers", "Aantal onderzoekers/docenten."),
        integer("aantal_professionals", "Aantal professionals."),
        integer("aantal_studenten", "Aantal studenten."),
        integer("aantal_vrijwilligers", "Aantal vrijwilligers."),
        text("omschrijving", "Vrije tekst."),
        *_themes("activiteit_thema", "activiteit_id"),
        *timestamps(),
    ),
)

PRODUCTEN = FileFormat(
    "producten.csv",
    "product",
    (
        own_uuid(),
        *_WP,
        text("titel", "Titel van het product."),
        *ref_code(
            "type",
            "product_type",
            "Soort product (zie §9 van docs/uitwisselformaat.md).",
            label_name="type_label",
        ),
        integer("jaar", "Jaar van verschijnen."),
        text("link", "Webadres (http:// of https://)."),
        yes_no("open_access", "Vrij beschikbaar."),
        *ref("project", "project_id", "project", "Het project (zelfde werkplaats)."),
        *ref(
            "activiteit",
            "activiteit_id",
            "activiteit",
            "De activiteit waar het uit voortkwam.",
            label="titel",
        ),
        *ref("kenniskring", "kenniskring_id", "kenniskring", "De kenniskring (zelfde werkplaats)."),
        text("omschrijving", "Vrije tekst."),
        *_themes("product_thema", "product_id"),
        *timestamps(),
    ),
)

DEELNAMES = FileFormat(
    "deelnames.csv",
    "deelname",
    (
        own_uuid(),
        *_WP,
        *ref("partner", "partner_id", "partner", "De deelnemende partner."),
        *enum_code("rol", DeelnameRol, "Rol van de partner in de werkplaats."),
        *enum_code("overeenkomst", Overeenkomst, "Hoe de deelname is vastgelegd."),
        *_years(),
        *ref(
            "contactpersoon",
            "contactpersoon_id",
            "persoon",
            "Contactpersoon (alleen met persoonsgegevens).",
            personal=True,
        ),
        text("toelichting", "Vrije tekst."),
        *timestamps(),
    ),
    doc="Welke partners aan welke werkplaats deelnemen.",
)

BIJDRAGEN = FileFormat(
    "bijdragen.csv",
    "bijdrage",
    (
        own_uuid(),
        *_WP,
        *ref("partner", "partner_id", "partner", "De partner die bijdraagt."),
        *ref("project", "project_id", "project", "Het project (als de bijdrage daarvoor is)."),
        integer("jaar", "Jaar van de bijdrage."),
        *enum_code("soort", BijdrageSoort, "Geld (euro) of manuren."),
        decimal("hoeveelheid", "Euro's of uren, twee decimalen."),
        text("toelichting", "Vrije tekst."),
        *timestamps(),
    ),
    doc="Wat partners per jaar inbrengen: geld of uren.",
)

SUBSIDIES = FileFormat(
    "subsidies.csv",
    "subsidie",
    (
        own_uuid(),
        *_WP,
        integer("jaar", "Jaar."),
        decimal("bedrag", "Bedrag in euro, twee decimalen."),
        text("verstrekker", "Wie de subsidie geeft (bijvoorbeeld VWS)."),
        text("toelichting", "Vrije tekst."),
        *timestamps(),
    ),
)

KENNISAGENDA = FileFormat(
    "kennisagenda.csv",
    "kennisagenda_item",
    (
        own_uuid(),
        *_WP,
        text("vraagstuk", "De vraag op de kennisagenda."),
        text("toelichting", "Vrije tekst."),
        *_years(),
        *enum_code("status", AgendaStatus, "Stand van het vraagstuk."),
        *_themes("kennisagenda_thema", "kennisagenda_item_id"),
        *refs(
            "project",
            "projecten_label",
            "kennisagenda_project",
            "kennisagenda_item_id",
            "project_id",
            "project",
            "project_ids",
            "Projecten die het vraagstuk beantwoorden.",
        ),
        *timestamps(),
    ),
)

THEMASAMENWERKINGEN = FileFormat(
    "themasamenwerkingen.csv",
    "themasamenwerking",
    (
        own_uuid(),
        text("naam", "Naam (uniek)."),
        *ref("thema", "thema_id", "thema", "Het thema van de samenwerking."),
        text("omschrijving", "Vrije tekst."),
        *_years(),
        *refs(
            "werkplaats",
            "werkplaatsen_label",
            "themasamenwerking_werkplaats",
            "themasamenwerking_id",
            "werkplaats_id",
            "werkplaats",
            "werkplaats_ids",
            "De deelnemende werkplaatsen.",
        ),
        *timestamps(),
    ),
    doc="Landelijke samenwerking van werkplaatsen op een thema. Een samenwerking met dezelfde "
    "naam wordt samengevoegd; de deelnemers worden opgeteld.",
)

VERGETEN = FileFormat(
    "vergeten.csv",
    "vergeten_record",
    (
        Column("uuid", Kind.UUID, "x.uuid", field="uuid", doc="UUID van het vergeten record."),
        Column(
            "tabel",
            Kind.CODE,
            "x.tabel",
            field="tabel",
            target="tabel",
            doc="Soort record (tabelnaam, bijvoorbeeld `persoon`).",
        ),
        Column(
            "vergeten_op",
            Kind.TIJDSTIP,
            "x.vergeten_op",
            field="vergeten_op",
            doc="Wanneer het is vergeten (UTC).",
        ),
    ),
    doc="Records die als persoonsgegevens overal zijn verwijderd ('vergeten'). Bevat alleen "
    "UUID's. Wie inleest verwijdert deze records ook en haalt ze nooit meer binnen.",
    order_by="x.uuid",
)

#: In import order (a file only refers to files before it, and link files follow their parent).
FILES: tuple[FileFormat, ...] = (
    VERGETEN,
    THEMAS,
    GEMEENTEN,
    PARTNERS,
    WERKPLAATSEN,
    PERSONEN,
    PERSOONROLLEN,
    LECTORATEN,
    KENNISKRINGEN,
    PROJECTEN,
    PROJECTPARTNERS,
    ACTIVITEITEN,
    PRODUCTEN,
    DEELNAMES,
    BIJDRAGEN,
    SUBSIDIES,
    KENNISAGENDA,
    THEMASAMENWERKINGEN,
)
BY_FILE = {f.file: f for f in FILES}
BY_TABLE = {f.table: f for f in FILES}

#: tables whose records belong to one werkplaats: a newer export replaces them
WERKPLAATS_TABLES = (
    "lectoraat",
    "kenniskring",
    "project",
    "activiteit",
    "product",
    "deelname",
    "bijdrage",
    "subsidie",
    "kennisagenda_item",
)


def files_for(personal: bool) -> tuple[FileFormat, ...]:
    return tuple(f for f in FILES if personal or not f.personal)
