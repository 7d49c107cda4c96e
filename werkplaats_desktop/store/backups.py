"""The backups of one database: where they live, when one is due, thinning, restore.

Every database has its own backup folder, ``<root>/<name>-<8 hex>`` (the hex part comes from
the file's full path, so two files that are both called ``werkplaats.sqlite`` never share, or
thin away, each other's backups). ``root`` is the user's backup folder (changeable in the GUI,
``--naar`` on the command line). Each copy is made by :func:`~.backup.copy_database`
(temporary file, verified, renamed) and named ``<name>-<YYYY-MM-DDTHHMMSS>-<reason>.sqlite``,
so the folder lists in time order and the name says why the copy was made.

Thinning keeps, like Anki: the newest few copies whatever their age, the newest copy of each
of the last days, weeks and months that have one (:class:`Retention`); everything else is
deleted. The clock is a parameter so that tests can simulate a year in a second.

A restore verifies the chosen copy, saves the current file first (a verified backup, or a
raw copy kept aside when the current file is damaged), and only then replaces the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.store.filecopy import BackupError, backup_name, copy_database, verify
from werkplaats_desktop.store.integrity import journal_path
from werkplaats_desktop.store.migrate import SchemaError, check_openable, inspect_file

Clock = Callable[[], datetime]

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\dT\d{6})-(?P<reason>[a-z0-9-]+)"
                   r"\.sqlite$")
_STAMP = "%Y-%m-%dT%H%M%S"

#: A verified backup younger than this counts as recent enough (promise: at most a day old).
MAX_AGE = timedelta(days=1)

#: Dutch descriptions of the reasons in backup names, for lists and messages.
REASONS = {
    "automatisch": QT_TRANSLATE_NOOP("Backups", "automatisch (dagelijks)"),
    "bij-afsluiten": QT_TRANSLATE_NOOP("Backups", "bij het afsluiten"),
    "handmatig": QT_TRANSLATE_NOOP("Backups", "zelf gemaakt"),
    "voor-herstel": QT_TRANSLATE_NOOP("Backups", "vóór het terugzetten van een backup"),
}
UPGRADE_REASON = QT_TRANSLATE_NOOP("Backups", "vóór de upgrade van schemaversie {revisie}")


@dataclass(frozen=True)
class Retention:
    """How many copies thinning keeps. The defaults keep personal data in backups for at most
    ``monthly`` months after it was deleted (see resources/handleiding/06-gegevensveiligheid.md)."""

    recent: int = 5
    daily: int = 7
    weekly: int = 8
    monthly: int = 12


@dataclass(frozen=True)
class Backup:
    path: Path
    when: datetime
    reason: str

    def describe(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """Why this copy was made, in Dutch (or through ``translate``)."""
        if self.reason.startswith("voor-upgrade-"):
            return translate(UPGRADE_REASON).format(
                revisie=self.reason.removeprefix("voor-upgrade-"))
        return translate(REASONS[self.reason]) if self.reason in REASONS else self.reason

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def folder_for(database: Path, root: Path) -> Path:
    """The backup folder of ``database`` inside ``root``."""
    key = os.path.normcase(str(Path(database).resolve()))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return Path(root) / f"{Path(database).stem}-{digest}"


def keep_aside(path: Path, folder: Path, when: datetime | None = None) -> Path:
    """Copy a (damaged) file byte for byte, with its journal if any, to ``folder/beschadigd``,
    without opening it with SQLite. Returns the copy's path."""
    target = folder / "beschadigd" / backup_name(path, "beschadigd", when)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    journal = journal_path(path)
    if journal.is_file() and journal.stat().st_size > 0:  # whatever state it is in
        shutil.copyfile(journal, target.with_name(target.name + "-journal"))
    return target


