"""Try one record through both doors a record comes in by, and say what each door said.

* the form: ``RecordService.create`` on a copy of a base database;
* the import: the record is written (without any check) into another copy of the same base
  database, that copy is exported in full, and the export is read into a third copy.

Both copies start from the same base (same UUIDs), so the import only adds the one record and
the rules between records (unique names, same werkplaats, kinds of activity, subsidies) decide.
The answer of each door is the sorted list of ``(field label, message)``; empty means saved.
"""

from __future__ import annotations

import dataclasses
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.exchange_support import edit
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O, PartnerType
from werkplaats_desktop.domain.validation import FIELD_LABELS, ValidationError
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange.cells import guard
from werkplaats_desktop.exchange.columns import Kind
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services, catalog
from werkplaats_desktop.store.database import Database

Answer = list[tuple[str, str]]


@dataclass(frozen=True)
class Base:
    """The ids of the records in the base database (the same in every copy)."""

    path: Path
    hogeschool: int
    utrecht: int  # werkplaats "Één Loket Utrecht"
    zwolle: int  # werkplaats "Wmo-werkplaats Zwolle"
    kring_utrecht: int
    kring_zwolle: int
    project_utrecht: int
    project_zwolle: int
    activiteit_zwolle: int
    gemeente_utrecht: int  # the gemeente Utrecht (reference data)


def make_base(folder: Path, template: Path) -> Base:
    path = folder / "basis.sqlite"
    shutil.copy(template, path)
    with Database.open(path) as db:
        s = Services(db)
        hs = s.partners.create(m.Partner(naam="Hogeschool Één", type=PartnerType.HOGESCHOOL))
        utrecht = s.werkplaatsen.create(m.Werkplaats(naam="Één Loket Utrecht",
                                                     penvoerder_id=hs.id))
        zwolle = s.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Zwolle"))
        s.lectoraten.create(m.Lectoraat(werkplaats_id=utrecht.id, naam="Lectoraat Één"))
        k_u = s.kenniskringen.create(m.Kenniskring(werkplaats_id=utrecht.id,
                                                   naam="Kring Ouderen"))
        k_z = s.kenniskringen.create(m.Kenniskring(werkplaats_id=zwolle.id, naam="Kring Jeugd"))
        p_u = s.projecten.create(m.Project(werkplaats_id=utrecht.id, naam="Project U"))
        p_z = s.projecten.create(m.Project(werkplaats_id=zwolle.id, naam="Project Z"))
        a_z = s.activiteiten.create(m.Activiteit(werkplaats_id=zwolle.id, titel="Studiedag",
                                                 o=O.ONDERSTEUNING, jaar=2015))
        s.subsidies.create(m.Subsidie(werkplaats_id=utrecht.id, jaar=2015,
                                      bedrag=Decimal("100000"), verstrekker="VWS"))
        gem = next(g for g in s.gemeenten.all() if g.cbs_code == "GM0344")
    return Base(path, hs.id, utrecht.id, zwolle.id, k_u.id, k_z.id, p_u.id, p_z.id,  # type: ignore[arg-type]
                a_z.id, gem.id)  # type: ignore[arg-type]


def _copy(base: Base, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(base.path, target)
    return target


def through_form(base: Base, folder: Path, key: str, record: m.Record) -> Answer:
    path = _copy(base, folder, "formulier.sqlite")
    with Database.open(path) as db:
        try:
            Services(db).records(key).create(dataclasses.replace(record))
        except ValidationError as exc:
            return sorted((FIELD_LABELS.get(e.field, e.field), e.message) for e in exc.errors)
    return []


def write_unchecked(db: Database, key: str, record: m.Record) -> None:
    """Store ``record`` as it is, without any rule (what another program might have made)."""
    service = Services(db).records(key)
    with db.write("zonder controle") as s:
        service._apply(s, service.d.orm(), dataclasses.replace(record))


def through_import(base: Base, folder: Path, key: str, record: m.Record,
                   tweak: Callable[[Path], None] | None = None) -> Answer:
    """``tweak`` may edit the unpacked export (for what the database itself cannot hold,
    such as a kind of activity of another O)."""
    # the texts go into the file after the export: the source database itself may not hold
    # them (a name equal to one in the base is refused by the database's own constraint)
    fmt = F.BY_FILE[catalog.BY_KEY[key].exchange_file]
    columns = {c.field: c.name for c in fmt.columns if c.field and c.kind is Kind.TEKST}
    texts = {name: getattr(record, name) for name in columns if getattr(record, name, "")}
    stand_ins = {name: f"PLAATSVERVANGER-{name}" for name in texts}
    source = _copy(base, folder, "bron.sqlite")
    with Database.open(source) as db:
        write_unchecked(db, key, dataclasses.replace(record, **stand_ins))
        export(db, folder / "bron.zip", ExportOptions(VOLLEDIG))
    exported = folder / "bron"
    shutil.rmtree(exported, ignore_errors=True)
    with zipfile.ZipFile(folder / "bron.zip") as z:
        z.extractall(exported)

    def put_texts(rows: list[list[str]]) -> None:
        for name, text in texts.items():
            at = rows[0].index(columns[name])
            for row in rows[1:]:
                if row[at] == stand_ins[name]:
                    row[at] = guard(text)

    edit(exported, fmt.file, put_texts)
    if tweak is not None:
        tweak(exported)
    target = _copy(base, folder, "doel.sqlite")
    with Database.open(target) as db:
        report = import_files(db, [exported])
    return sorted((str(p.params.get("veld", p.kolom)), p.reden) for p in report.problems
                  if p.ernst == "fout")


def both(base: Base, folder: Path, key: str,
         make: Callable[[Base], m.Record]) -> tuple[Answer, Answer]:
    record = make(base)
    form = through_form(base, folder, key, record)
    imported = through_import(base, folder, key, record)
    return form, imported


def activiteit(base: Base, **kw: object) -> m.Activiteit:
    values: dict[str, object] = dict(werkplaats_id=base.utrecht, titel="Nieuwe activiteit",
                                     o=O.ONDERZOEK, jaar=2015)
    values.update(kw)
    return m.Activiteit(**values)  # type: ignore[arg-type]


__all__ = ["Base", "make_base", "both", "through_form", "through_import", "activiteit", "date"]
