"""The draaitabel's activities and products kept as columns in memory
(``services/dashboard/draaitabel_kolommen.py``) count exactly what the SQL ``GROUP BY`` of the
records counts: every pair of dimensions, every value of activities and products, every
filter, on the demo and on generated files with the awkward cases (no subtype, gemeente,
kenniskring, project or theme; several themes; a project with partners of several types, or of
one type twice; bereik or uren left empty; a product without an activity, or whose activity
has no gemeente, in a werkplaats with or without a province). And they are read again when
the file's data change."""

from __future__ import annotations

import shutil
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from werkplaats_desktop.services.dashboard import draaitabel, draaitabel_kolommen
from werkplaats_desktop.services.dashboard.draaitabel import DIMENSIES, compute
from werkplaats_desktop.services.dashboard.model import DashboardFilter
from werkplaats_desktop.store.database import Database

VALUES = ("activiteiten", "bereik", "uren", "producten")
NOW = "2015-01-01 00:00:00"


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Columns kept from any number of records, and never the count tables: every
    draaitabel of activities and products then comes from the columns, counted a few
    records at a time (the chunks' seams are crossed)."""
    monkeypatch.setattr(draaitabel_kolommen, "DREMPEL", 0)
    monkeypatch.setattr(draaitabel_kolommen, "CHUNK", 7)
    monkeypatch.setattr(draaitabel, "_from_counts", lambda *_a: None)
    draaitabel_kolommen.forget()
    yield draaitabel_kolommen
    draaitabel_kolommen.forget()


def same_tables(session: Any, f: DashboardFilter, pairs: Any = None) -> int:
    """Compare every pair (or ``pairs``) and value under ``f``; the number compared."""
    n = 0
    for rijen, kolommen in pairs or combinations(DIMENSIES, 2):
        for waarde in VALUES:
            kept = compute(session, rijen, kolommen, waarde, f)
            grouped = compute(session, rijen, kolommen, waarde, f, counts=False)
            assert kept == grouped, (rijen, kolommen, waarde, f)
            assert kept.cellen == grouped.cellen
            n += 1
    return n


def test_the_kept_columns_count_what_the_records_group_on_the_demo(
        demo_db: Database, kept: Any) -> None:
    with demo_db.read() as s:
        years = sorted({r.key for r in compute(s, "jaar", "o").rij_waarden})
        theme = s.execute(text("SELECT min(thema_id) FROM activiteit_thema")).scalar()
        ptype = s.execute(text("SELECT min(type) FROM partner")).scalar()
        filters = [
            DashboardFilter(), DashboardFilter.year(years[-1]),
            DashboardFilter(jaar_van=years[0], jaar_tot=years[1], o="onderwijs"),
            DashboardFilter(werkplaats_ids=(2, 5)), DashboardFilter(thema_id=theme),
            DashboardFilter(partner_type=ptype),
            DashboardFilter(thema_id=theme, partner_type=ptype, jaar_van=years[1]),
            DashboardFilter.year(1990),  # nothing: empty tables
            DashboardFilter(thema_id=999_999), DashboardFilter(partner_type="overig"),
        ]
        for f in filters:
            assert same_tables(s, f) == 36 * 4
        # the columns were used, not the SQL
        for waarde in VALUES:
            assert kept.grouped(s, ("thema", "partnertype"), waarde,
                                DashboardFilter()) is not None


def test_bijdragen_and_small_files_are_left_to_the_sql(demo_db: Database) -> None:
    draaitabel_kolommen.forget()
    with demo_db.read() as s:
        # the demo is far below the threshold: nothing is kept, the SQL answers
        for waarde in VALUES:
            assert draaitabel_kolommen.grouped(s, ("jaar", "o"), waarde,
                                               DashboardFilter()) is None
        for waarde in ("bijdragen_geld", "bijdragen_uren"):
            assert draaitabel_kolommen.grouped(s, ("jaar", "werkplaats"), waarde,
                                               DashboardFilter(), drempel=0) is None


def test_a_change_to_the_file_is_counted_at_once(demo_path: Path, kept: Any) -> None:
    """A change made by the program, and one by another process, are both in the next
    draaitabel: the columns are read again when SQLite's change counter moves."""
    db = Database.open(demo_path)
    try:
        with db.read() as s:
            before = compute(s, "jaar", "o", "activiteiten").totaal
        with db.write("weg") as s:
            s.execute(text("DELETE FROM activiteit WHERE id = (SELECT min(id) FROM activiteit)"))
        with db.read() as s:
            assert compute(s, "jaar", "o", "activiteiten").totaal == before - 1
            assert same_tables(s, DashboardFilter(), [("jaar", "o"), ("thema", "soort")])
    finally:
        db.close()
    import sqlite3

    other = sqlite3.connect(demo_path)
    with other:
        other.execute("PRAGMA foreign_keys = ON")
        other.execute("DELETE FROM activiteit WHERE id = (SELECT min(id) FROM activiteit)")
    other.close()
    db = Database.open(demo_path)
    try:
        with db.read() as s:
            assert compute(s, "jaar", "o", "activiteiten").totaal == before - 2
    finally:
        db.close()


# --- generated files ------------------------------------------------------------------------

ACTIVITY = st.fixed_dictionaries({
    "wp": st.integers(0, 2), "jaar": st.integers(2013, 2016), "kind": st.integers(0, 30),
    "gemeente": st.integers(0, 3), "kenniskring": st.integers(0, 2),
    "project": st.integers(0, 3), "bereik": st.one_of(st.none(), st.integers(0, 500)),
    "uren": st.one_of(st.none(), st.integers(0, 100_000)),
    "themes": st.lists(st.integers(0, 3), max_size=3),
})
PRODUCT = st.fixed_dictionaries({
    "wp": st.integers(0, 2), "jaar": st.integers(2013, 2016), "type": st.integers(0, 5),
    "activity": st.one_of(st.none(), st.integers(0, 30)), "kenniskring": st.integers(0, 2),
    "project": st.integers(0, 3), "themes": st.lists(st.integers(0, 3), max_size=3),
})
PARTNERS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4)), max_size=8)


