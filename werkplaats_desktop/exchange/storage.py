"""From an imported value to what SQLite stores, as the ORM's column types would store it.

One place for both halves of an import that need it: the writer (``writing.py``) stores the
values, and the comparison with what is stored already (``diff.py``) uses the same conversion,
so that "unchanged" means "the writer would write exactly what is there".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime
from sqlalchemy import Enum as SAEnum

from werkplaats_desktop.exchange.cells import store_datetime
from werkplaats_desktop.services.records import LinkList
from werkplaats_desktop.store.types import Cents

#: (column name, converter or None, value stored when the file gives none)
CellPlan = list[tuple[str, Callable[[Any], Any] | None, Any]]


def _same(x: Any) -> Any:
    return x


def _cents(x: Any) -> int | None:
    return None if x is None else int(x * 100)


def converter(column: Column) -> Callable[[Any], Any]:  # type: ignore[type-arg]
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


def cell_plan(d: Any, columns: list[Column], present: frozenset[str],  # type: ignore[type-arg]
              new: bool, now: datetime) -> CellPlan:
    """Per column written: (name, converter or None, value when the file gives none).
    A new record gets every column: what the file leaves out (or leaves empty where the
    database needs a value) is the program's default, or the time of the import; an
    existing record gets only the columns the file has."""
    defaults = {f.name: getattr(d.model(), f.name) for f in dataclasses.fields(d.model)}
    plan: CellPlan = []
    for c in columns:
        if not new and c.name not in present:
            continue
        convert = converter(c)
        fill = None
        if c.name not in present or not c.nullable:
            fill = convert(now if c.name in ("created_at", "updated_at") else defaults.get(c.name))
        plan.append((c.name, None if convert is _same else convert, fill))
    return plan


def stored_values(rows: list[Any], plan: CellPlan) -> list[list[Any]]:
    """The stored values of ``rows`` (InRow), a column at a time (list comprehensions: no call
    per cell where the value needs no conversion)."""
    out = []
    for name, convert, fill in plan:
        column = [r.values.get(name) for r in rows]
        if convert is None:
            out.append([fill if x is None else x for x in column])
        else:
            out.append([fill if x is None else convert(x) for x in column])
    return out


def link_rows(link: LinkList, own_id: int, items: list[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``link``'s table that ``items`` (ids, or dataclasses) stand for."""
    values = []
    for item in items or []:
        if link.item is None:
            values.append((own_id, item))
        else:
            fields = dataclasses.astuple(item)
            values.append((own_id, *(x.value if isinstance(x, Enum) else x for x in fields)))
    return values
