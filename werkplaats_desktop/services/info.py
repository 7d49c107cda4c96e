"""Facts about a database file: schema revision and the number of records of each kind.

The keys of :data:`COUNT_KEYS` and of :meth:`DatabaseInfo.as_json` are a documented interface
(``werkplaats info --json``, README); keep them stable.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.domain.enums import PartnerType, WerkplaatsType
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw
from werkplaats_desktop.store.integrity import refuse_if_interrupted
from werkplaats_desktop.store.migrate import (
    SchemaError,
    check_openable,
    head_revision,
    inspect_file,
)
from werkplaats_desktop.store.target import ServerTarget

#: the mark of a demo database in its ``meta`` table (written by ``demo/``)
DEMO_KEY, DEMO_YES = "voorbeelddata", "ja"
#: the file's own werkplaats (its UUID) in the ``meta`` table: the werkplaats whose records
#: this file keeps; other werkplaatsen in it are references (a themasamenwerking, a partner)
EIGEN_KEY = "eigen_werkplaats"

#: a shared database (PostgreSQL) has no own werkplaats: each login's werkplaats is its role
#: (store/pg_roles.py), so Mijn werkplaats instellen is refused there
GEDEELD_GEEN_EIGEN = QT_TRANSLATE_NOOP(
    "Validatie", "Een gedeelde database heeft geen eigen werkplaats: hij is van alle "
                 "werkplaatsen samen, en bij welke werkplaats u hoort bepaalt uw inlognaam (de "
                 "rol die de beheerder van de database u gaf). Er is niets gewijzigd.")


#: what a new file comes with (reference data), not records of the user
REFERENCE_COUNTS = frozenset({"themas", "gemeenten"})


def is_demo(s: Session) -> bool:
    """Is this the demo database (made up figures: the window and the report say so)?"""
    return s.scalar(select(orm.Meta.waarde).where(orm.Meta.sleutel == DEMO_KEY)) == DEMO_YES


#: key in ``werkplaats info --json`` -> table
COUNT_KEYS: dict[str, str] = {
    "werkplaatsen": "werkplaats",
    "lectoraten": "lectoraat",
    "kenniskringen": "kenniskring",
    "projecten": "project",
    "activiteiten": "activiteit",
    "producten": "product",
    "partners": "partner",
    "deelnames": "deelname",
    "bijdragen": "bijdrage",
    "subsidies": "subsidie",
    "personen": "persoon",
    "kennisagenda_items": "kennisagenda_item",
    "themasamenwerkingen": "themasamenwerking",
    "themas": "thema",
    "gemeenten": "gemeente",
}


@dataclass(frozen=True)
class SetupOption:
    """A werkplaats the first-run setup offers: one of the national code list (``code`` set),
    or one already in this file that is not on it (``code`` None: taken by its name)."""

    naam: str
    code: str | None
    provincie_code: str | None
    penvoerder: str


@dataclass(frozen=True)
class SetupChoices:
    """What the first-run setup offers, read once: the werkplaatsen to choose from, the other
    names the sources use for those of the national list, and the hogescholen to name as
    penvoerder (this file's partners of that type and the national list's penvoerders)."""

    werkplaatsen: list[SetupOption]
    #: folded other name -> national code ("wmo-werkplaats den haag" -> WSD-SIO)
    other_names: dict[str, str]
    penvoerders: list[str]

    def reading(self, typed: str) -> SetupOption | None:
        """What a typed werkplaats name means: the option with that name (or another name
        the sources use for it), compared folded (case, accents, spaces); None: a new
        werkplaats with that name."""
        needle = fold(typed)
        if not needle:
            return None
        found = next((o for o in self.werkplaatsen if fold(o.naam) == needle), None)
        if found is None and needle in self.other_names:
            code = self.other_names[needle]
            found = next((o for o in self.werkplaatsen if o.code == code), None)
        return found

    def near(self, typed: str) -> list[SetupOption]:
        """The options whose name contains what was typed (for "did you mean")."""
        needle = fold(typed)
        return [o for o in self.werkplaatsen if needle and needle in fold(o.naam)]


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path | ServerTarget
    schema_revision: str
    program_revision: str
    voorbeelddata: bool
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "bestand": str(self.path),
            "schemaversie": self.schema_revision,
            "schemaversie_programma": self.program_revision,
            "upgrade_nodig": self.schema_revision != self.program_revision,
            "voorbeelddata": self.voorbeelddata,
            "aantallen": self.counts,
        }


def _counts(execute: Any, tables: set[str]) -> dict[str, int]:
    return {key: (execute(f'SELECT count(*) FROM "{table}"') if table in tables else 0)
            for key, table in COUNT_KEYS.items()}


def read_info(path: Path | ServerTarget) -> DatabaseInfo:
    """Describe the file at ``path`` (or the server database) without changing it (not even
    an upgrade).

    Raises SchemaError for a file that is not a Werkplaats database or is too new."""
    if isinstance(path, ServerTarget):
        return _read_server_info(path)
    if not path.exists():
        raise FileNotFoundError(f"Het bestand {path} bestaat niet.")
    refuse_if_interrupted(path)
    state = inspect_file(path)
    check_openable(state, path)
    conn: sqlite3.Connection = connect_raw(path, readonly=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = _counts(lambda sql: conn.execute(sql).fetchone()[0], tables)
        demo = False
        if "meta" in tables:
            row = conn.execute("SELECT waarde FROM meta WHERE sleutel = ?",
                               (DEMO_KEY,)).fetchone()
            demo = bool(row and row[0] == DEMO_YES)
    finally:
        conn.close()
    return DatabaseInfo(path=path, schema_revision=state.revision or "",
                        program_revision=head_revision(), voorbeelddata=demo, counts=counts)


def _read_server_info(target: ServerTarget) -> DatabaseInfo:
    from werkplaats_desktop.store import pg

    state = pg.inspect_server(target)
    pg.check_openable(state, target)
    if state.blank:
        raise SchemaError(f"De database {target.name} is leeg: maak de tabellen met "
                          f"'werkplaats nieuw {target.url}'.")
    engine = pg.make_engine(target)
    try:
        with engine.connect() as conn:
            counts = _counts(lambda sql: conn.execute(text(sql)).scalar(),
                             set(orm.Base.metadata.tables))
            demo = conn.execute(text("SELECT waarde FROM meta WHERE sleutel = :k"),
                                {"k": DEMO_KEY}).scalar() == DEMO_YES
    finally:
        engine.dispose()
    return DatabaseInfo(path=target, schema_revision=state.revision or "",
                        program_revision=head_revision(), voorbeelddata=demo, counts=counts)


class InfoService:
    def __init__(self, db: Database):
        self.db = db

    def counts(self) -> dict[str, int]:
        with self.db.read() as s:
            tables = set(orm.Base.metadata.tables)
            return _counts(lambda sql: s.scalar(text(sql)), tables)

    def needs_setup(self) -> bool:
        """Is this a new file, to be set up first (the window's welcome page)? True when it
        holds no records of any kind: no werkplaats (so none of its own either), partner,
        project, activity, product, person, ... (the themes and gemeenten every new file
        comes with do not count), and is not the demo. A file with records but no own
        werkplaats (an older file, a national overview, the demo) never needs it."""
        if self.db.is_server:
            return False  # a shared database is never "set up" as one werkplaats's file
        with self.db.read() as s:
            if is_demo(s):
                return False
            tables = set(orm.Base.metadata.tables)
            return not any(
                s.scalar(text(f'SELECT EXISTS (SELECT 1 FROM "{table}")'))
                for key, table in COUNT_KEYS.items()
                if key not in REFERENCE_COUNTS and table in tables)

    def can_set_up(self) -> bool:
        """May the user still choose this file's own werkplaats (Bestand > Mijn werkplaats
        instellen)? Only while it has none, and never in the demo (made-up figures of all
        fourteen werkplaatsen, no one's own file), nor on a shared database."""
        if self.db.is_server or self.eigen_werkplaats_id() is not None:
            return False
        with self.db.read() as s:
            return not is_demo(s)

    def setup_choices(self) -> SetupChoices:
        """The choices of the first-run setup (see :class:`SetupChoices`)."""
        from werkplaats_desktop.services.identity import NationalList, is_national

        with self.db.read() as s:
            national = NationalList.load(s)
            options = [SetupOption(e.naam, e.code, e.provincie_code, e.penvoerder)
                       for e in sorted(national.entries, key=lambda e: fold(e.naam))]
            known = {fold(o.naam) for o in options}
            W, P = orm.Werkplaats, orm.Partner
            penvoerder_of = dict(s.execute(select(P.id, P.naam)
                                           .where(P.type == PartnerType.HOGESCHOOL.value)).all())
            for naam, code, provincie, penvoerder_id in s.execute(
                    select(W.naam, W.code, W.provincie_code, W.penvoerder_id).order_by(W.naam)):
                if is_national(code) or fold(naam) in known:
                    continue  # the national list's entry stands for it
                known.add(fold(naam))
                penvoerder = penvoerder_of.get(penvoerder_id, "") if penvoerder_id else ""
                options.append(SetupOption(naam, None, provincie, penvoerder))
            other = {name: code for name, code in national.by_name.items()
                     if fold(national.by_code[code].naam) != name}
        penvoerders: dict[str, str] = {}
        for naam in [*penvoerder_of.values(), *(e.penvoerder for e in national.entries)]:
            if naam:
                penvoerders.setdefault(fold(naam), naam)
        options.sort(key=lambda o: fold(o.naam))
        return SetupChoices(options, other, sorted(penvoerders.values(), key=fold))

    def eigen_werkplaats_id(self) -> int | None:
        """The file's own werkplaats (chosen at setup), or None when it has none (a new file,
        the demo, a national overview, a shared database: see :data:`GEDEELD_GEEN_EIGEN`)."""
        if self.db.is_server:
            return None
        with self.db.read() as s:
            uuid = s.scalar(select(orm.Meta.waarde).where(orm.Meta.sleutel == EIGEN_KEY))
            if not uuid:
                return None
            return s.scalar(select(orm.Werkplaats.id).where(orm.Werkplaats.uuid == uuid))

    def set_eigen_werkplaats(self, werkplaats_id: int | None) -> None:
        """Make ``werkplaats_id`` the file's own werkplaats (None: none). One undo step.
        Refused on a shared database (:data:`GEDEELD_GEEN_EIGEN`)."""
        self._refuse_on_server()
        with self.db.write("Eigen werkplaats gekozen") as s:
            if werkplaats_id is None:
                row = s.get(orm.Meta, EIGEN_KEY)
                if row is not None:
                    s.delete(row)
                return
            werkplaats = s.get(orm.Werkplaats, werkplaats_id)
            if werkplaats is None:
                raise LookupError(f"De werkplaats met nummer {werkplaats_id} bestaat niet.")
            s.merge(orm.Meta(sleutel=EIGEN_KEY, waarde=werkplaats.uuid))

    def _refuse_on_server(self) -> None:
        if self.db.is_server:
            raise v.ValidationError([v.FieldError("code", GEDEELD_GEEN_EIGEN)])

    def eigen_werkplaats_naam(self) -> str | None:
        """The name of the file's own werkplaats (for the title bar), or None."""
        wid = self.eigen_werkplaats_id()
        if wid is None:
            return None
        with self.db.read() as s:
            return s.scalar(select(orm.Werkplaats.naam).where(orm.Werkplaats.id == wid))

    def start_own_werkplaats(self, code: str | None, naam: str, penvoerder: str | None,
                             provincie_code: str | None) -> int:
        """First-run setup: make this file the file of one werkplaats, in one transaction and
        one undo step. Takes the werkplaats with national ``code`` (made from the national
        code list when it is not here yet), or, without a code, the werkplaats here with this
        name or a new one (with a generated code, or the national code its name has). A
        ``penvoerder`` (a hogeschool's name) that is not a partner yet becomes one. Returns the
        werkplaats's id; raises ``ValidationError`` (Dutch, per field) and changes nothing when
        something is wrong."""
        # the registry imports the rules, which read this module's EIGEN_KEY: imported here
        from werkplaats_desktop.services import catalog
        from werkplaats_desktop.services.identity import NationalList
        from werkplaats_desktop.services.records import RecordService

        code = (code or "").strip().upper() or None
        naam = (naam or "").strip()
        penvoerder = (penvoerder or "").strip() or None
        provincie_code = (provincie_code or "").strip().upper() or None
        self._refuse_on_server()
        werkplaatsen = RecordService(self.db, catalog.WERKPLAATS)
        partners = RecordService(self.db, catalog.PARTNER)
        with self.db.write(f"Eigen werkplaats ingesteld: {naam or code}") as s:
            c = v.Checker()
            national = NationalList.load(s)
            entry = national.by_code.get(code) if code else None
            if code and entry is None:
                c.add("code", v.ONBEKEND, waarde=code)
            if not code:
                c.required("naam", naam)
            if provincie_code and s.get(orm.Provincie, provincie_code) is None:
                c.add("provincie_code", v.ONBEKEND, waarde=provincie_code)
            c.raise_if_any()
            W = orm.Werkplaats
            if code:
                found = s.scalar(select(W.id).where(W.code == code))
            else:
                found = next((i for i, n in s.execute(select(W.id, W.naam))
                              if fold(n) == fold(naam)), None)
            partner_id = None
            if penvoerder:
                partner_id = next((i for i, n in s.execute(select(orm.Partner.id,
                                                                  orm.Partner.naam))
                                   if fold(n) == fold(penvoerder)), None)
                if partner_id is None:
                    partner_id = partners.add(s, m.Partner(
                        naam=penvoerder, type=PartnerType.HOGESCHOOL,
                        provincie_code=provincie_code or (entry.provincie_code if entry
                                                          else None))).id
            if found is None:
                record = m.Werkplaats(
                    naam=naam or (entry.naam if entry else ""), code=code or "",
                    type=WerkplaatsType.WMO_WERKPLAATS if entry
                    else WerkplaatsType.WERKPLAATS_SOCIAAL_DOMEIN,
                    penvoerder_id=partner_id,
                    provincie_code=provincie_code or (entry.provincie_code if entry else None),
                    startjaar=entry.startjaar if entry else None)
                found = werkplaatsen.add(s, record).id
            elif partner_id is not None:
                row = s.get(W, found)
                if row is not None and row.penvoerder_id is None:
                    row.penvoerder_id = partner_id
            row = s.get(W, found)
            assert row is not None
            s.merge(orm.Meta(sleutel=EIGEN_KEY, waarde=row.uuid))
            return int(row.id)

    def is_demo(self) -> bool:
        with self.db.read() as s:
            return is_demo(s)
