"""The list shortcuts that keep large lists fast still give the same answers as before:
a search's total comes from the same scan as its page and follows every change; sorting on a
column that is never empty needs no "empty last" term."""

from __future__ import annotations

from dataclasses import replace

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database


def _all_ids(services: Services, key: str, q: ListQuery) -> list[int]:
    return services.lists.ids(key, q)


def test_the_total_of_a_search_is_the_number_of_matches(demo_db: Database) -> None:
    services = Services(demo_db)
    for term in ("e", "eenzaam", "Zwolle", "201", "qqxz"):
        q = ListQuery(search=term)
        first = services.lists.ids("activiteit", q, limit=5)
        everything = _all_ids(services, "activiteit", replace(q, sort="titel"))
        assert first == _all_ids(services, "activiteit", q)[:5]
        assert services.lists.count("activiteit", q) == len(everything), term


def test_the_total_of_a_search_follows_a_change_and_an_undo(demo_db: Database) -> None:
    services = Services(demo_db)
    q = ListQuery(search="Gloednieuwe studiedag")
    assert services.lists.ids("activiteit", q) == []
    assert services.lists.count("activiteit", q) == 0
    wp = services.werkplaatsen.all()[0]
    services.activiteiten.create(m.Activiteit(
        werkplaats_id=wp.id, titel="Gloednieuwe studiedag", o=O.ONDERSTEUNING, jaar=2015))
    assert len(services.lists.ids("activiteit", q)) == 1
    assert services.lists.count("activiteit", q) == 1
    services.undo()
    assert services.lists.count("activiteit", q) == 0


def test_the_total_of_one_search_is_not_taken_for_another(demo_db: Database) -> None:
    services = Services(demo_db)
    zwolle = ListQuery(search="Zwolle")
    services.lists.ids("activiteit", zwolle, limit=3)
    in_2014 = ListQuery(search="Zwolle", filters={"jaar": 2014})
    assert services.lists.count("activiteit", in_2014) < services.lists.count("activiteit", zwolle)
    assert services.lists.count("project", zwolle) == len(_all_ids(services, "project", zwolle))


def test_a_year_is_found_by_any_part_of_it(demo_db: Database) -> None:
    services = Services(demo_db)
    years = {row["jaar"] for row in services.lists.page(
        "activiteit", ListQuery(search="01", search_columns=("jaar",)), limit=100_000)}
    assert years and all("01" in str(y) for y in years) and 2014 in years
    assert services.lists.count("activiteit", ListQuery(search="x", search_columns=("jaar",))) == 0


def test_sorting_on_a_never_empty_column_keeps_the_order(demo_db: Database) -> None:
    services = Services(demo_db)
    page = services.lists.page("activiteit", ListQuery(), limit=300)
    keys = [(row["jaar"], row.id) for row in page]  # newest first
    assert keys == sorted(keys, reverse=True)
    ascending = services.lists.page("activiteit", ListQuery(sort="jaar", descending=False),
                                    limit=300)
    assert [(r["jaar"], r.id) for r in ascending] == sorted((r["jaar"], r.id) for r in ascending)
    # a column that can be empty still puts the empty ones last, in both directions
    for descending in (False, True):
        gemeenten = [r["gemeente"] for r in services.lists.page(
            "activiteit", ListQuery(sort="gemeente", descending=descending), limit=100_000)]
        assert None in gemeenten and gemeenten.index(None) > 0
        assert all(g is None for g in gemeenten[gemeenten.index(None):])
