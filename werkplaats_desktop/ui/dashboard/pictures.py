"""The pictures of the charts last drawn for a file, so that the next start shows them at once.

The Overzicht draws its charts in view in the background (matplotlib takes about half a second
to load); the pictures are kept here and shown at the next start before anything is computed.
A picture is shown only when it is exactly what would be drawn: the file is as it was (its
size and modification time, which every committed change moves), and the filter, the output
kind, the hourly rate, the language and the size of the chart's place are the same. The
figures are computed anyway and replace it (the same pixels) when they arrive.

The pictures live in the user's data folder (``cache/overzicht``), never in the database file:
starting the program must not change the file (its backups compare it). At most
:data:`KEEP` pictures are kept; the oldest go first.
"""

from __future__ import annotations

import hashlib
import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QImage

from werkplaats_desktop.locations import user_data_dir
from werkplaats_desktop.services.dashboard import DashboardFilter

KEEP = 48


def folder() -> Path:
    return user_data_dir() / "cache" / "overzicht"


def key(database: Path, f: DashboardFilter, rate: Decimal, kind: str, language: str,
        chart: str, place: tuple[int, int, float]) -> str | None:
    """What a picture depends on, as a file name; None when the file cannot be read."""
    try:
        state = database.stat()
    except OSError:
        return None
    text = repr((str(database.resolve()), state.st_size, state.st_mtime_ns, f, str(rate), kind,
                 language, chart, place))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def load(name: str | None) -> QImage | None:
    if name is None:
        return None
    path = folder() / f"{name}.png"
    if not path.exists():
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


def store(name: str | None, image: QImage) -> None:
    """Keep ``image`` (written to a temporary file and renamed: never half a picture). Safe
    off the window's thread (QImage, not QPixmap)."""
    if name is None:
        return
    target = folder()
    try:
        target.mkdir(parents=True, exist_ok=True)
        tmp = target / f"{name}.{os.getpid()}.tmp"
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            tmp.unlink(missing_ok=True)
            return
        os.replace(tmp, target / f"{name}.png")
        kept = sorted(target.glob("*.png"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # a cache: without it the next start only draws a little later
        return
