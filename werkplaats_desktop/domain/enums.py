"""Closed sets of values of the domain, with their Dutch labels.

Codes are stable identifiers (they are stored and exported); labels are for people.
The reference tables seeded by the first migration hold the same codes (a test checks it).
"""

from __future__ import annotations

from enum import StrEnum

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP


class LabeledEnum(StrEnum):
    """A string enum whose members carry a Dutch label (see :mod:`domain.i18n`)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]


class O(LabeledEnum):
    """De vier O's."""

    ONDERZOEK = "onderzoek"
    ONTWIKKELING = "ontwikkeling"
    ONDERWIJS = "onderwijs"
    ONDERSTEUNING = "ondersteuning"


class WerkplaatsType(LabeledEnum):
    WMO_WERKPLAATS = "wmo_werkplaats"
    WERKPLAATS_SOCIAAL_DOMEIN = "werkplaats_sociaal_domein"
    AW_JEUGD = "aw_jeugd"
    AW_PUBLIEKE_GEZONDHEID = "aw_publieke_gezondheid"
    AW_AUTISME = "aw_autisme"
    AW_THUISZORG = "aw_thuiszorg"
    TRANZO = "tranzo"
    ZONMW_CONSORTIUM = "zonmw_consortium"
    NPO_NETWERK = "npo_netwerk"
    GEMEENTELIJK_INITIATIEF = "gemeentelijk_initiatief"
    INSTELLINGSINITIATIEF = "instellingsinitiatief"
    OVERIG = "overig"


class JaarStatus(LabeledEnum):
    """How far a werkplaats's figures of one year are: still being entered (concept), sent to
    the landelijk overleg (ingediend), or fixed (definitief). Ingediend and definitief close
    the year: its records are read-only until the year is reopened."""

    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    DEFINITIEF = "definitief"

    @property
    def gesloten(self) -> bool:
        return self is not JaarStatus.CONCEPT

    @property
    def rang(self) -> int:
        """concept 0 < ingediend 1 < definitief 2."""
        return list(JaarStatus).index(self)


class PartnerType(LabeledEnum):
    HOGESCHOOL = "hogeschool"
    GEMEENTE = "gemeente"
    STADSDEEL = "stadsdeel"
    GEMEENTELIJKE_DIENST = "gemeentelijke_dienst"
    REGIO = "regio"
    PROVINCIE = "provincie"
    UITVOERINGSORGANISATIE = "uitvoeringsorganisatie"
    MBO = "mbo"
    UNIVERSITEIT = "universiteit"
    BURGERORGANISATIE = "burgerorganisatie"
    VRIJWILLIGERSORGANISATIE = "vrijwilligersorganisatie"
    KENNISINSTITUUT = "kennisinstituut"
    ACADEMISCHE_WERKPLAATS = "academische_werkplaats"
    OVERIG = "overig"


class Gemeentenetwerk(LabeledEnum):
    """Membership of the G4 (four largest cities) or the G32 city network."""

    G4 = "g4"
    G32 = "g32"


class DeelnameRol(LabeledEnum):
    TREKKER = "trekker"
    PARTNER = "partner"
    FINANCIER = "financier"
    IN_NATURA = "in_natura"


class Overeenkomst(LabeledEnum):
    BESTUURLIJKE_OVEREENKOMST = "bestuurlijke_overeenkomst"
    CONVENANT = "convenant"
    PROJECTBASIS = "projectbasis"
    GEEN = "geen"


class BijdrageSoort(LabeledEnum):
    GELD = "geld"
    UREN = "uren"


class ProjectStatus(LabeledEnum):
    VOORBEREIDING = "voorbereiding"
    LOPEND = "lopend"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"


class ProjectPartnerRol(LabeledEnum):
    TREKKER = "trekker"
    UITVOERDER = "uitvoerder"
    FINANCIER = "financier"
    PILOTLOCATIE = "pilotlocatie"
    MEEDENKER = "meedenker"


