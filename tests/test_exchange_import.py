"""Importing: keyed on UUIDs, one transaction, personal data and forgotten records respected,
format versions, and exports written atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.exchange_support import counts, dump, unzip
from tests.factories import small_werkplaats
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange import reading
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.files import ExportError
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.progress import Cancelled, Progress
from werkplaats_desktop.store.database import Database

REFERENCE = {"thema", "gemeente"}


def _new(tmp_path: Path, empty_template: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copy(empty_template, path)
    return path


def test_importing_the_demo_export_twice_gives_the_same_database_as_once(
        demo_db: Database, tmp_path: Path, empty_template: Path) -> None:
    export(demo_db, tmp_path / "demo.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        first = import_files(db, [tmp_path / "demo.zip"])
        once = dump(target)
        second = import_files(db, [tmp_path / "demo.zip"])
    assert first.written and second.written
    assert dump(target) == once
    assert first.count("activiteiten").nieuw == 1345
    assert second.count("activiteiten").nieuw == 0 and second.count("activiteiten").bijgewerkt == 1345
    # and it is the demo itself: same records, same UUIDs, same links, same werkplaatsen
    assert dump(target, REFERENCE) == dump(demo_db.path, REFERENCE)


def test_the_landelijk_overzicht_reads_back_into_activities_and_products(
        demo_db: Database, tmp_path: Path, empty_template: Path) -> None:
    export(demo_db, tmp_path / "landelijk.csv")
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        import_files(db, [tmp_path / "landelijk.csv"])
        report = import_files(db, [tmp_path / "landelijk.csv"])
    assert report.written
    got, want = dump(target, REFERENCE), dump(demo_db.path, REFERENCE)
    for table in ("activiteit", "product", "activiteit_thema", "product_thema"):
        assert got[table] == want[table], table
    assert {w["naam"] for w in got["werkplaats"].values()} == \
        {w["naam"] for w in want["werkplaats"].values()}
    assert counts(target)["partner"] == 0  # partners travel in the full export only


def test_a_newer_export_updates_and_removes_what_the_werkplaats_removed(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    small = small_werkplaats(services, "Wmo-werkplaats Bron")
    export(services.db, tmp_path / "v1.zip", ExportOptions(VOLLEDIG))
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        assert import_files(db, [tmp_path / "v1.zip"]).written
    act = services.activiteiten.get(small.activiteit.id)  # type: ignore[arg-type]
    act.titel = "Studiedag, nieuwe titel"
    services.activiteiten.update(act)
    services.projecten.delete(small.project.id)  # type: ignore[arg-type]
    export(services.db, tmp_path / "v2.zip", ExportOptions(VOLLEDIG))
    with Database.open(target) as db:
        report = import_files(db, [tmp_path / "v2.zip"])
        s = Services(db)
        (titel,) = [a.titel for a in s.activiteiten.all()]
        (wp,) = s.werkplaatsen.all()
        assert s.activiteiten.all()[0].werkplaats_id == wp.id
        assert s.projecten.count() == 0
    assert titel == "Studiedag, nieuwe titel"
    assert wp.uuid == small.werkplaats.uuid  # the record keeps its source werkplaats
    assert report.count("projecten").verwijderd == 1


def test_personal_data_stays_out_unless_asked_for(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    small = small_werkplaats(services)
    from werkplaats_desktop.domain import model as m
    lector = services.personen.create(m.Persoon(naam="Anna de Vries", email="anna@hs.nl",
                                                telefoon="06-12345678",
                                                organisatie_id=small.hogeschool.id))
    p = services.projecten.get(small.project.id)  # type: ignore[arg-type]
    p.leider_onderwijs_id = lector.id
    services.projecten.update(p)
    export(services.db, tmp_path / "zonder.zip", ExportOptions(VOLLEDIG))
    export(services.db, tmp_path / "met.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    export(services.db, tmp_path / "landelijk.csv", ExportOptions(LANDELIJK))
    for path in (tmp_path / "zonder.zip", tmp_path / "landelijk.csv"):
        raw = path.read_bytes() if path.suffix == ".csv" else b"".join(
            zipfile.ZipFile(path).read(n) for n in zipfile.ZipFile(path).namelist())
        for personal in (b"Anna de Vries", b"anna@hs.nl", b"06-12345678", lector.uuid.encode()):  # type: ignore[union-attr]
            assert personal not in raw, (path.name, personal)
    assert "personen.csv" not in zipfile.ZipFile(tmp_path / "zonder.zip").namelist()
    assert b"Anna de Vries" in zipfile.ZipFile(tmp_path / "met.zip").read("personen.csv")

    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        import_files(db, [tmp_path / "met.zip"])
        report = import_files(db, [tmp_path / "zonder.zip"])  # leaves the leaders as they were
        (project,) = Services(db).projecten.all()
        leader = Services(db).personen.get(project.leider_onderwijs_id)  # type: ignore[arg-type]
    assert report.written and leader.naam == "Anna de Vries"


def test_forgotten_records_never_come_back_and_are_forgotten_everywhere(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    from werkplaats_desktop.domain import model as m
    small_werkplaats(services)
    person = services.personen.create(m.Persoon(naam="Bram Bakker", email="bram@x.nl"))
    export(services.db, tmp_path / "met.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))

    target = _new(tmp_path, empty_template, "doel.sqlite")
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("INSERT INTO vergeten_record VALUES (?, 'persoon', '2020-01-01 00:00:00')",
                     (person.uuid,))
    conn.close()
    with Database.open(target) as db:
        report = import_files(db, [tmp_path / "met.zip"])
        assert report.written and report.vergeten_overgeslagen == 1
        assert "vergeten" in report.text()
        assert Services(db).personen.count() == 0

    # the source forgets the person; its next export makes every database forget it
    other = _new(tmp_path, empty_template, "ander.sqlite")
    with Database.open(other) as db:
        import_files(db, [tmp_path / "met.zip"])
        assert Services(db).personen.count() == 1
    with services.db.write("vergeten") as s:
        s.connection().exec_driver_sql(
            f"INSERT INTO vergeten_record VALUES ('{person.uuid}', 'persoon', '2021-01-01')")
        s.connection().exec_driver_sql(f"DELETE FROM persoon WHERE uuid = '{person.uuid}'")
    export(services.db, tmp_path / "later.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    with Database.open(other) as db:
        report = import_files(db, [tmp_path / "later.zip"])
        assert report.vergeten_verwijderd == 1
        assert Services(db).personen.count() == 0
        assert [u for (u,) in db.engine.connect().exec_driver_sql(
            "SELECT uuid FROM vergeten_record")] == [person.uuid]


def test_an_older_format_version_is_upgraded(services: Services, tmp_path: Path,
                                             empty_template: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """No older version exists yet; this checks the mechanism with a made-up version 2 that
    renamed the column 'titel' of activiteiten.csv from version 1's 'naam'."""
    small_werkplaats(services)
    export(services.db, tmp_path / "v.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "v.zip", tmp_path / "v")
    data = (folder / "activiteiten.csv").read_bytes().replace(b";titel;", b";naam;", 1)
    (folder / "activiteiten.csv").write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["bestanden"]:
        if entry["naam"] == "activiteiten.csv":
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    def v1_to_v2(texts: dict[str, str]) -> dict[str, str]:
        texts["activiteiten.csv"] = texts["activiteiten.csv"].replace(";naam;", ";titel;", 1)
        return texts

    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        assert import_files(db, [folder]).refused  # version 1 without the step: wrong column
        monkeypatch.setattr(F, "FORMAT_VERSION", 2)
        monkeypatch.setattr(reading.F, "FORMAT_VERSION", 2)
        monkeypatch.setitem(reading.UPGRADES, 1, v1_to_v2)
        report = import_files(db, [folder])
        assert report.written, report.text()
        assert [a.titel for a in Services(db).activiteiten.all()] == ["Studiedag kwartiermaken"]


def test_reading_an_older_export_of_a_werkplaats_after_a_newer_one_warns(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    small_werkplaats(services)
    export(services.db, tmp_path / "oud.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "oud.zip", tmp_path / "oud")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["exportdatum"] = "2015-01-01T00:00:00Z"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        assert not import_files(db, [tmp_path / "oud.zip"]).warnings
        report = import_files(db, [folder])
    assert report.written
    assert [w.params["datum"] for w in report.warnings] == ["2015-01-01"]


def test_cancel_before_the_commit_leaves_nothing(demo_db: Database, tmp_path: Path,
                                                 empty_template: Path) -> None:
    export(demo_db, tmp_path / "demo.zip", ExportOptions(VOLLEDIG))
    target = _new(tmp_path, empty_template, "doel.sqlite")
    before = dump(target)
    seen: list[str] = []
    progress = Progress(on_report=lambda d, t, msg: seen.append(msg),
                        cancel_requested=lambda: "Opslaan..." in seen)
    with Database.open(target) as db, pytest.raises(Cancelled):
        import_files(db, [tmp_path / "demo.zip"], progress)
    assert dump(target) == before


def test_the_manifest_describes_every_file(services: Services, tmp_path: Path) -> None:
    small = small_werkplaats(services)
    export(services.db, tmp_path / "x.zip", ExportOptions(VOLLEDIG))
    with zipfile.ZipFile(tmp_path / "x.zip") as z:
        manifest = json.loads(z.read("manifest.json"))
        for entry in manifest["bestanden"]:
            data = z.read(entry["naam"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert data.decode("utf-8-sig").count("\r\n") == entry["rijen"] + 1
        assert sorted(z.namelist()) == sorted([e["naam"] for e in manifest["bestanden"]]
                                              + ["manifest.json"])
    assert manifest["formaatversie"] == F.FORMAT_VERSION
    assert manifest["bron_werkplaats"] == {"uuid": small.werkplaats.uuid,
                                           "naam": small.werkplaats.naam}
    assert manifest["persoonsgegevens"] is False and manifest["profiel"] == "excel-nl"
    assert {e["naam"]: e["rijen"] for e in manifest["bestanden"]}["activiteiten.csv"] == 1


def test_an_export_over_a_file_that_is_open_elsewhere_changes_nothing(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small_werkplaats(services)
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "landelijk.csv"
    target.write_text("oud", encoding="utf-8")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")  # what Windows says when Excel has it

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as err:
        export(services.db, target)
    assert "geopend in Excel" in str(err.value) and "landelijk.csv" in str(err.value)
    assert target.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in target.parent.iterdir()] == ["landelijk.csv"]


def test_a_cancelled_export_leaves_the_old_file(demo_db: Database, tmp_path: Path) -> None:
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "demo.zip"
    target.write_bytes(b"oud")
    with pytest.raises(Cancelled):
        export(demo_db, target, ExportOptions(VOLLEDIG),
               Progress(cancel_requested=lambda: True))
    assert target.read_bytes() == b"oud" and len(list(target.parent.iterdir())) == 1


def test_a_landelijk_overzicht_without_its_label_columns_leaves_the_names_alone(
        services: Services, tmp_path: Path) -> None:
    """Someone deleted the _label columns in Excel: the werkplaats and project keep their
    names (and the record rules see the stored values, not empty ones)."""
    import csv
    import io

    small_werkplaats(services)
    export(services.db, tmp_path / "l.csv", ExportOptions(LANDELIJK))
    rows = list(csv.reader(io.StringIO((tmp_path / "l.csv").read_bytes().decode("utf-8-sig"),
                                       newline=""), delimiter=";"))
    keep = [i for i, name in enumerate(rows[0]) if not name.endswith("_label")]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
        [[row[i] for i in keep] for row in rows])
    (tmp_path / "l.csv").write_text(out.getvalue(), encoding="utf-8")
    before = dump(services.db.path)
    report = import_files(services.db, [tmp_path / "l.csv"])
    assert report.written, report.text()
    assert dump(services.db.path) == before
