"""What else a delete takes with it, so that the user can be told before saying yes.

Worked out from the foreign keys of the schema (ON DELETE CASCADE / SET NULL / RESTRICT),
following cascades as far as they go, counting each affected row once. What the tables are
called for a person is the registry's (``catalog.table_label``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.sql import row_key


@dataclass
class Impact:
    #: rows deleted along with the record, per table (the record itself not included)
    deleted: dict[str, int] = field(default_factory=dict)
    #: rows that keep existing but lose their link to a deleted row
    unlinked: dict[str, int] = field(default_factory=dict)
    #: rows that forbid the delete (ON DELETE RESTRICT)
    blocking: dict[str, int] = field(default_factory=dict)

    @property
    def is_blocked(self) -> bool:
        return bool(self.blocking)

    def records_deleted(self) -> dict[str, int]:
        """Only the tables users think of as records (link rows are implied)."""
        return {t: n for t, n in self.deleted.items() if t in _RECORD_TABLES}


_RECORD_TABLES = {t.name for t in orm.Base.metadata.sorted_tables if "uuid" in t.c}


def _referencing(table: Table) -> list[tuple[Table, list[str], list[str], str]]:
    """(child table, child columns, parent columns, ondelete) for every FK pointing at table."""
    result = []
    for child in orm.Base.metadata.sorted_tables:
        for fk in child.foreign_key_constraints:
            if fk.referred_table is table:
                parent_cols = [e.column.name for e in fk.elements]
                result.append((child, list(fk.column_keys), parent_cols,
                               (fk.ondelete or "NO ACTION").upper()))
    return result


def delete_impact(session: Session, table_name: str, *row_ids: int) -> Impact:
    """What deleting the rows ``row_ids`` of ``table_name`` would also delete or unlink."""
    tables = orm.Base.metadata.tables
    deleted: dict[str, set[Any]] = defaultdict(set)
    unlinked: dict[str, set[Any]] = defaultdict(set)
    blocking: dict[str, set[Any]] = defaultdict(set)
    rowid: Any = row_key(session)
    start = tables[table_name]
    # the rows by their row key (SQLite: the rowid, which is the id; PostgreSQL: the ctid)
    row_ids = tuple(session.scalars(
        select(rowid).select_from(start).where(start.c.id.in_(row_ids))))
    deleted[table_name].update(row_ids)
    queue: list[tuple[str, set[Any]]] = [(table_name, set(row_ids))]
    while queue:
        name, rowids = queue.pop()
        parent = tables[name]
        for child, child_cols, parent_cols, action in _referencing(parent):
            if len(child_cols) != 1:
                continue  # composite keys point at reference data, which is never deleted
            keys = select(parent.c[parent_cols[0]]).where(rowid.in_(rowids))
            keys = keys.select_from(parent)
            hits = set(session.scalars(
                select(rowid).select_from(child).where(child.c[child_cols[0]].in_(keys))
            ))
            if action == "CASCADE":
                new = hits - deleted[child.name]
                if new:
                    deleted[child.name] |= new
                    queue.append((child.name, new))
            elif action == "SET NULL":
                unlinked[child.name] |= hits
            elif hits:
                blocking[child.name] |= hits
    deleted[table_name].difference_update(row_ids)
    return Impact(
        deleted={t: len(ids) for t, ids in deleted.items() if ids},
        unlinked={t: len(ids - deleted[t]) for t, ids in unlinked.items() if ids - deleted[t]},
        blocking={t: len(ids - deleted[t]) for t, ids in blocking.items() if ids - deleted[t]},
    )
