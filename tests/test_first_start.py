"""The core of the first start: when a file needs its setup (the window's welcome page), when
the setup may still be done, and what the setup offers (``services.info``)."""

from __future__ import annotations

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import PartnerType
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database


def test_a_new_file_needs_its_setup_until_it_is_done(services: Services) -> None:
    assert services.info.needs_setup() and services.info.can_set_up()
    services.info.start_own_werkplaats("WSD-UTR", "Wmo-werkplaats Utrecht",
                                       "Hogeschool Utrecht", "PV26")
    assert not services.info.needs_setup() and not services.info.can_set_up()
    services.undo()  # the setup is one step: undone, the file is new again
    assert services.info.needs_setup() and services.info.can_set_up()


def test_a_file_with_records_but_no_own_werkplaats_never_needs_it(services: Services) -> None:
    services.partners.create(m.Partner(naam="Gemeente Utrecht", type=PartnerType.GEMEENTE))
    assert not services.info.needs_setup()
    assert services.info.can_set_up()  # an older file: the setup is still offered (menu)


def test_any_record_makes_a_file_not_new(services: Services) -> None:
    services.personen.create(m.Persoon(naam="A. de Vries"))
    assert not services.info.needs_setup()


def test_the_demo_never_needs_it_and_cannot_be_set_up(demo_db: Database) -> None:
    info = Services(demo_db).info
    assert info.eigen_werkplaats_id() is None  # a national overview: no own werkplaats
    assert not info.needs_setup() and not info.can_set_up()


def test_the_setup_offers_the_national_list_and_reads_typed_names(services: Services) -> None:
    choices = services.info.setup_choices()
    national = [o for o in choices.werkplaatsen if o.code]
    assert len(national) == 14
    utrecht = choices.reading("wmo-werkplaats  UTRECHT")  # folded: case, spaces
    assert utrecht is not None and (utrecht.code, utrecht.provincie_code, utrecht.penvoerder) \
        == ("WSD-UTR", "PV26", "Hogeschool Utrecht")
    other = choices.reading("Wmo-werkplaats Leiden-Den Haag")  # another name of the list
    assert other is not None and other.code == "WSD-SIO"
    assert choices.reading("Utrecht") is None  # part of a name: a new werkplaats, ...
    assert [o.code for o in choices.near("utrecht")] == ["WSD-UTR"]  # ... "did you mean"
    assert choices.reading("Kenniswerkplaats Amersfoort") is None
    assert "Hogeschool Utrecht" in choices.penvoerders and len(choices.penvoerders) == 14


def test_the_setup_offers_what_an_older_file_holds(services: Services) -> None:
    hs = services.partners.create(m.Partner(naam="Hogeschool Ede", type=PartnerType.HOGESCHOOL))
    services.partners.create(m.Partner(naam="Gemeente Ede", type=PartnerType.GEMEENTE))
    services.werkplaatsen.create(m.Werkplaats(naam="Kenniswerkplaats Ede", penvoerder_id=hs.id,
                                              provincie_code="PV25"))
    services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Zwolle"))  # national code
    choices = services.info.setup_choices()
    ede = choices.reading("kenniswerkplaats ede")
    assert ede is not None and (ede.code, ede.provincie_code, ede.penvoerder) == (
        None, "PV25", "Hogeschool Ede")
    assert len(choices.werkplaatsen) == 15  # Zwolle is the national list's entry
    assert "Hogeschool Ede" in choices.penvoerders
    assert "Gemeente Ede" not in choices.penvoerders  # only hogescholen
    wid = services.info.start_own_werkplaats(ede.code, ede.naam, ede.penvoerder, "PV25")
    assert services.werkplaatsen.count() == 2 and services.info.eigen_werkplaats_id() == wid
