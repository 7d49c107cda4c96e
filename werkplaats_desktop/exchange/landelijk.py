"""The "landelijk overzicht": one flat CSV with a row per activity and per product, for the
landelijk overleg to open in Excel and for another werkplaats to read in.

Every row says which werkplaats, theme(s), O, year, province, gemeente and partners it is
about, with UUIDs beside readable labels. Read back in, it is split into the tables of a full
export (werkplaatsen, projecten, kenniskringen, thema's and gemeenten with only their names,
activiteiten, producten) so that one importer does all the checking.
"""

from __future__ import annotations

from dataclasses import replace

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP as _
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.cells import guard, unguard
from werkplaats_desktop.exchange.columns import Column, Kind
from werkplaats_desktop.exchange.files import Table
from werkplaats_desktop.exchange.profiles import Profile
from werkplaats_desktop.exchange.report import Problem

FILE_DOC = "Eén rij per activiteit en per product."
ACT, PROD = "activiteit", "product"

_GEMEENTE = "(SELECT {c} FROM gemeente WHERE id = x.gemeente_id)"
_PROVINCIE = ("COALESCE((SELECT provincie_code FROM gemeente WHERE id = x.gemeente_id), "
              "(SELECT provincie_code FROM werkplaats WHERE id = x.werkplaats_id))")


def _wp(col: str) -> str:
    return f"(SELECT {col} FROM werkplaats WHERE id = x.werkplaats_id)"


#: (column, SQL for a product row or None when it is the same as for an activity)
_SPEC: list[tuple[Column, str | None]] = [
    (Column("soort", Kind.CODE, "'activiteit'", doc="`activiteit` of `product`."), "'product'"),
    (F.ACTIVITEITEN.column("uuid"), None),
    (F.ACTIVITEITEN.column("werkplaats_uuid"), None),
    (Column("werkplaats_label", Kind.LABEL, _wp("naam"),
            doc="Naam van de werkplaats (bij inlezen: de naam van een nieuwe werkplaats)."), None),
    (Column("werkplaats_type", Kind.CODE, _wp("type"), target="WerkplaatsType",
            doc="Soort werkplaats, zoals in werkplaatsen.csv."), None),
    (Column("werkplaats_provincie_code", Kind.CODE, _wp("provincie_code"), target="provincie",
            doc="Provincie van de werkplaats (CBS-code)."), None),
    (F.ACTIVITEITEN.column("titel"), None),
    (F.ACTIVITEITEN.column("o"), "NULL"),
    (F.ACTIVITEITEN.column("o_label"), "NULL"),
    (F.ACTIVITEITEN.column("subtype"), "NULL"),
    (F.ACTIVITEITEN.column("subtype_label"), "NULL"),
    (Column("producttype", Kind.CODE, "NULL", target="product_type",
            doc="Soort product (alleen bij producten)."), "x.type"),
    (Column("producttype_label", Kind.LABEL, "NULL", doc="Naam bij producttype."),
     "(SELECT naam FROM product_type WHERE code = x.type)"),
    (F.ACTIVITEITEN.column("jaar"), None),
    (F.ACTIVITEITEN.column("datum"), "NULL"),
    (F.ACTIVITEITEN.column("einddatum"), "NULL"),
    (Column("provincie_code", Kind.LABEL, _PROVINCIE,
            doc="Provincie waar het over gaat: die van de gemeente, anders die van de "
                "werkplaats (afgeleid, niet ingelezen)."), _wp("provincie_code")),
    (Column("provincie_label", Kind.LABEL, f"(SELECT naam FROM provincie WHERE code = "
                                           f"{_PROVINCIE})", doc="Naam van die provincie."),
     f"(SELECT naam FROM provincie WHERE code = {_wp('provincie_code')})"),
    (F.ACTIVITEITEN.column("gemeente_uuid"), "NULL"),
    (Column("gemeente_cbs_code", Kind.CODE, _GEMEENTE.format(c="cbs_code"), target="cbs_code",
            doc="CBS-code van de gemeente."), "NULL"),
    (F.ACTIVITEITEN.column("gemeente_label"), "NULL"),
    *[(c, F.PRODUCTEN.column(c.name).sql) for c in F.ACTIVITEITEN.columns
      if c.name in ("thema_uuids", "themas_label")],
    *[(c, None) for c in F.ACTIVITEITEN.columns if c.name in ("project_uuid", "project_label",
                                                              "kenniskring_uuid",
                                                              "kenniskring_label")],
    *[(replace(c, sql="NULL"), c.sql) for c in F.PRODUCTEN.columns
      if c.name in ("activiteit_uuid", "activiteit_label")],
    (Column("partner_uuids", Kind.LABEL,
            "(SELECT group_concat(v, '|') FROM (SELECT p.uuid AS v FROM project_partner l JOIN "
            "partner p ON p.id = l.partner_id WHERE l.project_id = x.project_id "
            "ORDER BY p.naam, p.uuid))",
            doc="UUID's van de partners van het project (afgeleid, niet ingelezen: partners "
                "komen mee in de volledige export)."), None),
    (Column("partners_label", Kind.LABEL,
            "(SELECT group_concat(v, ' | ') FROM (SELECT p.naam AS v FROM project_partner l "
            "JOIN partner p ON p.id = l.partner_id WHERE l.project_id = x.project_id "
            "ORDER BY p.naam, p.uuid))", doc="Namen van die partners, in dezelfde volgorde."),
     None),
    *[(c, "NULL") for c in F.ACTIVITEITEN.columns
      if c.name in ("bereik", "uren", "aantal_onderzoekers", "aantal_professionals",
                    "aantal_studenten", "aantal_vrijwilligers")],
    *[(replace(c, sql="NULL"), c.sql) for c in F.PRODUCTEN.columns
      if c.name in ("link", "open_access")],
    (F.ACTIVITEITEN.column("omschrijving"), None),
    *[(c, None) for c in F.ACTIVITEITEN.columns if c.name in ("aangemaakt_op", "gewijzigd_op")],
    (Column("formaatversie", Kind.GETAL, str(F.FORMAT_VERSION),
            doc=f"Versie van dit formaat (nu {F.FORMAT_VERSION}) in elke rij."), None),
]

