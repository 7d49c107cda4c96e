"""Bulk edit: one change applied to several selected records, saved as one undo step."""

from __future__ import annotations

from collections.abc import Iterable

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import AgendaStatus, O, ProjectStatus
from werkplaats_desktop.services.records import RecordService


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


def set_o(service: RecordService, ids: Iterable[int], o: O) -> int:
    """Set the O of activities; a kind of activity that belongs to another O is cleared."""

    def change(record: m.Record) -> None:
        assert isinstance(record, m.Activiteit)
        if record.o != o:
            record.o = o
            record.subtype = None

    return service.update_many(ids, change, "O gewijzigd van activiteiten")
