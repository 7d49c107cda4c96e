"""Two werkplaats files made independently, from empty, through the services, as two users would
(issue 14): Utrecht and Zwolle each set up their own werkplaats, work with partners they have
in common (Movisie, the gemeente Utrecht), record a themasamenwerking naming the other, and
export. Used by tests/test_national_overview.py and to show the scenario's output."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.factories import gemeente_id, thema_id
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort, O, PartnerType, ProjectPartnerRol
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database


@dataclass(frozen=True)
class Werkplaats:
    """What one user types: their werkplaats (from the national list), its hogeschool and
    gemeente, and how they name the partners both werkplaatsen work with."""

    code: str
    naam: str
    hogeschool: str
    provincie: str
    gemeente: tuple[str, str]  # (partner name, CBS code)
    movisie: str  # how this user spells Movisie
    utrecht: str  # how this user names the gemeente Utrecht
    ander: str  # the other werkplaats, named in the themasamenwerking
    thema: int
    titels: tuple[str, ...]


UTRECHT = Werkplaats("WSD-UTR", "Wmo-werkplaats Utrecht", "Hogeschool Utrecht", "PV26",
                     ("Gemeente Utrecht", "GM0344"), "Movisie", "Gemeente Utrecht",
                     "Wmo-werkplaats Zwolle", 4,
                     ("Studiedag eenzaamheid", "Training presentie", "Onderzoek buurtteams"))
ZWOLLE = Werkplaats("WSD-ZWO", "Wmo-werkplaats Zwolle", "Hogeschool Windesheim", "PV23",
                    ("Gemeente Zwolle", "GM0193"), "MOVISIE", "gemeente  Utrecht",
                    "Wmo-werkplaats Utrecht", 9,
                    ("Actieleren in sociale teams", "Minor sociaal werk"))


def make_file(path: Path, template: Path, w: Werkplaats) -> Path:
    """The file of one werkplaats, made from empty through the services; returns its full
    export (``<name>.zip``)."""
    shutil.copy(template, path)
    with Database.open(path) as db:
        s = Services(db)
        wid = s.info.start_own_werkplaats(w.code, "", w.hogeschool, w.provincie)
        gem_naam, cbs = w.gemeente
        own_gem = s.partners.create(m.Partner(naam=gem_naam, type=PartnerType.GEMEENTE,
                                              gemeente_id=gemeente_id(s, cbs)))
        movisie = s.partners.create(m.Partner(naam=w.movisie, type=PartnerType.KENNISINSTITUUT))
        partners = [p for p in s.partners.all() if p.naam == w.hogeschool] + [own_gem, movisie]
        if cbs != "GM0344":
            partners.append(s.partners.create(m.Partner(
                naam=w.utrecht, type=PartnerType.GEMEENTE, gemeente_id=gemeente_id(s, "GM0344"))))
        for p in partners:
            s.deelnames.create(m.Deelname(werkplaats_id=wid, partner_id=p.id, startjaar=2013))
        s.bijdragen.create(m.Bijdrage(werkplaats_id=wid, partner_id=own_gem.id, jaar=2015,
                                      soort=BijdrageSoort.GELD, hoeveelheid=Decimal("25000")))
        s.subsidies.create(m.Subsidie(werkplaats_id=wid, jaar=2015, bedrag=Decimal("150000")))
        project = s.projecten.create(m.Project(
            werkplaats_id=wid, naam=f"Samen sterker in {gem_naam.split()[-1]}",
            startdatum=date(2014, 1, 1), thema_ids=[thema_id(s, w.thema)],
            partners=[m.ProjectPartner(partner_id=own_gem.id, rol=ProjectPartnerRol.TREKKER),
                      m.ProjectPartner(partner_id=movisie.id, rol=ProjectPartnerRol.MEEDENKER)]))
        for i, titel in enumerate(w.titels):
            act = s.activiteiten.create(m.Activiteit(
                werkplaats_id=wid, titel=titel, o=list(O)[i % 4], jaar=2014 + i % 2,
                project_id=project.id, gemeente_id=gemeente_id(s, cbs), bereik=20 + i,
                thema_ids=[thema_id(s, w.thema)]))
            if i == 0:
                s.producten.create(m.Product(
                    werkplaats_id=wid, titel=f"Verslag: {titel}", type="publicatie", jaar=2015,
                    activiteit_id=act.id, project_id=project.id,
                    thema_ids=[thema_id(s, w.thema)]))
        other = s.werkplaatsen.create(m.Werkplaats(naam=w.ander))  # a reference
        s.themasamenwerkingen.create(m.Themasamenwerking(
            naam="Eenzaamheid", thema_id=thema_id(s, 4), werkplaats_ids=[wid, other.id]))
        target = path.with_suffix(".zip")
        export(db, target, ExportOptions(VOLLEDIG))
    return target