COLUMNS: tuple[Column, ...] = tuple(c for c, _p in _SPEC)
NAMES: list[str] = [c.name for c in COLUMNS]


def select_sql(profile: Profile) -> str:
    act = ", ".join(f"{c.sql} AS c{i}" for i, (c, _p) in enumerate(_SPEC))
    prod = ", ".join(f"{p if p is not None else c.sql} AS c{i}" for i, (c, p) in enumerate(_SPEC))
    outer = ", ".join(c.export_sql(profile, f"c{i}") for i, (c, _p) in enumerate(_SPEC))
    order = ", ".join(f"c{NAMES.index(n)}" for n in ("soort", "werkplaats_label", "jaar", "titel",
                                                      "uuid"))
    return (f"WITH r AS MATERIALIZED (SELECT {act} FROM activiteit x UNION ALL "
            f"SELECT {prod} FROM product x) SELECT {outer} FROM r ORDER BY {order}")


def count_sql() -> str:
    return "SELECT (SELECT count(*) FROM activiteit) + (SELECT count(*) FROM product)"


# --- reading it back ---------------------------------------------------------------------------

VERSCHILT = _("Uitwisseling", "{kolom} is hier '{waarde}', maar in rij {eerder} '{anders}' voor "
                              "dezelfde UUID.")
SOORT_ONBEKEND = _("Uitwisseling", "soort moet 'activiteit' of 'product' zijn.")

#: columns taken over as they are, per kind of row
_ACT_COLS = [n for n in F.ACTIVITEITEN.names() if n in NAMES]
_PROD_COLS = [n for n in F.PRODUCTEN.names() if n in NAMES and n != "type"]



