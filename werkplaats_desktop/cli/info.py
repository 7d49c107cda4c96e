"""``werkplaats info --db PATH [--json]``: schema revision and number of records per kind.

Reads the file without changing it (no upgrade). JSON keys (stable, see README): ``bestand``,
``schemaversie``, ``schemaversie_programma``, ``upgrade_nodig``, ``voorbeelddata`` and
``aantallen`` (one count per key of ``services.info.COUNT_KEYS``).
"""

from __future__ import annotations

import argparse
import json

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.services.info import read_info
from werkplaats_desktop.store import SchemaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "info", help="schemaversie en aantallen records",
        description="Toont de schemaversie van het bestand en het aantal records per soort. "
                    "Het bestand wordt niet gewijzigd.",
    )
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (vaste sleutels)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        info = read_info(db_path(args))
    except (SchemaError, FileNotFoundError) as exc:
        return fail(str(exc))
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return 0
    data = info.as_json()
    print(f"Bestand:        {data['bestand']}")
    print(f"Schemaversie:   {data['schemaversie']}"
          + (f" (programma: {data['schemaversie_programma']}, upgrade nodig)"
             if data["upgrade_nodig"] else ""))
    print(f"Voorbeelddata:  {'ja' if data['voorbeelddata'] else 'nee'}")
    for key, value in data["aantallen"].items():
        print(f"  {key:<22}{value:>8}")
    return 0
