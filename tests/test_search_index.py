"""The search index (revision 0005, ``store/derived.py``): a search of 3 or more characters
finds exactly the rows ``LIKE '%text%'`` finds (case-blind for A-Z only, accents exact, the
LIKE wildcards and FTS5's own syntax taken literally), through trigram indexes that triggers
keep in step with every insert, update, delete, undo and redo. Shorter texts, and SQLite
builds without FTS5 trigram, search with LIKE as before.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from werkplaats_desktop.services import Services
from werkplaats_desktop.services.lists import ListQuery, engine
from werkplaats_desktop.services.lists.build import like_pattern
from werkplaats_desktop.services.lists.engine import ListService
from werkplaats_desktop.store import derived
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.migrate import SchemaError

#: letters that differ from each other only in case or accent, ASCII and not, characters
#: that fold to ASCII in Unicode (Kelvin sign, dotted capital I, long s), LIKE's wildcards
#: and escape, FTS5 query syntax and spaces
ALPHABET = ("aAeE\u00e9\u00c9\u00eb\u00cbiI\u0130\u0131oO\u00f6\u00d6sS\u017f\u00dfkK\u212anN"
            " %_\\\"'*:^()-")
TITLES = st.lists(st.text(alphabet=ALPHABET, max_size=16), min_size=1, max_size=25)
NOW = "2015-01-01 00:00:00"


def _like(raw: sqlite3.Connection, needle: str) -> set[int]:
    """What the search found before the index: the title LIKE the text."""
    return {r[0] for r in raw.execute("SELECT id FROM activiteit WHERE titel LIKE ? ESCAPE '\\'",
                                      (like_pattern(needle),))}


def _indexed(raw: sqlite3.Connection, needle: str) -> set[int]:
    """What the index finds: the phrase of the ASCII-lowered text (as ``indexed_ids``)."""
    return {r[0] for r in raw.execute(
        "SELECT rowid FROM zoek_activiteit WHERE zoek_activiteit MATCH "
        "'\"' || replace(lower(?), '\"', '\"\"') || '\"'", (needle,))}


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("zoeken") / "zoeken.sqlite"
    shutil.copy(empty_template, path)
    db = Database.open(path)
    db._raw.execute("PRAGMA synchronous = OFF")
    with db.write("basis") as s:
        s.execute(text("INSERT INTO partner (uuid, naam, type, website, omschrijving, created_at, "
                       "updated_at) VALUES ('10000000-0000-4000-8000-000000000001', 'Hogeschool', "
                       "'hogeschool', '', '', :t, :t)"), {"t": NOW})
        s.execute(text("INSERT INTO werkplaats (uuid, naam, type, penvoerder_id, regio, website, "
                       "beschrijving, created_at, updated_at) VALUES "
                       "('20000000-0000-4000-8000-000000000001', 'W', 'wmo_werkplaats', 1, '', "
                       "'', '', :t, :t)"), {"t": NOW})
    yield db
    db.close()


def _replace_titles(db: Database, titles: list[str]) -> None:
    with db.write("titels") as s:
        s.execute(text("DELETE FROM activiteit"))
        for i, titel in enumerate(titles):
            s.execute(text(
                "INSERT INTO activiteit (uuid, werkplaats_id, titel, o, jaar, "
                "aantal_onderzoekers, aantal_professionals, aantal_studenten, "
                "aantal_vrijwilligers, omschrijving, created_at, updated_at) VALUES "
                "(:u, (SELECT id FROM werkplaats), :titel, 'onderzoek', 2015, 0, 0, 0, 0, '', "
                ":t, :t)"), {"u": f"30000000-0000-4000-8000-{i:012d}", "titel": titel, "t": NOW})


def _needles(titles: list[str]) -> st.SearchStrategy[str]:
    """Texts a user might type: a piece of a title (in another case, too) or anything."""
    pieces = [t[i:j] for t in titles for i in range(len(t)) for j in range(i + 3, len(t) + 1)]
    typed = st.text(alphabet=ALPHABET, min_size=3, max_size=6)
    if not pieces:
        return typed
    piece = st.sampled_from(pieces)
    return st.one_of(typed, piece, piece.map(str.upper), piece.map(str.swapcase))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), titles=TITLES)
def test_the_index_finds_exactly_what_like_finds(scratch: Database, data: Any,
                                                  titles: list[str]) -> None:
    _replace_titles(scratch, titles)
    for _ in range(5):
        needle = data.draw(_needles(titles))
        if len(needle.strip()) < derived.MIN_INDEXED_CHARS or needle != needle.strip():
            continue  # the list strips the text; shorter texts are never looked up
        assert _indexed(scratch._raw, needle) == _like(scratch._raw, needle), (needle, titles)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), titles=TITLES, changed=st.lists(st.text(alphabet=ALPHABET, max_size=12),
                                                       max_size=5))
def test_the_list_search_gives_the_same_rows_and_total_as_before(
        scratch: Database, data: Any, titles: list[str], changed: list[str]) -> None:
    """Through the list service, as the activities list searches its visible columns: the
    same ids in the same order and the same total, page after page, also after titles were
    changed, deleted, and the change undone and redone."""
    _replace_titles(scratch, titles)
    with scratch.write("wijzigen") as s:
        ids = s.execute(text("SELECT id FROM activiteit ORDER BY id")).scalars().all()
        for i, titel in zip(ids, changed, strict=False):
            s.execute(text("UPDATE activiteit SET titel = :t WHERE id = :i"), {"t": titel, "i": i})
        if ids:
            s.execute(text("DELETE FROM activiteit WHERE id = :i"), {"i": ids[-1]})
    if data.draw(st.booleans()):
        scratch.undo()
        if data.draw(st.booleans()):
            scratch.redo()
    indexed, plain = ListService(scratch), ListService(scratch)
    plain._indexes = frozenset()  # as before the index: LIKE over every row
    spec = indexed.spec("activiteit")
    visible = tuple(c.key for c in spec.columns if c.visible)
    current = scratch._raw.execute("SELECT titel FROM activiteit").fetchall()
    for _ in range(3):
        needle = data.draw(_needles([r[0] for r in current] or titles))
        q = ListQuery(search=needle, search_columns=visible)
        for offset in (0, 3):
            assert indexed.ids("activiteit", q, offset, 4) == plain.ids("activiteit", q,
                                                                         offset, 4), needle
        assert indexed.count("activiteit", q) == plain.count("activiteit", q), needle


def test_short_texts_and_other_lists_stay_a_scan(services: Services) -> None:
    lists = services.lists
    spec = lists.spec("activiteit")
    assert lists._search_parts(spec, ListQuery(search="ab"))[1] is False
    assert lists._search_parts(spec, ListQuery(search="abc"))[1] is True
    partner = lists.spec("partner")
    assert lists._search_parts(partner, ListQuery(search="abc"))[1] is False


@pytest.mark.parametrize("kept", [engine.MAX_KEPT_MATCHES, 10])
def test_a_large_list_pages_the_same_with_and_without_the_index(
        demo_db: Database, kept: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo (1 300 activities): common words (the page read in list order from the first
    rows), rare ones (the matches sorted), every page, any sort, with a filter; and with the
    matches too many to keep (then each page selects its rows with the search itself)."""
    monkeypatch.setattr(engine, "MAX_KEPT_MATCHES", kept)
    indexed, plain = ListService(demo_db), ListService(demo_db)
    plain._indexes = frozenset()
    for key in ("activiteit", "product", "project"):
        spec = indexed.spec(key)
        visible = tuple(c.key for c in spec.columns if c.visible)
        for needle in ("wijk", "Utrecht", "eenzaam", "bijeenkomst", "qqxz", "201"):
            for sort, descending, filters in ((None, None, {}), ("titel", False, {}),
                                              (None, None, {"werkplaats_id": 1})):
                if sort and sort not in spec.index:
                    continue
                q = ListQuery(search=needle, search_columns=visible, sort=sort,
                              descending=descending,
                              filters=filters if "werkplaats_id" in
                              {f.name for f in spec.filters} else {})
                total = plain.count(key, q)
                assert indexed.count(key, q) == total, (key, needle)
                for offset in range(0, total + 1, 97):
                    assert indexed.ids(key, q, offset, 97) == plain.ids(key, q, offset, 97), (
                        key, needle, sort, offset)


