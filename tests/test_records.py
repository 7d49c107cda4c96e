"""Create, read, update, delete for every kind of record; delete impact; bulk edit; undo."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from tests.factories import Small, gemeente_id, small_werkplaats, thema_id
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    O,
    PersoonRol,
    ProjectStatus,
)
from werkplaats_desktop.services import Services, bulk
from werkplaats_desktop.services.records import NotFound


@pytest.fixture
def services(store_services: Services) -> Services:
    """Every test here runs on a SQLite file and on a PostgreSQL server (conftest.store)."""
    return store_services


@pytest.fixture
def small(services: Services) -> Small:
    return small_werkplaats(services)


def new_record(services: Services, key: str, s: Small) -> tuple[m.Record, str, object]:
    """A valid new record of each kind, the field to edit and its new value."""
    wp = s.werkplaats.id
    t1, t2 = thema_id(services, 1), thema_id(services, 2)
    persoon = services.personen.create(m.Persoon(naam="Inge de Wit"))
    records = {
        "werkplaats": (
            m.Werkplaats(naam="Wmo-werkplaats Zwolle", startjaar=2013),
            "regio",
            "IJssel",
        ),
        "lectoraat": (
            m.Lectoraat(werkplaats_id=wp, naam="Active Ageing", lector_id=persoon.id),
            "naam",
            "Leven Lang in Beweging",
        ),
        "kenniskring": (
            m.Kenniskring(werkplaats_id=wp, naam="Signaleren en interventie", thema_ids=[t1, t2]),
            "eindjaar",
            2012,
        ),
        "project": (
            m.Project(
                werkplaats_id=wp, naam="Samen DOEN", thema_ids=[t2], leider_onderwijs_id=persoon.id
            ),
            "status",
            ProjectStatus.AFGEROND,
        ),
        "activiteit": (
            m.Activiteit(
                werkplaats_id=wp,
                titel="Minor Wmo",
                o=O.ONDERWIJS,
                subtype="minor",
                jaar=2012,
                thema_ids=[t1],
            ),
            "bereik",
            35,
        ),
        "product": (
            m.Product(
                werkplaats_id=wp,
                titel="Supportgericht werken in de Wmo",
                type="boek",
                jaar=2012,
                project_id=s.project.id,
            ),
            "open_access",
            False,
        ),
        "partner": (
            m.Partner(naam="Movisie", type="kennisinstituut"),
            "website",
            "https://www.movisie.nl",
        ),
        "deelname": (
            m.Deelname(
                werkplaats_id=wp,
                partner_id=s.gemeente.id,
                rol=DeelnameRol.FINANCIER,
                startjaar=2010,
            ),
            "eindjaar",
            2015,
        ),
        "bijdrage": (
            m.Bijdrage(
                werkplaats_id=wp,
                partner_id=s.gemeente.id,
                jaar=2012,
                soort=BijdrageSoort.GELD,
                hoeveelheid=Decimal("25000.00"),
            ),
            "hoeveelheid",
            Decimal("30000.50"),
        ),
        "subsidie": (
            m.Subsidie(werkplaats_id=wp, jaar=2016, bedrag=Decimal("185714.29")),
            "toelichting",
            "VWS",
        ),
        "persoon": (
            m.Persoon(
                naam="José Manshanden",
                organisatie_id=s.gemeente.id,
                rollen=[m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.CONTACTPERSOON)],
            ),
            "telefoon",
            "030-1234567",
        ),
        "kennisagenda": (
            m.KennisagendaItem(
                werkplaats_id=wp,
                vraagstuk="Wat werkt bij jeugdhulp?",
                project_ids=[s.project.id],
                thema_ids=[t1],
            ),
            "status",
            AgendaStatus.IN_UITVOERING,
        ),
        "themasamenwerking": (
            m.Themasamenwerking(naam="Eenzaamheid", thema_id=t1, werkplaats_ids=[wp]),
            "startjaar",
            2013,
        ),
        "thema": (m.Thema(naam="Wonen en zorg"), "actief", False),
        "gemeente": (
            m.Gemeente(naam="Berg en Dal", cbs_code="GM1945", provincie_code="PV25"),
            "netwerk",
            Gemeentenetwerk.G32,
        ),
    }
    return records[key]


KEYS = [
    "werkplaats",
    "lectoraat",
    "kenniskring",
    "project",
    "activiteit",
    "product",
    "partner",
    "deelname",
    "bijdrage",
    "subsidie",
    "persoon",
    "kennisagenda",
    "themasamenwerking",
    "thema",
    "gemeente",
]


@pytest.mark.parametrize("key", KEYS)
def test_create_read_update_delete(services: Services, small: Small, key: str) -> None:
    svc = services.records(key)
    record, field, value = new_record(services, key, small)
    created = svc.create(record)
    assert created.id is not None and created.uuid and created.created_at
    assert svc.get(created.id) == created
    assert svc.by_uuid(created.uuid) == created
    for f in dataclasses.fields(record):
        if f.name not in ("id", "uuid", "created_at", "updated_at", "version", "code"):
            assert getattr(created, f.name) == getattr(record, f.name), f.name
    if key == "werkplaats":  # the program gives it its code: its name is on the national list
        assert (record.code, created.code) == ("", "WSD-ZWO")  # type: ignore[attr-defined]

    changed = dataclasses.replace(created)
    setattr(changed, field, value)
    updated = svc.update(changed)
    assert getattr(svc.get(created.id), field) == value
    assert updated.uuid == created.uuid
    assert (created.version, updated.version) == (1, 2)  # every save raises the version

    svc.delete(created.id)
    with pytest.raises(NotFound):
        svc.get(created.id)


def test_link_lists_are_stored_and_replaced(services: Services, small: Small) -> None:
    t = [thema_id(services, n) for n in (3, 4, 5)]
    p = services.projecten.get(small.project.id)
    p.thema_ids = [t[0], t[1]]
    p.pilot_gemeente_ids = [gemeente_id(services, "GM0307"), gemeente_id(services, "GM0632")]
    p.partners = [m.ProjectPartner(partner_id=small.hogeschool.id)]
    services.projecten.update(p)
    again = services.projecten.get(p.id)
    assert sorted(again.thema_ids) == sorted([t[0], t[1]])
    assert len(again.pilot_gemeente_ids) == 2
    assert [x.partner_id for x in again.partners] == [small.hogeschool.id]
    again.thema_ids = [t[2]]
    services.projecten.update(again)
    assert services.projecten.get(p.id).thema_ids == [t[2]]


def test_delete_impact_says_what_goes_with_it(services: Services, small: Small) -> None:
    services.producten.create(
        m.Product(
            werkplaats_id=small.werkplaats.id,
            titel="Boek",
            type="boek",
            jaar=2012,
            project_id=small.project.id,
        )
    )
    impact = services.projecten.impact(small.project.id)
    assert impact.records_deleted() == {}
    assert impact.unlinked == {"activiteit": 1, "product": 1}
    assert impact.deleted["project_thema"] == 1
    wp_impact = services.werkplaatsen.impact(small.werkplaats.id)
    assert wp_impact.records_deleted() == {"project": 1, "activiteit": 1, "product": 1}
    assert not wp_impact.is_blocked


def test_delete_cascades_and_unlinks_as_announced(services: Services, small: Small) -> None:
    services.projecten.delete(small.project.id)
    act = services.activiteiten.get(small.activiteit.id)
    assert act.project_id is None  # the activity stays, without its project
    services.werkplaatsen.delete(small.werkplaats.id)
    assert services.activiteiten.count() == 0
    assert services.partners.count() == 2  # partners do not belong to one werkplaats


def test_a_gemeente_in_use_cannot_be_deleted(services: Services, small: Small) -> None:
    from werkplaats_desktop.domain.validation import ValidationError

    utrecht = gemeente_id(services, "GM0344")
    assert services.gemeenten.impact(utrecht).is_blocked
    with pytest.raises(ValidationError, match="nog in gebruik"):
        services.gemeenten.delete(utrecht)
    assert services.gemeenten.get(utrecht).naam == "Utrecht"


def test_undo_and_redo_of_create_edit_delete(services: Services, small: Small) -> None:
    act = services.activiteiten.get(small.activiteit.id)
    act.titel = "Nieuwe titel"
    services.activiteiten.update(act)
    assert services.undo_label() == "Gewijzigd: activiteit 'Nieuwe titel'"
    services.undo()
    assert services.activiteiten.get(act.id).titel == "Studiedag kwartiermaken"
    services.redo()
    assert services.activiteiten.get(act.id).titel == "Nieuwe titel"

    services.werkplaatsen.delete(small.werkplaats.id)
    assert services.activiteiten.count() == 0
    services.undo()  # the werkplaats and everything that went with it come back
    restored = services.activiteiten.get(act.id)
    assert restored.titel == "Nieuwe titel" and restored.thema_ids == act.thema_ids
    assert services.projecten.get(small.project.id) == small.project

    before = services.info.counts()
    created = services.partners.create(m.Partner(naam="MEE Utrecht", type="uitvoeringsorganisatie"))
    services.undo()
    assert services.info.counts() == before
    with pytest.raises(NotFound):
        services.partners.get(created.id)
    services.redo()
    assert services.partners.get(created.id).naam == "MEE Utrecht"


def test_a_refused_write_leaves_no_undo_step(services: Services, small: Small) -> None:
    from werkplaats_desktop.domain.validation import ValidationError

    label = services.undo_label()
    with pytest.raises(ValidationError):
        services.partners.create(m.Partner(naam=""))
    assert services.undo_label() == label


def test_bulk_edit_is_one_undoable_step(services: Services, small: Small) -> None:
    ids = [small.activiteit.id]
    for i in range(3):
        ids.append(
            services.activiteiten.create(
                m.Activiteit(
                    werkplaats_id=small.werkplaats.id,
                    titel=f"Onderzoek {i}",
                    o=O.ONDERZOEK,
                    subtype="praktijkonderzoek",
                    jaar=2013,
                )
            ).id
        )
    # all have a kind of another O: never cleared silently; left as they are when asked so
    assert bulk.other_kinds(services.activiteiten, ids, O.ONDERWIJS) == ids
    assert bulk.set_o(services.activiteiten, ids, O.ONDERWIJS) == 0
    assert O.ONDERWIJS not in {services.activiteiten.get(i).o for i in ids}
    # or given a kind of the new O
    assert bulk.set_o(services.activiteiten, ids, O.ONDERWIJS, "gastcollege") == 4
    after = [services.activiteiten.get(i) for i in ids]
    assert {a.o for a in after} == {O.ONDERWIJS}
    assert {a.subtype for a in after} == {"gastcollege"}
    new_theme = thema_id(services, 12)
    bulk.add_theme(services.activiteiten, ids, new_theme)
    assert all(new_theme in services.activiteiten.get(i).thema_ids for i in ids)
    services.undo()
    assert not any(new_theme in services.activiteiten.get(i).thema_ids for i in ids)
    services.undo()
    assert services.activiteiten.get(ids[1]).o == O.ONDERZOEK
    assert services.activiteiten.get(ids[0]).subtype == "conferentie"
    bulk.set_status(services.projecten, [small.project.id], ProjectStatus.GESTOPT)
    assert services.projecten.get(small.project.id).status == ProjectStatus.GESTOPT


def test_bulk_edit_changes_none_when_one_fails(services: Services, small: Small) -> None:
    ids = [small.activiteit.id]
    with pytest.raises(NotFound):
        bulk.add_theme(services.activiteiten, ids + [999_999], thema_id(services, 2))
    assert thema_id(services, 2) not in services.activiteiten.get(small.activiteit.id).thema_ids


def test_changes_are_announced_once_per_action(services: Services, small: Small) -> None:
    seen = []
    services.db.subscribe(seen.append)
    services.partners.create(m.Partner(naam="Vilans", type="kennisinstituut"))
    services.undo()
    assert [(c.kind, sorted(c.tables)) for c in seen] == [
        ("write", ["partner"]),
        ("undo", ["partner"]),
    ]


def test_dates_and_money_round_trip(services: Services, small: Small) -> None:
    b = services.bijdragen.create(
        m.Bijdrage(
            werkplaats_id=small.werkplaats.id,
            partner_id=small.gemeente.id,
            jaar=2014,
            hoeveelheid=Decimal("0.10"),
        )
    )
    assert services.bijdragen.get(b.id).hoeveelheid == Decimal("0.10")
    assert services.activiteiten.get(small.activiteit.id).datum == date(2011, 3, 4)


def test_a_deleted_person_is_remembered_until_undone(services: Services, small: Small) -> None:
    from werkplaats_desktop.services.privacy import forgotten_uuids

    person = services.personen.create(m.Persoon(naam="Esmá Curuk", email="e@voorbeeld.nl"))
    services.personen.delete(person.id)  # type: ignore[arg-type]
    with services.db.read() as s:
        assert person.uuid in forgotten_uuids(s, "persoon")
    services.undo()  # undo brings the person back, so the importer may meet them again
    with services.db.read() as s:
        assert person.uuid not in forgotten_uuids(s, "persoon")
    assert services.personen.get(person.id).email == "e@voorbeeld.nl"  # type: ignore[arg-type]


def test_a_file_knows_its_own_werkplaats(services: Services) -> None:
    assert services.info.eigen_werkplaats_id() is None
    utrecht = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Utrecht"))
    services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Amsterdam"))
    if services.db.is_server:  # a shared database has none: each login's werkplaats is its role
        from werkplaats_desktop.domain.validation import ValidationError

        with pytest.raises(ValidationError, match="Een gedeelde database heeft geen eigen"):
            services.info.set_eigen_werkplaats(utrecht.id)
        assert services.info.eigen_werkplaats_id() is None
        return
    services.info.set_eigen_werkplaats(utrecht.id)
    assert services.info.eigen_werkplaats_id() == utrecht.id
    services.undo()
    assert services.info.eigen_werkplaats_id() is None
    services.redo()
    assert services.info.eigen_werkplaats_id() == utrecht.id
    services.info.set_eigen_werkplaats(None)
    assert services.info.eigen_werkplaats_id() is None
