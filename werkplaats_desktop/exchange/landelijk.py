"""The "landelijk overzicht": one flat CSV with a row per activity and per product, for the
landelijk overleg to open in Excel and for another werkplaats to read in.

Every row says which werkplaats, theme(s), O, year, province, gemeente and partners it is
about, with UUIDs beside readable labels. Read back in, it is split into the tables of a full
export (werkplaatsen, projecten, kenniskringen, thema's and gemeenten with only their names,
activiteiten, producten) so that one importer does all the checking.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from operator import itemgetter

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.cells import CellError, guard, parse_datetime, unguard
from werkplaats_desktop.exchange.columns import Column, Kind, grouped_list, sources
from werkplaats_desktop.exchange.files import Table
from werkplaats_desktop.exchange.manifest import Herkomst, JaarEntry, WerkplaatsRef
from werkplaats_desktop.exchange.profiles import Profile
from werkplaats_desktop.exchange.report import Problem
from werkplaats_desktop.store.types import utcnow

ACT, PROD = "activiteit", "product"

#: stands for the moment of exporting in the SQL of the column ``exportdatum``
_EXPORTDATUM = "'{exportdatum}'"
_WP_JOIN = "LEFT JOIN werkplaats j_werkplaats ON j_werkplaats.id = x.werkplaats_id"
_GM_JOIN = "LEFT JOIN gemeente j_gemeente ON j_gemeente.id = x.gemeente_id"
_PROVINCIE = "COALESCE(j_gemeente.provincie_code, j_werkplaats.provincie_code)"
_PARTNERS_CTE, _PARTNERS_JOIN, _PARTNERS = grouped_list(
    "project_partner", "project_id", "partner_id", "partner", "naam", on="x.project_id"
)


def _null(c: Column) -> Column:
    return replace(c, sql="NULL", joins=(), ctes=())


def _act(name: str) -> Column:
    return F.ACTIVITEITEN.column(name)


def _wp(name: str, column: str, kind: Kind, doc: str, target: str | None = None) -> Column:
    return Column(name, kind, f"j_werkplaats.{column}", target=target, joins=(_WP_JOIN,), doc=doc)


#: (column in an activity row, the same column in a product row)
_SPEC: list[tuple[Column, Column]] = [
    (
        Column("soort", Kind.CODE, "'activiteit'", doc="`activiteit` of `product`."),
        Column("soort", Kind.CODE, "'product'"),
    ),
    *[(_act(n), _act(n)) for n in ("uuid", "werkplaats_uuid")],
    *[
        (c, c)
        for c in (
            _wp(
                "werkplaats_code",
                "code",
                Kind.CODE,
                "Code van de werkplaats (§9); hiermee wordt de werkplaats herkend (§6). Sinds "
                "formaatversie 2.",
                "werkplaats_code",
            ),
            _wp(
                "werkplaats_label",
                "naam",
                Kind.LABEL,
                "Naam van de werkplaats (bij inlezen: de naam van een nieuwe werkplaats).",
            ),
            _wp(
                "werkplaats_type",
                "type",
                Kind.CODE,
                "Soort werkplaats, zoals in werkplaatsen.csv.",
                "WerkplaatsType",
            ),
            _wp(
                "werkplaats_provincie_code",
                "provincie_code",
                Kind.CODE,
                "Provincie van de werkplaats (CBS-code).",
                "provincie",
            ),
            _act("titel"),
        )
    ],
    *[(_act(n), _null(_act(n))) for n in ("o", "o_label", "subtype", "subtype_label")],
    (
        _null(
            replace(
                F.PRODUCTEN.column("type"),
                name="producttype",
                doc="Soort product (alleen bij producten).",
            )
        ),
        replace(F.PRODUCTEN.column("type"), name="producttype"),
    ),
    (
        _null(
            replace(
                F.PRODUCTEN.column("type_label"),
                name="producttype_label",
                doc="Naam bij producttype.",
            )
        ),
        replace(F.PRODUCTEN.column("type_label"), name="producttype_label"),
    ),
    (_act("jaar"), _act("jaar")),
    *[
        (c, c)
        for c in (
            Column(
                "jaarstatus",
                Kind.CODE,
                "COALESCE(j_jaarstatus.status, 'concept')",
                target="JaarStatus",
                joins=(
                    "LEFT JOIN jaarstatus j_jaarstatus ON j_jaarstatus.werkplaats_id = "
                    "x.werkplaats_id AND j_jaarstatus.jaar = x.jaar",
                ),
                doc="Status van dat jaar van de werkplaats: `concept`, `ingediend` of "
                "`definitief` (§6.4). Sinds formaatversie 2.",
            ),
        )
    ],
    *[(_act(n), _null(_act(n))) for n in ("datum", "einddatum")],
    (
        Column(
            "provincie_code",
            Kind.LABEL,
            _PROVINCIE,
            joins=(_WP_JOIN, _GM_JOIN),
            doc="Provincie waar het over gaat: die van de gemeente, anders die van de "
            "werkplaats (afgeleid, niet ingelezen).",
        ),
        Column("provincie_code", Kind.LABEL, "j_werkplaats.provincie_code", joins=(_WP_JOIN,)),
    ),
    (
        Column(
            "provincie_label",
            Kind.LABEL,
            "j_lprov.naam",
            doc="Naam van die provincie.",
            joins=(
                _WP_JOIN,
                _GM_JOIN,
                f"LEFT JOIN provincie j_lprov ON j_lprov.code = {_PROVINCIE}",
            ),
        ),
        Column(
            "provincie_label",
            Kind.LABEL,
            "j_lprov.naam",
            joins=(
                _WP_JOIN,
                "LEFT JOIN provincie j_lprov ON j_lprov.code = j_werkplaats.provincie_code",
            ),
        ),
    ),
    (_act("gemeente_uuid"), _null(_act("gemeente_uuid"))),
    (
        Column(
            "gemeente_cbs_code",
            Kind.CODE,
            "j_gemeente.cbs_code",
            joins=(_GM_JOIN,),
            target="cbs_code",
            doc="CBS-code van de gemeente.",
        ),
        Column("gemeente_cbs_code", Kind.CODE, "NULL"),
    ),
    (_act("gemeente_label"), _null(_act("gemeente_label"))),
    *[
        (_act(n), F.PRODUCTEN.column(n))
        for n in (
            "thema_uuids",
            "themas_label",
            "project_uuid",
            "project_label",
            "kenniskring_uuid",
            "kenniskring_label",
        )
    ],
    *[
        (_null(F.PRODUCTEN.column(n)), F.PRODUCTEN.column(n))
        for n in ("activiteit_uuid", "activiteit_label")
    ],
    *[
        (c, c)
        for c in (
            Column(
                "partner_uuids",
                Kind.LABEL,
                f"{_PARTNERS}.uuids",
                joins=(_PARTNERS_JOIN,),
                ctes=(_PARTNERS_CTE,),
                doc="UUID's van de partners van het project (afgeleid, niet ingelezen: partners "
                "komen mee in de volledige export).",
            ),
            Column(
                "partners_label",
                Kind.LABEL,
                f"{_PARTNERS}.namen",
                joins=(_PARTNERS_JOIN,),
                ctes=(_PARTNERS_CTE,),
                doc="Namen van die partners, in dezelfde volgorde.",
            ),
        )
    ],
    *[
        (_act(n), _null(_act(n)))
        for n in (
            "bereik",
            "uren",
            "aantal_onderzoekers",
            "aantal_professionals",
            "aantal_studenten",
            "aantal_vrijwilligers",
        )
    ],
    *[(_null(F.PRODUCTEN.column(n)), F.PRODUCTEN.column(n)) for n in ("link", "open_access")],
    *[(_act(n), _act(n)) for n in ("omschrijving", "aangemaakt_op", "gewijzigd_op")],
    *[
        (c, c)
        for c in (
            Column(
                "eigen_werkplaats_code",
                Kind.CODE,
                "(SELECT w.code FROM meta m JOIN werkplaats w ON w.uuid = m.waarde "
                "WHERE m.sleutel = 'eigen_werkplaats')",
                target="werkplaats_code",
                doc="Code van de eigen werkplaats van het bestand dat deze export maakte, in "
                "elke rij (leeg: een bestand zonder eigen werkplaats, zoals een landelijk "
                "overzicht). Sinds formaatversie 2.",
            ),
            Column(
                "exportdatum",
                Kind.TIJDSTIP,
                _EXPORTDATUM,
                doc="Wanneer de export is gemaakt (UTC), in elke rij. Sinds formaatversie 2.",
            ),
            Column(
                "formaatversie",
                Kind.GETAL,
                str(F.FORMAT_VERSION),
                doc=f"Versie van dit formaat (nu {F.FORMAT_VERSION}) in elke rij.",
            ),
        )
    ],
]

COLUMNS: tuple[Column, ...] = tuple(a for a, _p in _SPEC)
NAMES: list[str] = [c.name for c in COLUMNS]


def select_sql(profile: Profile, exported: datetime | None = None) -> str:
    """Activities, then products, each in the order they were entered (no sort: Excel sorts).
    ``exported``: the moment written in the column ``exportdatum`` (UTC)."""
    stamp = (exported or utcnow()).strftime("%Y-%m-%d %H:%M:%S")

    def now(c: Column) -> Column:
        return replace(c, sql=c.sql.format(exportdatum=stamp)) if c.sql == _EXPORTDATUM else c

    acts, prods = [now(a) for a, _p in _SPEC], [now(p) for _a, p in _SPEC]
    ctes = list(dict.fromkeys(c for col in acts + prods for c in col.ctes))
    cells_a = ", ".join(c.export_sql(profile) for c in acts)
    cells_p = ", ".join(c.export_sql(profile) for c in prods)
    return (
        f"WITH {', '.join(ctes)} "
        f"SELECT * FROM (SELECT {cells_a} {sources(acts, 'activiteit')[1]} ORDER BY x.id) "
        f"UNION ALL "
        f"SELECT * FROM (SELECT {cells_p} {sources(prods, 'product')[1]} ORDER BY x.id)"
    )


def raw_select_sql(names: list[str]) -> str:
    """The columns ``names`` as stored (not formatted for a CSV profile, not guarded): codes,
    numbers, ISO dates; activities first, then products (the Excel table, ``xlsx.py``)."""
    pick = [(a, p) for a, p in _SPEC if a.name in names]
    order = {n: i for i, n in enumerate(names)}
    pick.sort(key=lambda pair: order[pair[0].name])
    acts, prods = [a for a, _p in pick], [p for _a, p in pick]
    ctes = list(dict.fromkeys(c for col in acts + prods for c in col.ctes))
    with_clause = f"WITH {', '.join(ctes)} " if ctes else ""
    cells_a = ", ".join(c.sql for c in acts)
    cells_p = ", ".join(c.sql for c in prods)
    return (
        f"{with_clause}"
        f"SELECT * FROM (SELECT {cells_a} {sources(acts, 'activiteit')[1]} ORDER BY x.id) "
        f"UNION ALL "
        f"SELECT * FROM (SELECT {cells_p} {sources(prods, 'product')[1]} ORDER BY x.id)"
    )


def count_sql() -> str:
    return "SELECT (SELECT count(*) FROM activiteit) + (SELECT count(*) FROM product)"


# --- reading it back ---------------------------------------------------------------------------

VERSCHILT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "{kolom} is hier '{waarde}', maar in rij {eerder} '{anders}' voor dezelfde UUID.",
)
SOORT_ONBEKEND = QT_TRANSLATE_NOOP("Uitwisseling", "soort moet 'activiteit' of 'product' zijn.")
ONBEKENDE_STATUS = QT_TRANSLATE_NOOP(
    "Uitwisseling", "'{waarde}' is geen jaarstatus (concept, ingediend of definitief)."
)

#: columns taken over as they are, per kind of row
_ACT_COLS = [n for n in F.ACTIVITEITEN.names() if n in NAMES]
_PROD_COLS = [n for n in F.PRODUCTEN.names() if n in NAMES and n != "type"]


class _Stubs:
    """Records known only by UUID and name, collected from all rows; a UUID whose name (or
    other column) differs between rows is a problem."""

    def __init__(self, name: str, file: str, origin: dict[str, str], index: dict[str, int]):
        self.table = Table(name, list(origin), ";", shown_as=file, origin=origin)
        self.file = file
        self.seen: dict[str, tuple[int, tuple[str, ...]]] = {}
        # (one index more than needed, so that itemgetter always returns a tuple)
        self.get = itemgetter(*(index.get(c, len(index)) for c in origin.values()), len(index))

    def add(self, row: int, cells: list[str], problems: list[Problem]) -> None:
        if self.table.columns and self.table.columns[0] == "uuid":
            self.add_values(row, self.get(cells)[:-1], problems)

    def add_values(self, row: int, values: tuple[str, ...], problems: list[Problem]) -> None:
        key = values[0].strip().lower()
        if not key:
            return
        seen = self.seen.get(key)
        if seen is None:
            self.seen[key] = (row, values)
            self.table.rows.append((row, list(values)))
        elif seen[1] != values:
            for col, a, b in zip(self.table.columns, seen[1], values, strict=True):
                if a != b:
                    shown = self.table.shown(col)
                    problems.append(
                        Problem(
                            self.file,
                            row,
                            shown,
                            b,
                            VERSCHILT,
                            {"kolom": shown, "waarde": b, "eerder": seen[0], "anders": a},
                        )
                    )


class HerkomstReader:
    """What the columns of format version 2 say about where the rows come from: the eigen
    werkplaats of the exporting file, when it was made, and the status of each year of each
    werkplaats in it, concept included (version 1 has none of this: every werkplaats owns its
    rows). Read a batch at a time (:meth:`add`), like the rows themselves."""

    def __init__(self, table: Table, problems: list[Problem]):
        self.file = table.file
        self.problems = problems
        idx = table.index()
        end = len(idx)
        self.at = {c: idx.get(c, end) for c in (
            "eigen_werkplaats_code", "exportdatum", "jaarstatus", "werkplaats_uuid",
            "werkplaats_code", "jaar")}
        self.eigen: set[str] = set()
        self.stamps: set[str] = set()
        self.years: dict[tuple[str, str, int], str] = {}
        self.statuses = {s.value for s in JaarStatus}

    def add(self, rows: list[tuple[int, list[str]]]) -> None:
        at, statuses = self.at, self.statuses
        for row, cells in rows:
            cells = [*cells, ""]
            code = cells[at["eigen_werkplaats_code"]].strip()
            if code:
                self.eigen.add(code)
            stamp = cells[at["exportdatum"]].strip()
            if stamp:
                self.stamps.add(stamp)  # (the same few moments in every row: parsed once)
            status = cells[at["jaarstatus"]].strip().lower()
            if not status:
                continue
            if status not in statuses:
                self.problems.append(Problem(self.file, row, "jaarstatus", status,
                                             ONBEKENDE_STATUS, {"waarde": status}))
                continue
            jaar = cells[at["jaar"]].strip()
            if jaar.isdigit():
                key = (cells[at["werkplaats_uuid"]].strip().lower(),
                       cells[at["werkplaats_code"]].strip(), int(jaar))
                self.years[key] = status

    def result(self) -> Herkomst:
        dates: set[datetime] = set()
        for stamp in self.stamps:
            try:
                moment = parse_datetime(stamp)
            except CellError:
                moment = None
            if moment is not None:
                dates.add(moment)
        eigen = self.eigen
        ref = WerkplaatsRef("", sorted(eigen)[0], "") if len(eigen) == 1 else None
        return Herkomst(max(dates) if dates else None, ref,
                        tuple(JaarEntry(u, c, j, st)
                              for (u, c, j), st in sorted(self.years.items())))


def herkomst(table: Table, problems: list[Problem]) -> Herkomst:
    """:class:`HerkomstReader` over a whole table at once."""
    reader = HerkomstReader(table, problems)
    reader.add(table.rows)
    return reader.result()


class Splitter:
    """Splits the rows of a landelijk overzicht into the tables of a full export, a batch at
    a time (see module docstring); :meth:`tables` gives them once every batch is in."""

    def __init__(self, table: Table, problems: list[Problem]):
        self.problems = problems
        idx = table.index()
        self.name = name = table.file
        self.end = end = len(idx)  # the position of the empty cell added to every row

        def stubs(file: str, origin: dict[str, str]) -> _Stubs:
            # a column the file leaves out (a label someone deleted) is not read: an existing
            # record keeps that value
            return _Stubs(file, name, {k: v for k, v in origin.items() if v in idx}, idx)

        self.wp = stubs(
            "werkplaatsen.csv",
            {
                "uuid": "werkplaats_uuid",
                "naam": "werkplaats_label",
                "code": "werkplaats_code",
                "type": "werkplaats_type",
                "provincie_code": "werkplaats_provincie_code",
            },
        )
        self.pr = stubs(
            "projecten.csv",
            {"uuid": "project_uuid", "naam": "project_label", "werkplaats_uuid": "werkplaats_uuid"},
        )
        self.kk = stubs(
            "kenniskringen.csv",
            {
                "uuid": "kenniskring_uuid",
                "naam": "kenniskring_label",
                "werkplaats_uuid": "werkplaats_uuid",
            },
        )
        self.th = stubs("themas.csv", {"uuid": "thema_uuids", "naam": "themas_label"})
        self.gm = stubs(
            "gemeenten.csv",
            {"uuid": "gemeente_uuid", "naam": "gemeente_label", "cbs_code": "gemeente_cbs_code"},
        )
        act_cols = [c for c in _ACT_COLS if c in idx]
        prod_cols = [c for c in _PROD_COLS if c in idx] + (
            ["type"] if "producttype" in idx else [])
        self.act_get = itemgetter(*(idx[c] for c in act_cols))
        self.prod_get = itemgetter(*(idx["producttype" if c == "type" else c] for c in prod_cols))
        self.acts = Table("activiteiten.csv", act_cols, table.delimiter, shown_as=name)
        self.prods = Table(
            "producten.csv", prod_cols, table.delimiter, shown_as=name,
            origin={"type": "producttype"},
        )
        self.soort_at = idx.get("soort", end)
        self.themes = itemgetter(idx.get("thema_uuids", end), idx.get("themas_label", end))
        self.theme_lists: set[tuple[str, str]] = set()

    def all(self) -> list[Table]:
        """The tables in the order of a full export's files."""
        return [self.th.table, self.gm.table, self.wp.table, self.kk.table, self.pr.table,
                self.acts, self.prods]

    def add(self, rows: list[tuple[int, list[str]]]) -> None:
        problems, name = self.problems, self.name
        wp, pr, kk, th, gm = self.wp, self.pr, self.kk, self.th, self.gm
        acts, prods, soort_at = self.acts.rows, self.prods.rows, self.soort_at
        act_get, prod_get, themes, theme_lists = (self.act_get, self.prod_get, self.themes,
                                                  self.theme_lists)
        for row, cells in rows:
            cells.append("")
            soort = cells[soort_at].strip().lower()
            wp.add(row, cells, problems)
            pr.add(row, cells, problems)
            kk.add(row, cells, problems)
            pair = themes(cells)
            if pair not in theme_lists:  # the same few lists of themes come back in most rows
                theme_lists.add(pair)
                uuids = pair[0].split("|")
                labels = [guard(t) for t in unguard(pair[1]).split(" | ")]
                if len(uuids) == len(labels):
                    for u, label in zip(uuids, labels, strict=True):
                        th.add_values(row, (u, label), problems)
            if soort == ACT:
                gm.add(row, cells, problems)
                acts.append((row, list(act_get(cells))))
            elif soort == PROD:
                prods.append((row, list(prod_get(cells))))
            else:
                problems.append(Problem(name, row, "soort", cells[soort_at], SOORT_ONBEKEND))

    def tables(self) -> dict[str, Table]:
        return {t.file: t for t in self.all()}


def split(table: Table, problems: list[Problem]) -> dict[str, Table]:
    """The landelijk rows as the tables of a full export (see module docstring)."""
    splitter = Splitter(table, problems)
    splitter.add(table.rows)
    table.rows = []
    return splitter.tables()
