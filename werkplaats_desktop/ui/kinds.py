"""How each kind of record is shown: its form, the titles of that form, its page in the
navigation (and whether the page shows the selected record's related lists), its bulk edits.

Keyed by the registry's keys (``services/catalog.py``, which says what a kind *is*);
``tests/test_kinds_registry.py`` fails when a kind of the core has no entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.ui.forms.declarations import SPECS
from werkplaats_desktop.ui.forms.spec import FormSpec


@dataclass(frozen=True)
class UiKind:
    key: str
    #: the form's title for a new record and for an existing one (context "Formulier")
    new_title: str
    edit_title: str
    #: the page's name in the navigation (context "Navigatie")
    page: str
    #: the page shows the related lists of the selected record below its list
    detail: bool = False
    #: bulk edits offered on its list (``ui/bulk_dialog.py``): "thema", "status", "o"
    bulk: tuple[str, ...] = ()
    #: what its list holds, said when the list is empty (context "Navigatie")
    about: str = ""

    @property
    def form(self) -> FormSpec:
        return SPECS[self.key]


#: in the order of the navigation (after the features' pages such as the Overzicht)
KINDS: tuple[UiKind, ...] = (
    UiKind(
        "werkplaats",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe werkplaats"),
        QT_TRANSLATE_NOOP("Formulier", "Werkplaats bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Werkplaats"),
        detail=True,
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de werkplaatsen: uw eigen werkplaats en de werkplaatsen waarmee u samenwerkt, met hun lectoraten, subsidies en partners."),  # noqa: E501
    ),
    UiKind(
        "kenniskring",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe kenniskring"),
        QT_TRANSLATE_NOOP("Formulier", "Kenniskring bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Kenniskringen"),
        bulk=("thema",),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de kenniskringen: lectoren, docenten, studenten en mensen uit de praktijk die samen aan een thema werken."),  # noqa: E501
    ),
    UiKind(
        "project",
        QT_TRANSLATE_NOOP("Formulier", "Nieuw project"),
        QT_TRANSLATE_NOOP("Formulier", "Project bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Projecten"),
        bulk=("status", "thema"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de projecten (praktijken) van de werkplaats, met hun partners, thema's en pilotgemeenten."),  # noqa: E501
    ),
    UiKind(
        "activiteit",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe activiteit"),
        QT_TRANSLATE_NOOP("Formulier", "Activiteit bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Activiteiten"),
        bulk=("o", "thema"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de activiteiten in de vier O's: onderzoek, ontwikkeling, onderwijs en ondersteuning, per jaar."),  # noqa: E501
    ),
    UiKind(
        "product",
        QT_TRANSLATE_NOOP("Formulier", "Nieuw product"),
        QT_TRANSLATE_NOOP("Formulier", "Product bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Producten"),
        bulk=("thema",),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de producten die uit het werk komen: publicaties, handreikingen, lesmateriaal en meer."),  # noqa: E501
    ),
    UiKind(
        "partner",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe partner"),
        QT_TRANSLATE_NOOP("Formulier", "Partner bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Partners en bijdragen"),
        detail=True,
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de partners (gemeenten, hogescholen, zorg- en welzijnsorganisaties en anderen) met hun bijdragen in geld en uren."),  # noqa: E501
    ),
    UiKind(
        "persoon",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe persoon"),
        QT_TRANSLATE_NOOP("Formulier", "Persoon bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Personen"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de personen: lectoren, trekkers, projectleiders en contactpersonen."),  # noqa: E501
    ),
    UiKind(
        "kennisagenda",
        QT_TRANSLATE_NOOP("Formulier", "Nieuw kennisagenda-item"),
        QT_TRANSLATE_NOOP("Formulier", "Kennisagenda-item bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Kennisagenda"),
        bulk=("status", "thema"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de vragen van de kennisagenda: wat de werkplaats wil weten en welke projecten eraan werken."),  # noqa: E501
    ),
    UiKind(
        "themasamenwerking",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe themasamenwerking"),
        QT_TRANSLATE_NOOP("Formulier", "Themasamenwerking bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Themasamenwerking"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de samenwerkingen van werkplaatsen op een thema."),  # noqa: E501
    ),
    UiKind(
        "thema",
        QT_TRANSLATE_NOOP("Formulier", "Nieuw thema"),
        QT_TRANSLATE_NOOP("Formulier", "Thema bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Thema's"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de thema's waarin activiteiten, projecten en producten worden ingedeeld."),  # noqa: E501
    ),
    UiKind(
        "gemeente",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe gemeente"),
        QT_TRANSLATE_NOOP("Formulier", "Gemeente bewerken"),
        QT_TRANSLATE_NOOP("Navigatie", "Gemeenten"),
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de gemeenten, met hun CBS-code, provincie en G4/G32."),  # noqa: E501
    ),
    # kinds without a page of their own: shown in the related lists of another record
    UiKind(
        "lectoraat",
        QT_TRANSLATE_NOOP("Formulier", "Nieuw lectoraat"),
        QT_TRANSLATE_NOOP("Formulier", "Lectoraat bewerken"),
        "",
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de lectoraten van een werkplaats."),
    ),
    UiKind(
        "deelname",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe deelname"),
        QT_TRANSLATE_NOOP("Formulier", "Deelname bewerken"),
        "",
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staat aan welke werkplaatsen een partner deelneemt."),  # noqa: E501
    ),
    UiKind(
        "bijdrage",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe bijdrage"),
        QT_TRANSLATE_NOOP("Formulier", "Bijdrage bewerken"),
        "",
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de bijdragen van partners, in geld en in uren."),  # noqa: E501
    ),
    UiKind(
        "subsidie",
        QT_TRANSLATE_NOOP("Formulier", "Nieuwe subsidie"),
        QT_TRANSLATE_NOOP("Formulier", "Subsidie bewerken"),
        "",
        about=QT_TRANSLATE_NOOP("Navigatie", "Hier staan de subsidies van een werkplaats."),
    ),
)
BY_KEY: dict[str, UiKind] = {k.key: k for k in KINDS}


def with_page() -> tuple[UiKind, ...]:
    """The kinds that have a page of their own, in the navigation's order."""
    return tuple(k for k in KINDS if k.page)
