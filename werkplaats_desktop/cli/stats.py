"""``werkplaats stats --db PATH [--jaar Y] [--werkplaats NAAM] --json``: the figures of the
dashboard ("Overzicht") for scripts and checks.

Reads the file without changing it: no upgrade, no new file. The JSON keys are documented in
the README ("werkplaats stats") and built by ``services.dashboard.as_json``.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DEFAULT_UURTARIEF, FEITEN_LABELS, DashboardFilter
from werkplaats_desktop.services.dashboard.as_json import data_as_json
from werkplaats_desktop.store import Database, SchemaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "stats", help="de cijfers van het overzicht (dashboard)",
        description="Toont de cijfers die het overzicht laat zien: feiten en cijfers, "
                    "activiteiten en producten per thema, jaar, provincie en gemeente (naar O), "
                    "partners per type en cofinanciering per jaar. Het bestand wordt niet "
                    "gewijzigd.",
    )
    add_db_option(p)
    p.add_argument("--jaar", type=int, metavar="JAAR",
                   help="alleen dit jaar (standaard: alle); een jaar buiten de jaren met "
                        "gegevens wordt geweigerd")
    p.add_argument("--werkplaats", action="append", default=[], metavar="NAAM",
                   help="alleen deze werkplaats (de naam, of een uniek deel ervan); "
                        "mag vaker voor meer werkplaatsen")
    p.add_argument("--uurtarief", default=str(DEFAULT_UURTARIEF), metavar="EURO",
                   help=f"waarde van een partneruur in euro (standaard {DEFAULT_UURTARIEF})")
    p.add_argument("--json", action="store_true",
                   help="uitvoer als JSON (vaste sleutels, zie README)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        uurtarief = Decimal(args.uurtarief.replace(",", "."))
        if uurtarief < 0:
            raise InvalidOperation
    except InvalidOperation:
        return fail(f"Ongeldig uurtarief: '{args.uurtarief}' (verwacht een bedrag, bijv. 75).")
    path = db_path(args)
    try:
        db = Database.open_readonly(path)
    except (SchemaError, FileNotFoundError) as exc:
        return fail(str(exc))
    with db:
        services = Services(db)
        try:
            ids = services.reference.werkplaats_ids(args.werkplaats)
        except LookupError as exc:
            return fail(str(exc))
        if args.jaar is not None:
            found = sorted(services.reference.years())
            if not found:
                return fail(f"'{path.name}' bevat nog geen gegevens met een jaar; laat --jaar "
                            "weg, of voeg eerst activiteiten, producten of bijdragen toe.")
            if not found[0] <= args.jaar <= found[-1]:
                return fail(f"Er zijn geen gegevens uit {args.jaar}: de gegevens in "
                            f"'{path.name}' lopen van {found[0]} tot en met {found[-1]}. Kies "
                            "een jaar in die periode, of laat --jaar weg voor alle jaren.")
        f = DashboardFilter(jaar_van=args.jaar, jaar_tot=args.jaar, werkplaats_ids=tuple(ids))
        data = services.dashboard.data(f, uurtarief)
    if args.json:
        print(json.dumps({"bestand": str(path), **data_as_json(data)}, ensure_ascii=False,
                         indent=2))
        return 0
    print(f"Bestand:       {path}")
    print(f"Jaar:          {args.jaar if args.jaar is not None else 'alle'}")
    print("Werkplaatsen:  " + ("; ".join(w.naam for w in data.werkplaatsen) if ids else "alle"))
    print("Feiten en cijfers:")
    for key, label, _uitleg in FEITEN_LABELS:
        print(f"  {label:<26}{getattr(data.feiten, key):>8}")
    return 0
