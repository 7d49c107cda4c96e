"""``werkplaats stats --db PATH [--jaar Y] [--werkplaats NAAM] --json``: the figures of the
dashboard ("Overzicht") for scripts and checks.

Reads the file without changing it: no upgrade, no new file. The JSON keys are documented in
the README ("werkplaats stats") and built by ``services.dashboard_json``.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.services.dashboard import (
    DEFAULT_UURTARIEF,
    FEITEN_LABELS,
    DashboardFilter,
    compute,
)
from werkplaats_desktop.services.dashboard_json import data_as_json
from werkplaats_desktop.services.dashboard_queries import years
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.engine import make_engine
from werkplaats_desktop.store.integrity import refuse_if_interrupted
from werkplaats_desktop.store.migrate import (
    SchemaError,
    check_openable,
    head_revision,
    inspect_file,
)


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


def _werkplaats_ids(s: Session, names: list[str]) -> list[int]:
    """Ids for the names given; a name may be any unique part of a werkplaats's name."""
    known = list(s.execute(select(orm.Werkplaats.id, orm.Werkplaats.naam)))
    ids = []
    for wanted in names:
        exact = [i for i, n in known if n.casefold() == wanted.strip().casefold()]
        partial = [(i, n) for i, n in known if wanted.strip().casefold() in n.casefold()]
        if exact:
            ids.append(exact[0])
        elif len(partial) == 1:
            ids.append(partial[0][0])
        elif partial:
            raise LookupError(f"'{wanted}' past bij meer werkplaatsen: "
                              + "; ".join(n for _i, n in partial) + ". Geef meer van de naam.")
        else:
            raise LookupError(f"Geen werkplaats gevonden met de naam '{wanted}'.")
    return ids


def _open_readonly(path: Path) -> Session:
    refuse_if_interrupted(path)  # what info and check say about such a file, too
    state = inspect_file(path)
    if not state.exists:
        raise FileNotFoundError(f"Het bestand {path} bestaat niet.")
    check_openable(state, path)
    if state.revision != head_revision():
        raise SchemaError(f"'{path.name}' heeft een oudere schemaversie ({state.revision}). "
                          "Open het eerst met Werkplaats Desktop om het bij te werken. "
                          "Het bestand is niet gewijzigd.")
    return Session(bind=make_engine(path, readonly=True))


def run(args: argparse.Namespace) -> int:
    try:
        uurtarief = Decimal(args.uurtarief.replace(",", "."))
        if uurtarief < 0:
            raise InvalidOperation
    except InvalidOperation:
        return fail(f"Ongeldig uurtarief: '{args.uurtarief}' (verwacht een bedrag, bijv. 75).")
    path = db_path(args)
    try:
        session = _open_readonly(path)
    except (SchemaError, FileNotFoundError) as exc:
        return fail(str(exc))
    with session:
        try:
            ids = _werkplaats_ids(session, args.werkplaats)
        except LookupError as exc:
            return fail(str(exc))
        if args.jaar is not None:
            found = years(session)
            if not found:
                return fail(f"'{path.name}' bevat nog geen gegevens met een jaar; laat --jaar "
                            "weg, of voeg eerst activiteiten, producten of bijdragen toe.")
            if not found[0] <= args.jaar <= found[-1]:
                return fail(f"Er zijn geen gegevens uit {args.jaar}: de gegevens in "
                            f"'{path.name}' lopen van {found[0]} tot en met {found[-1]}. Kies "
                            "een jaar in die periode, of laat --jaar weg voor alle jaren.")
        f = DashboardFilter(jaar_van=args.jaar, jaar_tot=args.jaar, werkplaats_ids=tuple(ids))
        data = compute(session, f, uurtarief)
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
