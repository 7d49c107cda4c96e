"""The ``werkplaats`` command: scripting and checks without the window.

Every subcommand lives in its own module with ``register(subparsers)``; each returns an exit
code (0 = success) and writes problems in Dutch to stderr. See README, "Command line".
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from werkplaats_desktop import __version__
from werkplaats_desktop.cli import (
    backup,
    check,
    demo,
    draaitabel,
    dutch_argparse,
    export,
    import_,
    info,
    nieuw,
    rollen,
    selftest,
    stats,
    status,
)
from werkplaats_desktop.cli.common import fail

#: subcommand modules, in the order --help lists them
COMMANDS = (nieuw, demo, info, check, backup, export, import_, stats, status, draaitabel, rollen,
            selftest)

EPILOG = """\
Uitvoercodes: 0 = gelukt; 1 = mislukt (de reden staat op stderr); 2 = verkeerd aangeroepen.
Zonder --db gebruikt een opdracht de eigen database in de gebruikersmap."""


def build_parser() -> argparse.ArgumentParser:
    dutch_argparse.install()
    parser = argparse.ArgumentParser(
        prog="werkplaats",
        description="Werkplaats Desktop op de opdrachtregel: voorbeelddata, informatie, "
                    "controles, cijfers en uitwisseling.",
        epilog=EPILOG,
        formatter_class=dutch_argparse.DutchHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="toon het versienummer en stop")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True,
                                title="opdrachten")
    for module in COMMANDS:
        module.register(sub)
    return parser


#: what a shell reports for a program stopped by a closed pipe (128 + SIGPIPE)
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # a closed pipe is noticed here, not at the interpreter's exit
        return code
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader stopped reading (``werkplaats stats | head``): stop quietly, as other
        # programs do; what is still buffered for stdout goes nowhere instead of failing again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # a file the command could not read or write: say so in Dutch
        return fail(exc)
    except Exception as exc:
        # a right the login lacks on a shared database, or a server that went away: a Dutch
        # sentence (store/pg_errors.py), not a traceback; anything else is a bug and is raised
        from werkplaats_desktop.store import ServerTarget
        from werkplaats_desktop.store import explain_server_error as explain

        target = next((t for t in (getattr(args, "db", None), getattr(args, "doel", None))
                       if isinstance(t, ServerTarget)), None)
        told = explain(exc, target)
        if told is None:
            raise
        return fail(told)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
