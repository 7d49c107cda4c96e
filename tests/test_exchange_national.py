"""The national overview: exports of several werkplaatsen in one database, where an
organisation that several of them work with is one partner, counted once."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from tests.factories import gemeente_id
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort, PartnerType, ProjectPartnerRol
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.exchange.merge import merge_partners
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database


def _werkplaats(path: Path, naam: str, partners: list[tuple[str, PartnerType, str | None]],
                euro: int) -> None:
    """A werkplaats with these partners (name, type, CBS code), each taking part; the first
    gemeente gives ``euro`` a year and leads a project."""
    with Database.open(path) as db:
        s = Services(db)
        made = [s.partners.create(m.Partner(naam=n, type=t, gemeente_id=gemeente_id(s, c)
                                            if c else None)) for n, t, c in partners]
        wp = s.werkplaatsen.create(m.Werkplaats(naam=naam, penvoerder_id=made[0].id))
        for p in made:
            s.deelnames.create(m.Deelname(werkplaats_id=wp.id, partner_id=p.id))
        gemeente = next(p for p in made if p.type == PartnerType.GEMEENTE)
        s.bijdragen.create(m.Bijdrage(werkplaats_id=wp.id, partner_id=gemeente.id, jaar=2014,
                                      soort=BijdrageSoort.GELD, hoeveelheid=Decimal(euro)))
        s.projecten.create(m.Project(werkplaats_id=wp.id, naam=f"Wijkteams {naam}", partners=[
            m.ProjectPartner(partner_id=gemeente.id, rol=ProjectPartnerRol.TREKKER)]))


@pytest.fixture
def exports(tmp_path: Path, empty_template: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copy(empty_template, a)
    shutil.copy(empty_template, b)
    _werkplaats(a, "Wmo-werkplaats Utrecht", [
        ("Hogeschool Utrecht", PartnerType.HOGESCHOOL, None),
        ("Gemeente Utrecht", PartnerType.GEMEENTE, "GM0344"),
        ("Movisie", PartnerType.KENNISINSTITUUT, None),
        ("Stichting Humanitas", PartnerType.UITVOERINGSORGANISATIE, None)], 40_000)
    _werkplaats(b, "Wmo-werkplaats Midden", [
        ("Hogeschool  utrecht", PartnerType.HOGESCHOOL, None),             # same name
        ("Utrecht, sociaal domein", PartnerType.GEMEENTE, "GM0344"),      # same gemeente
        ("MOVISIE", PartnerType.KENNISINSTITUUT, None),                    # same name
        ("Humanitas", PartnerType.UITVOERINGSORGANISATIE, None),          # possibly the same
        ("Gemeente Amersfoort", PartnerType.GEMEENTE, "GM0307")], 25_000)  # another one
    out = []
    for path in (a, b):
        with Database.open(path) as db:
            export(db, path.with_suffix(".zip"), ExportOptions(VOLLEDIG))
        out.append(path.with_suffix(".zip"))
    return out[0], out[1]


def _partners_per_werkplaats(s: Services) -> dict[str, int]:
    return {w.naam: s.lists.count("partner", ListQuery(filters={"werkplaats_id": w.id}))
            for w in s.werkplaatsen.all()}


def test_shared_partners_are_counted_once_in_the_national_overview(
        services: Services, exports: tuple[Path, Path]) -> None:
    report = import_files(services.db, list(exports))
    assert report.written, report.text()
    s = services
    names = sorted(p.naam for p in s.partners.all())
    assert names == ["Gemeente Amersfoort", "Gemeente Utrecht", "Hogeschool Utrecht",
                     "Humanitas", "Movisie", "Stichting Humanitas"]
    assert s.lists.count("partner") == 6  # not 9: three organisations are shared
    assert _partners_per_werkplaats(s) == {"Wmo-werkplaats Utrecht": 4,
                                           "Wmo-werkplaats Midden": 5}
    utrecht = next(p for p in s.partners.all() if p.naam == "Gemeente Utrecht")
    both = [b for b in s.bijdragen.all() if b.partner_id == utrecht.id]
    assert sum(b.hoeveelheid for b in both) == Decimal(65_000)  # one partner, both werkplaatsen
    assert {r.reden for r in report.samengevoegd} == {"zelfde naam",
                                                      "zelfde gemeente (CBS-code GM0344)"}
    assert [(d.naam, d.lokaal_naam, d.zeker) for d in report.twijfel] == [
        ("Humanitas", "Stichting Humanitas", False)]


def test_the_user_confirms_a_possible_match_and_a_reimport_keeps_it(
        services: Services, exports: tuple[Path, Path]) -> None:
    report = import_files(services.db, list(exports))
    (doubt,) = report.twijfel
    assert merge_partners(services.db, [(doubt.lokaal_id, doubt.nieuw_id)],  # type: ignore[list-item]
                          "Partners samengevoegd") == 1
    assert services.lists.count("partner") == 5
    assert _partners_per_werkplaats(services) == {"Wmo-werkplaats Utrecht": 4,
                                                  "Wmo-werkplaats Midden": 5}
    assert services.undo_label() == "Partners samengevoegd"
    services.undo()
    assert services.lists.count("partner") == 6
    services.redo()
    again = import_files(services.db, list(exports))
    assert again.written and not again.twijfel
    assert services.lists.count("partner") == 5 and services.deelnames.count() == 9


def test_reading_the_exports_one_by_one_gives_the_same_overview(
        services: Services, exports: tuple[Path, Path]) -> None:
    for path in exports:
        assert import_files(services.db, [path]).written
    assert services.lists.count("partner") == 6
    assert import_files(services.db, [exports[1]]).samengevoegd == []  # known by alias now
    assert services.lists.count("partner") == 6


def test_partner_of_one_export_never_merges_twice_into_one(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    a = tmp_path / "a.sqlite"
    shutil.copy(empty_template, a)
    _werkplaats(a, "Wmo-werkplaats Noord", [("Gemeente Groningen", PartnerType.GEMEENTE,
                                              "GM0014"),
                                             ("Sociale Dienst Groningen", PartnerType.GEMEENTE,
                                              "GM0014")], 10)
    with Database.open(a) as db:
        export(db, tmp_path / "a.zip", ExportOptions(VOLLEDIG))
    services.partners.create(m.Partner(naam="Groningen", type=PartnerType.GEMEENTE,
                                       gemeente_id=gemeente_id(services, "GM0014")))
    report = import_files(services.db, [tmp_path / "a.zip"])
    assert len(report.samengevoegd) == 1 and len(report.twijfel) == 1
    assert services.partners.count() == 2
