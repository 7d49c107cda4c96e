"""The Windows CI workflow cannot run here; its structure is checked instead: valid YAML, a
Windows runner with Python 3.11, and the steps the issue asks for, in order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "windows.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    (job,) = workflow["jobs"].values()
    return job["steps"]


def test_it_runs_on_windows_for_every_submission(workflow: dict[Any, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert {"push", "pull_request"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    assert job["runs-on"].startswith("windows-")
    assert job["defaults"]["run"]["shell"] == "pwsh"
    assert 0 < job["timeout-minutes"] <= 90


def test_every_step_is_named_and_does_one_thing(steps: list[dict[str, Any]]) -> None:
    for step in steps:
        assert step.get("name"), step
        assert ("uses" in step) != ("run" in step), step["name"]


def test_python_311(steps: list[dict[str, Any]]) -> None:
    (setup,) = [s for s in steps if s.get("uses", "").startswith("actions/setup-python@")]
    assert str(setup["with"]["python-version"]) == "3.11"


def test_the_steps_of_the_issue_in_order(steps: list[dict[str, Any]]) -> None:
    script = "\n".join(s.get("run", s.get("uses", "")) for s in steps)
    wanted = [
        'pip install -e ".[test,build]"',        # install
        "python -m pytest",                      # the tests
        "pyinstaller --noconfirm --clean build.spec",
        "werkplaats.exe self-test",               # the frozen self-test (console program)
        '"--self-test", "--resultaat"',           # ... and the windowed one, through a file
        "choco install nsis",
        "installer/build_installer.py",           # makensis with the package's version
        'Start-Process $setup -ArgumentList "/S"',  # silent install
        '& "$app\\werkplaats.exe" self-test',     # the installed program's self-test
        "oud-bestand.txt",                        # upgrade removes the old files
        '"$app\\uninstall.exe" -ArgumentList "/S"',
        'Test-Path "$data\\bewaar-mij.txt"',      # ... and keeps the user's data
        "actions/upload-artifact@",
    ]
    positions = []
    for text in wanted:
        assert text in script, f"missing in windows.yml: {text}"
        positions.append(script.index(text))
    assert positions == sorted(positions)


def test_native_commands_are_checked(steps: list[dict[str, Any]]) -> None:
    """pwsh does not stop when a program fails: each step must check the exit code."""
    for step in steps:
        run = step.get("run", "")
        if any(cmd in run for cmd in ("pip install", "pytest", "pyinstaller", "build_installer")):
            assert "if ($LASTEXITCODE) { throw" in run, step["name"]
    artifact = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert artifact["with"]["path"].endswith("-setup.exe")
