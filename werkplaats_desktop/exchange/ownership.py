"""Whose records an export brings, and what an import does with them (format version 2).

The rules (docs/uitwisselformaat.md, §6.3 and §6.4):

* An export **with an eigen werkplaats** (``manifest.json`` ``eigen_werkplaats``; the landelijk
  overzicht's column ``eigen_werkplaats_code``; a version-1 export of a file with exactly one
  werkplaats) brings that werkplaats's records. Other werkplaatsen in it are references: they
  are recognised or added, never changed here, and records of theirs in the file are skipped.
* An export **without one** (the demo, a national overview) brings the records of every
  werkplaats in it: they are owned per werkplaats.
* A werkplaats is recognised by its UUID, then its code, then its folded name
  (``services/identity.py``), so two files made independently name one werkplaats once.
* When several exports of one import bring the same werkplaats, the newest export counts
  (the later one given when they are equally new); the others' records of it are skipped.
* The records of a werkplaats an export brings replace its earlier ones here: what the export
  no longer holds is removed.
* An export older than the one of that werkplaats read before is refused, naming both dates,
  unless the user confirms (``allow_older``).
* Year statuses: the werkplaats's own export sets them (it is the authority over its years,
  also back to concept after "Jaar heropenen" there); an export passed on can only raise them.
  A closed year here is read-only for an export passed on (``services/rules.GeslotenJaar``);
  the werkplaats's own newer export may change it, and the report says so.
* A database with an eigen werkplaats reads no exports: a national overview is a file of its
  own (``importer.py`` refuses before anything is read into it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.plurals import aantal
from werkplaats_desktop.exchange.cells import store_datetime
from werkplaats_desktop.exchange.formats import LANDELIJK
from werkplaats_desktop.exchange.reading import Source
from werkplaats_desktop.exchange.report import (
    OUDERE_EXPORT,
    WAARSCHUWING,
    ImportReport,
    Problem,
)
from werkplaats_desktop.services.identity import NationalList, Werkplaatsen

OUDERE_EXPORT_TOEGESTAAN = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Deze export van {naam} is van {datum}, ouder dan de eerder ingelezen export (van "
    "{eerder}); op uw verzoek is hij toch ingelezen.",
)
NIEUWERE_IN_IMPORT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "{naam} staat ook in {ander}, een nieuwere export: de gegevens van {naam} uit dit bestand "
    "zijn niet ingelezen.",
)
NIET_VAN_DEZE_BRON = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "{records} van {naam} niet ingelezen: dit bestand is van {bron}, en de gegevens van "
    "{naam} komen uit het bestand van die werkplaats zelf.",
)
DEFINITIEF_GEWIJZIGD = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "{jaar} van {naam} was hier {status}; de eigen, nieuwere export van {naam} wijzigt de "
    "gegevens van dat jaar (nu: {nieuw}).",
)


def _when(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("T", " ")[:26])


def _day(value: datetime | None) -> str:
    return value.strftime("%d-%m-%Y %H:%M") if value is not None else "?"


@dataclass
class Claim:
    """An export that brings a werkplaats's records: which, its werkplaats row, and whether it
    is that werkplaats's own export."""

    source: Source
    row: Any  # plan.InRow of the werkplaats
    own: bool


