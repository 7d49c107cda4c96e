"""Lists: search over the chosen columns, filters and sorting in SQL, paging."""

from __future__ import annotations

import pytest

from werkplaats_desktop.services import Services, catalog
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.services.lists.build import like_pattern
from werkplaats_desktop.store.database import Database


@pytest.fixture
def demo_db(store_demo_db: Database) -> Database:
    """Every list test runs on the demo in a SQLite file and on a PostgreSQL server."""
    return store_demo_db


def titles(services: Services, key: str, q: ListQuery, col: str = "titel") -> list[str]:
    return [row[col] for row in services.lists.page(key, q, limit=10_000)]


def test_every_list_pages_with_every_column_sortable(demo_db: Database) -> None:
    services = Services(demo_db)
    for key, spec in ((k.key, k.listing) for k in catalog.ALL):
        total = services.lists.count(key)
        assert total > 0, key
        for col in spec.columns:
            if not col.sortable:
                continue
            ids = services.lists.ids(key, ListQuery(sort=col.key), limit=50)
            assert len(ids) == min(50, total), (key, col.key)
        rows = services.lists.page(key, ListQuery(), offset=0, limit=7)
        assert len(rows) == min(7, total) and all(len(r.values) == len(spec.columns) for r in rows)


def test_pages_follow_each_other_without_gaps_or_repeats(demo_db: Database) -> None:
    services = Services(demo_db)
    q = ListQuery(sort="titel")
    everything = services.lists.ids("activiteit", q)
    paged = []
    while True:
        chunk = services.lists.ids("activiteit", q, offset=len(paged), limit=200)
        if not chunk:
            break
        paged.extend(chunk)
    assert paged == everything and len(set(paged)) == services.lists.count("activiteit")


def test_search_looks_in_the_visible_columns_only(demo_db: Database) -> None:
    services = Services(demo_db)
    by_werkplaats = ListQuery(search="Zwolle", search_columns=("werkplaats",))
    only_title = ListQuery(search="Zwolle", search_columns=("titel",))
    n_wp = services.lists.count("activiteit", by_werkplaats)
    n_title = services.lists.count("activiteit", only_title)
    assert n_wp > 0 and n_title > 0 and n_wp != n_title
    assert all("Zwolle" in t for t in titles(services, "activiteit", only_title))


def test_search_in_themes_and_in_enum_labels(demo_db: Database) -> None:
    services = Services(demo_db)
    eenzaam = ListQuery(search="eenzaamheid", search_columns=("themas",))
    rows = services.lists.page("project", eenzaam, limit=1000)
    assert rows and all("eenzaamheid" in r["themas"].lower() for r in rows)
    afgerond = services.lists.count("project", ListQuery(search="afgerond",
                                                         search_columns=("status",)))
    assert afgerond == services.lists.count("project", ListQuery(filters={"status": "afgerond"}))


def test_search_treats_wildcards_literally(demo_db: Database) -> None:
    services = Services(demo_db)
    assert services.lists.count("activiteit", ListQuery(search="%")) == 0
    assert like_pattern("50%_a\\") == "%50\\%\\_a\\\\%"


def test_filters_narrow_the_list(demo_db: Database) -> None:
    services = Services(demo_db)
    total = services.lists.count("activiteit")
    y2014 = services.lists.count("activiteit", ListQuery(filters={"jaar": 2014}))
    y2014_o = services.lists.count("activiteit", ListQuery(filters={"jaar": 2014,
                                                                    "o": "onderwijs"}))
    assert total > y2014 > y2014_o > 0
    per_o = sum(services.lists.count("activiteit", ListQuery(filters={"jaar": 2014, "o": o}))
                for o in ("onderzoek", "ontwikkeling", "onderwijs", "ondersteuning"))
    assert per_o == y2014
    utrecht = services.lists.count("activiteit", ListQuery(filters={"provincie_code": "PV26"}))
    none = services.lists.count("activiteit", ListQuery(filters={"zonder_gemeente": True}))
    assert 0 < utrecht < total and 0 < none < total


def test_projects_by_year_overlap(demo_db: Database) -> None:
    services = Services(demo_db)
    q = ListQuery(filters={"jaar": 2010})
    for row in services.lists.page("project", q, limit=1000):
        start, end = row["startdatum"], row["einddatum"]
        assert start.year <= 2010 <= end.year


def test_sorting_both_ways_with_empty_values_last(demo_db: Database) -> None:
    services = Services(demo_db)
    up = titles(services, "activiteit", ListQuery(sort="gemeente"), "gemeente")
    down = titles(services, "activiteit", ListQuery(sort="gemeente", descending=True), "gemeente")
    filled_up = [v for v in up if v]
    assert filled_up == sorted(filled_up)
    assert up[-1] is None and down[-1] is None
    assert [v for v in down if v] == sorted(filled_up, reverse=True)


def test_like_patterns_round_trip() -> None:
    from werkplaats_desktop.services.lists.build import unescape

    for text in ["50%", "a_b", "c\\d", "gewoon", "%_\\"]:
        assert unescape(like_pattern(text)) == text
