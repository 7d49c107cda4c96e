"""build.spec and its helpers, checked without running PyInstaller: the spec is executed with
stand-ins for PyInstaller's build classes that record what it asks for. (CI runs the real
build and the bundled self-test: .ci/run.)"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import werkplaats_desktop
from werkplaats_desktop import APP_ID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import build_installer  # noqa: E402
import make_icon  # noqa: E402
from version_resource import version_tuple  # noqa: E402

QT_TRANSLATIONS = [(f"PySide6/Qt/translations/{name}", f"/qt/{name}", "DATA")
                   for name in ("qtbase_nl.qm", "qtbase_en.qm", "qtbase_de.qm", "qt_help_fr.qm")]


def run_spec(tmp_path: Path) -> dict[str, Any]:
    """Execute build.spec; returns its namespace plus what it passed to each build step."""
    calls: dict[str, list[dict[str, Any]]] = {"Analysis": [], "EXE": [], "COLLECT": []}

    def analysis(scripts: list[str], **kwargs: Any) -> SimpleNamespace:
        calls["Analysis"].append({"scripts": scripts, **kwargs})
        datas = [(str(Path(target) / Path(src).name), src, "DATA")
                 for src, target in kwargs["datas"]]
        return SimpleNamespace(datas=datas + QT_TRANSLATIONS, scripts=["launcher"], pure=[],
                               binaries=[])

    def recorder(kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> dict[str, Any]:
            calls[kind].append({"args": args, **kwargs})
            return kwargs
        return record

    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT), "workpath": str(tmp_path / "build"),
        "DISTPATH": str(tmp_path / "dist"), "Analysis": analysis, "PYZ": lambda pure: "pyz",
        "EXE": recorder("EXE"), "COLLECT": recorder("COLLECT"),
    }
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    exec(compile(source, str(ROOT / "build.spec"), "exec"), namespace)
    return {**namespace, "calls": calls}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_spec(tmp_path_factory.mktemp("spec"))


def test_two_programs_in_one_folder_named_after_the_package(spec: dict[str, Any]) -> None:
    exes = {call["name"]: call for call in spec["calls"]["EXE"]}
    assert set(exes) == {APP_ID, "werkplaats"}
    assert exes[APP_ID]["console"] is False and exes["werkplaats"]["console"] is True
    (collect,) = spec["calls"]["COLLECT"]
    assert collect["name"] == APP_ID
    assert [exe["name"] for exe in collect["args"][:2]] == [APP_ID, "werkplaats"]
    for call in [*exes.values(), collect]:
        assert call["upx"] is False and call["strip"] is False
    for call in exes.values():
        assert call["exclude_binaries"] is True  # one folder, not one file
        assert Path(call["icon"]) == ROOT / "installer" / "werkplaats.ico"


def test_the_version_resource_comes_from_the_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(werkplaats_desktop, "__version__", "3.14.2")
    exes = {call["name"]: call for call in run_spec(tmp_path)["calls"]["EXE"]}
    text = Path(exes["werkplaats"]["version"]).read_text(encoding="utf-8")
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    info = eval(text, {name: _constructor(name) for name in names})
    assert info[2]["ffi"][2]["filevers"] == (3, 14, 2, 0)
    strings = dict(s[1] for s in info[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == "3.14.2"
    assert strings["ProductName"] == "Werkplaats Desktop"
    assert strings["OriginalFilename"] == "werkplaats.exe"
    gui = Path(exes[APP_ID]["version"]).read_text(encoding="utf-8")
    assert "'OriginalFilename', 'werkplaats-desktop.exe'" in gui


def _constructor(name: str) -> Any:
    """Stands in for one of PyInstaller's version-resource classes: records its arguments."""
    return lambda *args, **kwargs: (name, args, kwargs)


@pytest.mark.parametrize("version, expected", [
    ("0.1.0", (0, 1, 0, 0)), ("2.3", (2, 3, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)),
    ("4.5.6.7", (4, 5, 6, 7)), ("1.0.dev2", (1, 0, 0, 0)),
])
def test_windows_version_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert version_tuple(version) == expected


def shipped_files() -> set[Path]:
    """Everything under resources/ and db/ that the program reads at run time."""
    files = set()
    for folder in ("resources", "db"):
        for path in (ROOT / folder).rglob("*"):
            if (path.is_file() and "__pycache__" not in path.parts
                    and path.suffix not in (".ts", ".pyc")
                    and path.name not in ("README.md", "script.py.mako")):
                files.add(path)
    return files


