"""The vocabulary of a list: its columns, its filters, a query on it and the rows it gives.

A list is described once by a :class:`ListSpec` (``declarations.py``), which is part of the
kind's entry in the registry (``services/catalog.py``). The GUI renders any list and any filter
from it without knowing which one it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table, inspect
from sqlalchemy.sql import visitors

from werkplaats_desktop.domain.enums import LabeledEnum
from werkplaats_desktop.services.choices import Choice
from werkplaats_desktop.store import orm

if TYPE_CHECKING:
    from werkplaats_desktop.services.reference import ReferenceService

Pattern = str  # a LIKE pattern, already escaped and wrapped in %...%
Predicate = Callable[[Any], ColumnElement[bool]]
ChoiceSource = Callable[["ReferenceService"], list[Choice]]

#: how a column's values look: text, int, year, date, money, hours, bool, enum (see
#: ``ListColumn.enum``), or reference (a name from a reference table, translated like an enum)
KINDS = ("text", "int", "year", "date", "money", "hours", "bool", "enum", "reference")


@dataclass(frozen=True)
class ListColumn:
    key: str
    #: Dutch header (context "Kolom")
    label: str
    kind: str
    value: Any
    #: (target, on-clause) pairs the value needs when it is used to sort
    joins: tuple[tuple[Any, Any], ...] = ()
    search: Callable[[Pattern], ColumnElement[bool]] | None = None
    sortable: bool = True
    visible: bool = True
    enum: type[LabeledEnum] | None = None
    #: for a column of amounts or hours ("Bedrag / uren"): the key of the column whose value
    #: says which ("geld" or "uren"), so each cell shows its unit ("€ 25,00", "120 uur")
    unit: str | None = None
    #: a search index over the text this column searches (``store/derived.SEARCH_INDEXES``),
    #: and the column holding the id of the indexed row: the list's own id, or a reference
    index: str | None = None
    index_on: Any = None


@dataclass(frozen=True)
class ListFilter:
    """One way to narrow a list: its name in queries, how a person reads it, its condition in
    SQL and the values to choose from.

    A filter with an ``all_text`` ("Alle jaren") is offered in the list's filter bar; the
    others are set by a click elsewhere (a bar of a chart, a record's related list) and are
    then named above the list ("Ook gefilterd op: ...")."""

    name: str
    #: how the filter is named above the list (Dutch, context "Lijst"): "jaar", "thema"
    label: str
    predicate: Predicate
    all_text: str | None = None
    choices: ChoiceSource | None = None
    #: the name of a value when there are no choices to look it up in
    describe: Callable[[Any, ReferenceService], str] | None = None
    #: the value is a list of values, any of which may match
    multi: bool = False
    #: a yes/no filter ("zonder thema"): only its label is shown
    flag: bool = False

    @property
    def in_bar(self) -> bool:
        return self.all_text is not None

    def value_text(self, value: Any, ref: ReferenceService,
                   label: Callable[[Choice], str] = lambda c: c.label) -> str:
        """The value as a person reads it: names, not ids; ``label`` names a choice (the GUI
        translates program texts)."""
        if self.describe is not None:
            return self.describe(value, ref)
        values = list(value) if isinstance(value, list | tuple | set) else [value]
        if self.choices is not None:
            names = {c.key: label(c) for c in self.choices(ref)}
            return ", ".join(str(names.get(v, v)) for v in values)
        return ", ".join(str(v) for v in values)


@dataclass(frozen=True)
class ListSpec:
    key: str
    table: type[orm.Base]
    columns: tuple[ListColumn, ...]
    filters: tuple[ListFilter, ...] = ()
    default_sort: str = "naam"
    default_descending: bool = False

    def column(self, key: str) -> ListColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    def filter(self, name: str) -> ListFilter:
        for f in self.filters:
            if f.name == name:
                return f
        raise KeyError(f"List '{self.key}' has no filter '{name}'")

    def bar(self) -> tuple[ListFilter, ...]:
        """The filters of the filter bar, in their order."""
        return tuple(f for f in self.filters if f.in_bar)

    @cached_property
    def index(self) -> dict[str, int]:
        return {c.key: i for i, c in enumerate(self.columns)}

    @cached_property
    def tables(self) -> frozenset[str]:
        """Every table whose change can change what this list shows or which rows it holds
        (its own, those its columns name, those its filters look in)."""
        found = {self.table.__tablename__}  # type: ignore[attr-defined]
        for col in self.columns:
            found |= tables_in(col.value, *(x for pair in col.joins for x in pair))
        for f in self.filters:
            found |= tables_in(f.predicate([1] if f.multi else 1))
        return frozenset(found)


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    #: the columns the search looks in (the visible ones); None means all searchable columns
    search_columns: tuple[str, ...] | None = None
    #: filter name -> value, e.g. {"jaar": 2014, "thema_id": 3}; None values are ignored
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool | None = None


@dataclass(frozen=True, slots=True)
class ListRow:
    """One row of a list: the record's id and the value of each column, readable by the
    column's key (``row["titel"]``)."""

    id: int
    values: tuple[Any, ...]
    spec: ListSpec

    def __getitem__(self, key: str) -> Any:
        return self.values[self.spec.index[key]]


def tables_in(*expressions: Any) -> frozenset[str]:
    """The names of the tables an SQL expression reads (through joins and subqueries)."""
    found: set[str] = set()
    for expression in expressions:
        clause = expression
        if hasattr(expression, "__clause_element__"):
            clause = expression.__clause_element__()
        else:
            inspected = inspect(expression, raiseerr=False)
            if inspected is not None and hasattr(inspected, "selectable"):
                clause = inspected.selectable
        for element in visitors.iterate(clause, {}):
            if isinstance(element, Table):
                found.add(element.name)
    return frozenset(found)