class AgendaStatus(LabeledEnum):
    OPEN = "open"
    IN_UITVOERING = "in_uitvoering"
    BEANTWOORD = "beantwoord"
    VERVALLEN = "vervallen"


class PersoonRol(LabeledEnum):
    LECTOR = "lector"
    COORDINATOR = "coordinator"
    ONDERZOEKER = "onderzoeker"
    DOCENT = "docent"
    CONTACTPERSOON = "contactpersoon"
    BESTUURDER = "bestuurder"
    OVERIG = "overig"


_LABELS: dict[str, dict[str, str]] = {
    "O": {
        "onderzoek": QT_TRANSLATE_NOOP("Keuzelijst", "Onderzoek"),
        "ontwikkeling": QT_TRANSLATE_NOOP("Keuzelijst", "Ontwikkeling"),
        "onderwijs": QT_TRANSLATE_NOOP("Keuzelijst", "Onderwijs"),
        "ondersteuning": QT_TRANSLATE_NOOP("Keuzelijst", "Ondersteuning"),
    },
    "WerkplaatsType": {
        "wmo_werkplaats": QT_TRANSLATE_NOOP("Keuzelijst", "Wmo-werkplaats"),
        "werkplaats_sociaal_domein": QT_TRANSLATE_NOOP("Keuzelijst", "Werkplaats Sociaal Domein"),
        "aw_jeugd": QT_TRANSLATE_NOOP("Keuzelijst", "Academische Werkplaats Jeugd"),
        "aw_publieke_gezondheid": QT_TRANSLATE_NOOP(
            "Keuzelijst", "Academische Werkplaats Publieke Gezondheid"
        ),
        "aw_autisme": QT_TRANSLATE_NOOP("Keuzelijst", "Academische Werkplaats Autisme"),
        "aw_thuiszorg": QT_TRANSLATE_NOOP("Keuzelijst", "Academische Werkplaats Thuiszorg"),
        "tranzo": QT_TRANSLATE_NOOP("Keuzelijst", "Tranzo-werkplaats"),
        "zonmw_consortium": QT_TRANSLATE_NOOP("Keuzelijst", "ZonMw-consortium"),
        "npo_netwerk": QT_TRANSLATE_NOOP("Keuzelijst", "Netwerk Nationaal Programma Ouderenzorg"),
        "gemeentelijk_initiatief": QT_TRANSLATE_NOOP("Keuzelijst", "Gemeentelijk initiatief"),
        "instellingsinitiatief": QT_TRANSLATE_NOOP("Keuzelijst", "Instellingsinitiatief"),
        "overig": QT_TRANSLATE_NOOP("Keuzelijst", "Overig"),
    },
    "PartnerType": {
        "hogeschool": QT_TRANSLATE_NOOP("Keuzelijst", "Hogeschool"),
        "gemeente": QT_TRANSLATE_NOOP("Keuzelijst", "Gemeente"),
        "stadsdeel": QT_TRANSLATE_NOOP("Keuzelijst", "Stadsdeel"),
        "gemeentelijke_dienst": QT_TRANSLATE_NOOP("Keuzelijst", "Gemeentelijke dienst"),
        "regio": QT_TRANSLATE_NOOP("Keuzelijst", "Regio"),
        "provincie": QT_TRANSLATE_NOOP("Keuzelijst", "Provincie"),
        "uitvoeringsorganisatie": QT_TRANSLATE_NOOP("Keuzelijst", "Zorg- of welzijnsinstelling"),
        "mbo": QT_TRANSLATE_NOOP("Keuzelijst", "Mbo-instelling"),
        "universiteit": QT_TRANSLATE_NOOP("Keuzelijst", "Universiteit"),
        "burgerorganisatie": QT_TRANSLATE_NOOP("Keuzelijst", "Burger- of cliëntorganisatie"),
        "vrijwilligersorganisatie": QT_TRANSLATE_NOOP("Keuzelijst", "Vrijwilligersorganisatie"),
        "kennisinstituut": QT_TRANSLATE_NOOP("Keuzelijst", "Landelijk kennisinstituut"),
        "academische_werkplaats": QT_TRANSLATE_NOOP("Keuzelijst", "Academische werkplaats"),
        "overig": QT_TRANSLATE_NOOP("Keuzelijst", "Overig"),
    },
    "JaarStatus": {
        "concept": QT_TRANSLATE_NOOP("Keuzelijst", "Concept"),
        "ingediend": QT_TRANSLATE_NOOP("Keuzelijst", "Ingediend"),
        "definitief": QT_TRANSLATE_NOOP("Keuzelijst", "Definitief"),
    },
    "Gemeentenetwerk": {
        "g4": QT_TRANSLATE_NOOP("Keuzelijst", "G4"),
        "g32": QT_TRANSLATE_NOOP("Keuzelijst", "G32"),
    },
    "DeelnameRol": {
        "trekker": QT_TRANSLATE_NOOP("Keuzelijst", "Trekker"),
        "partner": QT_TRANSLATE_NOOP("Keuzelijst", "Partner"),
        "financier": QT_TRANSLATE_NOOP("Keuzelijst", "Financier"),
        "in_natura": QT_TRANSLATE_NOOP("Keuzelijst", "In natura (uren)"),
    },
    "Overeenkomst": {
        "bestuurlijke_overeenkomst": QT_TRANSLATE_NOOP("Keuzelijst", "Bestuurlijke overeenkomst"),
        "convenant": QT_TRANSLATE_NOOP("Keuzelijst", "Convenant"),
        "projectbasis": QT_TRANSLATE_NOOP("Keuzelijst", "Per project"),
        "geen": QT_TRANSLATE_NOOP("Keuzelijst", "Geen (informeel)"),
    },
    "BijdrageSoort": {
        "geld": QT_TRANSLATE_NOOP("Keuzelijst", "Geld (euro)"),
        "uren": QT_TRANSLATE_NOOP("Keuzelijst", "Manuren"),
    },
    "ProjectStatus": {
        "voorbereiding": QT_TRANSLATE_NOOP("Keuzelijst", "In voorbereiding"),
        "lopend": QT_TRANSLATE_NOOP("Keuzelijst", "Lopend"),
        "afgerond": QT_TRANSLATE_NOOP("Keuzelijst", "Afgerond"),
        "gestopt": QT_TRANSLATE_NOOP("Keuzelijst", "Gestopt"),
    },
    "ProjectPartnerRol": {
        "trekker": QT_TRANSLATE_NOOP("Keuzelijst", "Trekker"),
        "uitvoerder": QT_TRANSLATE_NOOP("Keuzelijst", "Uitvoerder"),
        "financier": QT_TRANSLATE_NOOP("Keuzelijst", "Financier"),
        "pilotlocatie": QT_TRANSLATE_NOOP("Keuzelijst", "Pilotlocatie"),
        "meedenker": QT_TRANSLATE_NOOP("Keuzelijst", "Meedenker"),
    },
    "AgendaStatus": {
        "open": QT_TRANSLATE_NOOP("Keuzelijst", "Open"),
        "in_uitvoering": QT_TRANSLATE_NOOP("Keuzelijst", "In uitvoering"),
        "beantwoord": QT_TRANSLATE_NOOP("Keuzelijst", "Beantwoord"),
        "vervallen": QT_TRANSLATE_NOOP("Keuzelijst", "Vervallen"),
    },
    "PersoonRol": {
        "lector": QT_TRANSLATE_NOOP("Keuzelijst", "Lector"),
        "coordinator": QT_TRANSLATE_NOOP("Keuzelijst", "Coördinator"),
        "onderzoeker": QT_TRANSLATE_NOOP("Keuzelijst", "Onderzoeker"),
        "docent": QT_TRANSLATE_NOOP("Keuzelijst", "Docent"),
        "contactpersoon": QT_TRANSLATE_NOOP("Keuzelijst", "Contactpersoon"),
        "bestuurder": QT_TRANSLATE_NOOP("Keuzelijst", "Bestuurder"),
        "overig": QT_TRANSLATE_NOOP("Keuzelijst", "Overig"),
    },
}
