"""Reading what the user chose to import into tables: a full export (ZIP or folder with
``manifest.json``) or a landelijk overzicht (one CSV). Every problem with the files themselves
goes into the report.

A full export is checked against its manifest first: a too new format version is refused, an
older one is brought up to date by the steps in :data:`UPGRADES`, and every file must have the
SHA-256 and the number of rows the manifest gives (a damaged or edited file is refused).

Streamed, with bounded memory: a file is read twice, a chunk at a time, never whole: once for
its SHA-256 and its encoding (``files.sniff``), then as CSV rows in batches. Each batch's
cells are read as their kinds straight away (``plan.parse_table``, the same code the plan
uses, given the database's code lists), so a bad cell is reported while the file is read. The
rows are kept for the rest of the import only while the report has at most
``report.SHOWN`` errors: after that the import is refused anyway, the rows are dropped
(``Source.cut_short``) and the rest of the file is only read for the count of its problems.
A 200 MB file of bad rows therefore needs memory for one batch, not for the file
(``benchmarks/bad_file.py`` measures it).

A ZIP archive is looked at before anything in it is read: members with an absolute path, a
``..`` in their path, a symbolic link, a name that occurs twice, or a total unpacked size far
above the archive's own (a zip bomb) refuse the whole archive. Members are read as streams;
nothing is ever extracted to disk.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.messages import os_error
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange import landelijk, manifest
from werkplaats_desktop.exchange.columns import FileFormat
from werkplaats_desktop.exchange.files import (
    LEEG,
    Table,
    chunks_of,
    find_delimiter,
    header_names,
    read_header,
    read_rows,
    sniff,
    sniff_all,
    text_lines,
)
from werkplaats_desktop.exchange.formats import LANDELIJK, VOLLEDIG
from werkplaats_desktop.exchange.manifest import Herkomst
from werkplaats_desktop.exchange.report import FOUT, SHOWN, WAARSCHUWING, Problem

BESTAAT_NIET = QT_TRANSLATE_NOOP("Uitwisseling", "Het bestand of de map bestaat niet.")
GEEN_ZIP = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Dit is geen geldig ZIP-bestand (is het afgebroken of beschadigd?)."
)
ZIP_KAPOT = QT_TRANSLATE_NOOP("Uitwisseling", "Het ZIP-bestand is beschadigd ({fout}).")
BESTAND_ONTBREEKT = QT_TRANSLATE_NOOP("Uitwisseling", "Dit bestand ontbreekt in de export.")
CONTROLEGETAL = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "De inhoud komt niet overeen met het controlegetal (SHA-256) in "
    "manifest.json: het bestand is beschadigd of na het exporteren "
    "gewijzigd.",
)
RIJEN_AANTAL = QT_TRANSLATE_NOOP(
    "Uitwisseling", "manifest.json noemt {verwacht} rijen; het bestand heeft er {n}."
)
NIET_GELEZEN = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Dit bestand hoort niet bij het formaat en wordt niet gelezen."
)
DEEL_VAN_EXPORT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Dit is één bestand uit een volledige export. Lees de hele "
    "export in (het ZIP-bestand of de map met manifest.json).",
)
NIET_HERKEND = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Dit bestand is geen export van Werkplaats Desktop: de kolommen "
    "van het landelijk overzicht (zoals {namen}) ontbreken.",
)
LANDELIJK_VERSIE = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Dit landelijk overzicht heeft formaatversie {versie}; dit "
    "programma kent formaatversies tot en met {max}. Installeer "
    "de nieuwste versie van Werkplaats Desktop.",
)

def _add_column(text: str, column: str, after: str) -> str:
    """``text`` (a CSV file) with an empty ``column`` after the column ``after``."""
    delimiter = find_delimiter(text, {after, "uuid"}) or ";"
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        return text
    header = [n.strip().lower() for n in rows[0]]
    if column in header or after not in header:
        return text
    at = header.index(after) + 1
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for i, row in enumerate(rows):
        if row:
            row = [*row[:at], column if i == 0 else "", *row[at:]]
        writer.writerow(row)
    return out.getvalue()


def _v1_to_v2(texts: dict[str, str]) -> dict[str, str]:
    """Version 2 added the werkplaats's code (werkplaatsen.csv): empty in an older export, so
    the importer recognises its werkplaatsen by name and gives them their code (§6)."""
    if "werkplaatsen.csv" in texts:
        texts["werkplaatsen.csv"] = _add_column(texts["werkplaatsen.csv"], "code", "naam")
    return texts

ZIP_ABSOLUUT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het ZIP-bestand bevat '{naam}' met een absoluut pad. Een export van Werkplaats Desktop "
    "heeft dat nooit; het ZIP-bestand wordt niet gelezen.",
)
ZIP_BUITEN = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het ZIP-bestand bevat '{naam}', dat met '..' buiten het archief wijst. Een export van "
    "Werkplaats Desktop heeft dat nooit; het ZIP-bestand wordt niet gelezen.",
)
ZIP_LINK = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het ZIP-bestand bevat '{naam}' als snelkoppeling (symbolische link). Een export van "
    "Werkplaats Desktop heeft dat nooit; het ZIP-bestand wordt niet gelezen.",
)
ZIP_DUBBEL = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het ZIP-bestand bevat '{naam}' {n} keer: welke bedoeld is, is niet te zeggen. Het "
    "ZIP-bestand wordt niet gelezen.",
)
ZIP_BOM = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Het ZIP-bestand zou uitgepakt {uitgepakt} MB worden, {factor} keer zo groot als het "
    "archief zelf ({groot} MB). Dat is geen export van Werkplaats Desktop (mogelijk een "
    "'zip-bom'); het ZIP-bestand wordt niet gelezen.",
)
MANIFEST_TE_GROOT = QT_TRANSLATE_NOOP(
    "Uitwisseling", "manifest.json is {groot} MB; een echt manifest is een paar kB. Het "
    "ZIP-bestand wordt niet gelezen.",
)
NIET_TE_LEZEN = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Het bestand kan niet worden gelezen ({fout})."
)
KOLOM_NODIG = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "De kolom '{kolom}' ontbreekt, terwijl '{veld}' verplicht is (aantal rijen zonder: {n}). "
    "Voeg de kolom toe, of exporteer het overzicht opnieuw.",
)

#: a zip bomb: more than this many bytes unpacked in total ...
MAX_UNPACKED = 4 << 30
#: ... or, above this size, more than this many times the archive's own size
BOMB_FLOOR = 64 << 20
BOMB_RATIO = 200
#: manifest.json is read whole: a real one is a few kB
MAX_MANIFEST = 1 << 20

#: format version n -> a step that turns the files (name -> text) of version n into version n+1.
UPGRADES: dict[int, Callable[[dict[str, str]], dict[str, str]]] = {1: _v1_to_v2}

Codes = dict[str, dict[str, str]]
Opener = Callable[[], IO[bytes]]


def open_binary(path: Path) -> IO[bytes]:
    """Open a file the user chose (one place, so that tests can make it fail)."""
    return open(path, "rb")


@dataclass
class Source:
    """One thing the user chose to import, read into tables."""

    path: Path
    kind: str
    tables: dict[str, Table] = field(default_factory=dict)
    manifest: manifest.Manifest | None = None
    #: a landelijk overzicht's own columns about where it comes from (``landelijk.herkomst``)
    landelijk_herkomst: Herkomst | None = None
    #: the columns of each file as the user's file has them (by the name problems use)
    headers: dict[str, set[str]] = field(default_factory=dict)
    #: errors in single cells found while reading (the plan reads those cells again later)
    cell_errors: int = 0
    #: too many errors: the rows were dropped after the first ones (see module docstring)
    cut_short: bool = False

    @property
    def label(self) -> str:
        return self.path.name

    @property
    def herkomst(self) -> Herkomst:
        """Where the export comes from: its eigen werkplaats, date and year statuses."""
        if self.manifest is not None:
            return self.manifest.herkomst()
        return self.landelijk_herkomst or Herkomst(None, None)


def _required(fmt: FileFormat, personal: bool) -> set[str]:
    return {c.name for c in fmt.columns if c.imported and (personal or not c.personal)}


def _errors(problems: list[Problem]) -> int:
    counted = getattr(problems, "errors", None)
    return counted if isinstance(counted, int) else sum(p.ernst == FOUT for p in problems)


def read_source(path: Path, problems: list[Problem], codes: Codes | None = None) -> Source | None:
    """Read one file or folder the user chose (see module docstring). ``codes`` (from
    ``plan.code_lists``) lets the cells be checked while reading; without them the plan
    checks them later (and the rows are always kept)."""
    path = Path(path)
    try:
        if path.is_dir():
            return _read_full(path, _Folder(path, problems), problems, codes)
        if not path.is_file():
            problems.append(Problem(path.name, None, None, None, BESTAAT_NIET))
            return None
        with open_binary(path) as handle:
            start = handle.read(4)
        if start.startswith(b"PK") or path.suffix.lower() == ".zip":
            try:
                archive = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                problems.append(Problem(path.name, None, None, None, GEEN_ZIP))
                return None
            with archive:
                members = _Zip(archive, path, problems)
                if not members.safe():
                    return None
                return _read_full(path, members, problems, codes)
        return _read_landelijk(path, lambda: open_binary(path), problems, codes)
    except OSError as exc:
        said = os_error(exc, path)
        problems.append(Problem(path.name, None, None, None, said.template, said.params,
                                context=said.context))
        return None


class _Folder:
    """The files of a full export in a folder."""

    def __init__(self, folder: Path, problems: list[Problem]):
        self.folder = folder
        self.problems = problems

    def names(self) -> set[str]:
        return {p.name for p in self.folder.iterdir() if p.is_file()}

    def opener(self, name: str) -> Opener | None:
        path = self.folder / name
        return (lambda: open_binary(path)) if path.is_file() else None

    def size(self, name: str) -> int:
        return (self.folder / name).stat().st_size

    def broken(self, name: str, exc: Exception) -> None:
        self.problems.append(Problem(name, None, None, None, NIET_TE_LEZEN, {"fout": exc}))


#: what a damaged or truncated member raises while it is read
_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError)


class _Zip:
    """The members of a full export in a ZIP archive, read as streams (never extracted)."""

    def __init__(self, archive: zipfile.ZipFile, path: Path, problems: list[Problem]):
        self.archive = archive
        self.path = path
        self.problems = problems
        self.infos = {info.filename: info for info in archive.infolist()}

    def safe(self) -> bool:
        """Refuse (report) an archive with a member that could point outside it, a link, a
        duplicate name or a zip bomb, before anything in it is read."""
        label = self.path.name
        found: list[Problem] = []
        infos = self.archive.infolist()
        for name, n in Counter(i.filename for i in infos).items():
            if n > 1:
                found.append(Problem(label, None, None, name, ZIP_DUBBEL, {"naam": name, "n": n}))
        for info in infos:
            name = info.filename
            parts = re.split(r"[\\/]", name)
            if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
                found.append(Problem(label, None, None, name, ZIP_ABSOLUUT, {"naam": name}))
            elif ".." in parts:
                found.append(Problem(label, None, None, name, ZIP_BUITEN, {"naam": name}))
            if stat.S_ISLNK(info.external_attr >> 16):
                found.append(Problem(label, None, None, name, ZIP_LINK, {"naam": name}))
        unpacked = sum(i.file_size for i in infos)
        packed = max(self.path.stat().st_size, 1)
        if unpacked > MAX_UNPACKED or (unpacked > BOMB_FLOOR and unpacked > BOMB_RATIO * packed):
            found.append(Problem(label, None, None, None, ZIP_BOM, {
                "uitgepakt": unpacked // (1 << 20), "groot": round(packed / (1 << 20), 1),
                "factor": unpacked // packed}))
        self.problems.extend(found)
        return not found

    def names(self) -> set[str]:
        return set(self.infos)

    def opener(self, name: str) -> Opener | None:
        if name not in self.infos:
            return None
        return lambda: self.archive.open(name)

    def size(self, name: str) -> int:
        return self.infos[name].file_size

    def broken(self, name: str, exc: Exception) -> None:
        self.problems.append(Problem(f"{self.path.name}/{name}", None, None, None, ZIP_KAPOT,
                                     {"fout": exc}))


Files = _Folder | _Zip


def _read_full(path: Path, files: Files, problems: list[Problem],
               codes: Codes | None) -> Source | None:
    opener = files.opener(manifest.NAME)
    if opener is None:
        problems.append(Problem(path.name, None, None, None, manifest.GEEN_MANIFEST))
        return None
    if files.size(manifest.NAME) > MAX_MANIFEST:
        problems.append(Problem(f"{path.name}/{manifest.NAME}", None, None, None,
                                MANIFEST_TE_GROOT,
                                {"groot": files.size(manifest.NAME) // (1 << 20)}))
        return None
    try:
        with opener() as handle:
            data = handle.read(MAX_MANIFEST + 1)
    except _ZIP_ERRORS as exc:
        files.broken(manifest.NAME, exc)
        return None
    man = manifest.parse(data, f"{path.name}/{manifest.NAME}", problems)
    if man is None:
        return None
    source = Source(path, VOLLEDIG, manifest=man)
    wanted = F.files_for(man.persoonsgegevens)
    readable: dict[str, tuple[Opener, str]] = {}
    for fmt in wanted:
        where = fmt.file
        member = files.opener(fmt.file)
        entry = man.entry(fmt.file)
        if member is None or entry is None:
            problems.append(Problem(where, None, None, None, BESTAND_ONTBREEKT))
            continue
        found: list[Problem] = []
        try:
            sniffed = sniff_all(chunks_of(member), where, found)
        except _ZIP_ERRORS as exc:
            files.broken(fmt.file, exc)
            continue
        if sniffed.sha256 != entry.sha256.lower():
            problems.append(Problem(where, None, None, None, CONTROLEGETAL))
            continue
        problems.extend(found)
        if sniffed.encoding:
            readable[fmt.file] = (member, sniffed.encoding)
    known = {f.file for f in F.FILES} | {manifest.NAME}
    for extra in sorted(files.names() - known):
        if not extra.endswith("/"):
            problems.append(Problem(extra, None, None, None, NIET_GELEZEN, ernst=WAARSCHUWING))
    upgrades = [UPGRADES[v] for v in range(man.formaatversie, F.FORMAT_VERSION)]
    texts: dict[str, str] = {}
    if upgrades:  # an older format: the steps work on whole texts (small, old exports)
        for name, (member, encoding) in readable.items():
            with member() as handle:
                texts[name] = handle.read().decode(encoding)
        for step in upgrades:
            texts = step(texts)
    for fmt in wanted:
        if fmt.file not in readable:
            continue
        member, encoding = readable[fmt.file]
        lines: Iterator[str] = (iter(io.StringIO(texts[fmt.file], newline=""))
                                if upgrades else text_lines(member, encoding))
        try:
            table = _read_rows(source, fmt.file, lines, fmt.names(),
                               _required(fmt, man.persoonsgegevens), problems, fmt, codes)
        except _ZIP_ERRORS as exc:
            files.broken(fmt.file, exc)
            continue
        if table is None:
            continue
        entry = man.entry(fmt.file)
        if entry is not None and entry.rijen != table.count:
            problems.append(
                Problem(
                    fmt.file,
                    None,
                    None,
                    None,
                    RIJEN_AANTAL,
                    {"verwacht": entry.rijen, "n": table.count},
                )
            )
        source.tables[fmt.file] = table
    return source


def _keep(source: Source, tables: list[Table], problems: list[Problem]) -> None:
    """Drop the rows read so far once the import cannot succeed and the report is full."""
    if _errors(problems) > SHOWN:
        source.cut_short = True
        for table in tables:
            table.rows.clear()


def _checker(source: Source, problems: list[Problem]) -> Callable[[Problem], None]:
    def add(problem: Problem) -> None:
        source.cell_errors += problem.ernst == FOUT
        problems.append(problem)

    return add


def _read_rows(
    source: Source, name: str, lines: Iterator[str], expected: list[str], required: set[str],
    problems: list[Problem], fmt: FileFormat, codes: Codes | None,
) -> Table | None:
    """One CSV file of a full export, streamed (see module docstring)."""
    from werkplaats_desktop.exchange.plan import parse_table  # (plan imports this module)

    head = read_header(name, lines, expected, required, problems)
    if head is None:
        return None
    table, reader, ok = head
    source.headers[table.where] = set(table.columns)
    add = _checker(source, problems)
    try:
        for batch in read_rows(table, reader, problems):
            if not ok:
                continue  # a wrong header: the rows are only counted for their problems
            if codes is not None:
                parse_table(table, fmt, codes, batch, add)
                table.checked = True
            table.rows.extend(batch)
            if codes is not None:
                _keep(source, [table], problems)
    except csv.Error:
        return None
    return table if ok else None


def _read_landelijk(path: Path, opener: Opener, problems: list[Problem],
                    codes: Codes | None) -> Source | None:
    from werkplaats_desktop.exchange.plan import parse_table  # (plan imports this module)

    sniffed = sniff(chunks_of(opener), path.name, problems)
    if sniffed is None:
        return None
    if sniffed.blank:
        problems.append(Problem(path.name, None, None, None, LEEG))
        return None
    lines = text_lines(opener, sniffed.encoding)
    first = next((line for line in lines if line.strip()), "")
    best = _best_match(first)
    if best is not landelijk.COLUMNS:
        if best is None:
            problems.append(
                Problem(
                    path.name,
                    1,
                    None,
                    None,
                    NIET_HERKEND,
                    {"namen": "soort, uuid, werkplaats_uuid"},
                )
            )
        else:
            problems.append(Problem(path.name, None, None, None, DEEL_VAN_EXPORT))
        return None
    required = {
        c.name
        for c in landelijk.COLUMNS
        if c.name in ("soort", "uuid", "werkplaats_uuid", "titel", "jaar", "formaatversie")
    }
    head = read_header(path.name, _chain(first, lines), landelijk.NAMES, required, problems)
    if head is None:
        return None
    table, reader, ok = head
    source = Source(path, LANDELIJK)
    source.headers[path.name] = set(table.columns)
    idx = table.index()["formaatversie"] if ok else 0
    splitter = landelijk.Splitter(table, problems) if ok else None
    origin = landelijk.HerkomstReader(table, problems) if ok else None
    add = _checker(source, problems)
    try:
        for batch in read_rows(table, reader, problems):
            if splitter is None:
                continue  # a wrong header: the rows are only counted for their problems
            newer = {
                cells[idx].strip()
                for _row, cells in batch
                if cells[idx].strip().isdigit() and int(cells[idx]) > F.FORMAT_VERSION
            }
            if newer:
                version = max(newer, key=int)
                problems.append(
                    Problem(
                        path.name,
                        None,
                        "formaatversie",
                        version,
                        LANDELIJK_VERSIE,
                        {"versie": version, "max": F.FORMAT_VERSION},
                    )
                )
                return None
            tables = splitter.all()
            before = [len(t.rows) for t in tables]
            if origin is not None:
                origin.add(batch)
            splitter.add(batch)
            if codes is not None:
                for t, n in zip(tables, before, strict=True):
                    parse_table(t, F.BY_FILE[t.file], codes, t.rows[n:], add)
                    t.checked = True
                _keep(source, tables, problems)
    except csv.Error:
        return None
    except UnicodeDecodeError as exc:  # (the file changed between the two passes)
        problems.append(Problem(path.name, None, None, None, NIET_TE_LEZEN, {"fout": exc}))
        return None
    if splitter is None:
        return None
    if origin is not None:
        source.landelijk_herkomst = origin.result()
    source.tables = splitter.tables()
    return source


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _best_match(first: str) -> object | None:
    """Which known header the first line is most like: the landelijk overzicht's columns, one
    of the files of a full export, or none."""
    first = first.split("\n", 1)[0].rstrip("\r")
    candidates: list[object] = [landelijk.COLUMNS, *(f.columns for f in F.FILES)]
    best, score = None, 0.0
    for d in (";", ","):
        names = header_names(first, d)
        for columns in candidates:
            known = {c.name for c in columns}  # type: ignore[attr-defined]
            similarity = len(names & known) / len(names | known)
            if len(names & known) >= 2 and similarity > score:
                best, score = columns, similarity
    return best
