"""The draaitabel (services/draaitabel.py, `werkplaats draaitabel`): totals that equal
`werkplaats stats`, cells whose list holds exactly the records they count, the counting rule
for several themes, and the exports (.xlsx with real numbers, CSV excel-nl, JSON keys)."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.dashboard_factory import build_small_dashboard
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard.draaitabel import TELREGEL, DraaitabelError, compute
from werkplaats_desktop.services.dashboard.model import DashboardFilter
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database

README = Path(__file__).resolve().parents[1] / "README.md"
O_KEYS = ("onderzoek", "ontwikkeling", "onderwijs", "ondersteuning")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 and "--json" in args else out), err


def totals(table: dict[str, Any], axis: str) -> dict[Any, Any]:
    """{sleutel: total} of the rows or columns of a draaitabel --json."""
    key = "rijtotalen" if axis == "rijen" else "kolomtotalen"
    return {w["sleutel"]: t for w, t in zip(table[axis]["waarden"], table[key], strict=True)}


@pytest.fixture
def demo(demo_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str) -> dict[str, Any]:
        code, data, err = cli(capsys, *args[:1], "--db", str(demo_path), *args[1:], "--json")
        assert code == 0, err
        return data  # type: ignore[no-any-return]
    return run


# --- totals equal `werkplaats stats` for the same filter (six dimension pairs) -------------


def test_thema_by_o_equals_stats_per_thema_and_per_o(demo) -> None:  # type: ignore[no-untyped-def]
    stats = demo("stats")["activiteiten"]
    p = demo("draaitabel", "--rijen", "thema", "--kolommen", "o")
    assert totals(p, "rijen") == {r["thema_id"]: r["totaal"] for r in stats["per_thema"]}
    assert totals(p, "kolommen") == {o: sum(r["per_o"][o] for r in stats["per_jaar"])
                                     for o in O_KEYS}
    assert p["totaal"] == stats["totaal"] == 1345
    assert sum(p["rijtotalen"]) > p["totaal"]  # several themes: counted once in the total


def test_jaar_by_o_of_products_equals_stats_per_jaar(demo) -> None:  # type: ignore[no-untyped-def]
    stats = demo("stats")["producten"]
    p = demo("draaitabel", "--rijen", "jaar", "--kolommen", "o", "--waarde", "producten")
    assert totals(p, "rijen") == {r["jaar"]: r["totaal"] for r in stats["per_jaar"]
                                  if r["totaal"]}
    zonder = sum(r["per_o"]["zonder_o"] for r in stats["per_jaar"])
    assert totals(p, "kolommen") == {**{o: sum(r["per_o"][o] for r in stats["per_jaar"])
                                        for o in O_KEYS}, None: zonder}
    assert p["totaal"] == stats["totaal"]


def test_provincie_by_thema_in_one_year_equals_stats(demo) -> None:  # type: ignore[no-untyped-def]
    stats = demo("stats", "--jaar", "2014")["activiteiten"]
    p = demo("draaitabel", "--rijen", "provincie", "--kolommen", "thema", "--jaar", "2014")
    # stats lists all 12 provinces (0 where nothing); the draaitabel only those with records
    assert totals(p, "rijen") == {r["provincie_code"]: r["aantal"] for r in stats["per_provincie"]
                                  if r["aantal"]}
    assert totals(p, "kolommen") == {r["thema_id"]: r["totaal"] for r in stats["per_thema"]}
    assert p["totaal"] == stats["totaal"]
    assert p["filter"]["jaar_van"] == p["filter"]["jaar_tot"] == 2014


def test_gemeente_by_jaar_of_products_for_two_werkplaatsen(demo) -> None:  # type: ignore[no-untyped-def]
    names = ("--werkplaats", "Utrecht", "--werkplaats", "Zwolle")
    stats = demo("stats", *names)["producten"]
    p = demo("draaitabel", "--rijen", "gemeente", "--kolommen", "jaar", "--waarde", "producten",
             *names)
    assert totals(p, "rijen") == {r["gemeente_id"]: r["totaal"] for r in stats["per_gemeente"]}
    assert p["totaal"] == stats["totaal"] and len(p["filter"]["werkplaats_ids"]) == 2


def test_partner_money_per_year_equals_cofinanciering(demo) -> None:  # type: ignore[no-untyped-def]
    stats = demo("stats", "--werkplaats", "Utrecht")["cofinanciering"]["per_jaar"]
    for waarde, key in (("bijdragen_geld", "partner_geld"), ("bijdragen_uren", "partner_uren")):
        p = demo("draaitabel", "--rijen", "werkplaats", "--kolommen", "jaar", "--waarde", waarde,
                 "--werkplaats", "Utrecht")
        assert totals(p, "kolommen") == {r["jaar"]: r[key] for r in stats if r[key]}
        assert p["totaal"] == pytest.approx(sum(r[key] for r in stats))


def test_werkplaats_by_partnertype_equals_stats_total(demo) -> None:  # type: ignore[no-untyped-def]
    stats = demo("stats", "--jaar", "2015")
    p = demo("draaitabel", "--rijen", "werkplaats", "--kolommen", "partnertype", "--jaar", "2015")
    assert p["totaal"] == stats["activiteiten"]["totaal"]
    assert sum(p["kolomtotalen"]) > p["totaal"]  # projects with partners of several types
    # per werkplaats, the row total is the werkplaats's own count in stats
    for w in stats["werkplaatsen"][:4]:
        one = demo("stats", "--jaar", "2015", "--werkplaats", w["naam"])
        assert totals(p, "rijen").get(w["id"], 0) == one["activiteiten"]["totaal"]


# --- a cell opens exactly its records ----------------------------------------------------------


@pytest.mark.parametrize("rijen,kolommen,waarde", [
    ("thema", "o", "activiteiten"), ("gemeente", "soort", "activiteiten"),
    ("provincie", "o", "producten"), ("partnertype", "kenniskring", "activiteiten"),
    ("soort", "jaar", "producten"), ("werkplaats", "provincie", "activiteiten"),
])
def test_every_cell_lists_exactly_the_records_it_counts(demo_db: Database, rijen: str,
                                                        kolommen: str, waarde: str) -> None:
    s = Services(demo_db)
    f = DashboardFilter(jaar_van=2013, jaar_tot=2015)
    with demo_db.read() as session:
        p = compute(session, rijen, kolommen, waarde, f)
    checked = 0
    for i, r in enumerate(p.rij_waarden):
        for j, k in enumerate(p.kolom_waarden):
            value = p.cel(r.key, k.key)
            if value or checked % 7 == 0:  # every non-empty cell and some empty ones
                assert s.lists.count(p.list_key, ListQuery(filters=p.cell_filters(i, j))) \
                    == value, (r.label, k.label)
            checked += 1
        assert s.lists.count(p.list_key, ListQuery(filters=p.cell_filters(i, -1))) \
            == p.rijtotalen[r.key]
    for j, k in enumerate(p.kolom_waarden):
        assert s.lists.count(p.list_key, ListQuery(filters=p.cell_filters(-1, j))) \
            == p.kolomtotalen[k.key]
    assert s.lists.count(p.list_key, ListQuery(filters=p.cell_filters(-1, -1))) == p.totaal


def test_a_cell_of_money_lists_the_bijdragen_it_adds_up(demo_db: Database) -> None:
    s = Services(demo_db)
    with demo_db.read() as session:
        p = compute(session, "partnertype", "jaar", "bijdragen_geld",
                    DashboardFilter(werkplaats_ids=(6,)))
    for i, r in enumerate(p.rij_waarden):
        for j, k in enumerate(p.kolom_waarden):
            ids = s.lists.ids("bijdrage", ListQuery(filters=p.cell_filters(i, j)))
            rows = s.lists.rows("bijdrage", ids)
            assert sum((row["hoeveelheid"] for row in rows), Decimal("0.00")) \
                == p.cel(r.key, k.key)


# --- the counting rule, on a database whose figures are known by hand --------------------------


def test_a_record_with_two_themes_counts_in_both_rows_and_once_in_the_total(
        services: Services) -> None:
    small = build_small_dashboard(services)
    with services.db.read() as s:
        p = compute(s, "thema", "jaar")
        q = compute(s, "jaar", "thema")
    rows = {r.key: p.rijtotalen[r.key] for r in p.rij_waarden}
    assert p.totaal == len(small.activiteiten)
    assert sum(rows.values()) > p.totaal
    assert None in rows  # "zonder thema" is a row of its own
    # the same numbers turned round: row and column totals swap, cells transpose
    assert q.kolomtotalen == p.rijtotalen and q.rijtotalen == p.kolomtotalen
    assert q.totaal == p.totaal
    assert all(q.cel(k, r) == v for (r, k), v in p.cellen.items())


def test_a_filtered_theme_keeps_only_its_own_row(services: Services) -> None:
    small = build_small_dashboard(services)
    with services.db.read() as s:
        p = compute(s, "thema", "o", f=DashboardFilter(thema_id=small.t1))
    assert [r.key for r in p.rij_waarden] == [small.t1]


def test_choices_that_do_not_fit_are_refused_in_dutch(services: Services) -> None:
    with services.db.read() as s:
        with pytest.raises(DraaitabelError, match="twee verschillende dimensies"):
            compute(s, "thema", "thema")
        with pytest.raises(DraaitabelError, match="niet te verdelen naar 'thema'"):
            compute(s, "thema", "jaar", "bijdragen_geld")
        with pytest.raises(DraaitabelError, match="Onbekende dimensie"):
            compute(s, "kleur", "jaar")


# --- the command line and its files ------------------------------------------------------------


def documented_keys() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("`werkplaats draaitabel --json` prints", 1)[1].split("\n\n", 2)[1]
    return set(re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE))


def test_json_has_exactly_the_documented_keys(demo) -> None:  # type: ignore[no-untyped-def]
    p = demo("draaitabel", "--rijen", "thema", "--kolommen", "o")
    assert set(p) == documented_keys() == {"rijen", "kolommen", "waarde", "filter", "telregel",
                                           "cellen", "rijtotalen", "kolomtotalen", "totaal"}
    assert p["rijen"]["dimensie"] == "thema" and p["kolommen"]["dimensie"] == "o"
    assert [w["sleutel"] for w in p["kolommen"]["waarden"]] == list(O_KEYS)
    assert len(p["cellen"]) == len(p["rijen"]["waarden"])
    assert all(len(row) == 4 for row in p["cellen"])
    assert p["telregel"] == TELREGEL and p["waarde"] == "activiteiten"
    assert set(p["filter"]) == {"jaar_van", "jaar_tot", "werkplaats_ids", "thema_id", "o",
                                "partner_type"}


def test_xlsx_has_real_numbers_dutch_headers_and_the_filter_above(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    out = tmp_path / "tabel.xlsx"
    code, _o, err = cli(capsys, "draaitabel", "--db", str(demo_path), "--rijen", "thema",
                        "--kolommen", "jaar", "--waarde", "uren", "--werkplaats", "Utrecht",
                        "--jaar", "2011", "--out", str(out))
    assert code == 0, err
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0].startswith("Draaitabel: uren")
    assert rows[1][:2] == ("Filter", "Wmo-werkplaats Utrecht, 2011, alle thema's")
    header = next(i for i, r in enumerate(rows) if r[0] == "Thema" and r[1] == "2011")
    assert header > 5 and rows[header][-1] == "Totaal"
    assert any(r[0] == "Telregel" and r[1] == TELREGEL for r in rows[:header])
    body = rows[header + 1:]
    assert body[-1][0] == "Totaal"
    assert all(isinstance(v, (int, float)) for r in body for v in r[1:] if v is not None)
    p = cli(capsys, "draaitabel", "--db", str(demo_path), "--rijen", "thema", "--kolommen",
            "jaar", "--waarde", "uren", "--werkplaats", "Utrecht", "--jaar", "2011", "--json")[1]
    assert body[-1][-1] == pytest.approx(p["totaal"]) and p["totaal"] > 0
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before  # read-only


def test_csv_is_excel_nl(demo_path: Path, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tabel.csv"
    code, _o, err = cli(capsys, "draaitabel", "--db", str(demo_path), "--rijen", "werkplaats",
                        "--kolommen", "jaar", "--waarde", "bijdragen_geld", "--out", str(out))
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1].startswith("Filter;alle werkplaatsen, alle jaren")
    header = next(i for i, line in enumerate(lines) if line.startswith("Werkplaats;2009"))
    assert lines[header - 1] == "" and lines[header].endswith(";Totaal")
    total = lines[-1].split(";")
    assert total[0] == "Totaal" and re.fullmatch(r"\d+,\d\d", total[-1])


def test_wrong_choices_on_the_command_line(demo_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _o, err = cli(capsys, "draaitabel", "--db", str(demo_path), "--rijen", "thema",
                        "--kolommen", "o", "--waarde", "bijdragen_geld")
    assert code == 2 and "niet te verdelen naar 'thema'" in err
    code, _o, err = cli(capsys, "draaitabel", "--db", str(demo_path), "--rijen", "thema",
                        "--kolommen", "o", "--out", str(tmp_path / "tabel.pdf"))
    assert code == 1 and ".xlsx of .csv" in err and not (tmp_path / "tabel.pdf").exists()
    code, _o, err = cli(capsys, "draaitabel", "--db", str(demo_path), "--rijen", "thema",
                        "--kolommen", "o", "--werkplaats", "Atlantis")
    assert code == 1 and "Geen werkplaats gevonden" in err


def test_help_documents_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "draaitabel" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["draaitabel", "--help"])
    text = capsys.readouterr().out
    for option in ("--rijen", "--kolommen", "--waarde", "--jaar", "--werkplaats", "--out",
                   "--json", "partnertype", "bijdragen_geld", "Telregel"):
        assert option in text


def test_the_counted_groups_are_the_grouped_records(demo_db: Database) -> None:
    """Counts and reach by werkplaats, year, O, gemeente, province and theme are summed from
    the Overzicht's count tables (a million activities: milliseconds instead of seconds): for
    every pair of dimensions, every value and the filters the tables serve, the draaitabel is
    the one grouped from the records."""
    from itertools import combinations

    from werkplaats_desktop.services.dashboard.draaitabel import DIMENSIES

    with demo_db.read() as session:
        years = sorted({r.key for r in compute(session, "jaar", "o").rij_waarden})
        filters = [DashboardFilter(), DashboardFilter.year(years[-1]),
                   DashboardFilter(jaar_van=years[0], jaar_tot=years[1], o="onderwijs"),
                   DashboardFilter(werkplaats_ids=(2, 5))]
        for f in filters:
            for waarde in ("activiteiten", "producten", "bereik"):
                for rijen, kolommen in combinations(DIMENSIES, 2):
                    assert compute(session, rijen, kolommen, waarde, f) == compute(
                        session, rijen, kolommen, waarde, f, counts=False), (
                        rijen, kolommen, waarde, f)
