"""The layers stay apart: Qt only under ui/, no SQLAlchemy in the domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "werkplaats_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


def test_the_core_has_files_to_check() -> None:
    assert len(core_files()) > 20


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_outside_ui(path: Path) -> None:
    qt = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
        or m.startswith("matplotlib.backends.backend_qt")
    }
    assert not qt, f"{path} imports Qt: {qt}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").glob("*.py")), ids=lambda p: p.name)
def test_domain_is_plain_python(path: Path) -> None:
    heavy = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] in ("sqlalchemy", "alembic", "PySide6", "matplotlib")
        or m.startswith("werkplaats_desktop.store")
        or m.startswith("werkplaats_desktop.services")
    }
    assert not heavy, f"{path} imports {heavy}"


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)