class BackupSet:
    """The backups of one database file in one backup root."""

    def __init__(self, database: Path, root: Path, *, clock: Clock = datetime.now,
                 retention: Retention | None = None):
        self.database = Path(database)
        self.root = Path(root)
        self.folder = folder_for(self.database, self.root)
        self.clock = clock
        self.retention = retention or Retention()

    # --- what is there ------------------------------------------------------------------

    def all(self) -> list[Backup]:
        """The backups of this database, newest first (only completed, renamed copies)."""
        found = []
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                m = _NAME.match(path.name)
                if m and m["stem"] == self.database.stem and path.is_file():
                    found.append(Backup(path, datetime.strptime(m["stamp"], _STAMP), m["reason"]))
        # names have whole seconds: within one second the file written last is the newest
        return sorted(found, key=lambda b: (b.when, b.path.stat().st_mtime_ns), reverse=True)

    def newest(self) -> Backup | None:
        backups = self.all()
        return backups[0] if backups else None

    def newest_sound(self) -> Backup | None:
        """The newest backup that passes the integrity check now."""
        for backup in self.all():
            try:
                verify(backup.path)
            except BackupError:
                continue
            return backup
        return None

    def due(self) -> bool:
        """True when there is no backup younger than :data:`MAX_AGE`."""
        newest = self.newest()
        return newest is None or self.clock() - newest.when >= MAX_AGE

    def changed_since_newest(self) -> bool:
        """True when the database was written after its newest backup was made (the file's
        modification time is later than the backup file's)."""
        newest = self.newest()
        if newest is None:
            return True
        return self.database.stat().st_mtime_ns > newest.path.stat().st_mtime_ns

    # --- making and thinning ------------------------------------------------------------

    def make(self, reason: str = "handmatig", *, thin: bool = True) -> Backup:
        """A verified copy of the database now, then thinning. Raises BackupError."""
        when = self.clock().replace(microsecond=0)
        path = copy_database(self.database, self.folder / backup_name(self.database, reason, when))
        if thin:
            self.thin()
        return Backup(path, when, reason)

    def make_if_due(self, reason: str = "automatisch") -> Backup | None:
        return self.make(reason) if self.due() else None

    def to_keep(self, backups: list[Backup]) -> set[Path]:
        r = self.retention
        keep = {b.path for b in backups[: r.recent]}
        for count, bucket in ((r.daily, lambda d: d.date()),
                              (r.weekly, lambda d: d.isocalendar()[:2]),
                              (r.monthly, lambda d: (d.year, d.month))):
            seen: list[object] = []
            for b in backups:  # newest first: the first of each bucket is its newest
                key = bucket(b.when)
                if key not in seen:
                    seen.append(key)
                    if len(seen) > count:
                        break
                    keep.add(b.path)
        return keep

    def thin(self) -> list[Path]:
        """Delete the backups that :class:`Retention` does not keep; returns what went."""
        backups = self.all()
        keep = self.to_keep(backups)
        removed = []
        for b in backups:
            if b.path not in keep:
                b.path.unlink(missing_ok=True)
                removed.append(b.path)
        return removed


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Backup
    #: the verified backup of the file as it was just before, or None when it was damaged
    previous: Path | None
    #: a raw copy of the damaged file as it was, when it could not be backed up normally
    kept_aside: Path | None


@dataclass
class PreparedRestore:
    """A restore whose slow parts are done: the chosen copy sits verified next to the file,
    and the current file has been saved. :meth:`complete` swaps it in; :meth:`discard`
    cancels."""

    backups: BackupSet
    chosen: Backup
    temporary: Path
    previous: Path | None
    kept_aside: Path | None

    def complete(self) -> RestoreReport:
        """Replace the database file (closed by the caller, lock kept) with the copy."""
        target = self.backups.database
        try:
            # A journal left by a crash belongs to the old file: rolled back into the restored
            # one it would damage it. The old file and its journal were saved by prepare.
            target.with_name(target.name + "-journal").unlink(missing_ok=True)
            os.replace(self.temporary, target)
        finally:
            self.discard()
        self.backups.thin()
        return RestoreReport(self.chosen, self.previous, self.kept_aside)

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)


def check_restorable(path: Path) -> None:
    """Raise BackupError (Dutch) unless ``path`` is a sound database this program can open."""
    verify(path)
    try:
        check_openable(inspect_file(path), path)
    except SchemaError as exc:
        raise BackupError(str(exc)) from exc


def prepare_restore(backups: BackupSet, chosen: Backup, *,
                    save_current: bool = True) -> PreparedRestore:
    """Verify ``chosen``, copy it next to the database and verify the copy, then save the
    current file (a verified backup, or kept aside raw when it is damaged; skipped with
    ``save_current=False`` when the caller already kept it aside). Safe while the database is
    open. Raises BackupError when the chosen copy does not verify; nothing has changed then."""
    target = backups.database
    check_restorable(chosen.path)
    temporary = target.with_name(f".{target.name}.herstel.tmp")
    try:
        shutil.copyfile(chosen.path, temporary)
        with open(temporary, "rb+") as f:
            os.fsync(f.fileno())
        verify(temporary)
        previous = kept = None
        if target.exists() and save_current:
            try:
                previous = backups.make("voor-herstel", thin=False).path
            except BackupError:
                kept = keep_aside(target, backups.folder, backups.clock())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return PreparedRestore(backups, chosen, temporary, previous, kept)


def restore(backups: BackupSet, chosen: Backup, *, save_current: bool = True) -> RestoreReport:
    """Prepare and complete a restore in one go (the database must be closed, its lock
    kept: ``Database.close(keep_lock=True)``; open it again afterwards)."""
    return prepare_restore(backups, chosen, save_current=save_current).complete()
