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
contact persons without personal data, is left as it is here), unless the file holds exactly
what is stored (``diff.py``: counted as unchanged, not written); link lists the file gives are
replaced. Before that, records listed as "vergeten" are removed, and records of a werkplaats
an export brings that it no longer holds (``Plan.plan_removals``: the export is that
werkplaats's whole administration). Every count goes into the report per kind of record and
per werkplaats.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Column

from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.cells import store_datetime
from werkplaats_desktop.exchange.plan import InRow, Plan
from werkplaats_desktop.exchange.reading import Source
from werkplaats_desktop.exchange.report import Counts
from werkplaats_desktop.exchange.storage import cell_plan, link_rows, stored_values
from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.records import LinkList
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.types import utcnow

Step = Callable[[int], None]


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


def update_many(cur: Any, table: str, columns: list[str], rows: Any,
                also: tuple[str, ...] = ()) -> None:
    """Set ``columns`` of the rows with the given ids (each row: the values, then the id),
    and the assignments ``also`` (``version = version + 1``)."""
    if _staged(cur, [*columns, "stage_id"], rows):
        sets = ", ".join([*(f"{c} = s.{c}" for c in columns), *also])
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
        #: (werkplaats, year) whose records this import changes (for the year statuses)
        self.changed_years: set[tuple[int, int]] = set()

    def run(self, sources: list[Source]) -> None:
        self.forget()
        self.remove()
        for fmt in F.FILES:
            if fmt.link_of is None and fmt.table != "vergeten_record":
                self.write_table(fmt.table)
        self.rekey()
        self.aliases()
        own = self.plan.ownership
        self.tables |= own.write_statuses(
            self.cur, lambda uuid: self.plan.resolve("werkplaats", uuid), self.changed_years,
            self.now)
        self.tables |= own.write_deliveries(self.cur, self.now)

    def _werkplaats_counts(self, werkplaats_id: Any) -> Counts | None:
        """The counts of a werkplaats the import brings records of (None for others)."""
        own = self.plan.ownership
        if werkplaats_id not in own.claims:
            return None
        return self.plan.report.werkplaats(own.names.get(werkplaats_id, f"#{werkplaats_id}"))

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

    def remove(self) -> None:
        """What the exports no longer hold of the werkplaatsen they bring."""
        for table, ids in self.plan.gone.items():
            if not ids:
                continue
            cols = "werkplaats_id, jaar" if "jaar" in orm.Base.metadata.tables[table].c \
                else "werkplaats_id, NULL"
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for wid, jaar in self.cur.execute(
                        f"SELECT {cols} FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                        chunk).fetchall():
                    counts = self._werkplaats_counts(wid)
                    if counts is not None:
                        counts.verwijderd += 1
                    if jaar is not None:
                        self.changed_years.add((wid, jaar))
            delete_many(self.cur, table, "id", [(i,) for i in ids])
            self.plan.report.count(F.BY_TABLE[table].file[:-4]).verwijderd += len(ids)
            self.tables.add(table)

    # --- adding and changing ------------------------------------------------------------

    def write_table(self, table: str) -> None:
        everything = [r for r in self.plan.by_uuid[table].values() if r.write and not r.skip]
        merged = [r for r in self.plan.by_uuid[table].values() if r.merge_links and not r.skip]
        if not everything and not merged:
            return
        counts = self.plan.report.count(F.BY_TABLE[table].file[:-4])
        rows = [r for r in everything if not r.same]
        counts.ongewijzigd += len(everything) - len(rows)
        self._count_per_werkplaats(table, everything)
        d = catalog.BY_TABLE[table]
        columns = [
            c for c in orm.Base.metadata.tables[table].columns
            if c.name not in ("id", "uuid", "version")  # version: 1 when new, +1 when changed
        ]
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
                data = zip(ids, [r.uuid for r in group], *stored_values(group, plan), strict=True)
                insert_many(self.cur, table, ["id", "uuid", *names], data)
                counts.nieuw += len(group)
            else:
                data = zip(*stored_values(group, plan), ids, strict=True)
                # a changed record gets a new version (a form open on it is then stale)
                bump = ("version = version + 1",) if "version" in \
                    orm.Base.metadata.tables[table].c else ()
                update_many(self.cur, table, names, data, also=bump)
                counts.bijgewerkt += len(group)
        for link in d.links:
            self.write_link(link, [r for r in rows if link.attr in r.present])
        if merged:  # a themasamenwerking recognised by name: its werkplaatsen are added
            for link in d.links:
                self.write_link(link, [r for r in merged if link.attr in r.present], add=True)
        if rows or merged:
            self.tables.add(table)
        self.step(len(everything))

    def _count_per_werkplaats(self, table: str, rows: list[InRow]) -> None:
        if table not in F.WERKPLAATS_TABLES:
            return
        year = table in ("activiteit", "product", "bijdrage", "subsidie")
        for r in rows:
            wid = r.values.get("werkplaats_id")
            counts = self._werkplaats_counts(wid)
            if counts is not None:
                if r.same:
                    counts.ongewijzigd += 1
                elif r.new:
                    counts.nieuw += 1
                else:
                    counts.bijgewerkt += 1
            jaar = r.values.get("jaar")
            if year and not r.same and wid is not None and jaar is not None:
                self.changed_years.add((int(wid), int(jaar)))
        if year:  # a changed record may have moved out of a year
            ids = [r.id for r in rows if not r.same and not r.new and r.id is not None]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                self.changed_years.update(self.cur.execute(
                    f"SELECT werkplaats_id, jaar FROM {table} "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())

    def _cells(
        self,
        d: Any,
        columns: list[Column],  # type: ignore[type-arg]
        present: frozenset[str],
        new: bool,
    ) -> list[tuple[str, Callable[[Any], Any] | None, Any]]:
        return cell_plan(d, columns, present, new, self.now)

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
            assert r.id is not None
            values += link_rows(link, r.id, r.values.get(link.attr) or [])
        if values:
            insert_many(self.cur, t.name, cols, values, "INSERT OR IGNORE" if add else "INSERT")
        self.tables.add(t.name)

    def rekey(self) -> None:
        """A werkplaats recognised by code or name in its own export takes that export's UUID."""
        rows = [(r.uuid, r.id) for r in self.plan.by_uuid["werkplaats"].values()
                if r.rekey and r.write]
        if rows:
            self.cur.executemany("UPDATE werkplaats SET uuid = ? WHERE id = ?", rows)
            self.tables.add("werkplaats")

    def aliases(self) -> None:
        if self.plan.new_aliases:
            self.cur.executemany(
                "INSERT OR REPLACE INTO partner_alias (uuid, partner_id, naam, bron, "
                "samengevoegd_op) VALUES (?, ?, ?, ?, ?)",
                [(*a, store_datetime(self.now)) for a in self.plan.new_aliases],
            )
            self.tables.add("partner_alias")
