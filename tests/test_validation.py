"""Every validation rule: a clear Dutch message on the right field, and nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.factories import Small, small_werkplaats, thema_id
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O, PartnerType
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.services import Services


@pytest.fixture
def small(services: Services) -> Small:
    return small_werkplaats(services)


def refused(services: Services, key: str, record: m.Record) -> ValidationError:
    before = services.info.counts()
    with pytest.raises(ValidationError) as info:
        services.records(key).create(record)
    assert services.info.counts() == before, "a refused record must change nothing"
    return info.value


def test_required_fields(services: Services, small: Small) -> None:
    err = refused(services, "activiteit", m.Activiteit(werkplaats_id=small.werkplaats.id))
    assert err.fields() >= {"titel", "o", "jaar"}
    assert "Titel is verplicht." in err.messages_for("titel")
    assert "Jaar is verplicht." in err.messages_for("jaar")


def test_blank_text_counts_as_missing(services: Services) -> None:
    err = refused(services, "partner", m.Partner(naam="   ", type=PartnerType.GEMEENTE))
    assert err.messages_for("naam") == ["Naam is verplicht."]


def test_end_year_before_start_year(services: Services) -> None:
    err = refused(services, "werkplaats", m.Werkplaats(naam="X", startjaar=2013, eindjaar=2011))
    assert err.messages_for("eindjaar") == ["Eindjaar (2011) ligt vóór het begin (2013)."]


def test_end_date_before_start_date(services: Services, small: Small) -> None:
    err = refused(
        services,
        "project",
        m.Project(
            werkplaats_id=small.werkplaats.id,
            naam="P",
            startdatum=date(2014, 5, 1),
            einddatum=date(2014, 4, 30),
        ),
    )
    assert err.messages_for("einddatum") == [
        "Einddatum (2014-04-30) ligt vóór het begin (2014-05-01)."
    ]


@pytest.mark.parametrize(
    "field",
    [
        "bereik",
        "uren",
        "aantal_onderzoekers",
        "aantal_professionals",
        "aantal_studenten",
        "aantal_vrijwilligers",
    ],
)
def test_counts_and_hours_not_negative(services: Services, small: Small, field: str) -> None:
    record = m.Activiteit(werkplaats_id=small.werkplaats.id, titel="T", o=O.ONDERZOEK, jaar=2012)
    setattr(record, field, Decimal(-1) if field == "uren" else -1)
    err = refused(services, "activiteit", record)
    assert err.fields() == {field}
    assert err.messages_for(field)[0].endswith("mag niet negatief zijn.")


def test_amounts_not_negative_and_two_decimals(services: Services, small: Small) -> None:
    base = dict(werkplaats_id=small.werkplaats.id, partner_id=small.gemeente.id, jaar=2012)
    err = refused(services, "bijdrage", m.Bijdrage(**base, hoeveelheid=Decimal("-10")))
    assert err.messages_for("hoeveelheid") == ["Bedrag of uren mag niet negatief zijn."]
    err = refused(services, "bijdrage", m.Bijdrage(**base, hoeveelheid=Decimal("1.005")))
    assert "twee cijfers achter de komma" in err.messages_for("hoeveelheid")[0]
    err = refused(
        services,
        "subsidie",
        m.Subsidie(werkplaats_id=small.werkplaats.id, jaar=2012, bedrag=Decimal("-1")),
    )
    assert err.messages_for("bedrag") == ["Bedrag mag niet negatief zijn."]


def test_one_o_per_activity_and_kind_must_fit_the_o(services: Services, small: Small) -> None:
    err = refused(
        services,
        "activiteit",
        m.Activiteit(werkplaats_id=small.werkplaats.id, titel="T", jaar=2012, o=None),
    )
    assert err.messages_for("o") == ["O is verplicht."]
    err = refused(
        services,
        "activiteit",
        m.Activiteit(
            werkplaats_id=small.werkplaats.id,
            titel="T",
            jaar=2012,
            o=O.ONDERZOEK,
            subtype="conferentie",
        ),
    )
    assert err.messages_for("subtype") == ["'conferentie' is geen soort activiteit van Onderzoek."]


def test_unknown_theme(services: Services, small: Small) -> None:
    err = refused(
        services,
        "project",
        m.Project(
            werkplaats_id=small.werkplaats.id, naam="P", thema_ids=[thema_id(services, 1), 4242]
        ),
    )
    assert err.messages_for("thema_ids") == ["Onbekend thema: '4242'."]


def test_date_must_lie_in_the_year(services: Services, small: Small) -> None:
    err = refused(
        services,
        "activiteit",
        m.Activiteit(
            werkplaats_id=small.werkplaats.id,
            titel="T",
            o=O.ONDERWIJS,
            jaar=2013,
            datum=date(2014, 1, 2),
        ),
    )
    assert err.messages_for("datum") == ["De datum 2014-01-02 valt niet in het jaar 2013."]


def test_year_range_link_and_email(services: Services, small: Small) -> None:
    err = refused(
        services,
        "product",
        m.Product(
            werkplaats_id=small.werkplaats.id, titel="P", type="boek", jaar=1850, link="www.x.nl"
        ),
    )
    assert err.fields() == {"jaar", "link"}
    err = refused(services, "persoon", m.Persoon(naam="A", email="a.b.nl"))
    assert err.messages_for("email") == ["E-mail is geen geldig e-mailadres."]


def test_unique_names(services: Services, small: Small) -> None:
    err = refused(services, "werkplaats", m.Werkplaats(naam="wmo-werkplaats utrecht"))
    assert err.messages_for("naam") == [
        "Er bestaat al een werkplaats met de naam 'wmo-werkplaats utrecht'."
    ]
    # a name beginning with a capital outside A-Z, entered exactly again (no unique index on
    # partner names: only the service's check stands between the user and a double)
    services.partners.create(m.Partner(naam="Één Loket Zwolle", type="gemeente"))
    err = refused(services, "partner", m.Partner(naam="Één Loket Zwolle", type="gemeente"))
    assert err.messages_for("naam") == [
        "Er bestaat al een partner met de naam 'Één Loket Zwolle'."
    ]


def test_references_must_exist_and_belong_to_the_same_werkplaats(
    services: Services, small: Small
) -> None:
    other = small_werkplaats(services, "Wmo-werkplaats Twente")
    err = refused(
        services,
        "activiteit",
        m.Activiteit(
            werkplaats_id=small.werkplaats.id,
            titel="T",
            o=O.ONDERZOEK,
            jaar=2012,
            project_id=other.project.id,
            gemeente_id=999_999,
        ),
    )
    assert err.messages_for("project_id") == ["Project hoort bij een andere werkplaats."]
    assert err.messages_for("gemeente_id") == ["Gemeente: '999999' bestaat niet."]


def test_an_invalid_edit_leaves_the_stored_record_as_it_was(
    services: Services, small: Small
) -> None:
    changed = m.Project(**{**small.project.__dict__, "naam": "", "thema_ids": [777]})
    with pytest.raises(ValidationError):
        services.projecten.update(changed)
    assert services.projecten.get(small.project.id) == small.project


def test_messages_can_be_translated() -> None:
    from werkplaats_desktop.domain.validation import VERPLICHT, FieldError

    err = FieldError("titel", VERPLICHT)
    table = {("Veld", "Titel"): "Title", ("Validatie", VERPLICHT): "{veld} is required."}
    assert err.format(lambda ctx, text: table.get((ctx, text), text)) == "Title is required."
