"""The dashboard's years at their edges (issue 15, "test strength"): a record in the first or
the last year of the filter counts, one a year outside does not; periods (werkplaatsen,
deelnames, projects, kenniskringen) count when they meet the years, also when they start and
end in the same year or have an open end. Through ``services.dashboard.compute``, the figures
the Overzicht page and ``werkplaats stats`` show.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.factories import small_werkplaats, thema_id
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort, O, PartnerType
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardFilter, compute
from werkplaats_desktop.store.database import Database

RATE = Decimal("75")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Iterator[Services]:
    """Records spread over 2010-2014 (see the comments for what counts where); the tests
    only read them."""
    path = tmp_path_factory.mktemp("jaren") / "jaren.sqlite"
    shutil.copy(empty_template, path)
    db = Database.open(path)
    s = Services(db)
    small = small_werkplaats(s)  # werkplaats from 2009, open end; project 2010-2012;
    wp = small.werkplaats.id  # activity 2011
    s.werkplaatsen.create(m.Werkplaats(naam="Later", startjaar=2014))
    s.werkplaatsen.create(m.Werkplaats(naam="Eerder", startjaar=2005, eindjaar=2011))
    s.werkplaatsen.create(m.Werkplaats(naam="Kort", startjaar=2013, eindjaar=2013))
    t1, t2 = thema_id(s, 6), thema_id(s, 7)
    for jaar, o in ((2012, O.ONDERZOEK), (2013, O.ONDERWIJS), (2014, O.ONTWIKKELING)):
        s.activiteiten.create(m.Activiteit(werkplaats_id=wp, titel=f"Activiteit {jaar}", o=o,
                                           jaar=jaar, bereik=10 * (jaar - 2000),
                                           thema_ids=[t1]))
    for jaar in (2011, 2012, 2013, 2014):
        s.producten.create(m.Product(werkplaats_id=wp, titel=f"Product {jaar}", type="boek",
                                     jaar=jaar))
        s.subsidies.create(m.Subsidie(werkplaats_id=wp, jaar=jaar, bedrag=Decimal(1000 * jaar)))
    for jaar, soort, n in ((2011, BijdrageSoort.GELD, "5"), (2012, BijdrageSoort.GELD, "100"),
                           (2013, BijdrageSoort.UREN, "2"), (2014, BijdrageSoort.GELD, "7")):
        s.bijdragen.create(m.Bijdrage(werkplaats_id=wp, partner_id=small.gemeente.id, jaar=jaar,
                                      soort=soort, hoeveelheid=Decimal(n)))
    projects = (("Voor", date(2010, 1, 1), date(2011, 12, 31)),  # ends before 2012
                ("Een jaar", date(2012, 1, 1), date(2012, 1, 1)),  # start = end, in 2012
                ("Open", date(2013, 12, 31), None),  # starts on the last day
                ("Na", date(2014, 1, 1), None),  # after 2013
                ("Zonder data", None, None))  # in no year
    for naam, start, eind in projects:
        s.projecten.create(m.Project(werkplaats_id=wp, naam=naam, startdatum=start,
                                     einddatum=eind, thema_ids=[t1, t2]))
    for naam, start, eind in (("Kring 2012", 2012, 2012), ("Kring tot 2011", 2008, 2011),
                              ("Kring vanaf 2014", 2014, None), ("Kring zonder", None, None)):
        s.kenniskringen.create(m.Kenniskring(werkplaats_id=wp, naam=naam, startjaar=start,
                                             eindjaar=eind))
    uitvoering = s.partners.create(m.Partner(naam="Welzijn Noord",
                                             type=PartnerType.UITVOERINGSORGANISATIE))
    vroeg = s.partners.create(m.Partner(naam="Welzijn Zuid",
                                        type=PartnerType.UITVOERINGSORGANISATIE))
    s.deelnames.create(m.Deelname(werkplaats_id=wp, partner_id=uitvoering.id, startjaar=2013,
                                  eindjaar=2013))
    s.deelnames.create(m.Deelname(werkplaats_id=wp, partner_id=vroeg.id, startjaar=2009,
                                  eindjaar=2011))
    yield s
    db.close()


def data(services: Services, van: int | None, tot: int | None):  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        return compute(session, DashboardFilter(jaar_van=van, jaar_tot=tot), RATE)


def test_the_first_and_the_last_year_of_the_filter_count(world: Services) -> None:
    d = data(world, 2012, 2013)
    assert [r.key for r in d.activiteiten.per_jaar] == [2012, 2013]
    assert d.activiteiten.totaal == 2 and d.producten.totaal == 2
    assert [r.total for r in d.activiteiten.per_jaar] == [1, 1]
    assert d.feiten.bereik == 120 + 130
    assert [(r.jaar, r.subsidie, r.geld, r.uren, r.uren_waarde) for r in d.cofinanciering] == [
        (2012, Decimal(2012000), Decimal(100), Decimal(0), Decimal(0)),
        (2013, Decimal(2013000), Decimal(0), Decimal(2), Decimal(150))]


def test_one_year_is_from_and_to_the_same_year(world: Services) -> None:
    d = data(world, 2012, 2012)
    assert [r.key for r in d.activiteiten.per_jaar] == [2012]
    assert d.activiteiten.totaal == 1
    assert [r.jaar for r in d.cofinanciering] == [2012]


def test_periods_that_meet_the_years_count(world: Services) -> None:
    f = data(world, 2012, 2013).feiten
    # werkplaatsen: the small one (2009-) and Kort (2013-2013); not Later (2014-), Eerder
    # (-2011)
    assert f.werkplaatsen == 2
    # projects: the small one (2010-2012), Een jaar (2012), Open (from 31-12-2013); not Voor,
    # Na, or the one without dates
    assert f.projecten == 3
    # onderwerpen: themes per counted praktijk; Thema's: the themes the theme charts show
    # (issue 16), only t1 has activities or products in these years
    assert f.onderwerpen == 1 + 2 + 2 and f.themas == 1
    assert f.kenniskringen == 1  # Kring 2012
    assert f.partners == 1 and f.uitvoeringsorganisaties == 1  # Welzijn Noord (2013)


def test_an_open_filter_runs_from_the_first_to_the_last_year_with_data(
        world: Services) -> None:
    d = data(world, None, None)
    assert [r.key for r in d.activiteiten.per_jaar] == [2011, 2012, 2013, 2014]
    assert d.activiteiten.totaal == 4
    assert [r.key for r in data(world, 2013, None).activiteiten.per_jaar] == [2013, 2014]
    assert [r.key for r in data(world, None, 2011).activiteiten.per_jaar] == [2011]
    assert data(world, None, 2011).feiten.werkplaatsen == 2  # Eerder (-2011) and the small one


def test_years_without_data_inside_the_filter_show_as_zero(world: Services) -> None:
    d = data(world, 2010, 2012)
    assert [(r.key, r.total) for r in d.activiteiten.per_jaar] == [
        (2010, 0), (2011, 1), (2012, 1)]
    assert [r.jaar for r in d.cofinanciering] == [2010, 2011, 2012]
    assert d.cofinanciering[0].totaal == 0
