"""Hostile and huge input to the importer (issue 15, observations 2, 3 and 4): a report with a
bound, a missing column said once, an empty file called empty, streamed reading that does not
keep a bad file in memory, and ZIP archives that are refused before anything in them is read.
"""

from __future__ import annotations

import csv
import io
import shutil
import stat
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest

from tests.exchange_support import dump
from tests.factories import small_werkplaats
from werkplaats_desktop.exchange import files, reading
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.exchange.plan import code_lists
from werkplaats_desktop.exchange.report import SHOWN, ImportReport
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw


@pytest.fixture
def source(tmp_path: Path, empty_template: Path) -> Path:
    path = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, path)
    with Database.open(path) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Bron")
    return path


@pytest.fixture
def flat(source: Path, tmp_path: Path) -> Path:
    with Database.open(source) as db:
        export(db, tmp_path / "landelijk.csv", ExportOptions(LANDELIJK))
    return tmp_path / "landelijk.csv"


@pytest.fixture
def archive(source: Path, tmp_path: Path) -> Path:
    with Database.open(source) as db:
        export(db, tmp_path / "bron.zip", ExportOptions(VOLLEDIG))
    return tmp_path / "bron.zip"


def rows_of(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def many_activities(flat: Path, n: int, bad_year: bool = False) -> Path:
    """The landelijk overzicht with its activity row repeated ``n`` times (new UUIDs); with
    ``bad_year`` every year is a word."""
    rows = rows_of(flat)
    header, body = rows[0], rows[1:]
    act = next(r for r in body if r[header.index("soort")] == "activiteit")
    out = [header]
    for i in range(n):
        row = list(act)
        row[header.index("uuid")] = f"00000000-0000-4000-8000-{i:012d}"
        row[header.index("titel")] = f"Activiteit {i}"
        if bad_year:
            row[header.index("jaar")] = "tweeduizend"
        out.append(row)
    target = flat.with_name(f"veel-{n}.csv")
    write_rows(target, out)
    return target


def refused(services: Services, *paths: Path) -> ImportReport:
    before = dump(services.db.path)
    report = import_files(services.db, list(paths))
    assert report.refused and not report.written
    assert dump(services.db.path) == before
    return report


# --- a missing column, an empty file -----------------------------------------------------------


def test_a_landelijk_overzicht_without_its_o_column_says_so_once(
        flat: Path, services: Services) -> None:
    path = many_activities(flat, 40)
    rows = rows_of(path)
    at = rows[0].index("o")
    write_rows(path, [r[:at] + r[at + 1:] for r in rows])
    report = refused(services, path)
    lines = [p.line() for p in report.problems]
    assert [p.kolom for p in report.problems] == ["o"], lines
    (problem,) = report.problems
    assert problem.format() == ("De kolom 'o' ontbreekt, terwijl 'O' verplicht is (aantal "
                                "rijen zonder: 40). Voeg de kolom toe, of exporteer het "
                                "overzicht opnieuw.")
    assert "O is verplicht" not in report.text()
    assert "Niet ingelezen: 1 fout gevonden" in report.text()


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n", b" "])
def test_an_empty_csv_is_called_empty(
        content: bytes, tmp_path: Path, services: Services) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    report = refused(services, path)
    assert [p.format() for p in report.problems] == ["Het bestand is leeg."]
    assert "kolommen" not in report.text()


# --- bounded reports ------------------------------------------------------------------------


def test_a_file_of_bad_rows_gives_a_bounded_report(flat: Path, services: Services) -> None:
    n = 3 * SHOWN + 50
    report = refused(services, many_activities(flat, n, bad_year=True))
    assert report.problems.errors == n
    assert len(report.problems) == SHOWN  # the first ones in full ...
    (group,) = report.problems.overflow.values()  # ... the rest counted per kind and column
    assert group.count == n - SHOWN and group.example.kolom == "jaar"
    text = report.text()
    assert f"Niet ingelezen: {n} fouten gevonden" in text
    assert f"Nog {n - SHOWN} problemen na de eerste {SHOWN}" in text
    assert f"  {n - SHOWN} ×  Fout: " in text and "'tweeduizend' is geen geheel getal" in text
    assert len(text.splitlines()) < SHOWN + 10
    assert report.cut_short  # the rows were dropped: the rules between records not checked
    assert "de regels tussen records" in text


def test_a_few_bad_cells_still_get_the_rules_between_records_checked(
        flat: Path, services: Services) -> None:
    """Below the bound the report is as complete as ever: bad cells and broken rules in one
    go, and no cell reported twice."""
    rows = rows_of(flat)
    header = rows[0]
    act = next(r for r in rows[1:] if r[header.index("soort")] == "activiteit")
    act[header.index("bereik")] = "veel"  # a bad cell
    act[header.index("datum")] = "2001-05-01"  # a rule: the date is not in the year
    write_rows(flat, rows)
    report = refused(services, flat)
    reasons = [p.format() for p in report.problems]
    assert sum("'veel' is geen geheel getal" in r for r in reasons) == 1
    assert any("valt niet in het jaar" in r for r in reasons), reasons
    assert not report.cut_short


def test_reading_a_bad_file_keeps_a_batch_in_memory_not_the_file(
        flat: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streamed: the peak of memory while a bad file of ~4.5 MB is read stays far below the
    file's size (the old reader held the bytes, the text and every row at once, and the
    tracebacks of bad cells kept whole columns alive)."""
    monkeypatch.setattr(files, "BATCH", 200)
    monkeypatch.setattr(files, "CHUNK", 64 << 10)
    path = many_activities(flat, 8000, bad_year=True)
    size = path.stat().st_size
    assert size > 4_000_000
    conn = connect_raw(db_path)
    codes = code_lists(conn)
    conn.close()
    report = ImportReport()
    tracemalloc.start()
    try:
        source = reading.read_source(path, report.problems, codes)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert source is not None and source.cut_short
    assert all(not t.rows for t in source.tables.values())
    assert report.problems.errors == 8000
    assert peak < size / 3, f"peak {peak} bytes for a file of {size} bytes"


# --- ZIP archives -------------------------------------------------------------------------------


def members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def rebuild(archive: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]],
            name: str = "aangepast.zip") -> Path:
    target = archive.with_name(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": that is the point
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in members(archive):
                z.writestr(info, data)
            for info, data in extra:
                z.writestr(info, data)
    return target


def link(name: str, to: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, to.encode()


@pytest.fixture
def nothing_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every member opened, and a test failure if anything is extracted to disk."""
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def open_(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(getattr(name, "filename", name))  # type: ignore[arg-type]
        return original(self, name, *args, **kwargs)  # type: ignore[arg-type]

    def extract(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("nothing may be extracted to disk")

    monkeypatch.setattr(zipfile.ZipFile, "open", open_)
    monkeypatch.setattr(zipfile.ZipFile, "extract", extract)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", extract)
    return opened


@pytest.mark.parametrize(("extra", "said"), [
    ([("../../x.csv", b"a;b\r\n")], "'../../x.csv', dat met '..' buiten het archief wijst"),
    ([("sub/../../x.csv", b"a")], "met '..' buiten het archief wijst"),
    ([("..\\..\\x.csv", b"a")], "met '..' buiten het archief wijst"),
    ([("/etc/x.csv", b"a")], "'/etc/x.csv' met een absoluut pad"),
    ([("C:/Users/x.csv", b"a")], "met een absoluut pad"),
    ([link("activiteiten-link.csv", "/etc/passwd")], "als snelkoppeling (symbolische link)"),
    ([("activiteiten.csv", b"soort;uuid\r\n")], "'activiteiten.csv' 2 keer"),
])
def test_an_archive_with_an_unsafe_member_is_refused_before_anything_is_read(
        extra: list[tuple[zipfile.ZipInfo | str, bytes]], said: str, archive: Path,
        services: Services, nothing_read: list[str], tmp_path: Path) -> None:
    bad = rebuild(archive, extra)
    nothing_read.clear()  # (rebuilding read the sound members)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    report = refused(services, bad)
    text = report.text()
    assert said in text, text
    assert "wordt niet gelezen" in text
    assert nothing_read == []  # refused from the archive's directory alone
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing written


def test_a_zip_bomb_is_refused_before_anything_is_read(
        archive: Path, services: Services, nothing_read: list[str]) -> None:
    bomb = rebuild(archive, [("vulling.bin", bytes(100 << 20))])  # 100 MB of zeros
    nothing_read.clear()
    assert bomb.stat().st_size < 1 << 20
    report = refused(services, bomb)
    assert "zou uitgepakt 100 MB worden" in report.text()
    assert "zip-bom" in report.text()
    assert nothing_read == []


def test_a_member_that_lies_about_its_size_is_refused(
        archive: Path, services: Services, nothing_read: list[str]) -> None:
    """The sizes in the archive's directory are what the check trusts; one that claims
    4 GB is refused without being read (and reading is bounded by the claimed size)."""
    liar = rebuild(archive, [("vulling.bin", b"klein")])
    data = bytearray(liar.read_bytes())
    end = data.rfind(b"PK\x01\x02")  # the last central directory entry: vulling.bin
    data[end + 24:end + 28] = (0xFFFFFFFE).to_bytes(4, "little")  # uncompressed: ~4 GB
    liar.write_bytes(bytes(data))
    nothing_read.clear()
    report = refused(services, liar)
    assert "zip-bom" in report.text()
    assert nothing_read == []


def test_a_sound_archive_is_still_read(archive: Path, services: Services,
                                       nothing_read: list[str]) -> None:
    report = import_files(services.db, [archive])
    assert report.written, report.text()
    assert "manifest.json" in nothing_read and "activiteiten.csv" in nothing_read
