"""The first half of an import: every row read, typed and given its local identity.

For each file, in the order of ``formats.FILES`` and for each export in the order given:

* every cell is read as its column's kind (a bad cell is a problem, the row goes on);
* the row's UUID decides what it is here: an existing record (updated), a new one (inserted
  with an id planned now, inside the import's write transaction), a record that was
  "vergeten" (skipped, never brought back), or - for werkplaatsen, themes, gemeenten,
  partners and themasamenwerkingen of other files - a local record it is recognised as
  (werkplaatsen by code or name, gemeenten by CBS code, themes and partners by name);
* which werkplaats's records each export brings (``ownership.py``): a record of a werkplaats
  the export does not bring is skipped; what the export no longer holds of a werkplaats it
  brings is planned for removal (:meth:`Plan.plan_removals`);
* rows of the link files (project partners, person roles) are attached to their parent.

The second half (``checks.py``) resolves the references and applies the record rules.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from werkplaats_desktop.domain import enums
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.exchange import cells as C
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.columnar import parse_column
from werkplaats_desktop.exchange.columns import Column, FileFormat, Kind
from werkplaats_desktop.exchange.files import Table
from werkplaats_desktop.exchange.formats import LANDELIJK
from werkplaats_desktop.exchange.matching import Candidate, PartnerPool
from werkplaats_desktop.exchange.ownership import Ownership
from werkplaats_desktop.exchange.profiles import profile_for_delimiter
from werkplaats_desktop.exchange.reading import Source
from werkplaats_desktop.exchange.report import WAARSCHUWING, ImportReport, Merge, Problem

UUID_VERPLICHT = QT_TRANSLATE_NOOP("Uitwisseling", "Elke rij moet een UUID hebben.")
DUBBELE_UUID = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Deze UUID staat ook in rij {eerder}: een record mag maar één keer voorkomen."
)
OOK_IN_ANDER_BESTAND = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Dit record staat ook in {bestand}; de versie uit {gebruikt} is gebruikt."
)
ONBEKENDE_CODE = QT_TRANSLATE_NOOP(
    "Uitwisseling", "'{waarde}' is geen geldige waarde voor {kolom}."
)
OUDER_NIET_IN_BESTAND = QT_TRANSLATE_NOOP(
    "Uitwisseling", "{kolom}: '{waarde}' staat niet in {bestand} van deze export."
)

_ENUMS = (
    enums.WerkplaatsType,
    enums.Gemeentenetwerk,
    enums.DeelnameRol,
    enums.Overeenkomst,
    enums.ProjectStatus,
    enums.ProjectPartnerRol,
    enums.BijdrageSoort,
    enums.AgendaStatus,
    enums.PersoonRol,
)
_REFERENCE_TABLES = ("provincie", "o_soort", "activiteit_subtype", "partner_type", "product_type")
_LINK_ITEMS: dict[str, Callable[..., Any]] = {
    "partners": m.ProjectPartner,
    "rollen": m.PersoonRolInWerkplaats,
}


@dataclass(slots=True, eq=False)
class InRow:
    source: Source
    table: Table
    row: int
    uuid: str | None
    values: dict[str, Any]
    present: set[str]
    #: fields whose cell could not be read (already reported)
    bad: set[str] = field(default_factory=set)
    id: int | None = None
    new: bool = False
    #: False: the local record stays as it is (reference data, a merged partner/theme)
    write: bool = True
    #: a record that was "vergeten": not written, references to it are emptied
    skip: bool = False
    #: a themasamenwerking recognised by name: only its werkplaatsen are added
    merge_links: bool = False
    #: an update that leaves the stored record exactly as it is (``diff.py``): not written
    same: bool = False
    #: a werkplaats recognised by code or name whose own export this is: it takes the
    #: export's UUID (the owner's identity wins over a reference made elsewhere)
    rekey: bool = False


def _parser(col: Column, delimiter: str) -> Callable[[str], Any]:
    kind = col.kind
    if kind is Kind.TEKST:
        return C.parse_text
    if kind is Kind.DECIMAAL:
        return C.decimal_parser(profile_for_delimiter(delimiter).decimal)
    return {
        Kind.UUID: C.parse_uuid,
        Kind.VERWIJZING: C.parse_uuid,
        Kind.VERWIJZINGEN: C.parse_uuids,
        Kind.GETAL: C.parse_int,
        Kind.DATUM: C.parse_date,
        Kind.TIJDSTIP: C.parse_datetime,
        Kind.JANEE: C.parse_bool,
        Kind.CODE: C.parse_code,
    }[kind]


def _told(_problem: Problem) -> None:
    pass


def code_lists(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Every closed list of codes a cell may hold (enums and reference tables), by what is
    typed (the code or its Dutch name, any case) -> the code."""
    lists: dict[str, dict[str, str]] = {}
    for cls in _ENUMS:
        lists[cls.__name__] = {
            **{x.label.casefold(): x.value for x in cls},
            **{x.value.casefold(): x.value for x in cls},
        }
    for table in _REFERENCE_TABLES:
        rows = conn.execute(f"SELECT code, naam FROM {table}").fetchall()
        lists[table] = {
            **{n.casefold(): c for c, n in rows},
            **{c.casefold(): c for c, _ in rows},
        }
    lists["thema_bron"] = {b: b for b in ("movisie", "verbreding", "eigen")}
    lists["tabel"] = {
        f.table: f.table for f in F.FILES if f.link_of is None and f.table != "vergeten_record"
    }
    return lists


