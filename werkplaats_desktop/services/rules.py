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
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.store import orm

Report = Callable[[str, str, dict[str, object]], None]
"""``report(field, template, params)``: one problem with one field of the record."""

#: the values a record of the same action has (an import's other rows), or None
Pending = Callable[[str, int], Mapping[str, Any] | None]

_CHUNK = 500


@dataclass(frozen=True)
class Subject:
    """One record under check: its values as they will be stored (references as local ids,
    enums as their codes), its local id (None when new), and where its problems go."""

    values: Mapping[str, Any]
    id: int | None
    report: Report
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
    values may come from another record of the same action (``pending``) instead."""

    def __init__(self, session: Session, pending: Pending | None = None):
        self.session = session
        self.pending: Pending = pending or (lambda _table, _id: None)

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
        where = {self.fields[0]: keyed[0][1][0]} if self.scoped and len(keyed) == 1 else None
        changing = {s.id for s, _k in keyed if s.id is not None}
        taken: set[tuple[Any, ...]] = set()
        before: dict[int, tuple[Any, ...] | None] = {}
        for row in ctx.stored(table, self.fields, where):
            key = self.key(dict(zip(self.fields, row[1:], strict=True)))
            if row[0] in changing:
                before[row[0]] = key
            elif key is not None:
                taken.add(key)
        for subject, key in keyed:
            # a clash the record already had (made before this rule folded names as it does
            # now) never stops it from being edited: only a new or changed value is checked
            unchanged = subject.id is not None and before.get(subject.id) == key
            if key in taken and not unchanged:
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
