"""Every kind of record is described once in the core (``services/catalog.py``) and shown once
in the GUI (``ui/kinds.py``); every place that needs a kind finds it there, under one key.

Adding a kind to the core's list without describing it everywhere it is needed fails here,
naming what is missing.
"""

from __future__ import annotations

import dataclasses

import pytest

from werkplaats_desktop.domain.validation import FIELD_LABELS
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.services import Services, catalog
from werkplaats_desktop.services.info import COUNT_KEYS
from werkplaats_desktop.services.records import EntityDef
from werkplaats_desktop.store import Database, orm
from werkplaats_desktop.ui import kinds as ui_kinds

KINDS = catalog.ALL
ids = [k.key for k in KINDS]


def test_the_core_lists_each_kind_once_under_its_own_key_and_table() -> None:
    assert len({k.key for k in KINDS}) == len({k.table for k in KINDS}) == len(KINDS) == 15
    assert catalog.BY_KEY == {k.key: k for k in KINDS}
    assert catalog.BY_TABLE == {k.table: k for k in KINDS}
    record_tables = {t.name for t in orm.Base.metadata.sorted_tables
                     if "uuid" in t.c and "id" in t.c}
    assert {k.table for k in KINDS} == record_tables, "a table of records has no kind"


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_its_list_is_its_own(kind: EntityDef) -> None:  # type: ignore[type-arg]
    spec = kind.listing
    assert spec.key == kind.key and spec.table is kind.orm
    assert spec.default_sort in spec.index
    assert kind.table in spec.tables
    for f in spec.filters:
        assert f.predicate is not None
        if f.in_bar:
            assert f.choices is not None, f"{kind.key}: filter {f.name} offers nothing to choose"


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_its_file_in_a_full_export_is_its_own(kind: EntityDef) -> None:  # type: ignore[type-arg]
    fmt = F.BY_FILE.get(kind.exchange_file)
    assert fmt is not None, f"{kind.key}: no file {kind.exchange_file} in exchange/formats.py"
    assert fmt.table == kind.table and fmt.link_of is None
    model_fields = {f.name for f in dataclasses.fields(kind.model)}
    unknown = {c.field for c in fmt.columns if c.field} - model_fields
    assert not unknown, f"{kind.exchange_file} fills fields {kind.model.__name__} lacks: {unknown}"


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_its_rules_and_references_name_real_fields(kind: EntityDef) -> None:  # type: ignore[type-arg]
    fields = {f.name for f in dataclasses.fields(kind.model)}
    assert kind.title in fields
    assert set(kind.refs) <= fields
    assert {link.attr for link in kind.links} <= fields
    for rule in kind.rules:
        named = set(getattr(rule, "fields", ())) | {getattr(rule, "field", kind.title)}
        assert named <= fields, f"{kind.key}: {rule} names {named - fields}"


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_it_is_counted_and_has_a_service(kind: EntityDef, db: Database) -> None:  # type: ignore[type-arg]
    assert kind.table in COUNT_KEYS.values()
    assert Services(db).records(kind.key).d is kind


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_the_gui_shows_it(kind: EntityDef) -> None:  # type: ignore[type-arg]
    shown = ui_kinds.BY_KEY.get(kind.key)
    assert shown is not None, f"ui/kinds.py does not say how a {kind.singular} is shown"
    form = shown.form
    assert form.key == kind.key
    assert isinstance(form.new_record(), kind.model)
    fields = {f.name for f in dataclasses.fields(kind.model)}
    for fs in form.fields:
        assert fs.name in fields, f"the form of {kind.key} shows an unknown field {fs.name}"
        assert fs.label or fs.name in FIELD_LABELS, f"{kind.key}.{fs.name} has no label"
    for related in form.related:
        assert related.key in catalog.BY_KEY
        assert catalog.BY_KEY[related.key].listing.filter(related.filter)
    for action in shown.bulk:
        assert action in ("thema", "status", "o")
    assert shown.new_title and shown.edit_title


def test_the_gui_shows_no_kind_the_core_does_not_know() -> None:
    assert set(ui_kinds.BY_KEY) == set(catalog.BY_KEY)
    assert [k.key for k in ui_kinds.KINDS].count("activiteit") == 1


def test_the_check_notices_a_missing_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry tests fail when the GUI forgets a kind (the test of the tests)."""
    without = {k: v for k, v in ui_kinds.BY_KEY.items() if k != "bijdrage"}
    monkeypatch.setattr(ui_kinds, "BY_KEY", without)
    with pytest.raises(AssertionError, match="bijdrage"):
        test_the_gui_shows_it(catalog.BIJDRAGE)
