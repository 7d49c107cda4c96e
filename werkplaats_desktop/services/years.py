"""The status of a werkplaats's year: concept -> ingediend -> definitief ("jaar afsluiten").

A year without a status row is concept. Closing it (ingediend or definitief) makes its records
read-only in this file: the rule is ``services/rules.GeslotenJaar``, which the forms, bulk
edits, deletes and the import all apply. "Jaar heropenen" brings it back to concept. Every
change is one undoable step and is written to ``jaarstatus_log`` with the reason given.

An export carries the statuses of its werkplaatsen (``manifest.json``, and a column of the
landelijk overzicht), so the national overview shows them (``completeness.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.validation import MAX_JAAR, MIN_JAAR
from werkplaats_desktop.store import Database, orm
from werkplaats_desktop.store.types import utcnow

GEEN_WERKPLAATS = QT_TRANSLATE_NOOP("Jaarstatus", "Kies een werkplaats.")
ONGELDIG_JAAR = QT_TRANSLATE_NOOP("Jaarstatus", "Kies een jaar tussen {min} en {max}.")
AL_ZO = QT_TRANSLATE_NOOP("Jaarstatus", "{jaar} is voor {werkplaats} al {status}.")
TERUG = QT_TRANSLATE_NOOP(
    "Jaarstatus",
    "{jaar} is voor {werkplaats} al {status}; afsluiten kan alleen vooruit "
    "(concept, ingediend, definitief). Heropen het jaar om het weer te wijzigen.",
)
NIET_GESLOTEN = QT_TRANSLATE_NOOP(
    "Jaarstatus", "{jaar} is voor {werkplaats} niet afgesloten (concept): er is niets te heropenen."
)
REDEN_NODIG = QT_TRANSLATE_NOOP(
    "Jaarstatus", "Geef een reden op: heropenen wordt vastgelegd in het logboek."
)


class JaarstatusError(ValueError):
    """Closing or reopening was refused; the message is Dutch and nothing changed. ``template``
    and ``params`` let the GUI translate it."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


@dataclass(frozen=True)
class StatusRow:
    werkplaats_id: int
    werkplaats: str
    jaar: int
    status: JaarStatus
    gewijzigd_op: datetime | None


@dataclass(frozen=True)
class LogRow:
    werkplaats: str
    jaar: int
    van: JaarStatus
    naar: JaarStatus
    op: datetime
    reden: str
    bron: str


def closed_years(s: Session) -> dict[tuple[int, int], JaarStatus]:
    """(werkplaats id, jaar) -> status of every closed year in the file."""
    js = orm.Jaarstatus
    rows = s.execute(select(js.werkplaats_id, js.jaar, js.status)
                     .where(js.status != JaarStatus.CONCEPT))
    return {(w, j): JaarStatus(st) for w, j, st in rows}


def status_of(s: Session, werkplaats_id: int, jaar: int) -> JaarStatus:
    row = s.scalar(select(orm.Jaarstatus.status).where(
        orm.Jaarstatus.werkplaats_id == werkplaats_id, orm.Jaarstatus.jaar == jaar))
    return JaarStatus(row) if row is not None else JaarStatus.CONCEPT


def set_status(s: Session, werkplaats_id: int, jaar: int, status: JaarStatus, *,
               reden: str = "", bron: str = "", op: datetime | None = None) -> JaarStatus:
    """Write ``status`` (and a log line when it differs) inside the caller's transaction;
    returns the status before."""
    js = orm.Jaarstatus
    row = s.scalars(select(js).where(js.werkplaats_id == werkplaats_id, js.jaar == jaar)).first()
    before = JaarStatus(row.status) if row is not None else JaarStatus.CONCEPT
    if before == status:
        return before
    now = op or utcnow()
    if status is JaarStatus.CONCEPT:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(js(werkplaats_id=werkplaats_id, jaar=jaar, status=status, gewijzigd_op=now))
    else:
        row.status = status
        row.gewijzigd_op = now
    s.add(orm.JaarstatusLog(werkplaats_id=werkplaats_id, jaar=jaar, van=before, naar=status,
                            op=now, reden=reden, bron=bron))
    s.flush()
    return before


