"""Shared pieces of the subcommands: the --db option, error reporting, opening a file
read-only and finding werkplaatsen by (part of) their name."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.locations import default_database_path
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.engine import make_engine
from werkplaats_desktop.store.migrate import (
    SchemaError,
    check_openable,
    head_revision,
    inspect_file,
)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, metavar="PAD",
        help="het databasebestand (standaard: de eigen database in de gebruikersmap)",
    )


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_database_path()


def fail(message: str) -> int:
    print(f"werkplaats: {message}", file=sys.stderr)
    return 1


def werkplaats_ids(s: Session, names: list[str]) -> list[int]:
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


def open_readonly(path: Path) -> Session:
    state = inspect_file(path)
    if not state.exists:
        raise FileNotFoundError(f"Het bestand {path} bestaat niet.")
    check_openable(state, path)
    if state.revision != head_revision():
        raise SchemaError(f"'{path.name}' heeft een oudere schemaversie ({state.revision}). "
                          "Open het eerst met Werkplaats Desktop om het bij te werken. "
                          "Het bestand is niet gewijzigd.")
    return Session(bind=make_engine(path, readonly=True))
