"""``werkplaats self-test [--db postgresql://...] [--resultaat PAD]``: check that this copy of
the program works (with ``--db``: on a shared database, in a temporary schema there).

See ``werkplaats_desktop/selftest.py`` for what is checked and why. The console program of the
Windows bundle runs it too; CI runs it on the frozen bundle and on an installed wheel.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkplaats_desktop.cli.common import db_argument
from werkplaats_desktop.store import ServerTarget


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "self-test", help="controleer of dit programma goed werkt",
        description="Controleert in een tijdelijke map of het programma werkt: een database "
                    "maken via de migraties, van elke soort een record schrijven en "
                    "teruglezen, een dashboardgrafiek tekenen (PNG, SVG, PDF), het landelijk "
                    "overzicht (CSV) exporteren en weer inlezen, en de vertalingen laden. Uw "
                    "eigen gegevens worden niet gebruikt. Uitvoercode 0 als alles goed is, "
                    "anders 1 met de reden. Met --db postgresql://... gebeurt hetzelfde op een "
                    "gedeelde database: in een tijdelijk schema (wp_selftest_...) dat na afloop "
                    "wordt verwijderd, ook na een fout; de eigen gegevens worden alleen gelezen "
                    "(klopt de schemaversie?). Daarvoor moet de rol een schema mogen maken (het "
                    "recht CREATE op de database).",
    )
    p.add_argument("--db", type=server_argument, default=None,
                   metavar="postgresql://gebruiker@server:poort/database",
                   help="test op deze gedeelde database (het wachtwoord uit PGPASSWORD of "
                        "~/.pgpass) in plaats van in een tijdelijke map")
    p.add_argument("--resultaat", type=Path, default=None, metavar="PAD",
                   help="schrijf het volledige resultaat ook naar dit tekstbestand")
    p.set_defaults(run=run)


def server_argument(value: str) -> ServerTarget:
    target = db_argument(value)
    if not isinstance(target, ServerTarget):
        raise argparse.ArgumentTypeError(
            "--db is bij de zelftest alleen voor een gedeelde database "
            "(postgresql://gebruiker@server:poort/database); zonder --db test het programma "
            "in een tijdelijke map, uw eigen databasebestand wordt nooit gebruikt")
    return target


def run(args: argparse.Namespace) -> int:
    from werkplaats_desktop.selftest import run_cli

    return run_cli(args.resultaat, server=args.db)
