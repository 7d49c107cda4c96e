"""Marking Dutch texts for translation without importing Qt.

The core holds the Dutch source texts of labels and messages (one place per concept). It marks
them with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` collects them into the ``.ts``
files; the GUI translates them at display time with ``QCoreApplication.translate(context, text)``.
Messages with values use ``str.format`` placeholders, filled in after translation.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; only marks it for the translation tools."""
    return text
