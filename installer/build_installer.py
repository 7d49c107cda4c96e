"""Compile the Windows installer (installer/werkplaats.nsi) with NSIS's makensis.

    python installer/build_installer.py                 # from dist/werkplaats-desktop (Windows)
    python installer/build_installer.py --payload DIR --out FILE [--version V] [--target T]

The version comes from ``werkplaats_desktop.__version__`` (the only source) unless ``--version``
is given (Linux CI builds an "old" and a "new" stand-in to test an upgrade). Warnings are
errors (``-WX``): a script that NSIS has doubts about fails the build. Standard library only.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "installer" / "werkplaats.nsi"
#: the top level of a Windows bundle made by build.spec
BUNDLE_ENTRIES = ("werkplaats-desktop.exe", "werkplaats.exe", "_internal")


def package_version() -> str:
    sys.path.insert(0, str(ROOT))
    from werkplaats_desktop import __version__  # the package's __init__ imports nothing

    return __version__


def windows_version(version: str) -> str:
    sys.path.insert(0, str(ROOT / "installer"))
    from version_resource import version_tuple

    return ".".join(map(str, version_tuple(version)))


def makensis_command(payload: Path, out: Path, version: str, target: str | None,
                     makensis: str = "makensis") -> list[str]:
    defines = {"VERSION": version, "VERSION_WIN": windows_version(version),
               "PAYLOAD": str(payload.resolve()), "OUTFILE": str(out.resolve())}
    if target:
        defines["TARGET"] = target
    return [makensis, "-V2", "-WX", *(f"-D{k}={v}" for k, v in defines.items()), str(SCRIPT)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path, default=ROOT / "dist" / "werkplaats-desktop",
                        help="the folder to install (default: dist/werkplaats-desktop)")
    parser.add_argument("--out", type=Path, default=None, help="the installer to write")
    parser.add_argument("--version", default=None, help="default: the package version")
    parser.add_argument("--target", default=None,
                        help="NSIS target, e.g. amd64-unicode (default: x86-unicode)")
    args = parser.parse_args(argv)
    version = args.version or package_version()
    out = args.out or ROOT / "installer" / "out" / f"werkplaats-desktop-{version}-setup.exe"
    missing = [name for name in BUNDLE_ENTRIES if not (args.payload / name).exists()]
    if missing:
        print(f"build_installer: {args.payload} is not a Windows bundle made by build.spec "
              f"(missing: {', '.join(missing)}).", file=sys.stderr)
        return 1
    makensis = shutil.which("makensis")
    if makensis is None:
        print("build_installer: makensis not found; install NSIS "
              "(Windows: choco install nsis; Debian: apt-get install nsis).", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    command = makensis_command(args.payload, out, version, args.target, makensis)
    if subprocess.run(command).returncode != 0:
        print(f"build_installer: makensis failed ({' '.join(command)}).", file=sys.stderr)
        return 1
    print(f"{out} ({out.stat().st_size / 1e6:.1f} MB, version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
