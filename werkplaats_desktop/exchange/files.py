"""Files on disk: writing atomically, reading the encoding strictly, finding the delimiter.

Writing: everything is written to a temporary file next to the target and then renamed over it
(``os.replace``), so that a target is either the old file or the complete new one, never half
written. On Windows a file that is open in Excel cannot be replaced; that gives
:class:`ExportError` with a Dutch message saying so.

Reading: UTF-8 with or without a byte order mark is read as such; a file that is not valid UTF-8
is read as Windows-1252 (what Excel writes for "CSV (gescheiden door lijstscheidingsteken)")
with a warning; UTF-16 and files with NUL bytes are refused. The delimiter is the one (``;`` or
``,``) that splits the first line into the most expected column names: the header is known, so
it is not guessed from the data (no ``csv.Sniffer``).
"""

from __future__ import annotations

import csv
import io
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.messages import Message, MessageError, is_folder, os_error
from werkplaats_desktop.exchange.report import WAARSCHUWING, Problem

DELIMITERS = (";", ",")

IN_GEBRUIK = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het bestand '{naam}' kan niet worden overschreven: het is waarschijnlijk "
    "geopend in Excel of een ander programma. Sluit het bestand en probeer het "
    "opnieuw. Er is niets gewijzigd.",
)


class ExportError(MessageError):
    """Writing an export failed; the message is Dutch and the target is unchanged."""


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; when the block ends without error, the
    temporary file replaces the target in one step. On any error it is removed. Errors of
    the operating system become Dutch sentences naming ``target`` (``domain/messages.py``)."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(is_folder(target, "export" + (target.suffix or ".csv")))
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        try:
            yield tmp
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        except OSError as exc:  # no such folder, no permission, disk full
            raise ExportError(os_error(exc, target, writing=True)) from exc
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            if target.exists():  # Windows: the old file is open in Excel
                raise ExportError(Message(IN_GEBRUIK, {"naam": target.name},
                                          "Uitwisseling")) from exc
            raise ExportError(os_error(exc, target, writing=True)) from exc
        except OSError as exc:
            raise ExportError(os_error(exc, target, writing=True)) from exc
    finally:
        tmp.unlink(missing_ok=True)


# --- reading ------------------------------------------------------------------------------------

UTF16 = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het bestand is in UTF-16 opgeslagen. Sla het op als 'CSV UTF-8' en lees het opnieuw in.",
)
NUL_BYTES = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Het bestand bevat NUL-tekens: het is geen CSV-tekstbestand."
)
GEEN_UTF8_NA_BOM = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Het bestand begint als UTF-8 maar bevat ongeldige tekens (bij byte {positie})."
)
ALS_1252 = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het bestand is niet in UTF-8 opgeslagen en is gelezen als "
    "Windows-1252. Controleer of letters met accenten goed zijn "
    "overgekomen.",
)
ONBEKENDE_TEKENSET = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "De tekenset van het bestand is niet herkend: het is geen UTF-8 en geen Windows-1252.",
)
KOPREGEL_NIET_HERKEND = QT_TRANSLATE_NOOP(
    "Uitwisseling", "De eerste regel bevat niet de verwachte kolomnamen (zoals {namen})."
)
KOLOM_ONTBREEKT = QT_TRANSLATE_NOOP("Uitwisseling", "De kolom '{kolom}' ontbreekt.")
KOLOM_ONBEKEND = QT_TRANSLATE_NOOP("Uitwisseling", "Onbekende kolom '{kolom}'.")
KOLOM_DUBBEL = QT_TRANSLATE_NOOP("Uitwisseling", "De kolom '{kolom}' staat er twee keer in.")
VELDEN_AANTAL = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "De rij heeft {n} velden; er zijn {m} kolommen. Is het bestand "
    "afgebroken of een scheidingsteken verkeerd?",
)
CSV_FOUT = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Het bestand is hier niet als CSV te lezen ({fout}); is het afgebroken?"
)
LEEG = QT_TRANSLATE_NOOP("Uitwisseling", "Het bestand is leeg.")


@dataclass
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, name: str, problems: list[Problem]) -> Decoded | None:
    """The text of a file, read strictly (see module docstring); None when refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(Problem(name, None, None, None, UTF16))
        return None
    if b"\x00" in data:
        problems.append(Problem(name, None, None, None, NUL_BYTES))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(name, None, None, None, GEEN_UTF8_NA_BOM, {"positie": exc.start + 3})
            )
            return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        problems.append(Problem(name, None, None, None, ONBEKENDE_TEKENSET))
        return None
    problems.append(Problem(name, None, None, None, ALS_1252, ernst=WAARSCHUWING))
    return Decoded(text, "cp1252")


@dataclass
class Table:
    """The rows of one CSV file; ``rows[i]`` is the row Excel shows as number ``i + 2``."""

    file: str
    columns: list[str]
    delimiter: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    #: tables made from another file (the landelijk overzicht) report problems against that
    #: file and its column names
    shown_as: str | None = None
    origin: dict[str, str] = field(default_factory=dict)

    def index(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.columns)}

    @property
    def where(self) -> str:
        return self.shown_as or self.file

    def shown(self, column: str) -> str:
        return self.origin.get(column, column)


def find_delimiter(text: str, expected: set[str]) -> str | None:
    first = text.split("\n", 1)[0].rstrip("\r")
    best, score = None, 0
    for d in DELIMITERS:
        names = {n.strip().lower() for n in next(csv.reader([first], delimiter=d), [])}
        found = len(names & expected)
        if found > score:
            best, score = d, found
    return best


def read_table(
    name: str, text: str, expected: list[str], required: set[str], problems: list[Problem]
) -> Table | None:
    """Parse ``text`` as a CSV with the ``expected`` columns (any order; ``required`` ones must
    be there, no others may be). Every problem is added to ``problems``; None when the rows
    cannot be read at all (wrong header, broken quoting)."""
    if not text.strip():
        problems.append(Problem(name, None, None, None, LEEG))
        return None
    delimiter = find_delimiter(text, set(expected))
    if delimiter is None:
        problems.append(
            Problem(name, 1, None, None, KOPREGEL_NIET_HERKEND, {"namen": ", ".join(expected[:4])})
        )
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header = [n.strip().lower() for n in next(reader)]
    ok = True
    seen: set[str] = set()
    for col in header:
        if col in seen:
            problems.append(Problem(name, 1, col, None, KOLOM_DUBBEL, {"kolom": col}))
            ok = False
        seen.add(col)
        if col not in expected:
            problems.append(Problem(name, 1, col, None, KOLOM_ONBEKEND, {"kolom": col}))
            ok = False
    for col in expected:
        if col in required and col not in seen:
            problems.append(Problem(name, 1, col, None, KOLOM_ONTBREEKT, {"kolom": col}))
            ok = False
    table = Table(name, header, delimiter)
    width = len(header)
    number = 1
    try:
        for cells in reader:
            number += 1
            if not (cells and cells[0]) and not any(c.strip() for c in cells):
                continue  # an empty line, or one of only delimiters (Excel writes those)
            if len(cells) != width:
                problems.append(
                    Problem(name, number, None, None, VELDEN_AANTAL, {"n": len(cells), "m": width})
                )
                continue
            table.rows.append((number, cells))
    except csv.Error as exc:
        problems.append(Problem(name, number + 1, None, None, CSV_FOUT, {"fout": str(exc)}))
        return None
    # with a wrong header the rows cannot be read; bad rows are left out (and reported)
    return table if ok else None
