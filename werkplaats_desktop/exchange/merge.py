"""Merging two partners that turn out to be one organisation (the "possibly the same" pairs
of an import, confirmed by the user).

Everything that referred to the dropped partner is pointed at the kept one (found from the
schema's foreign keys, so a new reference to a partner is included without changing this
code); the dropped partner's UUID becomes an alias of the kept one, so that a later import of
the same export finds the kept partner instead of adding the other again. One merge is one
transaction through ``Database.write``: it can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.types import utcnow


def _references() -> list[tuple[Table, str]]:
    """Every (table, column) holding a partner id, except the alias table itself."""
    partner_id = orm.Partner.__table__.c.id  # type: ignore[attr-defined]
    found = []
    for table in orm.Base.metadata.sorted_tables:
        if table.name == "partner_alias":
            continue
        for fk in table.foreign_keys:
            if fk.column is partner_id:
                found.append((table, fk.parent.name))
    return found


def merge_partner(s: Session, keep_id: int, drop_id: int, bron: str = "") -> None:
    """Fold partner ``drop_id`` into ``keep_id`` inside the caller's transaction."""
    if keep_id == drop_id:
        return
    drop = s.get(orm.Partner, drop_id)
    if drop is None or s.get(orm.Partner, keep_id) is None:
        return
    for table, column in _references():
        keys = [c.name for c in table.primary_key.columns]
        if column in keys and len(keys) > 1:
            # a link table: where both partners are linked to the same row, keep one link
            others = [k for k in keys if k != column]
            same = " AND ".join(f"k.{o} = {table.name}.{o}" for o in others)
            s.execute(
                text(
                    f"DELETE FROM {table.name} WHERE {column} = :drop AND EXISTS "
                    f"(SELECT 1 FROM {table.name} k WHERE k.{column} = :keep AND {same})"
                ).bindparams(drop=drop_id, keep=keep_id)
            )
        s.execute(
            text(f"UPDATE {table.name} SET {column} = :keep WHERE {column} = :drop").bindparams(
                keep=keep_id, drop=drop_id
            )
        )
    s.execute(
        text("UPDATE partner_alias SET partner_id = :keep WHERE partner_id = :drop").bindparams(
            keep=keep_id, drop=drop_id
        )
    )
    s.add(
        orm.PartnerAlias(
            uuid=drop.uuid, partner_id=keep_id, naam=drop.naam, bron=bron, samengevoegd_op=utcnow()
        )
    )
    s.delete(drop)
    s.flush()


def merge_partners(db: Database, pairs: Iterable[tuple[int, int]], label: str) -> int:
    """Merge each (keep, drop) pair, all as one undoable step; returns how many were merged."""
    pairs = [(k, d) for k, d in pairs if k != d]
    if not pairs:
        return 0
    with db.write(label) as s:
        for keep, drop in pairs:
            merge_partner(s, keep, drop)
    return len(pairs)
