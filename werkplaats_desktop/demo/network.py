"""The demo's network: the fourteen werkplaatsen with their hogescholen, Movisie and the
kennisinstituten, the participating gemeenten and organisations, and the people named in the
seeds (with generated colleagues)."""

from __future__ import annotations

from collections import defaultdict

from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.demo import names as N
from werkplaats_desktop.demo.context import EXAMPLE, DemoContext
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import (
    DeelnameRol,
    Overeenkomst,
    PartnerType,
    PersoonRol,
    WerkplaatsType,
)


class NetworkSteps(DemoContext):
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
        self.other_hogeschool = {viaa.naam: viaa}

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
                werkplaats_id=self.id(self.wp[wp]),
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
                                werkplaats_id=self.id(self.wp[wp]), rol=PersoonRol.CONTACTPERSOON
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
        for naam, code in N.STADSDELEN:
            wp = "amsterdam" if code == "GM0363" else "rotterdam"
            self._org(naam, PartnerType.STADSDEEL, code, wp)
        for naam, code in N.DIENSTEN:
            wp = {"GM0363": "amsterdam", "GM0599": "rotterdam", "GM0014": "noord"}[code]
            self._org(naam, PartnerType.GEMEENTELIJKE_DIENST, code, wp)
        for naam, prov in N.PROVINCIES:
            wp = {"PV26": "utrecht", "PV24": "flevoland", "PV31": "zuyd"}[prov]
            self.add_partner_in(
                wp,
                m.Partner(
                    naam=naam, type=PartnerType.PROVINCIE, provincie_code=prov, omschrijving=EXAMPLE
                ),
                DeelnameRol.FINANCIER,
            )
        for naam in N.REGIOS:
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
            naam = f"{self.rng.choice(N.INSTELLINGEN)} {self.gem_naam[code]}"
            if naam in names:
                continue
            names.add(naam)
            self._org(naam, PartnerType.UITVOERINGSORGANISATIE, code, wp)
            counted += 1
        for wp in self.wp:
            for soort, prefix in N.OVERIGE:
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
            elders = F.HOGESCHOOL_ELDERS.get(naam)
            hogeschool = self.other_hogeschool[elders] if elders else self.hogeschool[wp]
            p = self.add(
                "persoon",
                m.Persoon(
                    naam=naam,
                    functie="Lector" if rol == "lector" else "Medewerker hogeschool",
                    organisatie_id=hogeschool.id,
                    rollen=[
                        m.PersoonRolInWerkplaats(
                            werkplaats_id=self.id(self.wp[wp]), rol=PersoonRol(rol)
                        )
                    ],
                ),
            )
            if rol == "lector" and wp not in self.lector:
                self.lector[wp] = p
        for wp in self.wp:
            if wp not in self.lector:
                self.lector[wp] = self.person(self.hogeschool[wp], wp, PersoonRol.LECTOR, "Lector")
        first, *others = F.UTRECHT_LECTORATEN
        self.add(
            "lectoraat",
            m.Lectoraat(
                werkplaats_id=self.wp["utrecht"].id,
                naam=first,
                lector_id=self.lector["utrecht"].id,
            ),
        )
        for naam in F.AVANS_LECTORATEN:
            self.add("lectoraat", m.Lectoraat(werkplaats_id=self.wp["avans"].id, naam=naam))
        # after Avans's: the records made before keep their ids and UUIDs
        for naam in others:
            self.add("lectoraat", m.Lectoraat(werkplaats_id=self.wp["utrecht"].id, naam=naam))
