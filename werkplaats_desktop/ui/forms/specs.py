"""What each record's form shows: its fields, the lists of related records, and which choices
depend on other fields (the kinds of activity on the O, the projects on the werkplaats).

Only presentation lives here; the rules are in the domain and the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    O,
    Overeenkomst,
    PartnerType,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
    WerkplaatsType,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.reference import Choice
from werkplaats_desktop.ui.forms.fields import (
    BoolField,
    ChoiceField,
    DateField,
    DecimalField,
    EnumField,
    Field,
    MultiChoiceField,
    NumberField,
    PairListField,
    TextField,
)
from werkplaats_desktop.ui.i18n import translate


def _tr(text: str) -> str:
    return translate("Formulier", text)


@dataclass
class FormContext:
    services: Services
    record: m.Record

    @property
    def werkplaats_id(self) -> int | None:
        return getattr(self.record, "werkplaats_id", None)


Make = Callable[[FormContext], Field]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    make: Make
    required: bool = False
    #: a label other than the field's own (domain/validation.FIELD_LABELS)
    label: str | None = None
    #: consecutive fields with the same group share one row of the form (see GROUPS)
    group: str | None = None


#: the label of each row that holds several fields
GROUPS: dict[str, str] = {
    "periode": QT_TRANSLATE_NOOP("Formulier", "Periode (jaar)"),
    "datums": QT_TRANSLATE_NOOP("Formulier", "Periode (datum)"),
    "mensen": QT_TRANSLATE_NOOP("Formulier", "Betrokkenen (aantal)"),
    "omvang": QT_TRANSLATE_NOOP("Formulier", "Bereik en uren"),
}


@dataclass(frozen=True)
class RelatedSpec:
    """A list of child records shown in the parent's form (e.g. a partner's bijdragen)."""

    key: str
    #: Dutch source text (translated where it is shown)
    title: str
    filter: str
    parent_field: str
    defaults: Callable[[m.Record], dict[str, Any]] = lambda parent: {}


@dataclass(frozen=True)
class Dependency:
    """When ``source`` changes, ``update(ctx, source_value, target_field)`` refreshes
    the choices of ``target``."""

    source: str
    target: str
    update: Callable[[FormContext, Any, Field], None]


@dataclass(frozen=True)
class FormSpec:
    key: str
    fields: tuple[FieldSpec, ...]
    related: tuple[RelatedSpec, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    new_record: Callable[[], m.Record] = field(default=lambda: m.Record())


# --- choice sources ----------------------------------------------------------------------------


def _options(table: str, scoped: bool = False) -> Make:
    def make(ctx: FormContext) -> Field:
        wp = ctx.werkplaats_id if scoped else None
        return ChoiceField(ctx.services.reference.options(table, wp))

    return make


def _werkplaats(ctx: FormContext) -> Field:
    return ChoiceField(ctx.services.reference.options("werkplaats"), optional=False)


def _gemeente(ctx: FormContext) -> Field:
    return ChoiceField(_gemeente_choices(ctx))


def _gemeente_choices(ctx: FormContext) -> list[Choice]:
    return [Choice(c.key, c.label) for c in ctx.services.reference.gemeenten()]


def _provincie(ctx: FormContext) -> Field:
    return ChoiceField(ctx.services.reference.provincies())


def _enum(enum_cls: Any, optional: bool = False) -> Make:
    return lambda ctx: EnumField(enum_cls, optional=optional)


def _text(multiline: bool = False) -> Make:
    return lambda ctx: TextField(multiline=multiline)


def _number(ctx: FormContext) -> Field:
    return NumberField()


def _count(ctx: FormContext) -> Field:
    return NumberField(optional=False, placeholder="0")


def _decimal(optional: bool = True) -> Make:
    return lambda ctx: DecimalField(optional=optional)


def _date(ctx: FormContext) -> Field:
    return DateField()


def _subtypes(ctx: FormContext) -> Field:
    o = getattr(ctx.record, "o", None)
    return ChoiceField(
        ctx.services.reference.subtypes(str(o) if o else None), translate_labels=True
    )


def _update_subtypes(ctx: FormContext, o: Any, target: Field) -> None:
    assert isinstance(target, ChoiceField)
    target.set_choices(ctx.services.reference.subtypes(str(o) if o else None) if o else [])


def _scoped_updater(table: str) -> Callable[[FormContext, Any, Field], None]:
    def update(ctx: FormContext, werkplaats_id: Any, target: Field) -> None:
        assert isinstance(target, ChoiceField)
        target.set_choices(ctx.services.reference.options(table, werkplaats_id))

    return update


def _scoped_multi_updater(table: str) -> Callable[[FormContext, Any, Field], None]:
    def update(ctx: FormContext, werkplaats_id: Any, target: Field) -> None:
        assert isinstance(target, MultiChoiceField)
        target.set_choices(ctx.services.reference.options(table, werkplaats_id))

    return update


def _scoped_multi(table: str) -> Make:
    def make(ctx: FormContext) -> Field:
        return MultiChoiceField(ctx.services.reference.options(table, ctx.werkplaats_id))

    return make


def _product_types(ctx: FormContext) -> Field:
    return ChoiceField(
        ctx.services.reference.product_types(), optional=False, translate_labels=True
    )


def _partner_types(ctx: FormContext) -> Field:
    return EnumField(PartnerType)


def _activities_of_project(ctx: FormContext) -> Field:
    project = getattr(ctx.record, "project_id", None)
    return ChoiceField(_activity_choices(ctx, project))


def _activity_choices(ctx: FormContext, project_id: Any) -> list[Choice]:
    if project_id is None:
        current = getattr(ctx.record, "activiteit_id", None)
        if current is None:
            return []
        act = ctx.services.activiteiten.get(current)
        return [Choice(act.id, act.titel)]  # type: ignore[arg-type]
    from werkplaats_desktop.services.listing import ListQuery

    rows = ctx.services.lists.page(
        "activiteit", ListQuery(filters={"project_id": project_id}, sort="titel"), limit=2000
    )
    return [Choice(r[0], f"{r[3]} ({r[1]})") for r in rows]


def _update_activities(ctx: FormContext, project_id: Any, target: Field) -> None:
    assert isinstance(target, ChoiceField)
    target.set_choices(_activity_choices(ctx, project_id))


def _project_partners(ctx: FormContext) -> Field:
    return PairListField(
        ctx.services.reference.options("partner"),
        ProjectPartnerRol,
        lambda key, rol: m.ProjectPartner(partner_id=key, rol=rol),
        "partner_id",
        translate("Formulier", "Partner"),
    )


def _persoon_rollen(ctx: FormContext) -> Field:
    return PairListField(
        ctx.services.reference.options("werkplaats"),
        PersoonRol,
        lambda key, rol: m.PersoonRolInWerkplaats(werkplaats_id=key, rol=rol),
        "werkplaats_id",
        translate("Formulier", "Werkplaats"),
    )


def _pilot_gemeenten(ctx: FormContext) -> Field:
    return MultiChoiceField(_gemeente_choices(ctx), height=120)


def _werkplaatsen_multi(ctx: FormContext) -> Field:
    return MultiChoiceField(ctx.services.reference.options("werkplaats"), height=120)


def _themes_multi(ctx: FormContext) -> Field:
    return MultiChoiceField([Choice(c.key, c.label) for c in ctx.services.reference.themas()])


def _thema_single(ctx: FormContext) -> Field:
    return ChoiceField(ctx.services.reference.themas())


def _bool(text: str) -> Make:
    return lambda ctx: BoolField(_tr(text))


F = FieldSpec
WP_DEP = "werkplaats_id"

SPECS: dict[str, FormSpec] = {
    "werkplaats": FormSpec(
        "werkplaats",
        (
            F("naam", _text(), required=True),
            F("type", _enum(WerkplaatsType), required=True),
            F("penvoerder_id", _options("partner")),
            F("provincie_code", _provincie),
            F("regio", _text()),
            F("startjaar", _number, group="periode"),
            F("eindjaar", _number, group="periode"),
            F("website", _text()),
            F("beschrijving", _text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "lectoraat",
                QT_TRANSLATE_NOOP("Formulier", "Lectoraten"),
                "werkplaats_id",
                "werkplaats_id",
            ),
            RelatedSpec(
                "subsidie",
                QT_TRANSLATE_NOOP("Formulier", "Subsidies"),
                "werkplaats_id",
                "werkplaats_id",
            ),
            RelatedSpec(
                "deelname",
                QT_TRANSLATE_NOOP("Formulier", "Partners"),
                "werkplaats_id",
                "werkplaats_id",
            ),
        ),
        new_record=m.Werkplaats,
    ),
    "lectoraat": FormSpec(
        "lectoraat",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("naam", _text(), required=True),
            F("lector_id", _options("persoon")),
        ),
        new_record=m.Lectoraat,
    ),
    "kenniskring": FormSpec(
        "kenniskring",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("naam", _text(), required=True),
            F("thema_ids", _themes_multi),
            F("startjaar", _number, group="periode"),
            F("eindjaar", _number, group="periode"),
            F("trekker_id", _options("persoon")),
            F("omschrijving", _text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "project",
                QT_TRANSLATE_NOOP("Formulier", "Projecten"),
                "kenniskring_id",
                "kenniskring_id",
                lambda p: {"werkplaats_id": getattr(p, "werkplaats_id", None)},
            ),
            RelatedSpec(
                "product",
                QT_TRANSLATE_NOOP("Formulier", "Producten"),
                "kenniskring_id",
                "kenniskring_id",
                lambda p: {"werkplaats_id": getattr(p, "werkplaats_id", None)},
            ),
        ),
        new_record=m.Kenniskring,
    ),
    "project": FormSpec(
        "project",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("naam", _text(), required=True),
            F("kenniskring_id", _options("kenniskring", scoped=True)),
            F("status", _enum(ProjectStatus), required=True),
            F("startdatum", _date, group="datums"),
            F("einddatum", _date, group="datums"),
            F("thema_ids", _themes_multi),
            F("leider_onderwijs_id", _options("persoon")),
            F("leider_praktijk_id", _options("persoon")),
            F("partners", _project_partners),
            F("pilot_gemeente_ids", _pilot_gemeenten),
            F("omschrijving", _text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "activiteit",
                QT_TRANSLATE_NOOP("Formulier", "Activiteiten"),
                "project_id",
                "project_id",
                lambda p: {
                    "werkplaats_id": getattr(p, "werkplaats_id", None),
                    "thema_ids": list(getattr(p, "thema_ids", [])),
                },
            ),
            RelatedSpec(
                "product",
                QT_TRANSLATE_NOOP("Formulier", "Producten"),
                "project_id",
                "project_id",
                lambda p: {
                    "werkplaats_id": getattr(p, "werkplaats_id", None),
                    "thema_ids": list(getattr(p, "thema_ids", [])),
                },
            ),
        ),
        dependencies=(Dependency(WP_DEP, "kenniskring_id", _scoped_updater("kenniskring")),),
        new_record=m.Project,
    ),
    "activiteit": FormSpec(
        "activiteit",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("titel", _text(), required=True),
            F("o", _enum(O, optional=True), required=True),
            F("subtype", _subtypes),
            F("jaar", _number, required=True),
            F("datum", _date, group="datums"),
            F("einddatum", _date, group="datums"),
            F("project_id", _options("project", scoped=True)),
            F("kenniskring_id", _options("kenniskring", scoped=True)),
            F("gemeente_id", _gemeente),
            F("thema_ids", _themes_multi),
            F("bereik", _number, group="omvang"),
            F("uren", _decimal(), group="omvang"),
            F("aantal_onderzoekers", _count, group="mensen"),
            F("aantal_professionals", _count, group="mensen"),
            F("aantal_studenten", _count, group="mensen"),
            F("aantal_vrijwilligers", _count, group="mensen"),
            F("omschrijving", _text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "product",
                QT_TRANSLATE_NOOP("Formulier", "Producten"),
                "activiteit_id",
                "activiteit_id",
                lambda p: {
                    "werkplaats_id": getattr(p, "werkplaats_id", None),
                    "project_id": getattr(p, "project_id", None),
                    "jaar": getattr(p, "jaar", None),
                    "thema_ids": list(getattr(p, "thema_ids", [])),
                },
            ),
        ),
        dependencies=(
            Dependency("o", "subtype", _update_subtypes),
            Dependency(WP_DEP, "project_id", _scoped_updater("project")),
            Dependency(WP_DEP, "kenniskring_id", _scoped_updater("kenniskring")),
        ),
        new_record=m.Activiteit,
    ),
    "product": FormSpec(
        "product",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("titel", _text(), required=True),
            F("type", _product_types, required=True),
            F("jaar", _number, required=True),
            F("link", _text()),
            F(
                "open_access",
                _bool(QT_TRANSLATE_NOOP("Formulier", "Vrij toegankelijk (open access)")),
            ),
            F("project_id", _options("project", scoped=True)),
            F("activiteit_id", _activities_of_project),
            F("kenniskring_id", _options("kenniskring", scoped=True)),
            F("thema_ids", _themes_multi),
            F("omschrijving", _text(multiline=True)),
        ),
        dependencies=(
            Dependency(WP_DEP, "project_id", _scoped_updater("project")),
            Dependency(WP_DEP, "kenniskring_id", _scoped_updater("kenniskring")),
            Dependency("project_id", "activiteit_id", _update_activities),
        ),
        new_record=m.Product,
    ),
    "partner": FormSpec(
        "partner",
        (
            F("naam", _text(), required=True),
            F("type", _partner_types, required=True),
            F("gemeente_id", _gemeente),
            F("provincie_code", _provincie),
            F("website", _text()),
            F("omschrijving", _text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "deelname",
                QT_TRANSLATE_NOOP("Formulier", "Deelname aan werkplaatsen"),
                "partner_id",
                "partner_id",
            ),
            RelatedSpec(
                "bijdrage", QT_TRANSLATE_NOOP("Formulier", "Bijdragen"), "partner_id", "partner_id"
            ),
            RelatedSpec(
                "persoon",
                QT_TRANSLATE_NOOP("Formulier", "Contactpersonen"),
                "partner_id",
                "organisatie_id",
            ),
        ),
        new_record=m.Partner,
    ),
    "deelname": FormSpec(
        "deelname",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("partner_id", _options("partner"), required=True),
            F("rol", _enum(DeelnameRol), required=True),
            F("overeenkomst", _enum(Overeenkomst), required=True),
            F("startjaar", _number, group="periode"),
            F("eindjaar", _number, group="periode"),
            F("contactpersoon_id", _options("persoon")),
            F("toelichting", _text(multiline=True)),
        ),
        new_record=m.Deelname,
    ),
    "bijdrage": FormSpec(
        "bijdrage",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("partner_id", _options("partner"), required=True),
            F("jaar", _number, required=True),
            F("soort", _enum(BijdrageSoort), required=True),
            F("hoeveelheid", _decimal(optional=False), required=True),
            F("project_id", _options("project", scoped=True)),
            F("toelichting", _text(multiline=True)),
        ),
        dependencies=(Dependency(WP_DEP, "project_id", _scoped_updater("project")),),
        new_record=m.Bijdrage,
    ),
    "subsidie": FormSpec(
        "subsidie",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("jaar", _number, required=True),
            F("bedrag", _decimal(optional=False), required=True),
            F("verstrekker", _text(), required=True),
            F("toelichting", _text(multiline=True)),
        ),
        new_record=m.Subsidie,
    ),
    "persoon": FormSpec(
        "persoon",
        (
            F("naam", _text(), required=True),
            F("functie", _text()),
            F("organisatie_id", _options("partner")),
            F("email", _text()),
            F("telefoon", _text()),
            F("rollen", _persoon_rollen),
            F("notitie", _text(multiline=True)),
        ),
        new_record=m.Persoon,
    ),
    "kennisagenda": FormSpec(
        "kennisagenda",
        (
            F("werkplaats_id", _werkplaats, required=True),
            F("vraagstuk", _text(multiline=True), required=True),
            F("status", _enum(AgendaStatus), required=True),
            F("startjaar", _number, group="periode"),
            F("eindjaar", _number, group="periode"),
            F("thema_ids", _themes_multi),
            F("project_ids", _scoped_multi("project")),
            F("toelichting", _text(multiline=True)),
        ),
        dependencies=(Dependency(WP_DEP, "project_ids", _scoped_multi_updater("project")),),
        new_record=m.KennisagendaItem,
    ),
    "themasamenwerking": FormSpec(
        "themasamenwerking",
        (
            F("naam", _text(), required=True),
            F("thema_id", _thema_single),
            F("werkplaats_ids", _werkplaatsen_multi),
            F("startjaar", _number, group="periode"),
            F("eindjaar", _number, group="periode"),
            F("omschrijving", _text(multiline=True)),
        ),
        new_record=m.Themasamenwerking,
    ),
    "thema": FormSpec(
        "thema",
        (
            F("naam", _text(), required=True),
            F("actief", _bool(QT_TRANSLATE_NOOP("Formulier", "In gebruik voor nieuwe gegevens"))),
        ),
        new_record=m.Thema,
    ),
    "gemeente": FormSpec(
        "gemeente",
        (
            F("naam", _text(), required=True),
            F("cbs_code", _text()),
            F("provincie_code", _provincie),
            F("netwerk", _enum(Gemeentenetwerk, optional=True)),
        ),
        new_record=m.Gemeente,
    ),
}
