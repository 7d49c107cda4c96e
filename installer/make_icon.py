"""Make ``installer/werkplaats.ico`` (the Windows icon of the executables, the installer and
the shortcuts) from the application's SVG icon, ``resources/icons/werkplaats.svg``.

    .venv/bin/python installer/make_icon.py          # rewrite installer/werkplaats.ico

Run it after changing the SVG; ``tests/test_packaging_spec.py`` fails while the ICO no longer
looks like the SVG. The ICO holds one PNG-compressed image per size Windows asks for (Explorer,
taskbar, Start menu, Apps & features); PNG entries are valid in ICO files since Windows Vista.
Qt renders the SVG, so this needs nothing beyond the program's own dependencies.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "werkplaats.svg"
ICO = ROOT / "installer" / "werkplaats.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels with a transparent background, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file (ICONDIR, one ICONDIRENTRY per image, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def read_ico(data: bytes) -> dict[int, bytes]:
    """The images of an ICO file made by :func:`ico_bytes`, by size (for the tests)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if (reserved, kind) != (0, 1):
        raise ValueError("not an ICO file")
    images = {}
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        images[width or 256] = data[offset:offset + length]
    return images


def main() -> int:
    ICO.write_bytes(ico_bytes({size: render_png(SVG, size) for size in SIZES}))
    print(f"wrote {ICO} ({ICO.stat().st_size} bytes, sizes {', '.join(map(str, SIZES))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
