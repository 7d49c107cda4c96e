"""A closed year is read-only through every door (issue 14): the form, bulk edits, deletes
(also the ones that would change its records elsewhere), and imports; the export carries the
statuses and the national overview takes them over as documented (docs/uitwisselformaat.md
§6.7)."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exchange_support import dump, unzip
from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort, JaarStatus
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.years import JaarstatusError
from werkplaats_desktop.store.database import Database

GESLOTEN = "2011 is voor Wmo-werkplaats Utrecht afgesloten (definitief)"


@pytest.fixture
def closed(services: Services) -> tuple[Services, m.Werkplaats, m.Activiteit, m.Project]:
    small = small_werkplaats(services)  # its activity is of 2011
    services.years.close(small.werkplaats.id, 2011)
    return services, small.werkplaats, small.activiteit, small.project


def test_no_record_of_a_closed_year_is_added_changed_moved_or_removed(closed) -> None:  # type: ignore[no-untyped-def]
    s, wp, act, _project = closed
    changed = s.activiteiten.get(act.id)
    changed.bereik = 999
    with pytest.raises(ValidationError, match=re.escape(GESLOTEN)):
        s.activiteiten.update(changed)
    moved = s.activiteiten.get(act.id)
    moved.jaar, moved.datum = 2012, None  # out of the closed year: a change of it too
    with pytest.raises(ValidationError, match=re.escape(GESLOTEN)):
        s.activiteiten.update(moved)
    with pytest.raises(ValidationError, match=re.escape(GESLOTEN)):
        s.producten.create(m.Product(werkplaats_id=wp.id, titel="Nieuw", type="publicatie",
                                     jaar=2011))
    with pytest.raises(ValidationError, match=re.escape(GESLOTEN)):
        s.bijdragen.create(m.Bijdrage(werkplaats_id=wp.id, partner_id=wp.penvoerder_id,
                                      jaar=2011, soort=BijdrageSoort.GELD,
                                      hoeveelheid=Decimal(10)))
    with pytest.raises(ValidationError, match="Verwijderen kan niet: het verandert 1 record van"):
        s.activiteiten.delete(act.id)
    # other years are open
    s.activiteiten.create(m.Activiteit(werkplaats_id=wp.id, titel="Later", o="onderzoek",
                                       jaar=2012))  # type: ignore[arg-type]
    assert s.activiteiten.get(act.id).bereik == 120


def test_a_delete_elsewhere_that_would_change_a_closed_year_is_refused(closed) -> None:  # type: ignore[no-untyped-def]
    s, wp, act, project = closed
    for key, record_id in (("project", project.id),  # its activity would lose its project
                           ("thema", act.thema_ids[0]),  # the activity would lose a theme
                           ("werkplaats", wp.id),  # everything of it would go
                           ("gemeente", act.gemeente_id)):
        with pytest.raises(ValidationError):
            s.records(key).delete(record_id)
    assert s.projecten.count() == 1 and s.werkplaatsen.count() == 1
    s.years.reopen(wp.id, 2011, "Project opheffen")
    s.projecten.delete(project.id)
    assert s.activiteiten.get(act.id).project_id is None


def test_the_status_goes_forward_and_back_only_by_reopening(closed) -> None:  # type: ignore[no-untyped-def]
    s, wp, _act, _project = closed
    with pytest.raises(JaarstatusError, match="al definitief"):
        s.years.close(wp.id, 2011, JaarStatus.DEFINITIEF)
    with pytest.raises(JaarstatusError, match="afsluiten kan alleen vooruit"):
        s.years.close(wp.id, 2011, JaarStatus.INGEDIEND)
    with pytest.raises(JaarstatusError, match="Geef een reden op"):
        s.years.reopen(wp.id, 2011, "  ")
    with pytest.raises(JaarstatusError, match="niet afgesloten"):
        s.years.reopen(wp.id, 2012, "waarom")
    with pytest.raises(JaarstatusError, match="Kies een jaar"):
        s.years.close(wp.id, 1800)
    s.undo()  # closing was one step
    assert s.years.status(wp.id, 2011) is JaarStatus.CONCEPT


def _utrecht_file(tmp_path: Path, template: Path) -> tuple[Path, int]:
    path = tmp_path / "utrecht.sqlite"
    shutil.copy(template, path)
    with Database.open(path) as db:
        s = Services(db)
        small = small_werkplaats(s)
        s.info.set_eigen_werkplaats(small.werkplaats.id)
        assert small.werkplaats.id is not None
        return path, small.werkplaats.id


def test_the_own_newer_export_may_change_a_closed_year_an_export_passed_on_may_not(
        tmp_path: Path, empty_template: Path) -> None:
    own, wid = _utrecht_file(tmp_path, empty_template)
    with Database.open(own) as db:
        Services(db).years.close(wid, 2011)
        export(db, tmp_path / "v1.zip", ExportOptions(VOLLEDIG))
    national = tmp_path / "landelijk.sqlite"
    shutil.copy(empty_template, national)
    with Database.open(national) as db:
        assert import_files(db, [tmp_path / "v1.zip"]).written
        export(db, tmp_path / "doorgegeven-oud.zip", ExportOptions(VOLLEDIG))  # no eigen
    # Utrecht reopens 2011, corrects the reach, closes it again and sends a newer export
    with Database.open(own) as db:
        s = Services(db)
        s.years.reopen(wid, 2011, "Bereik gecorrigeerd")
        act = s.activiteiten.all()[0]
        act.bereik = 150
        s.activiteiten.update(act)
        s.years.close(wid, 2011)
        export(db, tmp_path / "v2.zip", ExportOptions(VOLLEDIG))
    other = tmp_path / "ander.sqlite"  # another national overview that has v1 only
    shutil.copy(national, other)
    with Database.open(national) as db:
        report = import_files(db, [tmp_path / "v2.zip"])
        assert report.written, report.text()
        assert [a.bereik for a in Services(db).activiteiten.all()] == [150]
        assert any("was hier definitief" in w.reden for w in report.warnings)
        export(db, tmp_path / "doorgegeven.zip", ExportOptions(VOLLEDIG))
    # the same change passed on by a national overview (no eigen werkplaats) is refused there
    with Database.open(other) as db:
        before = dump(other)
        refused = import_files(db, [tmp_path / "doorgegeven.zip"])
        assert refused.refused and dump(other) == before
        assert any(GESLOTEN in p.reden for p in refused.errors), refused.text()


def test_the_landelijk_overzicht_carries_the_status(tmp_path: Path, empty_template: Path) -> None:
    own, wid = _utrecht_file(tmp_path, empty_template)
    with Database.open(own) as db:
        Services(db).years.close(wid, 2011, JaarStatus.INGEDIEND)
        export(db, tmp_path / "utrecht.csv", ExportOptions(LANDELIJK))
    text = (tmp_path / "utrecht.csv").read_bytes().decode("utf-8-sig")
    header, row = text.split("\r\n")[:2]
    cells = dict(zip(header.split(";"), row.split(";"), strict=False))
    assert (cells["jaarstatus"], cells["werkplaats_code"], cells["eigen_werkplaats_code"]) == (
        "ingediend", "WSD-UTR", "WSD-UTR")
    assert cells["formaatversie"] == "2" and cells["exportdatum"][:2] == "20"
    national = tmp_path / "landelijk.sqlite"
    shutil.copy(empty_template, national)
    with Database.open(national) as db:
        assert import_files(db, [tmp_path / "utrecht.csv"]).written
        (row_,) = Services(db).completeness.matrix(2011).werkplaatsen
    assert row_.jaren[0].status is JaarStatus.INGEDIEND
    assert row_.aanlevering is not None and row_.aanlevering.eigen_bestand


def test_a_landelijk_overzicht_of_version_1_still_imports(
        tmp_path: Path, empty_template: Path) -> None:
    own, _wid = _utrecht_file(tmp_path, empty_template)
    with Database.open(own) as db:
        export(db, tmp_path / "v2.csv", ExportOptions(LANDELIJK))
    lines = (tmp_path / "v2.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    header = lines[0].split(";")
    drop = [header.index(c) for c in ("werkplaats_code", "jaarstatus", "eigen_werkplaats_code",
                                      "exportdatum")]
    old = []
    for line in lines:
        if line:
            cells = line.split(";")
            cells = [c for i, c in enumerate(cells) if i not in drop]
            if cells[-1] == "2":
                cells[-1] = "1"
            old.append(";".join(cells))
    (tmp_path / "v1.csv").write_bytes(("\ufeff" + "\r\n".join(old) + "\r\n").encode("utf-8"))
    national = tmp_path / "landelijk.sqlite"
    shutil.copy(empty_template, national)
    with Database.open(national) as db:
        report = import_files(db, [tmp_path / "v1.csv"])
        assert report.written, report.text()
        (wp,) = Services(db).werkplaatsen.all()
    assert wp.code == "WSD-UTR"  # recognised by its name on the national list


def test_the_manifest_carries_the_eigen_werkplaats_and_the_statuses(
        tmp_path: Path, empty_template: Path) -> None:
    own, wid = _utrecht_file(tmp_path, empty_template)
    with Database.open(own) as db:
        Services(db).years.close(wid, 2011)
        export(db, tmp_path / "u.zip", ExportOptions(VOLLEDIG))
        uuid = Services(db).werkplaatsen.get(wid).uuid
    manifest = json.loads((unzip(tmp_path / "u.zip", tmp_path / "u") / "manifest.json")
                          .read_text(encoding="utf-8"))
    assert manifest["formaatversie"] == 2
    assert manifest["eigen_werkplaats"] == {"code": "WSD-UTR", "uuid": uuid,
                                            "naam": "Wmo-werkplaats Utrecht"}
    assert manifest["jaarstatus"] == [{"werkplaats_code": "WSD-UTR", "werkplaats_uuid": uuid,
                                       "jaar": 2011, "status": "definitief"}]
    assert [w["code"] for w in manifest["werkplaatsen"]] == ["WSD-UTR"]


# --- what a refused delete says (issue 15, "test strength": services/rules.GeslotenJaar) -------


def _delete_refused(s: Services, key: str, *record_ids: int) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        s.records(key).delete_many(record_ids)
    assert caught.value.fields() == {"id"}  # about the records as a whole, not one field
    return [e.message for e in caught.value.errors]


def _refusal(n: str, jaar: int, status: str, werkplaats: str = "Wmo-werkplaats Utrecht") -> str:
    return (f"Verwijderen kan niet: het verandert {n} van {jaar} van {werkplaats}, en dat "
            f"jaar is afgesloten ({status}). Heropen het jaar eerst (Extra > Jaar heropenen…).")


def test_a_refused_delete_counts_the_records_of_each_closed_year_it_would_change(
        services: Services) -> None:
    """Itself, through a foreign key (an activity's project) and through a link table (an
    activity's theme): each counted once per closed year, years in order, with the status."""
    small = small_werkplaats(services)  # its activity: 2011, project, theme 6
    wp, act = small.werkplaats, small.activiteit
    for jaar in (2010, 2012):
        services.activiteiten.create(m.Activiteit(
            werkplaats_id=wp.id, titel=f"Werksessie {jaar}", o="onderzoek", jaar=jaar,  # type: ignore[arg-type]
            project_id=small.project.id, thema_ids=act.thema_ids))
    services.activiteiten.create(m.Activiteit(
        werkplaats_id=wp.id, titel="Tweede studiedag", o="onderzoek", jaar=2011,  # type: ignore[arg-type]
        project_id=small.project.id))
    services.years.close(wp.id, 2011)
    services.years.close(wp.id, 2012, JaarStatus.INGEDIEND)

    assert _delete_refused(services, "activiteit", act.id) == [  # type: ignore[arg-type]
        _refusal("1 record", 2011, "definitief")]
    assert _delete_refused(services, "project", small.project.id) == [  # type: ignore[arg-type]
        _refusal("2 records", 2011, "definitief"), _refusal("1 record", 2012, "ingediend")]
    assert _delete_refused(services, "thema", act.thema_ids[0]) == [
        _refusal("1 record", 2011, "definitief"), _refusal("1 record", 2012, "ingediend")]
    # several at once: each record counted once
    in_2011 = [a.id for a in services.activiteiten.all() if a.jaar == 2011]
    assert _delete_refused(services, "activiteit", *in_2011) == [  # type: ignore[arg-type]
        _refusal("2 records", 2011, "definitief")]
    # 2010 is open: its activity goes; nothing of the closed years changed
    open_one = next(a for a in services.activiteiten.all() if a.jaar == 2010)
    services.activiteiten.delete(open_one.id)  # type: ignore[arg-type]
    assert sorted(a.jaar for a in services.activiteiten.all()) == [2011, 2011, 2012]


def test_a_closed_year_of_another_werkplaats_is_named_as_such(services: Services) -> None:
    utrecht = small_werkplaats(services)
    services.activiteiten.create(m.Activiteit(  # (so that no id of Zwolle's is another's)
        werkplaats_id=utrecht.werkplaats.id, titel="Extra", o="onderzoek", jaar=2013))  # type: ignore[arg-type]
    zwolle = small_werkplaats(services, "Wmo-werkplaats Zwolle")
    assert zwolle.activiteit.id != zwolle.werkplaats.id
    services.years.close(zwolle.werkplaats.id, 2011)
    # Utrecht's 2011 is open: its activity goes; Zwolle's is refused, with Zwolle's name
    services.activiteiten.delete(utrecht.activiteit.id)  # type: ignore[arg-type]
    assert _delete_refused(services, "activiteit", zwolle.activiteit.id) == [  # type: ignore[arg-type]
        _refusal("1 record", 2011, "definitief", "Wmo-werkplaats Zwolle")]
    # a record moved out of a closed year, or added to it: both refused, naming that year
    moved = services.activiteiten.get(zwolle.activiteit.id)  # type: ignore[arg-type]
    moved.jaar, moved.datum = 2012, None
    with pytest.raises(ValidationError, match=re.escape(
            "2011 is voor Wmo-werkplaats Zwolle afgesloten (definitief)")):
        services.activiteiten.update(moved)
    with pytest.raises(ValidationError, match=re.escape(
            "2011 is voor Wmo-werkplaats Zwolle afgesloten (definitief)")):
        services.activiteiten.create(m.Activiteit(
            werkplaats_id=zwolle.werkplaats.id, titel="Nieuw", o="onderzoek", jaar=2011))  # type: ignore[arg-type]
