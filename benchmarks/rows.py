"""The bulk write path of the generator: rows as the record services would write them.

Every record gets an explicit id (the tables start empty, so these are the ids SQLite would
hand out), a UUID and ``created_at``/``updated_at``; rows are buffered per table and written
with one executemany per table and chunk, in foreign-key order, through SQLAlchemy Core on a
worker connection of the open :class:`Database` — so the column types of ``store/orm.py``
(``Cents``, dates, enums) turn the values into exactly what the ORM would store.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database

#: rows buffered before they are written (all tables together)
CHUNK = 20_000
#: page cache of the generator's own connection (KiB): index updates of a million rows
CACHE_KIB = 256_000

_ORDER = {t: i for i, t in enumerate(orm.Base.metadata.sorted_tables)}


class Rows:
    def __init__(self, db: Database, rng: random.Random):
        self.db = db
        self.rng = rng
        self.conn: Connection | None = None
        self.counts: dict[str, int] = {}
        self._next_id: dict[Table, int] = {}
        self._buffers: dict[Table, list[dict[str, Any]]] = {}
        self._pending = 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One large write transaction; everything added inside is written when it ends."""
        with self.db.worker_session(write=True) as session:
            self.conn = session.connection()
            self.conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            try:
                yield
                self.flush()
            finally:
                self.conn = None

    def add(self, cls: type[orm.Base], when: int | date, **values: Any) -> int:
        """Add one record of ``cls``; ``when`` (a year or a date) dates its timestamps."""
        table: Table = cls.__table__  # type: ignore[assignment]
        if table not in self._next_id:
            assert self.conn is not None
            self._next_id[table] = self.conn.scalar(select(func.max(table.c.id))) or 0
        self._next_id[table] += 1
        record_id = self._next_id[table]
        created, updated = self.stamps(when)
        self._buffer(table, {"id": record_id, "uuid": self.uuid(), **values,
                             "created_at": created, "updated_at": updated})
        return record_id

    def link(self, table: Table, **values: Any) -> None:
        self._buffer(table, values)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamps(self, when: int | date) -> tuple[datetime, datetime]:
        """Entered a few days after the fact, during office hours; a third edited later."""
        rng = self.rng
        if isinstance(when, int):
            when = date(when, rng.randint(1, 12), rng.randint(1, 28))
        created = datetime(when.year, when.month, when.day, rng.randint(8, 17),
                           rng.randint(0, 59), rng.randint(0, 59)) + timedelta(
            days=rng.randint(0, 20))
        if rng.random() < 0.67:
            return created, created
        return created, created + timedelta(days=rng.randint(1, 200), seconds=rng.randint(0, 86399))

    def _buffer(self, table: Table, row: dict[str, Any]) -> None:
        self._buffers.setdefault(table, []).append(row)
        self._pending += 1
        if self._pending >= CHUNK:
            self.flush()

    def flush(self) -> None:
        """Write every buffer, parents before children (foreign keys are checked)."""
        assert self.conn is not None, "add rows inside Rows.transaction()"
        for table in sorted(self._buffers, key=_ORDER.__getitem__):
            rows = self._buffers[table]
            if rows:
                self.conn.execute(insert(table), rows)
                self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
        self._buffers.clear()
        self._pending = 0
