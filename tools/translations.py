#!/usr/bin/env python3
"""Keep the English translation in step with the Dutch source texts.

    python tools/translations.py update    collect texts into resources/translations/*.ts (a text
                                           that moved to another context keeps its translation)
    python tools/translations.py release   compile the .ts files into .qm (shipped)
    python tools/translations.py check     list texts without a translation (exit 1 if any)

Dutch is the source language; translate the .ts files with Qt Linguist (pyside6-linguist) or
any XML editor, then run `release` and commit both files. tests/test_translations.py fails
when a .qm is out of date or a text has no translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found (is PySide6 installed in this environment?)")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "werkplaats_desktop").rglob("*.py")) + sorted(
        (ROOT / "db" / "versions").glob("*.py")
    )
    return [str(p.relative_to(ROOT)) for p in files]


def ts_file(language: str) -> Path:
    return FOLDER / f"werkplaats_{language}.ts"


def _known(language: str) -> dict[str, str]:
    """Source text -> translation, for every finished plain (non-plural) message."""
    if not ts_file(language).exists():
        return {}
    known: dict[str, str] = {}
    for message in ET.parse(ts_file(language)).getroot().iter("message"):
        translation = message.find("translation")
        if (translation is not None and translation.text and translation.get("type") is None
                and message.get("numerus") != "yes"):
            known.setdefault(message.findtext("source") or "", translation.text)
    return known


def _reuse(language: str, known: dict[str, str]) -> int:
    """Give an unfinished message the translation its text had elsewhere (a text moved to
    another context by a refactoring keeps its translation)."""
    tree = ET.parse(ts_file(language))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (translation is not None and translation.get("type") == "unfinished"
                and message.get("numerus") != "yes" and source in known):
            translation.text = known[source]
            del translation.attrib["type"]
            filled += 1
    if filled:
        write_ts(tree, ts_file(language))
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file with the header lupdate writes (so diffs show only the messages)."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update() -> None:
    for language in LANGUAGES:
        known = _known(language)
        subprocess.run(
            [
                tool("lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "nl",
                "-target-language",
                language,
                "-ts",
                str(ts_file(language)),
            ],
            cwd=ROOT,
            check=True,
        )
        filled = _reuse(language, known)
        if filled:
            print(f"{language}: {filled} texts kept their translation from another context")


def release(out: Path | None = None) -> list[Path]:
    made = []
    for language in LANGUAGES:
        target = (out or FOLDER) / f"werkplaats_{language}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
            cwd=ROOT,
            check=True,
        )
        made.append(target)
    return made


def unfinished(language: str) -> list[tuple[str, str]]:
    tree = ET.parse(ts_file(language))
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not (translation.text or message.find("translation/numerusform") is not None)
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def check() -> int:
    problems = 0
    for language in LANGUAGES:
        for context, source in unfinished(language):
            print(f"{language}: [{context}] {source}")
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        sys.exit(check())
    else:
        print(__doc__)
        sys.exit(2)
