"""Create, read, update and delete for every kind of record, through one engine.

Each kind is described once by an :class:`EntityDef` in the registry (``catalog.py``): its ORM
class, its dataclass, its rules, the references that must exist, its link lists (themes,
partners with a role, pilot gemeenten...), its list and its export file. :class:`RecordService`
does the rest the same way for all: validate everything first (the record's own rules, then
the rules between records of ``rules.py``, the same ones the import applies), write in one
transaction, return the stored record as a dataclass. A refused record changes nothing and
raises :class:`~werkplaats_desktop.domain.validation.ValidationError` with Dutch messages.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.validation import (
    NOG_IN_GEBRUIK,
    ONBEKEND,
    ONBEKEND_THEMA,
    PAST_NIET,
    Checker,
    FieldError,
    ValidationError,
    normalize,
)
from werkplaats_desktop.services import rules as rules_
from werkplaats_desktop.services.impact import Impact, delete_impact
from werkplaats_desktop.services.lists.model import ListSpec
from werkplaats_desktop.store import Database, orm
from werkplaats_desktop.store.orm import Base

R = TypeVar("R", bound=m.Record)

#: a field that someone else changed meanwhile (templates are Dutch; tr via FieldError.format)
GEWIJZIGD_DOOR_ANDER = QT_TRANSLATE_NOOP(
    "Validatie", "{veld} is intussen door iemand anders gewijzigd: opgeslagen is nu "
                 "'{theirs}', u gaf '{mine}'.")
GEWIJZIGD_ZONDER_VELD = QT_TRANSLATE_NOOP(
    "Validatie", "Deze gegevens zijn intussen door iemand anders opgeslagen (versie {theirs}; "
                 "u opende versie {mine}). Laad ze opnieuw en pas uw wijziging dan opnieuw toe.")


#: a shared database's row-level security hid the row from the update (store/pg_roles.py)
GEEN_RECHT = QT_TRANSLATE_NOOP(
    "Validatie", "U mag deze gegevens niet wijzigen: ze horen bij een andere werkplaats (de "
                 "rechten op de gedeelde database). Er is niets opgeslagen.")


#: deleting on a shared database, refused by its rights (store/pg_roles.py): a shared record
#: (a partner, person, theme: no DELETE right) or a record of another werkplaats (row-level
#: security hides it from the DELETE)
GEEN_RECHT_GEDEELD = QT_TRANSLATE_NOOP(
    "Validatie", "U mag geen {wat} verwijderen: een {wat} wordt gedeeld door alle werkplaatsen "
                 "in de gedeelde database, en alleen de beheerder van de database mag gedeelde "
                 "gegevens verwijderen. Er is niets verwijderd.")
GEEN_RECHT_VERWIJDEREN = QT_TRANSLATE_NOOP(
    "Validatie", "U mag dit niet verwijderen: het is een {wat} van een andere werkplaats (de "
                 "rechten op de gedeelde database). Er is niets verwijderd.")
#: bulk edit on a shared database: some of the chosen records are another werkplaats's (row-level
#: security hides them from the UPDATE); nothing is changed
GEEN_RECHT_AANTAL = QT_TRANSLATE_NOOP(
    "Validatie", "U mag {aantal} van de {totaal} gekozen {wat} niet wijzigen: ze horen bij een "
                 "andere werkplaats (de rechten op de gedeelde database). Er is niets opgeslagen; "
                 "kies alleen records van uw eigen werkplaats.")
#: bulk edit chosen over records of which some are another werkplaats's: said before the edit
GEEN_RECHT_KEUZE = QT_TRANSLATE_NOOP(
    "Validatie", "U mag {aantal} van de {totaal} gekozen {wat} niet wijzigen: ze horen bij een "
                 "andere werkplaats (de rechten op de gedeelde database). Kies alleen records "
                 "van uw eigen werkplaats.")
#: a form opened on a record the login may not change (a shared database): shown read only
ALLEEN_BEKIJKEN = QT_TRANSLATE_NOOP(
    "Validatie", "Dit is een {wat} van een andere werkplaats. U kunt de gegevens bekijken, maar "
                 "niet wijzigen: dat mag alleen die werkplaats of de beheerder van de gedeelde "
                 "database.")
AL_VERWIJDERD = QT_TRANSLATE_NOOP(
    "Validatie", "Iemand anders heeft intussen al verwijderd wat u wilde verwijderen (een "
                 "{wat}). Er is niets verwijderd.")


@dataclass(frozen=True)
class Conflict:
    field: str
    mine: Any
    theirs: Any


class ConflictError(ValidationError):
    """A save refused because the stored record changed since it was read (someone else saved
    it: a shared database). ``conflicts`` names each field with both values; ``current`` is
    the stored record, for "Opnieuw laden". Nothing was written."""

    def __init__(self, conflicts: list[Conflict], current: m.Record, mine_version: int | None):
        self.conflicts = conflicts
        self.current = current
        errors = [FieldError(c.field, GEWIJZIGD_DOOR_ANDER,
                             {"mine": _shown(c.mine), "theirs": _shown(c.theirs)})
                  for c in conflicts]
        if not errors:
            errors = [FieldError("id", GEWIJZIGD_ZONDER_VELD,
                                 {"mine": mine_version, "theirs": current.version})]
        super().__init__(errors)


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(leeg)"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


class NotFound(LookupError):
    """The record does not exist (any more); the message is Dutch."""


@dataclass(frozen=True)
class LinkList:
    """A list on the dataclass stored in a link table, e.g. ``Project.thema_ids``.

    ``item`` is None for a plain list of ids; otherwise a dataclass whose first field is the
    other side's id and whose remaining fields are extra columns of the link table."""

    attr: str
    table: Table
    own: str
    other: str
    target: type[Base]
    item: type | None = None


