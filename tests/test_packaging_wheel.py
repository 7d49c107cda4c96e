"""``pip install .`` (not editable) gives a working program: the wheel carries the migrations,
resources and translations (pyproject.toml maps db/ and resources/ into the package), and
``werkplaats self-test`` passes in a clean virtual environment, run from outside the checkout
so that nothing can come from the source tree. Slow (it installs Qt into a new environment;
pip's cache is reused), but part of the suite and of CI."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import werkplaats_desktop

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_the_installed_wheel_is_a_working_program(tmp_path: Path) -> None:
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp_path / "wheel",
        ROOT, cwd=tmp_path)
    (wheel,) = (tmp_path / "wheel").glob("*.whl")
    assert wheel.name.startswith(f"werkplaats_desktop-{werkplaats_desktop.__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "werkplaats_desktop/_data/"
    revisions = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    assert {f"{data}db/env.py", *(f"{data}db/versions/{r}" for r in revisions),
            f"{data}resources/translations/werkplaats_en.qm",
            f"{data}resources/icons/werkplaats.svg"} <= names

    venv.create(tmp_path / "venv", with_pip=True)
    scripts = tmp_path / "venv" / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = run(scripts / "werkplaats", "self-test", "--resultaat", tmp_path / "cli.txt",
              cwd=tmp_path, env=env)
    assert "GESLAAGD" in out
    installed = tmp_path / "venv"
    first = out.splitlines()[0]  # "[ok] Programmabestanden vinden: bronnen in <map>, ..."
    assert str(installed) in first and "_data" in first and str(ROOT) not in first
    run(scripts / "werkplaats-desktop", "--self-test", "--resultaat", tmp_path / "gui.txt",
        cwd=tmp_path, env=env)
    assert (tmp_path / "gui.txt").read_text(encoding="utf-8-sig").startswith("GESLAAGD")
