"""Make the stand-in payload that Linux CI installs instead of the Windows bundle.

    python3 installer/standin.py OUT_DIR --version V [--target amd64-unicode] [--old]

The payload has the bundle's layout (build.spec): ``werkplaats-desktop.exe``,
``werkplaats.exe`` (both compiled from installer/standin.nsi: they answer ``self-test
--resultaat PAD`` with their version) and ``_internal/`` with a file naming the version.
``--old`` adds ``_internal/alleen-in-oude-versie.txt``: after an upgrade it must be gone,
which shows that the installer removes the old program files. Standard library only.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OLD_ONLY = "alleen-in-oude-versie.txt"
MARKER = "stand-in-versie.txt"


def make_payload(out: Path, version: str, target: str | None, old: bool) -> Path:
    if out.exists():
        shutil.rmtree(out)
    internal = out / "_internal"
    internal.mkdir(parents=True)
    for exe in ("werkplaats-desktop.exe", "werkplaats.exe"):
        command = ["makensis", "-V2", "-WX", f"-DVERSION={version}",
                   f"-DOUTFILE={(out / exe).resolve()}"]
        if target:
            command.append(f"-DTARGET={target}")
        subprocess.run([*command, str(HERE / "standin.nsi")], check=True)
    (internal / MARKER).write_text(version + "\n", encoding="utf-8")
    (internal / "lees-mij.txt").write_text(
        "Stand-in voor de Windows-bundel van Werkplaats Desktop (alleen voor Linux-CI).\n",
        encoding="utf-8")
    if old:
        (internal / OLD_ONLY).write_text("hoort na een upgrade weg te zijn\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--version", required=True)
    parser.add_argument("--target", default=None)
    parser.add_argument("--old", action="store_true")
    args = parser.parse_args(argv)
    make_payload(args.out, args.version, args.target, args.old)
    print(f"stand-in {args.version} in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
