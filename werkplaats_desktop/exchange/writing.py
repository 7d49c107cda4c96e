"""The write half of an import, once every row has passed: plain SQL on the import's own
connection, inside the one transaction that ``importer.py`` commits or rolls back as a whole.
No ORM objects: 100 000 rows would take minutes that way.

The rows of a table are first put in a temporary table (``executemany``, no triggers, no
indexes) and then written with one statement (``INSERT ... SELECT``, ``UPDATE ... FROM``,
``DELETE ... IN``). One statement per table, not one per row: the triggers that keep the search
index and the counts in step (revision 0005) then run inside one statement, and the search
index (FTS5) writes what it collected once, instead of flushing at the end of every row's
statement (FTS5 does that at each statement's savepoint: per row it made an import about
four times slower).

Per table, in import order: new records are inserted with the ids planned for them; records
that exist are updated in the columns the file has (a column an export leaves out, such as the
contact persons without personal data, is left as it is here); link lists the file gives are
replaced. Before that, records listed as "vergeten" are removed, and records of an exported
werkplaats that a newer export no longer holds are removed (the export is that werkplaats's
whole administration).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime
from sqlalchemy import Enum as SAEnum

from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.cells import store_datetime
from werkplaats_desktop.exchange.formats import LANDELIJK
from werkplaats_desktop.exchange.plan import InRow, Plan
from werkplaats_desktop.exchange.reading import Source
from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.records import LinkList
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.types import Cents, utcnow

Step = Callable[[int], None]


def _same(x: Any) -> Any:
    return x


def _cents(x: Any) -> int | None:
    return None if x is None else int(x * 100)


def _converter(column: Column) -> Callable[[Any], Any]:  # type: ignore[type-arg]
    """From the value read to what SQLite stores, as the ORM's column types would store it."""
    kind = column.type
    if isinstance(kind, Cents):
        return _cents  # the checker allowed two decimals at most: exact
    if isinstance(kind, Boolean):
        return lambda x: None if x is None else int(bool(x))
    if isinstance(kind, DateTime):
        return lambda x: store_datetime(x) if isinstance(x, datetime) else x
    if isinstance(kind, Date):
        return lambda x: x.isoformat() if isinstance(x, date) else x
    if isinstance(kind, SAEnum):
        return lambda x: x.value if isinstance(x, Enum) else x
    return _same


def _columns(rows: list[InRow], plan: list[tuple[str, Any, Any]]) -> list[list[Any]]:
    """The stored values, a column at a time (list comprehensions: no call per cell where the
    value needs no conversion)."""
    out = []
    for name, convert, fill in plan:
        column = [r.values.get(name) for r in rows]
        if convert is None:
            out.append([fill if x is None else x for x in column])
        else:
            out.append([fill if x is None else convert(x) for x in column])
    return out


_STAGE = "temp.werkplaats_import"


def _staged(cur: Any, columns: list[str], rows: Any) -> bool:
    """``rows`` (tuples of ``columns``) into the temporary stage table; False when empty."""
    cur.execute(f"DROP TABLE IF EXISTS {_STAGE}")
    cur.execute(f"CREATE TABLE {_STAGE} ({', '.join(columns)})")
    cur.executemany(f"INSERT INTO {_STAGE} VALUES ({', '.join('?' * len(columns))})", rows)
    return bool(cur.execute(f"SELECT EXISTS (SELECT 1 FROM {_STAGE})").fetchone()[0])


def insert_many(cur: Any, table: str, columns: list[str], rows: Any,
                verb: str = "INSERT") -> None:
    """``verb INTO table (columns)`` for every row, as one statement."""
    if _staged(cur, columns, rows):
        names = ", ".join(columns)
        cur.execute(f"{verb} INTO main.{table} ({names}) SELECT {names} FROM {_STAGE}")
    cur.execute(f"DROP TABLE {_STAGE}")


def update_many(cur: Any, table: str, columns: list[str], rows: Any) -> None:
    """Set ``columns`` of the rows with the given ids (each row: the values, then the id)."""
    if _staged(cur, [*columns, "stage_id"], rows):
        sets = ", ".join(f"{c} = s.{c}" for c in columns)
        cur.execute(f"UPDATE main.{table} SET {sets} FROM {_STAGE} AS s "
                    f"WHERE main.{table}.id = s.stage_id")
    cur.execute(f"DROP TABLE {_STAGE}")


def delete_many(cur: Any, table: str, column: str, values: list[tuple[Any]]) -> None:
    """Delete the rows whose ``column`` is one of ``values`` (1-tuples)."""
    if _staged(cur, ["stage_value"], values):
        cur.execute(f"DELETE FROM main.{table} WHERE {column} IN "
                    f"(SELECT stage_value FROM {_STAGE})")
    cur.execute(f"DROP TABLE {_STAGE}")


