"""The building blocks of a file format: a column, its kind, and how it is exported in SQL.

A :class:`Column` says everything about one CSV column in one place: its stable name, its kind,
the SQL expression that exports it (over the row alias ``x``), the record field it fills on
import (none for readable ``_label`` columns), and a Dutch description for the documentation
(docs/uitwisselformaat.md). The export is one SELECT per file built from these expressions, so
that SQLite formats and guards the cells and Python only hands rows to ``csv.writer``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from werkplaats_desktop.domain.enums import LabeledEnum
from werkplaats_desktop.exchange.cells import sql_guard
from werkplaats_desktop.exchange.profiles import Profile


class Kind(StrEnum):
    UUID = "uuid"
    TEKST = "tekst"
    GETAL = "geheel getal"
    DECIMAAL = "decimaal getal"
    DATUM = "datum"
    TIJDSTIP = "tijdstip"
    JANEE = "ja/nee"
    CODE = "code"
    VERWIJZING = "verwijzing"
    VERWIJZINGEN = "verwijzingen"
    LABEL = "label"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    #: SQLite expression giving the stored value, over the exported row ``x``
    sql: str
    #: the record field filled on import; None for columns that are only there to be read
    field: str | None = None
    #: VERWIJZING(EN): the table referred to; CODE: the name of the code list
    target: str | None = None
    #: only exported with personal data (names, e-mail, phone of contact persons)
    personal: bool = False
    doc: str = ""

    def export_sql(self, profile: Profile, value: str | None = None) -> str:
        """The cell as SQL: ``value`` (default: :attr:`sql`) formatted and guarded."""
        e = value or self.sql
        if self.kind in (Kind.TEKST, Kind.LABEL):
            return sql_guard(e)
        if self.kind is Kind.DECIMAAL:
            sep = profile.decimal
            return f"CASE WHEN {e} IS NULL THEN NULL ELSE printf('%d{sep}%02d', {e} / 100, {e} % 100) END"
        if self.kind is Kind.JANEE:
            return f"CASE WHEN {e} IS NULL THEN NULL WHEN {e} THEN 'ja' ELSE 'nee' END"
        if self.kind is Kind.TIJDSTIP:
            return f"replace({e}, ' ', 'T')"
        return e

    @property
    def imported(self) -> bool:
        return self.field is not None


@dataclass(frozen=True)
class FileFormat:
    """One CSV file: a table of records (with a ``uuid`` column) or a link table."""

    file: str
    table: str
    columns: tuple[Column, ...]
    doc: str = ""
    #: the whole file holds personal data (only exported with personal data)
    personal: bool = False
    #: link files: (parent table, parent's list field) the rows fill, e.g. project.partners
    link_of: tuple[str, str] | None = None
    order_by: str = "x.id"
    joins: str = ""

    def names(self, personal: bool = True) -> list[str]:
        return [c.name for c in self.columns if personal or not c.personal]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def select_sql(self, profile: Profile, personal: bool) -> str:
        cols = [c for c in self.columns if personal or not c.personal]
        return formatted_select(profile, [(c, c.sql) for c in cols],
                                f"FROM {self.table} x {self.joins}", self.order_by.split(","))


def formatted_select(profile: Profile, cells: list[tuple[Column, str]], source: str,
                     order: list[str]) -> str:
    """``SELECT`` of the formatted cells. The raw values are computed once in a materialised
    subquery and formatted outside it: the guard looks at a value three times, and a label is a
    subquery that should not run three times per row."""
    inner = ", ".join(f"{sql} AS c{i}" for i, (_c, sql) in enumerate(cells))
    keys = ", ".join(f"{k} AS k{i}" for i, k in enumerate(order))
    outer = ", ".join(c.export_sql(profile, f"c{i}") for i, (c, _s) in enumerate(cells))
    by = ", ".join(f"k{i}" for i in range(len(order)))
    return (f"WITH r AS MATERIALIZED (SELECT {inner}, {keys} {source}) "
            f"SELECT {outer} FROM r ORDER BY {by}")


# --- column builders ---------------------------------------------------------------------------


def own_uuid(doc: str = "UUID van het record: blijft altijd gelijk, ook na wijzigen.") -> Column:
    return Column("uuid", Kind.UUID, "x.uuid", field="uuid", doc=doc)


def timestamps() -> tuple[Column, ...]:
    return (
        Column("aangemaakt_op", Kind.TIJDSTIP, "x.created_at", field="created_at",
               doc="Wanneer het record is gemaakt (UTC)."),
        Column("gewijzigd_op", Kind.TIJDSTIP, "x.updated_at", field="updated_at",
               doc="Wanneer het record het laatst is gewijzigd (UTC)."),
    )


def text(name: str, doc: str, sql: str | None = None) -> Column:
    return Column(name, Kind.TEKST, sql or f"x.{name}", field=name, doc=doc)


def integer(name: str, doc: str) -> Column:
    return Column(name, Kind.GETAL, f"x.{name}", field=name, doc=doc)


def decimal(name: str, doc: str) -> Column:
    return Column(name, Kind.DECIMAAL, f"x.{name}", field=name, doc=doc)


def day(name: str, doc: str) -> Column:
    return Column(name, Kind.DATUM, f"x.{name}", field=name, doc=doc)


def yes_no(name: str, doc: str) -> Column:
    return Column(name, Kind.JANEE, f"x.{name}", field=name, doc=doc)


def ref(prefix: str, fk: str, table: str, doc: str, label: str = "naam",
        personal: bool = False) -> tuple[Column, Column]:
    """A reference: ``<prefix>_uuid`` (imported) and ``<prefix>_label`` beside it (read only)."""
    return (
        Column(f"{prefix}_uuid", Kind.VERWIJZING, f"(SELECT uuid FROM {table} WHERE id = x.{fk})",
               field=fk, target=table, personal=personal, doc=doc),
        Column(f"{prefix}_label", Kind.LABEL, f"(SELECT {label} FROM {table} WHERE id = x.{fk})",
               personal=personal, doc=f"Leesbare naam bij {prefix}_uuid (wordt niet ingelezen)."),
    )


def refs(prefix: str, labels: str, link: str, own: str, other: str, table: str, field_name: str,
         doc: str, label: str = "naam") -> tuple[Column, Column]:
    """A list of references from a link table: ``<prefix>_uuids`` (separated by ``|``) and the
    names in the same order (separated by `` | ``)."""

    def agg(col: str, sep: str) -> str:
        return (f"(SELECT group_concat(v, '{sep}') FROM (SELECT t.{col} AS v FROM {link} l "
                f"JOIN {table} t ON t.id = l.{other} WHERE l.{own} = x.id "
                f"ORDER BY t.{label}, t.uuid))")

    return (
        Column(f"{prefix}_uuids", Kind.VERWIJZINGEN, agg("uuid", "|"), field=field_name,
               target=table, doc=doc),
        Column(labels, Kind.LABEL, agg(label, " | "),
               doc=f"Leesbare namen bij {prefix}_uuids, in dezelfde volgorde (niet ingelezen)."),
    )


def enum_code(name: str, enum_cls: type[LabeledEnum], doc: str,
              fld: str | None = None) -> tuple[Column, Column]:
    """A value from a closed list of the program, with its Dutch label beside it."""
    sql = f"x.{fld or name}"
    cases = " ".join(f"WHEN '{m.value}' THEN '{m.label.replace(chr(39), chr(39) * 2)}'"
                     for m in enum_cls)
    codes = ", ".join(f"`{m.value}`" for m in enum_cls)
    return (
        Column(name, Kind.CODE, sql, field=fld or name, target=enum_cls.__name__,
               doc=f"{doc} Een van: {codes}."),
        Column(f"{name}_label", Kind.LABEL, f"CASE {sql} {cases} END",
               doc=f"Nederlandse omschrijving bij {name} (niet ingelezen)."),
    )


def ref_code(name: str, table: str, doc: str, fld: str | None = None,
             label_name: str | None = None) -> tuple[Column, Column]:
    """A code of a reference table (provinces, the O's, kinds of activity and product...)."""
    sql = f"x.{fld or name}"
    return (
        Column(name, Kind.CODE, sql, field=fld or name, target=table, doc=doc),
        Column(label_name or f"{name.removesuffix('_code')}_label", Kind.LABEL,
               f"(SELECT naam FROM {table} WHERE code = {sql})",
               doc=f"Naam bij {name} (niet ingelezen)."),
    )


@dataclass
class CodeLists:
    """The allowed codes per list name (enum class name or reference table), for validation."""

    codes: dict[str, dict[str, str]] = field(default_factory=dict)

    def canonical(self, list_name: str, value: str) -> str | None:
        """The stored code for ``value`` (a code in any case, or a Dutch label), or None."""
        return self.codes.get(list_name, {}).get(value.casefold())
