"""``werkplaats draaitabel --db PAD --rijen thema --kolommen o [--waarde activiteiten]
[--jaar J] [--werkplaats NAAM]... [--out PAD.xlsx|.csv] [--json]``: the draaitabel of the
window's page "Draaitabel", for scripts and for Excel.

Reads the file without changing it (like ``stats``). Without ``--out`` and ``--json`` the
table is printed as text. The JSON keys are documented in the README and built by
``services.dashboard.draaitabel_json``.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.numbers import fmt_amount, fmt_int
from werkplaats_desktop.exchange.files import ExportError
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard.draaitabel import (
    BIJDRAGE_DIMENSIES,
    DIMENSIES,
    TELREGEL,
    WAARDEN,
    DraaitabelError,
)
from werkplaats_desktop.services.dashboard.draaitabel_json import as_json
from werkplaats_desktop.services.dashboard.model import DashboardFilter
from werkplaats_desktop.store import Database, SchemaError

EPILOG = (
    "Dimensies (--rijen, --kolommen): " + ", ".join(DIMENSIES) + ". Waarden (--waarde): "
    + "; ".join(f"{k} ({w.label.lower()})" for k, w in WAARDEN.items())
    + ". Partnerbijdragen zijn te verdelen naar " + ", ".join(BIJDRAGE_DIMENSIES) + ". "
    + "Telregel: " + TELREGEL)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "draaitabel", help="een draaitabel: een waarde naar twee dimensies (xlsx, csv, json)",
        description="Maakt de draaitabel van de pagina 'Draaitabel': een waarde (aantal "
                    "activiteiten, producten, bereik, uren, partnerbijdragen) in rijen en "
                    "kolommen naar twee dimensies, met totalen, onder de filters van het "
                    "overzicht. Schrijft .xlsx of .csv (Excel, Nederlands) met het filter boven "
                    "de tabel, of JSON (vaste sleutels, zie README). Het bestand wordt niet "
                    "gewijzigd.",
        epilog=EPILOG,
    )
    add_db_option(p)
    p.add_argument("--rijen", required=True, choices=list(DIMENSIES), metavar="DIMENSIE",
                   help="de dimensie van de rijen")
    p.add_argument("--kolommen", required=True, choices=list(DIMENSIES), metavar="DIMENSIE",
                   help="de dimensie van de kolommen (een andere dan de rijen)")
    p.add_argument("--waarde", default="activiteiten", choices=list(WAARDEN), metavar="WAARDE",
                   help="wat de cellen tellen of optellen (standaard: activiteiten)")
    p.add_argument("--jaar", type=int, metavar="JAAR", help="alleen dit jaar (standaard: alle)")
    p.add_argument("--van", type=int, metavar="JAAR", help="vanaf dit jaar")
    p.add_argument("--tot", type=int, metavar="JAAR", help="tot en met dit jaar")
    p.add_argument("--werkplaats", action="append", default=[], metavar="NAAM",
                   help="alleen deze werkplaats (de naam, of een uniek deel ervan); "
                        "mag vaker voor meer werkplaatsen")
    p.add_argument("--thema", metavar="THEMA",
                   help="alleen dit thema (de naam, een uniek deel ervan of het Movisie-nummer)")
    p.add_argument("--o", choices=[o.value for o in O], metavar="O",
                   help="alleen deze O: " + ", ".join(o.value for o in O))
    p.add_argument("--partnertype", metavar="TYPE",
                   help="alleen activiteiten/producten van projecten met een partner van dit "
                        "type (code, bijv. gemeente); bij bijdragen: partners van dit type")
    p.add_argument("--out", type=Path, metavar="BESTAND",
                   help="schrijf de tabel naar BESTAND.xlsx of BESTAND.csv")
    p.add_argument("--json", action="store_true",
                   help="uitvoer als JSON (vaste sleutels, zie README)")
    p.set_defaults(run=run)


def _text_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    widths[0] = min(widths[0], 48)
    lines = []
    for r in rows:
        first = r[0] if len(r[0]) <= widths[0] else r[0][:widths[0] - 1] + "…"
        lines.append("  ".join([first.ljust(widths[0]),
                                *(c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True))]))
    return "\n".join(lines)


def _fmt(v: int | Decimal) -> str:
    return fmt_amount(v) if isinstance(v, Decimal) else fmt_int(v)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.jaar is not None and (args.van is not None or args.tot is not None):
        return fail("Geef --jaar of --van/--tot, niet allebei.")
    try:
        db = Database.open_readonly(path)
    except (SchemaError, FileNotFoundError) as exc:
        return fail(str(exc))
    with db:
        services = Services(db)
        ref = services.reference
        try:
            f = DashboardFilter(
                jaar_van=args.jaar if args.jaar is not None else args.van,
                jaar_tot=args.jaar if args.jaar is not None else args.tot,
                werkplaats_ids=tuple(ref.werkplaats_ids(args.werkplaats)),
                thema_id=ref.thema_id(args.thema) if args.thema is not None else None,
                o=args.o,
                partner_type=(ref.partner_type_code(args.partnertype)
                              if args.partnertype is not None else None))
        except LookupError as exc:
            return fail(str(exc))
        try:
            table = services.draaitabel.compute(args.rijen, args.kolommen, args.waarde, f)
        except DraaitabelError as exc:  # a choice that does not fit: wrong usage
            fail(str(exc))
            return 2
        words = services.dashboard.describe(f)
    if args.out is not None:
        from werkplaats_desktop.reports.draaitabel import write

        try:
            write(table, args.out, words, path.name)
        except ExportError as exc:
            return fail(str(exc))
    if args.json:
        print(json.dumps(as_json(table), ensure_ascii=False, indent=2))
    elif args.out is not None:
        print(f"Draaitabel geschreven: {args.out}")
    else:
        from werkplaats_desktop.reports.draaitabel import sheet

        sh = sheet(table, words, path.name)
        print(sh.title)
        print(f"Filter: {words.line()}")
        rows = [sh.header, *([r[0], *(_fmt(v) for v in r[1:])] for r in sh.body),
                [sh.totals[0], *(_fmt(v) for v in sh.totals[1:])]]
        print(_text_table([[str(c) for c in r] for r in rows]))
        print(f"Telregel: {TELREGEL}")
    return 0
