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


def test_a_record_keeps_its_own_name_in_another_case(world: World) -> None:
    rule = rules.unique_name("naam", "kenniskring", scope="werkplaats_id")
    own = world.small.werkplaats.id
    kring = next(k for k in world.services.kenniskringen.all() if k.naam == "Kring Één Ouderen")
    assert world.check(rule, "kenniskring", {"werkplaats_id": own, "naam": "KRING ÉÉN OUDEREN"},
                       ids=(kring.id,)) == [[]]
