"""Promise 10: a contact person can be deleted everywhere at once, is not brought back by undo
or by an import of an older export, and leaves no trace in the database file
(secure_delete). The manual says how long backups keep them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import DeelnameRol, PersoonRol
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.privacy import forget_person, forgotten_uuids, is_forgotten
from werkplaats_desktop.services.records import NotFound
from werkplaats_desktop.store.backups import Retention

NAME = "Zwaantje Pietersdochter-Vlasblom"
EMAIL = "z.vlasblom@voorbeeld-gemeente.nl"
PHONE = "06-98765432"


def person_everywhere(services: Services) -> tuple[m.Persoon, m.Persoon]:
    """A contact person linked from every place a person can be named, and a colleague."""
    small = small_werkplaats(services)
    wp = small.werkplaats.id
    person = services.personen.create(m.Persoon(
        naam=NAME, email=EMAIL, telefoon=PHONE, notitie="Belt liever dan te mailen.",
        organisatie_id=small.gemeente.id,
        rollen=[m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.CONTACTPERSOON),
                m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.ONDERZOEKER)]))
    colleague = services.personen.create(m.Persoon(naam="Collega Blijft", rollen=[
        m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.LECTOR)]))
    services.lectoraten.create(m.Lectoraat(werkplaats_id=wp, naam="Lectoraat Wijkzorg",
                                           lector_id=person.id))
    services.deelnames.create(m.Deelname(werkplaats_id=wp, partner_id=small.gemeente.id,
                                         rol=DeelnameRol.PARTNER, contactpersoon_id=person.id))
    services.kenniskringen.create(m.Kenniskring(werkplaats_id=wp, naam="Kring Participatie",
                                                trekker_id=person.id))
    project = services.projecten.get(small.project.id)
    services.projecten.update(dataclasses.replace(
        project, leider_onderwijs_id=colleague.id, leider_praktijk_id=person.id))
    return person, colleague


def test_a_person_is_deleted_everywhere_at_once(services: Services) -> None:
    person, colleague = person_everywhere(services)
    gone = forget_person(services.db, person.id)
    assert gone.uuid == person.uuid
    assert gone.unlinked == {"lectoraat": 1, "deelname": 1, "kenniskring": 1, "project": 1}
    assert gone.deleted == {"persoon_werkplaats": 2}
    assert [p.naam for p in services.personen.all()] == [colleague.naam]
    assert services.lectoraten.all()[0].lector_id is None
    assert services.deelnames.all()[0].contactpersoon_id is None
    assert services.kenniskringen.all()[0].trekker_id is None
    project = services.projecten.all()[0]
    assert project.leider_praktijk_id is None
    assert project.leider_onderwijs_id == colleague.id  # the colleague is untouched
    assert [r.rol for r in services.personen.get(colleague.id).rollen] == [PersoonRol.LECTOR]
    with pytest.raises(NotFound):
        forget_person(services.db, person.id)


def test_undo_cannot_bring_a_forgotten_person_back(services: Services) -> None:
    person, _ = person_everywhere(services)
    services.personen.update(dataclasses.replace(person, telefoon="010-1234567"))
    changes = []
    services.db.subscribe(changes.append)
    forget_person(services.db, person.id)
    assert services.undo_label() is None and services.redo_label() is None
    assert services.undo() is None
    assert services.personen.by_uuid(person.uuid) is None
    assert changes[-1].kind == "external" and "persoon" in changes[-1].tables


def test_the_uuid_is_remembered_so_that_an_import_does_not_bring_them_back(
        services: Services) -> None:
    person, colleague = person_everywhere(services)
    forget_person(services.db, person.id)
    with services.db.read() as s:
        assert forgotten_uuids(s, "persoon") == {person.uuid}
        assert is_forgotten(s, person.uuid) and not is_forgotten(s, colleague.uuid)
        row = s.connection().exec_driver_sql(
            "SELECT * FROM vergeten_record").mappings().one()
    # only the UUID and the kind of record: no personal data in the remembrance itself
    assert set(row) == {"uuid", "tabel", "vergeten_op"} and row["tabel"] == "persoon"
    # How an importer honours it (the CSV importer lives on the exchange branch):
    older_export = [dataclasses.replace(person, id=None), dataclasses.replace(colleague, id=None)]
    with services.db.read() as s:
        skip = forgotten_uuids(s, "persoon")
    assert [p.naam for p in older_export if p.uuid not in skip] == [colleague.naam]


def test_no_trace_is_left_in_the_database_file(db_path: Path, services: Services) -> None:
    person, _ = person_everywhere(services)
    raw = db_path.read_bytes()
    assert EMAIL.encode() in raw and NAME.encode() in raw  # the search would find them
    forget_person(services.db, person.id)
    raw = db_path.read_bytes()
    for secret in (NAME, EMAIL, PHONE, "Belt liever dan te mailen."):
        assert secret.encode() not in raw, f"{secret!r} is still in the file"


def test_the_manual_says_how_long_backups_keep_personal_data() -> None:
    manual = (Path(__file__).resolve().parents[1] / "resources" / "handleiding"
              / "06-gegevensveiligheid.md").read_text(encoding="utf-8")
    r = Retention()
    assert f"{r.monthly} maanden" in manual
    assert f"{r.daily} dagen" in manual and f"{r.weekly} weken" in manual
    assert "Ongedaan maken" in manual
