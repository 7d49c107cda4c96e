"""Who may write what on a shared database: row-level security proven with plain SQL.

``werkplaats rollen`` makes a role per werkplaats and the read-only role ``landelijk``; two
login roles, one of Amsterdam and one of Utrecht, then try to change each other's records
through psql-like connections (no program in between).
"""

from __future__ import annotations

from typing import Any

import pytest

from werkplaats_desktop.cli.main import main

psycopg = pytest.importorskip("psycopg")  # (a test dependency; see conftest.pg_server)


@pytest.fixture
def shared(pg_server: Any, pg_demo_template: str) -> Any:
    name = pg_server.new_database(pg_demo_template)
    assert main(["rollen", pg_server.url(name)]) == 0
    for login, role in (("anna", "wp_wsd_ams"), ("umit", "wp_wsd_utr"), ("lotte", "landelijk")):
        pg_server.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                          f"'{login}') THEN CREATE ROLE {login} LOGIN; END IF; END $$")
        pg_server.execute(f"GRANT {role} TO {login}")
    yield pg_server, name
    pg_server.drop_database(name)


def as_user(server: Any, name: str, login: str) -> psycopg.Connection[Any]:
    return psycopg.connect(server.url(name, login), autocommit=True)


def werkplaats_id(conn: psycopg.Connection[Any], code: str) -> int:
    row = conn.execute("SELECT id FROM werkplaats WHERE code = %s", (code,)).fetchone()
    assert row is not None
    return int(row[0])


def a_project(conn: psycopg.Connection[Any], wid: int) -> int:
    row = conn.execute("SELECT min(id) FROM project WHERE werkplaats_id = %s", (wid,)).fetchone()
    assert row is not None and row[0] is not None
    return int(row[0])


def test_a_werkplaats_writes_its_own_records_and_not_anothers(shared: Any) -> None:
    server, name = shared
    with as_user(server, name, "anna") as anna:
        ams, utr = werkplaats_id(anna, "WSD-AMS"), werkplaats_id(anna, "WSD-UTR")
        own, other = a_project(anna, ams), a_project(anna, utr)
        # reads everything
        assert anna.execute("SELECT count(*) FROM project WHERE werkplaats_id = %s",
                            (utr,)).fetchone()[0] > 0  # type: ignore[index]
        # own records: update, insert, delete
        assert anna.execute("UPDATE project SET naam = 'Van Anna' WHERE id = %s",
                            (own,)).rowcount == 1
        anna.execute("INSERT INTO project (uuid, werkplaats_id, naam, omschrijving, status, "
                     "created_at, updated_at) SELECT gen_random_uuid()::text, %s, "
                     "'Nieuw van Anna', '', status, now(), now() FROM project WHERE id = %s",
                     (ams, own))
        assert anna.execute("DELETE FROM project WHERE naam = 'Nieuw van Anna'").rowcount == 1
        # Utrecht's: not changed, not deleted, not added to, not moved into
        assert anna.execute("UPDATE project SET naam = 'Van Anna' WHERE id = %s",
                            (other,)).rowcount == 0
        assert anna.execute("DELETE FROM project WHERE id = %s", (other,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            anna.execute("INSERT INTO project (uuid, werkplaats_id, naam, omschrijving, status,"
                         " created_at, updated_at) SELECT gen_random_uuid()::text, %s, 'Stiekem',"
                         " '', status, now(), now() FROM project WHERE id = %s", (utr, other))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            anna.execute("UPDATE project SET werkplaats_id = %s WHERE id = %s", (utr, own))
        # link tables go with their parent
        thema = anna.execute("SELECT min(id) FROM thema").fetchone()[0]  # type: ignore[index]
        anna.execute("DELETE FROM project_thema WHERE project_id = %s", (own,))
        anna.execute("INSERT INTO project_thema VALUES (%s, %s)", (own, thema))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            anna.execute("INSERT INTO project_thema (project_id, thema_id) VALUES (%s, %s) "
                         "ON CONFLICT DO NOTHING", (other, thema))
        assert anna.execute("DELETE FROM project_thema WHERE project_id = %s",
                            (other,)).rowcount == 0
        # the other werkplaats's own row
        assert anna.execute("UPDATE werkplaats SET website = 'x' WHERE id = %s",
                            (utr,)).rowcount == 0
    with as_user(server, name, "umit") as umit:  # and the other way round
        assert umit.execute("SELECT naam FROM project WHERE id = %s",
                            (other,)).fetchone()[0] != "Van Anna"  # type: ignore[index]
        assert umit.execute("UPDATE project SET naam = 'Van Ümit' WHERE id = %s",
                            (other,)).rowcount == 1
        assert umit.execute("UPDATE project SET naam = 'Van Ümit' WHERE id = %s",
                            (own,)).rowcount == 0


def test_landelijk_reads_everything_and_writes_nothing(shared: Any) -> None:
    server, name = shared
    with as_user(server, name, "lotte") as lotte:
        assert lotte.execute("SELECT count(*) FROM activiteit").fetchone()[0] == 1345  # type: ignore[index]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            lotte.execute("UPDATE project SET naam = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            lotte.execute("DELETE FROM activiteit")


def test_the_program_itself_obeys_the_roles(shared: Any) -> None:
    """Through the services: Anna's save of Utrecht's project is refused by the server."""
    from werkplaats_desktop.domain.validation import ValidationError
    from werkplaats_desktop.services import Services
    from werkplaats_desktop.store import Database

    server, name = shared
    db = Database.open(server.target(name, "anna"))
    try:
        services = Services(db)
        utr = services.reference.werkplaats_ids(["Wmo-werkplaats Utrecht"])[0]
        with db.read() as s:
            from sqlalchemy import select

            from werkplaats_desktop.store import orm
            other = s.scalar(select(orm.Project.id).where(orm.Project.werkplaats_id == utr))
        project = services.projecten.get(other)
        import dataclasses

        with pytest.raises(ValidationError, match="U mag deze gegevens niet wijzigen"):
            services.projecten.update(dataclasses.replace(project, naam="Van Anna"))
        with pytest.raises(ValidationError, match="U mag deze gegevens niet wijzigen"):
            services.projecten.create(dataclasses.replace(project, id=None, uuid=None,
                                                          naam="Stiekem"))
        assert services.projecten.get(other).naam == project.naam
    finally:
        db.close()
