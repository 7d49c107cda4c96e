"""The rules between records at their edges, through both doors: the form and the import.

Each case says what a lector expects (saved, or refused with this message) and checks that a
record typed in the program and the same record arriving in another werkplaats's export get
the same answer. A rule that only one door applies, or that the doors apply differently (as
'ÉÉN' beside 'één' once was), fails here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exchange_support import edit, set_cell
from tests.rule_paths import Base, activiteit, both, make_base, through_form, through_import
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Base:
    return make_base(tmp_path_factory.mktemp("basis"), empty_template)


AL = "Er bestaat al een {wat} met de naam '{naam}'."
ANDERS = "{veld} hoort bij een andere werkplaats."

Make = Callable[[Base], m.Record]

CASES: list[tuple[str, str, Make, list[tuple[str, str]]]] = [
    # --- unique names: the same name is the same name whatever its case, accents' case or
    # spacing; another name (without the accent) is another name
    # (a werkplaats with a name in use: see test_a_werkplaats_with_the_name_of_another_...)
    ("werkplaats-zonder-accent-is-een-andere-naam", "werkplaats",
     lambda b: m.Werkplaats(naam="Een Loket Utrecht"), []),
    ("lectoraat-zelfde-naam-andere-hoofdletters", "lectoraat",
     lambda b: m.Lectoraat(werkplaats_id=b.utrecht, naam="LECTORAAT ÉÉN"),
     [("Naam", AL.format(wat="lectoraat", naam="LECTORAAT ÉÉN"))]),
    ("lectoraat-zelfde-naam-andere-werkplaats", "lectoraat",
     lambda b: m.Lectoraat(werkplaats_id=b.zwolle, naam="Lectoraat Één"), []),
    ("kenniskring-zelfde-naam", "kenniskring",
     lambda b: m.Kenniskring(werkplaats_id=b.utrecht, naam="kring ouderen"),
     [("Naam", AL.format(wat="kenniskring", naam="kring ouderen"))]),
    ("kenniskring-zelfde-naam-andere-werkplaats", "kenniskring",
     lambda b: m.Kenniskring(werkplaats_id=b.zwolle, naam="Kring Ouderen"), []),
    # --- one subsidy per provider, werkplaats and year
    ("subsidie-dubbel-andere-hoofdletters", "subsidie",
     lambda b: m.Subsidie(werkplaats_id=b.utrecht, jaar=2015, bedrag=Decimal(5),
                          verstrekker="vws"),
     [("Jaar", "Er is al een subsidie van vws voor 2015.")]),
    ("subsidie-ander-jaar", "subsidie",
     lambda b: m.Subsidie(werkplaats_id=b.utrecht, jaar=2016, bedrag=Decimal(5)), []),
    ("subsidie-andere-werkplaats", "subsidie",
     lambda b: m.Subsidie(werkplaats_id=b.zwolle, jaar=2015, bedrag=Decimal(5)), []),
    # --- references within the record's own werkplaats
    ("project-kenniskring-andere-werkplaats", "project",
     lambda b: m.Project(werkplaats_id=b.utrecht, naam="P", kenniskring_id=b.kring_zwolle),
     [("Kenniskring", ANDERS.format(veld="Kenniskring"))]),
    ("project-kenniskring-eigen-werkplaats", "project",
     lambda b: m.Project(werkplaats_id=b.utrecht, naam="P", kenniskring_id=b.kring_utrecht),
     []),
    ("activiteit-project-andere-werkplaats", "activiteit",
     lambda b: activiteit(b, project_id=b.project_zwolle),
     [("Project", ANDERS.format(veld="Project"))]),
    ("product-activiteit-andere-werkplaats", "product",
     lambda b: m.Product(werkplaats_id=b.utrecht, titel="Factsheet", type="factsheet",
                         jaar=2015, activiteit_id=b.activiteit_zwolle),
     [("Activiteit", ANDERS.format(veld="Activiteit"))]),
    ("kennisagenda-project-andere-werkplaats", "kennisagenda",
     lambda b: m.KennisagendaItem(werkplaats_id=b.utrecht, vraagstuk="Wat werkt?",
                                  project_ids=[b.project_zwolle]),
     [("Projecten", ANDERS.format(veld="Projecten"))]),
    # --- years and periods at their boundaries
    ("jaar-1899", "activiteit", lambda b: activiteit(b, jaar=1899),
     [("Jaar", "Jaar moet een jaar tussen 1900 en 2100 zijn.")]),
    ("jaar-1900", "activiteit", lambda b: activiteit(b, jaar=1900), []),
    ("jaar-2100", "activiteit", lambda b: activiteit(b, jaar=2100), []),
    ("jaar-2101", "activiteit", lambda b: activiteit(b, jaar=2101),
     [("Jaar", "Jaar moet een jaar tussen 1900 en 2100 zijn.")]),
    ("begin-gelijk-aan-einde", "kenniskring",
     lambda b: m.Kenniskring(werkplaats_id=b.utrecht, naam="K2", startjaar=2015,
                             eindjaar=2015), []),
    ("einde-voor-begin", "kenniskring",
     lambda b: m.Kenniskring(werkplaats_id=b.utrecht, naam="K2", startjaar=2015,
                             eindjaar=2014),
     [("Eindjaar", "Eindjaar (2014) ligt vóór het begin (2015).")]),
    ("datum-gelijk-aan-einddatum", "activiteit",
     lambda b: activiteit(b, datum=date(2015, 3, 4), einddatum=date(2015, 3, 4)), []),
    ("einddatum-voor-datum", "activiteit",
     lambda b: activiteit(b, datum=date(2015, 3, 4), einddatum=date(2015, 3, 3)),
     [("Einddatum", "Einddatum (2015-03-03) ligt vóór het begin (2015-03-04).")]),
    ("datum-buiten-jaar", "activiteit",
     lambda b: activiteit(b, jaar=2015, datum=date(2016, 1, 1)),
     [("Datum", "De datum 2016-01-01 valt niet in het jaar 2015.")]),
]


@pytest.mark.parametrize(("key", "make", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_form_and_the_import_give_the_same_answer(
    base: Base, tmp_path: Path, key: str, make: Make, expected: list[tuple[str, str]]
) -> None:
    form, imported = both(base, tmp_path, key, make)
    assert form == expected
    assert imported == expected


def test_a_kind_of_activity_of_another_o_is_refused_by_both(base: Base, tmp_path: Path) -> None:
    wrong = activiteit(base, o=O.ONDERZOEK, subtype="conferentie")
    expected = [("Soort activiteit", "'conferentie' is geen soort activiteit van Onderzoek.")]
    assert through_form(base, tmp_path, "activiteit", wrong) == expected

    def to_onderzoek(folder: Path) -> None:  # the database itself cannot hold this pair
        def change(rows: list[list[str]]) -> None:
            row = next(i for i, r in enumerate(rows, start=1) if "Nieuwe activiteit" in r)
            set_cell(rows, row, "o", "onderzoek")

        edit(folder, "activiteiten.csv", change)

    right = activiteit(base, o=O.ONDERSTEUNING, subtype="conferentie")
    assert through_import(base, tmp_path, "activiteit", right, to_onderzoek) == expected


def test_a_partner_with_the_name_of_another_is_refused_by_the_form(
    base: Base, tmp_path: Path
) -> None:
    """The import does not refuse it: it recognises the organisation (exchange/matching.py)
    by the same folded name and merges it, which is what the unique name means."""
    answer = through_form(base, tmp_path, "partner", m.Partner(naam="HOGESCHOOL ÉÉN"))
    assert answer == [("Naam", AL.format(wat="partner", naam="HOGESCHOOL ÉÉN"))]


@pytest.mark.parametrize("naam", ["ÉÉN LOKET UTRECHT", "één loket utrecht",
                                  "Één  Loket   Utrecht"])
def test_a_werkplaats_with_the_name_of_another_is_refused_by_the_form_and_recognised_on_import(
    base: Base, tmp_path: Path, naam: str
) -> None:
    """The import does not refuse it: a werkplaats in an export with the same folded name (and
    no other national code) is that werkplaats (services/identity.py), so it is not added."""
    form, imported = both(base, tmp_path, "werkplaats", lambda b: m.Werkplaats(naam=naam))
    assert form == [("Naam", AL.format(wat="werkplaats", naam=naam))]
    assert imported == []
    with Database.open(tmp_path / "doel.sqlite") as db:
        names = sorted(w.naam for w in Services(db).werkplaatsen.all())
    assert names == ["Wmo-werkplaats Zwolle", naam]  # Één Loket Utrecht, named as the export does


def test_a_gemeente_with_a_cbs_code_in_use_is_refused_by_the_form(
    base: Base, tmp_path: Path
) -> None:
    """The import recognises a gemeente by its CBS code instead (plan.py): the same one."""
    answer = through_form(base, tmp_path, "gemeente",
                          m.Gemeente(naam="Utrecht-Oost", cbs_code="GM0344"))
    assert answer == [("CBS-code", "Er bestaat al een gemeente met CBS-code 'GM0344'.")]


def test_a_partners_provincie_follows_its_gemeente_through_both_doors(
    base: Base, tmp_path: Path
) -> None:
    """Utrecht (the gemeente) lies in the provincie Utrecht (PV26): a partner there typed with
    Overijssel, or with no provincie, is stored in Utrecht, by the form and by the import."""
    from werkplaats_desktop.services import Services
    from werkplaats_desktop.store.database import Database

    for given in ("PV23", None):
        partner = m.Partner(naam=f"Buurtteam {given}", gemeente_id=base.gemeente_utrecht,
                            provincie_code=given)
        assert through_form(base, tmp_path, "partner", partner) == []
        with Database.open(tmp_path / "formulier.sqlite") as db:
            stored = next(p for p in Services(db).partners.all() if p.naam == partner.naam)
        assert stored.provincie_code == "PV26"
        assert through_import(base, tmp_path, "partner", partner) == []
        with Database.open(tmp_path / "doel.sqlite") as db:
            stored = next(p for p in Services(db).partners.all() if p.naam == partner.naam)
        assert stored.provincie_code == "PV26"
