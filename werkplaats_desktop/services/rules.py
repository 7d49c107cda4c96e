"""The rules between records, each with one body for both doors a record comes in by.

A rule that needs only the record itself is a ``check_...`` function in
``domain/validation.py``. A rule that needs other records (is the name unique, does the
project belong to the same werkplaats, does the kind of activity belong to its O) is a
:class:`Rule` here. A rule checks a *batch* of records:

* the form saves one record: a batch of one (``RecordService``);
* an import writes thousands at once: one batch per table (``exchange/checks.py``), with the
  database's values read in one query per table, and the other records of the same import
  taken into account (two rows with one name clash; a row may take a name another row gives up).

Both doors report through the same :class:`Subject`, with the same template and parameters, so a
record is refused with the same Dutch message whichever way it came.

A rule may also guard deletes (``check_delete``: :class:`GeslotenJaar`); the record service
asks it before a delete, the import before it removes what a newer export no longer holds.
A few values follow from others by reference data (a partner's provincie from its gemeente):
such a rule *derives* the value through :meth:`Subject.set`, again the same for both doors, so a
partner in Wijdemeren is in Noord-Holland whether it was typed or imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.domain.enums import JaarStatus, O
from werkplaats_desktop.domain.plurals import aantal
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.services.info import EIGEN_KEY
from werkplaats_desktop.store import orm

Report = Callable[[str, str, dict[str, object]], None]
"""``report(field, template, params)``: one problem with one field of the record."""

#: the values a record of the same action has (an import's other rows), or None
Pending = Callable[[str, int], Mapping[str, Any] | None]

_CHUNK = 500

#: the kinds of record that belong to one werkplaats and one year: what a closed year locks
YEAR_TABLES = ("activiteit", "product", "bijdrage", "subsidie")


@dataclass(frozen=True)
class Subject:
    """One record under check: its values as they will be stored (references as local ids,
    enums as their codes), its local id (None when new), and where its problems go.
    ``changes`` is False for a row an import brings in exactly as it is stored here."""

    values: Mapping[str, Any]
    id: int | None
    report: Report
    changes: bool = True
    #: how a derived value reaches the record that will be stored (None: it cannot change)
    change: Callable[[str, Any], None] | None = None

    def set(self, field: str, value: Any) -> None:
        """Store ``value`` in ``field`` (a value that follows from others)."""
        if isinstance(self.values, dict):
            self.values[field] = value
        if self.change is not None:
            self.change(field, value)


class RuleContext:
    """What a rule may ask: the stored rows of a table, and the werkplaats of a record, whose
    values may come from another record of the same action (``pending``) instead.

    ``delivered``: the werkplaatsen whose own export is being imported; a closed year does
    not stop them (the werkplaats's own file is the authority over its years). ``removing``:
    per table, the stored rows the same action removes (they take no name any more)."""

    def __init__(self, session: Session, pending: Pending | None = None,
                 delivered: frozenset[int] = frozenset(),
                 removing: Mapping[str, Iterable[int]] | None = None):
        self.session = session
        self.pending: Pending = pending or (lambda _table, _id: None)
        self.delivered = delivered
        self.removing = {t: set(ids) for t, ids in (removing or {}).items()}
        self._closed: dict[tuple[int, int], JaarStatus] | None = None
        self._eigen: tuple[int | None] | None = None

    def closed_years(self) -> dict[tuple[int, int], JaarStatus]:
        """(werkplaats id, jaar) -> status of the closed years (not of ``delivered``)."""
        if self._closed is None:
            js = orm.Jaarstatus
            rows = self.session.execute(select(js.werkplaats_id, js.jaar, js.status)
                                        .where(js.status != JaarStatus.CONCEPT.value))
            self._closed = {(w, j): JaarStatus(st) for w, j, st in rows
                            if w not in self.delivered}
        return self._closed

    def eigen_werkplaats(self) -> int | None:
        """The file's own werkplaats (meta ``eigen_werkplaats``), or None."""
        if self._eigen is None:
            # (a shared database has none: services/info.py, GEDEELD_GEEN_EIGEN)
            shared = self.session.get_bind().dialect.name == "postgresql"
            uuid = None if shared else self.session.scalar(
                select(orm.Meta.waarde).where(orm.Meta.sleutel == EIGEN_KEY))
            found = self.session.scalar(select(orm.Werkplaats.id)
                                        .where(orm.Werkplaats.uuid == uuid)) if uuid else None
            self._eigen = (found,)
        return self._eigen[0]

    def werkplaats_name(self, werkplaats_id: int | None) -> str:
        naam = self.session.scalar(select(orm.Werkplaats.naam)
                                   .where(orm.Werkplaats.id == werkplaats_id))
        return str(naam) if naam is not None else f"#{werkplaats_id}"

    def values_of(self, table: str, ids: Iterable[int],
                  columns: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        """``id -> columns`` of the stored rows ``ids`` of ``table`` (in chunks)."""
        t = orm.Base.metadata.tables[table]
        wanted = list(dict.fromkeys(ids))
        out: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for row in self.session.execute(
                    select(t.c.id, *(t.c[c] for c in columns)).where(t.c.id.in_(chunk))):
                out[row[0]] = tuple(row[1:])
        return out

    def stored(self, table: str, columns: Sequence[str],
               where: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """``(key, *columns)`` of every stored row of ``table`` (matching ``where``); the key is
        the primary key (``id``, or ``code`` for reference data)."""
        t = orm.Base.metadata.tables[table]
        stmt = select(list(t.primary_key.columns)[0], *(t.c[c] for c in columns))
        for name, value in (where or {}).items():
            stmt = stmt.where(t.c[name] == value)
        return [tuple(r) for r in self.session.execute(stmt)]

    def werkplaats_of(self, table: str, ids: Iterable[int]) -> dict[int, Any]:
        out: dict[int, Any] = {}
        missing = []
        for i in dict.fromkeys(ids):
            values = self.pending(table, i)
            if values is not None and "werkplaats_id" in values:
                out[i] = values["werkplaats_id"]
            else:
                missing.append(i)
        t = orm.Base.metadata.tables[table]
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start:start + _CHUNK]
            out.update(self.session.execute(
                select(t.c.id, t.c.werkplaats_id).where(t.c.id.in_(chunk))).all())
        return out


class Rule(Protocol):
    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None: ...


@dataclass(frozen=True)
class Unique:
    """No two records with the same values in ``fields``; texts compared after
    :func:`~werkplaats_desktop.domain.text.fold`. The first field may be a scope (the
    werkplaats): a batch of one then reads only the stored rows in that scope.

    A record whose ``fields`` are incomplete (an empty name) is not checked: "required" says
    what is missing. A stored record that the same action changes counts with its new values."""

    fields: tuple[str, ...]
    #: the field the message is about
    field: str
    template: str
    params: Callable[[Mapping[str, Any]], dict[str, object]]
    scoped: bool = False

    def key(self, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        key = tuple(fold(x) if isinstance(x, str) else x for x in
                    (values.get(f) for f in self.fields))
        return None if any(k is None or k == "" for k in key[1 if self.scoped else 0:]) else key

    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None:
        keyed = [(s, k) for s in subjects if (k := self.key(s.values)) is not None]
        if not keyed:
            return
        where = ({self.fields[0]: keyed[0][0].values.get(self.fields[0])}
                 if self.scoped and len(keyed) == 1 else None)
        changing = {s.id for s, _k in keyed if s.id is not None}
        taken: set[tuple[Any, ...]] = set()
        before: dict[int, tuple[Any, ...] | None] = {}
        removed = ctx.removing.get(table, set())
        for row in ctx.stored(table, self.fields, where):
            if row[0] in removed:
                continue
            key = self.key(dict(zip(self.fields, row[1:], strict=True)))
            if row[0] in changing:
                before[row[0]] = key
            elif key is not None:
                taken.add(key)
        # a clash the record already had (made before this rule folded names as it does now)
        # never stops it from being edited: only a new or changed value is checked. The
        # records that keep their value hold it first, so that a clash is said of the one
        # that takes it, whatever the order of the batch.
        def unchanged(subject: Subject, key: tuple[Any, ...]) -> bool:
            return subject.id is not None and before.get(subject.id) == key

        for subject, key in sorted(keyed, key=lambda sk: not unchanged(*sk)):
            if key in taken and not unchanged(subject, key):
                subject.report(self.field, self.template, self.params(subject.values))
            taken.add(key)


def unique_name(title: str, singular: str, scope: str | None = None) -> Unique:
    """The title is unique (within ``scope``): "Er bestaat al een ... met de naam ..."."""
    return Unique(
        fields=((scope,) if scope else ()) + (title,),
        field=title,
        template=v.AL_IN_GEBRUIK,
        params=lambda values: {"wat": singular, "waarde": values.get(title)},
        scoped=scope is not None,
    )


@dataclass(frozen=True)
class SameWerkplaats:
    """The records ``field`` refers to (one id, or a list of ids) belong to the record's own
    werkplaats."""

    field: str
    table: str

    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None:
        wanted = [s for s in subjects if s.values.get("werkplaats_id") is not None
                  and s.values.get(self.field)]
        refs = {i: None for s in wanted for i in _ids(s.values[self.field])}
        if not refs:
            return
        owner = ctx.werkplaats_of(self.table, refs)
        for s in wanted:
            own = s.values["werkplaats_id"]
            if any(i in owner and owner[i] != own for i in _ids(s.values[self.field])):
                s.report(self.field, v.ANDERE_WERKPLAATS, {})


def _ids(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


@dataclass(frozen=True)
class SubtypeOfO:
    """The kind of activity (``subtype``) is one of the activity's own O."""

    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None:
        wanted = [s for s in subjects if s.values.get("subtype") and s.values.get("o")]
        if not wanted:
            return
        o_of = dict(ctx.stored("activiteit_subtype", ("o",)))
        for s in wanted:
            subtype, o = s.values["subtype"], str(s.values["o"])
            if o_of.get(subtype) != o:
                s.report("subtype", v.SUBTYPE_HOORT_NIET_BIJ_O,
                         {"waarde": subtype, "o": O(o).label})


@dataclass(frozen=True)
class GeslotenJaar:
    """A closed year (ingediend or definitief, ``services/years.py``) is read-only: no record
    of that werkplaats and year is added, changed, moved out of it or removed, and no delete
    elsewhere may change one (a project whose activities would lose it, a theme they have).

    Holds for every door: the form and bulk edits (``check``), deletes (``check_delete``) and
    the import (which skips rows it brings in unchanged, and exempts a werkplaats whose own
    export it reads: ``RuleContext.delivered``)."""

    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None:
        if table not in YEAR_TABLES:
            return
        wanted = [s for s in subjects if s.changes]
        if not wanted:
            return
        closed = ctx.closed_years()
        if not closed:
            return
        before = ctx.values_of(table, [s.id for s in wanted if s.id is not None],
                               ("werkplaats_id", "jaar"))
        for s in wanted:
            keys = [(s.values.get("werkplaats_id"), s.values.get("jaar"))]
            if s.id is not None and s.id in before:
                keys.insert(0, before[s.id])
            for key in keys:
                if key in closed:
                    s.report("jaar", v.JAAR_GESLOTEN, {
                        "jaar": key[1], "werkplaats": ctx.werkplaats_name(key[0]),
                        "status": closed[key].label.lower()})  # type: ignore[index]
                    break

    def check_delete(self, ctx: RuleContext, table: str, ids: Sequence[int],
                     report: Report) -> None:
        """Deleting rows ``ids`` of ``table``: refused when it would delete or change a record
        of a closed year (itself, through a foreign key, or through a link table)."""
        closed = ctx.closed_years()
        if not closed or not ids:
            return
        hits: dict[tuple[int, int], int] = {}
        for year_table, where in _touched_by_delete(table):
            t = orm.Base.metadata.tables[year_table]
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start:start + _CHUNK])
                stmt = select(t.c.id, t.c.werkplaats_id, t.c.jaar).where(where(t, chunk))
                for _id, w, j in ctx.session.execute(stmt.distinct()):
                    if (w, j) in closed:
                        hits[(w, j)] = hits.get((w, j), 0) + 1
        for (w, j), n in sorted(hits.items()):
            report("id", v.JAAR_GESLOTEN_VERWIJDEREN, {
                "records": aantal(n, "record"), "jaar": j, "werkplaats": ctx.werkplaats_name(w),
                "status": closed[(w, j)].label.lower()})


def _touched_by_delete(table: str) -> list[tuple[str, Callable[[Any, list[int]], Any]]]:
    """(year table, condition on it given the deleted ids): the rows of the year tables that a
    delete of ``table`` rows deletes or changes (the rows themselves, rows with a foreign key
    to them, rows linked to them through a link table)."""
    Where = Callable[[Any, list[int]], Any]

    def itself(t: Any, ids: list[int]) -> Any:
        return t.c.id.in_(ids)

    def through(col: str) -> Where:
        return lambda t, ids: t.c[col].in_(ids)

    def linked(link: Any, own: str, other: str) -> Where:
        return lambda t, ids: t.c.id.in_(select(link.c[own]).where(link.c[other].in_(ids)))

    out: list[tuple[str, Where]] = []
    tables = orm.Base.metadata.tables
    target = tables[table]
    for year_table in YEAR_TABLES:
        t = tables[year_table]
        if year_table == table:
            out.append((year_table, itself))
        for fk in t.foreign_keys:
            if fk.column.table is target and fk.column.name == "id":
                out.append((year_table, through(fk.parent.name)))
    for link in tables.values():
        if "uuid" in link.c or len(link.foreign_keys) != 2:
            continue
        by_target = {fk.column.table.name: fk.parent.name for fk in link.foreign_keys}
        if table not in by_target:
            continue
        for year_table in YEAR_TABLES:
            if year_table in by_target and year_table != table:
                out.append((year_table, linked(link, by_target[year_table], by_target[table])))
    return out


@dataclass(frozen=True)
class EigenWerkplaats:
    """In a file with an eigen werkplaats (``services.info``), the records of a werkplaats
    belong to it: another werkplaats in the file is a reference (a themasamenwerking, a
    partner's werkplaats), never the owner of records there."""

    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None:
        wanted = [s for s in subjects if s.changes and s.values.get("werkplaats_id") is not None]
        if not wanted:
            return
        eigen = ctx.eigen_werkplaats()
        if eigen is None:
            return
        for s in wanted:
            if s.values["werkplaats_id"] != eigen:
                s.report("werkplaats_id", v.NIET_EIGEN_WERKPLAATS, {
                    "eigen": ctx.werkplaats_name(eigen),
                    "andere": ctx.werkplaats_name(s.values["werkplaats_id"])})
class ProvincieVanGemeente:
    """A record with a gemeente lies in that gemeente's provincie (reference data): the
    provincie is derived, never typed against it. Without a gemeente (or for a gemeente
    without a provincie) the record keeps the provincie it has."""

    def check(self, ctx: RuleContext, table: str, subjects: Sequence[Subject]) -> None:
        wanted = [s for s in subjects if s.values.get("gemeente_id") is not None]
        if not wanted:
            return
        provincie = dict(ctx.stored("gemeente", ("provincie_code",)))
        for s in wanted:
            code = provincie.get(s.values["gemeente_id"])
            if code is not None and s.values.get("provincie_code") != code:
                s.set("provincie_code", code)


def apply(rules: Iterable[Rule], ctx: RuleContext, table: str,
          subjects: Sequence[Subject]) -> None:
    for rule in rules:
        rule.check(ctx, table, subjects)


def apply_delete(rules: Iterable[Rule], ctx: RuleContext, table: str, ids: Sequence[int],
                 report: Report) -> None:
    """The rules that guard deletes (those with a ``check_delete``)."""
    for rule in rules:
        check_delete = getattr(rule, "check_delete", None)
        if check_delete is not None:
            check_delete(ctx, table, ids, report)
