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

import codecs
import csv
import hashlib
import io
import itertools
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

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


#: bytes read at a time; rows handed on at a time (memory is bounded by these, not the file)
CHUNK = 1 << 20
BATCH = 5000

_BOM = b"\xef\xbb\xbf"
#: bytes that Windows-1252 leaves undefined: a file with one of them is not Windows-1252
_NOT_1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")

OpenBinary = Callable[[], IO[bytes]]


@dataclass
class Decoded:
    text: str
    encoding: str


@dataclass
class Sniffed:
    """What one pass over the bytes of a file found: how to decode it, whether it holds any
    text at all, its SHA-256 and size."""

    encoding: str
    blank: bool
    sha256: str
    size: int


def sniff(chunks: Iterable[bytes], name: str, problems: list[Problem]) -> Sniffed | None:
    """Decide how to read a file from its bytes, chunk by chunk (see module docstring);
    None (with the reason in ``problems``) when it is refused. Keeps no more than a chunk.
    A refused file is still read to the end for its SHA-256 (:func:`sniff_all`)."""
    found = sniff_all(chunks, name, problems)
    return found if found.encoding else None


def sniff_all(chunks: Iterable[bytes], name: str, problems: list[Problem]) -> Sniffed:
    """:func:`sniff`, but always with the SHA-256; ``encoding`` is "" when refused."""
    sha = hashlib.sha256()
    size = 0
    bom = False
    refused = False
    utf8: codecs.IncrementalDecoder | None = codecs.getincrementaldecoder("utf-8")()
    cp1252_ok = True
    blank = True

    def refuse(template: str, **params: object) -> None:
        nonlocal refused
        problems.append(Problem(name, None, None, None, template, params))
        refused = True

    for chunk in chunks:
        if not chunk:
            continue
        sha.update(chunk)
        offset = size  # of this chunk in the file
        size += len(chunk)
        if refused:
            continue
        if offset == 0:
            if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                refuse(UTF16)
                continue
            if chunk.startswith(_BOM):
                bom = True
                chunk = chunk[3:]
                offset = 3
        if b"\x00" in chunk:
            refuse(NUL_BYTES)
            continue
        if blank and chunk.strip():
            blank = False
        if utf8 is not None:
            pending = len(utf8.getstate()[0])
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError as exc:
                if bom:
                    refuse(GEEN_UTF8_NA_BOM, positie=offset - pending + exc.start)
                    continue
                utf8 = None
        if cp1252_ok and not bom and _NOT_1252.search(chunk):
            cp1252_ok = False
    digest = sha.hexdigest()
    if refused:
        return Sniffed("", blank, digest, size)
    if utf8 is not None:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            if bom:
                refuse(GEEN_UTF8_NA_BOM, positie=size - len(utf8.getstate()[0]) + exc.start)
                return Sniffed("", blank, digest, size)
            utf8 = None
    if utf8 is not None:
        return Sniffed("utf-8-sig" if bom else "utf-8", blank, digest, size)
    if not cp1252_ok:
        refuse(ONBEKENDE_TEKENSET)
        return Sniffed("", blank, digest, size)
    problems.append(Problem(name, None, None, None, ALS_1252, ernst=WAARSCHUWING))
    return Sniffed("cp1252", blank, digest, size)


def chunks_of(open_binary: OpenBinary) -> Iterator[bytes]:
    with open_binary() as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def text_lines(open_binary: OpenBinary, encoding: str) -> Iterator[str]:
    """The lines of a file as text (line ends kept, as ``csv`` needs), read a chunk at a
    time."""
    with open_binary() as handle, io.TextIOWrapper(handle, encoding=encoding,
                                                  newline="") as text:
        yield from text


