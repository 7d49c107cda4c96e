"""Shared pieces of the subcommands: the --db option and error reporting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkplaats_desktop.domain.messages import message_of
from werkplaats_desktop.locations import default_database_path


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, metavar="PAD",
        help="het databasebestand (standaard: de eigen database in de gebruikersmap)",
    )


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_database_path()


def fail(message: object) -> int:
    """Print ``message`` (a text, a :class:`~werkplaats_desktop.domain.messages.Message` or an
    exception, told in Dutch) to stderr; returns exit code 1."""
    text = message_of(message) if isinstance(message, BaseException) else str(message)
    print(f"werkplaats: {text}", file=sys.stderr)
    return 1
