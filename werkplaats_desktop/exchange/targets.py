"""Which file names an export may be written to: a table of extensions per kind of export.

The landelijk overzicht is a CSV file (or an Excel workbook to read, ``exchange/xlsx.py``), a
full export a ZIP archive. A target whose extension
does not match (``--out overzicht.txt``, ``--soort volledig --out alles.csv``) is refused
before anything is written: a ZIP named ``.csv`` opens as rubbish in Excel, and a CSV named
``.txt`` is not recognised by a double click. Another format for a kind is one more entry in
:data:`EXTENSIONS`.
"""

from __future__ import annotations

from pathlib import Path

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.messages import Message

LANDELIJK, VOLLEDIG = "landelijk", "volledig"  # (the values of ExportOptions.soort)

#: kind of export -> the extensions its file may have (lower case; the first is the default)
EXTENSIONS: dict[str, tuple[str, ...]] = {
    LANDELIJK: (".csv", ".xlsx"),
    VOLLEDIG: (".zip",),
}

VERKEERDE_EXTENSIE = QT_TRANSLATE_NOOP(
    "Uitwisseling", "'{naam}' past niet bij een {soort}: dat bestand krijgt de extensie "
    "{toegestaan}. Kies bijvoorbeeld '{voorbeeld}'. Er is niets geschreven.")
SOORT_LANDELIJK = QT_TRANSLATE_NOOP("Uitwisseling", "landelijk overzicht")
SOORT_VOLLEDIG = QT_TRANSLATE_NOOP("Uitwisseling", "volledige export")
_LABELS = {LANDELIJK: SOORT_LANDELIJK, VOLLEDIG: SOORT_VOLLEDIG}


def extension_problem(soort: str, target: Path | str) -> Message | None:
    """Why ``target`` cannot hold an export of kind ``soort``, or None when it can."""
    target = Path(target)
    allowed = EXTENSIONS[soort]
    if target.suffix.lower() in allowed:
        return None
    stem = target.stem if target.suffix else target.name
    return Message(VERKEERDE_EXTENSIE, {
        "naam": target.name,
        "soort": Message(_LABELS[soort], context="Uitwisseling"),
        "toegestaan": " of ".join(allowed),
        "voorbeeld": (stem or "export") + allowed[0],
    }, "Uitwisseling")
