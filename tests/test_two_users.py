"""Several people on one database: versions refuse a stale save, undo covers one's own changes,
other users' saves are announced.

Two users are two Database objects (two sessions) on the same PostgreSQL database. A SQLite
file has one user at a time (its lock), so there the "other user" is a second connection of
the same program (a background import does that).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.records import Conflict, ConflictError
from werkplaats_desktop.store import ChangeKind, Database, orm
from werkplaats_desktop.store.undo import UndoConflict


@pytest.fixture
def two(store: Any) -> Any:
    """(services of user A, a way for user B to write), on each store."""
    a = Database.open(store)
    if isinstance(store, Path):
        b = None
    else:
        b = Database.open(store)
    yield a, b
    a.close()
    if b is not None:
        b.close()


def rename_as_other_user(a: Database, b: Database | None, project_id: int, naam: str) -> None:
    if b is not None:  # another user on the server, through the services
        svc = Services(b).projecten
        svc.update(dataclasses.replace(svc.get(project_id), naam=naam))
        return
    with a.worker_session(write=True) as s:  # SQLite: another connection to the file
        row = s.get(orm.Project, project_id)
        assert row is not None
        row.naam = naam


def test_a_stale_save_is_refused_with_both_values(two: Any) -> None:
    a, b = two
    sa = Services(a)
    small = small_werkplaats(sa)
    mine = sa.projecten.get(small.project.id)  # A opens the form (version 1)
    rename_as_other_user(a, b, mine.id, "Naam van B")  # B saves first (version 2)

    with pytest.raises(ConflictError) as refused:
        sa.projecten.update(dataclasses.replace(mine, naam="Naam van A"))
    assert refused.value.conflicts == [Conflict("naam", "Naam van A", "Naam van B")]
    assert "opgeslagen is nu 'Naam van B', u gaf 'Naam van A'" in str(refused.value)
    assert refused.value.current.naam == "Naam van B"
    assert sa.projecten.get(mine.id).naam == "Naam van B"  # nothing of A's was written

    # "Opnieuw laden": the current record saves fine
    reloaded = refused.value.current
    saved = sa.projecten.update(dataclasses.replace(reloaded, naam="Naam van A"))
    assert saved.naam == "Naam van A" and saved.version == reloaded.version + 1  # type: ignore[operator]


def test_a_save_that_loses_the_race_is_refused_too(two: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The version check in the UPDATE itself (version_id_col), for a save that passed the
    service's check just before the other user's commit."""
    a, b = two
    sa = Services(a)
    small = small_werkplaats(sa)
    mine = sa.projecten.get(small.project.id)
    rename_as_other_user(a, b, mine.id, "Naam van B")
    monkeypatch.setattr(type(sa.projecten), "_refuse_if_stale", lambda *args: None)
    # the ORM row is read fresh in the write, so make it stale as the race would
    original = type(sa.projecten)._apply

    def apply_with_old_version(self: Any, s: Any, row: Any, record: m.Record) -> None:
        s.execute(orm.Project.__table__.update()  # type: ignore[attr-defined]
                  .where(orm.Project.id == row.id).values(version=row.version + 5))
        original(self, s, row, record)

    monkeypatch.setattr(type(sa.projecten), "_apply", apply_with_old_version)
    with pytest.raises(ConflictError, match="door iemand anders opgeslagen"):
        sa.projecten.update(dataclasses.replace(mine, naam="Naam van A"))
    assert sa.projecten.get(mine.id).naam == "Naam van B"


def test_two_users_on_one_server(pg_server: Any, pg_template: str) -> None:
    """A and B on one server database: each sees the other's saves at once, is told about
    them, and undoes only their own."""
    name = pg_server.new_database(pg_template)
    try:
        a = Database.open(pg_server.target(name))
        b = Database.open(pg_server.target(name))
        sa, sb = Services(a), Services(b)
        assert a.poll_remote_changes() is None  # starts listening
        small = small_werkplaats(sa)
        project_b = sb.projecten.create(m.Project(werkplaats_id=small.werkplaats.id,
                                                  naam="Project van B"))
        assert sa.projecten.get(project_b.id).naam == "Project van B"  # seen at once

        change = a.poll_remote_changes()
        assert change is not None and change.kind == ChangeKind.REMOTE
        assert "project" in change.tables
        assert a.poll_remote_changes() is None  # told once

        # A renames own project, B renames B's: A's undo takes back A's change only
        sa.projecten.update(dataclasses.replace(sa.projecten.get(small.project.id),
                                                naam="Hernoemd door A"))
        sb.projecten.update(dataclasses.replace(sb.projecten.get(project_b.id),
                                                naam="Hernoemd door B"))
        assert a.undo() is not None
        assert sa.projecten.get(small.project.id).naam == small.project.naam
        assert sa.projecten.get(project_b.id).naam == "Hernoemd door B"
        assert b.history.undo and len(b.history.undo) == 2  # B's own steps, untouched

        # an undo that would overwrite someone else's later save is refused
        sa.projecten.update(dataclasses.replace(sa.projecten.get(small.project.id),
                                                naam="Weer door A"))
        sb.projecten.update(dataclasses.replace(sb.projecten.get(small.project.id),
                                                naam="Daarna door B"))
        with pytest.raises(UndoConflict, match="iemand anders"):
            a.undo()
        assert sa.projecten.get(small.project.id).naam == "Daarna door B"
        a.close()
        b.close()
    finally:
        pg_server.drop_database(name)
