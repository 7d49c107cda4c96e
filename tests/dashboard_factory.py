"""A small hand-built werkplaats database whose dashboard figures are known exactly.

Two werkplaatsen; activities with several themes, without theme and without gemeente;
products with and without an activity; no activities and no money in 2011 (a year without
data between years with data; one product); money in 2010, 2012 and 2013. Every expected
figure in the tests is worked out by hand from this description (see the comments).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tests.factories import gemeente_id, thema_id
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort, O, PartnerType, ProjectPartnerRol
from werkplaats_desktop.services import Services


@dataclass
class SmallDashboard:
    wp1: int
    wp2: int
    t1: int
    t4: int
    t9: int
    utrecht: int
    amsterdam: int
    zwolle: int
    activiteiten: dict[str, int]
    producten: dict[str, int]


def build_small_dashboard(services: Services) -> SmallDashboard:
    t1, t4, t9 = (thema_id(services, n) for n in (1, 4, 9))
    utrecht, amsterdam, zwolle = (gemeente_id(services, c) for c in ("GM0344", "GM0363", "GM0193"))
    add = services
    hs = add.partners.create(m.Partner(naam="Hogeschool Utrecht", type=PartnerType.HOGESCHOOL,
                                       provincie_code="PV26", gemeente_id=utrecht))
    gem_u = add.partners.create(m.Partner(naam="Gemeente Utrecht", type=PartnerType.GEMEENTE,
                                          provincie_code="PV26", gemeente_id=utrecht))
    gem_a = add.partners.create(m.Partner(naam="Gemeente Amsterdam", type=PartnerType.GEMEENTE,
                                          provincie_code="PV27", gemeente_id=amsterdam))
    zorg = add.partners.create(m.Partner(naam="Welzijn Zwolle",
                                         type=PartnerType.UITVOERINGSORGANISATIE,
                                         provincie_code="PV23", gemeente_id=zwolle))
    wp1 = add.werkplaatsen.create(m.Werkplaats(naam="Werkplaats Een", penvoerder_id=hs.id,
                                               provincie_code="PV26", startjaar=2009)).id
    wp2 = add.werkplaatsen.create(m.Werkplaats(naam="Werkplaats Twee", provincie_code="PV27",
                                               startjaar=2013)).id
    assert wp1 and wp2
    for wp, partner, start, end in ((wp1, hs, 2009, None), (wp1, gem_u, 2009, None),
                                    (wp2, gem_a, 2013, None), (wp1, zorg, 2011, 2012)):
        add.deelnames.create(m.Deelname(werkplaats_id=wp, partner_id=partner.id,
                                        startjaar=start, eindjaar=end))
    add.kenniskringen.create(m.Kenniskring(werkplaats_id=wp1, naam="Kring", startjaar=2009,
                                           eindjaar=2012, thema_ids=[t4]))
    p1 = add.projecten.create(m.Project(
        werkplaats_id=wp1, naam="Project Een", startdatum=date(2010, 1, 1),
        einddatum=date(2012, 12, 31), thema_ids=[t1, t4],
        partners=[m.ProjectPartner(partner_id=gem_u.id, rol=ProjectPartnerRol.TREKKER)]))
    p2 = add.projecten.create(m.Project(
        werkplaats_id=wp2, naam="Project Twee", startdatum=date(2013, 1, 1),
        einddatum=date(2014, 12, 31), thema_ids=[t9],
        partners=[m.ProjectPartner(partner_id=zorg.id, rol=ProjectPartnerRol.UITVOERDER)]))

    def act(key: str, wp: int, jaar: int, o: O, gem: int | None, themes: list[int],
            project: int | None, bereik: int | None) -> int:
        subtype = {O.ONDERZOEK: "praktijkonderzoek", O.ONDERWIJS: "bijscholing",
                   O.ONDERSTEUNING: "conferentie"}[o]
        a = add.activiteiten.create(m.Activiteit(
            werkplaats_id=wp, titel=key, o=o, subtype=subtype, jaar=jaar, gemeente_id=gem,
            thema_ids=themes, project_id=project, bereik=bereik))
        assert a.id
        return a.id

    project_of: dict[str, int | None] = {"a1": p1.id, "a2": p1.id, "a3": None, "a4": p2.id}
    acts = {
        # two themes: counts under t1 and under t4, once in the total
        "a1": act("a1", wp1, 2010, O.ONDERZOEK, utrecht, [t1, t4], p1.id, 10),
        # no gemeente
        "a2": act("a2", wp1, 2010, O.ONDERWIJS, None, [t1], p1.id, 5),
        # no theme, no project
        "a3": act("a3", wp1, 2012, O.ONDERZOEK, zwolle, [], None, None),
        "a4": act("a4", wp2, 2013, O.ONDERSTEUNING, amsterdam, [t9], p2.id, 100),
    }

    def prod(key: str, wp: int, jaar: int, activiteit: str | None, themes: list[int]) -> int:
        p = add.producten.create(m.Product(
            werkplaats_id=wp, titel=key, type="publicatie", jaar=jaar, thema_ids=themes,
            activiteit_id=acts[activiteit] if activiteit else None,
            project_id=project_of[activiteit] if activiteit else None))
        assert p.id
        return p.id

    prods = {
        "pr1": prod("pr1", wp1, 2010, "a1", [t1, t4]),  # onderzoek, Utrecht (PV26)
        "pr2": prod("pr2", wp1, 2012, None, []),  # no O, no gemeente: werkplaats's PV26
        "pr3": prod("pr3", wp2, 2013, "a4", [t9]),  # ondersteuning, Amsterdam (PV27)
        "pr4": prod("pr4", wp1, 2011, "a2", [t9]),  # onderwijs; activity without gemeente
    }
    for wp, jaar, bedrag in ((wp1, 2010, 100_000), (wp1, 2012, 50_000), (wp2, 2013, 90_000)):
        add.subsidies.create(m.Subsidie(werkplaats_id=wp, jaar=jaar, bedrag=Decimal(bedrag)))
    for wp, partner, jaar, soort, n in (
            (wp1, gem_u, 2010, BijdrageSoort.GELD, "20000"),
            (wp1, zorg, 2010, BijdrageSoort.UREN, "400"),
            (wp2, gem_a, 2013, BijdrageSoort.UREN, "100.50")):
        add.bijdragen.create(m.Bijdrage(werkplaats_id=wp, partner_id=partner.id, jaar=jaar,
                                        soort=soort, hoeveelheid=Decimal(n)))
    return SmallDashboard(wp1, wp2, t1, t4, t9, utrecht, amsterdam, zwolle, acts, prods)
