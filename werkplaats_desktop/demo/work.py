"""The demo's work: Utrecht's kenniskringen and the projects named in the seeds, the other
generated praktijken up to 122, their activities and products, and the landelijk overleg."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.demo import names as N
from werkplaats_desktop.demo import shape as S
from werkplaats_desktop.demo.context import EXAMPLE, LAST_YEAR, DemoContext
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import (
    O,
    PartnerType,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
)


class WorkSteps(DemoContext):
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
                naam = N.PROJECT_NAMEN[nummer].format(g=self.gem_naam[code])
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
        onderwerpen = self.onderwerpen(themes)
        proj = self.add(
            "project",
            m.Project(
                werkplaats_id=self.id(self.wp[wp]),
                naam=naam,
                kenniskring_id=kenniskring.id if kenniskring else None,
                status=status,
                startdatum=start,
                einddatum=end,
                thema_ids=onderwerpen,
                leider_onderwijs_id=leider_o.id,
                leider_praktijk_id=leider_p.id if leider_p else None,
                partners=[
                    m.ProjectPartner(
                        partner_id=self.id(p),
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

    def onderwerpen(self, themes: list[int]) -> list[int]:
        """The themes a praktijk is recorded with: its first theme, and further ones while the
        seed's count of onderwerpen allows ("122 benoemde praktijken zo'n 134 onderwerpen",
        [004] 1). Once the extra onderwerpen are used up, a praktijk keeps one theme."""
        extra = min(len(themes) - 1, self.extra_onderwerpen)
        self.extra_onderwerpen -= extra
        return themes[: 1 + extra]

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
                bereik = self.rng.randint(*S.BEREIK.get(subtype, (0, 30)))
                code = self.rng.choice(gemeenten) if self.rng.random() < 0.9 else None
                act = self.add(
                    "activiteit",
                    m.Activiteit(
                        werkplaats_id=self.id(self.wp[wp]),
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
                        thema_ids=self._among(
                            proj.thema_ids,
                            self.rng.sample(themes, self.rng.randint(1, len(themes))),
                        ),
                        omschrijving=EXAMPLE,
                    ),
                )
                if self.rng.random() < 0.2:
                    soort = self.rng.choice(S.PRODUCT_BIJ_O[o])
                    self.add(
                        "product",
                        m.Product(
                            werkplaats_id=self.id(self.wp[wp]),
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

    @staticmethod
    def _among(onderwerpen: list[int], drawn: list[int]) -> list[int]:
        """An activity's themes: those drawn that its praktijk has, else its praktijk's first.
        (Drawn from all the praktijk's candidate themes, so that the random sequence, and with
        it the rest of the demo, does not depend on how many onderwerpen a praktijk kept.)"""
        return [t for t in drawn if t in onderwerpen] or onderwerpen[:1]

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
