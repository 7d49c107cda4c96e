"""A shared database after its server dropped the program's connections (a restart, an
administrator's pg_terminate_backend): the next action works again on a new connection, and
other users' changes keep arriving, those made while the program was cut off included."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.factories import small_werkplaats
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Change, ChangeKind, Database
from werkplaats_desktop.store.undo import UndoConflict


@pytest.fixture
def shared(pg_server: Any, pg_template: str) -> Iterator[tuple[Any, str]]:
    name = pg_server.new_database(pg_template)
    yield pg_server, name
    pg_server.drop_database(name)


def cut_off(server: Any, name: str) -> int:
    """What a server restart does to the program: every session on the database ends."""
    with server.psql_connect() as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()", (name,)).fetchall()
        # the sessions end a moment after the signal (as at a restart: nobody acts within
        # milliseconds of it); wait until they are gone
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND pid <> pg_backend_pid()", (name,)).fetchone()[0]:
            time.sleep(0.05)
    return len(rows)


def next_remote_change(db: Database, seconds: float = 10) -> Change | None:
    """Poll as the window's timer does until another user's change is announced."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        change = db.poll_remote_changes()
        if change is not None:
            return change
        time.sleep(0.1)
    return None


def test_after_the_server_dropped_the_connections_the_program_goes_on(
        shared: tuple[Any, str]) -> None:
    server, name = shared
    db = Database.open(server.target(name))
    seen: list[Change] = []
    db.subscribe(seen.append)
    try:
        services = Services(db)
        small_werkplaats(services)
        db.poll_remote_changes()  # listening from now on
        assert cut_off(server, name) >= 2  # the window's connection and the listener
        # another user changes a project while this program is cut off
        with Database.open(server.target(name)) as other:
            svc = Services(other).projecten
            project = svc.all()[0]
            svc.update(dataclasses.replace(project, naam="Gewijzigd terwijl u weg was"))
        # the first action after the cut works: the dropped connection is noticed before it
        # is used, and a new one is made
        names = [p.naam for p in services.projecten.all()]
        assert "Gewijzigd terwijl u weg was" in names
        # and saving works again (the undo log is written on the new connection), and undo
        own = services.projecten.all()[0]
        services.projecten.update(dataclasses.replace(own, naam="Na de herstart opgeslagen"))
        assert services.projecten.get(own.id).naam == "Na de herstart opgeslagen"
        db.undo()
        assert services.projecten.get(own.id).naam == "Gewijzigd terwijl u weg was"
        # what was done before the cut is no longer in the undo history (its log is gone)
        assert db.undo() is None
        # the change made while cut off is announced: every page refreshes
        remote = next_remote_change(db)
        assert remote is not None and remote.kind is ChangeKind.REMOTE
        assert "project" in remote.tables
        # and later changes by others arrive as before
        with Database.open(server.target(name)) as other:
            svc = Services(other).projecten
            svc.update(dataclasses.replace(svc.all()[0], naam="Daarna gewijzigd"))
        later = next_remote_change(db)
        assert later is not None and "project" in later.tables
    finally:
        db.close()


def test_undo_of_a_step_from_before_the_cut_is_refused_in_dutch(
        shared: tuple[Any, str]) -> None:
    server, name = shared
    db = Database.open(server.target(name))
    try:
        services = Services(db)
        small_werkplaats(services)
        own = services.projecten.all()[0]
        services.projecten.update(dataclasses.replace(own, naam="Voor de herstart"))
        cut_off(server, name)
        assert services.projecten.get(own.id).naam == "Voor de herstart"  # read anew at once
        with pytest.raises(UndoConflict, match="verbinding met de server is verbroken"):
            db.undo()
        assert services.projecten.get(own.id).naam == "Voor de herstart"  # nothing changed
        assert db.undo() is None  # the history before the cut is forgotten
    finally:
        db.close()