def test_upgrading_fills_the_index(tmp_path: Path) -> None:
    """A file of revision 0003 gets the index of what it already holds."""
    fixture = Path(__file__).parent / "fixtures" / "schema_0003.sqlite"
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        lists = ListService(db)
        assert lists._usable_indexes() == frozenset(derived.SEARCH_INDEXES)
        for needle in ("ixture-ACT", "fixture-activiteit", "XTURE-project"):
            q = ListQuery(search=needle)
            assert lists.count("activiteit", q) == 1, needle
            assert len(lists.ids("activiteit", q)) == 1
        assert lists.count("project", ListQuery(search="Fixture-pro")) == 1


@pytest.fixture
def without_trigram(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An SQLite without FTS5 trigram, as some Python builds have: a scratch connection
    refuses the virtual table, as the real one would."""
    real = sqlite3.connect

    class NoFts5:
        def __init__(self, conn: sqlite3.Connection):
            self._conn = conn

        def execute(self, sql: str, *args: Any) -> Any:
            if "fts5" in sql:
                raise sqlite3.OperationalError("no such module: fts5")
            return self._conn.execute(sql, *args)

        def close(self) -> None:
            self._conn.close()

    def connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        conn = real(database, *args, **kwargs)
        return NoFts5(conn) if database == ":memory:" else conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    derived.trigram_available.cache_clear()
    yield
    monkeypatch.setattr(sqlite3, "connect", real)
    derived.trigram_available.cache_clear()


def test_without_fts5_the_file_gets_no_index_and_the_lists_scan(
        without_trigram: None, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    with Database.open(tmp_path / "zonder.sqlite") as db:
        names = {r[0] for r in db._raw.execute("SELECT name FROM sqlite_master")}
        assert not names & set(derived.SEARCH_INDEXES)
        assert "geen FTS5 met trigram" in caplog.text  # the migration said so
        services = Services(db)
        from tests.factories import small_werkplaats

        small_werkplaats(services)
        caplog.clear()
        q = ListQuery(search="kwartier")
        assert services.lists.count("activiteit", q) == 1
        assert len(services.lists.ids("activiteit", q)) == 1
        assert "Geen zoekindex" in caplog.text


def test_a_file_with_an_index_is_refused_by_an_sqlite_without_fts5(
        without_trigram: None, db_path: Path) -> None:
    """Writing an activity would fail in its trigger; the file is refused when it is opened,
    with a Dutch message, and left as it was."""
    before = db_path.read_bytes()
    with pytest.raises(SchemaError, match="zoekindex"):
        Database.open(db_path)
    assert db_path.read_bytes() == before
