"""Every refusal in Dutch, naming the user's file and what to do (issue 15, observations 4 and
8): the operating system's errors mapped to Dutch sentences in one core module
(``domain/messages.py``), used by the command line, the exchange and the window; the export
refuses a name that does not fit its kind; ``stats`` refuses a year outside the data;
``werkplaats nieuw`` makes an empty database.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from werkplaats_desktop.cli.main import main
from werkplaats_desktop.domain import messages as M
from werkplaats_desktop.exchange import files
from werkplaats_desktop.exchange.files import ExportError, atomic_target
from werkplaats_desktop.exchange.targets import EXTENSIONS, extension_problem
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.migrate import NotAWerkplaatsDatabase, head_revision

ENGLISH_OS_WORDS = ("No such file", "Permission denied", "Is a directory", "No space",
                    "Errno", "[Win")


def no_english(text: str) -> None:
    for word in ENGLISH_OS_WORDS:
        assert word not in text, text


@pytest.mark.parametrize(("code", "winerror", "expected"), [
    (errno.ENOENT, None, "bestaat niet. Controleer de naam en de map."),
    (errno.EACCES, None, "U hebt geen toestemming om '/data/x.csv' te lezen"),
    (errno.EPERM, None, "U hebt geen toestemming om '/data/x.csv' te lezen"),
    (errno.EISDIR, None, "is een map, geen bestand"),
    (errno.ENOTDIR, None, "staat een bestand waar een map verwacht wordt"),
    (errno.ENOSPC, None, "De schijf waarop '/data/x.csv' staat, is vol"),
    (errno.EROFS, None, "alleen-lezen"),
    (errno.EEXIST, None, "bestaat al"),
    (errno.EBUSY, None, "geopend in een ander programma"),
    (errno.EACCES, 32, "geopend in een ander programma (bijvoorbeeld Excel)"),
    (errno.ENAMETOOLONG, None, "is te lang"),
    (errno.EIO, None, "systeemmelding 5"),
])
def test_os_errors_become_dutch_sentences_naming_the_file(
        code: int, winerror: int | None, expected: str) -> None:
    exc = OSError(code, os.strerror(code), "/tmp/.x.csv.1234.tmp")
    if winerror is not None:
        exc.winerror = winerror  # type: ignore[attr-defined]
    text = str(M.os_error(exc, Path("/data/x.csv")))
    assert expected in text
    assert "/data/x.csv" in text or "/data" in text
    assert ".tmp" not in text  # the user's file, not our temporary one
    if code != errno.EIO:
        no_english(text)


def test_writing_into_a_missing_folder_names_the_folder() -> None:
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", "/nergens/.x.tmp")
    text = str(M.os_error(exc, Path("/nergens/map/x.csv"), writing=True))
    assert text == "De map '/nergens/map' bestaat niet. Maak hem eerst, of kies een bestaande map."


def test_no_permission_says_reading_or_writing_and_translates() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied")
    said = M.os_error(exc, Path("x.csv"), writing=True)
    assert "te schrijven" in str(said)

    def english(context: str, text: str) -> str:
        return {"schrijven": "write",
                M.GEEN_TOEGANG: "You may not {doen} '{pad}'."}.get(text, text)

    assert said.text(english) == "You may not write 'x.csv'."


def test_an_export_onto_a_folder_names_that_folder(tmp_path: Path) -> None:
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    with pytest.raises(ExportError) as caught, atomic_target(folder):
        pass
    text = str(caught.value)
    assert f"'{folder}' is een map, geen bestand" in text
    assert str(tmp_path) + "'" not in text.replace(str(folder), "")  # not its parent
    no_english(text)


def test_a_full_disk_during_an_export_is_said_in_dutch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "landelijk.csv"
    target.write_text("oud", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(ExportError) as caught, atomic_target(target) as tmp:
        tmp.write_text("nieuw", encoding="utf-8")
    assert str(caught.value).startswith(f"De schijf waarop '{target}' staat, is vol.")
    assert target.read_text(encoding="utf-8") == "oud"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


@pytest.mark.parametrize("command", [["info"], ["stats"], ["check"], ["backup"], ["export",
                                     "--out", "x.csv"], ["import", "x.csv"]])
def test_every_command_given_a_folder_as_database_says_so(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "map"
    folder.mkdir()
    assert main([*command, "--db", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"'{folder}' is een map, geen bestand" in err, err
    no_english(err)
    assert "disk I/O error" not in err


def test_opening_a_folder_as_database_is_refused_with_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(NotAWerkplaatsDatabase, match="is een map, geen bestand"):
        Database.open(tmp_path)


def test_an_unreadable_input_file_is_a_dutch_problem_not_a_traceback(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.exchange import reading

    path = tmp_path / "utrecht.csv"
    path.write_text("soort;uuid\n", encoding="utf-8")

    def denied(*_args: object, **_kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(reading, "open_binary", denied)
    assert main(["import", "--db", str(db_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert f"U hebt geen toestemming om '{path}' te lezen" in err
    no_english(err)


# --- export: the name must fit the kind ------------------------------------------------------


def test_the_allowed_extensions_are_a_table_per_kind() -> None:
    assert EXTENSIONS == {"landelijk": (".csv", ".xlsx"), "volledig": (".zip",)}
    assert extension_problem("volledig", "alles.xlsx") is not None
    assert extension_problem("landelijk", "overzicht.CSV") is None
    assert extension_problem("volledig", "alles.zip") is None
    assert extension_problem("landelijk", "overzicht.zip") is not None
    assert extension_problem("volledig", "alles") is not None


@pytest.mark.parametrize(("soort", "out", "hint"), [
    ("landelijk", "x.txt", "x.csv"), ("landelijk", "x.zip", "x.csv"),
    ("volledig", "x.csv", "x.zip"), ("volledig", "x", "x.zip")])
def test_export_refuses_a_name_that_does_not_fit_its_kind(
        soort: str, out: str, hint: str, db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / out
    code = main(["export", "--db", str(db_path), "--soort", soort, "--out", str(target)])
    assert code == 2
    err = capsys.readouterr().err
    assert f"'{out}' past niet bij een" in err and f"'{hint}'" in err
    assert not target.exists()


# --- stats: only years of the data ----------------------------------------------------------


@pytest.mark.parametrize("jaar", [1800, 2008, 2019, 3000])
def test_stats_refuses_a_year_outside_the_data(
        jaar: int, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(demo_path), "--jaar", str(jaar)]) == 1
    err = capsys.readouterr().err
    assert f"Er zijn geen gegevens uit {jaar}" in err
    assert "lopen van 2009 tot en met 2018" in err


@pytest.mark.parametrize("jaar", [2009, 2018])
def test_stats_accepts_the_first_and_the_last_year(
        jaar: int, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(demo_path), "--jaar", str(jaar)]) == 0
    assert f"Jaar:          {jaar}" in capsys.readouterr().out


def test_stats_with_a_year_on_a_database_without_years(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db_path), "--jaar", "2015"]) == 1
    assert "bevat nog geen gegevens met een jaar" in capsys.readouterr().err
    assert main(["stats", "--db", str(db_path)]) == 0


# --- nieuw -----------------------------------------------------------------------------------


def test_nieuw_makes_an_empty_database_through_the_migrations(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "eigen.sqlite"
    assert main(["nieuw", str(path)]) == 0
    assert str(path) in capsys.readouterr().out
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),)
        assert conn.execute("SELECT count(*) FROM activiteit").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM thema").fetchone()[0] > 0  # reference data
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eigen.sqlite"]  # no lock, journal
    assert main(["check", "--db", str(path)]) == 0


def test_nieuw_refuses_an_existing_file_and_leaves_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bestaand.sqlite"
    path.write_bytes(b"iets")
    assert main(["nieuw", str(path)]) == 1
    assert "'" + str(path) + "' bestaat al" in capsys.readouterr().err
    assert path.read_bytes() == b"iets"


def test_nieuw_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "nieuw" in capsys.readouterr().out
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`werkplaats nieuw PAD`" in readme
