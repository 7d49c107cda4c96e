"""Fuzzing the importer with damaged exports (issue 15): bytes flipped, rows cut off or dropped,
columns swapped, lines in another encoding, bytes of another file mixed in. Whatever the
file, the import never ends in a traceback, always gives a report whose every line can be
written, and a refused import leaves the database file byte for byte as it was. (A mutation
can leave a valid file, e.g. a flipped letter in a description; such an import is accepted,
and then the database must be sound and hold the import.)

Each example imports into a fresh copy of a small database; the number of examples is
bounded (``settings``) and the run is derandomized, so the test is the same in every run.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.factories import small_werkplaats
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.exchange.report import ImportReport
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw

FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> dict[str, Path]:
    """The exports of another werkplaats, and the database that reads them."""
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "bron.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Bron")
        export(db, folder / "landelijk.csv", ExportOptions(LANDELIJK))
        export(db, folder / "alles.zip", ExportOptions(VOLLEDIG))
    target = folder / "doel.sqlite"
    shutil.copy(empty_template, target)
    with Database.open(target) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Doel")
    return {"landelijk": folder / "landelijk.csv", "volledig": folder / "alles.zip",
            "doel": target}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mutate(data: bytes, draw: st.DrawFn) -> bytes:
    """One to three mutations of the kinds a damaged or hand-edited file has."""
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "cut", "drop", "swap", "cells", "encoding",
                                     "insert"]))
        lines = data.split(b"\n")
        if kind == "flip" and data:
            for _ in range(draw(st.integers(1, 8))):
                at = draw(st.integers(0, len(data) - 1))
                data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
        elif kind == "cut" and data:
            data = data[:draw(st.integers(0, len(data) - 1))]
        elif kind == "drop" and len(lines) > 1:
            del lines[draw(st.integers(0, len(lines) - 1))]
            data = b"\n".join(lines)
        elif kind == "swap" and lines:
            at = draw(st.integers(0, min(len(lines) - 1, 3)))  # the header, usually
            sep = b";" if b";" in lines[at] else b","
            cells = lines[at].split(sep)
            if len(cells) > 1:
                i, j = draw(st.integers(0, len(cells) - 1)), draw(st.integers(0, len(cells) - 1))
                cells[i], cells[j] = cells[j], cells[i]
            lines[at] = sep.join(cells)
            data = b"\n".join(lines)
        elif kind == "cells" and len(lines) > 1:
            at = draw(st.integers(1, len(lines) - 1))
            cells = lines[at].split(b";")
            i = draw(st.integers(0, len(cells) - 1))
            cells[i] = draw(st.sampled_from([b"", b"x", b"-1", b"99999999999999999999",
                                             b"31-02-2015", b"1.250,5", b"\"", b"'=1+1",
                                             b"\xc3\xa9\xc3", b"ja;nee"]))
            lines[at] = b";".join(cells)
            data = b"\n".join(lines)
        elif kind == "encoding" and len(lines) > 1:
            at = draw(st.integers(0, len(lines) - 1))
            text = lines[at].decode("utf-8", "replace") + " é ë ï"
            lines[at] = text.encode(draw(st.sampled_from(["cp1252", "latin-1", "utf-16",
                                                          "utf-16-le", "utf-8-sig"])),
                                    "replace")
            data = b"\n".join(lines)
        elif kind == "insert":
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
    return data


def import_and_check(material: dict[str, Path], name: str, data: bytes) -> ImportReport:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = folder / "doel.sqlite"
        shutil.copy(material["doel"], db_path)
        file = folder / name
        file.write_bytes(data)
        before = digest(db_path)
        with Database.open(db_path) as db:
            report = import_files(db, [file])  # no exception may come out of here
        assert isinstance(report, ImportReport)
        text = report.text()
        assert text.strip()
        for problem in report.problems:
            assert problem.line()
        if report.refused:
            assert not report.written
            assert digest(db_path) == before, text
        else:
            assert report.written, text
            conn = connect_raw(db_path, readonly=True)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            finally:
                conn.close()
        assert not db_path.with_name(db_path.name + "-journal").exists()
        return report


@FUZZ
@given(data=st.data())
def test_a_damaged_landelijk_overzicht_never_breaks_the_import(
        material: dict[str, Path], data: st.DataObject) -> None:
    damaged = mutate(material["landelijk"].read_bytes(), data.draw)
    report = import_and_check(material, "landelijk.csv", damaged)
    event("refused" if report.refused else "accepted")


@FUZZ
@given(data=st.data())
def test_a_damaged_full_export_never_breaks_the_import(
        material: dict[str, Path], data: st.DataObject) -> None:
    original = material["volledig"].read_bytes()
    if data.draw(st.booleans()):  # damage the archive itself
        damaged = mutate(original, data.draw)
    else:  # damage one member (its checksum in the manifest then no longer fits)
        with zipfile.ZipFile(io.BytesIO(original)) as z:
            members = {n: z.read(n) for n in z.namelist()}
        name = data.draw(st.sampled_from(sorted(members)))
        members[name] = mutate(members[name], data.draw)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for n, content in members.items():
                z.writestr(n, content)
        damaged = buffer.getvalue()
    report = import_and_check(material, "alles.zip", damaged)
    event("refused" if report.refused else "accepted")


@pytest.mark.parametrize("header_end", [b"soort\rx;uuid", b"soort;\"uuid", b"\r\r\r"])
def test_a_header_with_a_stray_carriage_return_or_quote_is_a_report(
        material: dict[str, Path], header_end: bytes) -> None:
    """Found by the fuzz test on the old code: a bare carriage return in the first line made
    the header check raise csv.Error."""
    data = material["landelijk"].read_bytes().replace(b"soort;uuid", header_end, 1)
    report = import_and_check(material, "landelijk.csv", data)
    assert report.refused


def test_a_theme_list_that_is_not_a_list_of_uuids_is_a_report(
        material: dict[str, Path]) -> None:
    """Found by the fuzz test (swapped columns): a bad cell in a list column became None and
    the record rules raised TypeError."""
    import csv

    text = material["landelijk"].read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    rows[1][rows[0].index("thema_uuids")] = "Wmo-werkplaats Bron"
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    report = import_and_check(material, "landelijk.csv", buffer.getvalue().encode("utf-8"))
    assert report.refused
    assert "'wmo-werkplaats bron' is geen geldige UUID" in report.text()
