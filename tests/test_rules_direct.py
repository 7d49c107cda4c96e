"""The rules between records (``services/rules.py``) called directly, the way both doors call
them: a batch of subjects, a :class:`RuleContext` on a session, and what each subject was told.

The record services and the import build their rules once, when ``services/catalog.py`` is
imported; these tests build them here, so that a change in how a rule is made (its fields, its
scope, its message) is noticed too. Written against the mutants of ``services/rules.py`` that
survived the suite (issue 15, "test strength"; docs/testing.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.factories import Small, small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.services import Services, rules
from werkplaats_desktop.store.database import Database

Said = list[tuple[str, str, dict[str, object]]]


@dataclass
class World:
    services: Services
    small: Small
    other: int  # a second werkplaats

    def check(self, rule: Any, table: str, *values: dict[str, Any],
              ids: tuple[int | None, ...] = ()) -> list[Said]:
        """What ``rule`` says of each record of one batch (``ids``: their ids, None = new)."""
        said: list[Said] = [[] for _ in values]
        subjects = [
            rules.Subject(dict(vals), ids[i] if i < len(ids) else None,
                          lambda f, t, p, i=i: said[i].append((f, t, p)))
            for i, vals in enumerate(values)]
        with self.services.db.read() as s:
            rule.check(rules.RuleContext(s), table, subjects)
        return said


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    services = Services(db)
    small = small_werkplaats(services)
    other = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Zwolle"))
    services.kenniskringen.create(m.Kenniskring(werkplaats_id=small.werkplaats.id,
                                                naam="Kring Één Ouderen"))
    yield World(services, small, other.id)  # type: ignore[arg-type]


def taken(wat: str, waarde: str) -> tuple[str, str, dict[str, object]]:
    return ("naam", v.AL_IN_GEBRUIK, {"wat": wat, "waarde": waarde})


def test_a_name_within_a_werkplaats_is_taken_whatever_its_case_and_accents(
        world: World) -> None:
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    own = world.small.werkplaats.id
    for double in ("Kring Één Ouderen", "KRING ÉÉN OUDEREN", "kring  één ouderen "):
        assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": double}) == [
            [taken("kenniskring", double)]]
    # without the accent it is another name; in another werkplaats it is free
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": "Kring Een Ouderen"},
                       {"werkplaats_id": world.other, "naam": "Kring Één Ouderen"}) == [[], []]


def test_two_new_records_of_one_batch_with_one_name_clash_in_one_werkplaats_only(
        world: World) -> None:
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    own, other = world.small.werkplaats.id, world.other
    said = world.check(rule, "kenniskring",
                       {"werkplaats_id": other, "naam": "Kring Jeugd"},
                       {"werkplaats_id": own, "naam": "Kring Jeugd"},
                       {"werkplaats_id": other, "naam": "KRING JEUGD"})
    assert said == [[], [], [taken("kenniskring", "KRING JEUGD")]]


def test_a_name_without_a_scope_is_taken_in_the_whole_file(world: World) -> None:
    rule = rules.unique_name("naam", "partner")
    stored = world.small.hogeschool.naam
    assert world.check(rule, "partner", {"naam": stored.upper()},
                       {"werkplaats_id": world.other, "naam": stored}) == [
        [taken("partner", stored.upper())], [taken("partner", stored)]]


def test_an_empty_name_is_left_to_required(world: World) -> None:
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    own = world.small.werkplaats.id
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": ""},
                       {"werkplaats_id": own, "naam": None},
                       {"werkplaats_id": own, "naam": ""}) == [[], [], []]
    rule = rules.unique_name("naam", "thema")
    assert world.check(rule, "thema", {"naam": ""}, {"naam": None}, {"naam": ""}) == [[], [], []]


def test_a_name_is_checked_also_when_the_werkplaats_is_missing(world: World) -> None:
    """The werkplaats is the scope, not part of the name: two rows of one import without a
    werkplaats ("verplicht" says that) and with one name also hear that the name is taken."""
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    assert world.check(rule, "kenniskring", {"werkplaats_id": None, "naam": "Kring Wijk"},
                       {"werkplaats_id": None, "naam": "kring wijk"}) == [
        [], [taken("kenniskring", "kring wijk")]]


def test_a_record_keeps_its_own_name_in_another_case(world: World) -> None:
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    own = world.small.werkplaats.id
    kring = next(k for k in world.services.kenniskringen.all() if k.naam == "Kring Één Ouderen")
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": "KRING ÉÉN OUDEREN"},
                       ids=(kring.id,)) == [[]]


# --- references within the own werkplaats ---------------------------------------------------------


def test_a_reference_to_a_record_of_another_werkplaats_is_refused(world: World) -> None:
    own, other = world.small.werkplaats.id, world.other
    theirs = world.services.projecten.create(m.Project(werkplaats_id=other, naam="Hun project"))
    mine = world.small.project.id
    rule = rules.SameWerkplaats("project_id", "project")
    wrong = ("project_id", v.ANDERE_WERKPLAATS, {})
    assert world.check(rule, "activiteit",
                       {"werkplaats_id": own, "project_id": theirs.id},
                       {"werkplaats_id": own, "project_id": mine},
                       {"werkplaats_id": other, "project_id": theirs.id},
                       {"werkplaats_id": None, "project_id": theirs.id},  # "verplicht" says it
                       {"werkplaats_id": own, "project_id": None},
                       {"werkplaats_id": own, "project_id": 98765},  # "bestaat niet" says it
                       ) == [[wrong], [], [], [], [], []]
    # a list of references: one of another werkplaats is enough, said once
    rule = rules.SameWerkplaats("project_ids", "project")
    assert world.check(rule, "kennisagenda_item",
                       {"werkplaats_id": own, "project_ids": [mine, theirs.id, theirs.id]},
                       {"werkplaats_id": own, "project_ids": [mine]},
                       {"werkplaats_id": own, "project_ids": []},
                       ) == [[("project_ids", v.ANDERE_WERKPLAATS, {})], [], []]


def test_a_reference_follows_a_record_the_same_import_moves(world: World) -> None:
    """The project moves to the other werkplaats in the same action (an import's other row):
    its new werkplaats counts, not the stored one."""
    own, other = world.small.werkplaats.id, world.other
    project = world.small.project.id
    rule = rules.SameWerkplaats("project_id", "project")
    said: list[Said] = [[], []]
    subjects = [rules.Subject({"werkplaats_id": w, "project_id": project}, None,
                              lambda f, t, p, i=i: said[i].append((f, t, p)))
                for i, w in enumerate((own, other))]
    moved = {project: {"werkplaats_id": other, "naam": "Verhuisd"}}
    with world.services.db.read() as s:
        rule.check(rules.RuleContext(s, lambda table, i: moved.get(i) if table == "project"
                                     else None), "activiteit", subjects)
    assert said == [[("project_id", v.ANDERE_WERKPLAATS, {})], []]
    # an import row that does not carry the werkplaats: the stored one counts
    said = [[], []]
    with world.services.db.read() as s:
        rule.check(rules.RuleContext(s, lambda _t, _i: {"naam": "Alleen de naam"}),
                   "activiteit", subjects)
    assert said == [[], [("project_id", v.ANDERE_WERKPLAATS, {})]]


# --- the kind of activity, the eigen werkplaats, the provincie ---------------------------------


def test_the_kind_of_activity_belongs_to_its_o(world: World) -> None:
    rule = rules.SubtypeOfO()
    with world.services.db.read() as s:
        of = dict(rules.RuleContext(s).stored("activiteit_subtype", ("o",)))
    assert of["conferentie"] == "ondersteuning"
    other = next(code for code, o in of.items() if o == "onderzoek")
    assert world.check(rule, "activiteit",
                       {"subtype": "conferentie", "o": "ondersteuning"},
                       {"subtype": "conferentie", "o": "onderzoek"},
                       {"subtype": other, "o": "onderzoek"},
                       {"subtype": "bestaat-niet", "o": "onderwijs"},
                       {"subtype": None, "o": "onderzoek"},
                       {"subtype": "conferentie", "o": None},
                       ) == [[], [("subtype", v.SUBTYPE_HOORT_NIET_BIJ_O,
                                   {"waarde": "conferentie", "o": "Onderzoek"})], [],
                             [("subtype", v.SUBTYPE_HOORT_NIET_BIJ_O,
                               {"waarde": "bestaat-niet", "o": "Onderwijs"})], [], []]


def test_records_of_another_werkplaats_than_the_files_own_are_refused(world: World) -> None:
    own, other = world.small.werkplaats.id, world.other
    rule = rules.EigenWerkplaats()
    values = ({"werkplaats_id": own}, {"werkplaats_id": other}, {"werkplaats_id": None})
    assert world.check(rule, "activiteit", *values) == [[], [], []]  # no eigen werkplaats yet
    world.services.info.set_eigen_werkplaats(own)
    assert world.check(rule, "activiteit", *values) == [
        [], [("werkplaats_id", v.NIET_EIGEN_WERKPLAATS,
              {"eigen": "Wmo-werkplaats Utrecht", "andere": "Wmo-werkplaats Zwolle"})], []]
    # a werkplaats that does not exist ("bestaat niet" says so) is named by its number
    assert world.check(rule, "activiteit", {"werkplaats_id": 98765}) == [
        [("werkplaats_id", v.NIET_EIGEN_WERKPLAATS,
          {"eigen": "Wmo-werkplaats Utrecht", "andere": "#98765"})]]
    # a row an import brings in exactly as it is stored here is no change of it
    said: list[Said] = [[]]
    subject = rules.Subject({"werkplaats_id": other}, 1, lambda f, t, p: said[0].append(
        (f, t, p)), changes=False)
    with world.services.db.read() as s:
        rule.check(rules.RuleContext(s), "activiteit", [subject])
    assert said == [[]]


def test_a_partners_provincie_is_its_gemeentes(world: World) -> None:
    rule = rules.ProvincieVanGemeente()
    utrecht = world.small.activiteit.gemeente_id  # GM0344, in PV26
    eigen = world.services.gemeenten.create(m.Gemeente(naam="Gemeente zonder provincie"))
    records = [{"gemeente_id": utrecht, "provincie_code": "PV23"},
               {"gemeente_id": utrecht},
               {"gemeente_id": None, "provincie_code": "PV23"},
               {"gemeente_id": eigen.id, "provincie_code": "PV23"}]  # keeps its own
    changed: list[tuple[int, str, Any]] = []
    subjects = [rules.Subject(r, None, lambda f, t, p: None,
                              change=lambda f, val, i=i: changed.append((i, f, val)))
                for i, r in enumerate(records)]
    with world.services.db.read() as s:
        rule.check(rules.RuleContext(s), "partner", subjects)
    assert [r.get("provincie_code") for r in records] == ["PV26", "PV26", "PV23", "PV23"]
    assert changed == [(0, "provincie_code", "PV26"), (1, "provincie_code", "PV26")]


def test_in_a_batch_each_record_is_checked_in_its_own_werkplaats(world: World) -> None:
    """A batch of several (an import) reads the stored names of every werkplaats, not only
    those of the first record's."""
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    own, other = world.small.werkplaats.id, world.other
    assert world.check(rule, "kenniskring", {"werkplaats_id": other, "naam": "Kring Nieuw"},
                       {"werkplaats_id": own, "naam": "kring één ouderen"}) == [
        [], [taken("kenniskring", "kring één ouderen")]]


def test_a_name_the_same_import_removes_is_free(world: World) -> None:
    own = world.small.werkplaats.id
    world.services.kenniskringen.create(m.Kenniskring(werkplaats_id=own, naam="Kring Twee"))
    gone = next(k.id for k in world.services.kenniskringen.all()
                if k.naam == "Kring Één Ouderen")
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    said: list[Said] = [[], []]
    subjects = [rules.Subject({"werkplaats_id": own, "naam": naam}, None,
                              lambda f, t, p, i=i: said[i].append((f, t, p)))
                for i, naam in enumerate(("Kring Één Ouderen", "Kring Twee"))]
    with world.services.db.read() as s:
        rule.check(rules.RuleContext(s, removing={"kenniskring": [gone]}), "kenniskring",
                   subjects)
    assert said == [[], [taken("kenniskring", "Kring Twee")]]


def test_a_clash_a_record_already_had_does_not_stop_its_edit(world: World) -> None:
    """Two stored records whose names fold alike (stored before names were folded): each may
    be edited with its name unchanged, even in another case; a new record may not take it."""
    from sqlalchemy import update

    from werkplaats_desktop.store import orm

    own = world.small.werkplaats.id
    a = world.services.kenniskringen.create(m.Kenniskring(werkplaats_id=own, naam="Kring A"))
    b = world.services.kenniskringen.create(m.Kenniskring(werkplaats_id=own, naam="Kring B"))
    with world.services.db.write("oude dubbele naam") as s:
        s.execute(update(orm.Kenniskring).where(orm.Kenniskring.id == b.id)
                  .values(naam="KRING A"))
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": "kring a"},
                       ids=(b.id,)) == [[]]
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": "Kring A"},
                       {"werkplaats_id": own, "naam": "KRING A"}, ids=(a.id, b.id)) == [[], []]
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": "Kring a"}) == [
        [taken("kenniskring", "Kring a")]]


def test_every_record_of_a_batch_in_a_closed_year_is_told(world: World) -> None:
    own = world.small.werkplaats.id
    world.services.years.close(own, 2011)
    world.services.years.close(own, 2012)
    rule = rules.GeslotenJaar()
    said = world.check(rule, "activiteit", {"werkplaats_id": own, "jaar": 2011},
                       {"werkplaats_id": own, "jaar": 2013},
                       {"werkplaats_id": own, "jaar": 2012})
    assert [[(f, p["jaar"]) for f, _t, p in s] for s in said] == [
        [("jaar", 2011)], [], [("jaar", 2012)]]
    # a stored record moved from one closed year to another: said of the year it leaves
    act = world.small.activiteit  # of 2011
    said = world.check(rule, "activiteit", {"werkplaats_id": own, "jaar": 2012},
                       ids=(act.id,))
    assert [[(f, p["jaar"]) for f, _t, p in s] for s in said] == [[("jaar", 2011)]]
    # an import's new row has its id before it is stored (exchange/plan.py): it left no year
    assert world.check(rule, "activiteit", {"werkplaats_id": own, "jaar": 2013},
                       ids=(98765,)) == [[]]
