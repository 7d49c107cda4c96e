"""Closed sets of values of the domain, with their Dutch labels.

Codes are stable identifiers (they are stored and exported); labels are for people.
The reference tables seeded by the first migration hold the same codes (a test checks it).
"""

from __future__ import annotations

from enum import StrEnum

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP as _


class LabeledEnum(StrEnum):
    """A string enum whose members carry a Dutch label (see :mod:`domain.i18n`)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_label(cls, text: str) -> LabeledEnum:
        wanted = text.strip().casefold()
        for member in cls:
            if member.value == wanted or member.label.casefold() == wanted:
                return member
        raise ValueError(text)


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
        "onderzoek": _("Keuzelijst", "Onderzoek"),
        "ontwikkeling": _("Keuzelijst", "Ontwikkeling"),
        "onderwijs": _("Keuzelijst", "Onderwijs"),
        "ondersteuning": _("Keuzelijst", "Ondersteuning"),
    },
    "WerkplaatsType": {
        "wmo_werkplaats": _("Keuzelijst", "Wmo-werkplaats"),
        "werkplaats_sociaal_domein": _("Keuzelijst", "Werkplaats Sociaal Domein"),
        "aw_jeugd": _("Keuzelijst", "Academische Werkplaats Jeugd"),
        "aw_publieke_gezondheid": _("Keuzelijst", "Academische Werkplaats Publieke Gezondheid"),
        "aw_autisme": _("Keuzelijst", "Academische Werkplaats Autisme"),
        "aw_thuiszorg": _("Keuzelijst", "Academische Werkplaats Thuiszorg"),
        "tranzo": _("Keuzelijst", "Tranzo-werkplaats"),
        "zonmw_consortium": _("Keuzelijst", "ZonMw-consortium"),
        "npo_netwerk": _("Keuzelijst", "Netwerk Nationaal Programma Ouderenzorg"),
        "gemeentelijk_initiatief": _("Keuzelijst", "Gemeentelijk initiatief"),
        "instellingsinitiatief": _("Keuzelijst", "Instellingsinitiatief"),
        "overig": _("Keuzelijst", "Overig"),
    },
    "PartnerType": {
        "hogeschool": _("Keuzelijst", "Hogeschool"),
        "gemeente": _("Keuzelijst", "Gemeente"),
        "stadsdeel": _("Keuzelijst", "Stadsdeel"),
        "gemeentelijke_dienst": _("Keuzelijst", "Gemeentelijke dienst"),
        "regio": _("Keuzelijst", "Regio"),
        "provincie": _("Keuzelijst", "Provincie"),
        "uitvoeringsorganisatie": _("Keuzelijst", "Zorg- of welzijnsinstelling"),
        "mbo": _("Keuzelijst", "Mbo-instelling"),
        "universiteit": _("Keuzelijst", "Universiteit"),
        "burgerorganisatie": _("Keuzelijst", "Burger- of cliëntorganisatie"),
        "vrijwilligersorganisatie": _("Keuzelijst", "Vrijwilligersorganisatie"),
        "kennisinstituut": _("Keuzelijst", "Landelijk kennisinstituut"),
        "academische_werkplaats": _("Keuzelijst", "Academische werkplaats"),
        "overig": _("Keuzelijst", "Overig"),
    },
    "Gemeentenetwerk": {
        "g4": _("Keuzelijst", "G4"),
        "g32": _("Keuzelijst", "G32"),
    },
    "DeelnameRol": {
        "trekker": _("Keuzelijst", "Trekker"),
        "partner": _("Keuzelijst", "Partner"),
        "financier": _("Keuzelijst", "Financier"),
        "in_natura": _("Keuzelijst", "In natura (uren)"),
    },
    "Overeenkomst": {
        "bestuurlijke_overeenkomst": _("Keuzelijst", "Bestuurlijke overeenkomst"),
        "convenant": _("Keuzelijst", "Convenant"),
        "projectbasis": _("Keuzelijst", "Per project"),
        "geen": _("Keuzelijst", "Geen (informeel)"),
    },
    "BijdrageSoort": {
        "geld": _("Keuzelijst", "Geld (euro)"),
        "uren": _("Keuzelijst", "Manuren"),
    },
    "ProjectStatus": {
        "voorbereiding": _("Keuzelijst", "In voorbereiding"),
        "lopend": _("Keuzelijst", "Lopend"),
        "afgerond": _("Keuzelijst", "Afgerond"),
        "gestopt": _("Keuzelijst", "Gestopt"),
    },
    "ProjectPartnerRol": {
        "trekker": _("Keuzelijst", "Trekker"),
        "uitvoerder": _("Keuzelijst", "Uitvoerder"),
        "financier": _("Keuzelijst", "Financier"),
        "pilotlocatie": _("Keuzelijst", "Pilotlocatie"),
        "meedenker": _("Keuzelijst", "Meedenker"),
    },
    "AgendaStatus": {
        "open": _("Keuzelijst", "Open"),
        "in_uitvoering": _("Keuzelijst", "In uitvoering"),
        "beantwoord": _("Keuzelijst", "Beantwoord"),
        "vervallen": _("Keuzelijst", "Vervallen"),
    },
    "PersoonRol": {
        "lector": _("Keuzelijst", "Lector"),
        "coordinator": _("Keuzelijst", "Coördinator"),
        "onderzoeker": _("Keuzelijst", "Onderzoeker"),
        "docent": _("Keuzelijst", "Docent"),
        "contactpersoon": _("Keuzelijst", "Contactpersoon"),
        "bestuurder": _("Keuzelijst", "Bestuurder"),
        "overig": _("Keuzelijst", "Overig"),
    },
}
