"""The benchmark tools at a tiny scale, so that they cannot rot: the generator writes records
the services accept (the same rows, valid references), and the harness runs end to end.
The real figures come from ``python benchmarks/run.py`` (docs/performance.md), never from here.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from benchmarks import generate, run
from werkplaats_desktop.domain import validation
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw

ACTIVITIES = 400

#: record service -> the domain check of that kind of record
KINDS = {
    "werkplaats": validation.check_werkplaats, "lectoraat": validation.check_lectoraat,
    "kenniskring": validation.check_kenniskring, "project": validation.check_project,
    "activiteit": validation.check_activiteit, "product": validation.check_product,
    "partner": validation.check_partner, "deelname": validation.check_deelname,
    "bijdrage": validation.check_bijdrage, "subsidie": validation.check_subsidie,
    "persoon": validation.check_persoon, "kennisagenda": validation.check_kennisagenda_item,
    "themasamenwerking": validation.check_themasamenwerking,
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("bench") / "gen.sqlite")


def _generate(path: Path, seed: int = generate.DEFAULT_SEED) -> Path:
    generate.generate(path, ACTIVITIES, seed)
    return path


def _copy(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


def test_generated_records_pass_every_check_of_the_services(generated: Path,
                                                             tmp_path: Path) -> None:
    with Database.open(_copy(generated, tmp_path / "copy.sqlite")) as db:
        services = Services(db)
        rng = random.Random(1)
        for key, check in KINDS.items():
            records = services.records(key)
            ids = rng.sample(range(1, records.count() + 1), min(records.count(), 12))
            assert ids, key
            for record_id in ids:
                record = records.get(record_id)
                assert check(record).errors == [], (key, record_id)
                records.update(record)  # the full validation of the service, references too
    raw = connect_raw(tmp_path / "copy.sqlite", readonly=True)
    try:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()


def test_generated_data_has_the_promised_shape(generated: Path) -> None:
    conn = sqlite3.connect(generated)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM activiteit") == ACTIVITIES
    assert one("SELECT count(*) FROM werkplaats") == 14
    assert one("SELECT count(*) FROM partner") >= 500
    assert one("SELECT count(DISTINCT g.cbs_code) FROM partner p JOIN gemeente g "
               "ON g.id = p.gemeente_id WHERE p.type = 'gemeente'") >= 150
    assert one("SELECT count(DISTINCT o) FROM activiteit") == 4
    assert one("SELECT count(*) FROM activiteit a JOIN activiteit_subtype s "
               "ON s.code = a.subtype AND s.o = a.o") == ACTIVITIES
    assert one("SELECT count(DISTINCT jaar) FROM activiteit") >= 10
    assert one("SELECT count(DISTINCT gemeente_id) FROM activiteit") >= 50
    themes = [r[0] for r in conn.execute(
        "SELECT count(*) FROM project_thema GROUP BY project_id")]
    assert themes and min(themes) >= 1 and max(themes) <= 3
    assert one("SELECT count(*) FROM project") == one(
        "SELECT count(DISTINCT project_id) FROM project_thema")
    assert one("SELECT count(DISTINCT soort) FROM bijdrage") == 2
    assert one("SELECT count(*) FROM product") > 0 and one("SELECT count(*) FROM subsidie") > 0
    conn.close()


def test_the_same_seed_gives_the_same_file_content(generated: Path, tmp_path: Path) -> None:
    again = _generate(tmp_path / "again.sqlite")
    other = _generate(tmp_path / "other.sqlite", seed=generate.DEFAULT_SEED + 1)
    dump = lambda p: list(sqlite3.connect(p).iterdump())  # noqa: E731
    assert dump(again) == dump(generated)
    assert dump(other) != dump(generated)


# --- the bulk rows are stored like the rows the services write -----------------------------

_UNIQUE = {"werkplaats": "naam", "partner": "naam", "kenniskring": "naam", "lectoraat": "naam",
           "themasamenwerking": "naam"}
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def _stored(conn: sqlite3.Connection, table: str, record_id: int) -> dict[str, tuple[str, Any]]:
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    typed = ", ".join(f"typeof({n}), {n}" for n in names)
    row = conn.execute(f"SELECT {typed} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return {n: (row[2 * i], row[2 * i + 1]) for i, n in enumerate(names)}


def test_bulk_rows_are_stored_like_rows_written_by_the_services(generated: Path,
                                                                tmp_path: Path) -> None:
    """For every kind: save a copy of a generated record through the services, then compare
    the two stored rows column by column (SQLite storage class; the shape of timestamps)."""
    path = _copy(generated, tmp_path / "twins.sqlite")
    twins: dict[str, tuple[int, int]] = {}
    with Database.open(path) as db:
        services = Services(db)
        for key in KINDS:
            records = services.records(key)
            record = records.get(1)
            changes: dict[str, Any] = {"id": None, "uuid": None, "created_at": None,
                                       "updated_at": None}
            if key in _UNIQUE:
                changes[_UNIQUE[key]] = getattr(record, _UNIQUE[key]) + " (kopie)"
            if key == "subsidie":
                changes["verstrekker"] = "Provincie (kopie)"
            if key == "werkplaats":
                changes["code"] = ""  # the copy gets a code of its own (a national one is taken)
            saved = records.create(replace(record, **changes))
            twins[records.d.orm.__tablename__] = (1, saved.id)
    conn = sqlite3.connect(path)
    for table, (bulk_id, service_id) in twins.items():
        bulk, service = _stored(conn, table, bulk_id), _stored(conn, table, service_id)
        assert bulk.keys() == service.keys()
        for column in bulk:
            (bulk_type, bulk_value), (service_type, service_value) = bulk[column], service[column]
            if "null" in (bulk_type, service_type):
                continue
            assert bulk_type == service_type, (table, column, bulk_value, service_value)
            if column in ("created_at", "updated_at"):
                assert _TIMESTAMP.match(bulk_value) and _TIMESTAMP.match(service_value)
    conn.close()


# --- the harness -------------------------------------------------------------------------------


def test_the_harness_runs_end_to_end_at_a_tiny_scale(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "result.json"
    code = run.main(["--scales", "200,400", "--repeat", "1", "--warmup", "0",
                     "--gui-scales", "200", "--exchange-scales", "200",
                     "--data-dir", str(tmp_path), "--json", str(out)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    figures = {(r["key"], r["scale"]): r for r in report["results"]}
    for key in ("first_page", "jump", "search", "search_letter"):
        for scale in (200, 400):
            assert figures[(key, scale)]["value"]["median"] > 0
            assert figures[(key, scale)]["baseline"]["median"] > 0
            assert figures[(key, scale)]["details"]["load_1min"]
        assert (f"{key}_growth", None) in figures
    start = figures[("window_answering", 200)]
    assert start["baseline"]["median"] > 0 and start["details"]["activities_rows_loaded"] == 200
    assert start["details"]["first_paint_ms"] and start["details"]["responding_ms"]
    assert figures[("overzicht_drawn", 200)]["value"]["median"] > 0
    assert figures[("cold_start", 200)]["value"]["median"] > 0
    assert figures[("peak_rss", 200)]["value"]["median"] > 0
    for key in ("export", "import"):
        assert figures[(key, 200)]["value"]["median"] > 0
        assert figures[(key, 200)]["baseline"]["median"] > 0
    assert figures[("import", 200)]["details"]["rows"]["activiteit"] == 200
    for scale in (200, 400):
        assert figures[("dashboard_refresh", scale)]["value"]["median"] > 0
    first_show = figures[("dashboard_first_show", 200)]
    assert first_show["value"]["median"] > 0 and first_show["baseline"]["median"] > 0
    assert not start["details"]["overzicht_timed_out"]
    assert report["machine"]["cores"] and report["machine"]["sqlite"]
    table = capsys.readouterr().out
    assert "| Activities list: first page + total | 200 |" in table


def test_the_draaitabel_benchmark_runs_every_pair(generated: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import bench_draaitabel

    out = tmp_path / "draaitabel.json"
    assert bench_draaitabel.main(["--db", str(generated), "--repeat", "1", "--waarden",
                                  "activiteiten,bijdragen_geld", "--json", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    pairs = {(r["waarde"], r["jaar"]): 0 for r in rows}
    for r in rows:
        pairs[(r["waarde"], r["jaar"])] += 1
        assert r["mediaan_ms"] > 0 and r["mediaan_cpu_ms"] >= 0
    assert pairs == {("activiteiten", None): 36, ("bijdragen_geld", None): 10,
                     ("activiteiten", 2015): 36}
    assert "| 400 | activiteiten | alle jaren | 36 |" in capsys.readouterr().out


def test_both_tools_explain_themselves(capsys: pytest.CaptureFixture[str]) -> None:
    for main in (generate.main, run.main):
        with pytest.raises(SystemExit) as exit_:
            main(["--help"])
        assert exit_.value.code == 0
    assert "--activiteiten" in capsys.readouterr().out
