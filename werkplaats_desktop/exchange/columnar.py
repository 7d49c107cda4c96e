"""Reading a whole column at once.

100 000 rows of 28 columns are 2.8 million cells, so the loop over them is most of an import's
time. A column is read with one list comprehension over its cells (the parsers in ``cells.py``
have a fast path for the plain form this program writes); only a column in which some cell is
wrong is read again cell by cell, to give each bad cell its Dutch reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from werkplaats_desktop.exchange import cells as C
from werkplaats_desktop.exchange.columns import Kind

Parsed = tuple[list[Any], list[tuple[int, C.CellError]]]

#: a whole column of UUIDs or of whole numbers as this program writes them (empty cells
#: allowed), tested in one regular expression over the column joined with NUL (which the csv
#: module never lets into a cell) instead of a call per cell; anything else (spaces,
#: capitals, a wrong cell) goes through the cell parsers
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUIDS = re.compile(rf"(?:{_UUID})?(?:\x00(?:{_UUID})?)*")
_INTS = re.compile(r"(?:[0-9]{1,18})?(?:\x00(?:[0-9]{1,18})?)*")


def _plain(pattern: re.Pattern[str], cells: list[str]) -> bool:
    return pattern.fullmatch("\x00".join(cells)) is not None


def parse_column(kind: Kind, cells: list[str], parse: Callable[[str], Any]) -> Parsed:
    """All values of one column, and the (row index, error) of every cell that is wrong."""
    if kind is Kind.TEKST:
        return [C.unguard(c) if c[:1] == "'" else c for c in cells], []
    if kind is Kind.CODE:
        return [c.strip() or None for c in cells], []
    if kind in (Kind.UUID, Kind.VERWIJZING) and _plain(_UUIDS, cells):
        return [c or None for c in cells], []
    if kind is Kind.GETAL and _plain(_INTS, cells):
        return [int(c) if c else None for c in cells], []
    try:
        return [parse(c) for c in cells], []
    except C.CellError:
        pass
    values, errors = [], []
    for i, cell in enumerate(cells):
        try:
            values.append(parse(cell))
        except C.CellError as exc:
            values.append(None)
            # a fresh one, never raised: the caught one holds, through its traceback (and that
            # of its cause), this frame and so every cell of the column, in a cycle that an
            # import (garbage collector off) would keep to the end
            errors.append((i, C.CellError(exc.template, **exc.params)))
    return values, errors
