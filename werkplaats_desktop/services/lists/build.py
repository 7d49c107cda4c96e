"""Building blocks for the list declarations: columns (with how each is searched) and the
filters that recur across lists (werkplaats, year, theme, gemeente, partner, an enum)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    cast,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy import String as SAString
from sqlalchemy.orm import aliased

from werkplaats_desktop.domain.enums import LabeledEnum
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.validation import MAX_JAAR, MIN_JAAR
from werkplaats_desktop.services.choices import Choice
from werkplaats_desktop.services.lists.model import ListColumn, ListFilter, Pattern, Predicate
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.derived import SEARCH_INDEXES
from werkplaats_desktop.store.sql import contains, joined

# --- searching ------------------------------------------------------------------------------------


def like_pattern(text: str) -> Pattern:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def unescape(pattern: Pattern) -> str:
    """The text a :func:`like_pattern` was made from."""
    inner = pattern[1:-1]
    out, i = [], 0
    while i < len(inner):
        if inner[i] == "\\" and i + 1 < len(inner):
            i += 1
        out.append(inner[i])
        i += 1
    return "".join(out)


def like(expr: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: contains(expr, p)


def _like_text(expr: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: contains(cast(expr, SAString), p)


def _year_search(expr: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    """A year matches when its digits contain the text. The years that can match are few and
    known, so the database compares numbers instead of turning every row's year into text
    (a tenth of a search's scan), and a text without digits asks nothing of the year at all."""
    def build(p: Pattern) -> ColumnElement[bool]:
        needle = unescape(p)
        years = [y for y in range(MIN_JAAR, MAX_JAAR + 1) if needle in str(y)]
        return expr.in_(years) if years else false()
    return build


def index_of(column: Any) -> str | None:
    """The search index over ``column`` (an ORM column), if the schema has one."""
    expression = getattr(column, "expression", column)
    table_name = getattr(getattr(expression, "table", None), "name", None)
    for index, (indexed_table, indexed_column) in SEARCH_INDEXES.items():
        if (indexed_table, indexed_column) == (table_name, getattr(expression, "name", None)):
            return index
    return None


def indexed_ids(index: str, text: str) -> Select[Any]:
    """The ids of the rows whose indexed text contains ``text`` exactly as ``LIKE '%text%'``
    decides: the index holds ``lower()`` of the text (ASCII lowered, as LIKE compares) as
    trigrams, and the query is that phrase, ASCII-lowered by the same SQLite function."""
    phrase = literal('"').concat(func.replace(func.lower(text), '"', '""')).concat('"')
    return (select(literal_column(f"{index}.rowid")).select_from(table(index))
            .where(literal_column(index).op("MATCH")(phrase)))


def ref_search(fk: Any, key: Any, label: Any) -> Callable[[Pattern], ColumnElement[bool]]:
    return lambda p: fk.in_(select(key).where(contains(label, p)))


def _enum_search(expr: Any,
                 enum_cls: type[LabeledEnum]) -> Callable[[Pattern], ColumnElement[bool]]:
    def build(p: Pattern) -> ColumnElement[bool]:
        needle = unescape(p).casefold()
        codes = [m.value for m in enum_cls if needle in m.label.casefold()]
        return expr.in_(codes) if codes and needle else false()
    return build


# --- columns --------------------------------------------------------------------------------------


def col(key: str, label: str, kind: str, value: Any, **kw: Any) -> ListColumn:
    """A column; text, year, int and enum columns are searched unless ``search`` says how
    (or None: not at all)."""
    if "search" not in kw:
        if kind == "text":
            kw["search"] = like(value)
        elif kind == "year":
            kw["search"] = _year_search(value)
        elif kind == "int":
            kw["search"] = _like_text(value)
        elif kind == "enum":
            kw["search"] = _enum_search(value, kw["enum"])
    if kind == "text" and kw.get("search") is not None and "index" not in kw:
        index = index_of(value)
        if index is not None:
            kw.update(index=index, index_on=value.class_.id)
    return ListColumn(key, label, kind, value, **kw)


def enum_col(key: str, label: str, value: Any, enum_cls: type[LabeledEnum],
             **kw: Any) -> ListColumn:
    return col(key, label, "enum", value, enum=enum_cls, **kw)


def ref_col(key: str, label: str, fk: Any, target: Any, label_col: str = "naam",
            visible: bool = True) -> ListColumn:
    """The name of a referenced record (``target.naam`` where ``target.<pk> == fk``)."""
    alias = aliased(target)
    pk = "code" if target is orm.Provincie else "id"
    index = index_of(getattr(target, label_col))
    return ListColumn(
        key, label, "text", getattr(alias, label_col),
        joins=((alias, getattr(alias, pk) == fk),),
        search=ref_search(fk, getattr(target, pk), getattr(target, label_col)),
        visible=visible, index=index, index_on=fk if index else None,
    )


def code_col(key: str, label: str, code: Any, target: Any) -> ListColumn:
    """The (translated) name of a code from a reference table: a kind of activity, a type."""
    alias = aliased(target)
    return ListColumn(key, label, "reference", alias.naam, joins=((alias, alias.code == code),),
                      search=lambda p: code.in_(select(target.code).where(
                          contains(target.naam, p))))


def kind_col(key: str, label: str, o: Any, code: Any, target: Any) -> ListColumn:
    """The (translated) name of a kind that belongs to an O (activiteit_subtype, keyed on
    (o, code)): searched as ``(o, subtype) IN (...)``, which the (o, subtype) index answers,
    so that a search over several columns can use an index for each."""
    column = code_col(key, label, code, target)
    return ListColumn(column.key, column.label, column.kind, column.value, joins=column.joins,
                      search=lambda p: tuple_(o, code).in_(select(target.o, target.code).where(
                          contains(target.naam, p))))


def themes_col(link: Any, own: str, table_id: Any) -> ListColumn:
    """The names of a record's themes, separated by '; '."""
    value = (
        select(joined(orm.Thema.naam, "; "))
        .select_from(link)
        .join(orm.Thema, orm.Thema.id == link.c.thema_id)
        .where(link.c[own] == table_id)
        .scalar_subquery()
    )
    search = lambda p: table_id.in_(select(link.c[own]).where(  # noqa: E731
        link.c.thema_id.in_(select(orm.Thema.id).where(contains(orm.Thema.naam, p)))))
    return col("themas", QT_TRANSLATE_NOOP("Kolom", "Thema's"), "text", value, sortable=False,
               search=search)


# --- filters --------------------------------------------------------------------------------------


def werkplaats_filter(column: Any) -> ListFilter:
    return in_bar("werkplaats_id", QT_TRANSLATE_NOOP("Lijst", "werkplaats"),
                  QT_TRANSLATE_NOOP("Lijst", "Alle werkplaatsen"), lambda v: column == v,
                  lambda ref: ref.options("werkplaats"), multi=True)


def werkplaatsen_filter(column: Any) -> ListFilter:
    """Several werkplaatsen (the dashboard's selection)."""
    return ListFilter("werkplaats_ids", QT_TRANSLATE_NOOP("Lijst", "werkplaatsen"),
                      lambda v: column.in_([int(i) for i in v]),
                      choices=lambda ref: ref.options("werkplaats"), multi=True)


def year_filter(predicate: Predicate) -> ListFilter:
    return in_bar("jaar", QT_TRANSLATE_NOOP("Lijst", "jaar"),
                  QT_TRANSLATE_NOOP("Lijst", "Alle jaren"), predicate,
                  lambda ref: [Choice(y, str(y)) for y in ref.years()], multi=True)


def year_overlap(start: Any, end: Any, as_dates: bool) -> Predicate:
    """A record with a period is in a year when its period overlaps that year."""
    def build(year: Any) -> ColumnElement[bool]:
        y = int(year)
        lo, hi = (date(y, 1, 1), date(y, 12, 31)) if as_dates else (y, y)
        return and_(
            or_(start.is_not(None), end.is_not(None)),
            or_(start.is_(None), start <= hi),
            or_(end.is_(None), end >= lo),
        )
    return build


def theme_filter(link: Any, own: str, table_id: Any) -> ListFilter:
    return in_bar("thema_id", QT_TRANSLATE_NOOP("Lijst", "thema"),
                  QT_TRANSLATE_NOOP("Lijst", "Alle thema's"),
                  lambda v: table_id.in_(select(link.c[own]).where(link.c.thema_id == v)),
                  lambda ref: ref.themas(), multi=True)


def gemeente_filter(predicate: Predicate) -> ListFilter:
    return in_bar("gemeente_id", QT_TRANSLATE_NOOP("Lijst", "gemeente"),
                  QT_TRANSLATE_NOOP("Lijst", "Alle gemeenten"), predicate,
                  lambda ref: ref.gemeenten())


def partner_filter(predicate: Predicate) -> ListFilter:
    return in_bar("partner_id", QT_TRANSLATE_NOOP("Lijst", "partner"),
                  QT_TRANSLATE_NOOP("Lijst", "Alle partners"), predicate,
                  lambda ref: ref.options("partner"))


def provincie_filter(predicate: Predicate, bar: bool = True) -> ListFilter:
    return ListFilter("provincie_code", QT_TRANSLATE_NOOP("Lijst", "provincie"), predicate,
                      all_text=QT_TRANSLATE_NOOP("Lijst", "Alle provincies") if bar else None,
                      choices=lambda ref: ref.provincies())


def enum_filter(name: str, label: str, all_text: str | None, enum_cls: type[LabeledEnum],
                predicate: Predicate, multi: bool = False) -> ListFilter:
    return ListFilter(name, label, any_of(predicate) if multi else predicate, all_text=all_text,
                      choices=lambda _ref: [Choice(e.value, e.label, translatable=True)
                                            for e in enum_cls], multi=multi)


def record_filter(name: str, label: str, key: str, predicate: Predicate) -> ListFilter:
    """The records that belong to one other record (a project's activities): set by a form's
    related list, not in the filter bar."""
    return ListFilter(name, label, predicate,
                      describe=lambda value, ref: ref.title_of(key, int(value)))


def flag_filter(name: str, label: str, predicate: Predicate) -> ListFilter:
    return ListFilter(name, label, predicate, flag=True)


def in_bar(name: str, label: str, all_text: str, predicate: Predicate,
           choices: Callable[[Any], list[Choice]], multi: bool = False) -> ListFilter:
    """A filter of the filter bar; ``predicate`` is the condition for one value. ``multi``:
    the user may choose several values, and a record matches any of them (:func:`any_of`)."""
    return ListFilter(name, label, any_of(predicate) if multi else predicate,
                      all_text=all_text, choices=choices, multi=multi)


def any_of(predicate: Predicate) -> Predicate:
    """The condition of a filter with several values, from the one for a single value: the
    record matches when it matches any of them (the values come as a list: engine.conditions
    makes a list of a single value)."""
    def build(values: Any) -> ColumnElement[bool]:
        parts = [predicate(v) for v in values]
        return or_(*parts) if parts else false()
    return build
