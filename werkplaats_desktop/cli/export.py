"""``werkplaats export --db PATH --out FILE [--profiel excel-nl|standaard]
[--soort landelijk|volledig] [--met-persoonsgegevens]``: write an export (docs/uitwisselformaat.md).
``--out x.xlsx`` writes the landelijk overzicht as an Excel workbook (``exchange/xlsx.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.domain.messages import is_folder
from werkplaats_desktop.domain.plurals import noun
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.files import ExportError
from werkplaats_desktop.exchange.profiles import PROFILES
from werkplaats_desktop.exchange.targets import extension_problem
from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.store import Database, SchemaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        help="exporteer voor het landelijk overleg of de hele database",
        description="Schrijft het landelijk overzicht (één CSV-bestand met een rij per "
        "activiteit en per product) of een volledige export (ZIP met een "
        "CSV-bestand per soort record en manifest.json). Het formaat staat in "
        "docs/uitwisselformaat.md. Het doelbestand wordt pas vervangen als de "
        "export helemaal klaar is.",
    )
    add_db_option(p)
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="het bestand dat geschreven wordt: .csv of .xlsx bij --soort landelijk (.xlsx: "
        "een Excel-werkmap om te lezen, met Nederlandse kolomkoppen, namen in plaats van codes, "
        "echte datums en getallen), .zip bij --soort volledig; een andere extensie wordt "
        "geweigerd",
    )
    p.add_argument(
        "--profiel",
        choices=sorted(PROFILES),
        default="excel-nl",
        help="excel-nl (als niets gekozen is): UTF-8 met BOM, ';' en decimale komma; "
        "opent goed in Excel met Nederlandse instellingen. standaard: UTF-8 "
        "zonder BOM, ',' en decimale punt, voor andere programma's",
    )
    p.add_argument(
        "--soort",
        choices=(LANDELIJK, VOLLEDIG),
        default=LANDELIJK,
        help="landelijk (als niets gekozen is): het overzicht voor het landelijk "
        "overleg; volledig: alles, om in een andere database in te lezen",
    )
    p.add_argument(
        "--met-persoonsgegevens",
        action="store_true",
        help="neem namen, e-mailadressen en telefoonnummers van contactpersonen op "
        "(alleen bij --soort volledig)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.met_persoonsgegevens and args.soort != VOLLEDIG:
        print(
            "werkplaats: --met-persoonsgegevens kan alleen bij --soort volledig; het landelijk "
            "overzicht bevat nooit persoonsgegevens.",
            file=sys.stderr,
        )
        return 2
    if args.out.is_dir():
        example = "landelijk.csv" if args.soort == LANDELIJK else "export.zip"
        return fail(is_folder(args.out, example))
    wrong = extension_problem(args.soort, args.out)
    if wrong is not None:
        print(f"werkplaats: {wrong}", file=sys.stderr)
        return 2
    excel = args.out.suffix.lower() == ".xlsx"
    path = db_path(args)
    if isinstance(path, Path) and path.is_dir():
        return fail(is_folder(path))
    if isinstance(path, Path) and not path.is_file():
        return fail(f"De database {path} bestaat niet.")
    try:
        # read only, like stats: safe while the program has the file open (one read
        # transaction gives a consistent export); a file of an older schema is upgraded first
        db = Database.open_readonly(path)
    except SchemaError as exc:
        if type(exc) is not SchemaError:  # too new, not ours, an interrupted write
            return fail(str(exc))
        try:
            db = Database.open(path, backup_dir=default_backup_dir())
        except SchemaError as again:
            return fail(str(again))
    options = ExportOptions(
        soort=args.soort,
        profiel=PROFILES[args.profiel],
        persoonsgegevens=args.met_persoonsgegevens,
        excel=excel,
    )
    try:
        result = export(db, args.out, options)
    except ExportError as exc:
        return fail(exc)
    finally:
        db.close()
    total = sum(result.rows.values())
    spelled = "Excel-werkmap" if excel else f"profiel {options.profiel.key}"
    print(
        f"Geëxporteerd: {result.path} ({total} {noun(total, 'rij')}, {spelled}"
        f"{', met persoonsgegevens' if options.persoonsgegevens else ''})."
    )
    return 0
