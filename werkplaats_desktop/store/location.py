"""Is a database file on a network share or in a folder that a sync client copies around?

Both are risky for a SQLite file (sqlite.org/useovernet.html): file locks on network shares
are often unreliable, so two computers can write at once; a sync client (OneDrive, Dropbox,
Google Drive, SURFdrive...) may upload the file halfway through a write, or bring back an old
copy as a "conflict". The program still opens such a file, but warns. Detection is best
effort, from what the platform can tell:

* Windows: a UNC path (``\\\\server\\share``) or a drive whose type is DRIVE_REMOTE;
* Linux: the file system type of the mount holding the file (``/proc/self/mounts``);
* macOS: the file system type from ``mount``;
* everywhere: a folder of a known sync client in the path (and the OneDrive folders that
  Windows names in the environment).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

#: File system types of network file systems (Linux/macOS mount tables).
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav",
              "davfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph", "glusterfs", "fuse.rclone",
              "fuse.gvfsd-fuse", "ncpfs"}

#: Folder names (lower case) that sync clients use; a path containing one is synced.
SYNC_FOLDERS = {"onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
                "googledrive": "Google Drive", "my drive": "Google Drive",
                "mijn drive": "Google Drive", "icloud drive": "iCloud",
                "mobile documents": "iCloud", "nextcloud": "Nextcloud", "owncloud": "ownCloud",
                "surfdrive": "SURFdrive", "box": "Box", "box sync": "Box", "pcloud": "pCloud",
                "pcloud drive": "pCloud", "megasync": "MEGA",
                "seafile": "Seafile", "tresorit": "Tresorit"}

#: Environment variables that Windows sets to the OneDrive folders.
SYNC_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


@dataclass(frozen=True)
class LocationRisk:
    kind: str  # "netwerk" or "synchronisatie"
    what: str  # the share or the sync client, for the message

    @property
    def template(self) -> str:
        """The Dutch warning with a ``{what}`` placeholder (translate, then format)."""
        return NETWORK_WARNING if self.kind == "netwerk" else SYNC_WARNING

    @property
    def message(self) -> str:
        return self.template.format(what=self.what)


NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "Locatie", "Dit bestand staat op een netwerkschijf ({what}). SQLite-databases kunnen "
    "daar beschadigd raken, en de beveiliging tegen twee programma's tegelijk in één bestand "
    "werkt er niet altijd. Bewaar het bestand liever op deze computer en zet alleen backups "
    "op de netwerkschijf.")
SYNC_WARNING = QT_TRANSLATE_NOOP(
    "Locatie", "Dit bestand staat in een map die door {what} wordt gesynchroniseerd. Als het "
    "bestand wordt gesynchroniseerd terwijl het programma erin schrijft, of als het op twee "
    "computers tegelijk open is, kunnen wijzigingen verloren gaan of kan het bestand "
    "beschadigd raken. Bewaar het bestand liever buiten die map, bijvoorbeeld in de "
    "standaardmap van het programma.")


def _sync_client(path: PurePath, env: Mapping[str, str]) -> str | None:
    for var in SYNC_ENV:
        root = env.get(var)
        if root and _inside(path, type(path)(root)):
            return "OneDrive"
    for part in path.parts[:-1]:
        name = part.lower().strip()
        if name in SYNC_FOLDERS:
            return SYNC_FOLDERS[name]
        if name.startswith("onedrive"):  # "OneDrive - Hogeschool Utrecht"
            return "OneDrive"
        if name.startswith("dropbox"):  # "Dropbox (Hogeschool)"
            return "Dropbox"
    return None


def _inside(path: PurePath, folder: PurePath) -> bool:
    p = [x.lower() for x in path.parts]
    f = [x.lower() for x in folder.parts]
    return len(p) > len(f) and p[: len(f)] == f


def mount_type(path: PurePath, mounts: Sequence[tuple[str, str]]) -> str | None:
    """The file system type of the longest mount point holding ``path``."""
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        mp = PurePath(point)
        holds = path == mp or _inside(path, mp) or str(mp) == "/"
        if holds and (best is None or len(mp.parts) > best[0]):
            best = (len(mp.parts), fstype)
    return best[1] if best else None


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    result = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].replace("\\040", " ").replace("\\011", "\t")
            result.append((point, fields[2]))
    return result


def _mac_mounts() -> list[tuple[str, str]]:
    try:
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    result = []
    for line in out.splitlines():  # "//user@server/share on /Volumes/share (smbfs, ...)"
        if " on " in line and " (" in line:
            point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
            fstype = line.rsplit(" (", 1)[1].split(",")[0].rstrip(")")
            result.append((point, fstype))
    return result


def _drive_is_remote(drive: str) -> bool:
    import ctypes

    DRIVE_REMOTE = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)  # type: ignore[attr-defined]


def _windows_share(path: PureWindowsPath, drive_is_remote: Callable[[str], bool]) -> str | None:
    drive = path.drive
    if drive.startswith("\\\\"):
        return None if drive.startswith("\\\\?\\") else drive  # UNC: \\server\share
    if drive and drive_is_remote(drive):
        return drive
    return None


def assess(path: Path, *, platform: str | None = None, env: Mapping[str, str] | None = None,
           mounts: Sequence[tuple[str, str]] | None = None,
           drive_is_remote: Callable[[str], bool] | None = None) -> LocationRisk | None:
    """The risk of keeping a database at ``path``, or None when none can be seen. The keyword
    arguments replace what the platform would tell (for tests)."""
    real = platform is None
    platform = platform or sys.platform
    env = os.environ if env is None else env
    full: PurePath
    if platform == "win32":
        full = PureWindowsPath(str(path.resolve() if real else path))
        share = _windows_share(full, drive_is_remote or _drive_is_remote)
        if share:
            return LocationRisk("netwerk", share)
    else:
        full = PurePath(path.resolve() if real else path)
        if mounts is None:
            mounts = _mac_mounts() if platform == "darwin" else _linux_mounts()
        fstype = mount_type(full, mounts)
        if fstype and fstype.lower() in NETWORK_FS:
            return LocationRisk("netwerk", fstype)
    client = _sync_client(full, env)
    return LocationRisk("synchronisatie", client) if client else None
