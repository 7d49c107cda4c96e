"""``werkplaats import --db PATH [--ook-ouder] FILE...``: read exports of werkplaatsen (or
their database files, ``.sqlite``) into a database (a national overview).

All files are checked first and written in one transaction: when any file is refused, the
report goes to stderr, the exit code is 1 and the database is unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.store import Database, SchemaError, ServerTarget


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="lees exports of databasebestanden van werkplaatsen in (landelijk overzicht)",
        description="Leest volledige exports (ZIP of map met manifest.json), landelijke "
        "overzichten (CSV) en databasebestanden van Werkplaats Desktop (.sqlite, zoals de "
        "eigen database van een werkplaats: gelezen als zijn volledige export, met "
        "contactpersonen) in, ook in een gedeelde database (--db postgresql://...). Alles "
        "wordt eerst gecontroleerd en dan in één keer "
        "opgeslagen: bij een fout wordt niets gewijzigd en staat het verslag op "
        "stderr. Opnieuw inlezen werkt bij, zonder dubbele records. Werkplaatsen "
        "worden herkend op code en naam; een export brengt de records van zijn eigen "
        "werkplaats (zonder eigen werkplaats: van elke werkplaats erin). Bestaat de "
        "database nog niet, dan wordt hij gemaakt (een landelijk overzicht); een database "
        "met een eigen werkplaats leest geen exports in.",
    )
    add_db_option(p)
    p.add_argument(
        "--ook-ouder",
        action="store_true",
        help="lees een export ook in als hij ouder is dan de eerder ingelezen export van die "
        "werkplaats (zonder deze optie wordt hij geweigerd, met beide datums)",
    )
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="BESTAND",
        help="exports (.zip, map, .csv) of databasebestanden (.sqlite) om in te lezen, in "
        "deze volgorde",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    existed = isinstance(path, ServerTarget) or path.exists()
    try:
        db = Database.open(path, backup_dir=default_backup_dir())
    except SchemaError as exc:
        return fail(str(exc))
    try:
        report = import_files(db, args.files, allow_older=args.ook_ouder)
    finally:
        db.close()
    if report.refused:
        if not existed and isinstance(path, Path):  # made for this import: nothing to keep
            path.unlink(missing_ok=True)
        print(report.text(), file=sys.stderr)
        return 1
    print(report.text())
    return 0
