"""Personal data: forget a contact person everywhere at once, and keep them forgotten.

A contact person (``persoon``) has a name, e-mail address, phone number and notes. When they
ask to be removed, :func:`forget_person` does all of this in one transaction:

* deletes the person; the database itself then removes their roles in werkplaatsen
  (ON DELETE CASCADE) and empties every field that pointed at them (lector of a lectoraat,
  contact person of a partner, trekker of a kenniskring, project leaders: ON DELETE SET NULL);
* records their UUID, and nothing else, in ``vergeten_record``, so that importing an older
  export that still contains them does not bring them back (the importer asks
  :func:`forgotten_uuids`);

and then clears the undo history, because undo keeps old row contents in memory until the
program closes and "Ongedaan maken" must not bring the person back. SQLite's ``secure_delete``
(store/engine.py) overwrites the deleted rows in the file. Copies made before — backups,
exports — still hold the person until they are thinned away or deleted; the manual
(resources/handleiding/06-gegevensveiligheid.md) says how long.

The work runs on a connection of its own (``worker_session``), without the undo triggers, so
the person's data is not even written into the undo log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services.impact import delete_impact
from werkplaats_desktop.services.records import NotFound
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database

#: The tables a forget touches (for the change announcement).
TABLES = frozenset({"persoon", "persoon_werkplaats", "lectoraat", "deelname", "kenniskring",
                    "project", "vergeten_record"})

LABEL = QT_TRANSLATE_NOOP("Privacy", "Persoonsgegevens verwijderd")


@dataclass(frozen=True)
class Forgotten:
    uuid: str
    #: rows that no longer point at the person, per table ("project": 2)
    unlinked: dict[str, int]
    #: rows removed with the person (their roles), per table
    deleted: dict[str, int]


def forget_person(db: Database, persoon_id: int) -> Forgotten:
    """Delete the contact person ``persoon_id`` everywhere at once (see module docstring).
    Raises :class:`NotFound` when there is no such person."""
    with db.worker_session(write=True) as s:
        row = s.get(orm.Persoon, persoon_id)
        if row is None:
            raise NotFound(f"De persoon met nummer {persoon_id} bestaat niet (meer).")
        impact = delete_impact(s, "persoon", persoon_id)
        uuid = row.uuid
        s.delete(row)
        s.flush()
        s.merge(orm.VergetenRecord(uuid=uuid, tabel="persoon"))
    db.external_change(LABEL, TABLES)
    return Forgotten(uuid, impact.unlinked, impact.deleted)


def forgotten_uuids(session: Session, tabel: str | None = None) -> set[str]:
    """UUIDs that must never come back (for importers), optionally of one table only."""
    q = select(orm.VergetenRecord.uuid)
    if tabel is not None:
        q = q.where(orm.VergetenRecord.tabel == tabel)
    return set(session.scalars(q))


def is_forgotten(session: Session, uuid: str) -> bool:
    return session.get(orm.VergetenRecord, uuid) is not None
