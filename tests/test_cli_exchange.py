"""``werkplaats export`` and ``werkplaats import`` on the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.exchange_support import dump, edit, set_cell, unzip
from werkplaats_desktop.cli.main import main


def test_export_both_kinds_and_profiles(demo_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "landelijk.csv"
    assert main(["export", "--db", str(demo_path), "--out", str(out)]) == 0
    assert "1639 rijen" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsoort;")
    std = tmp_path / "std.csv"
    assert main(["export", "--db", str(demo_path), "--out", str(std), "--profiel",
                 "standaard"]) == 0
    assert std.read_bytes().startswith(b"soort,uuid,")
    full = tmp_path / "alles.zip"
    assert main(["export", "--db", str(demo_path), "--out", str(full), "--soort", "volledig",
                 "--met-persoonsgegevens"]) == 0
    assert "personen.csv" in zipfile.ZipFile(full).namelist()


def test_personal_data_only_in_a_full_export(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "--db", str(demo_path), "--out", str(tmp_path / "x.csv"),
                 "--met-persoonsgegevens"])
    assert code == 2 and "alleen bij --soort volledig" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_export_of_a_missing_database_fails_in_dutch(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(tmp_path / "weg.sqlite"), "--out",
                 str(tmp_path / "x.csv")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "weg.sqlite").exists()


def test_import_makes_a_national_database_and_reimport_changes_nothing(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    full = tmp_path / "demo.zip"
    assert main(["export", "--db", str(demo_path), "--out", str(full), "--soort",
                 "volledig"]) == 0
    national = tmp_path / "landelijk.sqlite"
    capsys.readouterr()
    assert main(["import", "--db", str(national), str(full)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ingelezen.") and "activiteiten: 1345 nieuw" in out
    once = dump(national)
    assert main(["import", "--db", str(national), str(full)]) == 0
    assert "activiteiten: 0 nieuw, 0 bijgewerkt, 0 verwijderd, 1345 ongewijzigd" in (
        capsys.readouterr().out)
    assert dump(national) == once


def test_a_refused_file_gives_exit_code_1_the_report_on_stderr_and_no_change(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    full = tmp_path / "demo.zip"
    main(["export", "--db", str(demo_path), "--out", str(full), "--soort", "volledig"])
    folder = unzip(full, tmp_path / "demo")
    edit(folder, "activiteiten.csv", lambda rows: set_cell(rows, 3, "datum", "31-02-2015"))
    good = tmp_path / "l.csv"
    main(["export", "--db", str(demo_path), "--out", str(good)])
    capsys.readouterr()
    before = dump(demo_path)
    assert main(["import", "--db", str(demo_path), str(good), str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Niet ingelezen: 1 fout gevonden. De database is niet "
                                   "gewijzigd.")
    assert "activiteiten.csv, rij 3, kolom datum ('31-02-2015'): De datum '31-02-2015' " \
           "bestaat niet." in captured.err
    assert dump(demo_path) == before


def test_import_of_a_file_that_does_not_exist(db_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--db", str(db_path), str(tmp_path / "nergens.zip")]) == 1
    assert "nergens.zip: Het bestand of de map bestaat niet." in capsys.readouterr().err
    new = tmp_path / "nieuw.sqlite"
    assert main(["import", "--db", str(new), str(tmp_path / "nergens.zip")]) == 1
    assert not new.exists()  # a refused import leaves no new, empty database behind


def test_both_commands_document_themselves(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("export", "import"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
    text = capsys.readouterr().out
    for option in ("--db", "--out", "--profiel", "--soort", "--met-persoonsgegevens",
                   "BESTAND"):
        assert option in text
