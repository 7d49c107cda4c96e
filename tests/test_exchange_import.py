"""Importing: keyed on UUIDs, one transaction, personal data and forgotten records respected,
format versions, and exports written atomically."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.exchange_support import counts, dump, read_rows, unzip
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
    demo_db: Database, tmp_path: Path, empty_template: Path
) -> None:
    export(demo_db, tmp_path / "demo.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        first = import_files(db, [tmp_path / "demo.zip"])
        once = dump(target)
        second = import_files(db, [tmp_path / "demo.zip"])
    assert first.written and second.written
    assert dump(target) == once
    assert first.count("activiteiten").nieuw == 1345
    # the second time nothing differs: every record is left alone, and the report says so
    again = second.count("activiteiten")
    assert (again.nieuw, again.bijgewerkt, again.verwijderd, again.ongewijzigd) == (0, 0, 0, 1345)
    assert all((c.nieuw, c.bijgewerkt, c.verwijderd) == (0, 0, 0)
               for c in [*second.counts.values(), *second.per_werkplaats.values()])
    # and it is the demo itself: same records, same UUIDs, same links, same werkplaatsen
    assert dump(target, REFERENCE) == dump(demo_db.path, REFERENCE)


def test_the_landelijk_overzicht_reads_back_into_activities_and_products(
    demo_db: Database, tmp_path: Path, empty_template: Path
) -> None:
    export(demo_db, tmp_path / "landelijk.csv")
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        import_files(db, [tmp_path / "landelijk.csv"])
        report = import_files(db, [tmp_path / "landelijk.csv"])
    assert report.written
    got, want = dump(target, REFERENCE), dump(demo_db.path, REFERENCE)
    for table in ("activiteit", "product", "activiteit_thema", "product_thema"):
        assert got[table] == want[table], table
    assert {w["naam"] for w in got["werkplaats"].values()} == {
        w["naam"] for w in want["werkplaats"].values()
    }
    assert counts(target)["partner"] == 0  # partners travel in the full export only


def test_a_newer_export_updates_and_removes_what_the_werkplaats_removed(
    services: Services, tmp_path: Path, empty_template: Path
) -> None:
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
    services: Services, tmp_path: Path, empty_template: Path
) -> None:
    small = small_werkplaats(services)
    from werkplaats_desktop.domain import model as m

    lector = services.personen.create(
        m.Persoon(
            naam="Anna de Vries",
            email="anna@hs.nl",
            telefoon="06-12345678",
            organisatie_id=small.hogeschool.id,
        )
    )
    p = services.projecten.get(small.project.id)  # type: ignore[arg-type]
    p.leider_onderwijs_id = lector.id
    services.projecten.update(p)
    export(services.db, tmp_path / "zonder.zip", ExportOptions(VOLLEDIG))
    export(services.db, tmp_path / "met.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    export(services.db, tmp_path / "landelijk.csv", ExportOptions(LANDELIJK))
    for path in (tmp_path / "zonder.zip", tmp_path / "landelijk.csv"):
        raw = (
            path.read_bytes()
            if path.suffix == ".csv"
            else b"".join(zipfile.ZipFile(path).read(n) for n in zipfile.ZipFile(path).namelist())
        )
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
    services: Services, tmp_path: Path, empty_template: Path
) -> None:
    from werkplaats_desktop.domain import model as m

    small_werkplaats(services)
    person = services.personen.create(m.Persoon(naam="Bram Bakker", email="bram@x.nl"))
    export(services.db, tmp_path / "met.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))

    target = _new(tmp_path, empty_template, "doel.sqlite")
    conn = sqlite3.connect(target)
    with conn:
        conn.execute(
            "INSERT INTO vergeten_record VALUES (?, 'persoon', '2020-01-01 00:00:00')",
            (person.uuid,),
        )
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
            f"INSERT INTO vergeten_record VALUES ('{person.uuid}', 'persoon', '2021-01-01')"
        )
        s.connection().exec_driver_sql(f"DELETE FROM persoon WHERE uuid = '{person.uuid}'")
    export(services.db, tmp_path / "later.zip", ExportOptions(VOLLEDIG, persoonsgegevens=True))
    with Database.open(other) as db:
        report = import_files(db, [tmp_path / "later.zip"])
        assert report.vergeten_verwijderd == 1
        assert Services(db).personen.count() == 0
        assert [
            u for (u,) in db.engine.connect().exec_driver_sql("SELECT uuid FROM vergeten_record")
        ] == [person.uuid]


def _as_version_1(folder: Path) -> None:
    """Turn a full export (a folder) into what version 1 of the format wrote: no code in
    werkplaatsen.csv, no eigen werkplaats and no year statuses in the manifest."""
    path = folder / "werkplaatsen.csv"
    rows = read_rows(folder, "werkplaatsen.csv")
    at = rows[0].index("code")
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
        [r[:at] + r[at + 1:] for r in rows])
    data = b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
    path.write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["formaatversie"] = 1
    for key in ("eigen_werkplaats", "jaarstatus"):
        manifest.pop(key)
    for w in manifest["werkplaatsen"]:
        w.pop("code")
    for entry in manifest["bestanden"]:
        if entry["naam"] == "werkplaatsen.csv":
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_an_export_of_format_version_1_still_imports(
    services: Services, tmp_path: Path, empty_template: Path
) -> None:
    """Version 1 had no werkplaats codes: its werkplaatsen are recognised by name and get their
    code here (the national one for a werkplaats of the list)."""
    small = small_werkplaats(services, "Wmo-werkplaats Zwolle")
    export(services.db, tmp_path / "v.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "v.zip", tmp_path / "v1")
    _as_version_1(folder)
    assert "code" not in read_rows(folder, "werkplaatsen.csv")[0]
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        report = import_files(db, [folder])
        assert report.written, report.text()
        (wp,) = Services(db).werkplaatsen.all()
        assert (wp.uuid, wp.code) == (small.werkplaats.uuid, "WSD-ZWO")
        assert [a.titel for a in Services(db).activiteiten.all()] == ["Studiedag kwartiermaken"]
        again = import_files(db, [tmp_path / "v.zip"])  # the same, as version 2
    assert again.written and again.count("activiteiten").ongewijzigd == 1


def test_an_older_format_version_is_upgraded_step_by_step(
    services: Services, tmp_path: Path, empty_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mechanism, with a made-up version 3 that renamed the column 'titel' of
    activiteiten.csv from version 2's 'naam'."""
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

    def v2_to_v3(texts: dict[str, str]) -> dict[str, str]:
        texts["activiteiten.csv"] = texts["activiteiten.csv"].replace(";naam;", ";titel;", 1)
        return texts

    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        assert import_files(db, [folder]).refused  # version 2 without the step: wrong column
        monkeypatch.setattr(F, "FORMAT_VERSION", 3)
        monkeypatch.setattr(reading.F, "FORMAT_VERSION", 3)
        monkeypatch.setitem(reading.UPGRADES, 2, v2_to_v3)
        report = import_files(db, [folder])
        assert report.written, report.text()
        assert [a.titel for a in Services(db).activiteiten.all()] == ["Studiedag kwartiermaken"]


