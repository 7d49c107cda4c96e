"""Reading what the user chose to import into tables: a full export (ZIP or folder with
``manifest.json``) or a landelijk overzicht (one CSV). Nothing is checked against the database
here; every problem with the files themselves goes into the report.

A full export is checked against its manifest first: a too new format version is refused, an
older one is brought up to date by the steps in :data:`UPGRADES`, and every file must have the
SHA-256 and the number of rows the manifest gives (a damaged or edited file is refused).
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange import landelijk, manifest
from werkplaats_desktop.exchange.columns import FileFormat
from werkplaats_desktop.exchange.files import Table, decode, find_delimiter, read_table
from werkplaats_desktop.exchange.formats import LANDELIJK, VOLLEDIG
from werkplaats_desktop.exchange.manifest import Herkomst
from werkplaats_desktop.exchange.report import WAARSCHUWING, Problem

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


#: format version n -> a step that turns the files (name -> text) of version n into version n+1.
UPGRADES: dict[int, Callable[[dict[str, str]], dict[str, str]]] = {1: _v1_to_v2}


@dataclass
class Source:
    """One thing the user chose to import, read into tables."""

    path: Path
    kind: str
    tables: dict[str, Table] = field(default_factory=dict)
    manifest: manifest.Manifest | None = None
    #: a landelijk overzicht's own columns about where it comes from (``landelijk.herkomst``)
    landelijk_herkomst: Herkomst | None = None

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


def read_source(path: Path, problems: list[Problem]) -> Source | None:
    path = Path(path)
    if path.is_dir():
        return _read_full(path, _folder_reader(path), problems)
    if not path.is_file():
        problems.append(Problem(path.name, None, None, None, BESTAAT_NIET))
        return None
    data = path.read_bytes()
    if data.startswith(b"PK") or path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError):
            problems.append(Problem(path.name, None, None, None, GEEN_ZIP))
            return None
        with archive:
            return _read_full(path, _zip_reader(archive, path.name, problems), problems)
    return _read_landelijk(path, data, problems)


def _folder_reader(folder: Path) -> Callable[[str], bytes | None]:
    def read(name: str) -> bytes | None:
        p = folder / name
        return p.read_bytes() if p.is_file() else None

    read.names = lambda: {p.name for p in folder.iterdir() if p.is_file()}  # type: ignore[attr-defined]
    return read


def _zip_reader(
    archive: zipfile.ZipFile, label: str, problems: list[Problem]
) -> Callable[[str], bytes | None]:
    def read(name: str) -> bytes | None:
        try:
            return archive.read(name)
        except KeyError:
            return None
        except (zipfile.BadZipFile, OSError, EOFError) as exc:  # truncated or damaged member
            problems.append(Problem(f"{label}/{name}", None, None, None, ZIP_KAPOT, {"fout": exc}))
            return b""

    read.names = lambda: set(archive.namelist())  # type: ignore[attr-defined]
    return read


def _read_full(
    path: Path, read: Callable[[str], bytes | None], problems: list[Problem]
) -> Source | None:
    data = read(manifest.NAME)
    if data is None:
        problems.append(Problem(path.name, None, None, None, manifest.GEEN_MANIFEST))
        return None
    man = manifest.parse(data, f"{path.name}/{manifest.NAME}", problems)
    if man is None:
        return None
    source = Source(path, VOLLEDIG, manifest=man)
    wanted = F.files_for(man.persoonsgegevens)
    texts: dict[str, str] = {}
    for fmt in wanted:
        where = fmt.file
        raw = read(fmt.file)
        entry = man.entry(fmt.file)
        if raw is None or entry is None:
            problems.append(Problem(where, None, None, None, BESTAND_ONTBREEKT))
            continue
        if hashlib.sha256(raw).hexdigest() != entry.sha256.lower():
            problems.append(Problem(where, None, None, None, CONTROLEGETAL))
            continue
        decoded = decode(raw, where, problems)
        if decoded is not None:
            texts[fmt.file] = decoded.text
    known = {f.file for f in F.FILES} | {manifest.NAME}
    for extra in sorted(read.names() - known):  # type: ignore[attr-defined]
        if not extra.endswith("/"):
            problems.append(Problem(extra, None, None, None, NIET_GELEZEN, ernst=WAARSCHUWING))
    for version in range(man.formaatversie, F.FORMAT_VERSION):
        texts = UPGRADES[version](texts)
    for fmt in wanted:
        if fmt.file not in texts:
            continue
        table = read_table(
            fmt.file, texts[fmt.file], fmt.names(), _required(fmt, man.persoonsgegevens), problems
        )
        if table is None:
            continue
        entry = man.entry(fmt.file)
        if entry is not None and entry.rijen != len(table.rows):
            problems.append(
                Problem(
                    fmt.file,
                    None,
                    None,
                    None,
                    RIJEN_AANTAL,
                    {"verwacht": entry.rijen, "n": len(table.rows)},
                )
            )
        source.tables[fmt.file] = table
    return source


def _read_landelijk(path: Path, data: bytes, problems: list[Problem]) -> Source | None:
    decoded = decode(data, path.name, problems)
    if decoded is None:
        return None
    text = decoded.text
    best = _best_match(text)
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
    table = read_table(path.name, text, landelijk.NAMES, required, problems)
    if table is None:
        return None
    idx = table.index()["formaatversie"]
    newer = {
        cells[idx].strip()
        for _row, cells in table.rows
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
    source = Source(path, LANDELIJK)
    source.landelijk_herkomst = landelijk.herkomst(table, problems)
    source.tables = landelijk.split(table, problems)
    return source


def _best_match(text: str) -> object | None:
    """Which known header the first line is most like: the landelijk overzicht's columns, one
    of the files of a full export, or none."""
    first = text.split("\n", 1)[0].rstrip("\r")
    candidates: list[object] = [landelijk.COLUMNS, *(f.columns for f in F.FILES)]
    best, score = None, 0.0
    for d in (";", ","):
        names = {n.strip().lower() for n in next(csv.reader([first], delimiter=d), [])}
        for columns in candidates:
            known = {c.name for c in columns}  # type: ignore[attr-defined]
            similarity = len(names & known) / len(names | known)
            if len(names & known) >= 2 and similarity > score:
                best, score = columns, similarity
    return best
