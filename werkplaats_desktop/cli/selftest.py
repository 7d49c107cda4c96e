"""``werkplaats self-test [--resultaat PAD]``: check that this copy of the program works.

See ``werkplaats_desktop/selftest.py`` for what is checked and why. The console program of the
Windows bundle runs it too; CI runs it on the frozen bundle and on an installed wheel.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "self-test", help="controleer of dit programma goed werkt",
        description="Controleert in een tijdelijke map of het programma werkt: een database "
                    "maken via de migraties, van elke soort een record schrijven en "
                    "teruglezen, een dashboardgrafiek tekenen (PNG, SVG, PDF), het landelijk "
                    "overzicht (CSV) exporteren en weer inlezen, en de vertalingen laden. Uw "
                    "eigen gegevens worden niet gebruikt. Uitvoercode 0 als alles goed is, "
                    "anders 1 met de reden.",
    )
    p.add_argument("--resultaat", type=Path, default=None, metavar="PAD",
                   help="schrijf het volledige resultaat ook naar dit tekstbestand")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from werkplaats_desktop.selftest import run_cli

    return run_cli(args.resultaat)
