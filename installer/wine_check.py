"""Run the compiled installer under wine and check its promises (Linux CI, see .ci/run).

    python3 installer/wine_check.py --old OLD_SETUP.exe --old-version 0.0.9 \\
                                    --new NEW_SETUP.exe --new-version 0.1.0

Both installers carry the stand-in payload (installer/standin.py), since the real Windows
bundle cannot be built on Linux. In a fresh wine prefix, with a user data folder that already
holds a database and a backup, this installs the old version silently, upgrades to the new
one, uninstalls, and checks after each step the program files, the Start menu and desktop
shortcuts, the HKCU uninstall entry, the installed program itself (it reports its version),
and that the user data folder is byte for byte unchanged. Finally a silent uninstall with
/VERWIJDERGEGEVENS must remove the data folder. Exits 1 at the first broken promise.
Standard library only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

APP_NAME = "Werkplaats Desktop"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\WerkplaatsDesktop"
SETTINGS_KEY = r"HKCU\Software\Werkplaatsen Sociaal Domein\Werkplaats Desktop"
OLD_ONLY = "alleen-in-oude-versie.txt"  # installer/standin.py


class CheckFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)
    print(f"  ok: {message}", flush=True)


class Wine:
    """A fresh wine prefix with its own HOME (the desktop folder links there)."""

    def __init__(self, root: Path, wine: str, wineserver: str):
        self.wine, self.wineserver = wine, wineserver
        home = root / "home"
        home.mkdir()
        self.env = {**os.environ, "WINEPREFIX": str(root / "prefix"), "HOME": str(home),
                    "WINEDEBUG": "-all",
                    # no dialogs offering to download Mono or Gecko
                    "WINEDLLOVERRIDES": "mscoree,mshtml="}
        self.env.pop("DISPLAY", None)
        self.run("wineboot", "--init")
        users = [p for p in (root / "prefix" / "drive_c" / "users").iterdir()
                 if p.name != "Public"]
        if len(users) != 1:
            raise CheckFailed(f"expected one wine user, found {users}")
        self.user = users[0]
        self.local = self.user / "AppData" / "Local"

    def run(self, *args: str, expect: int | None = 0) -> int:
        code = subprocess.run([self.wine, *args], env=self.env, timeout=300).returncode
        # wait for every process of the prefix: an uninstaller re-launches itself from %TEMP%
        subprocess.run([self.wineserver, "-w"], env=self.env, timeout=300, check=True)
        if expect is not None and code != expect:
            raise CheckFailed(f"wine {' '.join(args)} exited with {code}, expected {expect}")
        return code

    def reg_values(self, key: str) -> dict[str, str] | None:
        done = subprocess.run([self.wine, "reg", "query", key], env=self.env, timeout=120,
                              capture_output=True, text=True, errors="replace")
        if done.returncode != 0:
            return None
        values = {}
        for line in done.stdout.splitlines():
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2].strip()
        return values

    @staticmethod
    def windows_path(path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run_checks(old: Path, old_version: str, new: Path, new_version: str, wine: Wine,
               scratch: Path) -> None:
    install = wine.local / "Programs" / APP_NAME
    data = wine.local / "werkplaats-desktop"
    start_menu = (wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
                  / "Programs" / f"{APP_NAME}.lnk")
    desktop = wine.user / "Desktop" / f"{APP_NAME}.lnk"

    (data / "backups").mkdir(parents=True)
    (data / "werkplaats.sqlite").write_bytes(b"SQLite format 3\x00 de eigen gegevens")
    (data / "backups" / "werkplaats-2015-06-01.sqlite").write_bytes(b"een backup")
    data_before = snapshot(data)

    def installed(version: str) -> None:
        for name in ("werkplaats-desktop.exe", "werkplaats.exe", "uninstall.exe",
                     "_internal/stand-in-versie.txt"):
            check((install / name).is_file(), f"{name} is installed")
        marker = (install / "_internal" / "stand-in-versie.txt").read_text().strip()
        check(marker == version, f"the program files are those of version {version}")
        check(start_menu.is_file(), "Start menu shortcut exists")
        check(desktop.is_file(), "desktop shortcut exists")
        values = wine.reg_values(UNINSTALL_KEY) or {}
        check(values.get("DisplayVersion") == version,
              f"Apps & features (HKCU) lists version {version}")
        check(values.get("InstallLocation", "").endswith(rf"AppData\Local\Programs\{APP_NAME}"),
              "installed per user under %LOCALAPPDATA%\\Programs")
        result = scratch / f"zelftest-{version}.txt"
        wine.run(str(install / "werkplaats.exe"), "self-test", "--resultaat",
                 wine.windows_path(result))
        text = result.read_text(encoding="utf-8", errors="replace") if result.exists() else ""
        check(text.startswith(f"GESLAAGD: stand-in {version}"),
              f"the installed program runs and reports version {version}")
        check(snapshot(data) == data_before, "the user data folder is unchanged")

    print(f"install {old_version}", flush=True)
    wine.run(str(old), "/S")
    installed(old_version)
    check((install / "_internal" / OLD_ONLY).is_file(), "a file only the old version has")

    print(f"upgrade {old_version} -> {new_version}", flush=True)
    wine.run(str(new), "/S")
    installed(new_version)
    check(not (install / "_internal" / OLD_ONLY).exists(),
          "the upgrade removed the old version's files")

    print("uninstall (keeping the data)", flush=True)
    wine.run(str(install / "uninstall.exe"), "/S")
    check(not install.exists(), "the program folder is gone")
    check(not start_menu.exists() and not desktop.exists(), "the shortcuts are gone")
    check(wine.reg_values(UNINSTALL_KEY) is None, "the uninstall entry is gone")
    check(snapshot(data) == data_before, "the user data folder is unchanged")

    print("install again, uninstall with /VERWIJDERGEGEVENS", flush=True)
    wine.run(str(new), "/S")
    installed(new_version)
    check(wine.reg_values(SETTINGS_KEY) is not None, "the installer set the program's language")
    wine.run(str(install / "uninstall.exe"), "/S", "/VERWIJDERGEGEVENS")
    check(not install.exists(), "the program folder is gone")
    check(not data.exists(), "the user data folder is removed when asked")
    check(wine.reg_values(SETTINGS_KEY) is None, "the program's settings are removed when asked")


def find_wine() -> tuple[str, str]:
    wine = shutil.which("wine") or shutil.which("wine64") or "/usr/lib/wine/wine64"
    server = shutil.which("wineserver") or "/usr/lib/wine/wineserver"
    if not (Path(wine).exists() and Path(server).exists()):
        raise CheckFailed("wine is not installed (Debian: apt-get install wine64)")
    return wine, server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--old-version", required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--new-version", required=True)
    args = parser.parse_args(argv)
    try:
        wine, server = find_wine()
        with tempfile.TemporaryDirectory(prefix="werkplaats-wine-") as tmp:
            root = Path(tmp)
            scratch = root / "scratch"
            scratch.mkdir()
            run_checks(args.old.resolve(), args.old_version, args.new.resolve(),
                       args.new_version, Wine(root, wine, server), scratch)
    except (CheckFailed, subprocess.SubprocessError) as exc:
        print(f"wine_check: FAILED: {exc}", file=sys.stderr)
        return 1
    print("wine_check: install, upgrade and uninstall behave as promised")
    return 0


if __name__ == "__main__":
    sys.exit(main())