def decode(data: bytes, name: str, problems: list[Problem]) -> Decoded | None:
    """The text of a file, read strictly (see module docstring); None when refused."""
    found = sniff([data[i:i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""], name,
                  problems)
    if found is None:
        return None
    text = data.decode(found.encoding)
    return Decoded(text, found.encoding)


@dataclass
class Table:
    """The rows of one CSV file; ``rows[i]`` is the row Excel shows as number ``i + 2``.
    ``count`` is the number of data rows the file has (also when the rows are no longer kept,
    see :class:`TableReader`)."""

    file: str
    columns: list[str]
    delimiter: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    #: tables made from another file (the landelijk overzicht) report problems against that
    #: file and its column names
    shown_as: str | None = None
    origin: dict[str, str] = field(default_factory=dict)
    count: int = 0
    #: its cells were read (and bad ones reported) while the file was read
    checked: bool = False

    def index(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.columns)}

    @property
    def where(self) -> str:
        return self.shown_as or self.file

    def shown(self, column: str) -> str:
        return self.origin.get(column, column)


def header_names(line: str, delimiter: str) -> set[str]:
    """The names in a header line split at ``delimiter`` (none when it cannot be split: a
    stray carriage return or quote in a damaged file)."""
    try:
        return {n.strip().lower() for n in next(csv.reader([line], delimiter=delimiter), [])}
    except csv.Error:
        return set()


def find_delimiter(text: str, expected: set[str]) -> str | None:
    first = text.split("\n", 1)[0].rstrip("\r")
    best, score = None, 0
    for d in DELIMITERS:
        names = header_names(first, d)
        found = len(names & expected)
        if found > score:
            best, score = d, found
    return best


def read_header(
    name: str, lines: Iterator[str], expected: list[str], required: set[str],
    problems: list[Problem],
) -> tuple[Table, Iterator[list[str]], bool] | None:
    """The first line of a CSV as a :class:`Table` without rows, and a reader for the rest;
    the flag is False when the header is wrong (problems reported). None when the file has
    no text or no recognisable header."""
    first = next(lines, "")
    if not first.strip():
        first = next((line for line in lines if line.strip()), "")  # (leading empty lines)
        if not first:
            problems.append(Problem(name, None, None, None, LEEG))
            return None
    delimiter = find_delimiter(first, set(expected))
    if delimiter is None:
        problems.append(
            Problem(name, 1, None, None, KOPREGEL_NIET_HERKEND, {"namen": ", ".join(expected[:4])})
        )
        return None
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter, strict=True)
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
    return Table(name, header, delimiter), reader, ok


def read_rows(
    table: Table, reader: Iterator[list[str]], problems: list[Problem],
) -> Iterator[list[tuple[int, list[str]]]]:
    """The rows after the header, in batches of :data:`BATCH` (``(row number, cells)``; row 1
    is the header). Bad rows are reported and left out; ``table.count`` counts the good ones.
    A CSV error ends the reading (reported, then ``csv.Error`` is raised)."""
    name = table.file
    width = len(table.columns)
    number = 1
    batch: list[tuple[int, list[str]]] = []
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
            table.count += 1
            batch.append((number, cells))
            if len(batch) >= BATCH:
                yield batch
                batch = []
    except csv.Error as exc:
        problems.append(Problem(name, number + 1, None, None, CSV_FOUT, {"fout": str(exc)}))
        raise
    if batch:
        yield batch


def read_table(
    name: str, text: str, expected: list[str], required: set[str], problems: list[Problem]
) -> Table | None:
    """Parse ``text`` as a CSV with the ``expected`` columns (any order; ``required`` ones must
    be there, no others may be). Every problem is added to ``problems``; None when the rows
    cannot be read at all (wrong header, broken quoting)."""
    if not text.strip():
        problems.append(Problem(name, None, None, None, LEEG))
        return None
    head = read_header(name, iter(io.StringIO(text, newline="")), expected, required, problems)
    if head is None:
        return None
    table, reader, ok = head
    try:
        for batch in read_rows(table, reader, problems):
            table.rows.extend(batch)
    except csv.Error:
        return None
    # with a wrong header the rows cannot be read; bad rows are left out (and reported)
    return table if ok else None
