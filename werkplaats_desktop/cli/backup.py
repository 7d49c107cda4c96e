"""``werkplaats backup --db PATH [--naar MAP]``: make a verified backup now.

Without ``--naar`` the copy joins the file's own backups in the standard backup folder (the
same ones the program makes and thins, see store/backups.py); with ``--naar`` it is written
into MAP and left there (no thinning in a folder of your own). Safe while the program has the
file open. Prints the path of the copy.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkplaats_desktop.cli.common import add_db_option, db_path, fail
from werkplaats_desktop.domain.messages import NIET_GEVONDEN, Message, is_folder, os_error
from werkplaats_desktop.locations import default_backup_dir
from werkplaats_desktop.store import (
    BackupError,
    BackupSet,
    InterruptedWrite,
    ServerTarget,
    backup_name,
    copy_database,
    looks_like_sqlite,
    refuse_if_interrupted,
)

#: backups of a server database are the server's (README, "Een gedeelde database")
SERVER_BACKUPS = (
    "De database {name} staat op een PostgreSQL-server: backups daarvan maakt de server, "
    "niet dit programma. Vraag de beheerder of er dagelijks een backup wordt gemaakt, of maak "
    "er zelf een met: {dump} (terugzetten: {restore}). Een eigen kopie van uw gegevens: "
    "werkplaats export --soort volledig.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup", help="maak een gecontroleerde backup",
        description="Maakt een kopie van de database, controleert die en geeft hem pas dan "
                    "zijn naam. Zonder --naar komt de kopie bij de andere backups van dit "
                    "bestand in de standaard backupmap (oude backups worden daar uitgedund).",
    )
    add_db_option(p)
    p.add_argument("--naar", type=Path, default=None, metavar="MAP",
                   help="schrijf de backup in deze map (wordt zo nodig gemaakt)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = db_path(args)
    if isinstance(source, ServerTarget):
        return fail(SERVER_BACKUPS.format(name=source.name, dump=source.pg_dump_command(),
                                          restore=source.pg_restore_command()))
    if source.is_dir():
        return fail(is_folder(source))
    if not source.is_file():
        return fail(Message(NIET_GEVONDEN, {"pad": str(source)}))
    if not looks_like_sqlite(source):
        return fail(f"'{source.name}' is geen database; er is geen backup gemaakt.")
    try:
        refuse_if_interrupted(source)  # a read-only copy cannot roll that write back
    except InterruptedWrite as exc:
        return fail(str(exc))
    try:
        if args.naar is not None:
            target = copy_database(source, args.naar / backup_name(source, "handmatig"))
        else:
            target = BackupSet(source, default_backup_dir()).make("handmatig").path
    except BackupError as exc:
        return fail(f"Er is geen backup gemaakt: {exc}")
    except OSError as exc:
        return fail(f"Er is geen backup gemaakt: {os_error(exc, args.naar, writing=True)}")
    print(target)
    return 0
