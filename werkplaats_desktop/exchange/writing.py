"""The write half of an import, once every row has passed: plain ``executemany`` statements on
the import's own connection, inside the one transaction that ``importer.py`` commits or rolls
back as a whole. No ORM objects: 100 000 rows would take minutes that way.

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
                    self.cur.executemany(f"DELETE FROM {table} WHERE id = ?", gone)
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
                sql = (
                    f"INSERT INTO {table} (id, uuid, {', '.join(names)}) "
                    f"VALUES ({', '.join('?' * (len(names) + 2))})"
                )
                data = zip(ids, [r.uuid for r in group], *_columns(group, plan), strict=True)
                counts.nieuw += len(group)
            else:
                sql = f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"
                data = zip(*_columns(group, plan), ids, strict=True)
                counts.bijgewerkt += len(group)
            self.cur.executemany(sql, data)
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
                self.cur.executemany(f"DELETE FROM {t.name} WHERE {link.own} = ?", old)
        values = []
        for r in rows:
            for item in r.values.get(link.attr) or []:
                if link.item is None:
                    values.append((r.id, item))
                else:
                    fields = dataclasses.astuple(item)
                    values.append((r.id, *(x.value if isinstance(x, Enum) else x for x in fields)))
        if values:
            verb = "INSERT OR IGNORE" if add else "INSERT"
            self.cur.executemany(
                f"{verb} INTO {t.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values,
            )
        self.tables.add(t.name)

    def aliases(self) -> None:
        if self.plan.new_aliases:
            self.cur.executemany(
                "INSERT OR REPLACE INTO partner_alias (uuid, partner_id, naam, bron, "
                "samengevoegd_op) VALUES (?, ?, ?, ?, ?)",
                [(*a, store_datetime(self.now)) for a in self.plan.new_aliases],
            )
            self.tables.add("partner_alias")