class _Stubs:
    """Records known only by UUID and name, collected from all rows; a UUID whose name (or
    other column) differs between rows is a problem."""

    def __init__(self, name: str, file: str, columns: list[str], origin: dict[str, str]):
        self.table = Table(name, columns, ";", shown_as=file, origin=origin)
        self.file = file
        self.seen: dict[str, tuple[int, list[str]]] = {}

    def add(self, row: int, values: list[str], problems: list[Problem]) -> None:
        key = values[0].strip().lower()
        if not key:
            return
        if key in self.seen:
            first_row, first = self.seen[key]
            for col, a, b in zip(self.table.columns, first, values, strict=True):
                if a != b:
                    shown = self.table.shown(col)
                    problems.append(Problem(self.file, row, shown, b, VERSCHILT,
                                            {"kolom": shown, "waarde": b, "eerder": first_row,
                                             "anders": a}))
            return
        self.seen[key] = (row, values)
        self.table.rows.append((row, values))


def split(table: Table, problems: list[Problem]) -> dict[str, Table]:
    """The landelijk rows as the tables of a full export (see module docstring)."""
    idx = table.index()
    name = table.file

    def cell(cells: list[str], col: str) -> str:
        i = idx.get(col)
        return cells[i] if i is not None else ""

    wp = _Stubs("werkplaatsen.csv", name, ["uuid", "naam", "type", "provincie_code"],
                {"uuid": "werkplaats_uuid", "naam": "werkplaats_label",
                 "type": "werkplaats_type", "provincie_code": "werkplaats_provincie_code"})
    pr = _Stubs("projecten.csv", name, ["uuid", "naam", "werkplaats_uuid"],
                {"uuid": "project_uuid", "naam": "project_label",
                 "werkplaats_uuid": "werkplaats_uuid"})
    kk = _Stubs("kenniskringen.csv", name, ["uuid", "naam", "werkplaats_uuid"],
                {"uuid": "kenniskring_uuid", "naam": "kenniskring_label",
                 "werkplaats_uuid": "werkplaats_uuid"})
    th = _Stubs("themas.csv", name, ["uuid", "naam"], {"uuid": "thema_uuids", "naam": "themas_label"})
    gm = _Stubs("gemeenten.csv", name, ["uuid", "naam", "cbs_code"],
                {"uuid": "gemeente_uuid", "naam": "gemeente_label", "cbs_code": "gemeente_cbs_code"})
    act_cols = [c for c in _ACT_COLS if c in idx]
    prod_cols = [c for c in _PROD_COLS if c in idx] + (["type"] if "producttype" in idx else [])
    acts = Table("activiteiten.csv", act_cols, table.delimiter, shown_as=name)
    prods = Table("producten.csv", prod_cols, table.delimiter, shown_as=name,
                  origin={"type": "producttype"})
    for row, cells in table.rows:
        soort = cell(cells, "soort").strip().lower()
        wp.add(row, [cell(cells, c) for c in ("werkplaats_uuid", "werkplaats_label",
                                              "werkplaats_type", "werkplaats_provincie_code")],
               problems)
        pr.add(row, [cell(cells, c) for c in ("project_uuid", "project_label", "werkplaats_uuid")],
               problems)
        kk.add(row, [cell(cells, c) for c in ("kenniskring_uuid", "kenniskring_label",
                                              "werkplaats_uuid")], problems)
        uuids = cell(cells, "thema_uuids").split("|")
        labels = [guard(t) for t in unguard(cell(cells, "themas_label")).split(" | ")]
        if len(uuids) == len(labels):
            for u, label in zip(uuids, labels, strict=True):
                th.add(row, [u, label], problems)
        if soort == ACT:
            gm.add(row, [cell(cells, c) for c in ("gemeente_uuid", "gemeente_label",
                                                  "gemeente_cbs_code")], problems)
            acts.rows.append((row, [cell(cells, c) for c in act_cols]))
        elif soort == PROD:
            prods.rows.append((row, [cell(cells, "producttype" if c == "type" else c)
                                     for c in prod_cols]))
        else:
            problems.append(Problem(name, row, "soort", cell(cells, "soort"), SOORT_ONBEKEND))
    return {t.file: t for t in (th.table, gm.table, wp.table, kk.table, pr.table, acts, prods)}

