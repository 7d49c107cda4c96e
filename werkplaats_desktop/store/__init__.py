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
from werkplaats_desktop.store.database import Change, ChangeKind, Database
from werkplaats_desktop.store.filecopy import BackupError, backup_name, copy_database, verify
from werkplaats_desktop.store.integrity import (
    CheckResult,
    DatabaseCorrupt,
    full_check,
    looks_like_sqlite,
)
from werkplaats_desktop.store.location import LocationRisk, assess
from werkplaats_desktop.store.lock import DatabaseInUse, acquire
from werkplaats_desktop.store.migrate import (
    DatabaseTooNew,
    NotAWerkplaatsDatabase,
    SchemaError,
    head_revision,
)
from werkplaats_desktop.store.target import ServerTarget, is_server, parse_target

__all__ = [
    "Backup",
    "BackupError",
    "BackupSet",
    "Change",
    "ChangeKind",
    "CheckResult",
    "Database",
    "DatabaseCorrupt",
    "DatabaseInUse",
    "DatabaseTooNew",
    "LocationRisk",
    "NotAWerkplaatsDatabase",
    "PreparedRestore",
    "RestoreReport",
    "Retention",
    "SchemaError",
    "ServerTarget",
    "acquire",
    "assess",
    "backup_name",
    "copy_database",
    "full_check",
    "head_revision",
    "is_server",
    "keep_aside",
    "looks_like_sqlite",
    "parse_target",
    "prepare_restore",
    "restore",
    "verify",
]
