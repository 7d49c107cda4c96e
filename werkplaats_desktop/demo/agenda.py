"""The demo's kennisagenda (2016-2018, per werkplaats) and the themasamenwerkingen of
[004] annex 2."""

from __future__ import annotations

from sqlalchemy import select

from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.demo import names as N
from werkplaats_desktop.demo.context import DemoContext
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import AgendaStatus
from werkplaats_desktop.store import orm


class AgendaSteps(DemoContext):
    def agenda_en_samenwerking(self) -> None:
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
                    onderwerp = N.PROJECT_NAMEN[nummer].split(" in ")[0].split(" {")[0].lower()
                self.add(
                    "kennisagenda",
                    m.KennisagendaItem(
                        werkplaats_id=wp.id,
                        vraagstuk=self.rng.choice(N.VRAGEN).format(t=onderwerp),
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
                    werkplaats_ids=[self.id(self.wp[k]) for k in members],
                    omschrijving=(
                        "Themasamenwerking uit [004] bijlage 2; deelnemers zijn voorbeelddata"
                    )
                    if naam not in ("Eenzaamheid", "Lerend werken")
                    else "[004] 2.2 en 3.1",
                ),
            )
