"""Who delivered what ("wie heeft 2024 aangeleverd?"): a matrix werkplaats x year.

Per werkplaats: its code, the newest export read of it (``aanlevering``: when it was made,
from which file, whether it was the werkplaats's own file); per year: the status
(``years.py``), the number of activities and products, and what is missing:

* ``geen_bestand``: no export of this werkplaats has been read (a national overview);
* ``concept``: the year is not closed (not ingediend, not definitief);
* ``geen_activiteiten``: the year has no activities.

In a file with an eigen werkplaats only that werkplaats is shown (the others are references,
not expected to deliver anything here), and its records are this file's own ("geen bestand"
does not apply). ``werkplaats status`` prints the same (``as_json`` keys: README).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services.info import EIGEN_KEY
from werkplaats_desktop.services.reference import years_in
from werkplaats_desktop.store import Database, orm

GEEN_BESTAND, CONCEPT, GEEN_ACTIVITEITEN = "geen_bestand", "concept", "geen_activiteiten"
#: what is missing, in Dutch (context "Aanlevering")
ONTBREEKT_LABELS = {
    GEEN_BESTAND: QT_TRANSLATE_NOOP("Aanlevering", "geen bestand"),
    CONCEPT: QT_TRANSLATE_NOOP("Aanlevering", "alleen concept"),
    GEEN_ACTIVITEITEN: QT_TRANSLATE_NOOP("Aanlevering", "geen activiteiten"),
}


@dataclass(frozen=True)
class YearCell:
    jaar: int
    status: JaarStatus
    activiteiten: int
    producten: int
    ontbreekt: tuple[str, ...]


@dataclass(frozen=True)
class Delivery:
    exportdatum: datetime | None
    bestand: str
    soort: str
    eigen_bestand: bool


@dataclass(frozen=True)
class WerkplaatsRow:
    id: int
    code: str
    naam: str
    provincie_code: str | None
    #: the file's own werkplaats
    eigen: bool
    aanlevering: Delivery | None
    jaren: tuple[YearCell, ...]


@dataclass(frozen=True)
class Completeness:
    jaren: list[int]
    werkplaatsen: list[WerkplaatsRow]
    #: a file with an eigen werkplaats (only it is shown)
    eigen_bestand: bool

    def as_json(self) -> dict[str, Any]:
        """The documented JSON of ``werkplaats status --json`` (README)."""
        return {
            "jaren": self.jaren,
            "werkplaatsen": [{
                "id": w.id, "code": w.code, "naam": w.naam, "provincie_code": w.provincie_code,
                "eigen_werkplaats": w.eigen,
                "aanlevering": None if w.aanlevering is None else {
                    "exportdatum": w.aanlevering.exportdatum.strftime("%Y-%m-%dT%H:%M:%SZ")
                    if w.aanlevering.exportdatum else None,
                    "bestand": w.aanlevering.bestand, "soort": w.aanlevering.soort,
                    "eigen_bestand": w.aanlevering.eigen_bestand},
                "jaren": [{"jaar": c.jaar, "status": c.status.value,
                           "activiteiten": c.activiteiten, "producten": c.producten,
                           "ontbreekt": list(c.ontbreekt)} for c in w.jaren],
            } for w in self.werkplaatsen],
        }


def completeness(s: Session, jaar: int | None = None) -> Completeness:
    """The matrix for every year with data or a status (or only ``jaar``)."""
    W, A, P, J, D = orm.Werkplaats, orm.Activiteit, orm.Product, orm.Jaarstatus, orm.Aanlevering
    shared = s.get_bind().dialect.name == "postgresql"  # no own werkplaats (info.py)
    eigen_uuid = None if shared else s.scalar(
        select(orm.Meta.waarde).where(orm.Meta.sleutel == EIGEN_KEY))
    q = select(W.id, W.code, W.naam, W.provincie_code, W.uuid).order_by(W.naam)
    if eigen_uuid:
        q = q.where(W.uuid == eigen_uuid)
    werkplaatsen = list(s.execute(q))
    status = {(w, j): JaarStatus(st) for w, j, st in s.execute(select(J.werkplaats_id, J.jaar,
                                                                      J.status))}
    if jaar is not None:
        years = [jaar]
    else:
        years = sorted(set(years_in(s)) | {j for _w, j in status})
    acts = dict(((w, j), n) for w, j, n in s.execute(
        select(A.werkplaats_id, A.jaar, func.count()).group_by(A.werkplaats_id, A.jaar)))
    prods = dict(((w, j), n) for w, j, n in s.execute(
        select(P.werkplaats_id, P.jaar, func.count()).group_by(P.werkplaats_id, P.jaar)))
    deliveries = {r.werkplaats_id: Delivery(r.exportdatum, r.bestand, r.soort, r.eigen_bestand)
                  for r in s.scalars(select(D))}
    rows = []
    for wid, code, naam, provincie, uuid in werkplaatsen:
        eigen = bool(eigen_uuid) and uuid == eigen_uuid
        delivered = deliveries.get(wid)
        cells = []
        for j in years:
            st = status.get((wid, j), JaarStatus.CONCEPT)
            n_act, n_prod = acts.get((wid, j), 0), prods.get((wid, j), 0)
            missing = []
            if delivered is None and not eigen:
                missing.append(GEEN_BESTAND)
            if not st.gesloten:
                missing.append(CONCEPT)
            if not n_act:
                missing.append(GEEN_ACTIVITEITEN)
            cells.append(YearCell(j, st, n_act, n_prod, tuple(missing)))
        rows.append(WerkplaatsRow(wid, code, naam, provincie, eigen, delivered, tuple(cells)))
    return Completeness(years, rows, bool(eigen_uuid))


class CompletenessService:
    def __init__(self, db: Database):
        self.db = db

    def matrix(self, jaar: int | None = None) -> Completeness:
        with self.db.read() as s:
            return completeness(s, jaar)

    def newest_year(self) -> int | None:
        """The newest year with activities (the year being delivered), or None."""
        with self.db.read() as s:
            return s.scalar(select(func.max(orm.Activiteit.jaar)))
