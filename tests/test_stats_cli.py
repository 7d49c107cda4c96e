"""``werkplaats stats``: the dashboard's figures as JSON with the documented keys, read-only."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.dashboard_factory import build_small_dashboard
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

README = Path(__file__).resolve().parents[1] / "README.md"


def stats(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["stats", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 and "--json" in args else out), err


def documented_keys() -> dict[str, set[str]]:
    """Key -> documented sub-keys, from the README's table of ``werkplaats stats --json``."""
    text = README.read_text(encoding="utf-8")
    section = text.split("`werkplaats stats --json` prints", 1)[1].split("\n\n", 2)[1]
    keys: dict[str, set[str]] = {}
    for line in section.splitlines():
        m = re.match(r"\| `([a-z0-9_]+)` \|(.*)\|$", line)
        if m:
            keys[m.group(1)] = set(re.findall(r"`([a-z0-9_]+)`", m.group(2)))
    return keys


def test_json_has_the_documented_keys_and_the_demo_figures(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    code, data, _err = stats(capsys, "--db", str(demo_path), "--json")
    assert code == 0
    documented = documented_keys()
    assert set(data) == set(documented)
    for key in ("feiten", "activiteiten", "cofinanciering"):
        subkeys = set(data[key]) if isinstance(data[key], dict) else set()
        assert subkeys <= documented[key], (key, subkeys - documented[key])
    row = data["activiteiten"]["per_thema"][0]
    assert set(row) <= documented["activiteiten"] and set(row["per_o"]) == {
        "onderzoek", "ontwikkeling", "onderwijs", "ondersteuning"}
    assert set(data["producten"]["per_jaar"][0]["per_o"]) >= {"zonder_o"}
    f = data["feiten"]
    assert (f["werkplaatsen"], f["gemeenten"], f["gemeenten_g4"], f["gemeenten_g32"],
            f["uitvoeringsorganisaties"], f["projecten"]) == (14, 121, 4, 25, 280, 122)
    assert data["activiteiten"]["totaal"] == sum(r["totaal"]
                                                 for r in data["activiteiten"]["per_jaar"])
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before  # read-only


def test_year_and_werkplaats_filter_exactly(db: Database, db_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    build_small_dashboard(Services(db))
    db.close()
    code, data, _ = stats(capsys, "--db", str(db_path), "--jaar", "2010", "--werkplaats",
                          "werkplaats een", "--uurtarief", "50", "--json")
    assert code == 0
    assert data["filter"]["jaar_van"] == data["filter"]["jaar_tot"] == 2010
    assert [w["naam"] for w in data["werkplaatsen"]] == ["Werkplaats Een"]
    act = data["activiteiten"]
    assert act["totaal"] == 2
    assert act["per_jaar"] == [{"jaar": 2010, "totaal": 2, "per_o": {
        "onderzoek": 1, "ontwikkeling": 0, "onderwijs": 1, "ondersteuning": 0}}]
    provinces = {r["provincie_code"]: r["aantal"] for r in act["per_provincie"]}
    # all 12 provinces are listed, 0 where there is nothing (as per_jaar lists every year)
    assert len([c for c in provinces if c]) == 12
    assert {c: n for c, n in provinces.items() if n} == {"PV26": 1, None: 1}
    assert data["cofinanciering"]["per_jaar"] == [{
        "jaar": 2010, "subsidie": 100000.0, "partner_geld": 20000.0, "partner_uren": 400.0,
        "partner_uren_waarde": 20000.0, "totaal": 140000.0, "aandeel_subsidie": 0.7143}]
    # a year without data: zeros, not an error
    code, data, _ = stats(capsys, "--db", str(db_path), "--jaar", "2011", "--json")
    assert code == 0 and data["activiteiten"]["totaal"] == 0
    assert data["activiteiten"]["per_jaar"][0]["totaal"] == 0
    assert [r["aantal"] for r in data["activiteiten"]["per_provincie"]] == [0] * 12


def test_text_output_and_mistakes(demo_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = stats(capsys, "--db", str(demo_path), "--jaar", "2015")
    assert code == 0 and "Gemeenten" in out and "121" in out
    code, _, err = stats(capsys, "--db", str(demo_path), "--werkplaats", "Atlantis")
    assert code == 1 and "Geen werkplaats gevonden" in err
    code, _, err = stats(capsys, "--db", str(demo_path), "--werkplaats", "noord")
    assert code == 1 and "meer werkplaatsen" in err
    code, _, err = stats(capsys, "--db", str(demo_path), "--uurtarief", "veel")
    assert code == 1 and "uurtarief" in err
    missing = tmp_path / "bestaat-niet.sqlite"
    code, _, err = stats(capsys, "--db", str(missing), "--json")
    assert code == 1 and "bestaat niet" in err and not missing.exists()
    with pytest.raises(SystemExit) as exc:
        main(["stats", "--jaar", "twintig"])
    assert exc.value.code == 2
