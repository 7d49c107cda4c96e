"""Promise 12 (core): a file on a network share or in a synced folder is recognised where the
platform can tell; the GUI warning itself is tested in test_safety_gui.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkplaats_desktop.store.location import assess

LINUX_MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/hogeschool", "cifs"),
                ("/mnt/nas", "nfs4"), ("/media/usb", "vfat")]


@pytest.mark.parametrize("path, kind, what", [
    ("/mnt/hogeschool/lectoraat/werkplaats.sqlite", "netwerk", "cifs"),
    ("/mnt/nas/werkplaats.sqlite", "netwerk", "nfs4"),
    ("/home/lector/Dropbox/werkplaats.sqlite", "synchronisatie", "Dropbox"),
    ("/home/lector/Nextcloud/Werkplaats/werkplaats.sqlite", "synchronisatie", "Nextcloud"),
    ("/home/lector/SURFdrive/werkplaats.sqlite", "synchronisatie", "SURFdrive"),
    ("/home/lector/OneDrive - Hogeschool Utrecht/werkplaats.sqlite", "synchronisatie",
     "OneDrive"),
    ("/home/lector/.local/share/werkplaats-desktop/werkplaats.sqlite", None, None),
    ("/media/usb/werkplaats.sqlite", None, None),
])
def test_linux_and_mac_locations(path: str, kind: str | None, what: str | None) -> None:
    risk = assess(Path(path), platform="linux", env={}, mounts=LINUX_MOUNTS)
    assert ((risk.kind, risk.what) if risk else (None, None)) == (kind, what)


@pytest.mark.parametrize("path, kind, what", [
    (r"\\fs01.hogeschool.nl\lectoraten\werkplaats.sqlite", "netwerk",
     r"\\fs01.hogeschool.nl\lectoraten"),
    (r"H:\Werkplaats\werkplaats.sqlite", "netwerk", "H:"),
    (r"C:\Users\lector\OneDrive - Hogeschool\werkplaats.sqlite", "synchronisatie", "OneDrive"),
    (r"C:\Users\lector\Documents\werkplaats.sqlite", "synchronisatie", "OneDrive"),
    (r"C:\Users\lector\AppData\Local\werkplaats-desktop\werkplaats.sqlite", None, None),
])
def test_windows_locations(path: str, kind: str | None, what: str | None) -> None:
    # Documents moved into OneDrive ("known folder move"): Windows names the folder in the
    # environment; H: is a mapped network drive.
    env = {"OneDrive": r"C:\Users\lector\Documents"}
    risk = assess(Path(path), platform="win32", env=env, drive_is_remote=lambda d: d == "H:")
    assert ((risk.kind, risk.what) if risk else (None, None)) == (kind, what)


def test_the_warnings_say_what_the_risk_is() -> None:
    share = assess(Path("/mnt/nas/w.sqlite"), platform="linux", env={}, mounts=LINUX_MOUNTS)
    synced = assess(Path("/home/a/Dropbox/w.sqlite"), platform="linux", env={},
                    mounts=LINUX_MOUNTS)
    assert share is not None and synced is not None
    assert "netwerkschijf (nfs4)" in share.message and "twee programma's" in share.message
    assert "door Dropbox wordt gesynchroniseerd" in synced.message


def test_the_real_platform_can_be_asked(tmp_path: Path) -> None:
    assess(tmp_path / "werkplaats.sqlite")  # must not fail, whatever it finds
