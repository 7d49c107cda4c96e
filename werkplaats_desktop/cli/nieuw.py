"""``werkplaats nieuw DOEL``: make a new, empty database: a file, or the tables in a database
on a PostgreSQL server (``postgresql://gebruiker@server:poort/database``).

On a server the database itself is made by its administrator (``createdb``); this command
creates the tables with the same Alembic revisions as a file gets, or brings an older schema
up to date. A database of a newer version, or one with other tables in it, is refused and
left as it was.
"""

from __future__ import annotations

import argparse

from werkplaats_desktop.cli.common import db_argument, fail
from werkplaats_desktop.store import Database, SchemaError, ServerTarget


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "nieuw", help="maak een nieuwe, lege database (bestand of PostgreSQL-server)",
        description="Maakt een nieuwe, lege database: een bestand (dat nog niet mag bestaan), "
                    "of de tabellen in een database op een PostgreSQL-server "
                    "(postgresql://gebruiker@server:poort/database; de database zelf maakt de "
                    "beheerder met createdb). Een oudere schemaversie wordt bijgewerkt; een "
                    "nieuwere of een database met andere tabellen wordt geweigerd.",
    )
    p.add_argument("doel", type=db_argument, metavar="DOEL",
                   help="nieuw bestand, of postgresql://gebruiker@server:poort/database")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = args.doel
    if not isinstance(target, ServerTarget) and target.exists():
        return fail(f"{target} bestaat al; kies een nieuw bestand.")
    try:
        db = Database.open(target)
    except SchemaError as exc:
        return fail(str(exc))
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
