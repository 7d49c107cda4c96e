"""``werkplaats demo PATH``: write the demo database (the 14 Wmo-werkplaatsen, example data)."""

from __future__ import annotations

import argparse
from pathlib import Path

from werkplaats_desktop.cli.common import fail
from werkplaats_desktop.demo.builder import DEFAULT_SEED, build_demo
from werkplaats_desktop.domain.messages import BESTAAT_AL, Message
from werkplaats_desktop.store import SchemaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "demo", help="maak een voorbeelddatabase",
        description="Schrijft een nieuwe voorbeelddatabase: de 14 Wmo-werkplaatsen uit 'Uit de "
                    "steigers' (2015) met gegenereerde projecten, activiteiten, producten en "
                    "bijdragen over 2009-2015. Dezelfde --seed geeft dezelfde database.",
    )
    p.add_argument("path", type=Path, metavar="PAD", help="nieuw bestand (mag nog niet bestaan)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help=f"startwaarde van de generator (standaard {DEFAULT_SEED})")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.path.exists():
        return fail(Message(BESTAAT_AL, {"pad": str(args.path)}))
    try:
        build_demo(args.path, seed=args.seed)
    except (SchemaError, OSError) as exc:
        return fail(exc)
    print(f"Voorbeelddatabase geschreven: {args.path}")
    return 0
