"""Use cases of Werkplaats Desktop, returning plain data. Everything a button does is a call
here, testable with plain pytest; see :class:`Services` for the entry point."""

from __future__ import annotations

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.completeness import CompletenessService
from werkplaats_desktop.services.dashboard import DashboardService
from werkplaats_desktop.services.dashboard.draaitabel import DraaitabelService
from werkplaats_desktop.services.info import InfoService
from werkplaats_desktop.services.lists.engine import ListService
from werkplaats_desktop.services.records import RecordService
from werkplaats_desktop.services.reference import ReferenceService
from werkplaats_desktop.services.years import YearService
from werkplaats_desktop.store import Change, Database


class Services:
    """All use cases on one open database."""

    def __init__(self, db: Database):
        self.db = db
        self.werkplaatsen: RecordService[m.Werkplaats] = RecordService(db, catalog.WERKPLAATS)
        self.lectoraten: RecordService[m.Lectoraat] = RecordService(db, catalog.LECTORAAT)
        self.kenniskringen: RecordService[m.Kenniskring] = RecordService(db, catalog.KENNISKRING)
        self.projecten: RecordService[m.Project] = RecordService(db, catalog.PROJECT)
        self.activiteiten: RecordService[m.Activiteit] = RecordService(db, catalog.ACTIVITEIT)
        self.producten: RecordService[m.Product] = RecordService(db, catalog.PRODUCT)
        self.partners: RecordService[m.Partner] = RecordService(db, catalog.PARTNER)
        self.deelnames: RecordService[m.Deelname] = RecordService(db, catalog.DEELNAME)
        self.bijdragen: RecordService[m.Bijdrage] = RecordService(db, catalog.BIJDRAGE)
        self.subsidies: RecordService[m.Subsidie] = RecordService(db, catalog.SUBSIDIE)
        self.personen: RecordService[m.Persoon] = RecordService(db, catalog.PERSOON)
        self.kennisagenda: RecordService[m.KennisagendaItem] = RecordService(
            db, catalog.KENNISAGENDA)
        self.themasamenwerkingen: RecordService[m.Themasamenwerking] = RecordService(
            db, catalog.THEMASAMENWERKING)
        self.themas: RecordService[m.Thema] = RecordService(db, catalog.THEMA)
        self.gemeenten: RecordService[m.Gemeente] = RecordService(db, catalog.GEMEENTE)
        self.lists = ListService(db)
        self.reference = ReferenceService(db)
        self.info = InfoService(db)
        self.dashboard = DashboardService(db)
        self.draaitabel = DraaitabelService(db)
        #: closing and reopening a werkplaats's year (``years.py``)
        self.years = YearService(db)
        #: who delivered what: werkplaats x year (``completeness.py``)
        self.completeness = CompletenessService(db)
        self._by_key = {svc.d.key: svc for svc in vars(self).values()
                        if isinstance(svc, RecordService)}

    def records(self, key: str) -> RecordService:  # type: ignore[type-arg]
        """The record service for an entity key ("project", "activiteit", ...)."""
        return self._by_key[key]

    def undo(self) -> Change | None:
        return self.db.undo()

    def redo(self) -> Change | None:
        return self.db.redo()

    def undo_label(self) -> str | None:
        return self.db.history.undo[-1].label if self.db.history.undo else None

    def redo_label(self) -> str | None:
        return self.db.history.redo[-1].label if self.db.history.redo else None