def parse_table(
    table: Table,
    fmt: FileFormat,
    codes: dict[str, dict[str, str]],
    rows: list[tuple[int, list[str]]],
    add: Callable[[Problem], None],
) -> tuple[list[str], list[list[Any]], dict[int, set[str]], list[int]]:
    """The imported columns of ``rows`` (some rows of ``table``), read as their kinds: the
    field names, the values per column, the fields that could not be read per row index
    (each reported through ``add``) and the row numbers. The importer runs this on each batch
    while it reads a file (to find bad cells without keeping a bad file's rows) and the plan
    on the whole table: the same cells give the same problems."""
    columns = [
        (i, fmt.column(n)) for i, n in enumerate(table.columns) if fmt.column(n).imported
    ]
    numbers = [number for number, _cells in rows]
    bad: dict[int, set[str]] = defaultdict(set)
    parsed = []
    for i, col in columns:
        cells = [row[i] for _n, row in rows]
        values, errors = parse_column(col.kind, cells, _parser(col, table.delimiter))
        if errors and col.kind is Kind.VERWIJZINGEN:  # a bad list is an empty list, not None:
            values = [[] if x is None else x for x in values]  # the record rules need a list
        for at, exc in errors:
            add(
                Problem(
                    table.where,
                    numbers[at],
                    table.shown(col.name),
                    cells[at],
                    exc.template,
                    exc.params,
                )
            )
            bad[at].add(col.field)  # type: ignore[arg-type]
        allowed = codes.get(col.target or "") if col.kind is Kind.CODE else None
        if allowed is not None:
            found = [allowed.get(v.casefold()) if v is not None else None for v in values]
            for at, (value, code) in enumerate(zip(values, found, strict=True)):
                if value is not None and code is None:
                    add(
                        Problem(
                            table.where,
                            numbers[at],
                            table.shown(col.name),
                            value,
                            ONBEKENDE_CODE,
                            {"waarde": value, "kolom": table.shown(col.name)},
                        )
                    )
                    bad[at].add(col.field)  # type: ignore[arg-type]
            values = found
        parsed.append(values)
    return [col.field for _i, col in columns], parsed, bad, numbers  # type: ignore[misc]


