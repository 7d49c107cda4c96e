"""``werkplaats check --db PATH``: is the database file sound?

Runs ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` and checks that the file is a
Werkplaats database. On a PostgreSQL server: the schema revision, every foreign key and the
number of records per werkplaats. Reads only (safe while the program has the file open).
Exit code 0 when the file is sound, 1 with a readable Dutch list of what is wrong otherwise.
"""

from __future__ import annotations

import argparse
import sys

from werkplaats_desktop.cli.common import add_db_option, db_path
from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.store import (
    CheckResult,
    SchemaError,
    ServerCheck,
    ServerTarget,
    full_check,
    server_check,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check", help="controleer of de database heel is",
        description="Controleert de opbouw van het databasebestand (integrity_check) en alle "
                    "verwijzingen tussen records (foreign_key_check). Het bestand wordt niet "
                    "gewijzigd. Op een PostgreSQL-server: de schemaversie, alle verwijzingen en "
                    "het aantal records per werkplaats. Uitvoercode 0 als alles in orde is, "
                    "anders 1.",
    )
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = db_path(args)
    if isinstance(target, ServerTarget):
        # on a server: schema revision, every foreign key, records per werkplaats (the server
        # keeps its own files sound: SQLite's integrity_check has no counterpart there)
        try:
            result: CheckResult | ServerCheck = server_check(target)
        except SchemaError as exc:
            print(f"werkplaats: {exc}", file=sys.stderr)
            return 1
    else:
        result = full_check(target, default_backup_dir())
    if result.sound:
        print(result.report())
        return 0
    print(result.report(), file=sys.stderr)
    return 1
