"""The building blocks of a file format: a column, its kind, and how it is exported in SQL.

A :class:`Column` says everything about one CSV column in one place: its stable name, its kind,
the SQL expression that exports it (over the row alias ``x``), the record field it fills on
import (none for readable ``_label`` columns), and a Dutch description for the documentation
(docs/uitwisselformaat.md). The export is one SELECT per file built from these expressions, so
that SQLite formats and guards the cells and Python only hands rows to ``csv.writer``.

Speed: a label comes from a LEFT JOIN (not a subquery per row), and a list such as the themes
of each activity from one grouped pass over its link table, joined in; for 100 000 rows that
is several times faster than correlated subqueries.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    #: what the SQL needs: ("LEFT JOIN ..." clauses, "name AS (...)" common table expressions)
    joins: tuple[str, ...] = ()
    ctes: tuple[str, ...] = ()

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

    def names(self, personal: bool = True) -> list[str]:
        return [c.name for c in self.columns if personal or not c.personal]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def select_sql(self, profile: Profile, personal: bool) -> str:
        cols = [c for c in self.columns if personal or not c.personal]
        return formatted_select(profile, cols, self.table, self.order_by)


def sources(columns: list[Column], table: str) -> tuple[str, str]:
    """(the WITH clause, the FROM clause with its joins) that ``columns`` need."""
    ctes = list(dict.fromkeys(c for col in columns for c in col.ctes))
    joins = list(dict.fromkeys(j for col in columns for j in col.joins))
    with_clause = f"WITH {', '.join(ctes)} " if ctes else ""
    return with_clause, f"FROM {table} x {' '.join(joins)}"


def formatted_select(profile: Profile, columns: list[Column], table: str, order: str) -> str:
    with_clause, source = sources(columns, table)
    cells = ", ".join(c.export_sql(profile) for c in columns)
    return f"{with_clause}SELECT {cells} {source} ORDER BY {order}"


# --- column builders ---------------------------------------------------------------------------


def own_uuid(doc: str = "UUID van het record: blijft altijd gelijk, ook na wijzigen.") -> Column:
    return Column("uuid", Kind.UUID, "x.uuid", field="uuid", doc=doc)


def timestamps() -> tuple[Column, ...]:
    return (
        Column(
            "aangemaakt_op",
            Kind.TIJDSTIP,
            "x.created_at",
            field="created_at",
            doc="Wanneer het record is gemaakt (UTC).",
        ),
        Column(
            "gewijzigd_op",
            Kind.TIJDSTIP,
            "x.updated_at",
            field="updated_at",
            doc="Wanneer het record het laatst is gewijzigd (UTC).",
        ),
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


def ref(
    prefix: str, fk: str, table: str, doc: str, label: str = "naam", personal: bool = False
) -> tuple[Column, Column]:
    """A reference: ``<prefix>_uuid`` (imported) and ``<prefix>_label`` beside it (read only)."""
    alias = f"j_{prefix}"
    join = (f"LEFT JOIN {table} {alias} ON {alias}.id = x.{fk}",)
    return (
        Column(
            f"{prefix}_uuid",
            Kind.VERWIJZING,
            f"{alias}.uuid",
            field=fk,
            target=table,
            personal=personal,
            doc=doc,
            joins=join,
        ),
        Column(
            f"{prefix}_label",
            Kind.LABEL,
            f"{alias}.{label}",
            personal=personal,
            joins=join,
            doc=f"Leesbare naam bij {prefix}_uuid (wordt niet ingelezen).",
        ),
    )


def grouped_list(
    link: str, own: str, other: str, table: str, label: str, on: str = "x.id"
) -> tuple[str, str, str]:
    """(CTE, join, alias) giving per record the UUIDs (``|``) and labels (`` | ``) of a link
    table, in label order, from one pass over the link table."""
    alias = f"l_{link}_{own}"
    cte = (
        f"{alias} AS (SELECT own, group_concat(u, '|') AS uuids, "
        f"group_concat(n, ' | ') AS namen FROM (SELECT l.{own} AS own, t.uuid AS u, "
        f"t.{label} AS n FROM {link} l JOIN {table} t ON t.id = l.{other} "
        f"ORDER BY l.{own}, t.{label}, t.uuid) GROUP BY own)"
    )
    return cte, f"LEFT JOIN {alias} ON {alias}.own = {on}", alias


def refs(
    prefix: str,
    labels: str,
    link: str,
    own: str,
    other: str,
    table: str,
    field_name: str,
    doc: str,
    label: str = "naam",
) -> tuple[Column, Column]:
    """A list of references from a link table: ``<prefix>_uuids`` (separated by ``|``) and the
    names in the same order (separated by `` | ``)."""
    cte, join, alias = grouped_list(link, own, other, table, label)
    return (
        Column(
            f"{prefix}_uuids",
            Kind.VERWIJZINGEN,
            f"{alias}.uuids",
            field=field_name,
            target=table,
            doc=doc,
            joins=(join,),
            ctes=(cte,),
        ),
        Column(
            labels,
            Kind.LABEL,
            f"{alias}.namen",
            joins=(join,),
            ctes=(cte,),
            doc=f"Leesbare namen bij {prefix}_uuids, in dezelfde volgorde (niet ingelezen).",
        ),
    )


def enum_code(
    name: str, enum_cls: type[LabeledEnum], doc: str, fld: str | None = None
) -> tuple[Column, Column]:
    """A value from a closed list of the program, with its Dutch label beside it."""
    sql = f"x.{fld or name}"
    cases = " ".join(
        f"WHEN '{m.value}' THEN '{m.label.replace(chr(39), chr(39) * 2)}'" for m in enum_cls
    )
    codes = ", ".join(f"`{m.value}`" for m in enum_cls)
    return (
        Column(
            name,
            Kind.CODE,
            sql,
            field=fld or name,
            target=enum_cls.__name__,
            doc=f"{doc} Een van: {codes}.",
        ),
        Column(
            f"{name}_label",
            Kind.LABEL,
            f"CASE {sql} {cases} END",
            doc=f"Nederlandse omschrijving bij {name} (niet ingelezen).",
        ),
    )


def ref_code(
    name: str, table: str, doc: str, fld: str | None = None, label_name: str | None = None
) -> tuple[Column, Column]:
    """A code of a reference table (provinces, the O's, kinds of activity and product...)."""
    sql = f"x.{fld or name}"
    alias = f"c_{name}"
    join = (f"LEFT JOIN {table} {alias} ON {alias}.code = {sql}",)
    return (
        Column(name, Kind.CODE, sql, field=fld or name, target=table, doc=doc),
        Column(
            label_name or f"{name.removesuffix('_code')}_label",
            Kind.LABEL,
            f"{alias}.naam",
            joins=join,
            doc=f"Naam bij {name} (niet ingelezen).",
        ),
    )