@dataclass(frozen=True)
class EntityDef(Generic[R]):
    """What a kind of record is (see ``catalog.py`` for all of them)."""

    key: str
    #: Dutch name of one record and of several, for messages ("project", "projecten")
    singular: str
    plural: str
    orm: type[Base]
    model: type[R]
    #: the rules that need nothing but the record (``domain/validation.py``)
    check: Callable[[R], Checker]
    #: its list in the GUI: columns and filters
    listing: ListSpec
    #: its file in a full export (``exchange/formats.py``)
    exchange_file: str
    #: the rules between records (unique names, same werkplaats, ...), for form and import
    rules: tuple[rules_.Rule, ...] = ()
    #: reference fields that must point at an existing row: field -> ORM class
    refs: dict[str, type[Base]] = field(default_factory=dict)
    links: tuple[LinkList, ...] = ()
    #: the field that names a record ("naam", "titel", "vraagstuk")
    title: str = "naam"
    #: personal data: a deleted record's UUID goes to ``vergeten_record`` in the same step,
    #: so no import brings it back (undo, which restores the record, removes it again)
    remember_deleted: bool = False
    #: fills in what the program decides before a record is checked and saved (a new
    #: werkplaats's code: ``services/identity.give_code``)
    prepare: Callable[[Session, Any], None] | None = None

    @property
    def table(self) -> str:
        return self.orm.__tablename__  # type: ignore[attr-defined, no-any-return]


# --- conversion between ORM rows and dataclasses ------------------------------------------------


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(model: type) -> dict[str, Any]:
    """The resolved type hints of a dataclass (cached: they never change)."""
    if model not in _HINTS:
        _HINTS[model] = typing.get_type_hints(model)
    return _HINTS[model]


def _enum_of(hint: Any) -> type[Enum] | None:
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        for arg in typing.get_args(hint):
            if isinstance(arg, type) and issubclass(arg, Enum):
                return arg
    return None


_COLUMNS: dict[str, list[str]] = {}


def _columns(d: EntityDef[Any]) -> list[str]:
    """The table's columns that are fields of the dataclass (cached: they never change)."""
    if d.key not in _COLUMNS:
        names = {f.name for f in dataclasses.fields(d.model)}
        _COLUMNS[d.key] = [c.name for c in d.orm.__table__.columns  # type: ignore[attr-defined]
                           if c.name in names]
    return _COLUMNS[d.key]


