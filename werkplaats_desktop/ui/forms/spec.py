"""The vocabulary of the record forms: a field, a form, a related list, a dependency.

What each kind's form holds is in ``declarations.py``; where its choices come from in
``sources.py``. Only presentation lives in ``ui/forms``; the rules are in the domain and the
services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.services import Services
from werkplaats_desktop.ui.forms.fields import Field


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
    #: also run when the form opens (the target's state follows the source's stored value)
    initial: bool = False


@dataclass(frozen=True)
class FormSpec:
    key: str
    fields: tuple[FieldSpec, ...]
    related: tuple[RelatedSpec, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    new_record: Callable[[], m.Record] = field(default=lambda: m.Record())


