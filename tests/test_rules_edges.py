"""The record rules at their edges, for every kind of record, through the record services a
form uses (``RecordService.create``): a rule must refuse just past its boundary, accept on it,
and name the field it is about (the form shows the message under that field). Written to kill
the mutants that survived the suite (issue 15, "test strength"); see tools/mutation.py.

Covered per kind: names (300 characters) and long texts (20 000), required fields, years
(1900-2100, start equal to end allowed, end before start refused), dates in their year,
amounts (not negative, two decimals), web and e-mail addresses, CBS codes, lists without
doubles, and white space trimmed before anything is checked.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.factories import Small, small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.domain.enums import (
    O,
    Overeenkomst,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
)
from werkplaats_desktop.domain.validation import FieldError, ValidationError
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.records import NotFound
from werkplaats_desktop.store.database import Database


@dataclass
class Ctx:
    services: Services
    small: Small
    thema: int
    thema2: int
    gemeente: int

    def uniq(self, text: str) -> str:
        return f"{text} {uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Iterator[Ctx]:
    """One database for the whole module (the rules refuse before anything is written, and
    what is accepted gets a name of its own): hundreds of cases stay quick."""
    path = tmp_path_factory.mktemp("regels") / "regels.sqlite"
    shutil.copy(empty_template, path)
    db = Database.open(path)
    services = Services(db)
    small = small_werkplaats(services)
    themas = services.themas.all()
    gemeente = next(g.id for g in services.gemeenten.all() if g.cbs_code == "GM0344")
    yield Ctx(services, small, themas[0].id, themas[1].id, gemeente)  # type: ignore[arg-type]
    db.close()


@pytest.fixture
def ctx(shared: Ctx) -> Ctx:
    return shared


#: kind -> (record service attribute, a valid record)
BASE: dict[str, tuple[str, Callable[[Ctx], Any]]] = {
    "thema": ("themas", lambda c: m.Thema(naam=c.uniq("Thema"))),
    "gemeente": ("gemeenten", lambda c: m.Gemeente(naam=c.uniq("Gemeente"))),
    "werkplaats": ("werkplaatsen", lambda c: m.Werkplaats(naam=c.uniq("Werkplaats"))),
    "lectoraat": ("lectoraten", lambda c: m.Lectoraat(
        werkplaats_id=c.small.werkplaats.id, naam=c.uniq("Lectoraat"))),
    "partner": ("partners", lambda c: m.Partner(naam=c.uniq("Partner"))),
    "persoon": ("personen", lambda c: m.Persoon(naam="Anna de Vries")),
    "deelname": ("deelnames", lambda c: m.Deelname(
        werkplaats_id=c.small.werkplaats.id, partner_id=c.small.hogeschool.id)),
    "bijdrage": ("bijdragen", lambda c: m.Bijdrage(
        werkplaats_id=c.small.werkplaats.id, partner_id=c.small.gemeente.id, jaar=2012,
        hoeveelheid=Decimal("10"))),
    "subsidie": ("subsidies", lambda c: m.Subsidie(
        werkplaats_id=c.small.werkplaats.id, jaar=2012, bedrag=Decimal("1000"),
        verstrekker=c.uniq("VWS"))),
    "kenniskring": ("kenniskringen", lambda c: m.Kenniskring(
        werkplaats_id=c.small.werkplaats.id, naam=c.uniq("Kring"))),
    "project": ("projecten", lambda c: m.Project(
        werkplaats_id=c.small.werkplaats.id, naam=c.uniq("Project"))),
    "activiteit": ("activiteiten", lambda c: m.Activiteit(
        werkplaats_id=c.small.werkplaats.id, titel="Studiedag", o=O.ONDERZOEK, jaar=2012)),
    "product": ("producten", lambda c: m.Product(
        werkplaats_id=c.small.werkplaats.id, titel="Handreiking", type="boek", jaar=2012)),
    "kennisagenda_item": ("kennisagenda", lambda c: m.KennisagendaItem(
        werkplaats_id=c.small.werkplaats.id, vraagstuk="Wat werkt in de wijk?")),
    "themasamenwerking": ("themasamenwerkingen", lambda c: m.Themasamenwerking(
        naam=c.uniq("Samenwerking"))),
}

NAMES = {
    "thema": ["naam"], "gemeente": ["naam"], "werkplaats": ["naam", "regio"],
    "lectoraat": ["naam"], "partner": ["naam"],
    "persoon": ["naam", "functie", "telefoon", "email"], "subsidie": ["verstrekker"],
    "kenniskring": ["naam"], "project": ["naam"], "activiteit": ["titel"],
    "product": ["titel"], "themasamenwerking": ["naam"],
}
TEXTS = {
    "werkplaats": ["beschrijving"], "partner": ["omschrijving"], "persoon": ["notitie"],
    "deelname": ["toelichting"], "bijdrage": ["toelichting"], "kenniskring": ["omschrijving"],
    "project": ["omschrijving"], "activiteit": ["omschrijving"], "product": ["omschrijving"],
    "kennisagenda_item": ["vraagstuk", "toelichting"], "themasamenwerking": ["omschrijving"],
}
REQUIRED = {
    "thema": ["naam"], "gemeente": ["naam"], "werkplaats": ["naam", "type"],
    "lectoraat": ["werkplaats_id", "naam"], "partner": ["naam", "type"], "persoon": ["naam"],
    "deelname": ["werkplaats_id", "partner_id"],
    "bijdrage": ["werkplaats_id", "partner_id", "jaar", "soort", "hoeveelheid"],
    "subsidie": ["werkplaats_id", "jaar", "bedrag", "verstrekker"],
    "kenniskring": ["werkplaats_id", "naam"], "project": ["werkplaats_id", "naam", "status"],
    "activiteit": ["werkplaats_id", "titel", "o", "jaar"],
    "product": ["werkplaats_id", "titel", "type", "jaar"],
    "kennisagenda_item": ["werkplaats_id", "vraagstuk", "status"],
    "themasamenwerking": ["naam"],
}
PERIODS = ["werkplaats", "deelname", "kenniskring", "kennisagenda_item", "themasamenwerking"]
YEARS = ["bijdrage", "subsidie", "activiteit", "product"]
LISTS = {  # kind -> (field, a list with a double in it)
    "kenniskring": ("thema_ids", lambda c: [c.thema, c.thema2, c.thema]),
    "project": ("thema_ids", lambda c: [c.thema, c.thema]),
    "activiteit": ("thema_ids", lambda c: [c.thema2, c.thema2]),
    "product": ("thema_ids", lambda c: [c.thema, c.thema]),
    "kennisagenda_item": ("thema_ids", lambda c: [c.thema, c.thema]),
    "themasamenwerking": ("werkplaats_ids", lambda c: [c.small.werkplaats.id] * 2),
}


def cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(kind, name) for kind, names in table.items() for name in names]


def base(ctx: Ctx, kind: str) -> Any:
    return BASE[kind][1](ctx)


def save(ctx: Ctx, kind: str, record: Any) -> Any:
    return getattr(ctx.services, BASE[kind][0]).create(record)


def refused(ctx: Ctx, kind: str, record: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        save(ctx, kind, record)
    return caught.value


def label(name: str) -> str:
    return v.FIELD_LABELS.get(name, name)


@pytest.mark.parametrize("kind", sorted(BASE))
def test_every_base_record_is_valid(ctx: Ctx, kind: str) -> None:
    assert save(ctx, kind, base(ctx, kind)).id is not None


# --- lengths ------------------------------------------------------------------------------------


def _long(name: str, n: int) -> str:
    if name == "email":
        return "a" * (n - 7) + "@ex.com"
    return "x" * n


@pytest.mark.parametrize(("kind", "name"), cases(NAMES))
def test_a_name_takes_300_characters_and_not_301(ctx: Ctx, kind: str, name: str) -> None:
    save(ctx, kind, replace(base(ctx, kind), **{name: _long(name, v.MAX_NAAM)}))
    error = refused(ctx, kind, replace(base(ctx, kind), **{name: _long(name, v.MAX_NAAM + 1)}))
    assert error.fields() == {name}
    assert f"{label(name)} is te lang (hooguit 300 tekens)." in error.messages_for(name)


@pytest.mark.parametrize(("kind", "name"), cases(TEXTS))
def test_a_long_text_takes_20000_characters_and_not_20001(
        ctx: Ctx, kind: str, name: str) -> None:
    save(ctx, kind, replace(base(ctx, kind), **{name: "y" * v.MAX_TEKST}))
    error = refused(ctx, kind, replace(base(ctx, kind), **{name: "y" * (v.MAX_TEKST + 1)}))
    assert error.fields() == {name}
    assert error.messages_for(name) == [
        f"{label(name)} is te lang (hooguit 20000 tekens)."]


# --- required fields ------------------------------------------------------------------------


MODELS = {
    "thema": m.Thema, "gemeente": m.Gemeente, "werkplaats": m.Werkplaats,
    "lectoraat": m.Lectoraat, "partner": m.Partner, "persoon": m.Persoon,
    "deelname": m.Deelname, "bijdrage": m.Bijdrage, "subsidie": m.Subsidie,
    "kenniskring": m.Kenniskring, "project": m.Project, "activiteit": m.Activiteit,
    "product": m.Product, "kennisagenda_item": m.KennisagendaItem,
    "themasamenwerking": m.Themasamenwerking,
}


def empties(kind: str, name: str) -> list[str | None]:
    """None for every required field; blanks too for free text (a code list gives None)."""
    free_text = MODELS[kind].__dataclass_fields__[name].type == "str"
    return [None, "", "   "] if free_text else [None]


@pytest.mark.parametrize(("kind", "name", "empty"), [
    (kind, name, empty) for kind, name in cases(REQUIRED) for empty in empties(kind, name)])
def test_a_required_field_left_empty_is_named(
        ctx: Ctx, kind: str, name: str, empty: str | None) -> None:
    error = refused(ctx, kind, replace(base(ctx, kind), **{name: empty}))
    assert error.fields() == {name}, error.errors
    assert error.messages_for(name) == [f"{label(name)} is verplicht."]


# --- years ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", PERIODS)
@pytest.mark.parametrize("field", ["startjaar", "eindjaar"])
def test_a_year_lies_between_1900_and_2100(ctx: Ctx, kind: str, field: str) -> None:
    other = "eindjaar" if field == "startjaar" else "startjaar"
    for ok in (1900, 2100):
        save(ctx, kind, replace(base(ctx, kind), **{field: ok, other: None}))
    for wrong in (1899, 2101):
        error = refused(ctx, kind, replace(base(ctx, kind), **{field: wrong, other: None}))
        assert error.fields() == {field}
        assert error.messages_for(field) == [
            f"{label(field)} moet een jaar tussen 1900 en 2100 zijn."]


@pytest.mark.parametrize("kind", PERIODS)
def test_a_period_may_start_and_end_in_the_same_year_but_not_end_before_it(
        ctx: Ctx, kind: str) -> None:
    save(ctx, kind, replace(base(ctx, kind), startjaar=2011, eindjaar=2011))
    save(ctx, kind, replace(base(ctx, kind), startjaar=2011, eindjaar=2012))
    error = refused(ctx, kind, replace(base(ctx, kind), startjaar=2011, eindjaar=2010))
    assert error.fields() == {"eindjaar"}
    assert error.messages_for("eindjaar") == ["Eindjaar (2010) ligt vóór het begin (2011)."]


@pytest.mark.parametrize("kind", YEARS)
def test_the_year_of_a_record_lies_between_1900_and_2100(ctx: Ctx, kind: str) -> None:
    for ok in (1900, 2100):
        save(ctx, kind, replace(base(ctx, kind), jaar=ok))
    for wrong in (1899, 2101, 0, -2012):
        error = refused(ctx, kind, replace(base(ctx, kind), jaar=wrong))
        assert error.fields() == {"jaar"}
        assert error.messages_for("jaar") == ["Jaar moet een jaar tussen 1900 en 2100 zijn."]


def test_project_dates_lie_in_the_years_and_end_after_they_start(ctx: Ctx) -> None:
    p = base(ctx, "project")
    save(ctx, "project", replace(p, naam=ctx.uniq("P"), startdatum=date(1900, 1, 1),
                                 einddatum=date(2100, 12, 31)))
    save(ctx, "project", replace(p, naam=ctx.uniq("P"), startdatum=date(2012, 5, 1),
                                 einddatum=date(2012, 5, 1)))
    for name, day in (("startdatum", date(1899, 12, 31)), ("einddatum", date(2101, 1, 1))):
        error = refused(ctx, "project", replace(p, naam=ctx.uniq("P"), **{name: day}))
        assert error.fields() == {name}
        assert error.messages_for(name) == [
            f"{label(name)} moet een jaar tussen 1900 en 2100 zijn."]
    error = refused(ctx, "project", replace(p, startdatum=date(2012, 1, 1),
                                            einddatum=date(2011, 12, 31)))
    assert error.fields() == {"einddatum"}
    assert error.messages_for("einddatum") == [
        "Einddatum (2011-12-31) ligt vóór het begin (2012-01-01)."]


def test_an_activity_date_lies_in_its_year_and_an_end_needs_a_start(ctx: Ctx) -> None:
    a = base(ctx, "activiteit")
    save(ctx, "activiteit", replace(a, jaar=2012, datum=date(2012, 1, 1),
                                    einddatum=date(2012, 1, 1)))
    save(ctx, "activiteit", replace(a, jaar=2012, datum=date(2012, 12, 31)))
    for day in (date(2011, 12, 31), date(2013, 1, 1)):
        error = refused(ctx, "activiteit", replace(a, jaar=2012, datum=day))
        assert error.fields() == {"datum"}
        assert error.messages_for("datum") == [
            f"De datum {day.isoformat()} valt niet in het jaar 2012."]
    error = refused(ctx, "activiteit", replace(a, einddatum=date(2012, 3, 1)))
    assert error.fields() == {"datum"}
    assert error.messages_for("datum") == ["Datum is verplicht."]
    error = refused(ctx, "activiteit", replace(a, datum=date(2012, 3, 2),
                                               einddatum=date(2012, 3, 1)))
    assert error.fields() == {"einddatum"}
    assert error.messages_for("einddatum") == [
        "Einddatum (2012-03-01) ligt vóór het begin (2012-03-02)."]


# --- numbers and amounts --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bereik", "aantal_onderzoekers", "aantal_professionals",
                                  "aantal_studenten", "aantal_vrijwilligers"])
def test_counts_of_an_activity_may_be_zero_but_not_negative(ctx: Ctx, name: str) -> None:
    save(ctx, "activiteit", replace(base(ctx, "activiteit"), **{name: 0}))
    error = refused(ctx, "activiteit", replace(base(ctx, "activiteit"), **{name: -1}))
    assert error.fields() == {name}
    assert error.messages_for(name) == [f"{label(name)} mag niet negatief zijn."]


@pytest.mark.parametrize(("kind", "name"), [("activiteit", "uren"), ("bijdrage", "hoeveelheid"),
                                            ("subsidie", "bedrag")])
def test_amounts_have_at_most_two_decimals_and_are_not_negative(
        ctx: Ctx, kind: str, name: str) -> None:
    for ok in ("0", "0.01", "25000", "1250.50"):
        save(ctx, kind, replace(base(ctx, kind), verstrekker=ctx.uniq("V"),
                                **{name: Decimal(ok)}) if kind == "subsidie"
             else replace(base(ctx, kind), **{name: Decimal(ok)}))
    error = refused(ctx, kind, replace(base(ctx, kind), **{name: Decimal("-0.01")}))
    assert error.fields() == {name}
    assert error.messages_for(name) == [f"{label(name)} mag niet negatief zijn."]
    error = refused(ctx, kind, replace(base(ctx, kind), **{name: Decimal("12.505")}))
    assert error.fields() == {name}
    assert error.messages_for(name) == [
        f"{label(name)} heeft hooguit twee cijfers achter de komma."]


# --- addresses and codes ------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "name"), [("werkplaats", "website"), ("partner", "website"),
                                            ("product", "link")])
def test_web_addresses_start_with_http_or_https(ctx: Ctx, kind: str, name: str) -> None:
    for ok in ("https://www.movisie.nl", "http://x.nl/a?b=c", "HTTPS://WWW.HU.NL", ""):
        record = base(ctx, kind)
        save(ctx, kind, replace(record, **{name: ok}))
    for wrong in ("www.movisie.nl", "ftp://x.nl", "https:// x.nl", "https://"):
        error = refused(ctx, kind, replace(base(ctx, kind), **{name: wrong}))
        assert error.fields() == {name}
        assert error.messages_for(name) == [
            f"{label(name)} moet een webadres zijn dat begint met http:// of https://."]


def test_an_email_address_needs_a_name_an_at_and_a_domain(ctx: Ctx) -> None:
    for ok in ("anna@hu.nl", "a.de.vries@sub.hu.nl", ""):
        save(ctx, "persoon", replace(base(ctx, "persoon"), email=ok))
    for wrong in ("anna", "anna@hu", "@hu.nl", "anna @hu.nl", "anna@@hu.nl"):
        error = refused(ctx, "persoon", replace(base(ctx, "persoon"), email=wrong))
        assert error.fields() == {"email"}
        assert error.messages_for("email") == ["E-mail is geen geldig e-mailadres."]


def test_a_cbs_code_is_gm_and_four_digits(ctx: Ctx) -> None:
    for ok in ("GM0001", "GM9999", None):
        save(ctx, "gemeente", replace(base(ctx, "gemeente"), cbs_code=ok))
    for wrong in ("GM001", "GM00001", "gm0344", "PV0344", "GM03A4"):
        error = refused(ctx, "gemeente", replace(base(ctx, "gemeente"), cbs_code=wrong))
        assert error.fields() == {"cbs_code"}
        assert error.messages_for("cbs_code")[0] == "CBS-code moet de vorm GM0000 hebben."
    # in lower case it is also the code of a gemeente that exists: said as such
    error = refused(ctx, "gemeente", replace(base(ctx, "gemeente"), cbs_code="gm0344"))
    assert error.messages_for("cbs_code")[1:] == [
        "Er bestaat al een gemeente met CBS-code 'gm0344'."]


# --- lists without doubles --------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_a_list_holds_each_item_once(ctx: Ctx, kind: str) -> None:
    name, doubled = LISTS[kind]
    items = doubled(ctx)
    save(ctx, kind, replace(base(ctx, kind), **{name: list(dict.fromkeys(items))}))
    error = refused(ctx, kind, replace(base(ctx, kind), **{name: items}))
    assert error.fields() == {name}
    assert len(error.errors) == 1  # one message, also when more are doubled
    assert error.messages_for(name) == [f"{label(name)} bevat '{items[-1]}' twee keer."]


def test_project_partners_and_pilot_gemeenten_hold_each_once(ctx: Ctx) -> None:
    p = base(ctx, "project")
    partner = ctx.small.gemeente.id
    error = refused(ctx, "project", replace(p, partners=[
        m.ProjectPartner(partner_id=partner, rol=ProjectPartnerRol.TREKKER),
        m.ProjectPartner(partner_id=partner, rol=ProjectPartnerRol.UITVOERDER)]))
    assert error.fields() == {"partners"}
    assert error.messages_for("partners") == [f"Partners bevat '{partner}' twee keer."]
    error = refused(ctx, "project", replace(p, pilot_gemeente_ids=[ctx.gemeente] * 2))
    assert error.fields() == {"pilot_gemeente_ids"}
    error = refused(ctx, "kennisagenda_item", replace(
        base(ctx, "kennisagenda_item"), project_ids=[ctx.small.project.id] * 2))
    assert error.fields() == {"project_ids"}


def test_a_person_has_each_role_in_a_werkplaats_once(ctx: Ctx) -> None:
    wp = ctx.small.werkplaats.id
    save(ctx, "persoon", replace(base(ctx, "persoon"), rollen=[
        m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.LECTOR),
        m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.DOCENT)]))
    error = refused(ctx, "persoon", replace(base(ctx, "persoon"), rollen=[
        m.PersoonRolInWerkplaats(werkplaats_id=wp, rol=PersoonRol.LECTOR)] * 2))
    assert error.fields() == {"rollen"}


# --- trimming, messages ---------------------------------------------------------------------


def test_white_space_around_texts_is_trimmed_before_the_rules(ctx: Ctx) -> None:
    saved = save(ctx, "partner", replace(base(ctx, "partner"), naam="  Stichting Humanitas \t",
                                         omschrijving=" wijkteams "))
    assert saved.naam == "Stichting Humanitas" and saved.omschrijving == "wijkteams"
    # a name of 300 characters with spaces around it is still 300 characters
    save(ctx, "partner", replace(base(ctx, "partner"), naam="  " + "z" * 300 + "  "))


def test_a_refusal_lists_every_problem_at_once(ctx: Ctx) -> None:
    error = refused(ctx, "activiteit", m.Activiteit(titel="", jaar=1800, bereik=-5))
    assert error.fields() == {"werkplaats_id", "titel", "o", "jaar", "bereik"}
    assert str(error) == "\n".join(e.message for e in error.errors)
    assert str(error).splitlines()[0] == "Werkplaats is verplicht."


def test_a_field_error_translates_its_label_and_its_text() -> None:
    said: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        said.append((context, text))
        return {"Jaar": "Year", v.JAAR_BUITEN_BEREIK: "{veld} must lie in {min}-{max}."}.get(
            text, text)

    error = FieldError("jaar", v.JAAR_BUITEN_BEREIK, {"min": 1900, "max": 2100})
    assert error.format(translate) == "Year must lie in 1900-2100."
    assert ("Veld", "Jaar") in said and ("Validatie", v.JAAR_BUITEN_BEREIK) in said
    assert error.message == "Jaar moet een jaar tussen 1900 en 2100 zijn."
    unknown = FieldError("iets", v.VERPLICHT)
    assert unknown.message == "iets is verplicht."


# --- the record service: references, names, messages, steps -------------------------------------




def test_a_reference_to_a_record_that_does_not_exist_is_named(ctx: Ctx) -> None:
    error = refused(ctx, "activiteit", replace(base(ctx, "activiteit"), project_id=98765))
    assert error.fields() == {"project_id"}
    assert error.messages_for("project_id") == ["Project: '98765' bestaat niet."]
    error = refused(ctx, "activiteit", replace(base(ctx, "activiteit"), thema_ids=[98765]))
    assert error.messages_for("thema_ids") == ["Onbekend thema: '98765'."]
    error = refused(ctx, "project", replace(base(ctx, "project"), pilot_gemeente_ids=[98765]))
    assert error.messages_for("pilot_gemeente_ids") == ["Pilotgemeenten: '98765' bestaat niet."]
    error = refused(ctx, "project", replace(base(ctx, "project"), partners=[
        m.ProjectPartner(partner_id=98765, rol=ProjectPartnerRol.TREKKER)]))
    assert error.messages_for("partners") == ["Partners: '98765' bestaat niet."]


def test_a_reference_within_another_werkplaats_is_refused(ctx: Ctx) -> None:
    other = ctx.services.werkplaatsen.create(m.Werkplaats(naam="Andere werkplaats"))
    theirs = ctx.services.projecten.create(m.Project(werkplaats_id=other.id, naam="Hun project"))
    error = refused(ctx, "activiteit", replace(base(ctx, "activiteit"), project_id=theirs.id))
    assert error.fields() == {"project_id"}
    assert error.messages_for("project_id") == ["Project hoort bij een andere werkplaats."]
    # the same project in its own werkplaats is fine
    save(ctx, "activiteit", replace(base(ctx, "activiteit"), werkplaats_id=other.id,
                                    project_id=theirs.id))


def test_a_name_is_unique_whatever_its_case_also_with_accents(ctx: Ctx) -> None:
    save(ctx, "partner", m.Partner(naam="Één Wijk"))
    for double in ("Één Wijk", "ÉÉN WIJK".replace("ÉÉN", "Één"), "één wijk".replace("één", "Één")):
        error = refused(ctx, "partner", m.Partner(naam=double))
        assert error.messages_for("naam") == [f"Er bestaat al een partner met de naam '{double}'."]
    save(ctx, "partner", m.Partner(naam="Wijk Noord"))
    error = refused(ctx, "partner", m.Partner(naam="WIJK noord"))
    assert error.messages_for("naam") == ["Er bestaat al een partner met de naam 'WIJK noord'."]
    # its own name, in another case, when it is edited: allowed
    own = next(p for p in ctx.services.partners.all() if p.naam == "Wijk Noord")
    assert ctx.services.partners.update(replace(own, naam="WIJK NOORD")).naam == "WIJK NOORD"


def test_each_step_is_named_after_its_record(ctx: Ctx) -> None:
    long_title = "Een bijzonder lange titel van een studiedag over kwartiermaken in de wijk"
    saved = save(ctx, "activiteit", replace(base(ctx, "activiteit"), titel=long_title))
    assert ctx.services.undo_label() == f"Nieuw: activiteit '{long_title[:57]}...'"
    ctx.services.activiteiten.update(replace(saved, titel="Kort\nen krachtig"))
    assert ctx.services.undo_label() == "Gewijzigd: activiteit 'Kort en krachtig'"
    second = save(ctx, "activiteit", replace(base(ctx, "activiteit"), titel="Tweede"))
    ctx.services.activiteiten.delete_many([saved.id, second.id])
    assert ctx.services.undo_label() == "Verwijderd: 2 activiteiten"
    third = save(ctx, "activiteit", replace(base(ctx, "activiteit"), titel="Derde"))
    ctx.services.activiteiten.delete(third.id)
    assert ctx.services.undo_label() == "Verwijderd: activiteit 'Derde'"


def test_a_record_that_is_not_there_says_so(ctx: Ctx) -> None:
    with pytest.raises(NotFound, match=r"^De activiteit met nummer 98765 bestaat niet \(meer\)\.$"):
        ctx.services.activiteiten.get(98765)
    with pytest.raises(NotFound, match="heeft nog geen nummer; maak hem eerst aan"):
        ctx.services.activiteiten.update(base(ctx, "activiteit"))
    saved = save(ctx, "activiteit", base(ctx, "activiteit"))
    ctx.services.activiteiten.delete(saved.id)
    with pytest.raises(NotFound, match=r"^De activiteit bestaat niet \(meer\)\.$"):
        ctx.services.activiteiten.update(saved)
    with pytest.raises(NotFound, match=r"^De activiteit bestaat niet \(meer\)\.$"):
        ctx.services.activiteiten.delete_many([saved.id, ctx.small.activiteit.id])
    assert ctx.services.activiteiten.get(ctx.small.activiteit.id)  # (nothing deleted)
    assert ctx.services.activiteiten.by_uuid("geen-uuid") is None
    assert ctx.services.activiteiten.by_uuid(ctx.small.activiteit.uuid) == \
        ctx.services.activiteiten.get(ctx.small.activiteit.id)


def test_a_bulk_change_is_all_or_nothing(ctx: Ctx) -> None:
    ids = [save(ctx, "activiteit", replace(base(ctx, "activiteit"), titel=f"A{i}")).id
           for i in range(3)]

    def set_year(jaar: int) -> Callable[[Any], None]:
        def change(record: Any) -> None:
            record.jaar = jaar if record.titel != "A2" else 1800
        return change

    with pytest.raises(ValidationError):
        ctx.services.activiteiten.update_many(ids, set_year(2013), "Jaar 2013")
    assert {ctx.services.activiteiten.get(i).jaar for i in ids} == {2012}
    assert ctx.services.activiteiten.update_many(ids[:2], lambda r: setattr(r, "jaar", 2013),
                                                 "Jaar 2013") == 2
    assert [ctx.services.activiteiten.get(i).jaar for i in ids] == [2013, 2013, 2012]
    assert ctx.services.undo_label() == "Jaar 2013"


def test_stored_records_come_back_with_their_enums_and_lists(ctx: Ctx) -> None:
    p = save(ctx, "project", replace(base(ctx, "project"), status=ProjectStatus.AFGEROND,
                                     thema_ids=[ctx.thema2, ctx.thema], partners=[
        m.ProjectPartner(partner_id=ctx.small.hogeschool.id, rol=ProjectPartnerRol.FINANCIER)]))
    again = ctx.services.projecten.get(p.id)
    assert again.status is ProjectStatus.AFGEROND
    assert again.thema_ids == sorted([ctx.thema, ctx.thema2])
    assert again.partners == [m.ProjectPartner(partner_id=ctx.small.hogeschool.id,
                                               rol=ProjectPartnerRol.FINANCIER)]
    assert isinstance(again.partners[0].rol, ProjectPartnerRol)
    d = save(ctx, "deelname", replace(base(ctx, "deelname"),
                                      overeenkomst=Overeenkomst.CONVENANT))
    assert ctx.services.deelnames.get(d.id).overeenkomst is Overeenkomst.CONVENANT
    # changing a list writes only the difference, and the result is the new list
    before = ctx.services.projecten.count()
    ctx.services.projecten.update(replace(again, thema_ids=[ctx.thema]))
    assert ctx.services.projecten.get(p.id).thema_ids == [ctx.thema]
    assert ctx.services.projecten.count() == before
