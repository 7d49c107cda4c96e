"""The store: migrations create the schema, refuse what they must, keep data on upgrade."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from werkplaats_desktop.store import derived, migrate, orm
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import APPLICATION_ID, make_engine
from werkplaats_desktop.store.migrate import DatabaseTooNew, NotAWerkplaatsDatabase

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _records_only(name: str | None, type_: str, parent_names: dict[str, str | None]) -> bool:
    table = name if type_ == "table" else parent_names.get("table_name")
    return not (table and derived.is_derived(table))


def _counts_only(name: str | None, type_: str, parent_names: dict[str, str | None]) -> bool:
    if type_ == "schema":
        return True
    table = name if type_ == "table" else parent_names.get("table_name")
    return table in derived.COUNT_TABLES


def test_new_database_is_made_by_the_migrations_and_matches_the_models(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_name": _records_only}), orm.Base.metadata)
        counts_diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_name": _counts_only}), derived.metadata)
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    engine.dispose()
    assert diff == [], f"ORM models and migrations differ: {diff}"
    assert counts_diff == [], f"store/derived.py and revision 0005 differ: {counts_diff}"
    # everything in the file is either a record table or derived data
    assert tables - set(orm.Base.metadata.tables) - {"alembic_version"} == {
        t for t in tables if derived.is_derived(t)}
    assert version == migrate.head_revision()
    assert app_id == APPLICATION_ID


def test_the_drift_check_would_notice_a_missing_column(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("ALTER TABLE project DROP COLUMN omschrijving")
    conn.close()
    engine = make_engine(db_path)
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(
            c, opts={"include_name": _records_only}), orm.Base.metadata)
    engine.dispose()
    assert any(d[0] == "add_column" and d[3].name == "omschrijving" for d in diff)


def test_connection_settings(db: Database) -> None:
    with db.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert s.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError):
        with db.write("wees") as s:
            s.add(orm.Project(werkplaats_id=999, naam="Zonder werkplaats", status="lopend"))
            s.flush()
    with db.read() as s:
        assert s.query(orm.Project).count() == 0


def test_worker_connections_enforce_foreign_keys_too(db: Database) -> None:
    with pytest.raises(IntegrityError):
        with db.worker_session(write=True) as s:
            s.add(orm.Kenniskring(werkplaats_id=12345, naam="wees"))
            s.flush()


def test_check_and_backup_connections_enforce_foreign_keys_too(db_path: Path) -> None:
    from werkplaats_desktop.store.engine import connect_raw

    conn = connect_raw(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("INSERT INTO kenniskring (uuid, werkplaats_id, naam, omschrijving, "
                         "created_at, updated_at) VALUES ('u', 4242, 'wees', '', '2015-01-01', "
                         "'2015-01-01')")
    finally:
        conn.close()


def test_a_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        Database.open(db_path)
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("*voor-upgrade*"))


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "iets-anders.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE boodschappen(item TEXT)")
    conn.execute("INSERT INTO boodschappen VALUES ('melk')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAWerkplaatsDatabase, match="geen database van Werkplaats Desktop"):
        Database.open(path)
    assert digest(path) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tekst.sqlite"
    path.write_text("dit is geen database\n" * 100)
    before = digest(path)
    with pytest.raises(NotAWerkplaatsDatabase):
        Database.open(path)
    assert digest(path) == before


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("schema_*.sqlite"))


def test_there_is_a_fixture_for_every_revision() -> None:
    have = {p.stem.removeprefix("schema_") for p in fixture_files()}
    assert have == migrate.known_revisions()


@pytest.mark.parametrize("fixture", fixture_files(), ids=lambda p: p.stem)
def test_every_old_revision_upgrades_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    """Each fixture was made at its revision by tests/fixtures/make_fixture.py with the same
    sample records; after the upgrade they must all still be there."""
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    revision = fixture.stem.removeprefix("schema_")
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        from werkplaats_desktop.domain.enums import JaarStatus
        from werkplaats_desktop.services import Services

        svc = Services(db)
        wp = {w.naam: w for w in svc.werkplaatsen.all()}
        assert "Fixture-werkplaats" in wp
        assert {p.naam for p in svc.projecten.all()} == {"Fixture-project"}
        act = svc.activiteiten.all()
        assert len(act) == 1 and act[0].titel == "Fixture-activiteit" and act[0].thema_ids
        assert svc.bijdragen.all()[0].hoeveelheid == 1234.5
        assert svc.personen.all()[0].email == "fixture@voorbeeld.nl"
        # 0004: the national code list, and a code on every werkplaats (made up for one that is
        # not on the list: WP- and 8 hexadecimal digits of its UUID)
        national = svc.reference.national_werkplaatsen()
        assert len(national) == 14 and ("WSD-UTR", "Wmo-werkplaats Utrecht", "PV26") in [
            (c.key, c.label, c.group) for c in national]
        fixture_wp = wp["Fixture-werkplaats"]
        assert fixture_wp.code == "WP-" + fixture_wp.uuid.replace("-", "")[:8].upper()  # type: ignore[union-attr]
        if revision < "0004":
            assert list(wp) == ["Fixture-werkplaats"]
            assert svc.info.eigen_werkplaats_id() is None and svc.years.statuses() == []
        else:
            assert sorted(wp) == ["Fixture-werkplaats", "Wmo-werkplaats Zwolle"]
            assert wp["Wmo-werkplaats Zwolle"].code == "WSD-ZWO"
            assert svc.info.eigen_werkplaats_id() == fixture_wp.id
            assert [(r.werkplaats, r.jaar, r.status) for r in svc.years.statuses()] == [
                ("Fixture-werkplaats", 2010, JaarStatus.DEFINITIEF)]
            assert [(r.van, r.naar, r.reden) for r in svc.years.log()] == [
                (JaarStatus.CONCEPT, JaarStatus.DEFINITIEF, "Fixture")]
        # revision 0005: the counts of the Overzicht and the search index hold the records
        assert derived.stored_counts(db._raw) == derived.expected_counts(db._raw)
        assert svc.dashboard.data().activiteiten.totaal == 1
        from werkplaats_desktop.services.lists import ListQuery

        assert svc.lists.count("activiteit", ListQuery(search="FIXTURE-act")) == 1
        assert svc.lists._usable_indexes() == frozenset(derived.SEARCH_INDEXES)


def test_the_upgrade_to_0004_gives_werkplaatsen_on_the_list_their_national_code(
        tmp_path: Path) -> None:
    """Matched by name (folded), also by another name the sources use; each code once."""
    path = tmp_path / "oud.sqlite"
    shutil.copy(FIXTURES / "schema_0003.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE werkplaats SET naam = 'WMO-werkplaats  groningen'")
    for naam, uuid in (("Wmo-werkplaats Noord", "00000000-0000-4000-8000-000000000001"),
                       ("Kenniswerkplaats Elders", "abcdef12-0000-4000-8000-000000000002")):
        conn.execute("INSERT INTO werkplaats (uuid, naam, type, regio, website, beschrijving, "
                     "created_at, updated_at) VALUES (?, ?, 'overig', '', '', '', "
                     "'2015-01-01 00:00:00', '2015-01-01 00:00:00')", (uuid, naam))
    conn.commit()
    conn.close()
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        from werkplaats_desktop.services import Services

        codes = {w.naam: w.code for w in Services(db).werkplaatsen.all()}
    assert codes == {"WMO-werkplaats  groningen": "WSD-NRD",
                     "Wmo-werkplaats Noord": "WP-00000000",  # WSD-NRD is taken: made up
                     "Kenniswerkplaats Elders": "WP-ABCDEF12"}


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    script = migrate.script_directory()
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.revision_graph() == {
        rev.revision: rev.down_revision for rev in script.walk_revisions()
    }


def _add_test_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A copy of db/ with one more revision, to test the upgrade path itself."""
    from werkplaats_desktop import locations

    folder = tmp_path / "db"
    shutil.copytree(locations.migrations_dir(), folder)
    head = migrate.head_revision()
    (folder / "versions" / "9000_test.py").write_text(
        f'revision = "9000"\ndown_revision = "{head}"\nbranch_labels = None\n'
        f"depends_on = None\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
        f"def upgrade():\n{body}\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    migrate.forget_revisions()


@pytest.fixture
def _restore_scripts() -> None:
    yield
    migrate.forget_revisions()


def test_upgrade_makes_a_backup_first_and_keeps_data(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _restore_scripts: None
) -> None:
    from tests.factories import small_werkplaats
    from werkplaats_desktop.services import Services

    with Database.open(db_path) as db:
        small_werkplaats(Services(db))
    head_before = migrate.head_revision()
    _add_test_revision(tmp_path, monkeypatch, '    with op.batch_alter_table("project") as b:\n'
                                              '        b.add_column(sa.Column("extra", sa.Text()))')
    backups = tmp_path / "backups"
    with Database.open(db_path, backup_dir=backups) as db:
        assert db.upgrade_report.from_revision == head_before
        assert db.upgrade_report.to_revision == "9000"
        with db.read() as s:
            cols = [r[1] for r in s.connection().exec_driver_sql("PRAGMA table_info(project)")]
            assert "extra" in cols
        svc = Services(db)
        # the table was rebuilt (batch mode): rows and their links are all still there
        assert [p.naam for p in svc.projecten.all()] == ["Kwartiermaken in de wijk"]
        assert svc.activiteiten.all()[0].project_id == svc.projecten.all()[0].id
        assert svc.projecten.all()[0].thema_ids
    saved = list(backups.glob(f"*voor-upgrade-{head_before}.sqlite"))
    assert len(saved) == 1
    conn = sqlite3.connect(saved[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_before,)
    assert conn.execute("SELECT count(*) FROM project").fetchone() == (1,)
    conn.close()


@pytest.mark.parametrize("body, message", [
    ('    op.execute("DELETE FROM activiteit")\n'
     '    op.execute("SELECT * FROM tabel_die_niet_bestaat")', "Er is niets gewijzigd"),
    # foreign keys are off while revisions run: the check at the end must catch what they break
    ('    with op.batch_alter_table("project") as b:\n'
     '        b.add_column(sa.Column("extra", sa.Text()))\n'
     '    op.execute("UPDATE activiteit SET werkplaats_id = 4242")', "verwijzingen"),
], ids=["fout", "verbroken-verwijzing"])
def test_a_failing_upgrade_changes_nothing(
        body: str, message: str, db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, _restore_scripts: None) -> None:
    from tests.factories import small_werkplaats
    from werkplaats_desktop.services import Services

    with Database.open(db_path) as db:
        small_werkplaats(Services(db))
    before = digest(db_path)
    _add_test_revision(tmp_path, monkeypatch, body)
    with pytest.raises(migrate.MigrationFailed, match=message):
        Database.open(db_path, backup_dir=tmp_path / "backups")
    assert digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-journal").exists()
    (saved,) = (tmp_path / "backups").glob("*voor-upgrade-*.sqlite")  # and a verified copy
    from werkplaats_desktop.store.filecopy import verify

    verify(saved)


def test_a_new_file_that_fails_to_be_created_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _restore_scripts: None) -> None:
    _add_test_revision(tmp_path, monkeypatch, '    op.execute("SELECT * FROM bestaat_niet")')
    path = tmp_path / "nieuw.sqlite"
    with pytest.raises(migrate.MigrationFailed):
        Database.open(path)
    assert not path.exists()