class Plan:
    def __init__(self, conn: sqlite3.Connection, report: ImportReport):
        self.conn = conn
        self.report = report
        self.by_uuid: dict[str, dict[str, InRow]] = defaultdict(dict)
        self.by_id: dict[str, dict[int, InRow]] = defaultdict(dict)
        self.links: dict[str, list[InRow]] = defaultdict(list)
        #: uuid of a record that came in more than one export -> the exports it was replaced in
        self.superseded: dict[str, dict[str, set[Path]]] = defaultdict(dict)
        #: uuid of another database's record -> the local record it was recognised as
        self.alias: dict[str, dict[str, int]] = defaultdict(dict)
        self.new_aliases: list[tuple[str, int, str, str]] = []
        self._ids: dict[str, dict[str, int]] = {}
        self._next: dict[str, int] = {}
        self.forgotten = {u for (u,) in conn.execute("SELECT uuid FROM vergeten_record")}
        self.codes = code_lists(conn)
        self._pool: PartnerPool | None = None
        self._doubt: Merge | None = None
        self.ownership = Ownership(conn, report)
        #: UUIDs of records an export brings of a werkplaats it does not own: not read
        self.not_brought: set[str] = set()
        #: rows of the database that the import removes: table -> ids
        self.gone: dict[str, list[int]] = defaultdict(list)

    # --- what the database holds ---------------------------------------------------------

    def ids(self, table: str) -> dict[str, int]:
        """uuid -> id of the records in the database."""
        if table not in self._ids:
            self._ids[table] = dict(self.conn.execute(f"SELECT uuid, id FROM {table}"))
        return self._ids[table]

    def next_id(self, table: str) -> int:
        if table not in self._next:
            self._next[table] = (
                self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
            ) + 1
        value = self._next[table]
        self._next[table] += 1
        return value

    def resolve(self, table: str, uuid: str) -> int | None:
        """The local id a UUID stands for: merged, existing or planned; None when unknown or
        vergeten."""
        alias = self.alias[table].get(uuid)
        if alias is not None:
            return alias
        row = self.by_uuid[table].get(uuid)
        if row is not None:
            return None if row.skip else row.id
        return self.ids(table).get(uuid)

    def problem(
        self, r: InRow, column: str | None, value: str | None, template: str, **params: object
    ) -> None:
        shown = r.table.shown(column) if column else None
        if "kolom" in params:
            params["kolom"] = shown
        self.report.add(Problem(r.table.where, r.row, shown, value, template, params))

    # --- pass 1: reading the rows -------------------------------------------------------

    def read(self, source: Source, fmt: FileFormat) -> list[InRow]:
        """Every row of one file, typed; each bad cell reported (see ``columnar.py``)."""
        table = source.tables.get(fmt.file)
        if table is None:
            return []
        # cells read while the file was read were reported then; not twice
        add = _told if table.checked else self.report.add
        names, parsed, bad, numbers = parse_table(table, fmt, self.codes, table.rows, add)
        present = set(names)
        rows = []
        for at, row_values in enumerate(zip(*parsed, strict=True)):
            row_dict: dict[str, Any] = dict(zip(names, row_values, strict=True))
            r = InRow(source, table, numbers[at], row_dict.get("uuid"), row_dict, present)
            if at in bad:
                r.bad = bad[at]
            rows.append(r)
        table.rows = []  # read: the cells are no longer needed
        return rows

    def add_records(self, source: Source, fmt: FileFormat) -> None:
        """Read one file of one export and give each row its identity (see module docstring)."""
        if fmt.table == "vergeten_record":
            for r in self.read(source, fmt):
                if r.uuid is not None and not r.bad:
                    self.forgotten.add(r.uuid)
                    self.by_uuid[fmt.table][r.uuid] = r
            return
        pool = self._pool_for(source) if fmt.table == "partner" else None
        owned_table = fmt.table in F.WERKPLAATS_TABLES
        seen: dict[str, InRow] = {}
        for r in self.read(source, fmt):
            if r.uuid is None:
                if "uuid" not in r.bad:
                    self.problem(r, "uuid", "", UUID_VERPLICHT)
                continue
            if r.uuid in seen:
                self.problem(r, "uuid", r.uuid, DUBBELE_UUID, eerder=seen[r.uuid].row)
                continue
            seen[r.uuid] = r
            if owned_table and not self._brought(r):
                continue
            if fmt.table == "werkplaats" and r.uuid not in self.forgotten:
                self.by_uuid[fmt.table][r.uuid] = r
                self._identify_werkplaats(r)
                if r.id is not None and r.write:
                    self.by_id[fmt.table][r.id] = r
                continue
            earlier = self.by_uuid[fmt.table].get(r.uuid)
            if earlier is not None:
                self._supersede(fmt, earlier, r)
                continue
            self.by_uuid[fmt.table][r.uuid] = r
            self._identify(fmt.table, r)
            if r.id is not None and r.write:
                self.by_id[fmt.table][r.id] = r
        if pool is not None:  # partners of one export are matched with those read before it
            for r in seen.values():
                if r.new and r.id is not None:
                    pool.add(
                        Candidate(
                            r.id,
                            str(r.values.get("naam") or ""),
                            str(r.values.get("type") or ""),
                            self._gemeente_cbs(r.values.get("gemeente_id")),
                        )
                    )

    def _supersede(self, fmt: FileFormat, earlier: InRow, r: InRow) -> None:
        """The same record in two exports of one import: the later one is used."""
        if fmt.table not in ("thema", "gemeente"):
            self.report.add(
                Problem(
                    r.table.where,
                    r.row,
                    "uuid",
                    r.uuid,
                    OOK_IN_ANDER_BESTAND,
                    {"bestand": earlier.source.label, "gebruikt": r.source.label},
                    ernst=WAARSCHUWING,
                )
            )
        r.id, r.new, r.write, r.skip, r.merge_links = (
            earlier.id,
            earlier.new,
            earlier.write,
            earlier.skip,
            earlier.merge_links,
        )
        self.by_uuid[fmt.table][r.uuid] = r  # type: ignore[index]
        self.superseded[fmt.table].setdefault(r.uuid, set()).add(earlier.source.path)  # type: ignore[arg-type]
        if r.id is not None and r.write:
            self.by_id[fmt.table][r.id] = r

    # --- werkplaatsen and whose records an export brings ---------------------------------

    def _identify_werkplaats(self, r: InRow) -> None:
        """By UUID, code or name (``services/identity.py``); then whether this export brings
        its records (``ownership.py``): if so the row updates it (or inserts it), else it is a
        reference that stays as it is here (a new one is added)."""
        assert r.uuid is not None
        own = self.ownership
        naam, code = r.values.get("naam"), r.values.get("code")
        existing = self.ids("werkplaats").get(r.uuid)
        local = existing if existing is not None else self.alias["werkplaats"].get(r.uuid)
        if local is None:
            local = own.werkplaatsen.match(naam, code)
        brings, delivered = own.brings(r.source, r.uuid, code)
        if local is None:
            r.id, r.new = self.next_id("werkplaats"), True
            r.values["code"] = own.werkplaatsen.code_for_new(naam, code, r.uuid)
            r.present = r.present | {"code"}
            own.werkplaatsen.add(r.id, naam, r.values["code"])
            own.names[r.id] = str(naam or "")
            if brings:
                own.claim(r.id, r.source, r, delivered)
            return
        r.id = local
        if existing is None:
            self.alias["werkplaats"][r.uuid] = local
        r.values["code"] = own.werkplaatsen.code_to_keep(local, code)
        r.present = r.present | {"code"}
        inserting = self.by_id["werkplaats"].get(local)  # a row of this import adds it
        if not brings:
            r.write = False  # a reference: the werkplaats here stays as it is
            return
        before = own.claims.get(local)
        if own.claim(local, r.source, r, delivered) is None and before is not None:
            r.write = False  # a newer export in this import brings it
            return
        if before is not None:
            before.row.write = before.row.rekey = False
        if inserting is not None and inserting is not r and inserting.new:
            # the werkplaats is new here and an earlier row of this import adds it: this row
            # adds it instead, with its own values; the earlier UUID stands for it too
            inserting.write = False
            r.new = True
            self.alias["werkplaats"][inserting.uuid] = local  # type: ignore[index]
            self.alias["werkplaats"].pop(r.uuid, None)
            return
        in_db = local in set(self.ids("werkplaats").values())
        r.rekey = existing is None and delivered and in_db

    def _brought(self, r: InRow) -> bool:
        """Is ``r`` (a record of a werkplaats) brought by its export? Otherwise it is skipped
        (and counted): its werkplaats's records come from another export."""
        wp_uuid = r.values.get("werkplaats_id")
        wid = self.resolve("werkplaats", wp_uuid) if wp_uuid else None
        if wid is None or self.ownership.brought_by(wid) is r.source:
            return True
        self.ownership.skip(r.source, wid)
        if r.uuid is not None:
            self.not_brought.add(r.uuid)
        return False

    def plan_removals(self) -> None:
        """What an export no longer holds of a werkplaats it brings is removed here (a
        landelijk overzicht holds only activities and products)."""
        for wid, claim in self.ownership.claims.items():
            if claim.row.new:
                continue
            tables = ("activiteit", "product") if claim.source.kind == LANDELIJK \
                else F.WERKPLAATS_TABLES
            for table in tables:
                keep = self.by_uuid[table]
                self.gone[table] += [i for i, u in self.conn.execute(
                    f"SELECT id, uuid FROM {table} WHERE werkplaats_id = ?", (wid,))
                    if u not in keep]

    def _identify(self, table: str, r: InRow) -> None:
        assert r.uuid is not None
        if r.uuid in self.forgotten:
            r.skip, r.write = True, False
            self.report.vergeten_overgeslagen += 1
            return
        coded = self._by_code(table, r)
        if coded is not None:  # reference data is what its code says, whatever its UUID
            if coded != self.ids(table).get(r.uuid):
                self.alias[table][r.uuid] = coded
            r.id, r.write = coded, False
            return
        existing = self.ids(table).get(r.uuid)
        if existing is not None:
            r.id = existing
            # themes and gemeenten are reference data: a known one stays as it is here
            r.write = table not in ("thema", "gemeente")
            return
        local = self._recognise(table, r)
        if local is not None:
            self.alias[table][r.uuid] = local
            r.id, r.write = local, False
            r.merge_links = table == "themasamenwerking"
            return
        r.id, r.new = self.next_id(table), True
        if self._doubt is not None:
            self.report.twijfel.append(replace(self._doubt, nieuw_id=r.id))
            self._doubt = None
        if table == "thema":
            self._names("thema").setdefault(fold(r.values.get("naam")), r.id)
        elif table == "themasamenwerking":
            self._names("themasamenwerking").setdefault(fold(r.values.get("naam")), r.id)
        elif table == "gemeente" and r.values.get("cbs_code"):
            self._cbs().setdefault(r.values["cbs_code"], r.id)

    def _by_code(self, table: str, r: InRow) -> int | None:
        """A gemeente by its CBS code; one of Movisie's themes by its number."""
        if table == "gemeente" and r.values.get("cbs_code"):
            return self._cbs().get(r.values["cbs_code"])
        if table == "thema" and r.values.get("bron") == "movisie" and r.values.get("nummer"):
            if "movisie" not in self._ids:
                self._ids["movisie"] = dict(self.conn.execute(
                    "SELECT nummer, id FROM thema WHERE bron = 'movisie' AND nummer IS NOT NULL"))
            return self._ids["movisie"].get(r.values["nummer"])
        return None

    def _recognise(self, table: str, r: InRow) -> int | None:
        if table in ("thema", "themasamenwerking"):
            return self._names(table).get(fold(r.values.get("naam")))
        if table == "gemeente":
            code = r.values.get("cbs_code")
            return self._cbs().get(code) if code else None
        if table == "partner":
            return self._match_partner(r)
        return None

    def _names(self, table: str) -> dict[str, int]:
        key = f"names:{table}"
        if key not in self._ids:
            self._ids[key] = {
                fold(n): i for i, n in self.conn.execute(f"SELECT id, naam FROM {table}")
            }
        return self._ids[key]

    def _cbs(self) -> dict[str, int]:
        if "cbs" not in self._ids:
            self._ids["cbs"] = {
                c: i
                for i, c in self.conn.execute(
                    "SELECT id, cbs_code FROM gemeente WHERE cbs_code IS NOT NULL"
                )
            }
        return self._ids["cbs"]

    # --- partners of other werkplaatsen -------------------------------------------------

    def _pool_for(self, source: Source) -> PartnerPool:
        if self._pool is None:
            self.alias["partner"].update(
                dict(self.conn.execute("SELECT uuid, partner_id FROM partner_alias"))
            )
            self._pool = PartnerPool(
                [
                    Candidate(*row)
                    for row in self.conn.execute(
                        "SELECT p.id, p.naam, p.type, g.cbs_code FROM partner p "
                        "LEFT JOIN gemeente g ON g.id = p.gemeente_id"
                    )
                ]
            )
        self._pool.start_source(source.label)
        return self._pool

    def source_name(self, source: Source) -> str:
        man = source.manifest
        if man is not None and man.bron_werkplaats:
            return str(man.bron_werkplaats.get("naam", source.label))
        return source.label

    def _match_partner(self, r: InRow) -> int | None:
        assert self._pool is not None and r.uuid is not None
        if r.uuid in self.alias["partner"]:
            return self.alias["partner"][r.uuid]
        naam = str(r.values.get("naam") or "")
        cbs = self._gemeente_cbs(r.values.get("gemeente_id"))
        found = self._pool.match(naam, r.values.get("type"), cbs)
        if found is not None:
            c = found.candidate
            merge = Merge(
                naam, r.uuid, self.source_name(r.source), c.id, c.naam, found.reason, found.sure
            )
            if found.sure:
                self.report.samengevoegd.append(merge)
                self.new_aliases.append((r.uuid, c.id, naam, merge.bron))
                return c.id
            self._doubt = merge
        return None

    def _gemeente_cbs(self, gemeente_uuid: str | None) -> str | None:
        if not gemeente_uuid:
            return None
        row = self.by_uuid["gemeente"].get(gemeente_uuid)
        if row is not None:
            return row.values.get("cbs_code")
        if "cbs_by_uuid" not in self._ids:
            self._ids["cbs_by_uuid"] = dict(
                self.conn.execute("SELECT uuid, cbs_code FROM gemeente")
            )
        return self._ids["cbs_by_uuid"].get(gemeente_uuid)  # type: ignore[return-value]

    # --- pass 2: link files ------------------------------------------------------------

    def add_links(self, source: Source, fmt: FileFormat) -> None:
        """Attach the rows of a link file to their parents in the same export. A parent of an
        export that has the link file gets exactly the links listed (none listed: none)."""
        assert fmt.link_of is not None
        if fmt.file not in source.tables:
            return
        parent_table, attr = fmt.link_of
        own = fmt.columns[0]
        for record in self.by_uuid[parent_table].values():
            if record.source is source:
                record.values[attr] = []
                record.present = record.present | {attr}
        item = _LINK_ITEMS[attr]
        other = fmt.columns[2]
        for r in self.read(source, fmt):
            assert own.field is not None and other.field is not None
            parent_uuid = r.values.get(own.field)
            parent = self.by_uuid[parent_table].get(parent_uuid or "")
            if parent is None or parent.source is not source:
                if parent is not None and source.path in self.superseded[parent_table].get(
                        parent_uuid or "", ()):
                    continue  # its parent came again in a later export: that one's links count
                if parent_uuid and parent_uuid not in self.forgotten and own.field not in r.bad \
                        and parent_uuid not in self.not_brought:
                    self.problem(
                        r,
                        own.name,
                        parent_uuid,
                        OUDER_NIET_IN_BESTAND,
                        kolom=own.name,
                        waarde=parent_uuid,
                        bestand=F.BY_TABLE[parent_table].file,
                    )
                continue
            parent.values[attr].append(
                item(**{other.field: r.values.get(other.field), "rol": r.values.get("rol")})
            )
            parent.bad |= {attr} if r.bad else set()
