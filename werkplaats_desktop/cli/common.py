"""Shared pieces of the subcommands: the --db option and error reporting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkplaats_desktop.domain.messages import message_of
from werkplaats_desktop.locations import default_database_path
from werkplaats_desktop.store import SchemaError, ServerTarget, parse_target


def db_argument(value: str) -> Path | ServerTarget:
    """``--db``: a file path, or ``postgresql://gebruiker@server:poort/database``."""
    try:
        return parse_target(value)
    except SchemaError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


#: the help of every command's ``--db`` (tests/test_cli_help.py checks that each says both)
DB_HELP = ("de database: een bestand (standaard: de eigen database in de gebruikersmap) of "
           "een gedeelde database (PostgreSQL): "
           "postgresql://gebruiker@server:poort/database (het wachtwoord uit PGPASSWORD of "
           "~/.pgpass)")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=db_argument, default=None, metavar="PAD", help=DB_HELP)


def db_path(args: argparse.Namespace) -> Path | ServerTarget:
    """The store the command works on: a file path, or a database on a PostgreSQL server."""
    return args.db if args.db is not None else default_database_path()


def fail(message: object) -> int:
    """Print ``message`` (a text, a :class:`~werkplaats_desktop.domain.messages.Message` or an
    exception, told in Dutch) to stderr; returns exit code 1."""
    text = message_of(message) if isinstance(message, BaseException) else str(message)
    print(f"werkplaats: {text}", file=sys.stderr)
    return 1
