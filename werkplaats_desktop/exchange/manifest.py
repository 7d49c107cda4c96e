"""``manifest.json`` of a full export: which format, from which program and werkplaats, when,
and for every file its number of rows and SHA-256, so that a damaged or edited file is noticed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.exchange.formats import FORMAT_VERSION
from werkplaats_desktop.exchange.report import Problem

NAME = "manifest.json"
_STATUSES = {s.value for s in JaarStatus}
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


@dataclass(frozen=True)
class WerkplaatsRef:
    """A werkplaats as an export names it: its UUID in the exporting file, its code, its name."""

    uuid: str
    code: str
    naam: str

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "uuid": self.uuid, "naam": self.naam}


@dataclass(frozen=True)
class JaarEntry:
    """The status of one year of one werkplaats in the exporting file (not concept)."""

    werkplaats_uuid: str
    werkplaats_code: str
    jaar: int
    status: str


@dataclass(frozen=True)
class Herkomst:
    """Where an export comes from, from its manifest (full export) or its columns (landelijk
    overzicht): its eigen werkplaats (None: a file without one, such as the demo or a national
    overview, whose records belong to each werkplaats in it), when it was made, and the
    statuses of the years of its werkplaatsen."""

    exportdatum: datetime | None
    eigen: WerkplaatsRef | None
    jaarstatus: tuple[JaarEntry, ...] = ()


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
    #: since format version 2: the file's own werkplaats, and the statuses of its years
    eigen_werkplaats: WerkplaatsRef | None = None
    jaarstatus: list[JaarEntry] = field(default_factory=list)

    def herkomst(self) -> Herkomst:
        """Version 1 knew no eigen werkplaats; its ``bron_werkplaats`` (set when the file held
        exactly one werkplaats) is taken as such."""
        eigen = self.eigen_werkplaats
        if eigen is None and self.formaatversie < 2 and self.bron_werkplaats:
            eigen = WerkplaatsRef(str(self.bron_werkplaats.get("uuid", "")), "",
                                  str(self.bron_werkplaats.get("naam", "")))
        return Herkomst(self.exportdatum, eigen, tuple(self.jaarstatus))

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
            "eigen_werkplaats": self.eigen_werkplaats.as_json() if self.eigen_werkplaats
            else None,
            "bron_werkplaats": self.bron_werkplaats,
            "werkplaatsen": self.werkplaatsen,
            "jaarstatus": [{"werkplaats_code": j.werkplaats_code,
                            "werkplaats_uuid": j.werkplaats_uuid, "jaar": j.jaar,
                            "status": j.status} for j in self.jaarstatus],
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
    eigen = raw.get("eigen_werkplaats")
    if eigen is not None and not (isinstance(eigen, dict) and eigen.get("uuid")):
        bad("eigen_werkplaats")
        return None
    jaren = []
    for item in raw.get("jaarstatus") or []:
        try:
            status = str(item["status"])
            if status not in _STATUSES:
                raise ValueError(status)
            jaren.append(JaarEntry(str(item.get("werkplaats_uuid") or ""),
                                   str(item.get("werkplaats_code") or ""), int(item["jaar"]),
                                   status))
        except (KeyError, TypeError, ValueError):
            bad("jaarstatus")
            return None
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
        eigen_werkplaats=WerkplaatsRef(str(eigen["uuid"]), str(eigen.get("code") or ""),
                                       str(eigen.get("naam") or "")) if eigen else None,
        jaarstatus=jaren,
    )
