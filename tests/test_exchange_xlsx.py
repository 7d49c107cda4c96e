"""The landelijk overzicht as an Excel workbook: for reading, with Dutch headers, names instead of
codes, real dates and numbers, a frozen header and an autofilter (issue 14)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories import small_werkplaats
from werkplaats_desktop.cli.main import main
from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.exchange.export import ExportOptions, export
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database


def test_the_workbook_reads_like_the_table_a_person_expects(
        services: Services, tmp_path: Path) -> None:
    small = small_werkplaats(services)
    act = services.activiteiten.get(small.activiteit.id)  # type: ignore[arg-type]
    act.titel, act.uren = "=HYPERLINK(\"https://example.org\")", Decimal("12.5")
    services.activiteiten.update(act)
    services.years.close(small.werkplaats.id, 2011, JaarStatus.INGEDIEND)
    target = tmp_path / "landelijk.xlsx"
    result = export(services.db, target, ExportOptions(excel=True))
    assert result.rows == {"landelijk": 1}
    ws = load_workbook(target).active
    assert ws.title == "Landelijk overzicht"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:AC2"
    header = [c.value for c in ws[1]]
    row = dict(zip(header, (c for c in ws[2]), strict=True))
    assert header[:6] == ["Soort", "Werkplaats", "Code werkplaats", "Titel", "Jaar", "Jaarstatus"]
    assert row["Soort"].value == "Activiteit"
    assert row["Werkplaats"].value == "Wmo-werkplaats Utrecht"
    assert row["Code werkplaats"].value == "WSD-UTR" and row["Jaarstatus"].value == "Ingediend"
    assert row["O"].value == "Ondersteuning"  # a name, not the code
    assert row["Soort activiteit"].value == "Conferentie / studiedag"
    assert row["Gemeente"].value == "Utrecht" and row["Provincie"].value == "Utrecht"
    assert row["Datum"].value == datetime(2011, 3, 4) and row["Datum"].is_date
    assert row["Datum"].number_format == "dd-mm-yyyy"
    assert row["Uren"].value == 12.5 and row["Uren"].data_type == "n"
    assert row["Bereik"].value == 120 and row["Jaar"].value == 2011
    # a title that looks like a formula stays text
    assert row["Titel"].data_type == "s" and row["Titel"].value.startswith("=HYPERLINK")
    assert row["Thema's"].value == "Eigen kracht / Zelfregie / Versterken sociaal netwerk"


def test_the_command_writes_it_for_an_xlsx_target_and_refuses_a_full_one(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "landelijk.xlsx"
    assert main(["export", "--db", str(demo_path), "--out", str(target)]) == 0
    assert "Excel-werkmap" in capsys.readouterr().out
    rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 1345 + _products(demo_path)  # the header, activities, products
    assert [r[0] for r in rows[1:]].count("Product") == _products(demo_path)
    assert main(["export", "--db", str(demo_path), "--soort", "volledig", "--out",
                 str(tmp_path / "alles.xlsx")]) == 2
    assert "past niet bij een volledige export" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert ".xlsx" in capsys.readouterr().out


def _products(path: Path) -> int:
    with Database.open(path) as db:
        return Services(db).producten.count()