def _build(path: Path, activities: list[dict[str, Any]], products: list[dict[str, Any]],
           partners: list[tuple[int, int]]) -> Database:
    db = Database.open(path)
    raw = db._raw
    raw.execute("PRAGMA synchronous = OFF")
    with db.write("basis") as s:
        def q(sql: str, **params: Any) -> Any:
            return s.execute(text(sql), params)

        types = [r[0] for r in q("SELECT code FROM partner_type ORDER BY volgorde LIMIT 5")]
        for i, t in enumerate(types):
            q("INSERT INTO partner (uuid, naam, type, website, omschrijving, created_at, "
              "updated_at) VALUES (:u, :n, :ty, '', '', :t, :t)",
              u=f"10000000-0000-4000-8000-{i:012d}", n=f"Partner {i}", ty=t, t=NOW)
        # a second partner of the first type: a project with both counts under it once
        q("INSERT INTO partner (uuid, naam, type, website, omschrijving, created_at, "
          "updated_at) VALUES (:u, 'Partner bis', :ty, '', '', :t, :t)",
          u="10000000-0000-4000-8000-000000000099", ty=types[0], t=NOW)
        partner_ids = [r[0] for r in q("SELECT id FROM partner ORDER BY id")]
        for i in (1, 2):
            q("INSERT INTO werkplaats (uuid, naam, code, type, penvoerder_id, startjaar, "
              "provincie_code, regio, website, beschrijving, created_at, updated_at) VALUES "
              "(:u, :n, :c, 'wmo_werkplaats', :p, 2009, :pv, '', '', '', :t, :t)",
              u=f"20000000-0000-4000-8000-00000000000{i}", n=f"Werkplaats {i}",
              c=f"WP-2000000{i}", p=partner_ids[0], pv="PV26" if i == 1 else None, t=NOW)
            q("INSERT INTO kenniskring (uuid, werkplaats_id, naam, omschrijving, created_at, "
              "updated_at) VALUES (:u, :wp, :n, '', :t, :t)",
              u=f"40000000-0000-4000-8000-00000000000{i}", wp=i, n=f"Kenniskring {i}", t=NOW)
        for i in range(3):
            q("INSERT INTO project (uuid, werkplaats_id, naam, omschrijving, status, "
              "created_at, updated_at) VALUES (:u, :wp, :n, '', 'lopend', :t, :t)",
              u=f"30000000-0000-4000-8000-00000000000{i}", wp=1 + i % 2, n=f"Project {i}", t=NOW)
        projects = [None, *[r[0] for r in q("SELECT id FROM project ORDER BY id")]]
        for project, partner in {(p % 3, k % len(partner_ids)) for p, k in partners}:
            q("INSERT INTO project_partner VALUES (:p, :k, 'meedenker')",
              p=projects[1 + project], k=partner_ids[partner])
        gemeenten = [None, *[r[0] for r in q("SELECT id FROM gemeente ORDER BY id LIMIT 3")]]
        themes = [r[0] for r in q("SELECT id FROM thema ORDER BY id LIMIT 4")]
        kinds = [(o, None) for (o,) in q("SELECT code FROM o_soort ORDER BY code")]
        kinds += list(q("SELECT o, code FROM activiteit_subtype ORDER BY o, code"))
        kenniskringen = [None, *[r[0] for r in q("SELECT id FROM kenniskring ORDER BY id")]]
        for n, a in enumerate(activities):
            o, subtype = kinds[a["kind"] % len(kinds)]
            q("INSERT INTO activiteit (uuid, werkplaats_id, titel, o, subtype, jaar, "
              "gemeente_id, kenniskring_id, project_id, bereik, uren, aantal_onderzoekers, "
              "aantal_professionals, aantal_studenten, aantal_vrijwilligers, omschrijving, "
              "created_at, updated_at) VALUES (:u, :wp, 'A', :o, :st, :jaar, :g, :k, :p, :b, "
              ":uren, 0, 0, 0, 0, '', :t, :t)",
              u=f"50000000-0000-4000-8000-{n:012d}", wp=1 + a["wp"] % 2, o=o, st=subtype,
              jaar=a["jaar"], g=gemeenten[a["gemeente"]], k=kenniskringen[a["kenniskring"]],
              p=projects[a["project"]], b=a["bereik"], uren=a["uren"], t=NOW)
            new = q("SELECT max(id) FROM activiteit").scalar()
            for t in sorted({themes[t] for t in a["themes"]}):
                q("INSERT INTO activiteit_thema VALUES (:a, :t)", a=new, t=t)
        activity_ids = [r[0] for r in q("SELECT id FROM activiteit ORDER BY id")]
        types = [r[0] for r in q("SELECT code FROM product_type ORDER BY code")]
        for n, p in enumerate(products):
            activity = (activity_ids[p["activity"] % len(activity_ids)]
                        if activity_ids and p["activity"] is not None else None)
            q("INSERT INTO product (uuid, werkplaats_id, titel, type, jaar, link, open_access, "
              "project_id, activiteit_id, kenniskring_id, omschrijving, created_at, "
              "updated_at) VALUES (:u, :wp, 'P', :ty, :jaar, '', 1, :p, :a, :k, '', :t, :t)",
              u=f"60000000-0000-4000-8000-{n:012d}", wp=1 + p["wp"] % 2,
              ty=types[p["type"] % len(types)], jaar=p["jaar"], p=projects[p["project"]],
              a=activity, k=kenniskringen[p["kenniskring"]], t=NOW)
            new = q("SELECT max(id) FROM product").scalar()
            for t in sorted({themes[t] for t in p["themes"]}):
                q("INSERT INTO product_thema VALUES (:p, :t)", p=new, t=t)
        # a gap in the ids, as after deleting records
        for table, rows in (("activiteit", activities), ("product", products)):
            if len(rows) > 2:
                q(f"DELETE FROM {table} WHERE id = (SELECT min(id) + 1 FROM {table})")
    return db


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(activities=st.lists(ACTIVITY, max_size=25), products=st.lists(PRODUCT, max_size=12),
       partners=PARTNERS,
       pair=st.sampled_from(list(combinations(DIMENSIES, 2))),
       f=st.builds(DashboardFilter,
                   jaar_van=st.one_of(st.none(), st.integers(2013, 2016)),
                   jaar_tot=st.one_of(st.none(), st.integers(2013, 2016)),
                   werkplaats_ids=st.sampled_from([(), (1,), (2,), (1, 2)]),
                   o=st.sampled_from([None, "onderzoek", "onderwijs"]),
                   thema_id=st.sampled_from([None, 1, 2])))
def test_the_kept_columns_count_what_the_records_group_on_generated_files(
        tmp_path_factory: pytest.TempPathFactory, empty_template: Path, kept: Any,
        activities: list[dict[str, Any]], products: list[dict[str, Any]],
        partners: list[tuple[int, int]], pair: tuple[str, str], f: DashboardFilter) -> None:
    path = tmp_path_factory.mktemp("kolommen") / "a.sqlite"
    shutil.copy(empty_template, path)
    db = _build(path, activities, products, partners)
    try:
        with db.read() as s:
            types = [r[0] for r in s.execute(text("SELECT DISTINCT type FROM partner"))]
            for extra in (f, DashboardFilter(partner_type=types[0], thema_id=f.thema_id)):
                same_tables(s, extra, [pair, ("thema", "partnertype"), ("soort", "provincie")])
    finally:
        db.close()
        draaitabel_kolommen.forget()
