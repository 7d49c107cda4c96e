"""One writer per database file: an operating-system lock held while the program has it open.

SQLite's own locks only last for one transaction, so two copies of the program could both open
the same file and overwrite each other's work (or one could restore a backup over the other's
file). :func:`acquire` therefore takes an exclusive lock on ``<file>.lock`` next to the
database, for as long as the database stays open:

* POSIX: ``flock`` (one lock per open file, so a second open in the same process conflicts
  too, which is what the tests need); Windows: ``msvcrt.locking`` on one byte.
* The operating system drops the lock when the process ends, however it ends; a lock *file*
  left behind by a crash is therefore not a held lock and never blocks (it is reused).
* The file holds who has the lock (program, process id, computer, since when) so that the
  refusal can say so. It is removed on a normal close.

The lock is taken before anything is read for writing, so a refused second opener has
written nothing. On network shares the lock is only as good as the share's locking; the
program warns about such locations (``location.py``).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.messages import Message, os_error
from werkplaats_desktop.store.migrate import SchemaError

AL_GEOPEND = QT_TRANSLATE_NOOP(
    "Bestand", "'{naam}' is al geopend in een ander venster of programma{wie}. Sluit het daar "
    "eerst; twee programma's tegelijk in één bestand kunnen elkaars werk overschrijven. Het "
    "bestand is niet gewijzigd.")
NIET_TE_VERGRENDELEN = QT_TRANSLATE_NOOP(
    "Bestand", "'{naam}' kan niet worden geopend om in te werken: het vergrendelingsbestand "
    "ernaast kan niet worden gemaakt. {reden} Het bestand is niet gewijzigd.")

#: Byte offset of the locked byte on Windows: beyond the text, so that the holder's details
#: stay readable for the process that is refused.
_WINDOWS_LOCK_OFFSET = 1 << 20


class DatabaseInUse(SchemaError):
    """Another program (or another window) has the file open; nothing has been written."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


WIE_COMPUTER = QT_TRANSLATE_NOOP("Bestand", "op computer {computer}")
WIE_PROCES = QT_TRANSLATE_NOOP("Bestand", "proces {pid}")
WIE_SINDS = QT_TRANSLATE_NOOP("Bestand", "sinds {sinds}")


def _holder(path: Path) -> Message | str:
    """Who holds the lock, from what the holder wrote into the lock file: `` (proces 12,
    sinds ...)`` in the program's language, or nothing."""
    try:
        info = json.loads(path.read_text(encoding="utf-8").strip() or "{}")
    except (OSError, ValueError):
        return ""
    parts = []
    if info.get("computer") and info["computer"] != socket.gethostname():
        parts.append(Message(WIE_COMPUTER, {"computer": info["computer"]}))
    if info.get("pid"):
        parts.append(Message(WIE_PROCES, {"pid": info["pid"]}))
    if info.get("sinds"):
        parts.append(Message(WIE_SINDS, {"sinds": info["sinds"]}))
    return Message(" ({delen})", {"delen": parts}, "") if parts else ""


class FileLock:
    """A held lock on one database file. Release it with :meth:`release` (idempotent)."""

    def __init__(self, database: Path, path: Path, handle: IO[bytes]):
        self.database = database
        self.path = path
        self._handle: IO[bytes] | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if sys.platform == "win32":
            # Windows cannot delete a file that is open; a process that opened it meanwhile
            # keeps it (and reuses it), so the delete simply fails then.
            _unlock(handle)
            handle.close()
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            return
        # POSIX: remove the file while still holding the lock, so that a process that opened
        # it meanwhile notices (see acquire) that its lock is on a file that is gone.
        self.path.unlink(missing_ok=True)
        _unlock(handle)
        handle.close()

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False


def acquire(database: Path) -> FileLock:
    """Take the lock for ``database`` or raise :class:`DatabaseInUse` (Dutch message)."""
    database = Path(database)
    path = lock_path(database.resolve())  # one lock per file, however it is named
    path.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(5):
        try:
            handle = open(path, "a+b")  # noqa: SIM115 - kept open for the lock's lifetime
        except OSError as exc:
            raise DatabaseInUse(Message(NIET_TE_VERGRENDELEN, {
                "naam": database.name, "reden": os_error(exc, path, writing=True)})) from exc
        if not _try_lock(handle):
            handle.close()
            raise DatabaseInUse(Message(AL_GEOPEND, {"naam": database.name,
                                                     "wie": _holder(path)}))
        if sys.platform == "win32" or _same_file(handle, path):
            break
        # The previous holder removed the file between our open and our lock: try again.
        _unlock(handle)
        handle.close()
    else:  # pragma: no cover - needs five lost races in a row
        raise DatabaseInUse(f"'{database.name}' kon niet worden vergrendeld; probeer opnieuw.")
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps({
        "programma": "Werkplaats Desktop",
        "pid": os.getpid(),
        "computer": socket.gethostname(),
        "sinds": datetime.now().strftime("%Y-%m-%d %H:%M"),
    }).encode("utf-8"))
    handle.flush()
    return FileLock(database, path, handle)
