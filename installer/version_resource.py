"""Write the Windows version resource of an executable from the package's name and version.

``build.spec`` calls :func:`write_version_file` for each executable; the template is
``installer/version_info.txt.in`` (PyInstaller's version-file format). The version has one
source, ``werkplaats_desktop.__version__``; Windows wants it as four numbers.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

TEMPLATE = Path(__file__).resolve().parent / "version_info.txt.in"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3, 0)``; a suffix such as ``rc1`` or ``.dev2`` is dropped."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    parts = [int(p) if p is not None else 0 for p in match.groups()]
    return parts[0], parts[1], parts[2], parts[3]


def version_text(internal_name: str, description: str) -> str:
    from werkplaats_desktop import APP_NAME, ORGANIZATION, __version__

    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        filevers=repr(version_tuple(__version__)),
        version=__version__,
        company=ORGANIZATION,
        product=APP_NAME,
        description=description,
        internal_name=internal_name,
    )


def write_version_file(folder: Path, internal_name: str, description: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version_{internal_name}.txt"
    path.write_text(version_text(internal_name, description), encoding="utf-8")
    return path
