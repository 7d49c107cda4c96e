"""The store: one SQLite file (or a database on a PostgreSQL server, store/pg.py), opened,
checked, migrated, written through one door, backed up.

This is the store's public face: the GUI and the command line use what is named here and
nothing else of the store (``tests/test_architecture.py``). The core layers above it
(services, exchange) may also use the ORM mapping (``store.orm``) and the engine.
"""

from werkplaats_desktop.store.backups import (
    Backup,
    BackupSet,
    PreparedRestore,
    RestoreReport,
    Retention,
    keep_aside,
    prepare_restore,
    restore,
)
from werkplaats_desktop.store.database import (
    RECONNECTED,
    BackgroundCheck,
    Change,
    ChangeKind,
    Database,
    check_before_open,
)
from werkplaats_desktop.store.filecopy import BackupError, backup_name, copy_database, verify
from werkplaats_desktop.store.integrity import (
    CheckResult,
    DatabaseCorrupt,
    InterruptedWrite,
    full_check,
    looks_like_sqlite,
    refuse_if_interrupted,
)
from werkplaats_desktop.store.location import LocationRisk, assess
from werkplaats_desktop.store.lock import DatabaseInUse, FileLock, acquire
from werkplaats_desktop.store.migrate import (
    DatabaseTooNew,
    NotAWerkplaatsDatabase,
    SchemaError,
    head_revision,
)
from werkplaats_desktop.store.pg import ServerCheck, ServerUnavailable
from werkplaats_desktop.store.pg import full_check as server_check
from werkplaats_desktop.store.pg_backup import DumpError, DumpResult, size_text
from werkplaats_desktop.store.pg_backup import backup_folder as server_backup_folder
from werkplaats_desktop.store.pg_backup import dump as dump_server
from werkplaats_desktop.store.pg_backup import dump_name as server_dump_name
from werkplaats_desktop.store.pg_errors import explain as explain_server_error
from werkplaats_desktop.store.pg_errors import may_not_create_roles
from werkplaats_desktop.store.pg_roles import LANDELIJK as LANDELIJK_ROLE
from werkplaats_desktop.store.pg_roles import install as install_roles
from werkplaats_desktop.store.pg_roles import statements_for as role_statements
from werkplaats_desktop.store.target import ServerTarget, is_server, parse_target
from werkplaats_desktop.store.undo import UndoConflict
from werkplaats_desktop.store.version import data_version

__all__ = [
    "RECONNECTED",
    "LANDELIJK_ROLE",
    "explain_server_error",
    "may_not_create_roles",
    "Backup",
    "BackgroundCheck",
    "BackupError",
    "BackupSet",
    "Change",
    "ChangeKind",
    "CheckResult",
    "Database",
    "DatabaseCorrupt",
    "DatabaseInUse",
    "DatabaseTooNew",
    "DumpError",
    "DumpResult",
    "InterruptedWrite",
    "FileLock",
    "LocationRisk",
    "NotAWerkplaatsDatabase",
    "PreparedRestore",
    "RestoreReport",
    "Retention",
    "SchemaError",
    "ServerCheck",
    "ServerUnavailable",
    "ServerTarget",
    "acquire",
    "assess",
    "backup_name",
    "check_before_open",
    "copy_database",
    "data_version",
    "dump_server",
    "full_check",
    "head_revision",
    "install_roles",
    "is_server",
    "keep_aside",
    "looks_like_sqlite",
    "parse_target",
    "prepare_restore",
    "refuse_if_interrupted",
    "restore",
    "role_statements",
    "server_backup_folder",
    "server_check",
    "server_dump_name",
    "size_text",
    "UndoConflict",
    "verify",
]
