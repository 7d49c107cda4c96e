"""Moving between the stores: exports from the server equal exports from a file; a
werkplaats's own file is copied into the shared database keeping its UUIDs."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.factories import small_werkplaats
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Database


def zip_contents(path: Path) -> dict[str, Any]:
    """Every file of an export; the manifest without the moment and program of export."""
    out: dict[str, Any] = {}
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            data = z.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                for key in ("exportdatum", "programmaversie"):
                    manifest.pop(key, None)
                for entry in manifest.get("bestanden", []):
                    if isinstance(entry, dict) and entry.get("naam") == "manifest.json":
                        entry.pop("sha256", None)
                out[name] = manifest
            else:
                out[name] = data
    return out


@pytest.mark.parametrize("soort", ["volledig", "landelijk"])
def test_an_export_from_the_server_equals_one_from_the_file(
        pg_server: Any, pg_demo_template: str, demo_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], soort: str) -> None:
    name = pg_server.new_database(pg_demo_template)
    try:
        suffix = ".zip" if soort == "volledig" else ".csv"
        made = []
        for label, db in (("bestand", str(demo_path)), ("server", pg_server.url(name))):
            out = tmp_path / f"{label}{suffix}"
            assert main(["export", "--db", db, "--soort", soort, "--out", str(out)]) == 0, \
                capsys.readouterr().err
            made.append(out)
        if soort == "volledig":
            file_export, server_export = (zip_contents(p) for p in made)
            assert file_export.keys() == server_export.keys()
            for key in file_export:
                assert file_export[key] == server_export[key], key
        else:
            # each row carries the moment of export (column exportdatum): not part of the data
            file_rows, server_rows = (
                list(csv.reader(p.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
                for p in made)
            at = file_rows[0].index("exportdatum")
            for rows in (file_rows, server_rows):
                for row in rows[1:]:
                    row[at] = "<export>"
            assert len(file_rows) > 100
            assert file_rows == server_rows
    finally:
        pg_server.drop_database(name)


def test_a_werkplaats_file_is_copied_into_the_shared_database(
        pg_server: Any, pg_template: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    eigen = tmp_path / "eigen.sqlite"
    with Database.open(eigen) as db:
        services = Services(db)
        small = small_werkplaats(services)
        uuids = {services.projecten.get(small.project.id).uuid,
                 services.activiteiten.get(small.activiteit.id).uuid,
                 services.werkplaatsen.get(small.werkplaats.id).uuid}
    name = pg_server.new_database(pg_template)
    url = pg_server.url(name)
    try:
        code = main(["import", "--db", url, str(eigen)])
        out, err = capsys.readouterr()
        assert code == 0, err
        with Database.open(pg_server.target(name)) as shared:
            s = Services(shared)
            assert {s.projecten.all()[0].uuid, s.activiteiten.all()[0].uuid,
                    s.werkplaatsen.all()[0].uuid} == uuids
            # the server hands out the next ids after the copied ones
            created = s.projecten.create(
                type(s.projecten.all()[0])(werkplaats_id=s.werkplaatsen.all()[0].id,
                                           naam="Op de server gemaakt"))
            assert created.id == max(p.id for p in s.projecten.all()
                                     if p.id is not None)
        # read again: nothing doubled; the werkplaats's own export is the whole truth about
        # its records, as on a file (the project made on the server in between goes)
        assert main(["import", "--db", url, str(eigen)]) == 0
        capsys.readouterr()
        with Database.open(pg_server.target(name)) as shared:
            s = Services(shared)
            assert s.info.counts()["projecten"] == 1
            assert s.projecten.all()[0].uuid in uuids
    finally:
        pg_server.drop_database(name)


def test_a_refused_import_leaves_the_server_unchanged(pg_server: Any, pg_template: str,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    bad = tmp_path / "kapot.zip"
    bad.write_bytes(b"PK\x03\x04 geen echte zip")
    name = pg_server.new_database(pg_template)
    try:
        assert main(["import", "--db", pg_server.url(name), str(bad)]) == 1
        assert "kapot.zip" in capsys.readouterr().err
        with Database.open(pg_server.target(name)) as shared:
            assert Services(shared).info.counts()["werkplaatsen"] == 0
    finally:
        pg_server.drop_database(name)