class YearService:
    """Closing and reopening years, on the window's connection (one undo step each)."""

    def __init__(self, db: Database):
        self.db = db

    def status(self, werkplaats_id: int, jaar: int) -> JaarStatus:
        with self.db.read() as s:
            return status_of(s, werkplaats_id, jaar)

    def statuses(self, werkplaats_id: int | None = None) -> list[StatusRow]:
        """Every year with a status other than concept, per werkplaats and year."""
        js, w = orm.Jaarstatus, orm.Werkplaats
        with self.db.read() as s:
            q = (select(js.werkplaats_id, w.naam, js.jaar, js.status, js.gewijzigd_op)
                 .join(w, w.id == js.werkplaats_id).order_by(w.naam, js.jaar))
            if werkplaats_id is not None:
                q = q.where(js.werkplaats_id == werkplaats_id)
            return [StatusRow(i, n, j, JaarStatus(st), op) for i, n, j, st, op in s.execute(q)]

    def log(self, werkplaats_id: int | None = None) -> list[LogRow]:
        lg, w = orm.JaarstatusLog, orm.Werkplaats
        with self.db.read() as s:
            q = (select(w.naam, lg.jaar, lg.van, lg.naar, lg.op, lg.reden, lg.bron)
                 .join(w, w.id == lg.werkplaats_id).order_by(lg.op, lg.id))
            if werkplaats_id is not None:
                q = q.where(lg.werkplaats_id == werkplaats_id)
            return [LogRow(n, j, JaarStatus(v), JaarStatus(t), op, r, b)
                    for n, j, v, t, op, r, b in s.execute(q)]

    def _check(self, s: Session, werkplaats_id: int | None, jaar: int | None) -> str:
        if werkplaats_id is None:
            raise JaarstatusError(GEEN_WERKPLAATS)
        naam = s.scalar(select(orm.Werkplaats.naam).where(orm.Werkplaats.id == werkplaats_id))
        if naam is None:
            raise JaarstatusError(GEEN_WERKPLAATS)
        if jaar is None or not MIN_JAAR <= jaar <= MAX_JAAR:
            raise JaarstatusError(ONGELDIG_JAAR, min=MIN_JAAR, max=MAX_JAAR)
        return str(naam)

    def close(self, werkplaats_id: int | None, jaar: int | None,
              status: JaarStatus = JaarStatus.DEFINITIEF, reden: str = "") -> None:
        """Jaar afsluiten: concept -> ingediend or definitief, ingediend -> definitief."""
        with self.db.read() as s:
            naam = self._check(s, werkplaats_id, jaar)
            before = status_of(s, werkplaats_id, jaar)  # type: ignore[arg-type]
        assert werkplaats_id is not None and jaar is not None
        if not status.gesloten or before == status:
            raise JaarstatusError(AL_ZO, jaar=jaar, werkplaats=naam, status=before.label.lower())
        if before.rang > status.rang:
            raise JaarstatusError(TERUG, jaar=jaar, werkplaats=naam, status=before.label.lower())
        with self.db.write(f"Jaar {jaar} afgesloten ({status.label.lower()}): {naam}") as s:
            set_status(s, werkplaats_id, jaar, status, reden=reden.strip())

    def reopen(self, werkplaats_id: int | None, jaar: int | None, reden: str) -> None:
        """Jaar heropenen: back to concept, with the reason in the log."""
        with self.db.read() as s:
            naam = self._check(s, werkplaats_id, jaar)
            before = status_of(s, werkplaats_id, jaar)  # type: ignore[arg-type]
        assert werkplaats_id is not None and jaar is not None
        if not before.gesloten:
            raise JaarstatusError(NIET_GESLOTEN, jaar=jaar, werkplaats=naam)
        if not reden.strip():
            raise JaarstatusError(REDEN_NODIG)
        with self.db.write(f"Jaar {jaar} heropend: {naam}") as s:
            set_status(s, werkplaats_id, jaar, JaarStatus.CONCEPT, reden=reden.strip())
