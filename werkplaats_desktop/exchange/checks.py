"""The second half of an import: references resolved, then the same rules as for a record
typed in the program.

Each row becomes the program's own dataclass and goes through the record's checker from
``domain/validation.py``, and then all rows of a table go through the kind's rules between
records (``services/rules.py``: unique names, same werkplaats, the kind of activity fits its
O, one subsidy per provider and year) as one batch, with the database's values loaded in one
query per table instead of one per row. Both are the very rules the forms apply (the kind's
entry in ``services/catalog.py``), so an import refuses exactly what the forms refuse, with
the same Dutch messages (``tests/test_rules_both_paths.py``). Whether a referenced record
exists is answered here by resolving its UUID.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date
from sqlalchemy.orm import Session

from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.columns import FileFormat, Kind
from werkplaats_desktop.exchange.diff import mark_unchanged
from werkplaats_desktop.exchange.plan import InRow, Plan
from werkplaats_desktop.exchange.report import Problem
from werkplaats_desktop.services import catalog, rules
from werkplaats_desktop.services.records import EntityDef
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.types import Cents, utcnow

#: link lists filled from a link file: attribute -> (table referred to, item field)
_LINK_TARGETS = {"partners": ("partner", "partner_id"), "rollen": ("werkplaats", "werkplaats_id")}
_LINK_COLUMNS = {"partners": "partner_uuid", "rollen": "werkplaats_uuid"}


def _reader(column: Any) -> Callable[[Any], Any]:
    """From what SQLite stores to the value the record rules expect."""
    kind = column.type
    if isinstance(kind, Cents):
        return lambda x: None if x is None else Decimal(int(x)) / 100
    if isinstance(kind, Date):
        return lambda x: date.fromisoformat(x) if isinstance(x, str) else x
    if isinstance(kind, Boolean):
        return lambda x: None if x is None else bool(x)
    return lambda x: x


def _rule(
    plan: Plan, r: InRow, field: str, template: str, value: object = None, **params: object
) -> None:
    column = _column_of(r, field)
    shown = r.table.shown(column)
    plan.report.add(
        Problem(
            r.table.where,
            r.row,
            shown,
            None if value is None else str(value),
            template,
            {"veld": v.FIELD_LABELS.get(field, field), **params},
            context="Validatie",
        )
    )


def _column_of(r: InRow, field: str) -> str:
    fmt = F.BY_FILE[r.table.file]
    for c in fmt.columns:
        if c.field == field:
            return c.name
    return _LINK_COLUMNS.get(field, field)


class Checks:
    def __init__(self, plan: Plan, session: Session):
        self.plan = plan
        self.session = session
        self._layouts: dict[str, tuple[Any, ...]] = {}
        self.now = utcnow()
        #: the rules' view of the database; a werkplaats whose own export is read is not held
        #: back by its closed years (``exchange/ownership.py``)
        self.context = rules.RuleContext(session, self._pending,
                                         delivered=plan.ownership.delivered,
                                         removing=plan.gone)

    def run(self, progress: Callable[[int], None]) -> None:
        for fmt in F.FILES:
            if fmt.link_of is not None or fmt.table == "vergeten_record":
                continue
            d = catalog.BY_TABLE[fmt.table]
            rows = [
                r
                for r in self.plan.by_uuid[fmt.table].values()
                if (r.write or r.merge_links) and not r.skip
            ]
            current = self._current(fmt.table, [r for r in rows if not r.new])
            for r in rows:
                self.check_row(fmt, d, r, current.get(r.id))  # type: ignore[arg-type]
            mark_unchanged(self.plan.conn, fmt.table, rows, self.now)
            self.database_rules(fmt.table, rows, current)
            self.removals(fmt.table)
            progress(len(rows))

    def removals(self, table: str) -> None:
        """What the import removes, through the rules that guard deletes (a closed year)."""
        ids = self.plan.gone.get(table)
        if not ids:
            return
        d = catalog.BY_TABLE[table]
        where = F.BY_TABLE[table].file

        def report(field: str, template: str, params: dict[str, object]) -> None:
            self.plan.report.add(Problem(where, None, None, None, template, params,
                                         context="Validatie"))

        rules.apply_delete(d.rules, self.context, table, ids, report)

    def _current(self, table: str, rows: list[InRow]) -> dict[int, dict[str, Any]]:
        """For records the file updates only in part (a landelijk overzicht names a project
        but has nothing else of it): their other fields as stored, so the record rules see the
        record as it will be."""
        columns = orm.Base.metadata.tables[table].columns
        names = {c.name for c in columns} - {"id", "uuid", "created_at", "updated_at"}
        partial = [r.id for r in rows if names - r.present]
        if not partial:
            return {}
        wanted = sorted(names)
        convert = {c.name: _reader(c) for c in columns if c.name in names}
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(partial), 500):
            chunk = partial[start : start + 500]
            sql = (
                f"SELECT id, {', '.join(wanted)} FROM {table} "
                f"WHERE id IN ({', '.join('?' * len(chunk))})"
            )
            for row in self.plan.conn.execute(sql, chunk):
                out[row[0]] = {n: convert[n](x) for n, x in zip(wanted, row[1:], strict=True)}
        return out

    # --- one row ------------------------------------------------------------------------

    def _forgotten(self, table: str, uuid: str) -> bool:
        row = self.plan.by_uuid[table].get(uuid)
        return uuid in self.plan.forgotten or (row is not None and row.skip)

    def _layout(self, fmt: FileFormat, d: EntityDef[Any]) -> tuple[Any, ...]:
        """Per file, once: its references, its lists, and whether its fields fit the record."""
        if fmt.file not in self._layouts:
            refs = [(c.field, c.target) for c in fmt.columns if c.kind is Kind.VERWIJZING]
            lists = [
                (c.field, c.target, v.ONBEKEND_THEMA if c.target == "thema" else v.ONBEKEND)
                for c in fmt.columns
                if c.kind is Kind.VERWIJZINGEN
            ]
            model_fields = {f.name for f in dataclasses.fields(d.model)}
            fits = {c.field for c in fmt.columns if c.field} <= model_fields
            self._layouts[fmt.file] = (refs, lists, model_fields, fits)
        return self._layouts[fmt.file]

    def check_row(
        self, fmt: FileFormat, d: EntityDef[Any], r: InRow, stored: dict[str, Any] | None = None
    ) -> None:
        refs, lists, model_fields, fits = self._layout(fmt, d)
        values, present, bad = r.values, r.present, r.bad
        # what the record checker sees: the stored values of fields the file leaves out, and
        # lists still as UUIDs
        shown = {**stored, **values} if stored else dict(values)
        resolve = self.plan.resolve
        for name, target in refs:
            value = values.get(name)
            if value is None or name not in present or name in bad:
                continue
            local = resolve(target, value)
            if local is None:
                self._unknown(r, name, target, value)
            values[name] = local
            shown[name] = -1 if name in bad else local
        for name, target, template in lists:
            uuids = values.get(name)
            if not uuids or name in bad:
                continue
            ids = []
            for u in uuids:
                local = resolve(target, u)
                if local is None:
                    self._unknown(r, name, target, u, template)
                else:
                    ids.append(local)
            values[name] = list(dict.fromkeys(ids))
        for attr, (target, item_field) in _LINK_TARGETS.items():
            if attr not in present or attr not in values:
                continue
            items = []
            for item in values[attr]:
                uuid = getattr(item, item_field)
                local = resolve(target, uuid) if uuid else None
                if uuid and local is None:
                    self._unknown(r, attr, target, uuid)
                if local is not None:
                    items.append(dataclasses.replace(item, **{item_field: local}))
            values[attr] = list({(getattr(i, item_field), i.rol): i for i in items}.values())
        record = d.model(
            **(
                shown
                if fits and not stored
                else {k: val for k, val in shown.items() if k in model_fields}
            )
        )
        for e in d.check(record).errors:
            if e.field not in bad:
                _rule(self.plan, r, e.field, e.template, shown.get(e.field), **e.params)

    def _unknown(
        self, r: InRow, field: str, target: str, uuid: str, template: str = v.ONBEKEND
    ) -> None:
        """A reference to a record that is neither here nor in the import: a problem, unless
        the record was vergeten (then the reference is simply left empty)."""
        if not self._forgotten(target, uuid):
            _rule(self.plan, r, field, template, uuid, waarde=uuid)
            r.bad.add(field)

    # --- rules over all rows of a table -------------------------------------------------------

    def database_rules(self, table: str, rows: list[InRow],
                       current: dict[int, dict[str, Any]]) -> None:
        """The kind's rules between records (``services/rules.py``, the same the form applies)
        over all rows of ``table`` at once, seeing each row as it will be stored."""
        d = catalog.BY_TABLE[table]
        if not d.rules:
            return
        if table == "partner":
            # "possibly the same" as a local partner: kept apart until the user confirms, so
            # it may carry the local partner's name
            doubt = {m.nieuw_id for m in self.plan.report.twijfel}
            rows = [r for r in rows if r.id not in doubt]
        # a themasamenwerking recognised by name only adds its werkplaatsen: it is no record
        # with a name of its own (two exports of one import may both bring it)
        subjects = [rules.Subject({**current[r.id], **r.values} if r.id in current else r.values,
                                  r.id, self._reporter(r), changes=not r.same,
                                  change=self._changer(r))
                    for r in rows if r.write]
        rules.apply(d.rules, self.context, table, subjects)

    def _reporter(self, r: InRow) -> rules.Report:
        def report(field: str, template: str, params: dict[str, object]) -> None:
            _rule(self.plan, r, field, template, params.get("waarde"), **params)
        return report

    @staticmethod
    def _changer(r: InRow) -> Callable[[str, Any], None]:
        """A value a rule derives (``services/rules.py``) is written like one of the file."""
        def change(field: str, value: Any) -> None:
            r.values[field] = value
            if field not in r.present:  # the set is shared by the rows of one file
                r.present = r.present | {field}
        return change

    def _pending(self, table: str, record_id: int) -> dict[str, Any] | None:
        """The values of a record this import writes (None: the stored values count)."""
        row = self.plan.by_id[table].get(record_id)
        if row is None or not row.write or row.skip:
            return None
        return row.values if "werkplaats_id" in row.present else None
