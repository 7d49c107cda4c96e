"""For generated records, the form and the import accept and refuse exactly the same ones, with
the same Dutch messages (the rules have one body: ``services/rules.py``).

The records are generated around the edges where the doors once disagreed: names that differ
from an existing one only in case, accents' case, Unicode form or spacing; years at the ends of
the allowed range; periods that end where they start; references to records of the own and
of another werkplaats.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rule_paths import Base, activiteit, both, make_base
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

EXAMPLES = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Base:
    return make_base(tmp_path_factory.mktemp("basis"), empty_template)


def _variants(name: str) -> st.SearchStrategy[str]:
    """The name, changed the ways people (and other programs) change a name."""
    changes = st.sampled_from([
        lambda s: s, str.upper, str.lower, str.title, str.swapcase,
        lambda s: unicodedata.normalize("NFD", s),
        lambda s: "  ".join(s.split()),
        lambda s: s.replace("É", "E").replace("é", "e"),
        lambda s: s + " 2",
    ])
    return changes.map(lambda change: change(name))


def _names(existing: str) -> st.SearchStrategy[str]:
    other = st.text(alphabet="abcéÉ ëï-'", min_size=1, max_size=12).filter(str.strip)
    return st.one_of(_variants(existing), other)


YEARS = st.sampled_from([1899, 1900, 1901, 2015, 2099, 2100, 2101])


def _same(answers: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
    form, imported = answers
    assert form == imported, f"form: {form}\nimport: {imported}"


@EXAMPLES
@given(naam=_names("Één Loket Utrecht"))
def test_werkplaatsen(base: Base, tmp_path_factory: pytest.TempPathFactory, naam: str) -> None:
    """The form refuses exactly the names that the import recognises as the werkplaats that
    has it (services/identity.py: by folded name); every other name both accept as new."""
    folder = tmp_path_factory.mktemp("w")
    form, imported = both(base, folder, "werkplaats", lambda b: m.Werkplaats(naam=naam))
    assert imported == []
    with Database.open(folder / "doel.sqlite") as db:
        count = Services(db).werkplaatsen.count()
    taken = fold(naam) == fold("Één Loket Utrecht")
    assert (form != [], count) == (taken, 2 if taken else 3), (form, count)


@EXAMPLES
@given(naam=_names("Kring Ouderen"), zwolle=st.booleans(),
       start=st.one_of(st.none(), YEARS), duur=st.integers(-1, 2))
def test_kenniskringen(base: Base, tmp_path_factory: pytest.TempPathFactory, naam: str,
                       zwolle: bool, start: int | None, duur: int) -> None:
    _same(both(base, tmp_path_factory.mktemp("k"), "kenniskring", lambda b: m.Kenniskring(
        werkplaats_id=b.zwolle if zwolle else b.utrecht, naam=naam, startjaar=start,
        eindjaar=None if start is None else start + duur)))


@EXAMPLES
@given(verstrekker=_names("VWS"), jaar=st.sampled_from([2014, 2015]), zwolle=st.booleans())
def test_subsidies(base: Base, tmp_path_factory: pytest.TempPathFactory, verstrekker: str,
                   jaar: int, zwolle: bool) -> None:
    _same(both(base, tmp_path_factory.mktemp("s"), "subsidie", lambda b: m.Subsidie(
        werkplaats_id=b.zwolle if zwolle else b.utrecht, jaar=jaar, bedrag=Decimal("10"),
        verstrekker=verstrekker)))


@EXAMPLES
@given(jaar=YEARS, eigen_project=st.one_of(st.none(), st.booleans()),
       dag=st.one_of(st.none(), st.integers(-2, 400)), duur=st.integers(-1, 3))
def test_activiteiten(base: Base, tmp_path_factory: pytest.TempPathFactory, jaar: int,
                      eigen_project: bool | None, dag: int | None, duur: int) -> None:
    datum = None if dag is None else date(min(max(jaar, 1900), 2100), 1, 1) + timedelta(dag)
    einde = None if datum is None else datum + timedelta(duur)

    def make(b: Base) -> m.Activiteit:
        project = None if eigen_project is None else (
            b.project_utrecht if eigen_project else b.project_zwolle)
        return activiteit(b, jaar=jaar, datum=datum, einddatum=einde, project_id=project)

    _same(both(base, tmp_path_factory.mktemp("a"), "activiteit", make))


@EXAMPLES
@given(eigen=st.lists(st.booleans(), max_size=2))
def test_kennisagenda(base: Base, tmp_path_factory: pytest.TempPathFactory,
                      eigen: list[bool]) -> None:
    _same(both(base, tmp_path_factory.mktemp("ka"), "kennisagenda", lambda b: m.KennisagendaItem(
        werkplaats_id=b.utrecht, vraagstuk="Wat werkt?",
        project_ids=list(dict.fromkeys(b.project_utrecht if e else b.project_zwolle
                                       for e in eigen)))))
