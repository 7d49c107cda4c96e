"""``werkplaats status``: who delivered what, as text and as JSON with the documented keys,
without changing the file (issue 14)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.factories import small_werkplaats
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

README = Path(__file__).resolve().parents[1] / "README.md"


def _documented() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("`werkplaats status --json` prints", 1)[1].split("\n\n", 2)[1]
    return set(re.findall(r"`([a-z_]+)`", section))


@pytest.fixture
def national(tmp_path: Path, empty_template: Path) -> Path:
    source = tmp_path / "zwolle.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        s = Services(db)
        small = small_werkplaats(s, "Wmo-werkplaats Zwolle")
        s.info.set_eigen_werkplaats(small.werkplaats.id)
        s.years.close(small.werkplaats.id, 2011, reden="klaar")
        export(db, tmp_path / "zwolle.zip", ExportOptions(VOLLEDIG))
    target = tmp_path / "landelijk.sqlite"
    assert main(["import", "--db", str(target), str(tmp_path / "zwolle.zip")]) == 0
    return target


def test_the_json_has_the_documented_keys(national: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    before = hashlib.sha256(national.read_bytes()).hexdigest()
    assert main(["status", "--db", str(national), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (w,) = data["werkplaatsen"]
    keys = set(data) | set(w) | set(w["aanlevering"]) | set(w["jaren"][0])
    assert keys <= _documented(), keys - _documented()
    assert (w["code"], w["naam"], w["eigen_werkplaats"]) == (
        "WSD-ZWO", "Wmo-werkplaats Zwolle", False)
    assert w["aanlevering"]["eigen_bestand"] is True and w["aanlevering"]["soort"] == "volledig"
    assert [(j["jaar"], j["status"], j["activiteiten"], j["ontbreekt"]) for j in w["jaren"]] == [
        (2011, "definitief", 1, [])]
    assert hashlib.sha256(national.read_bytes()).hexdigest() == before  # read-only


def test_the_text_says_who_delivered_and_what_is_missing(
        national: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["status", "--db", str(national), "--jaar", "2012"]) == 0
    out = capsys.readouterr().out
    assert "Wmo-werkplaats Zwolle (WSD-ZWO): export van " in out
    assert "2012  concept" in out and "ontbreekt: alleen concept, geen activiteiten" in out
    assert main(["status", "--db", str(national.with_name("weg.sqlite"))]) == 1
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "status" in capsys.readouterr().out
