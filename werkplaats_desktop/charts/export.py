"""Saving a chart: PNG, SVG or PDF, chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path

from matplotlib import rc_context
from matplotlib.figure import Figure

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

#: suffix -> (format, Dutch description for a file dialog)
FORMATS: dict[str, tuple[str, str]] = {
    ".png": ("png", QT_TRANSLATE_NOOP("Grafiek", "PNG-afbeelding")),
    ".svg": ("svg", QT_TRANSLATE_NOOP("Grafiek", "SVG-tekening")),
    ".pdf": ("pdf", QT_TRANSLATE_NOOP("Grafiek", "PDF-document")),
}
PNG_DPI = 200


def save_figure(fig: Figure, path: Path) -> Path:
    """Write ``fig`` to ``path``; a path without a known suffix gets ``.png``."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        path = path.with_name(path.name + ".png")
    fmt = FORMATS[path.suffix.lower()][0]
    # SVG with real text (searchable, read by screen readers, editable), not outlines
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, format=fmt, dpi=PNG_DPI if fmt == "png" else None,
                    metadata={"Creator": "Werkplaats Desktop"} if fmt != "png" else None)
    return path
