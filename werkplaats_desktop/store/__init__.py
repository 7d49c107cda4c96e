"""The store: one SQLite file, opened, checked, migrated, written through one door, backed up.

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

__all__ = [
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
    "InterruptedWrite",
    "FileLock",
    "LocationRisk",
    "NotAWerkplaatsDatabase",
    "PreparedRestore",
    "RestoreReport",
    "Retention",
    "SchemaError",
    "acquire",
    "assess",
    "backup_name",
    "check_before_open",
    "copy_database",
    "full_check",
    "head_revision",
    "keep_aside",
    "looks_like_sqlite",
    "prepare_restore",
    "refuse_if_interrupted",
    "restore",
    "verify",
]
