"""Where the forms' choices come from: one function per kind of field, each making the field
with its choices from the services (records of a werkplaats, kinds of activity of an O, ...),
and the updaters that refresh a field's choices when another field changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import PartnerType, PersoonRol, ProjectPartnerRol
from werkplaats_desktop.services.choices import Choice
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
from werkplaats_desktop.ui.forms.spec import FormContext, Make
from werkplaats_desktop.ui.i18n import translate


def _tr(text: str) -> str:
    return translate("Formulier", text)



def options(table: str, scoped: bool = False) -> Make:
    def make(ctx: FormContext) -> Field:
        wp = ctx.werkplaats_id if scoped else None
        return ChoiceField(ctx.services.reference.options(table, wp))

    return make


def werkplaats(ctx: FormContext) -> Field:
    return ChoiceField(ctx.services.reference.options("werkplaats"), optional=False)


def gemeente(ctx: FormContext) -> Field:
    return ChoiceField(gemeente_choices(ctx))


def gemeente_choices(ctx: FormContext) -> list[Choice]:
    return [Choice(c.key, c.label) for c in ctx.services.reference.gemeenten()]


def provincie(ctx: FormContext) -> Field:
    return ChoiceField(ctx.services.reference.provincies())


def follow_gemeente(ctx: FormContext, gemeente_id: Any, target: Field) -> None:
    """A partner's provincie is its gemeente's (the core derives it on save:
    services/rules.ProvincieVanGemeente); the form shows it and does not let it be changed."""
    assert isinstance(target, ChoiceField)
    code = next((c.group for c in ctx.services.reference.gemeenten() if c.key == gemeente_id),
                None) if gemeente_id is not None else None
    if code is not None:
        target.set_value(code)
    target.set_locked(code is not None,
                      translate("Formulier", "De provincie volgt uit de gemeente."))


def enum(enum_cls: Any, optional: bool = False) -> Make:
    return lambda ctx: EnumField(enum_cls, optional=optional)


def text(multiline: bool = False) -> Make:
    return lambda ctx: TextField(multiline=multiline)


def number(ctx: FormContext) -> Field:
    """A count such as a reach: grouped as the language writes it (1.250)."""
    return NumberField()


def year(ctx: FormContext) -> Field:
    return NumberField(grouping=False, placeholder=translate("Formulier", "jjjj"))


def count(ctx: FormContext) -> Field:
    return NumberField(optional=False, placeholder="0")


def decimal(optional: bool = True) -> Make:
    return lambda ctx: DecimalField(optional=optional)


def hours(ctx: FormContext) -> Field:
    return DecimalField(hours=True)


def date_field(ctx: FormContext) -> Field:
    return DateField()


def subtypes(ctx: FormContext) -> Field:
    o = getattr(ctx.record, "o", None)
    return ChoiceField(
        ctx.services.reference.subtypes(str(o) if o else None)
    )


def update_subtypes(ctx: FormContext, o: Any, target: Field) -> None:
    assert isinstance(target, ChoiceField)
    target.set_choices(ctx.services.reference.subtypes(str(o) if o else None) if o else [])


def scoped_updater(table: str) -> Callable[[FormContext, Any, Field], None]:
    def update(ctx: FormContext, werkplaats_id: Any, target: Field) -> None:
        assert isinstance(target, ChoiceField)
        target.set_choices(ctx.services.reference.options(table, werkplaats_id))

    return update


def scoped_multi_updater(table: str) -> Callable[[FormContext, Any, Field], None]:
    def update(ctx: FormContext, werkplaats_id: Any, target: Field) -> None:
        assert isinstance(target, MultiChoiceField)
        target.set_choices(ctx.services.reference.options(table, werkplaats_id))

    return update


def scoped_multi(table: str) -> Make:
    def make(ctx: FormContext) -> Field:
        return MultiChoiceField(ctx.services.reference.options(table, ctx.werkplaats_id))

    return make


def product_types(ctx: FormContext) -> Field:
    return ChoiceField(
        ctx.services.reference.product_types(), optional=False
    )


def partner_types(ctx: FormContext) -> Field:
    return EnumField(PartnerType)


def activities_of_project(ctx: FormContext) -> Field:
    project = getattr(ctx.record, "project_id", None)
    return ChoiceField(activity_choices(ctx, project))


def activity_choices(ctx: FormContext, project_id: Any) -> list[Choice]:
    """The activities of the chosen project (all of them); without a project only the
    activity already chosen."""
    if project_id is None:
        current = getattr(ctx.record, "activiteit_id", None)
        if current is None:
            return []
        act = ctx.services.activiteiten.get(current)
        return [Choice(act.id, act.titel)]  # type: ignore[arg-type]
    return ctx.services.reference.activities_of_project(project_id)


def update_activities(ctx: FormContext, project_id: Any, target: Field) -> None:
    assert isinstance(target, ChoiceField)
    target.set_choices(activity_choices(ctx, project_id))


def project_partners(ctx: FormContext) -> Field:
    return PairListField(
        ctx.services.reference.options("partner"),
        ProjectPartnerRol,
        lambda key, rol: m.ProjectPartner(partner_id=key, rol=rol),
        "partner_id",
        translate("Formulier", "Partner"),
    )


def persoon_rollen(ctx: FormContext) -> Field:
    return PairListField(
        ctx.services.reference.options("werkplaats"),
        PersoonRol,
        lambda key, rol: m.PersoonRolInWerkplaats(werkplaats_id=key, rol=rol),
        "werkplaats_id",
        translate("Formulier", "Werkplaats"),
    )


def pilot_gemeenten(ctx: FormContext) -> Field:
    return MultiChoiceField(gemeente_choices(ctx), height=120)


def werkplaatsen_multi(ctx: FormContext) -> Field:
    return MultiChoiceField(ctx.services.reference.options("werkplaats"), height=120)


def themes_multi(ctx: FormContext) -> Field:
    return MultiChoiceField([Choice(c.key, c.label) for c in ctx.services.reference.themas()])


def thema_single(ctx: FormContext) -> Field:
    return ChoiceField(ctx.services.reference.themas())


def bool_field(text: str) -> Make:
    return lambda ctx: BoolField(_tr(text))


