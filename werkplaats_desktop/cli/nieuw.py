"""``werkplaats nieuw PAD``: make a new, empty database (through the migrations, as the
program does for a new file). Refuses an existing file.

``PAD`` may also be a database on a PostgreSQL server (``postgresql://gebruiker@server:poort/
database``): its administrator makes the database itself (``createdb``); this command creates
the tables with the same Alembic revisions as a file gets, or brings an older schema up to
date. A database of a newer version, or one with other tables in it, is refused and left as it
was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkplaats_desktop.cli.common import db_argument, fail
from werkplaats_desktop.domain.messages import BESTAAT_AL, Message, is_folder
from werkplaats_desktop.store import Database, SchemaError, ServerTarget


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "nieuw", help="maak een nieuwe, lege database (bestand of PostgreSQL-server)",
        description="Maakt een nieuw databasebestand met de standaardgegevens (thema's, "
                    "provincies, gemeenten, soorten) en verder niets, zoals het programma "
                    "een nieuw bestand maakt. Een bestaand bestand wordt niet overschreven. "
                    "Of: de tabellen in een database op een PostgreSQL-server "
                    "(postgresql://gebruiker@server:poort/database; de database zelf maakt de "
                    "beheerder met createdb). Een oudere schemaversie wordt bijgewerkt; een "
                    "nieuwere of een database met andere tabellen wordt geweigerd.",
    )
    p.add_argument("path", type=db_argument, metavar="PAD",
                   help="nieuw bestand (mag nog niet bestaan), of "
                        "postgresql://gebruiker@server:poort/database")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if isinstance(args.path, ServerTarget):
        return _on_server(args.path)
    path: Path = args.path
    if path.is_dir():
        return fail(is_folder(path))
    if path.exists():
        return fail(Message(BESTAAT_AL, {"pad": str(path)}))
    try:
        db = Database.open(path)
    except (SchemaError, OSError) as exc:
        return fail(exc)
    revision = db.upgrade_report.to_revision
    db.close()
    print(f"Nieuwe, lege database gemaakt: {path} (schemaversie {revision}).")
    return 0


def _on_server(target: ServerTarget) -> int:
    try:
        db = Database.open(target)
    except SchemaError as exc:
        return fail(exc)
    report = db.upgrade_report
    name = db.display_name
    db.close()
    if report.created:
        print(f"Nieuwe database gemaakt: {name} (schemaversie {report.to_revision}).")
    elif report.from_revision != report.to_revision:
        print(f"Database {name} bijgewerkt van schemaversie {report.from_revision} naar "
              f"{report.to_revision}.")
    else:
        print(f"De database {name} bestond al en is bij (schemaversie {report.to_revision}); "
              "er is niets gewijzigd.")
    return 0
