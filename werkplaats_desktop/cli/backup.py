"""``werkplaats backup --db PATH [--naar MAP]``: make a verified backup now.

Without ``--naar`` the copy joins the file's own backups in the standard backup folder (the
same ones the program makes and thins, see store/backups.py); with ``--naar`` it is written
into MAP and left there (no thinning in a folder of your own). Safe while the program has the
file open. Prints the path of the copy.

On a PostgreSQL server (``--db postgresql://...``) the backup is made by the server's own
tool, ``pg_dump`` (store/pg_backup.py), in its custom format, named and placed as a file's
backups are (``<database>-<tijd>-handmatig.dump``), never thinned. Without pg_dump, or when it
fails, the command says in Dutch what to do and which pg_dump command to use, and exits 1.
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
    DumpError,
    InterruptedWrite,
    ServerTarget,
    backup_name,
    copy_database,
    dump_server,
    looks_like_sqlite,
    refuse_if_interrupted,
    server_backup_folder,
    server_dump_name,
    size_text,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup", help="maak een gecontroleerde backup",
        description="Maakt een kopie van de database, controleert die en geeft hem pas dan "
                    "zijn naam. Zonder --naar komt de kopie bij de andere backups van dit "
                    "bestand in de standaard backupmap (oude backups worden daar uitgedund). "
                    "Een gedeelde database (--db postgresql://...) wordt gekopieerd met "
                    "pg_dump van PostgreSQL (op het PATH of in de gebruikelijke "
                    "installatiemap), met hetzelfde adres en het wachtwoord uit PGPASSWORD of "
                    "~/.pgpass, in het eigen formaat van PostgreSQL (pg_dump -Fc, terugzetten "
                    "met pg_restore): een bestand <database>-<tijd>-handmatig.dump in de "
                    "standaard backupmap of in --naar (niet uitgedund). Zonder pg_dump, of als "
                    "pg_dump het niet kan, zegt de opdracht wat u kunt doen en is de "
                    "uitvoercode 1.",
    )
    add_db_option(p)
    p.add_argument("--naar", type=Path, default=None, metavar="MAP",
                   help="schrijf de backup in deze map (wordt zo nodig gemaakt)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = db_path(args)
    if isinstance(source, ServerTarget):
        return _server_backup(source, args.naar)
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


def _server_backup(target: ServerTarget, folder: Path | None) -> int:
    """``pg_dump -Fc`` of the server database into the backup folder (or ``--naar``)."""
    if folder is None:
        folder = server_backup_folder(target, default_backup_dir())
    out = folder / server_dump_name(target, "handmatig")
    try:
        result = dump_server(target, out)
    except DumpError as exc:
        return fail(str(exc))
    checked = " en gecontroleerd met pg_restore --list" if result.checked_with_pg_restore else ""
    print(f"Backup van {target.name} gemaakt met pg_dump{checked}: {result.path} "
          f"({size_text(result.size)}).")
    print(f"Terugzetten: {target.pg_restore_command(str(result.path))}")
    return 0