class Writer:
    def __init__(self, plan: Plan, step: Step):
        self.plan = plan
        self.cur = plan.conn.cursor()
        self.step = step
        self.now = utcnow()
        self.tables: set[str] = set()

    def run(self, sources: list[Source]) -> None:
        self.forget()
        self.replace_werkplaatsen(sources)
        for fmt in F.FILES:
            if fmt.link_of is None and fmt.table != "vergeten_record":
                self.write_table(fmt.table)
        self.aliases()

    # --- removing -----------------------------------------------------------------------

    def forget(self) -> None:
        rows = [r for r in self.plan.by_uuid["vergeten_record"].values()]
        if not rows:
            return
        self.cur.executemany(
            "INSERT OR IGNORE INTO vergeten_record (uuid, tabel, vergeten_op) VALUES (?, ?, ?)",
            [
                (r.uuid, r.values["tabel"], store_datetime(r.values.get("vergeten_op") or self.now))
                for r in rows
            ],
        )
        for r in rows:
            self.cur.execute(f"DELETE FROM {r.values['tabel']} WHERE uuid = ?", (r.uuid,))
            if self.cur.rowcount:
                self.plan.report.vergeten_verwijderd += self.cur.rowcount
                self.tables.add(r.values["tabel"])
        self.tables.add("vergeten_record")

    def replace_werkplaatsen(self, sources: list[Source]) -> None:
        for source in sources:
            wanted = [
                r.id
                for r in self.plan.by_uuid["werkplaats"].values()
                if r.source is source and not r.new and r.id is not None and r.write
            ]
            if not wanted:
                continue
            tables = ("activiteit", "product") if source.kind == LANDELIJK else F.WERKPLAATS_TABLES
            marks = ",".join("?" * len(wanted))
            for table in tables:
                keep = self.plan.by_uuid[table]
                gone = [
                    (i,)
                    for i, u in self.cur.execute(
                        f"SELECT id, uuid FROM {table} WHERE werkplaats_id IN ({marks})", wanted
                    )
                    if u not in keep
                ]
                if gone:
                    delete_many(self.cur, table, "id", gone)
                    self.plan.report.count(F.BY_TABLE[table].file[:-4]).verwijderd += len(gone)
                    self.tables.add(table)

    # --- adding and changing ------------------------------------------------------------

    def write_table(self, table: str) -> None:
        rows = [r for r in self.plan.by_uuid[table].values() if r.write and not r.skip]
        merged = [r for r in self.plan.by_uuid[table].values() if r.merge_links and not r.skip]
        if not rows and not merged:
            return
        d = catalog.BY_TABLE[table]
        columns = [
            c for c in orm.Base.metadata.tables[table].columns if c.name not in ("id", "uuid")
        ]
        counts = self.plan.report.count(F.BY_TABLE[table].file[:-4])
        groups: dict[tuple[bool, frozenset[str]], list[InRow]] = defaultdict(list)
        for r in rows:
            groups[(r.new, frozenset(r.present))].append(r)
        for (new, present), group in groups.items():
            plan = self._cells(d, columns, present, new)
            if not plan:
                continue
            names = [n for n, _c, _f in plan]
            ids = [r.id for r in group]
            if new:
                data = zip(ids, [r.uuid for r in group], *_columns(group, plan), strict=True)
                insert_many(self.cur, table, ["id", "uuid", *names], data)
                counts.nieuw += len(group)
            else:
                data = zip(*_columns(group, plan), ids, strict=True)
                update_many(self.cur, table, names, data)
                counts.bijgewerkt += len(group)
        for link in d.links:
            self.write_link(link, [r for r in rows if link.attr in r.present])
        if merged:  # a themasamenwerking recognised by name: its werkplaatsen are added
            for link in d.links:
                self.write_link(link, [r for r in merged if link.attr in r.present], add=True)
        self.tables.add(table)
        self.step(len(rows))

    def _cells(
        self,
        d: Any,
        columns: list[Column],
        present: frozenset[str],  # type: ignore[type-arg]
        new: bool,
    ) -> list[tuple[str, Callable[[Any], Any] | None, Any]]:
        """Per column written: (name, converter or None, value when the file gives none).
        A new record gets every column: what the file leaves out (or leaves empty where the
        database needs a value) is the program's default, or the time of the import; an
        existing record gets only the columns the file has."""
        defaults = {f.name: getattr(d.model(), f.name) for f in dataclasses.fields(d.model)}
        plan = []
        for c in columns:
            if not new and c.name not in present:
                continue
            convert = _converter(c)
            fill = None
            if c.name not in present or not c.nullable:
                fill = convert(
                    self.now if c.name in ("created_at", "updated_at") else defaults.get(c.name)
                )
            plan.append((c.name, None if convert is _same else convert, fill))
        return plan

    def write_link(self, link: LinkList, rows: list[InRow], add: bool = False) -> None:
        if not rows:
            return
        t = link.table
        extra = [f.name for f in dataclasses.fields(link.item)][1:] if link.item else []
        cols = [link.own, link.other, *extra]
        if not add:
            old = [(r.id,) for r in rows if not r.new]
            if old:
                delete_many(self.cur, t.name, link.own, old)
        values = []
        for r in rows:
            for item in r.values.get(link.attr) or []:
                if link.item is None:
                    values.append((r.id, item))
                else:
                    fields = dataclasses.astuple(item)
                    values.append((r.id, *(x.value if isinstance(x, Enum) else x for x in fields)))
        if values:
            insert_many(self.cur, t.name, cols, values, "INSERT OR IGNORE" if add else "INSERT")
        self.tables.add(t.name)

    def aliases(self) -> None:
        if self.plan.new_aliases:
            self.cur.executemany(
                "INSERT OR REPLACE INTO partner_alias (uuid, partner_id, naam, bron, "
                "samengevoegd_op) VALUES (?, ?, ?, ?, ?)",
                [(*a, store_datetime(self.now)) for a in self.plan.new_aliases],
            )
            self.tables.add("partner_alias")
