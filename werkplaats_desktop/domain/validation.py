"""Validation rules that need nothing but the record itself, with Dutch messages.

Rules that need the database (does the theme exist, is the name unique) live in the services
and report through the same :class:`ValidationError`, so the GUI shows both the same way:
next to the field named in :attr:`FieldError.field`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

MIN_JAAR = 1900
MAX_JAAR = 2100
MAX_NAAM = 300
MAX_TEKST = 20_000

#: Dutch labels of the fields, used in messages ("{veld}") and in forms.
FIELD_LABELS: dict[str, str] = {
    "naam": QT_TRANSLATE_NOOP("Veld", "Naam"),
    "code": QT_TRANSLATE_NOOP("Veld", "Code"),
    "titel": QT_TRANSLATE_NOOP("Veld", "Titel"),
    "vraagstuk": QT_TRANSLATE_NOOP("Veld", "Vraagstuk"),
    "type": QT_TRANSLATE_NOOP("Veld", "Type"),
    "o": QT_TRANSLATE_NOOP("Veld", "O"),
    "subtype": QT_TRANSLATE_NOOP("Veld", "Soort activiteit"),
    "jaar": QT_TRANSLATE_NOOP("Veld", "Jaar"),
    "startjaar": QT_TRANSLATE_NOOP("Veld", "Startjaar"),
    "eindjaar": QT_TRANSLATE_NOOP("Veld", "Eindjaar"),
    "datum": QT_TRANSLATE_NOOP("Veld", "Datum"),
    "einddatum": QT_TRANSLATE_NOOP("Veld", "Einddatum"),
    "startdatum": QT_TRANSLATE_NOOP("Veld", "Startdatum"),
    "werkplaats_id": QT_TRANSLATE_NOOP("Veld", "Werkplaats"),
    "partner_id": QT_TRANSLATE_NOOP("Veld", "Partner"),
    "project_id": QT_TRANSLATE_NOOP("Veld", "Project"),
    "activiteit_id": QT_TRANSLATE_NOOP("Veld", "Activiteit"),
    "kenniskring_id": QT_TRANSLATE_NOOP("Veld", "Kenniskring"),
    "gemeente_id": QT_TRANSLATE_NOOP("Veld", "Gemeente"),
    "organisatie_id": QT_TRANSLATE_NOOP("Veld", "Organisatie"),
    "penvoerder_id": QT_TRANSLATE_NOOP("Veld", "Penvoerder"),
    "provincie_code": QT_TRANSLATE_NOOP("Veld", "Provincie"),
    "thema_id": QT_TRANSLATE_NOOP("Veld", "Thema"),
    "thema_ids": QT_TRANSLATE_NOOP("Veld", "Thema's"),
    "bereik": QT_TRANSLATE_NOOP("Veld", "Bereik"),
    "uren": QT_TRANSLATE_NOOP("Veld", "Uren"),
    "aantal_onderzoekers": QT_TRANSLATE_NOOP("Veld", "Onderzoekers/docenten"),
    "aantal_professionals": QT_TRANSLATE_NOOP("Veld", "Professionals"),
    "aantal_studenten": QT_TRANSLATE_NOOP("Veld", "Studenten"),
    "aantal_vrijwilligers": QT_TRANSLATE_NOOP("Veld", "Vrijwilligers"),
    "hoeveelheid": QT_TRANSLATE_NOOP("Veld", "Bedrag of uren"),
    "bedrag": QT_TRANSLATE_NOOP("Veld", "Bedrag"),
    "soort": QT_TRANSLATE_NOOP("Veld", "Soort"),
    "link": QT_TRANSLATE_NOOP("Veld", "Link"),
    "website": QT_TRANSLATE_NOOP("Veld", "Website"),
    "email": QT_TRANSLATE_NOOP("Veld", "E-mail"),
    "telefoon": QT_TRANSLATE_NOOP("Veld", "Telefoon"),
    "cbs_code": QT_TRANSLATE_NOOP("Veld", "CBS-code"),
    "status": QT_TRANSLATE_NOOP("Veld", "Status"),
    "verstrekker": QT_TRANSLATE_NOOP("Veld", "Verstrekker"),
    "leider_onderwijs_id": QT_TRANSLATE_NOOP("Veld", "Projectleider onderwijs"),
    "leider_praktijk_id": QT_TRANSLATE_NOOP("Veld", "Projectleider praktijk"),
    "partners": QT_TRANSLATE_NOOP("Veld", "Partners"),
    "pilot_gemeente_ids": QT_TRANSLATE_NOOP("Veld", "Pilotgemeenten"),
    "project_ids": QT_TRANSLATE_NOOP("Veld", "Projecten"),
    "werkplaats_ids": QT_TRANSLATE_NOOP("Veld", "Werkplaatsen"),
    "rollen": QT_TRANSLATE_NOOP("Veld", "Rollen"),
    "lector_id": QT_TRANSLATE_NOOP("Veld", "Lector"),
    "trekker_id": QT_TRANSLATE_NOOP("Veld", "Trekker"),
    "contactpersoon_id": QT_TRANSLATE_NOOP("Veld", "Contactpersoon"),
    "omschrijving": QT_TRANSLATE_NOOP("Veld", "Omschrijving"),
    "beschrijving": QT_TRANSLATE_NOOP("Veld", "Beschrijving"),
    "toelichting": QT_TRANSLATE_NOOP("Veld", "Toelichting"),
    "notitie": QT_TRANSLATE_NOOP("Veld", "Notitie"),
    "functie": QT_TRANSLATE_NOOP("Veld", "Functie"),
    "regio": QT_TRANSLATE_NOOP("Veld", "Regio"),
    "rol": QT_TRANSLATE_NOOP("Veld", "Rol"),
    "overeenkomst": QT_TRANSLATE_NOOP("Veld", "Overeenkomst"),
    "netwerk": QT_TRANSLATE_NOOP("Veld", "G4/G32"),
    "actief": QT_TRANSLATE_NOOP("Veld", "Actief"),
    "open_access": QT_TRANSLATE_NOOP("Veld", "Open access"),
}

# Message templates (context "Validatie").
VERPLICHT = QT_TRANSLATE_NOOP("Validatie", "{veld} is verplicht.")
TE_LANG = QT_TRANSLATE_NOOP("Validatie", "{veld} is te lang (hooguit {max} tekens).")
JAAR_BUITEN_BEREIK = QT_TRANSLATE_NOOP(
    "Validatie", "{veld} moet een jaar tussen {min} en {max} zijn."
)
EIND_VOOR_START = QT_TRANSLATE_NOOP("Validatie", "{veld} ({eind}) ligt vóór het begin ({start}).")
NEGATIEF = QT_TRANSLATE_NOOP("Validatie", "{veld} mag niet negatief zijn.")
TE_VEEL_DECIMALEN = QT_TRANSLATE_NOOP(
    "Validatie", "{veld} heeft hooguit twee cijfers achter de komma."
)
DATUM_NIET_IN_JAAR = QT_TRANSLATE_NOOP(
    "Validatie", "De datum {datum} valt niet in het jaar {jaar}."
)
GEEN_LINK = QT_TRANSLATE_NOOP(
    "Validatie", "{veld} moet een webadres zijn dat begint met http:// of https://."
)
GEEN_EMAIL = QT_TRANSLATE_NOOP("Validatie", "{veld} is geen geldig e-mailadres.")
ONBEKEND = QT_TRANSLATE_NOOP("Validatie", "{veld}: '{waarde}' bestaat niet.")
ONBEKEND_THEMA = QT_TRANSLATE_NOOP("Validatie", "Onbekend thema: '{waarde}'.")
SUBTYPE_HOORT_NIET_BIJ_O = QT_TRANSLATE_NOOP(
    "Validatie", "'{waarde}' is geen soort activiteit van {o}."
)
AL_IN_GEBRUIK = QT_TRANSLATE_NOOP("Validatie", "Er bestaat al een {wat} met de naam '{waarde}'.")
ANDERE_WERKPLAATS = QT_TRANSLATE_NOOP("Validatie", "{veld} hoort bij een andere werkplaats.")
DUBBEL_IN_LIJST = QT_TRANSLATE_NOOP("Validatie", "{veld} bevat '{waarde}' twee keer.")
CBS_CODE_FORMAAT = QT_TRANSLATE_NOOP("Validatie", "{veld} moet de vorm GM0000 hebben.")
GEEN_KEUZE = QT_TRANSLATE_NOOP("Validatie", "{veld}: '{waarde}' is geen geldige keuze.")
SUBSIDIE_DUBBEL = QT_TRANSLATE_NOOP(
    "Validatie", "Er is al een subsidie van {verstrekker} voor {jaar}."
)
NOG_IN_GEBRUIK = QT_TRANSLATE_NOOP(
    "Validatie", "Deze {wat} is nog in gebruik en kan niet worden verwijderd."
)
CODE_FORMAAT = QT_TRANSLATE_NOOP(
    "Validatie",
    "{veld} bestaat uit hoofdletters, cijfers en streepjes, zoals WSD-UTR (hooguit 20 tekens).",
)
CBS_CODE_IN_GEBRUIK = QT_TRANSLATE_NOOP(
    "Validatie", "Er bestaat al een gemeente met CBS-code '{waarde}'."
)
CODE_IN_GEBRUIK = QT_TRANSLATE_NOOP(
    "Validatie", "Er bestaat al een werkplaats met de code '{waarde}'."
)
JAAR_GESLOTEN = QT_TRANSLATE_NOOP(
    "Validatie",
    "{jaar} is voor {werkplaats} afgesloten ({status}): de gegevens van dat jaar kunnen niet "
    "meer worden gewijzigd. Heropen het jaar eerst (Extra > Jaar heropenen…).",
)
JAAR_GESLOTEN_VERWIJDEREN = QT_TRANSLATE_NOOP(
    "Validatie",
    "Verwijderen kan niet: het verandert {records} van {jaar} van {werkplaats}, en "
    "dat jaar is afgesloten ({status}). Heropen het jaar eerst (Extra > Jaar heropenen…).",
)
NIET_EIGEN_WERKPLAATS = QT_TRANSLATE_NOOP(
    "Validatie",
    "Dit bestand is van {eigen}; de gegevens van {andere} worden in het bestand van die "
    "werkplaats bijgehouden. Kies {eigen} als werkplaats.",
)
PAST_NIET = QT_TRANSLATE_NOOP(
    "Validatie", "De gegevens passen niet bij de rest van de database ({fout})."
)


@dataclass(frozen=True)
class FieldError:
    """One problem with one field. ``template`` is a Dutch text with ``{placeholders}``."""

    field: str
    template: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict)

    def format(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message, optionally translated: ``translate(context, text)``."""
        translated = translate or (lambda _context, text: text)
        label = FIELD_LABELS.get(self.field, self.field)
        values = {"veld": translated("Veld", label), **self.params}
        return translated("Validatie", self.template).format(**values)

    @property
    def message(self) -> str:
        return self.format()