def test_every_shipped_file_is_in_the_bundle(spec: dict[str, Any]) -> None:
    (analysis,) = spec["calls"]["Analysis"]
    listed = {Path(src): target for src, target in analysis["datas"]}
    assert shipped_files() <= set(listed), "add the missing files to DATAS in build.spec"
    for src, target in listed.items():
        # same place in the bundle as in the repository: locations.py relies on it
        assert Path(target) == src.parent.relative_to(ROOT)
    assert ROOT / "resources" / "translations" / "werkplaats_en.qm" in listed
    assert ROOT / "db" / "env.py" in listed


def db_imports() -> set[str]:
    """The modules that db/env.py and the revisions import (they are data in the bundle)."""
    found = set()
    for path in (ROOT / "db").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    name = f"{node.module}.{alias.name}"
                    found.add(name if importlib.util.find_spec(node.module) and _is_module(name)
                              else node.module)
    return found


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def test_modules_imported_by_the_migrations_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = set(spec["HIDDEN_IMPORTS"])
    assert db_imports() - hidden == set()
    assert {"alembic.op", "alembic.context", "csv"} <= db_imports()


def test_every_hidden_import_exists_and_says_why(spec: dict[str, Any]) -> None:
    for name in spec["HIDDEN_IMPORTS"]:
        assert _is_module(name), name
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    block = source.split("HIDDEN_IMPORTS = [", 1)[1].split("\n]", 1)[0].splitlines()
    for i, line in enumerate(block):
        if line.strip().startswith('"'):
            commented = "#" in line or block[i - 1].strip().startswith("#")
            assert commented, f"hidden import without a comment: {line.strip()}"


def package_imports() -> set[str]:
    found = set()
    for path in (ROOT / "werkplaats_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def test_excluded_modules_are_not_used_by_the_program(spec: dict[str, Any]) -> None:
    used = package_imports() | db_imports()
    for excluded in spec["EXCLUDES"]:
        clash = {m for m in used if m == excluded or m.startswith(excluded + ".")}
        assert not clash, f"build.spec excludes {excluded}, but the program imports {clash}"
    assert "PySide6.QtWidgets" not in spec["EXCLUDES"]


def test_qt_translations_are_cut_to_the_shipped_languages(spec: dict[str, Any]) -> None:
    from werkplaats_desktop.ui.i18n import LANGUAGES

    assert set(spec["LANGUAGES"]) == set(LANGUAGES)
    (analysis,) = spec["calls"]["Analysis"]
    assert analysis["hooksconfig"]["matplotlib"]["backends"][:2] == ["Agg", "QtAgg"]
    kept = {Path(dest).name for dest, _src, _kind in spec["a"].datas}
    assert {"qtbase_nl.qm", "qtbase_en.qm", "werkplaats_en.qm"} <= kept
    assert not {"qtbase_de.qm", "qt_help_fr.qm"} & kept


def test_the_icon_is_the_svg_in_every_size_windows_asks_for(qapp) -> None:
    from PySide6.QtGui import QImage

    images = make_icon.read_ico(make_icon.ICO.read_bytes())
    assert set(images) == set(make_icon.SIZES) >= {16, 24, 32, 48, 256}
    for size in (32, 256):  # the committed ICO still looks like the SVG
        stored, fresh = QImage(), QImage()
        assert stored.loadFromData(images[size], "PNG") and stored.width() == size
        assert fresh.loadFromData(make_icon.render_png(make_icon.SVG, size), "PNG")
        difference = sum(abs(stored.pixelColor(x, y).red() - fresh.pixelColor(x, y).red())
                         for x in range(0, size, 4) for y in range(0, size, 4))
        assert difference / (size // 4) ** 2 < 8, "run installer/make_icon.py"


def test_the_installer_gets_its_version_from_the_package(tmp_path: Path) -> None:
    command = build_installer.makensis_command(tmp_path / "bundle", tmp_path / "setup.exe",
                                               build_installer.package_version(), None)
    assert f"-DVERSION={werkplaats_desktop.__version__}" in command
    assert "-DVERSION_WIN=" + ".".join(map(str, version_tuple(
        werkplaats_desktop.__version__))) in command
    assert "-WX" in command and command[-1] == str(ROOT / "installer" / "werkplaats.nsi")
    assert not any(c.startswith("-DTARGET") for c in command)


def test_the_installer_refuses_a_folder_that_is_not_a_windows_bundle(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "werkplaats").write_text("a Linux program")
    assert build_installer.main(["--payload", str(tmp_path)]) == 1
    assert "werkplaats-desktop.exe, werkplaats.exe, _internal" in capsys.readouterr().err
