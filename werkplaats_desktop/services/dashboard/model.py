"""The plain data of the dashboard (see ``services.dashboard`` for the counting rules)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

#: euro per partner hour when valuing hours in kind (the GUI keeps the user's choice)
DEFAULT_UURTARIEF = Decimal("75")
#: the VWS subsidy is meant to be one third of the total effort ([000])
BEOOGD_AANDEEL_SUBSIDIE = 1 / 3

OUTPUT_KINDS = ("activiteit", "product")
#: the O-key of records without an O (products without an activity)
ZONDER_O = ""

ZONDER_THEMA = QT_TRANSLATE_NOOP("Dashboard", "zonder thema")
ZONDER_GEMEENTE = QT_TRANSLATE_NOOP("Dashboard", "zonder gemeente")
ZONDER_PROVINCIE = QT_TRANSLATE_NOOP("Dashboard", "zonder provincie")
ZONDER_O_LABEL = QT_TRANSLATE_NOOP("Dashboard", "zonder O")
REGEL_THEMAS = QT_TRANSLATE_NOOP(
    "Dashboard",
    "Een activiteit of product met meer thema's telt bij elk thema één keer mee, en in de totalen "
    "één keer.")


@dataclass(frozen=True)
class DashboardFilter:
    """What the dashboard looks at. Empty fields mean "all"."""

    jaar_van: int | None = None
    jaar_tot: int | None = None
    werkplaats_ids: tuple[int, ...] = ()
    thema_id: int | None = None
    o: str | None = None
    partner_type: str | None = None

    @classmethod
    def year(cls, jaar: int | None, **kw: Any) -> DashboardFilter:
        return cls(jaar_van=jaar, jaar_tot=jaar, **kw)

    def with_years(self, van: int | None, tot: int | None) -> DashboardFilter:
        return replace(self, jaar_van=van, jaar_tot=tot)

    def list_filters(self, kind: str) -> dict[str, Any]:
        """The filters of the lists (``services/lists``) for the list of ``kind`` (activiteit or
        product) that select exactly the records this filter counts."""
        assert kind in OUTPUT_KINDS, kind
        out: dict[str, Any] = {}
        if self.jaar_van is not None and self.jaar_van == self.jaar_tot:
            out["jaar"] = self.jaar_van
        else:
            if self.jaar_van is not None:
                out["jaar_van"] = self.jaar_van
            if self.jaar_tot is not None:
                out["jaar_tot"] = self.jaar_tot
        if len(self.werkplaats_ids) == 1:
            out["werkplaats_id"] = self.werkplaats_ids[0]
        elif self.werkplaats_ids:
            out["werkplaats_ids"] = tuple(self.werkplaats_ids)
        if self.thema_id is not None:
            out["thema_id"] = self.thema_id
        if self.o:
            out["o"] = str(self.o)
        if self.partner_type:
            out["partner_type"] = self.partner_type
        return out


def drill(base: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """``base`` list filters narrowed by ``extra``; a single year replaces a range."""
    out = dict(base)
    if "jaar" in extra:
        out.pop("jaar_van", None)
        out.pop("jaar_tot", None)
    out.update(extra)
    return out


@dataclass(frozen=True)
class StackRow:
    """One bar stacked by O: ``per_o`` maps an O code (or ``ZONDER_O``) to a count.
    ``drill`` holds the list filters per O code for a click on that segment."""

    key: Any
    label: str
    per_o: dict[str, int]
    drill: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)

    @property
    def total(self) -> int:
        return sum(self.per_o.values())


@dataclass(frozen=True)
class RegionRow:
    """A province (``key`` = CBS code) or "zonder ..." (``key`` None) with its count."""

    key: str | None
    label: str
    count: int
    drill: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Output:
    """The output counted as activities or as products, under one filter."""

    kind: str  # activiteit or product
    list_filters: dict[str, Any]
    totaal: int
    per_thema: list[StackRow]
    per_jaar: list[StackRow]
    per_gemeente: list[StackRow]
    per_provincie: list[RegionRow]
    #: the summed reach (bereik) of the activities; 0 for products
    bereik: int = 0

    @property
    def o_keys(self) -> list[str]:
        """The O codes in chart order, plus ``ZONDER_O`` when some record has no O."""
        keys = [o.value for o in O]
        if any(r.per_o.get(ZONDER_O) for r in self.per_jaar):
            keys.append(ZONDER_O)
        return keys


@dataclass(frozen=True)
class CountRow:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class FinanceRow:
    """Co-financing of one year. Amounts in euros; ``uren`` in hours, valued at the rate."""

    jaar: int
    subsidie: Decimal
    geld: Decimal
    uren: Decimal
    uren_waarde: Decimal

    @property
    def totaal(self) -> Decimal:
        return self.subsidie + self.geld + self.uren_waarde

    @property
    def aandeel_subsidie(self) -> float | None:
        return float(self.subsidie / self.totaal) if self.totaal else None


@dataclass(frozen=True)
class Feiten:
    """Counts in the spirit of Movisie's 'Feiten en cijfers'. Partners count when they take
    part in a werkplaats of the filter during the years of the filter: by a deelname, a
    bijdrage in one of those years, or a role in a project that runs then."""

    werkplaatsen: int
    hogescholen: int
    gemeenten: int
    gemeenten_g4: int
    gemeenten_g32: int
    uitvoeringsorganisaties: int
    partners: int
    projecten: int
    onderwerpen: int
    themas: int
    kenniskringen: int
    activiteiten: int
    producten: int
    bereik: int


#: (attribute of Feiten, Dutch label, what it counts) in the order the tiles and the report show
#: them; the explanation is the tile's tooltip and the report's note, so it says exactly what
#: ``dashboard_queries.feiten`` counts
FEITEN_LABELS: tuple[tuple[str, str, str], ...] = (
    ("werkplaatsen", QT_TRANSLATE_NOOP("Dashboard", "Werkplaatsen"),
     QT_TRANSLATE_NOOP("Dashboard", "werkplaatsen van het filter die in de gekozen jaren "
                                    "actief zijn")),
    ("hogescholen", QT_TRANSLATE_NOOP("Dashboard", "Hogescholen"),
     QT_TRANSLATE_NOOP("Dashboard", "partners van het type hogeschool die in de gekozen jaren "
                                    "deelnemen aan die werkplaatsen")),
    ("gemeenten", QT_TRANSLATE_NOOP("Dashboard", "Gemeenten"),
     QT_TRANSLATE_NOOP("Dashboard", "partners van het type gemeente die in de gekozen jaren "
                                    "deelnemen aan die werkplaatsen")),
    ("gemeenten_g4", QT_TRANSLATE_NOOP("Dashboard", "waarvan G4"),
     QT_TRANSLATE_NOOP("Dashboard", "de vier grote steden")),
    ("gemeenten_g32", QT_TRANSLATE_NOOP("Dashboard", "waarvan G32"),
     QT_TRANSLATE_NOOP("Dashboard", "gemeenten in het G32-netwerk")),
    ("uitvoeringsorganisaties", QT_TRANSLATE_NOOP("Dashboard", "Uitvoeringsorganisaties"),
     QT_TRANSLATE_NOOP("Dashboard", "zorg- en welzijnsinstellingen die in de gekozen jaren "
                                    "deelnemen aan die werkplaatsen")),
    ("partners", QT_TRANSLATE_NOOP("Dashboard", "Partners"),
     QT_TRANSLATE_NOOP("Dashboard", "alle organisaties die in de gekozen jaren deelnemen "
                                    "aan die werkplaatsen: met een deelname, een bijdrage "
                                    "of als partner van een lopend project")),
    ("projecten", QT_TRANSLATE_NOOP("Dashboard", "Praktijken"),
     QT_TRANSLATE_NOOP("Dashboard", "projecten van die werkplaatsen die in de gekozen jaren "
                                    "lopen")),
    ("onderwerpen", QT_TRANSLATE_NOOP("Dashboard", "Onderwerpen"),
     QT_TRANSLATE_NOOP("Dashboard", "de thema's van die praktijken, per praktijk geteld: een "
                                    "praktijk met twee thema's telt twee onderwerpen")),
    ("themas", QT_TRANSLATE_NOOP("Dashboard", "Thema's"),
     QT_TRANSLATE_NOOP("Dashboard", "verschillende thema's onder die onderwerpen")),
    ("kenniskringen", QT_TRANSLATE_NOOP("Dashboard", "Kenniskringen"),
     QT_TRANSLATE_NOOP("Dashboard", "kenniskringen van die werkplaatsen, actief in de gekozen "
                                    "jaren")),
    ("activiteiten", QT_TRANSLATE_NOOP("Dashboard", "Activiteiten"),
     QT_TRANSLATE_NOOP("Dashboard", "activiteiten van de vier O's met alle filters; het "
                                    "totaal van de grafieken")),
    ("producten", QT_TRANSLATE_NOOP("Dashboard", "Producten"),
     QT_TRANSLATE_NOOP("Dashboard", "opbrengsten met alle filters; het totaal van de "
                                    "grafieken")),
    ("bereik", QT_TRANSLATE_NOOP("Dashboard", "Bereik"),
     QT_TRANSLATE_NOOP("Dashboard", "bereikte personen: de som van het bereik van die "
                                    "activiteiten")),
)

#: the noun of each fact (``domain.plurals``): "1 praktijk", "2 praktijken"
FEITEN_NOUNS: dict[str, str] = {
    "werkplaatsen": "werkplaats", "hogescholen": "hogeschool", "gemeenten": "gemeente",
    "uitvoeringsorganisaties": "uitvoeringsorganisatie", "partners": "partner",
    "projecten": "praktijk", "onderwerpen": "onderwerp", "themas": "thema",
    "kenniskringen": "kenniskring", "activiteiten": "activiteit", "producten": "product",
}


@dataclass(frozen=True)
class WerkplaatsPunt:
    id: int
    naam: str
    provincie_code: str | None


@dataclass(frozen=True)
class DashboardData:
    filter: DashboardFilter
    uurtarief: Decimal
    feiten: Feiten
    activiteiten: Output
    producten: Output
    partners: list[CountRow]
    cofinanciering: list[FinanceRow]
    werkplaatsen: list[WerkplaatsPunt]

    def output(self, kind: str) -> Output:
        return self.activiteiten if kind == "activiteit" else self.producten