def _to_model(session: Session, d: EntityDef[R], row: Any) -> R:
    hints = _hints(d.model)
    values: dict[str, Any] = {}
    for name in _columns(d):
        value = getattr(row, name)
        enum_cls = _enum_of(hints[name])
        if value is not None and enum_cls is not None and not isinstance(value, enum_cls):
            value = enum_cls(value)
        values[name] = value
    for link in d.links:
        values[link.attr] = _read_link(session, link, row.id)
    return d.model(**values)


def _read_link(session: Session, link: LinkList, own_id: int) -> list[Any]:
    t = link.table
    if link.item is None:
        rows = session.execute(
            select(t.c[link.other]).where(t.c[link.own] == own_id).order_by(t.c[link.other])
        )
        return [r[0] for r in rows]
    item_fields = [f.name for f in dataclasses.fields(link.item)]
    extra = item_fields[1:]
    rows = session.execute(
        select(t.c[link.other], *(t.c[x] for x in extra))
        .where(t.c[link.own] == own_id)
        .order_by(t.c[link.other], *(t.c[x] for x in extra))
    )
    hints = _hints(link.item)
    result = []
    for r in rows:
        kwargs = {item_fields[0]: r[0]}
        for i, name in enumerate(extra, start=1):
            enum_cls = _enum_of(hints[name])
            kwargs[name] = enum_cls(r[i]) if enum_cls and r[i] is not None else r[i]
        result.append(link.item(**kwargs))
    return result


