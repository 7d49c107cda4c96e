"""``werkplaats nieuw PAD``: make a new, empty database (through the migrations, as the
program does for a new file). Refuses an existing file."""

from __future__ import annotations

import argparse
from pathlib import Path

from werkplaats_desktop.cli.common import fail
from werkplaats_desktop.domain.messages import BESTAAT_AL, Message, is_folder
from werkplaats_desktop.store import Database, SchemaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "nieuw", help="maak een nieuwe, lege database",
        description="Maakt een nieuw databasebestand met de standaardgegevens (thema's, "
                    "provincies, gemeenten, soorten) en verder niets, zoals het programma "
                    "een nieuw bestand maakt. Een bestaand bestand wordt niet overschreven.",
    )
    p.add_argument("path", type=Path, metavar="PAD", help="nieuw bestand (mag nog niet bestaan)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
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
