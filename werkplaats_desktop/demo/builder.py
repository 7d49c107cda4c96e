"""Build the demo database: the 14 Wmo-werkplaatsen from the seeds, filled with example data.

The facts (facts.py) are entered as they are; around them the builder generates projects,
activities, products, bijdragen and a kennisagenda over 2009-2015 (subsidies and agenda to
2018), shaped like the 'Feiten en cijfers 2015' (122 praktijken, 121 gemeenten, 280
uitvoeringsorganisaties). Everything goes through the record services (so it passes the same
validation as user input) in one transaction. The result depends only on ``seed``: the same
seed gives the same records, UUIDs and timestamps. The file is marked ``voorbeelddata``.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    O,
    Overeenkomst,
    PartnerType,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
    WerkplaatsType,
)
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.info import DEMO_KEY, DEMO_YES
from werkplaats_desktop.services.progress import SILENT, Progress
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database


def _id(record: m.Record) -> int:
    """The id of a record made in this build (it has one once stored)."""
    assert record.id is not None
    return record.id


DEFAULT_SEED = 2015
LAST_YEAR = 2015
FIXED_TIME = datetime(2016, 1, 1, 9, 0, 0)
EXAMPLE = "Voorbeelddata (gegenereerd)."

_VOORNAMEN = (
    "Anna",
    "Bram",
    "Carmen",
    "Daan",
    "Esra",
    "Femke",
    "Gijs",
    "Hanna",
    "Ilse",
    "Jeroen",
    "Karin",
    "Lars",
    "Mila",
    "Noor",
    "Omar",
    "Petra",
    "Ruben",
    "Sanne",
    "Tim",
    "Yara",
    "Wouter",
    "Fatima",
    "Koen",
    "Lotte",
    "Mehmet",
    "Eline",
    "Joost",
    "Inge",
    "Sem",
    "Anouk",
)
_ACHTERNAMEN = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "Vermeulen",
    "Yilmaz",
    "El Amrani",
    "van Dijk",
    "Koster",
    "Prins",
    "Huisman",
)
# generic kinds of organisation (no real brand names: these partners are invented)
_INSTELLINGEN = (
    "Welzijn",
    "Zorggroep",
    "Wijkteam",
    "Thuiszorg",
    "GGZ",
    "Sociaal Werk",
    "Woonzorg",
    "Jeugdhulp",
    "Maatschappelijke Dienstverlening",
    "Dagbesteding",
)
_OVERIGE = (
    ("vrijwilligersorganisatie", "Vrijwilligerscentrale"),
    ("burgerorganisatie", "Platform Wmo"),
    ("mbo", "ROC"),
)
_REGIOS = (
    "Regio Twente",
    "Regio Zuid-Limburg",
    "Regio West-Brabant",
    "Regio Noordoost-Brabant",
    "Regio Zuidoost-Brabant",
    "Regio Groningen-Assen",
    "Regio Amersfoort",
    "Regio IJssel-Vecht",
    "Regio Holland Rijnland",
)
_STADSDELEN = (
    ("Stadsdeel Oost (Amsterdam)", "GM0363"),
    ("Stadsdeel Zuid (Amsterdam)", "GM0363"),
    ("Deelgemeente Feijenoord (Rotterdam)", "GM0599"),
    ("Deelgemeente Delfshaven (Rotterdam)", "GM0599"),
)
_DIENSTEN = (
    ("Dienst Werk en Inkomen Amsterdam", "GM0363"),
    ("GGD Rotterdam-Rijnmond", "GM0599"),
    ("Sociale Dienst Groningen", "GM0014"),
)
_PROVINCIES = (
    ("Provincie Utrecht", "PV26"),
    ("Provincie Flevoland", "PV24"),
    ("Provincie Limburg", "PV31"),
)

#: Per Movisie theme number: how a generated project on it is called ({g} = a gemeente).
_PROJECT_NAMEN = {
    1: "Burgerinitiatieven in {g}",
    2: "Armoede en meedoen in {g}",
    3: "Leernetwerk sociale professionals {g}",
    4: "Eenzaamheid doorbreken in {g}",
    5: "Zorg op afstand in {g}",
    6: "Eigen kracht in de wijk ({g})",
    7: "Sturing van sociale wijkteams in {g}",
    8: "Het keukentafelgesprek in {g}",
    9: "Sociaal wijkteam {g}",
    10: "Interprofessioneel samenwerken in {g}",
    11: "Jeugd- en gezinsteams {g}",
    12: "Kennisdeling in de regio {g}",
    13: "Maatschappelijk rendement in {g}",
    14: "Rehabilitatie in de wijk ({g})",
    15: "Mantelzorg en vrijwilligers in {g}",
    16: "Ketensamenwerking schulden {g}",
    17: "Van zorg naar ondersteuning in {g}",
    18: "Wmo-loket nieuwe stijl {g}",
    19: "Ervaringsdeskundigheid in {g}",
}
#: O mix for werkplaatsen started in 2009/2012 and those of 2013 ("smallere opdracht ...
#: voornamelijk implementatie ... minder op ontwikkeling", [004] 1).
_O_MIX_BREED = {O.ONDERZOEK: 0.3, O.ONTWIKKELING: 0.25, O.ONDERWIJS: 0.2, O.ONDERSTEUNING: 0.25}
_O_MIX_SMAL = {O.ONDERZOEK: 0.2, O.ONTWIKKELING: 0.1, O.ONDERWIJS: 0.3, O.ONDERSTEUNING: 0.4}
_PRODUCT_BIJ_O = {
    O.ONDERZOEK: ("publicatie", "factsheet"),
    O.ONTWIKKELING: ("methodiekbeschrijving", "instrument"),
    O.ONDERWIJS: ("onderwijsmodule", "training"),
    O.ONDERSTEUNING: ("conferentie", "website", "publicatie", "audiovisueel"),
}
_BEREIK = {
    "conferentie": (60, 300),
    "verspreiding": (100, 2000),
    "bijscholing": (10, 40),
    "onderwijsmodule": (20, 120),
    "minor": (15, 40),
    "gastcollege": (20, 80),
    "netwerkbijeenkomst": (10, 40),
    "actieleren": (6, 20),
    "advies": (2, 15),
}


class _Builder:
    def __init__(self, db: Database, seed: int):
        self.db = db
        self.svc = Services(db)
        self.rng = random.Random(seed)
        self.seed = seed
        self._n: dict[str, int] = defaultdict(int)
        self.s: Session
        self.gem: dict[str, int] = {}
        self.gem_naam: dict[str, str] = {}
        self.gem_prov: dict[str, str] = {}
        self.netwerk: dict[str, str | None] = {}
        self.thema: dict[int, int] = {}
        self.thema_extra: list[int] = []
        self.wp: dict[str, m.Werkplaats] = {}
        self.wp_gemeenten: dict[str, list[str]] = defaultdict(list)
        self.wp_partners: dict[str, list[tuple[m.Partner, DeelnameRol, int]]] = defaultdict(list)
        self.hogeschool: dict[str, m.Partner] = {}
        self.lector: dict[str, m.Persoon] = {}

    # helpers

    def uid(self, kind: str) -> str:
        self._n[kind] += 1
        return str(
            uuid.uuid5(uuid.NAMESPACE_OID, f"werkplaats-demo:{self.seed}:{kind}:{self._n[kind]}")
        )

    def add(self, key: str, record: Any) -> Any:
        record.uuid = self.uid(key)
        return self.svc.records(key).add(self.s, record)

    def pick_o(self, breed: bool) -> O:
        mix = _O_MIX_BREED if breed else _O_MIX_SMAL
        return self.rng.choices(list(mix), weights=list(mix.values()))[0]

    def person(
        self, organisatie: m.Partner | None, wp: str, rol: PersoonRol, functie: str
    ) -> m.Persoon:
        naam = f"{self.rng.choice(_VOORNAMEN)} {self.rng.choice(_ACHTERNAMEN)}"
        slug = naam.lower().replace(" ", ".").replace("'", "")
        return self.add(
            "persoon",
            m.Persoon(
                naam=naam,
                functie=functie,
                organisatie_id=organisatie.id if organisatie else None,
                email=f"{slug}@voorbeeld.nl",
                telefoon=f"06-{self.rng.randint(10000000, 99999999)}",
                notitie=EXAMPLE,
                rollen=[m.PersoonRolInWerkplaats(werkplaats_id=_id(self.wp[wp]), rol=rol)],
            ),
        )

    # steps

    def reference(self) -> None:
        for g in self.s.scalars(select(orm.Gemeente)):
            assert g.cbs_code
            self.gem[g.cbs_code] = g.id
            self.gem_naam[g.cbs_code] = g.naam
            self.gem_prov[g.cbs_code] = g.provincie_code or ""
            self.netwerk[g.cbs_code] = g.netwerk.value if g.netwerk else None
        for t in self.s.scalars(select(orm.Thema)):
            if t.nummer:
                self.thema[t.nummer] = t.id
            else:
                self.thema_extra.append(t.id)

    def werkplaatsen(self) -> None:
        hogescholen: dict[str, m.Partner] = {}
        for f in F.WERKPLAATSEN:
            if f.hogeschool not in hogescholen:
                hogescholen[f.hogeschool] = self.add(
                    "partner",
                    m.Partner(
                        naam=f.hogeschool,
                        type=PartnerType.HOGESCHOOL,
                        provincie_code=f.provincie,
                        gemeente_id=self.gem[f.gemeente],
                    ),
                )
            hs = hogescholen[f.hogeschool]
            self.hogeschool[f.key] = hs
            self.wp[f.key] = self.add(
                "werkplaats",
                m.Werkplaats(
                    naam=f.naam,
                    type=WerkplaatsType.WMO_WERKPLAATS,
                    penvoerder_id=hs.id,
                    provincie_code=f.provincie,
                    regio=self.gem_naam[f.gemeente] + " en omstreken",
                    startjaar=f.startjaar,
                    beschrijving=f"Bron: {f.bron}. Projecten, activiteiten, producten en bijdragen "
                    f"zijn voorbeelddata.",
                ),
            )
            self._deelname(
                f.key, hs, DeelnameRol.TREKKER, Overeenkomst.BESTUURLIJKE_OVEREENKOMST, f.startjaar
            )
        viaa = self.add(
            "partner",
            m.Partner(
                naam="Viaa Gereformeerde Hogeschool",
                type=PartnerType.HOGESCHOOL,
                provincie_code="PV23",
                gemeente_id=self.gem["GM0193"],
            ),
        )
        self._deelname("zwolle", viaa, DeelnameRol.PARTNER, Overeenkomst.CONVENANT, 2013)

    def _deelname(
        self,
        wp: str,
        partner: m.Partner,
        rol: DeelnameRol,
        ov: Overeenkomst,
        start: int,
        contact: m.Persoon | None = None,
        toelichting: str = "",
    ) -> None:
        self.add(
            "deelname",
            m.Deelname(
                werkplaats_id=_id(self.wp[wp]),
                partner_id=partner.id,
                rol=rol,
                overeenkomst=ov,
                startjaar=start,
                contactpersoon_id=contact.id if contact else None,
                toelichting=toelichting,
            ),
        )
        self.wp_partners[wp].append((partner, rol, start))

    def kennisinstituten(self) -> None:
        for naam in F.KENNISINSTITUTEN:
            p = self.add(
                "partner",
                m.Partner(
                    naam=naam,
                    type=PartnerType.KENNISINSTITUUT,
                    provincie_code="PV26",
                    gemeente_id=self.gem["GM0344"],
                ),
            )
            if naam == "Movisie":
                for key, wp in self.wp.items():
                    self._deelname(
                        key,
                        p,
                        DeelnameRol.PARTNER,
                        Overeenkomst.GEEN,
                        wp.startjaar or 2009,
                        toelichting="Ondersteunt het landelijk overleg ([004] 1).",
                    )
        self.add(
            "persoon",
            m.Persoon(
                naam=F.LANDELIJK_VOORZITTER,
                functie="Onafhankelijk voorzitter landelijk overleg "
                "Wmo-werkplaatsen ([000], [004] bijlage 1)",
            ),
        )

    def gemeenten(self) -> None:
        """121 participating gemeenten: all G4, 25 of the G32, the rest from the provinces of
        the werkplaatsen; each in the werkplaats of its province (two per province: split)."""
        by_prov: dict[str, list[str]] = defaultdict(list)
        for f in F.WERKPLAATSEN:
            by_prov[f.provincie].append(f.key)
        by_prov["PV22"].append("noord")  # Drenthe is covered from Groningen
        pinned = {f.gemeente: f.key for f in F.WERKPLAATSEN}
        pinned.update({"GM0518": "sio", "GM0796": "avans", "GM0164": "twente", "GM0158": "twente"})
        for _naam, code, wp in F.GEMEENTE_MENSEN:
            pinned[code] = wp
        for _name, _themes, pilots, _out in F.UTRECHT_KENNISKRINGEN:
            for code in pilots:
                pinned[code] = "utrecht"
        eligible = [c for c in self.gem if self.gem_prov[c] in by_prov]
        g4 = [c for c in eligible if self.netwerk[c] == "g4"]
        g32_all = sorted(c for c in eligible if self.netwerk[c] == "g32")
        g32 = [c for c in g32_all if c in pinned]
        rest32 = [c for c in g32_all if c not in pinned]
        g32 += self.rng.sample(rest32, F.FEITEN_2015["g32_gemeenten"] - len(g32))
        others_pinned = [c for c in pinned if self.netwerk.get(c) is None]
        pool = sorted(c for c in eligible if self.netwerk[c] is None and c not in pinned)
        need = F.FEITEN_2015["gemeenten"] - len(g4) - len(g32) - len(others_pinned)
        chosen = sorted(set(g4 + g32 + others_pinned + self.rng.sample(pool, need)))
        contact = {code: naam for naam, code, _wp in F.GEMEENTE_MENSEN}
        for code in chosen:
            wps = by_prov[self.gem_prov[code]]
            wp = pinned.get(code) or wps[self.rng.randrange(len(wps))]
            p = self.add(
                "partner",
                m.Partner(
                    naam=f"Gemeente {self.gem_naam[code]}",
                    type=PartnerType.GEMEENTE,
                    provincie_code=self.gem_prov[code],
                    gemeente_id=self.gem[code],
                ),
            )
            persoon = None
            if code in contact:
                persoon = self.add(
                    "persoon",
                    m.Persoon(
                        naam=contact[code],
                        functie="Beleidsadviseur",
                        organisatie_id=p.id,
                        rollen=[
                            m.PersoonRolInWerkplaats(
                                werkplaats_id=_id(self.wp[wp]), rol=PersoonRol.CONTACTPERSOON
                            )
                        ],
                    ),
                )
            main = pinned.get(code) == wp and code in {f.gemeente for f in F.WERKPLAATSEN}
            start = max(self.wp[wp].startjaar or 2009, self.rng.randint(2009, 2014))
            self._deelname(
                wp,
                p,
                DeelnameRol.TREKKER
                if main
                else self.rng.choice(
                    [DeelnameRol.PARTNER, DeelnameRol.FINANCIER, DeelnameRol.IN_NATURA]
                ),
                Overeenkomst.BESTUURLIJKE_OVEREENKOMST
                if main
                else self.rng.choice([Overeenkomst.CONVENANT, Overeenkomst.PROJECTBASIS]),
                (self.wp[wp].startjaar or start) if main else start,
                persoon,
            )
            self.wp_gemeenten[wp].append(code)

    def organisaties(self) -> None:
        counted = 0
        for naam, soort, code, wp in F.GENOEMDE_ORGANISATIES:
            p = self.add(
                "partner",
                m.Partner(
                    naam=naam,
                    type=PartnerType(soort),
                    provincie_code=self.gem_prov[code] if code else None,
                    gemeente_id=self.gem[code] if code else None,
                ),
            )
            counted += soort == "uitvoeringsorganisatie"
            self._deelname(
                wp,
                p,
                DeelnameRol.PARTNER,
                Overeenkomst.PROJECTBASIS,
                max(self.wp[wp].startjaar or 2009, 2010),
            )
        for naam, code in _STADSDELEN:
            wp = "amsterdam" if code == "GM0363" else "rotterdam"
            self._org(naam, PartnerType.STADSDEEL, code, wp)
        for naam, code in _DIENSTEN:
            wp = {"GM0363": "amsterdam", "GM0599": "rotterdam", "GM0014": "noord"}[code]
            self._org(naam, PartnerType.GEMEENTELIJKE_DIENST, code, wp)
        for naam, prov in _PROVINCIES:
            wp = {"PV26": "utrecht", "PV24": "flevoland", "PV31": "zuyd"}[prov]
            self.add_partner_in(
                wp,
                m.Partner(
                    naam=naam, type=PartnerType.PROVINCIE, provincie_code=prov, omschrijving=EXAMPLE
                ),
                DeelnameRol.FINANCIER,
            )
        for naam in _REGIOS:
            wp = self.rng.choice(list(self.wp))
            self.add_partner_in(
                wp,
                m.Partner(
                    naam=naam,
                    type=PartnerType.REGIO,
                    provincie_code=self.wp[wp].provincie_code,
                    omschrijving=EXAMPLE,
                ),
                DeelnameRol.PARTNER,
            )
        names: set[str] = set()
        while counted < F.FEITEN_2015["uitvoeringsorganisaties"]:
            wp = self.rng.choice(list(self.wp))
            code = self.rng.choice(self.wp_gemeenten[wp])
            naam = f"{self.rng.choice(_INSTELLINGEN)} {self.gem_naam[code]}"
            if naam in names:
                continue
            names.add(naam)
            self._org(naam, PartnerType.UITVOERINGSORGANISATIE, code, wp)
            counted += 1
        for wp in self.wp:
            for soort, prefix in _OVERIGE:
                code = self.rng.choice(self.wp_gemeenten[wp])
                naam = f"{prefix} {self.gem_naam[code]}"
                if naam not in names:
                    names.add(naam)
                    self._org(naam, PartnerType(soort), code, wp)

    def _org(self, naam: str, soort: PartnerType, code: str, wp: str) -> None:
        self.add_partner_in(
            wp,
            m.Partner(
                naam=naam,
                type=soort,
                provincie_code=self.gem_prov[code],
                gemeente_id=self.gem[code],
                omschrijving=EXAMPLE,
            ),
            self.rng.choice([DeelnameRol.PARTNER, DeelnameRol.IN_NATURA]),
        )

    def add_partner_in(self, wp: str, partner: m.Partner, rol: DeelnameRol) -> None:
        p = self.add("partner", partner)
        start = max(self.wp[wp].startjaar or 2009, self.rng.randint(2009, 2015))
        self._deelname(wp, p, rol, self.rng.choice(list(Overeenkomst)), start)

    def mensen(self) -> None:
        for naam, wp, rol in F.HOGESCHOOL_MENSEN:
            p = self.add(
                "persoon",
                m.Persoon(
                    naam=naam,
                    functie="Lector" if rol == "lector" else "Medewerker hogeschool",
                    organisatie_id=self.hogeschool[wp].id,
                    rollen=[
                        m.PersoonRolInWerkplaats(
                            werkplaats_id=_id(self.wp[wp]), rol=PersoonRol(rol)
                        )
                    ],
                ),
            )
            if rol == "lector" and wp not in self.lector:
                self.lector[wp] = p
        for wp in self.wp:
            if wp not in self.lector:
                self.lector[wp] = self.person(self.hogeschool[wp], wp, PersoonRol.LECTOR, "Lector")
        self.add(
            "lectoraat",
            m.Lectoraat(
                werkplaats_id=self.wp["utrecht"].id,
                naam="Participatie, Zorg en Ondersteuning",
                lector_id=self.lector["utrecht"].id,
            ),
        )
        for naam in F.AVANS_LECTORATEN:
            self.add("lectoraat", m.Lectoraat(werkplaats_id=self.wp["avans"].id, naam=naam))

    def kenniskringen_en_projecten(self) -> None:
        # Utrecht: the five kenniskringen of [002], 2009-2012, each with its project and outputs
        for naam, themes, pilots, outputs in F.UTRECHT_KENNISKRINGEN:
            kk = self.add(
                "kenniskring",
                m.Kenniskring(
                    werkplaats_id=self.wp["utrecht"].id,
                    naam=naam,
                    startjaar=2009,
                    eindjaar=2012,
                    trekker_id=self.lector["utrecht"].id,
                    thema_ids=[self.thema[t] for t in themes],
                    omschrijving="Wmo-kenniskring van de eerste fase ([002]).",
                ),
            )
            proj = self.project(
                "utrecht",
                naam,
                [self.thema[t] for t in themes],
                date(2009, 9, 1),
                date(2012, 12, 31),
                pilots=list(pilots),
                kenniskring=kk,
                source="[002]",
            )
            for soort, titel in outputs:
                self.add(
                    "product",
                    m.Product(
                        werkplaats_id=self.wp["utrecht"].id,
                        titel=titel,
                        type=soort,
                        jaar=self.rng.randint(2011, 2012),
                        project_id=proj.id,
                        kenniskring_id=kk.id,
                        thema_ids=[self.thema[t] for t in themes],
                        omschrijving="Opbrengst genoemd in [002].",
                    ),
                )
        self.project(
            "amsterdam",
            "Samen DOEN Geuzenveld-Slotermeer",
            [self.thema[9], self.thema[6]],
            date(2011, 1, 1),
            date(2013, 12, 31),
            pilots=["GM0363"],
            source="[004] 3.1",
        )
        self.project(
            "nijmegen",
            "Actieleren in wijkteams",
            [self.thema[3], self.thema[9]],
            date(2012, 1, 1),
            date(2014, 6, 30),
            pilots=["GM0268"],
            source="[004] 3.1",
        )
        self.project(
            "zwolle",
            "Actieleren in de Zwolse sociale teams",
            [self.thema[3], self.thema[9]],
            date(2014, 1, 1),
            date(2015, 12, 31),
            pilots=["GM0193"],
            source="[004] 3.1",
        )
        self.project(
            "sio",
            "De nieuwe professional",
            [self.thema[3]],
            date(2013, 9, 1),
            date(2015, 12, 31),
            source="[004] 2.2",
        )
        self.project(
            "noord-holland",
            "Nieuwe samenwerking met de civil society",
            [self.thema[1], self.thema[15]],
            date(2013, 9, 1),
            date(2015, 12, 31),
            source="[004] 2.2",
        )
        for naam, themes in F.AVANS_PROGRAMMAS:
            self.project(
                "avans",
                naam,
                [self.thema[t] for t in themes],
                date(2016, 1, 1),
                date(2018, 12, 31),
                pilots=list(F.AVANS_GEMEENTEN),
                source="[003]",
                status=ProjectStatus.LOPEND,
                activities=False,
            )
        # the other praktijken, up to 122 in all ('Feiten en cijfers 2015')
        quota = {
            k: (12 if wp.startjaar == 2009 else 9 if wp.startjaar == 2012 else 6)
            for k, wp in self.wp.items()
        }
        done = defaultdict(
            int,
            {
                "utrecht": 5,
                "amsterdam": 1,
                "nijmegen": 1,
                "zwolle": 1,
                "sio": 1,
                "noord-holland": 1,
                "avans": 0,
            },
        )
        total = sum(done.values()) + len(F.AVANS_PROGRAMMAS)
        keys = sorted(self.wp, key=lambda k: (self.wp[k].startjaar or 0, k))
        names: set[str] = set()
        while total < F.FEITEN_2015["praktijken"]:
            for key in keys:
                if total >= F.FEITEN_2015["praktijken"] or done[key] >= quota[key]:
                    continue
                nummer = self.rng.randint(1, 19)
                code = self.rng.choice(self.wp_gemeenten[key])
                naam = _PROJECT_NAMEN[nummer].format(g=self.gem_naam[code])
                if naam in names:
                    continue
                names.add(naam)
                extra = self.rng.sample(range(1, 20), self.rng.randint(0, 2))
                project_themes = [self.thema[nummer]]
                project_themes += [self.thema[t] for t in extra if t != nummer]
                start_year = self.rng.randint(self.wp[key].startjaar or 2009, LAST_YEAR)
                start = date(start_year, self.rng.choice([1, 3, 9]), 1)
                end = date(min(start_year + self.rng.randint(0, 2), LAST_YEAR + 1), 12, 31)
                self.project(key, naam, project_themes, start, end, pilots=[code])
                done[key] += 1
                total += 1
            if all(done[k] >= quota[k] for k in keys):
                quota = {k: q + 1 for k, q in quota.items()}

    def project(
        self,
        wp: str,
        naam: str,
        themes: list[int],
        start: date,
        end: date,
        *,
        pilots: Sequence[str] = (),
        kenniskring: m.Kenniskring | None = None,  # type: ignore[assignment]
        source: str | None = None,
        status: ProjectStatus | None = None,
        activities: bool = True,
    ) -> m.Project:
        partners = [
            p
            for p, _rol, s in self.wp_partners[wp]
            if p.type != PartnerType.HOGESCHOOL and s <= start.year
        ]
        chosen = self.rng.sample(partners, min(len(partners), self.rng.randint(1, 4)))
        praktijk = chosen[0] if chosen else None
        twee_leiders = wp == "twente" or self.rng.random() < 0.6
        leider_o = self.person(
            self.hogeschool[wp], wp, PersoonRol.ONDERZOEKER, "Docent-onderzoeker"
        )
        leider_p = (
            self.person(praktijk, wp, PersoonRol.CONTACTPERSOON, "Projectleider praktijk")
            if twee_leiders and praktijk
            else None
        )
        if status is None:
            status = (
                ProjectStatus.AFGEROND
                if end.year <= LAST_YEAR and end < date(2015, 6, 1)
                else ProjectStatus.LOPEND
            )
        proj = self.add(
            "project",
            m.Project(
                werkplaats_id=_id(self.wp[wp]),
                naam=naam,
                kenniskring_id=kenniskring.id if kenniskring else None,
                status=status,
                startdatum=start,
                einddatum=end,
                thema_ids=themes,
                leider_onderwijs_id=leider_o.id,
                leider_praktijk_id=leider_p.id if leider_p else None,
                partners=[
                    m.ProjectPartner(
                        partner_id=_id(p),
                        rol=ProjectPartnerRol.TREKKER
                        if i == 0
                        else self.rng.choice(list(ProjectPartnerRol)),
                    )
                    for i, p in enumerate(chosen)
                ],
                pilot_gemeente_ids=[self.gem[c] for c in pilots],
                omschrijving=f"Genoemd in {source}." if source else EXAMPLE,
            ),
        )
        if activities:
            self.activiteiten(wp, proj, themes, list(pilots) or self.wp_gemeenten[wp][:3])
        return proj

    def activiteiten(
        self, wp: str, proj: m.Project, themes: list[int], gemeenten: list[str]
    ) -> None:
        breed = (self.wp[wp].startjaar or 2009) < 2013
        assert proj.startdatum and proj.einddatum
        last = min(proj.einddatum.year, LAST_YEAR)
        for year in range(proj.startdatum.year, last + 1):
            for _ in range(self.rng.randint(4, 9)):
                o = self.pick_o(breed)
                subtype = self.rng.choice(self.subtypes[o])
                lo = max(proj.startdatum, date(year, 1, 1))
                hi = min(proj.einddatum, date(year, 12, 31))
                day = lo + timedelta(days=self.rng.randint(0, max(0, (hi - lo).days)))
                bereik = self.rng.randint(*_BEREIK.get(subtype, (0, 30)))
                code = self.rng.choice(gemeenten) if self.rng.random() < 0.9 else None
                act = self.add(
                    "activiteit",
                    m.Activiteit(
                        werkplaats_id=_id(self.wp[wp]),
                        titel=f"{self.subtype_naam[subtype]}: {proj.naam}",
                        o=o,
                        subtype=subtype,
                        jaar=year,
                        datum=day,
                        project_id=proj.id,
                        kenniskring_id=proj.kenniskring_id,
                        gemeente_id=self.gem[code] if code else None,
                        bereik=bereik,
                        uren=Decimal(self.rng.randint(4, 320)),
                        aantal_onderzoekers=self.rng.randint(1, 4),
                        aantal_professionals=self.rng.randint(0, 12),
                        aantal_studenten=self.rng.randint(0, 15),
                        aantal_vrijwilligers=self.rng.randint(0, 5),
                        thema_ids=self.rng.sample(themes, self.rng.randint(1, len(themes))),
                        omschrijving=EXAMPLE,
                    ),
                )
                if self.rng.random() < 0.2:
                    soort = self.rng.choice(_PRODUCT_BIJ_O[o])
                    self.add(
                        "product",
                        m.Product(
                            werkplaats_id=_id(self.wp[wp]),
                            titel=f"{self.product_naam[soort]}: {proj.naam} ({year})",
                            type=soort,
                            jaar=year,
                            project_id=proj.id,
                            activiteit_id=act.id,
                            link=f"https://example.org/werkplaats/{act.uuid}",
                            open_access=self.rng.random() < 0.95,
                            thema_ids=act.thema_ids,
                            omschrijving=EXAMPLE,
                        ),
                    )

    def landelijk_overleg(self) -> None:
        y, mth, d = F.LANDELIJK_OVERLEG_DATUM
        for wp in self.wp.values():
            self.add(
                "activiteit",
                m.Activiteit(
                    werkplaats_id=wp.id,
                    titel="Landelijk overleg Wmo-werkplaatsen",
                    o=O.ONDERSTEUNING,
                    subtype="netwerkbijeenkomst",
                    jaar=y,
                    datum=date(y, mth, d),
                    gemeente_id=self.gem["GM0344"],
                    aantal_onderzoekers=1,
                    thema_ids=[self.thema[12]],
                    omschrijving="Voorgezeten door onafhankelijk voorzitter Theo Roes, ondersteund "
                    "door Movisie ([004] bijlage 1).",
                ),
            )

    def geld(self) -> None:
        rate = Decimal(75)  # euro per hour, only to aim the example at the one-third rule
        per_wp_2016 = (Decimal(F.VWS_PER_JAAR_VANAF_2016) / len(self.wp)).quantize(Decimal("0.01"))
        for key, wp in self.wp.items():
            first = wp.startjaar or 2009
            for year in range(first, 2019):
                if year >= 2016:
                    bedrag, note = (
                        per_wp_2016,
                        "EUR 2,6 miljoen per jaar voor alle werkplaatsen "
                        "samen, gelijk verdeeld ([000]).",
                    )
                else:
                    bedrag = Decimal(self.rng.randrange(120_000, 220_000, 1000))
                    note = EXAMPLE
                self.add(
                    "subsidie",
                    m.Subsidie(
                        werkplaats_id=wp.id,
                        jaar=year,
                        bedrag=bedrag,
                        verstrekker="VWS",
                        toelichting=note,
                    ),
                )
                if year > LAST_YEAR:
                    continue
                # partners bring in about twice the subsidy: VWS is one third of the total
                target = bedrag * 2
                active = [
                    (p, rol)
                    for p, rol, s in self.wp_partners[key]
                    if s <= year and p.naam != "Movisie"
                ]
                self.rng.shuffle(active)
                spent = Decimal(0)
                for p, rol in active:
                    if spent >= target:
                        break
                    money = rol in (DeelnameRol.TREKKER, DeelnameRol.FINANCIER) and p.type in (
                        PartnerType.GEMEENTE,
                        PartnerType.PROVINCIE,
                        PartnerType.HOGESCHOOL,
                    )
                    if money:
                        amount = Decimal(self.rng.randrange(5_000, 60_000, 500))
                        spent += amount
                        soort = BijdrageSoort.GELD
                    else:
                        amount = Decimal(self.rng.randrange(40, 900, 10))
                        spent += amount * rate
                        soort = BijdrageSoort.UREN
                    self.add(
                        "bijdrage",
                        m.Bijdrage(
                            werkplaats_id=wp.id,
                            partner_id=_id(p),
                            jaar=year,
                            soort=soort,
                            hoeveelheid=amount,
                            toelichting=EXAMPLE,
                        ),
                    )

    def agenda_en_samenwerking(self) -> None:
        vragen = (
            "Hoe ondersteunen sociale wijkteams {t}?",
            "Wat werkt bij {t}?",
            "Hoe meten we de effecten van {t}?",
            "Welke competenties vraagt {t} van professionals?",
            "Hoe betrekken we burgers bij {t}?",
        )
        for wp in self.wp.values():
            projects = list(
                self.s.scalars(select(orm.Project.id).where(orm.Project.werkplaats_id == wp.id))
            )
            pool = list(range(1, 20))
            for i in range(self.rng.randint(3, 6)):
                if i < 3:
                    thema_id = self.thema_extra[i]
                    onderwerp = ("jeugdhulp", "werk en inkomen", "passend onderwijs")[i]
                else:
                    nummer = self.rng.choice(pool)
                    pool.remove(nummer)
                    thema_id = self.thema[nummer]
                    onderwerp = _PROJECT_NAMEN[nummer].split(" in ")[0].split(" {")[0].lower()
                self.add(
                    "kennisagenda",
                    m.KennisagendaItem(
                        werkplaats_id=wp.id,
                        vraagstuk=self.rng.choice(vragen).format(t=onderwerp),
                        startjaar=2016,
                        eindjaar=2018,
                        thema_ids=[thema_id],
                        status=self.rng.choice([AgendaStatus.OPEN, AgendaStatus.IN_UITVOERING]),
                        project_ids=self.rng.sample(
                            projects, min(len(projects), self.rng.randint(0, 2))
                        ),
                        toelichting="Regionale kennisagenda ([003]); voorbeelddata.",
                    ),
                )
        keys = list(self.wp)
        for naam, nummer in F.THEMASAMENWERKINGEN:
            if naam == "Eenzaamheid":
                members = self.rng.sample(keys, 4)
            elif naam == "Lerend werken":
                members = ["nijmegen", "zwolle"]
            else:
                members = self.rng.sample(keys, self.rng.randint(2, 5))
            self.add(
                "themasamenwerking",
                m.Themasamenwerking(
                    naam=naam,
                    thema_id=self.thema[nummer],
                    startjaar=2013,
                    eindjaar=2015,
                    werkplaats_ids=[_id(self.wp[k]) for k in members],
                    omschrijving=(
                        "Themasamenwerking uit [004] bijlage 2; deelnemers zijn voorbeelddata"
                    )
                    if naam not in ("Eenzaamheid", "Lerend werken")
                    else "[004] 2.2 en 3.1",
                ),
            )

    def run(self, progress: Progress = SILENT) -> None:
        with self.db.write("Voorbeelddatabase aangemaakt") as s:
            self.s = s
            self.subtypes: dict[O, list[str]] = defaultdict(list)
            self.subtype_naam: dict[str, str] = {}
            for st in s.scalars(
                select(orm.ActiviteitSubtype).order_by(orm.ActiviteitSubtype.volgorde)
            ):
                self.subtypes[O(st.o)].append(st.code)
                self.subtype_naam[st.code] = st.naam
            self.product_naam = {t.code: t.naam for t in s.scalars(select(orm.ProductType))}
            steps = [
                (self.reference, "Thema's en gemeenten"),
                (self.werkplaatsen, "De veertien werkplaatsen"),
                (self.kennisinstituten, "Movisie en de kennisinstituten"),
                (self.gemeenten, "Gemeenten"),
                (self.organisaties, "Uitvoeringsorganisaties"),
                (self.mensen, "Lectoren en contactpersonen"),
                (self.kenniskringen_en_projecten, "Kenniskringen, projecten en activiteiten"),
                (self.landelijk_overleg, "Landelijk overleg"),
                (self.geld, "Subsidies en bijdragen"),
            ]
            for done, (step, message) in enumerate(steps):
                progress.report(done, len(steps) + 1, message)
                progress.check()
                step()
            progress.report(len(steps), len(steps) + 1, "Kennisagenda en themasamenwerking")
            progress.check()
        with self.db.write("Kennisagenda en themasamenwerking") as s:
            self.s = s
            self.agenda_en_samenwerking()
            s.merge(orm.Meta(sleutel=DEMO_KEY, waarde=DEMO_YES))
            s.merge(orm.Meta(sleutel="voorbeeld_seed", waarde=str(self.seed)))
            for table in orm.Base.metadata.sorted_tables:
                if "created_at" in table.c:
                    s.execute(table.update().values(created_at=FIXED_TIME, updated_at=FIXED_TIME))


def build_demo(path: Path, seed: int = DEFAULT_SEED, progress: Progress = SILENT) -> Path:
    """Write a new demo database at ``path`` (which must not exist yet). When cancelled
    (``progress``), no file is left behind."""
    if path.exists():
        raise FileExistsError(f"{path} bestaat al; kies een nieuw bestand voor de voorbeelddata.")
    db = Database.open(path)
    try:
        _Builder(db, seed).run(progress)
        with db.read() as s:
            s.execute(text("PRAGMA optimize"))
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    return path