def _link_rows(link: LinkList, items: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The link rows of ``items``, once each, in the order given (so the same input always
    writes the same file: a set's order would follow Python's per-process string hashing)."""
    if link.item is None:
        rows = [(i,) for i in items]
    else:
        names = [f.name for f in dataclasses.fields(link.item)]
        rows = [tuple(_plain(getattr(item, n)) for n in names) for item in items]
    return list(dict.fromkeys(rows))


def _plain_value(value: Any) -> Any:
    """A field's value for comparing two versions of a record (enums as their value, link
    lists as sorted plain values)."""
    if isinstance(value, list):
        return sorted(repr(_plain_value(v)) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(_plain_value(v) for v in dataclasses.astuple(value))
    return _plain(value)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _write_link(session: Session, link: LinkList, own_id: int, items: Sequence[Any]) -> None:
    """Bring the link table to ``items`` with the fewest row changes (so undo stays small)."""
    t = link.table
    cols = [link.other] + ([f.name for f in dataclasses.fields(link.item)][1:] if link.item else [])
    current = {
        tuple(r)
        for r in session.execute(select(*(t.c[c] for c in cols)).where(t.c[link.own] == own_id))
    }
    ordered = _link_rows(link, items)
    wanted = set(ordered)
    for row in current - wanted:
        cond = [t.c[link.own] == own_id] + [t.c[c] == v for c, v in zip(cols, row, strict=True)]
        session.execute(delete(t).where(*cond))
    new = [{link.own: own_id, **dict(zip(cols, row, strict=True))}
           for row in ordered if row not in current]
    if new:
        session.execute(insert(t), new)


# --- the service ----------------------------------------------------------------------------------


class RecordService(Generic[R]):
    """CRUD for one kind of record. All methods run on the window's thread."""

    def __init__(self, db: Database, definition: EntityDef[R]):
        self.db = db
        self.d = definition

    # reading

    def get(self, record_id: int) -> R:
        with self.db.read() as s:
            return self._get(s, record_id)

    def _get(self, s: Session, record_id: int) -> R:
        row = s.get(self.d.orm, record_id)
        if row is None:
            raise NotFound(f"De {self.d.singular} met nummer {record_id} bestaat niet (meer).")
        return _to_model(s, self.d, row)

    def by_uuid(self, uuid: str) -> R | None:
        with self.db.read() as s:
            row = s.scalars(select(self.d.orm).where(self.d.orm.uuid == uuid)).first()  # type: ignore[attr-defined]
            return _to_model(s, self.d, row) if row is not None else None

    def all(self) -> list[R]:
        """Every record of this kind (for small tables and tests; lists use ListService)."""
        with self.db.read() as s:
            rows = s.scalars(select(self.d.orm).order_by(self.d.orm.id))  # type: ignore[attr-defined]
            return [_to_model(s, self.d, row) for row in rows]

    def count(self) -> int:
        with self.db.read() as s:
            return s.scalar(select(func.count()).select_from(self.d.orm)) or 0

    def impact(self, record_id: int) -> Impact:
        """What a delete of this record would also delete or unlink (ask before deleting)."""
        with self.db.read() as s:
            return delete_impact(s, self.d.table, record_id)

    def describe(self, record: R) -> str:
        """``project 'Samen DOEN'``: how messages and undo steps name a record."""
        title = str(getattr(record, self.d.title) or "").strip().replace("\n", " ")
        if len(title) > 60:
            title = title[:57] + "..."
        return f"{self.d.singular} '{title}'"

    # writing

    def create(self, record: R) -> R:
        """Validate and store a new record (one transaction, one undo step)."""
        with self.db.write(f"Nieuw: {self.describe(record)}") as s:
            return self.add(s, record)

    def add(self, s: Session, record: R) -> R:
        """Validate and store a new record inside the caller's transaction (for building many
        records as one step: the demo, tests). A given ``uuid`` is kept."""
        record = dataclasses.replace(record, id=None, created_at=None, updated_at=None,
                                     version=None)
        normalize(record)
        if self.d.prepare is not None:
            self.d.prepare(s, record)
        self._validate(s, record)
        row = self.d.orm()
        if record.uuid:
            row.uuid = record.uuid  # type: ignore[attr-defined]
        self._apply(s, row, record)
        return _to_model(s, self.d, row)

    def update(self, record: R) -> R:
        if record.id is None:
            raise NotFound(f"De {self.d.singular} heeft nog geen nummer; maak hem eerst aan.")
        record = dataclasses.replace(record)
        record_id = record.id
        assert record_id is not None  # (checked above)
        normalize(record)
        try:
            with self.db.write(f"Gewijzigd: {self.describe(record)}") as s:
                row = s.get(self.d.orm, record.id)
                if row is None:
                    raise NotFound(f"De {self.d.singular} bestaat niet (meer).")
                self._refuse_if_stale(s, row, record)
                if self.d.prepare is not None:
                    self.d.prepare(s, record)
                self._validate(s, record)
                self._apply(s, row, record)
                return _to_model(s, self.d, row)
        except StaleDataError as exc:  # saved by someone else between the check and the write
            current = self.get(record_id)
            if current.version == record.version:  # not changed: the server refused the row
                raise ValidationError([FieldError("id", GEEN_RECHT)]) from exc
            raise ConflictError([], current, record.version) from exc

    def _refuse_if_stale(self, s: Session, row: Any, record: R) -> None:
        """Optimistic concurrency: the record was read at ``record.version``; when the stored
        version is newer, someone else saved it meanwhile. Refused with both values of every
        field that differs (the GUI offers to reload)."""
        if record.version is None or record.version == row.version:
            return
        current = _to_model(s, self.d, row)
        skip = {"id", "uuid", "created_at", "updated_at", "version"}
        conflicts = [Conflict(f.name, getattr(record, f.name), getattr(current, f.name))
                     for f in dataclasses.fields(record)
                     if f.name not in skip
                     and _plain_value(getattr(record, f.name))
                     != _plain_value(getattr(current, f.name))]
        raise ConflictError(conflicts, current, record.version)

    def delete(self, record_id: int) -> None:
        """Delete the record and what depends on it (see ``impact.py`` for what that is)."""
        self.delete_many([record_id])

    def delete_many(self, ids: Sequence[int]) -> int:
        """Delete several records as one step; if one cannot go, none goes."""
        ids = list(ids)
        if len(ids) == 1:
            label = f"Verwijderd: {self.describe(self.get(ids[0]))}"
        else:
            label = f"Verwijderd: {len(ids)} {self.d.plural}"
        wat = {"wat": self.d.singular}
        try:
            with self.db.write(label) as s:
                self._validate_delete(s, ids)
                for record_id in ids:
                    row = s.get(self.d.orm, record_id)
                    if row is None:
                        raise NotFound(f"De {self.d.singular} bestaat niet (meer).")
                    if self.d.remember_deleted:
                        s.merge(
                            orm.VergetenRecord(
                                uuid=row.uuid,  # type: ignore[attr-defined]
                                tabel=self.d.table,
                            )
                        )  # type: ignore[attr-defined]
                    s.delete(row)
                    try:
                        s.flush()
                    except IntegrityError as exc:
                        raise ValidationError(
                            [FieldError("id", NOG_IN_GEBRUIK, wat)]) from exc
        except ProgrammingError as exc:  # the whole delete was rolled back
            if getattr(exc.orig, "sqlstate", None) == "42501":  # no DELETE right on the table
                raise ValidationError([FieldError("id", GEEN_RECHT_GEDEELD, wat)]) from exc
            raise
        except StaleDataError as exc:  # the DELETE found no row (rolled back too)
            still_there = [i for i in ids if self._exists(i)]
            template = GEEN_RECHT_VERWIJDEREN if len(still_there) == len(ids) else AL_VERWIJDERD
            raise ValidationError([FieldError("id", template, wat)]) from exc
        return len(ids)

    def _exists(self, record_id: int) -> bool:
        with self.db.read() as s:
            return s.get(self.d.orm, record_id) is not None

    def impact_many(self, ids: Sequence[int]) -> Impact:
        """The combined impact of deleting ``ids`` (rows counted once)."""
        with self.db.read() as s:
            return delete_impact(s, self.d.table, *ids)

    def update_many(self, ids: Iterable[int], change: Callable[[R], None], label: str) -> int:
        """Apply ``change`` to each record and save all of them as one step (bulk edit).
        Every record is validated; if one is refused, none is changed."""
        count = 0
        ids = list(ids)
        try:
            with self.db.write(label) as s:
                self._refuse_not_writable(s, ids)
                for record_id in ids:
                    record = self._get(s, record_id)
                    change(record)
                    normalize(record)
                    if self.d.prepare is not None:
                        self.d.prepare(s, record)
                    self._validate(s, record)
                    self._apply(s, s.get(self.d.orm, record_id), record)
                    count += 1
        except StaleDataError as exc:  # an UPDATE found no row after all (rolled back)
            raise ValidationError([FieldError("id", GEEN_RECHT)]) from exc
        return count

    def not_writable(self, ids: Iterable[int]) -> set[int]:
        """On a shared database: those of ``ids`` this login may not change (another
        werkplaats's records, or a table its role may not write). Empty on a file, where the
        one user may change everything. Asked before a form or a bulk edit is offered, so
        that nobody types a change that can only be refused."""
        wanted = list(dict.fromkeys(ids))
        if not self.db.is_server or not wanted:
            return set()
        with self.db.read() as s:
            return self._hidden(s, wanted, lock=False)

    def refusal(self, ids: Sequence[int]) -> FieldError | None:
        """Why this login may not change these records, or None: for one record, the reason
        its form opens read only; for a choice of several (bulk edit), how many of them are
        another werkplaats's, said before anything is asked."""
        wanted = list(dict.fromkeys(ids))
        hidden = self.not_writable(wanted)
        if not hidden:
            return None
        if len(wanted) == 1:
            return FieldError("id", ALLEEN_BEKIJKEN, {"wat": self.d.singular})
        return FieldError("id", GEEN_RECHT_KEUZE, {
            "aantal": len(hidden), "totaal": len(wanted), "wat": self.d.plural})

    def _hidden(self, s: Session, wanted: list[int], *, lock: bool) -> set[int]:
        """Those of ``wanted`` that exist but that an UPDATE by this login would not reach.
        ``SELECT ... FOR UPDATE`` (or the weakest lock, ``FOR KEY SHARE``, to only ask)
        applies the UPDATE policy of row-level security (store/pg_roles.py), so it returns
        exactly the rows an UPDATE would reach; the lock lasts until the transaction ends (a
        question's read ends at once). A table the login may not write at all: all of them."""
        table = self.d.orm
        existing: set[int] = set()
        reachable: set[int] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            where = table.id.in_(chunk)  # type: ignore[attr-defined]
            existing.update(s.scalars(select(table.id).where(where)))  # type: ignore[attr-defined]
            query = select(table.id).where(where)  # type: ignore[attr-defined]
            query = query.with_for_update() if lock else query.with_for_update(
                read=True, key_share=True)
            try:
                reachable.update(s.scalars(query))
            except ProgrammingError as exc:
                if lock or getattr(exc.orig, "sqlstate", None) != "42501":
                    raise
                return set(wanted)  # no right on the table at all
        return existing - reachable  # (one that does not exist: NotFound, as on a file)

    def _refuse_not_writable(self, s: Session, ids: Sequence[int]) -> None:
        """On a shared database, before a bulk change: refuse (Dutch, naming how many) when
        some of ``ids`` are rows the login may not change; the rows it may change stay
        locked until the change is done."""
        if not self.db.is_server or not ids:
            return
        wanted = list(dict.fromkeys(ids))
        hidden = self._hidden(s, wanted, lock=True)
        if hidden:
            raise ValidationError([FieldError("id", GEEN_RECHT_AANTAL, {
                "aantal": len(hidden), "totaal": len(wanted), "wat": self.d.plural})])

    # internals

    def _validate_delete(self, s: Session, ids: Sequence[int]) -> None:
        """The rules between records that guard deletes (a closed year: ``rules.py``)."""
        errors: list[FieldError] = []
        rules_.apply_delete(self.d.rules, rules_.RuleContext(s), self.d.table, ids,
                            lambda name, template, params: errors.append(
                                FieldError(name, template, params)))
        if errors:
            raise ValidationError(errors)

    def _apply(self, s: Session, row: Any, record: R) -> None:
        for name in _columns(self.d):
            if name in ("id", "uuid", "created_at", "updated_at", "version"):
                continue
            setattr(row, name, _plain(getattr(record, name)))
        s.add(row)
        try:
            s.flush()
            for link in self.d.links:
                _write_link(s, link, row.id, getattr(record, link.attr))
            s.flush()
        except IntegrityError as exc:
            raise ValidationError([FieldError("id", PAST_NIET, {"fout": str(exc.orig)})]) from exc
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient privilege (RLS)
                raise ValidationError([FieldError("id", GEEN_RECHT)]) from exc
            raise

    def problems(self, record: R) -> list[FieldError]:
        """What saving ``record`` would be refused for, without saving anything: the form
        shows these beside the fields it could not read, so that a user hears of every
        problem at once, not in rounds."""
        with self.db.read() as s:
            try:
                self._validate(s, dataclasses.replace(record))
            except ValidationError as exc:
                return list(exc.errors)
        return []

    def _validate(self, s: Session, record: R) -> None:
        c = self.d.check(record)
        for name, target in self.d.refs.items():
            value = getattr(record, name)
            if value is not None and s.get(target, _plain(value)) is None:
                c.add(name, ONBEKEND, waarde=_plain(value))
        for link in self.d.links:
            ids = [
                i if link.item is None else dataclasses.astuple(i)[0]
                for i in getattr(record, link.attr)
            ]
            if not ids:
                continue
            found = set(s.scalars(select(link.target.id).where(link.target.id.in_(ids))))  # type: ignore[attr-defined]
            for missing in [i for i in ids if i not in found]:
                if link.target is orm.Thema:
                    c.add(link.attr, ONBEKEND_THEMA, waarde=missing)
                else:
                    c.add(link.attr, ONBEKEND, waarde=missing)
        subject = rules_.Subject(
            {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)},
            record.id, lambda name, template, params: c.add(name, template, **params),
            change=lambda name, value: setattr(record, name, value))
        rules_.apply(self.d.rules, rules_.RuleContext(s), self.d.table, [subject])
        c.raise_if_any()
