"""The pictures of the Overzicht's charts as they were last drawn for a file, so that the next
start shows the charts in view at once, before matplotlib is loaded or a figure is computed.

A picture is the canvas's own pixels, taken when the chart was drawn (``ChartPanel``), so it
is exactly what the chart shows. It is shown only for the same chart of the same data:

* the file's data version: its size, modification time and SQLite's change counter (bytes
  24-27 of the header, raised by every committed write in the rollback-journal mode the
  program uses), read without opening the database, so any change to the file (a record, an
  undo, an import, another program) makes the old pictures unusable;
* the filter, the output kind (activiteiten/producten), the hourly rate, the language and the
  program's version;
* the width of the chart's place and the screen's pixel ratio (texts are broken to the width).

The figures are computed anyway when the page is shown and the chart is drawn again from them
(the same pixels). The pictures live in the user's data folder (``cache/overzicht``), never
in the database file (starting the program must not change the file). At most :data:`KEEP`
are kept; the oldest go first. A shared (server) database has no pictures.
"""

from __future__ import annotations

import hashlib
import os
import threading
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QImage

from werkplaats_desktop import __version__
from werkplaats_desktop.locations import user_data_dir
from werkplaats_desktop.services.dashboard import DashboardFilter
from werkplaats_desktop.store import data_version

KEEP = 48


def folder() -> Path:
    return user_data_dir() / "cache" / "overzicht"


def stem(path: Path, f: DashboardFilter, rate: Decimal, kind: str, language: str,
         version: tuple[int, int, bytes] | None = None) -> str | None:
    """The name shared by the pictures of the charts of one file's data, filter, output
    kind, rate and language; None when the file cannot be read."""
    version = version if version is not None else data_version(path)
    if version is None:
        return None
    text = repr((str(path.resolve()), version, f, str(rate), kind, language, __version__))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _file(name: str, chart: str, width: int, ratio: float) -> Path:
    return folder() / f"{name}-{chart}-{width}-{ratio:g}.png"


def any_kept(name: str | None) -> bool:
    """Some chart of ``name`` was drawn before (at some width)."""
    if name is None:
        return False
    try:
        return any(folder().glob(f"{name}-*.png"))
    except OSError:
        return False


def load(name: str | None, chart: str, width: int, ratio: float) -> QImage | None:
    """The picture of ``chart`` drawn for ``name`` at ``width`` (pixels, logical) on a screen
    of pixel ratio ``ratio``, or None."""
    if name is None:
        return None
    path = _file(name, chart, width, ratio)
    if not path.exists():
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    image.setDevicePixelRatio(ratio)
    return image


def store(name: str | None, chart: str, width: int, ratio: float, image: QImage) -> None:
    """Keep ``image`` in a thread of its own (writing a PNG takes some milliseconds); written
    to a temporary file and renamed, so never half a picture. A picture that is there already
    is the same and is not written again."""
    if name is None or _file(name, chart, width, ratio).exists():
        return
    threading.Thread(target=_write, args=(_file(name, chart, width, ratio), image.copy()),
                     daemon=True, name="werkplaats-grafiekbeeld").start()


def _write(target: Path, image: QImage) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            tmp.unlink(missing_ok=True)
            return
        os.replace(tmp, target)
        kept = sorted(target.parent.glob("*.png"), key=lambda p: p.stat().st_mtime,
                      reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # a cache: without it the next start only draws a little later
        return
