"""Bulk edit: one change applied to several selected records, saved as one undo step."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import AgendaStatus, O, ProjectStatus
from werkplaats_desktop.services.records import RecordService
from werkplaats_desktop.store import orm


def add_theme(service: RecordService, ids: Iterable[int], thema_id: int) -> int:
    """Add a theme to every selected record that has themes (others keep theirs)."""

    def change(record: m.Record) -> None:
        themes = record.thema_ids  # type: ignore[attr-defined]
        if thema_id not in themes:
            themes.append(thema_id)

    return service.update_many(ids, change, f"Thema toegevoegd aan {service.d.plural}")


def set_status(service: RecordService, ids: Iterable[int],
               status: ProjectStatus | AgendaStatus) -> int:
    def change(record: m.Record) -> None:
        record.status = status  # type: ignore[attr-defined]

    return service.update_many(ids, change, f"Status gewijzigd van {service.d.plural}")


def other_kinds(service: RecordService, ids: Iterable[int], o: O) -> list[int]:
    """The activities among ``ids`` whose kind (``subtype``) does not belong to ``o``: a bulk
    O change must ask what to do with them (it never clears a kind silently)."""
    a, kinds = orm.Activiteit, _kinds_of(service, o)
    ids = list(ids)
    found: list[int] = []
    with service.db.read() as s:
        for start in range(0, len(ids), 500):
            found += s.scalars(select(a.id).where(
                a.id.in_(ids[start:start + 500]), a.subtype.is_not(None),
                a.subtype.not_in(kinds) if kinds else a.subtype.is_not(None)))
    return found


def _kinds_of(service: RecordService, o: O) -> set[str]:
    with service.db.read() as s:
        return set(s.scalars(select(orm.ActiviteitSubtype.code)
                             .where(orm.ActiviteitSubtype.o == str(o))))


def set_o(service: RecordService, ids: Iterable[int], o: O,
          kind_for_others: str | None = None) -> int:
    """Set the O of activities (one undo step). An activity whose kind belongs to another O
    gets ``kind_for_others`` (a kind of ``o``), or, when that is None, is left as it is
    (see :func:`other_kinds`). Returns how many activities changed."""
    of_o = _kinds_of(service, o)
    if kind_for_others is not None and kind_for_others not in of_o:
        raise ValueError(f"'{kind_for_others}' is geen soort activiteit van {o.label}.")
    ids = list(ids)
    skipped = set() if kind_for_others is not None else set(other_kinds(service, ids, o))
    wanted = [i for i in ids if i not in skipped]

    def change(record: m.Record) -> None:
        assert isinstance(record, m.Activiteit)
        record.o = o
        if record.subtype and record.subtype not in of_o:
            record.subtype = kind_for_others

    if not wanted:
        return 0
    return service.update_many(wanted, change, "O gewijzigd van activiteiten")
