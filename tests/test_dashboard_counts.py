"""The count tables of the Overzicht (revisions 0005 and 0007, ``store/derived.py``) always
hold what a plain GROUP BY over the records gives, whatever happens to the records: generated
sequences of inserts, updates and deletes of activities, products, their theme links, project
and kenniskring (cascades from a werkplaats, a project and a kenniskring included), with undo
and redo in between (undo replays the inverse changes in reverse order, with foreign keys
checked only at the end). The dashboard's figures read from the counts equal the figures
grouped from the records.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from werkplaats_desktop.services.dashboard import DashboardFilter
from werkplaats_desktop.services.dashboard.draaitabel import compute as draaitabel
from werkplaats_desktop.services.dashboard.queries import compute, from_counts
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.derived import expected_counts, stored_counts

O_CODES = ("onderzoek", "ontwikkeling", "onderwijs", "ondersteuning")
YEARS = (2014, 2015, 2016)
NOW = "2015-01-01 00:00:00"


@dataclass
class World:
    """A small database: two werkplaatsen, a few gemeenten and themes to choose from."""

    db: Database
    gemeenten: list[int | None]
    themas: list[int]
    product_type: str
    serial: int = 0

    def uuid(self) -> str:
        self.serial += 1
        return f"00000000-0000-4000-8000-{self.serial:012d}"

    def ids(self, table: str) -> list[int]:
        return [row[0] for row in self.db._raw.execute(f"SELECT id FROM {table} ORDER BY id")]

    def pick(self, table: str, n: int) -> int | None:
        found = self.ids(table)
        return found[n % len(found)] if found else None


def _world(path: Path) -> World:
    db = Database.open(path)
    # a scratch file: no need to wait for the disk
    db._raw.execute("PRAGMA synchronous = OFF")
    db._raw.execute("PRAGMA journal_mode = MEMORY")
    with db.write("basis") as s:
        for i in (1, 2):
            s.execute(text(
                "INSERT INTO partner (uuid, naam, type, website, omschrijving, created_at, "
                "updated_at) VALUES "
                f"(:u, 'Hogeschool {i}', 'hogeschool', '', '', '{NOW}', '{NOW}')"),
                {"u": f"10000000-0000-4000-8000-00000000000{i}"})
            s.execute(text(
                "INSERT INTO werkplaats (uuid, naam, code, type, penvoerder_id, startjaar, "
                "provincie_code, regio, website, beschrijving, created_at, updated_at) VALUES "
                "(:u, :n, :c, 'wmo_werkplaats', (SELECT max(id) FROM partner), 2009, :p, '', '', "
                "'', :t, :t)"),
                {"u": f"20000000-0000-4000-8000-00000000000{i}", "n": f"Werkplaats {i}",
                 "c": f"WP-2000000{i}",
                 "p": "PV26" if i == 1 else None, "t": NOW})
        for i in (1, 2):  # a project in each werkplaats (revision 0007 counts per project)
            s.execute(text(
                "INSERT INTO project (uuid, werkplaats_id, naam, omschrijving, status, "
                "created_at, updated_at) VALUES (:u, :wp, :n, '', 'lopend', :t, :t)"),
                {"u": f"30000000-0000-4000-8000-00000000000{i}", "wp": i,
                 "n": f"Project {i}", "t": NOW})
            s.execute(text(
                "INSERT INTO kenniskring (uuid, werkplaats_id, naam, omschrijving, created_at, "
                "updated_at) VALUES (:u, :wp, :n, '', :t, :t)"),
                {"u": f"40000000-0000-4000-8000-00000000000{i}", "wp": i,
                 "n": f"Kenniskring {i}", "t": NOW})
    raw = db._raw
    gemeenten: list[int | None] = [r[0] for r in raw.execute(
        "SELECT id FROM gemeente ORDER BY id LIMIT 3")]
    themas = [r[0] for r in raw.execute("SELECT id FROM thema ORDER BY id LIMIT 3")]
    product_type = raw.execute("SELECT code FROM product_type LIMIT 1").fetchone()[0]
    db.history.undo.clear()
    return World(db, [*gemeenten, None], themas, product_type)


# --- what can happen to the records ---------------------------------------------------------


def add_activity(w: World, s: Any, wp: int, jaar: int, o: int, gem: int, bereik: int | None,
                 themes: list[int]) -> None:
    werkplaats = w.pick("werkplaats", wp)
    if werkplaats is None:
        return
    s.execute(text(
        "INSERT INTO activiteit (uuid, werkplaats_id, titel, o, jaar, gemeente_id, bereik, "
        "aantal_onderzoekers, aantal_professionals, aantal_studenten, aantal_vrijwilligers, "
        "omschrijving, created_at, updated_at) VALUES (:u, :wp, 'Activiteit', :o, :jaar, :gem, "
        ":bereik, 0, 0, 0, 0, '', :t, :t)"),
        {"u": w.uuid(), "wp": werkplaats, "o": O_CODES[o % 4],
         "jaar": YEARS[jaar % 3], "gem": w.gemeenten[gem % len(w.gemeenten)], "bereik": bereik,
         "t": NOW})
    new = s.execute(text("SELECT max(id) FROM activiteit")).scalar()
    for t in sorted({w.themas[t % 3] for t in themes}):
        s.execute(text("INSERT INTO activiteit_thema VALUES (:a, :t)"), {"a": new, "t": t})


def add_product(w: World, s: Any, wp: int, jaar: int, act: int | None,
                themes: list[int]) -> None:
    activity = w.pick("activiteit", act) if act is not None else None
    werkplaats = w.pick("werkplaats", wp)
    if werkplaats is None:
        return
    s.execute(text(
        "INSERT INTO product (uuid, werkplaats_id, titel, type, jaar, link, open_access, "
        "activiteit_id, omschrijving, created_at, updated_at) VALUES (:u, :wp, 'Product', :ty, "
        ":jaar, '', 1, :a, '', :t, :t)"),
        {"u": w.uuid(), "wp": werkplaats, "ty": w.product_type,
         "jaar": YEARS[jaar % 3], "a": activity, "t": NOW})
    new = s.execute(text("SELECT max(id) FROM product")).scalar()
    for t in sorted({w.themas[t % 3] for t in themes}):
        s.execute(text("INSERT INTO product_thema VALUES (:p, :t)"), {"p": new, "t": t})


def change_activity(w: World, s: Any, which: int, field: str, value: int) -> None:
    act = w.pick("activiteit", which)
    if act is None or (field == "werkplaats_id" and w.pick("werkplaats", value) is None):
        return
    values: dict[str, Any] = {
        "werkplaats_id": w.pick("werkplaats", value), "jaar": YEARS[value % 3],
        "o": O_CODES[value % 4], "gemeente_id": w.gemeenten[value % len(w.gemeenten)],
        "bereik": value * 10 if value % 3 else None}
    s.execute(text(f"UPDATE activiteit SET {field} = :v WHERE id = :a"),
              {"v": values[field], "a": act})


def change_product(w: World, s: Any, which: int, field: str, value: int) -> None:
    product = w.pick("product", which)
    if product is None or (field == "werkplaats_id" and w.pick("werkplaats", value) is None):
        return
    values: dict[str, Any] = {
        "werkplaats_id": w.pick("werkplaats", value), "jaar": YEARS[value % 3],
        "activiteit_id": w.pick("activiteit", value) if value % 3 else None}
    s.execute(text(f"UPDATE product SET {field} = :v WHERE id = :p"),
              {"v": values[field], "p": product})


def set_themes(w: World, s: Any, table: str, which: int, themes: list[int]) -> None:
    own = f"{table}_id"
    record = w.pick(table, which)
    if record is None:
        return
    s.execute(text(f"DELETE FROM {table}_thema WHERE {own} = :r"), {"r": record})
    for t in sorted({w.themas[t % 3] for t in themes}):
        s.execute(text(f"INSERT INTO {table}_thema VALUES (:r, :t)"), {"r": record, "t": t})


def set_project(w: World, s: Any, table: str, which: int, value: int,
                column: str = "project") -> None:
    """An activity or product joins a project (or another one), or leaves it; or the same
    with a kenniskring."""
    record = w.pick(table, which)
    if record is None:
        return
    project = w.pick(column, value) if value % 3 else None
    s.execute(text(f"UPDATE {table} SET {column}_id = :p WHERE id = :r"),
              {"p": project, "r": record})


def set_kenniskring(w: World, s: Any, table: str, which: int, value: int) -> None:
    set_project(w, s, table, which, value, "kenniskring")


def move_link(w: World, s: Any, table: str, which: int, target: int, theme: int) -> None:
    """Change a link row in place (no program screen does this; undo could replay it)."""
    links = s.execute(text(f"SELECT rowid FROM {table}_thema ORDER BY rowid")).scalars().all()
    record = w.pick(table, target)
    if not links or record is None:
        return
    s.execute(text(f"UPDATE OR IGNORE {table}_thema SET {table}_id = :r, thema_id = :t "
                   "WHERE rowid = :x"),
              {"r": record, "t": w.themas[theme % 3], "x": links[which % len(links)]})


def delete(w: World, s: Any, table: str, which: int) -> None:
    record = w.pick(table, which)
    if record is not None:
        s.execute(text(f"DELETE FROM {table} WHERE id = :r"), {"r": record})


small = st.integers(0, 11)
themes = st.lists(small, max_size=3)
OPERATIONS = st.one_of(
    st.tuples(st.just("add_activity"), small, small, small, small,
              st.one_of(st.none(), st.integers(0, 50)), themes),
    st.tuples(st.just("add_product"), small, small, st.one_of(st.none(), small), themes),
    st.tuples(st.just("change_activity"), small,
              st.sampled_from(["werkplaats_id", "jaar", "o", "gemeente_id", "bereik"]), small),
    st.tuples(st.just("change_product"), small,
              st.sampled_from(["werkplaats_id", "jaar", "activiteit_id"]), small),
    st.tuples(st.just("set_themes"), st.sampled_from(["activiteit", "product"]), small, themes),
    st.tuples(st.just("move_link"), st.sampled_from(["activiteit", "product"]), small, small,
              small),
    st.tuples(st.just("set_project"), st.sampled_from(["activiteit", "product"]), small, small),
    st.tuples(st.just("delete"), st.just("project"), small),
    st.tuples(st.just("set_kenniskring"), st.sampled_from(["activiteit", "product"]), small,
              small),
    st.tuples(st.just("delete"), st.just("kenniskring"), small),
    st.tuples(st.just("delete"), st.just("activiteit"), small),
    st.tuples(st.just("delete"), st.just("product"), small),
    st.tuples(st.just("delete"), st.just("werkplaats"), small),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)
ACTIONS = {"add_activity": add_activity, "add_product": add_product,
           "change_activity": change_activity, "change_product": change_product,
           "set_themes": set_themes, "move_link": move_link, "set_project": set_project,
           "set_kenniskring": set_kenniskring, "delete": delete}

DRAAITABELLEN = [("thema", "o", "activiteiten"), ("gemeente", "jaar", "bereik"),
                 ("provincie", "werkplaats", "activiteiten"), ("thema", "jaar", "producten"),
                 ("o", "gemeente", "producten")]

FILTERS = [DashboardFilter(), DashboardFilter.year(2015),
           DashboardFilter(jaar_van=2015, jaar_tot=2016, o="onderwijs"),
           DashboardFilter(werkplaats_ids=(1,)), DashboardFilter(werkplaats_ids=(1, 2))]


def _assert_counts_right(raw: sqlite3.Connection, step: str) -> None:
    expected, stored = expected_counts(raw), stored_counts(raw)
    for table in expected:
        assert stored[table] == expected[table], (
            f"{table} after {step}: missing {sorted(expected[table] - stored[table])}, "
            f"wrong {sorted(stored[table] - expected[table])}")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(OPERATIONS, min_size=1, max_size=25))
def test_counts_follow_every_change_undo_and_redo(
        tmp_path_factory: pytest.TempPathFactory, empty_template: Path,
        steps: list[tuple[Any, ...]]) -> None:
    path = tmp_path_factory.mktemp("tellingen") / "w.sqlite"
    shutil.copy(empty_template, path)
    w = _world(path)
    try:
        for i, (name, *args) in enumerate(steps):
            if name == "undo":
                w.db.undo()
            elif name == "redo":
                w.db.redo()
            else:
                with w.db.write(name) as s:
                    ACTIONS[name](w, s, *args)
            _assert_counts_right(w.db._raw, f"step {i}: {name}{tuple(args)}")
        with w.db.read() as s:
            for f in FILTERS:
                assert compute(s, f, Decimal(75), counts=True) == \
                    compute(s, f, Decimal(75), counts=False), f
            # the draaitabel sums the same tables (rows whose count went back to 0 included)
            for rijen, kolommen, waarde in DRAAITABELLEN:
                for f in FILTERS[:3]:
                    assert draaitabel(s, rijen, kolommen, waarde, f) == draaitabel(
                        s, rijen, kolommen, waarde, f, counts=False), (rijen, kolommen, f)
    finally:
        w.db.close()


#: every kind of change once, in an order where each trigger meets the case it is for
SCENARIO: list[tuple[Any, ...]] = [
    ("add_activity", 0, 0, 0, 0, 10, [0, 1]),      # activity with two themes
    ("add_activity", 1, 1, 1, 3, None, []),        # another werkplaats, no gemeente, no theme
    ("add_product", 0, 0, 0, [2]),                 # product of the first activity
    ("add_product", 1, 2, 1, []),                  # product of the second, without theme
    ("add_product", 0, 1, None, [0]),              # product without activity
    ("change_activity", 0, "o", 2),                # its product moves to another O
    ("change_activity", 0, "gemeente_id", 1),      # ... and gemeente
    ("change_activity", 1, "werkplaats_id", 0),
    ("change_activity", 1, "bereik", 4),
    ("change_product", 2, "activiteit_id", 1),     # a product gets an activity
    ("change_product", 0, "jaar", 2),
    ("set_themes", "activiteit", 1, [1, 2]),       # first themes of a record
    ("set_themes", "activiteit", 0, []),           # last theme removed
    ("set_themes", "product", 1, [0]),
    ("move_link", "activiteit", 0, 0, 0),          # a link moved to another record
    ("move_link", "product", 0, 1, 2),
    ("set_project", "activiteit", 0, 1),           # an activity with themes joins a project
    ("set_project", "activiteit", 1, 2),           # one with two themes joins the other
    ("set_project", "product", 0, 1),
    ("set_project", "product", 1, 2),              # a product without theme: theme 0
    ("set_themes", "activiteit", 1, [0]),          # a project's record changes themes
    ("change_activity", 1, "jaar", 1),             # ... and year
    ("set_project", "activiteit", 1, 1),           # ... and project
    ("move_link", "product", 0, 0, 1),
    ("delete", "project", 1),                      # its records leave it (SET NULL)
    ("undo",), ("redo",), ("undo",),
    ("set_kenniskring", "activiteit", 0, 1),       # a kenniskring's output
    ("set_kenniskring", "product", 1, 2),
    ("change_product", 1, "jaar", 1),
    ("set_kenniskring", "activiteit", 0, 2),       # ... moves to the other kenniskring
    ("delete", "kenniskring", 1),                  # ... which goes (SET NULL)
    ("undo",),
    ("set_project", "product", 0, 0),              # a record leaves its project
    ("delete", "activiteit", 0),                   # its products keep counting, without O
    ("undo",),                                     # back: links and products return first
    ("redo",),
    ("undo",), ("undo",), ("undo",),
    ("redo",), ("redo",),
    ("delete", "product", 1),
    ("delete", "werkplaats", 0),                   # a cascade over everything of it
    ("undo",),
    ("redo",),
]


def test_counts_follow_each_kind_of_change(tmp_path: Path, empty_template: Path) -> None:
    """The scenario above step by step, then every step undone and redone again."""
    path = tmp_path / "w.sqlite"
    shutil.copy(empty_template, path)
    w = _world(path)
    try:
        for i, (name, *args) in enumerate(SCENARIO):
            if name == "undo":
                w.db.undo()
            elif name == "redo":
                w.db.redo()
            else:
                with w.db.write(name) as s:
                    ACTIONS[name](w, s, *args)
            _assert_counts_right(w.db._raw, f"step {i}: {name}{tuple(args)}")
        while w.db.undo() is not None:
            _assert_counts_right(w.db._raw, "undo")
        while w.db.redo() is not None:
            _assert_counts_right(w.db._raw, "redo")
    finally:
        w.db.close()


def test_the_demo_counts_match_the_records(demo_db: Database) -> None:
    """A database made through the services (the demo) and every filter the counts serve:
    the figures from the counts are the figures grouped from the records."""
    _assert_counts_right(demo_db._raw, "the demo")
    with demo_db.read() as s:
        years = [r[0] for r in s.execute(text("SELECT DISTINCT jaar FROM activiteit"))]
        for f in [*FILTERS, *(DashboardFilter.year(y) for y in years),
                  DashboardFilter(o="ondersteuning", werkplaats_ids=(2, 5))]:
            assert from_counts(f)
            assert compute(s, f, Decimal(75), counts=True) == \
                compute(s, f, Decimal(75), counts=False), f


def test_filters_the_counts_cannot_answer_group_the_records() -> None:
    """Per partner type, and "records with theme X" (a record with two themes is one record),
    are not sums of what the counts hold: those filters group the records themselves."""
    assert from_counts(DashboardFilter(jaar_van=2010, werkplaats_ids=(3,), o="onderzoek"))
    assert not from_counts(DashboardFilter(thema_id=4))
    assert not from_counts(DashboardFilter(partner_type="gemeente"))
