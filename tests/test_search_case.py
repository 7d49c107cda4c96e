"""The list search ignores case for every letter, on a file and on a server alike: "émile"
finds "Émile" and "öztürk" finds "ÖZTÜRK" (SQLite's own LIKE folds A-Z only; the server's
ILIKE folds every letter in a UTF-8 locale). Accents are not ignored on either: "ozturk" is
another name. Runs on both stores (the ``store`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.lists.model import ListQuery


@pytest.fixture
def names(store_services: Services) -> Services:
    s = store_services
    small = small_werkplaats(s)
    for naam in ("Émile Dubois", "Ayşe ÖZTÜRK", "Jan Jansen"):
        s.personen.create(m.Persoon(naam=naam, functie="onderzoeker"))
    for naam in ("Élan in de wijk", "ÇAĞRI en de buurt"):
        s.projecten.create(m.Project(werkplaats_id=small.werkplaats.id, naam=naam))
    return s


def found(services: Services, key: str, text: str, column: str) -> list[Any]:
    q = ListQuery(search=text, search_columns=(column,))
    ids = services.lists.ids(key, q)
    assert services.lists.count(key, q) == len(ids)
    return sorted(str(r[column]) for r in services.lists.rows(key, ids))


@pytest.mark.parametrize("text", ["émile", "ÉMILE", "Émile", "éMiLe dub"])
def test_accented_capitals_are_found_in_either_case(names: Services, text: str) -> None:
    assert found(names, "persoon", text, "naam") == ["Émile Dubois"]


@pytest.mark.parametrize("text", ["öztürk", "ÖZTÜRK", "Öztürk", "ayşe öz", "AYŞE"])
def test_turkish_names_are_found_in_either_case(names: Services, text: str) -> None:
    assert found(names, "persoon", text, "naam") == ["Ayşe ÖZTÜRK"]


@pytest.mark.parametrize(("text", "expected"), [
    ("élan", ["Élan in de wijk"]), ("ÉLAN IN", ["Élan in de wijk"]),
    ("lan in", ["Élan in de wijk"]),  # ASCII only: the search index on a file
    ("çağri", ["ÇAĞRI en de buurt"]),  # (a capital I lowers to i, not to Turkish ı)
    ("in de", ["Élan in de wijk", "Kwartiermaken in de wijk"]),
])
def test_an_indexed_list_agrees(names: Services, text: str, expected: list[str]) -> None:
    assert found(names, "project", text, "naam") == sorted(expected)


@pytest.mark.parametrize("text", ["ozturk", "emile", "OZTÜRK x"])
def test_accents_still_count(names: Services, text: str) -> None:
    assert found(names, "persoon", text, "naam") == []