def test_an_older_export_of_a_werkplaats_after_a_newer_one_is_refused_unless_confirmed(
    services: Services, tmp_path: Path, empty_template: Path
) -> None:
    small_werkplaats(services)
    export(services.db, tmp_path / "nieuw.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "nieuw.zip", tmp_path / "oud")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    newer = manifest["exportdatum"]
    manifest["exportdatum"] = "2015-01-01T00:00:00Z"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    target = _new(tmp_path, empty_template, "doel.sqlite")
    with Database.open(target) as db:
        assert not import_files(db, [tmp_path / "nieuw.zip"]).warnings
        before = dump(target)
        report = import_files(db, [folder])
        assert report.refused and report.only_older and dump(target) == before
        (problem,) = report.errors
        day = f"{newer[8:10]}-{newer[5:7]}-{newer[:4]}"
        assert "01-01-2015 00:00" in problem.reden and day in problem.reden
        allowed = import_files(db, [folder], allow_older=True)
    assert allowed.written
    assert [w.params["datum"] for w in allowed.warnings] == ["01-01-2015 00:00"]


def test_cancel_before_the_commit_leaves_nothing(
    demo_db: Database, tmp_path: Path, empty_template: Path
) -> None:
    export(demo_db, tmp_path / "demo.zip", ExportOptions(VOLLEDIG))
    target = _new(tmp_path, empty_template, "doel.sqlite")
    before = dump(target)
    seen: list[str] = []
    progress = Progress(
        on_report=lambda d, t, msg: seen.append(msg), cancel_requested=lambda: "Opslaan..." in seen
    )
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
        assert sorted(z.namelist()) == sorted(
            [e["naam"] for e in manifest["bestanden"]] + ["manifest.json"]
        )
    assert manifest["formaatversie"] == F.FORMAT_VERSION
    assert manifest["bron_werkplaats"] == {
        "uuid": small.werkplaats.uuid,
        "naam": small.werkplaats.naam,
    }
    assert manifest["persoonsgegevens"] is False and manifest["profiel"] == "excel-nl"
    assert {e["naam"]: e["rijen"] for e in manifest["bestanden"]}["activiteiten.csv"] == 1


def test_an_export_over_a_file_that_is_open_elsewhere_changes_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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
        export(demo_db, target, ExportOptions(VOLLEDIG), Progress(cancel_requested=lambda: True))
    assert target.read_bytes() == b"oud" and len(list(target.parent.iterdir())) == 1


def test_a_landelijk_overzicht_without_its_label_columns_leaves_the_names_alone(
    services: Services, tmp_path: Path
) -> None:
    """Someone deleted the _label columns in Excel: the werkplaats and project keep their
    names (and the record rules see the stored values, not empty ones)."""
    import csv
    import io

    small_werkplaats(services)
    export(services.db, tmp_path / "l.csv", ExportOptions(LANDELIJK))
    rows = list(
        csv.reader(
            io.StringIO((tmp_path / "l.csv").read_bytes().decode("utf-8-sig"), newline=""),
            delimiter=";",
        )
    )
    keep = [i for i, name in enumerate(rows[0]) if not name.endswith("_label")]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
        [[row[i] for i in keep] for row in rows]
    )
    (tmp_path / "l.csv").write_text(out.getvalue(), encoding="utf-8")
    before = dump(services.db.path)
    report = import_files(services.db, [tmp_path / "l.csv"])
    assert report.written, report.text()
    assert dump(services.db.path) == before
