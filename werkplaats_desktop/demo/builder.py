"""Build the demo database: the 14 Wmo-werkplaatsen from the seeds, filled with example data.

The facts (facts.py) are entered as they are; around them the builder generates projects,
activities, products, bijdragen and a kennisagenda over 2009-2015 (subsidies and agenda to
2018), shaped like the 'Feiten en cijfers 2015' (122 praktijken, 121 gemeenten, 280
uitvoeringsorganisaties). Everything goes through the record services (so it passes the same
validation as user input) in one transaction. The result depends only on ``seed``: the same
seed gives the same records, UUIDs and timestamps. The file is marked ``voorbeelddata``.

The building is split by subject: ``context`` (state, UUIDs, adding records), ``network``
(werkplaatsen, partners, people), ``work`` (kenniskringen, projects, activities, products),
``money`` (subsidies, bijdragen) and ``agenda`` (kennisagenda, themasamenwerking); the invented
names are in ``names`` and the shape of the example data in ``shape``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from werkplaats_desktop.demo.agenda import AgendaSteps
from werkplaats_desktop.demo.context import DEFAULT_SEED, FIXED_TIME
from werkplaats_desktop.demo.money import MoneySteps
from werkplaats_desktop.demo.network import NetworkSteps
from werkplaats_desktop.demo.work import WorkSteps
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.info import DEMO_KEY, DEMO_YES
from werkplaats_desktop.services.progress import SILENT, Progress
from werkplaats_desktop.store import Database, orm

__all__ = ["DEFAULT_SEED", "build_demo"]


class _Builder(NetworkSteps, WorkSteps, MoneySteps, AgendaSteps):
    def run(self, progress: Progress = SILENT) -> None:
        with self.db.write("Voorbeelddatabase aangemaakt") as s:
            self.s = s
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


def build_demo_in(db: Database, seed: int = DEFAULT_SEED, progress: Progress = SILENT) -> None:
    """Write the demo data into an open, empty database (a server database, for tests and
    benchmarks on PostgreSQL)."""
    _Builder(db, seed).run(progress)


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