class Ownership:
    """Per werkplaats here, which export of the import brings its records (see above)."""

    def __init__(self, conn: sqlite3.Connection, report: ImportReport):
        self.conn = conn
        self.report = report
        self.werkplaatsen = Werkplaatsen(
            conn.execute("SELECT id, naam, code FROM werkplaats"),
            NationalList.from_connection(conn))
        self.claims: dict[int, Claim] = {}
        self.names: dict[int, str] = dict(conn.execute("SELECT id, naam FROM werkplaats"))
        self.skipped: dict[tuple[str, int], int] = {}
        self._bron: dict[str, str] = {}
        #: (export, werkplaats) of exports that brought a werkplaats a newer one brings too
        self._lost: set[tuple[str, int]] = set()

    # --- which export brings what ---------------------------------------------------------

    @staticmethod
    def brings(source: Source, uuid: str | None, code: str | None) -> tuple[bool, bool]:
        """(does ``source`` bring this werkplaats's records, is it its own export)."""
        eigen = source.herkomst.eigen
        if eigen is None:
            return True, False
        mine = bool((eigen.uuid and eigen.uuid == uuid) or (eigen.code and eigen.code == code))
        return mine, mine

    def claim(self, wid: int, source: Source, row: Any, own: bool) -> Claim | None:
        """Let ``source`` bring werkplaats ``wid``'s records when it is the newest export of it
        in this import; returns the claim it takes over (whose row must give way), if any."""
        current = self.claims.get(wid)
        naam = str(row.values.get("naam") or self.names.get(wid, ""))
        if current is not None and self._newer(current.source, source):
            self._superseded(wid, source, current.source, naam)
            return None
        if current is not None:
            self._superseded(wid, current.source, source, naam)
        self.claims[wid] = Claim(source, row, own)
        self.names[wid] = naam
        return current

    @staticmethod
    def _newer(a: Source, b: Source) -> bool:
        """Is export ``a`` newer than ``b`` (``b`` is given later: it wins a tie)?"""
        da, db = a.herkomst.exportdatum, b.herkomst.exportdatum
        return da is not None and (db is None or da > db)

    def _superseded(self, wid: int, loser: Source, winner: Source, naam: str) -> None:
        self._lost.add((loser.label, wid))
        self.report.add(Problem(loser.label, None, None, None, NIEUWERE_IN_IMPORT,
                                {"naam": naam, "ander": winner.label}, ernst=WAARSCHUWING))

    def brought_by(self, wid: int) -> Source | None:
        claim = self.claims.get(wid)
        return claim.source if claim is not None else None

    @property
    def delivered(self) -> frozenset[int]:
        """The werkplaatsen whose own export this import reads."""
        return frozenset(w for w, c in self.claims.items() if c.own)

    def skip(self, source: Source, wid: int) -> None:
        """A record of werkplaats ``wid`` that ``source`` does not bring: not read."""
        key = (source.label, wid)
        self.skipped[key] = self.skipped.get(key, 0) + 1
        eigen = source.herkomst.eigen
        self._bron[source.label] = (eigen.naam or eigen.code) if eigen else source.label

    def report_skipped(self) -> None:
        """One warning per export and werkplaats whose records were skipped (not the
        werkplaats's records that a newer export in this import brings: already said)."""
        for (label, wid), n in self.skipped.items():
            naam = self.names.get(wid, f"#{wid}")
            self.report.werkplaats(naam).overgeslagen += n
            if (label, wid) in self._lost:
                continue  # a newer export in this import brings them: already said
            self.report.add(Problem(label, None, None, None, NIET_VAN_DEZE_BRON, {
                "records": aantal(n, "record"), "naam": naam,
                "bron": self._bron.get(label, label)},
                ernst=WAARSCHUWING))


    # --- before writing ------------------------------------------------------------------

    def check_older(self, allow_older: bool) -> None:
        """An export older than the one of the same werkplaats read before: refused (or, when
        allowed, a warning), naming both dates."""
        for wid, claim in self.claims.items():
            if claim.row.new:
                continue
            mine = claim.source.herkomst.exportdatum
            row = self.conn.execute("SELECT exportdatum FROM aanlevering WHERE werkplaats_id = ?",
                                    (wid,)).fetchone()
            earlier = _when(row[0]) if row else None
            if earlier is None:  # read before revision 0004: the import log knows
                old = self.conn.execute(
                    "SELECT max(l.exportdatum) FROM import_log l JOIN werkplaats w "
                    "ON w.uuid = l.bron_werkplaats_uuid WHERE w.id = ?", (wid,)).fetchone()
                earlier = _when(old[0]) if old else None
            if mine is None or earlier is None or earlier <= mine:
                continue
            params = {"naam": self.names.get(wid, ""), "datum": _day(mine),
                      "eerder": _day(earlier)}
            if allow_older:
                self.report.add(Problem(claim.source.label, None, None, None,
                                        OUDERE_EXPORT_TOEGESTAAN, params, ernst=WAARSCHUWING))
            else:
                self.report.add(Problem(claim.source.label, None, None, None, OUDERE_EXPORT,
                                        params))

    # --- after writing: year statuses and deliveries --------------------------------------

    def write_statuses(self, cur: sqlite3.Cursor, resolve: Any, changed: set[tuple[int, int]],
                       now: datetime) -> set[str]:
        """The year statuses the exports bring (see module docstring); returns the tables
        written. ``changed``: (werkplaats, year) whose records this import changed."""
        written: set[str] = set()
        stamp = store_datetime(now)
        for wid, claim in self.claims.items():
            herkomst = claim.source.herkomst
            theirs: dict[int, JaarStatus] = {}
            for e in herkomst.jaarstatus:
                target = resolve(e.werkplaats_uuid) if e.werkplaats_uuid else None
                if target is None and e.werkplaats_code:
                    target = self.werkplaatsen.by_code.get(e.werkplaats_code)
                if target == wid:
                    theirs[e.jaar] = JaarStatus(e.status)
            ours = {j: JaarStatus(st) for j, st in cur.execute(
                "SELECT jaar, status FROM jaarstatus WHERE werkplaats_id = ?", (wid,))}
            if claim.own and claim.source.kind != LANDELIJK:
                years = set(theirs) | set(ours)  # the file lists every closed year
            else:
                years = set(theirs)
            for jaar in sorted(years):
                before = ours.get(jaar, JaarStatus.CONCEPT)
                after = theirs.get(jaar, JaarStatus.CONCEPT)
                if not claim.own and after.rang <= before.rang:
                    continue  # an export passed on only raises a status
                if claim.own and before is JaarStatus.DEFINITIEF and (wid, jaar) in changed:
                    self.report.add(Problem(claim.source.label, None, None, None,
                                            DEFINITIEF_GEWIJZIGD, {
                                                "jaar": jaar, "naam": self.names.get(wid, ""),
                                                "status": before.label.lower(),
                                                "nieuw": after.label.lower()},
                                            ernst=WAARSCHUWING))
                if after == before:
                    continue
                if after is JaarStatus.CONCEPT:
                    cur.execute("DELETE FROM jaarstatus WHERE werkplaats_id = ? AND jaar = ?",
                                (wid, jaar))
                elif jaar in ours:
                    cur.execute("UPDATE jaarstatus SET status = ?, gewijzigd_op = ? "
                                "WHERE werkplaats_id = ? AND jaar = ?",
                                (after.value, stamp, wid, jaar))
                else:
                    cur.execute("INSERT INTO jaarstatus (werkplaats_id, jaar, status, "
                                "gewijzigd_op) VALUES (?, ?, ?, ?)",
                                (wid, jaar, after.value, stamp))
                cur.execute("INSERT INTO jaarstatus_log (werkplaats_id, jaar, van, naar, op, "
                            "reden, bron) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (wid, jaar, before.value, after.value, stamp, "",
                             str(claim.source.path)))
                written |= {"jaarstatus", "jaarstatus_log"}
        return written

    def write_deliveries(self, cur: sqlite3.Cursor, now: datetime) -> set[str]:
        """Remember per werkplaats the newest export read (for the next import and the
        completeness page)."""
        stamp = store_datetime(now)
        for wid, claim in self.claims.items():
            source = claim.source
            man = source.manifest
            version = man.formaatversie if man else (2 if source.landelijk_herkomst
                                                     and source.landelijk_herkomst.exportdatum
                                                     else 1)
            when = source.herkomst.exportdatum
            cur.execute(
                "INSERT OR REPLACE INTO aanlevering (werkplaats_id, exportdatum, bestand, soort, "
                "formaatversie, eigen_bestand, geimporteerd_op) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (wid, store_datetime(when) if when else None, str(source.path), source.kind,
                 version, int(claim.own), stamp))
        return {"aanlevering"} if self.claims else set()
