"""Which werkplaats a werkplaats is (issue 14): the national code list, codes given on saving,
the first-run setup of the file's own werkplaats, and recognising werkplaatsen on import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.exchange_support import dump, edit, set_cell, unzip
from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import PartnerType, WerkplaatsType
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.identity import NationalList, Werkplaatsen, generated_code
from werkplaats_desktop.store.database import Database


def test_the_national_list_offers_the_14_werkplaatsen_by_code(services: Services) -> None:
    choices = services.reference.national_werkplaatsen()
    assert len(choices) == 14
    assert [c.label for c in choices] == sorted(c.label for c in choices)
    utrecht = next(c for c in choices if c.key == "WSD-UTR")
    assert (utrecht.label, utrecht.group) == ("Wmo-werkplaats Utrecht", "PV26")


def test_a_new_werkplaats_gets_its_code_when_saved(services: Services) -> None:
    zwolle = services.werkplaatsen.create(m.Werkplaats(naam="wmo-werkplaats  ZWOLLE"))
    groningen = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Groningen"))
    elders = services.werkplaatsen.create(m.Werkplaats(naam="Kenniswerkplaats Elders"))
    assert zwolle.code == "WSD-ZWO"  # the national code of its (folded) name
    assert groningen.code == "WSD-NRD"  # another name the sources use for Noord
    assert elders.uuid and elders.code == generated_code(elders.uuid)
    assert elders.code.startswith("WP-") and len(elders.code) == 11
    # the national code is given once: a second werkplaats with another name for it gets its own
    noord = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Noord"))
    assert noord.code.startswith("WP-")
    with pytest.raises(ValidationError) as refused:
        services.werkplaatsen.create(m.Werkplaats(naam="Dubbel", code="wsd-zwo"))
    assert refused.value.errors[0].message == "Er bestaat al een werkplaats met de code 'WSD-ZWO'."
    with pytest.raises(ValidationError) as wrong:
        services.werkplaatsen.create(m.Werkplaats(naam="Fout", code="WSD UTR!"))
    assert "hoofdletters, cijfers en streepjes" in wrong.value.errors[0].message


def test_setting_up_the_own_werkplaats_from_the_national_list(services: Services) -> None:
    wid = services.info.start_own_werkplaats("WSD-UTR", "", "Hogeschool Utrecht", None)
    wp = services.werkplaatsen.get(wid)
    assert (wp.naam, wp.code, wp.type, wp.provincie_code, wp.startjaar) == (
        "Wmo-werkplaats Utrecht", "WSD-UTR", WerkplaatsType.WMO_WERKPLAATS, "PV26", 2009)
    (hs,) = services.partners.all()
    assert (hs.naam, hs.type, wp.penvoerder_id) == ("Hogeschool Utrecht", PartnerType.HOGESCHOOL,
                                                    hs.id)
    assert services.info.eigen_werkplaats_id() == wid
    assert services.info.eigen_werkplaats_naam() == "Wmo-werkplaats Utrecht"
    assert services.undo_label() == "Eigen werkplaats ingesteld: WSD-UTR"
    services.undo()  # one step: werkplaats, partner and the choice together
    assert (services.werkplaatsen.count(), services.partners.count()) == (0, 0)
    assert services.info.eigen_werkplaats_id() is None


def test_setting_up_takes_what_is_there(services: Services) -> None:
    hs = services.partners.create(m.Partner(naam="Hogeschool Windesheim",
                                            type=PartnerType.HOGESCHOOL))
    zwolle = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Zwolle"))
    wid = services.info.start_own_werkplaats("wsd-zwo", "", "hogeschool  windesheim", "PV23")
    assert wid == zwolle.id and services.werkplaatsen.count() == 1
    assert services.werkplaatsen.get(wid).penvoerder_id == hs.id
    assert services.partners.count() == 1
    other = services.info.start_own_werkplaats(None, "Kenniswerkplaats Amersfoort", None, "PV26")
    wp = services.werkplaatsen.get(other)
    assert wp.code.startswith("WP-") and wp.type is WerkplaatsType.WERKPLAATS_SOCIAAL_DOMEIN
    assert services.info.eigen_werkplaats_id() == other


@pytest.mark.parametrize(("code", "naam", "provincie", "expected"), [
    ("WSD-XXX", "", None, ("code", "Code: 'WSD-XXX' bestaat niet.")),
    (None, "  ", None, ("naam", "Naam is verplicht.")),
    (None, "Werkplaats X", "PV99", ("provincie_code", "Provincie: 'PV99' bestaat niet.")),
])
def test_setting_up_refuses_in_dutch_and_changes_nothing(
        services: Services, code: str | None, naam: str, provincie: str | None,
        expected: tuple[str, str]) -> None:
    with pytest.raises(ValidationError) as refused:
        services.info.start_own_werkplaats(code, naam, "Hogeschool X", provincie)
    assert [(e.field, e.message) for e in refused.value.errors] == [expected]
    assert services.werkplaatsen.count() == services.partners.count() == 0
    assert services.undo_label() is None


def _matcher(rows: list[tuple[int, str, str]], services: Services) -> Werkplaatsen:
    with services.db.read() as s:
        return Werkplaatsen(rows, NationalList.load(s))


def test_recognising_a_werkplaats_by_code_then_name(services: Services) -> None:
    w = _matcher([(1, "Wmo-werkplaats Utrecht", "WSD-UTR"),
                  (2, "Kenniswerkplaats X", "WP-11111111")], services)
    assert w.match("Wmo-werkplaats Utrecht (nieuw)", "WSD-UTR") == 1  # the code decides
    assert w.match("wmo-werkplaats utrecht", None) == 1  # an export of version 1: its name
    assert w.match("Kenniswerkplaats  x", "WP-22222222") == 2  # two made-up codes: by name
    assert w.match("Wmo-werkplaats Utrecht", "WSD-AMS") is None  # two national codes: two
    assert w.match("Iets anders", "WP-33333333") is None


def test_an_exported_werkplaats_with_the_same_name_is_recognised(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    """With codes the program made up (two files named it independently), the same folded name
    is the same werkplaats: its records come in under it, no second one is added."""
    small_werkplaats(services, "Kenniswerkplaats Doel")
    source = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        small_werkplaats(Services(db), "kenniswerkplaats  DOEL")
        export(db, tmp_path / "bron.zip", ExportOptions(VOLLEDIG))
    report = import_files(services.db, [tmp_path / "bron.zip"])
    assert report.written, report.text()
    (wp,) = services.werkplaatsen.all()
    assert wp.naam == "kenniswerkplaats  DOEL"  # the export brings it: its own spelling
    assert services.activiteiten.count() == 1  # the export's, replacing the one here


def test_records_of_a_werkplaats_an_export_does_not_bring_are_skipped(
        services: Services, tmp_path: Path, empty_template: Path) -> None:
    """An old file of Utrecht that also held Zwolle's records (before files had an eigen
    werkplaats): only Utrecht's come in; the report says how many of Zwolle's were not read."""
    source = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        s = Services(db)
        utrecht = small_werkplaats(s, "Wmo-werkplaats Utrecht")
        small_werkplaats(s, "Wmo-werkplaats Zwolle")
        s.info.set_eigen_werkplaats(utrecht.werkplaats.id)
        export(db, tmp_path / "bron.zip", ExportOptions(VOLLEDIG))
    before = dump(services.db.path)
    report = import_files(services.db, [tmp_path / "bron.zip"])
    assert report.written and dump(services.db.path) != before
    assert sorted(w.naam for w in services.werkplaatsen.all()) == [
        "Wmo-werkplaats Utrecht", "Wmo-werkplaats Zwolle"]
    assert [a.werkplaats_id for a in services.activiteiten.all()] == [
        next(w.id for w in services.werkplaatsen.all() if w.code == "WSD-UTR")]
    zwolle = report.per_werkplaats["Wmo-werkplaats Zwolle"]
    assert zwolle.overgeslagen == 2  # its project and activity
    assert any("records van Wmo-werkplaats Zwolle niet ingelezen" in w.reden
               for w in report.warnings)


def test_reference_data_is_matched_by_code(services: Services, tmp_path: Path,
                                           empty_template: Path) -> None:
    """A gemeente by its CBS code and a Movisie theme by its number, whatever UUID the export
    gives them; they stay as they are here."""
    source = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Zuyd")
        export(db, tmp_path / "bron.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "bron.zip", tmp_path / "bron")
    other = "11111111-2222-4333-8444-555555555555"
    from tests.exchange_support import read_rows

    rows = read_rows(folder, "gemeenten.csv")
    at = next(i for i, r in enumerate(rows) if "GM0344" in r)
    old_gemeente = rows[at][0]
    edit(folder, "gemeenten.csv", lambda r: (set_cell(r, at + 1, "uuid", other),
                                             set_cell(r, at + 1, "naam", "Utrecht (stad)")))

    def swap(rows: list[list[str]]) -> None:
        for row in rows[1:]:
            for i, cell in enumerate(row):
                if old_gemeente in cell:
                    row[i] = cell.replace(old_gemeente, other)

    for name in ("partners.csv", "projecten.csv", "activiteiten.csv"):
        edit(folder, name, swap)
    _rehash(folder)
    report = import_files(services.db, [folder])
    assert report.written, report.text()
    (act,) = services.activiteiten.all()
    gemeente = services.gemeenten.get(act.gemeente_id)  # type: ignore[arg-type]
    assert (gemeente.cbs_code, gemeente.naam, gemeente.uuid) == ("GM0344", "Utrecht",
                                                                 old_gemeente)


def _rehash(folder: Path) -> None:
    import hashlib
    import json

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["bestanden"]:
        entry["sha256"] = hashlib.sha256((folder / entry["naam"]).read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_in_a_file_with_its_own_werkplaats_other_werkplaatsen_own_no_records(
        services: Services) -> None:
    wid = services.info.start_own_werkplaats("WSD-UTR", "", None, None)
    zwolle = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Zwolle"))
    services.themasamenwerkingen.create(m.Themasamenwerking(  # a reference: fine
        naam="Eenzaamheid", werkplaats_ids=[wid, zwolle.id]))  # type: ignore[list-item]
    with pytest.raises(ValidationError) as refused:
        services.activiteiten.create(m.Activiteit(werkplaats_id=zwolle.id, titel="Studiedag",
                                                  o="onderzoek", jaar=2015))  # type: ignore[arg-type]
    assert [(e.field, e.message) for e in refused.value.errors] == [(
        "werkplaats_id", "Dit bestand is van Wmo-werkplaats Utrecht; de gegevens van "
        "Wmo-werkplaats Zwolle worden in het bestand van die werkplaats bijgehouden. Kies "
        "Wmo-werkplaats Utrecht als werkplaats.")]
    services.activiteiten.create(m.Activiteit(werkplaats_id=wid, titel="Studiedag",
                                              o="onderzoek", jaar=2015))  # type: ignore[arg-type]
