"""Where things live on disk: shipped resources and migrations, and the user's own folders.

Three layouts must work and are the only ones supported:

* a source checkout or editable install: ``resources/`` and ``db/`` next to the package;
* an installed wheel: the same folders copied to ``werkplaats_desktop/_data/`` (pyproject.toml);
* a PyInstaller bundle: both folders at the top of the bundle (``sys._MEIPASS``, build.spec).

User data goes to the platformdirs user data folder (on Windows ``%LOCALAPPDATA%``, which
OneDrive does not sync by default), never next to the program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from werkplaats_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent

#: Environment variable that moves every user folder (data, logs, backups) elsewhere.
#: Used by tests and ``self-test`` so that they never touch the real user folder.
DATA_DIR_ENV = "WERKPLAATS_DATA_DIR"


def _shipped_dir(name: str) -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    candidates.append(_PACKAGE_DIR / "_data" / name)
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"De programmamap '{name}' ontbreekt (gezocht in: {', '.join(map(str, candidates))})."
    )


def resources_dir() -> Path:
    """Folder with icons, translations, reference data and the province map."""
    return _shipped_dir("resources")


def migrations_dir() -> Path:
    """Folder with the Alembic environment (``env.py``) and ``versions/``."""
    return _shipped_dir("db")


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_ID, appauthor=False, roaming=False)


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) / "logs" if override else Path(_dirs().user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_backup_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The user's own database when no ``--db`` is given."""
    return user_data_dir() / "werkplaats.sqlite"


def demo_database_path() -> Path:
    """The demo database opened by ``--demo``: never the user's own file."""
    return user_data_dir() / "demo" / "voorbeeld-werkplaats.sqlite"
