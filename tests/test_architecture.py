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


# --- the faces of the layers ---------------------------------------------------------------


def _files(*parts: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] in parts]


def imported_names(path: Path) -> set[tuple[str, str]]:
    """(module, name) for every ``from module import name`` (and (module, "") for
    ``import module``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update((alias.name, "") for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update((node.module, alias.name) for alias in node.names)
    return found


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_outside_the_gui_imports_the_gui(path: Path) -> None:
    """The GUI builds on the core, never the other way round (the GUI's entry point,
    ``ui/app.py``, lives in ``ui/`` itself)."""
    gui = {m for m in imported_modules(path) if m.startswith("werkplaats_desktop.ui")}
    assert not gui, f"{path} imports the GUI: {gui}"


@pytest.mark.parametrize("path", _files("ui", "cli"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_gui_and_the_command_line_use_only_the_store_s_public_face(path: Path) -> None:
    import werkplaats_desktop.store as store

    wrong = {
        f"{module}.{name}".rstrip(".")
        for module, name in imported_names(path)
        if (module.startswith("werkplaats_desktop.store.")
            or (module == "werkplaats_desktop.store" and name and name not in store.__all__))
    }
    assert not wrong, f"{path} reaches into the store: {wrong} (use werkplaats_desktop.store)"


def _ui_import_graph() -> dict[str, set[str]]:
    ui = PACKAGE / "ui"
    modules = {}
    for path in ui.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for module, imported in imported_names(path):
            for candidate in (f"{module}.{imported}", module):
                if candidate in modules and candidate != name:
                    targets.add(candidate)
                    break
        graph[name] = targets
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_gui_modules_import_each_other_without_a_circle() -> None:
    """Features and pages depend on the contracts in ui/page.py, not on the main window, so
    no module of ui/ reaches itself again through its imports (lazy ones included)."""
    graph = _ui_import_graph()
    assert len(graph) > 30
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_circle_check_finds_a_circle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
