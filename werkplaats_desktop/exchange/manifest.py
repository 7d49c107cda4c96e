"""``manifest.json`` of a full export: which format, from which program and werkplaats, when,
and for every file its number of rows and SHA-256, so that a damaged or edited file is noticed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange.formats import FORMAT_VERSION
from werkplaats_desktop.exchange.report import Problem

NAME = "manifest.json"
FORMAT_ID = "werkplaats-desktop-export"

GEEN_MANIFEST = QT_TRANSLATE_NOOP(
    "Uitwisseling", "manifest.json ontbreekt: dit is geen volledige export van Werkplaats Desktop."
)
MANIFEST_ONLEESBAAR = QT_TRANSLATE_NOOP("Uitwisseling", "manifest.json is niet te lezen ({fout}).")
MANIFEST_VELD = QT_TRANSLATE_NOOP(
    "Uitwisseling", "manifest.json mist of heeft een ongeldig veld '{veld_naam}'."
)
TE_NIEUW = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Deze export heeft formaatversie {versie}; dit programma kent "
    "formaatversies tot en met {max}. Installeer de nieuwste versie van "
    "Werkplaats Desktop om hem in te lezen.",
)


@dataclass(frozen=True)
class FileEntry:
    naam: str
    rijen: int
    sha256: str


@dataclass
class Manifest:
    formaatversie: int
    programmaversie: str
    schemaversie: str
    exportdatum: datetime
    profiel: str
    persoonsgegevens: bool
    bron_werkplaats: dict[str, str] | None
    werkplaatsen: list[dict[str, str]]
    bestanden: list[FileEntry] = field(default_factory=list)

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "formaat": FORMAT_ID,
            "formaatversie": self.formaatversie,
            "programma": "Werkplaats Desktop",
            "programmaversie": self.programmaversie,
            "schemaversie": self.schemaversie,
            "exportdatum": self.exportdatum.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "profiel": self.profiel,
            "persoonsgegevens": self.persoonsgegevens,
            "bron_werkplaats": self.bron_werkplaats,
            "werkplaatsen": self.werkplaatsen,
            "bestanden": [
                {"naam": f.naam, "rijen": f.rijen, "sha256": f.sha256} for f in self.bestanden
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def entry(self, name: str) -> FileEntry | None:
        return next((f for f in self.bestanden if f.naam == name), None)


def parse(data: bytes, source: str, problems: list[Problem]) -> Manifest | None:
    """Read a manifest; a missing field or a too new format version is a problem."""
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(Problem(source, None, None, None, MANIFEST_ONLEESBAAR, {"fout": exc}))
        return None
    if not isinstance(raw, dict):
        problems.append(
            Problem(source, None, None, None, MANIFEST_ONLEESBAAR, {"fout": "geen JSON-object"})
        )
        return None

    def bad(name: str) -> None:
        problems.append(Problem(source, None, None, None, MANIFEST_VELD, {"veld_naam": name}))

    version = raw.get("formaatversie")
    if raw.get("formaat") != FORMAT_ID:
        bad("formaat")
        return None
    if not isinstance(version, int) or version < 1:
        bad("formaatversie")
        return None
    if version > FORMAT_VERSION:
        problems.append(
            Problem(
                source,
                None,
                None,
                str(version),
                TE_NIEUW,
                {"versie": version, "max": FORMAT_VERSION},
            )
        )
        return None
    try:
        exported = datetime.fromisoformat(str(raw.get("exportdatum", "")))
    except ValueError:
        bad("exportdatum")
        return None
    files = raw.get("bestanden")
    if not isinstance(files, list):
        bad("bestanden")
        return None
    entries = []
    for item in files:
        try:
            entries.append(FileEntry(str(item["naam"]), int(item["rijen"]), str(item["sha256"])))
        except (KeyError, TypeError, ValueError):
            bad("bestanden")
            return None
    werkplaatsen = raw.get("werkplaatsen") or []
    bron = raw.get("bron_werkplaats")
    return Manifest(
        formaatversie=version,
        programmaversie=str(raw.get("programmaversie", "")),
        schemaversie=str(raw.get("schemaversie", "")),
        exportdatum=exported.replace(tzinfo=None),
        profiel=str(raw.get("profiel", "")),
        persoonsgegevens=bool(raw.get("persoonsgegevens", False)),
        bron_werkplaats=bron if isinstance(bron, dict) else None,
        werkplaatsen=[w for w in werkplaatsen if isinstance(w, dict)],
        bestanden=entries,
    )
