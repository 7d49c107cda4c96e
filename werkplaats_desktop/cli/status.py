"""``werkplaats status [--db PAD] [--jaar J] [--json]``: who delivered what, per werkplaats and
year (the completeness of a national overview): status, export read, activities, products and
what is missing. Reads the file without changing it. JSON keys: README ("werkplaats status").
"""

from __future__ import annotations

import argparse
import json

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.completeness import ONTBREEKT_LABELS, Completeness
from werkplaats_desktop.store import Database, SchemaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "status", help="wie heeft wat aangeleverd: werkplaats x jaar (landelijk overzicht)",
        description="Toont per werkplaats en jaar de jaarstatus (concept, ingediend, "
                    "definitief), de ingelezen export (datum en bestand), het aantal activiteiten "
                    "en producten, en wat ontbreekt: geen bestand, alleen concept, geen "
                    "activiteiten. In een bestand met een eigen werkplaats alleen die werkplaats. "
                    "Het bestand wordt niet gewijzigd.",
    )
    add_db_option(p)
    p.add_argument("--jaar", type=int, metavar="JAAR",
                   help="alleen dit jaar (standaard: elk jaar met gegevens of een status)")
    p.add_argument("--json", action="store_true",
                   help="uitvoer als JSON (vaste sleutels, zie README)")
    p.set_defaults(run=run)


def _when(c: Completeness, i: int) -> str:
    w = c.werkplaatsen[i]
    if w.eigen:
        return "eigen werkplaats van dit bestand"
    if w.aanlevering is None:
        return "geen export ingelezen"
    d = w.aanlevering
    when = d.exportdatum.strftime("%d-%m-%Y %H:%M") if d.exportdatum else "datum onbekend"
    bron = "eigen bestand" if d.eigen_bestand else "doorgegeven"
    return f"export van {when} ({bron}: {d.bestand})"


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    try:
        db = Database.open_readonly(path)
    except (SchemaError, FileNotFoundError) as exc:
        return fail(str(exc))
    with db:
        c = Services(db).completeness.matrix(args.jaar)
    if args.json:
        print(json.dumps({"bestand": str(path), **c.as_json()}, ensure_ascii=False, indent=2))
        return 0
    print(f"Bestand: {path}")
    print(f"Jaar:    {args.jaar if args.jaar is not None else 'alle'}")
    if not c.werkplaatsen:
        print("Geen werkplaatsen.")
    for i, w in enumerate(c.werkplaatsen):
        print(f"{w.naam} ({w.code}): {_when(c, i)}")
        for cell in w.jaren:
            missing = ", ".join(ONTBREEKT_LABELS[m] for m in cell.ontbreekt)
            acts = "activiteit " if cell.activiteiten == 1 else "activiteiten"
            prods = "product  " if cell.producten == 1 else "producten"
            print(f"  {cell.jaar}  {cell.status.label.lower():<11}"
                  f"{cell.activiteiten:>6} {acts} {cell.producten:>6} {prods}"
                  + (f"   ontbreekt: {missing}" if missing else ""))
    return 0
