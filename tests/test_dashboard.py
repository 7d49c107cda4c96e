"""The dashboard's aggregates, checked exactly on a small hand-built database, and the
drill-down: a click on any bar opens a list with exactly as many rows as the bar counts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.dashboard_factory import SmallDashboard, build_small_dashboard
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import (
    ZONDER_O,
    DashboardData,
    DashboardFilter,
    DashboardService,
    Feiten,
)
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database


@pytest.fixture
def db(store_db: Database) -> Database:
    """Every dashboard test runs on a SQLite file and on a PostgreSQL server."""
    return store_db


@pytest.fixture
def demo_db(store_demo_db: Database) -> Database:
    return store_demo_db


@pytest.fixture
def small(services: Services) -> SmallDashboard:
    return build_small_dashboard(services)


def stacks(rows: list[Any]) -> dict[Any, dict[str, int]]:
    return {r.key: dict(r.per_o) for r in rows}


def regions(rows: list[Any]) -> dict[Any, int]:
    """The regions with records (every province is listed, most with 0)."""
    assert [r.key for r in rows if r.key is not None] == sorted(
        (r.key for r in rows if r.key is not None), key=lambda k: next(
            x.label for x in rows if x.key == k))
    return {r.key: r.count for r in rows if r.count}


def test_activities_per_theme_year_and_region(db: Database, small: SmallDashboard) -> None:
    d = DashboardService(db).data()
    a = d.activiteiten
    assert a.totaal == 4
    # a1 has two themes: once under t1 and once under t4, but once in the total
    assert stacks(a.per_thema) == {
        small.t1: {"onderzoek": 1, "onderwijs": 1},
        small.t4: {"onderzoek": 1},
        small.t9: {"ondersteuning": 1},
        None: {"onderzoek": 1},  # a3 has no theme: shown, not dropped
    }
    assert sum(r.total for r in a.per_thema) == 5
    assert a.per_thema[-1].label == "zonder thema"
    # 2011 has no activities but stays visible between 2010 and 2012
    assert [(r.key, r.per_o) for r in a.per_jaar] == [
        (2010, {"onderzoek": 1, "onderwijs": 1}), (2011, {}), (2012, {"onderzoek": 1}),
        (2013, {"ondersteuning": 1})]
    assert regions(a.per_provincie) == {"PV26": 1, "PV23": 1, "PV27": 1, None: 1}
    assert [r.label for r in a.per_provincie if r.key is None] == ["zonder gemeente"]
    assert stacks(a.per_gemeente) == {small.utrecht: {"onderzoek": 1},
                                      small.zwolle: {"onderzoek": 1},
                                      small.amsterdam: {"ondersteuning": 1},
                                      None: {"onderwijs": 1}}
    assert a.per_gemeente[-1].label == "zonder gemeente"


def test_products_take_o_and_place_from_their_activity(db: Database,
                                                       small: SmallDashboard) -> None:
    p = DashboardService(db).data().producten
    assert p.totaal == 4
    assert [(r.key, r.per_o) for r in p.per_jaar] == [
        (2010, {"onderzoek": 1}), (2011, {"onderwijs": 1}), (2012, {ZONDER_O: 1}),
        (2013, {"ondersteuning": 1})]
    assert ZONDER_O in p.o_keys
    assert stacks(p.per_thema) == {small.t1: {"onderzoek": 1}, small.t4: {"onderzoek": 1},
                                   small.t9: {"ondersteuning": 1, "onderwijs": 1},
                                   None: {ZONDER_O: 1}}
    # pr2 (no activity) and pr4 (activity without gemeente) lie in their werkplaats's province
    assert regions(p.per_provincie) == {"PV26": 3, "PV27": 1}
    assert stacks(p.per_gemeente) == {small.utrecht: {"onderzoek": 1},
                                      small.amsterdam: {"ondersteuning": 1},
                                      None: {ZONDER_O: 1, "onderwijs": 1}}


def test_feiten_en_cijfers(db: Database, small: SmallDashboard) -> None:
    f = DashboardService(db).data().feiten
    # onderwerpen: project 1 has t1 and t4, and its product pr4 is about t9: three; project 2
    # has t9: one. Thema's: the three themes the theme charts show.
    assert f == Feiten(werkplaatsen=2, hogescholen=1, gemeenten=2, gemeenten_g4=2,
                       gemeenten_g32=0, uitvoeringsorganisaties=1, partners=4, projecten=2,
                       onderwerpen=4, themas=3, kenniskringen=1, activiteiten=4, producten=4,
                       bereik=115)
    # in 2013 the kenniskring (to 2012) and project 1 are over; the zorg partner's deelname
    # (2011-2012) is too, but it is a partner of project 2, which runs then: it takes part
    f13 = DashboardService(db).data(DashboardFilter.year(2013)).feiten
    assert f13 == Feiten(werkplaatsen=2, hogescholen=1, gemeenten=2, gemeenten_g4=2,
                         gemeenten_g32=0, uitvoeringsorganisaties=1, partners=4, projecten=1,
                         onderwerpen=1, themas=1, kenniskringen=0, activiteiten=1, producten=1,
                         bereik=100)
    # before werkplaats 2 started
    assert DashboardService(db).data(DashboardFilter.year(2010)).feiten.werkplaatsen == 1


def test_partner_mix_and_cofinancing(db: Database, small: SmallDashboard) -> None:
    d = DashboardService(db).data(uurtarief=Decimal(75))
    assert [(r.key, r.count) for r in d.partners] == [
        ("hogeschool", 1), ("gemeente", 2), ("uitvoeringsorganisatie", 1)]
    rows = {r.jaar: r for r in d.cofinanciering}
    assert sorted(rows) == [2010, 2011, 2012, 2013]
    r10 = rows[2010]
    assert (r10.subsidie, r10.geld, r10.uren, r10.uren_waarde) == (
        Decimal(100_000), Decimal(20_000), Decimal(400), Decimal(30_000))
    assert r10.totaal == Decimal(150_000) and r10.aandeel_subsidie == pytest.approx(2 / 3)
    assert rows[2011].totaal == 0 and rows[2011].aandeel_subsidie is None
    assert rows[2012].aandeel_subsidie == 1.0
    assert rows[2013].uren == Decimal("100.50") and rows[2013].uren_waarde == Decimal("7537.50")
    # the hourly rate is a parameter
    d50 = DashboardService(db).data(uurtarief=Decimal(50))
    assert d50.cofinanciering[0].uren_waarde == Decimal(20_000)


def test_filters(db: Database, small: SmallDashboard) -> None:
    svc = DashboardService(db)
    # a year without activities: nothing to show, but the year is there
    d11 = svc.data(DashboardFilter.year(2011))
    assert d11.activiteiten.totaal == 0 and [r.key for r in d11.activiteiten.per_jaar] == [2011]
    assert d11.activiteiten.per_thema == []
    assert len(d11.activiteiten.per_provincie) == 12  # every province, each with 0
    assert {r.count for r in d11.activiteiten.per_provincie} == {0}
    assert d11.producten.totaal == 1
    assert [(r.jaar, r.totaal) for r in d11.cofinanciering] == [(2011, 0)]
    # werkplaats
    assert svc.data(DashboardFilter(werkplaats_ids=(small.wp2,))).activiteiten.totaal == 1
    both = DashboardFilter(werkplaats_ids=(small.wp1, small.wp2))
    assert svc.data(both).activiteiten.totaal == 4
    # theme: only that theme's bar, records with it (a1 and a2)
    t1 = svc.data(DashboardFilter(thema_id=small.t1)).activiteiten
    assert t1.totaal == 2 and [r.key for r in t1.per_thema] == [small.t1]
    # O: for products through their activity
    onderzoek = svc.data(DashboardFilter(o="onderzoek"))
    assert onderzoek.activiteiten.totaal == 2 and onderzoek.producten.totaal == 1
    # partner type: records of projects with such a partner (project 1 has the gemeente)
    gem = svc.data(DashboardFilter(partner_type="gemeente"))
    assert gem.activiteiten.totaal == 2 and gem.producten.totaal == 2
    assert [(r.key, r.count) for r in gem.partners] == [("gemeente", 2)]
    assert [(r.jaar, r.geld, r.uren) for r in gem.cofinanciering if r.geld or r.uren] == [
        (2010, Decimal(20_000), Decimal(0)), (2013, Decimal(0), Decimal("100.50"))]
    # a range of years
    mid = svc.data(DashboardFilter(jaar_van=2011, jaar_tot=2013))
    assert mid.activiteiten.totaal == 2 and [r.key for r in mid.activiteiten.per_jaar] == [
        2011, 2012, 2013]


def test_empty_database(db: Database) -> None:
    d = DashboardService(db).data()
    assert d.activiteiten.totaal == 0 and d.producten.totaal == 0
    assert d.activiteiten.per_jaar == [] and d.activiteiten.per_thema == []
    assert d.partners == [] and d.cofinanciering == [] and d.werkplaatsen == []
    assert d.feiten == Feiten(*([0] * 14))
    assert DashboardService(db).years() == []


def drill_targets(d: DashboardData) -> list[tuple[str, dict[str, Any], int]]:
    """(list key, filters, expected count) for every clickable bar segment and province."""
    out = []
    for out_ in (d.activiteiten, d.producten):
        for rows in (out_.per_thema, out_.per_jaar, out_.per_gemeente):
            for r in rows:
                out += [(out_.kind, r.drill[o], n) for o, n in r.per_o.items()]
        out += [(out_.kind, r.drill, r.count) for r in out_.per_provincie]
    return out


@pytest.mark.parametrize("make_filter", [
    lambda s: DashboardFilter(),
    lambda s: DashboardFilter.year(2010),
    lambda s: DashboardFilter(jaar_van=2010, jaar_tot=2012, werkplaats_ids=(s.wp1, s.wp2)),
    lambda s: DashboardFilter(thema_id=s.t9, o="onderwijs"),
    lambda s: DashboardFilter(partner_type="gemeente", werkplaats_ids=(s.wp1,)),
], ids=["alles", "2010", "reeks", "thema-o", "partnertype"])
def test_every_bar_opens_a_list_of_its_size(services: Services, small: SmallDashboard,
                                            make_filter: Any) -> None:
    d = DashboardService(services.db).data(make_filter(small))
    targets = drill_targets(d)
    assert targets
    for key, filters, expected in targets:
        assert services.lists.count(key, ListQuery(filters=filters)) == expected, (key, filters)
    # the base filters alone give the totals
    for out in (d.activiteiten, d.producten):
        assert services.lists.count(out.kind, ListQuery(filters=out.list_filters)) == out.totaal


def test_demo_reproduces_feiten_en_cijfers_2015(demo_db: Database) -> None:
    svc = DashboardService(demo_db)
    d = svc.data()
    f = d.feiten
    assert (f.werkplaatsen, f.gemeenten, f.gemeenten_g4, f.gemeenten_g32,
            f.uitvoeringsorganisaties, f.projecten) == (14, 121, 4, 25, 280, 122)
    services = Services(demo_db)
    assert f.activiteiten == services.lists.count("activiteit")
    for key, filters, expected in drill_targets(d):
        if "gemeente_id" not in filters:  # 121 gemeenten: covered on the small database
            assert services.lists.count(key, ListQuery(filters=filters)) == expected
    assert 2009 in svc.years() and 2015 in svc.years()


def test_a_partner_counts_by_a_bijdrage_or_a_project_role_without_a_deelname(
        services: Services) -> None:
    """A lector records a gemeente's bijdrage and makes it a project partner, and never a
    separate deelname: the tiles must count it (they said 0 partners)."""
    from tests.factories import gemeente_id
    from werkplaats_desktop.domain import model as m
    from werkplaats_desktop.domain.enums import BijdrageSoort, PartnerType, ProjectPartnerRol

    wp = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Proef")).id
    gem = services.partners.create(m.Partner(naam="Gemeente Amersfoort",
                                             type=PartnerType.GEMEENTE,
                                             gemeente_id=gemeente_id(services, "GM0307")))
    hs = services.partners.create(m.Partner(naam="Hogeschool Proef",
                                            type=PartnerType.HOGESCHOOL))
    services.bijdragen.create(m.Bijdrage(werkplaats_id=wp, partner_id=gem.id, jaar=2015,
                                         soort=BijdrageSoort.GELD, hoeveelheid=Decimal(25000)))
    services.projecten.create(m.Project(
        werkplaats_id=wp, naam="Eenzaamheid",
        partners=[m.ProjectPartner(partner_id=hs.id, rol=ProjectPartnerRol.TREKKER)]))
    f = DashboardService(services.db).data().feiten
    assert (f.partners, f.gemeenten, f.hogescholen) == (2, 1, 1)
    assert DashboardService(services.db).data(DashboardFilter.year(2014)).feiten.gemeenten == 0