class ValidationError(ValueError):
    """A record was refused; nothing was written. Holds every problem found, not just one."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors: list[FieldError] = list(errors)
        super().__init__("\n".join(e.message for e in self.errors))

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}

    def messages_for(self, field_name: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field_name]


class Checker:
    """Collects :class:`FieldError` s for one record; :meth:`raise_if_any` ends the check."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, template: str, **params: object) -> None:
        self.errors.append(FieldError(field_name, template, params))

    def required(self, field_name: str, value: object) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field_name, VERPLICHT)
            return False
        return True

    def text(self, field_name: str, value: str, limit: int = MAX_TEKST) -> None:
        if value is not None and len(value) > limit:
            self.add(field_name, TE_LANG, max=limit)

    def year(self, field_name: str, value: int | None) -> None:
        if value is not None and not (MIN_JAAR <= value <= MAX_JAAR):
            self.add(field_name, JAAR_BUITEN_BEREIK, min=MIN_JAAR, max=MAX_JAAR)

    def period(self, start_field: str, start: object, end_field: str, end: object) -> None:
        if start is not None and end is not None and end < start:  # type: ignore[operator]
            self.add(end_field, EIND_VOOR_START, start=_show(start), eind=_show(end))

    def not_negative(self, field_name: str, value: int | Decimal | None) -> None:
        if value is not None and value < 0:
            self.add(field_name, NEGATIEF)

    def cents(self, field_name: str, value: Decimal | None) -> None:
        self.not_negative(field_name, value)
        if value is not None and value != value.quantize(Decimal("0.01")):
            self.add(field_name, TE_VEEL_DECIMALEN)

    def url(self, field_name: str, value: str) -> None:
        if value and not _URL.match(value):
            self.add(field_name, GEEN_LINK)

    def email(self, field_name: str, value: str) -> None:
        if value and not _EMAIL.match(value):
            self.add(field_name, GEEN_EMAIL)

    def no_duplicates(self, field_name: str, values: Iterable[object]) -> None:
        seen: set[object] = set()
        for value in values:
            if value in seen:
                self.add(field_name, DUBBEL_IN_LIJST, waarde=value)
                return
            seen.add(value)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CBS_GEMEENTE = re.compile(r"^GM\d{4}$")


def _show(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def normalize(record: m.Record) -> None:
    """Trim surrounding white space of every text field, in place (what a user means)."""
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            setattr(record, f.name, value.strip())


# --- the rules per record -----------------------------------------------------------------


def _names(c: Checker, record: m.Record, *names: str) -> None:
    for name in names:
        c.text(name, getattr(record, name), MAX_NAAM)


def _texts(c: Checker, record: m.Record, *names: str) -> None:
    for name in names:
        c.text(name, getattr(record, name))


def _years(c: Checker, record: m.Record, start: str = "startjaar", end: str = "eindjaar") -> None:
    c.year(start, getattr(record, start))
    c.year(end, getattr(record, end))
    c.period(start, getattr(record, start), end, getattr(record, end))


def check_thema(r: m.Thema) -> Checker:
    c = Checker()
    c.required("naam", r.naam)
    _names(c, r, "naam")
    return c


def check_gemeente(r: m.Gemeente) -> Checker:
    c = Checker()
    c.required("naam", r.naam)
    _names(c, r, "naam")
    if r.cbs_code and not _CBS_GEMEENTE.match(r.cbs_code):
        c.add("cbs_code", CBS_CODE_FORMAAT)
    return c


#: a werkplaats code: national (``WSD-UTR``) or generated (``WP-1A2B3C4D``)
CODE_PATROON = re.compile(r"[A-Z0-9][A-Z0-9-]{1,19}")


def check_werkplaats(r: m.Werkplaats) -> Checker:
    c = Checker()
    c.required("naam", r.naam)
    if r.code and not CODE_PATROON.fullmatch(r.code):
        c.add("code", CODE_FORMAAT)
    c.required("type", r.type)
    _names(c, r, "naam", "regio")
    _texts(c, r, "beschrijving")
    _years(c, r)
    c.url("website", r.website)
    return c


def check_lectoraat(r: m.Lectoraat) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("naam", r.naam)
    _names(c, r, "naam")
    return c


def check_partner(r: m.Partner) -> Checker:
    c = Checker()
    c.required("naam", r.naam)
    c.required("type", r.type)
    _names(c, r, "naam")
    _texts(c, r, "omschrijving")
    c.url("website", r.website)
    return c


def check_persoon(r: m.Persoon) -> Checker:
    c = Checker()
    c.required("naam", r.naam)
    _names(c, r, "naam", "functie", "telefoon", "email")
    _texts(c, r, "notitie")
    c.email("email", r.email)
    c.no_duplicates("rollen", ((x.werkplaats_id, x.rol) for x in r.rollen))
    return c


def check_deelname(r: m.Deelname) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("partner_id", r.partner_id)
    c.required("rol", r.rol)
    c.required("overeenkomst", r.overeenkomst)
    _years(c, r)
    _texts(c, r, "toelichting")
    return c


def check_bijdrage(r: m.Bijdrage) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("partner_id", r.partner_id)
    if c.required("jaar", r.jaar):
        c.year("jaar", r.jaar)
    c.required("soort", r.soort)
    if c.required("hoeveelheid", r.hoeveelheid):
        c.cents("hoeveelheid", r.hoeveelheid)
    _texts(c, r, "toelichting")
    return c


def check_subsidie(r: m.Subsidie) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    if c.required("jaar", r.jaar):
        c.year("jaar", r.jaar)
    if c.required("bedrag", r.bedrag):
        c.cents("bedrag", r.bedrag)
    c.required("verstrekker", r.verstrekker)
    _names(c, r, "verstrekker")
    return c


def check_kenniskring(r: m.Kenniskring) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("naam", r.naam)
    _names(c, r, "naam")
    _texts(c, r, "omschrijving")
    _years(c, r)
    c.no_duplicates("thema_ids", r.thema_ids)
    return c


def check_project(r: m.Project) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("naam", r.naam)
    c.required("status", r.status)
    _names(c, r, "naam")
    _texts(c, r, "omschrijving")
    for name in ("startdatum", "einddatum"):
        value = getattr(r, name)
        if value is not None:
            c.year(name, value.year)
    c.period("startdatum", r.startdatum, "einddatum", r.einddatum)
    c.no_duplicates("thema_ids", r.thema_ids)
    c.no_duplicates("partners", (p.partner_id for p in r.partners))
    c.no_duplicates("pilot_gemeente_ids", r.pilot_gemeente_ids)
    return c


def check_activiteit(r: m.Activiteit) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("titel", r.titel)
    c.required("o", r.o)
    _names(c, r, "titel")
    _texts(c, r, "omschrijving")
    if c.required("jaar", r.jaar):
        c.year("jaar", r.jaar)
        if r.datum is not None and r.datum.year != r.jaar:
            c.add("datum", DATUM_NIET_IN_JAAR, datum=r.datum.isoformat(), jaar=r.jaar)
    c.period("datum", r.datum, "einddatum", r.einddatum)
    if r.einddatum is not None and r.datum is None:
        c.add("datum", VERPLICHT)
    c.not_negative("bereik", r.bereik)
    c.cents("uren", r.uren)
    for name in (
        "aantal_onderzoekers",
        "aantal_professionals",
        "aantal_studenten",
        "aantal_vrijwilligers",
    ):
        c.not_negative(name, getattr(r, name))
    c.no_duplicates("thema_ids", r.thema_ids)
    return c


def check_product(r: m.Product) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("titel", r.titel)
    c.required("type", r.type)
    _names(c, r, "titel")
    _texts(c, r, "omschrijving")
    if c.required("jaar", r.jaar):
        c.year("jaar", r.jaar)
    c.url("link", r.link)
    c.no_duplicates("thema_ids", r.thema_ids)
    return c


def check_kennisagenda_item(r: m.KennisagendaItem) -> Checker:
    c = Checker()
    c.required("werkplaats_id", r.werkplaats_id)
    c.required("vraagstuk", r.vraagstuk)
    c.required("status", r.status)
    _texts(c, r, "vraagstuk", "toelichting")
    _years(c, r)
    c.no_duplicates("thema_ids", r.thema_ids)
    c.no_duplicates("project_ids", r.project_ids)
    return c


def check_themasamenwerking(r: m.Themasamenwerking) -> Checker:
    c = Checker()
    c.required("naam", r.naam)
    _names(c, r, "naam")
    _texts(c, r, "omschrijving")
    _years(c, r)
    c.no_duplicates("werkplaats_ids", r.werkplaats_ids)
    return c
