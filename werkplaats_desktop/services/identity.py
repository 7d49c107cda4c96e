"""Which werkplaats a werkplaats is: its code, from the national code list or generated.

Files made independently each have their own UUIDs; what makes "Wmo-werkplaats Utrecht" in
Utrecht's file and in Zwolle's file one werkplaats is its **code**. The national code list
(``landelijke_werkplaats``, reference data of revision 0004: the 14 Wmo-werkplaatsen with the
other names the sources use for them) gives the 14 their codes (``WSD-UTR``); a werkplaats not
on the list gets a generated code ``WP-`` + 8 hexadecimal digits of its UUID, and is recognised
elsewhere by its name, folded by :func:`~werkplaats_desktop.domain.text.fold`.

The same answers serve the form (a new werkplaats gets its code when saved: :func:`give_code`)
and the import (``exchange/plan.py`` matches an export's werkplaatsen: :class:`Werkplaatsen`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.types import new_uuid

#: the prefix of codes the program makes up for werkplaatsen not on the national list
GENERATED = "WP-"


def generated_code(uuid: str, taken: Iterable[str] = ()) -> str:
    """``WP-`` and the first 8 hexadecimal digits of ``uuid`` (more when those are taken)."""
    digits = uuid.replace("-", "").upper()
    used = set(taken)
    size = 8
    code = GENERATED + digits[:size]
    while code in used and size < len(digits):
        size += 2
        code = GENERATED + digits[:size]
    return code


def is_national(code: str | None) -> bool:
    return bool(code) and not str(code).startswith(GENERATED)


@dataclass(frozen=True)
class NationalEntry:
    code: str
    naam: str
    provincie_code: str | None
    penvoerder: str
    startjaar: int | None


class NationalList:
    """The national code list, with every name (its own and the others) folded."""

    def __init__(self, entries: list[NationalEntry], names: dict[str, str]):
        self.entries = entries
        self.by_code = {e.code: e for e in entries}
        #: folded name -> code (the list's own names first, then the other names)
        self.by_name = names

    @classmethod
    def load(cls, s: Session) -> NationalList:
        lw, ln = orm.LandelijkeWerkplaats, orm.LandelijkeWerkplaatsNaam
        entries = [NationalEntry(r.code, r.naam, r.provincie_code, r.penvoerder, r.startjaar)
                   for r in s.scalars(select(lw).order_by(lw.volgorde))]
        names: dict[str, str] = {fold(e.naam): e.code for e in entries}
        for naam, code in s.execute(select(ln.naam, ln.code)):
            names.setdefault(fold(naam), code)
        return cls(entries, names)

    @classmethod
    def from_connection(cls, conn: Any) -> NationalList:
        """The same, on a plain ``sqlite3`` connection (the import's)."""
        entries = [NationalEntry(*row) for row in conn.execute(
            "SELECT code, naam, provincie_code, penvoerder, startjaar FROM landelijke_werkplaats "
            "ORDER BY volgorde")]
        names: dict[str, str] = {fold(e.naam): e.code for e in entries}
        for naam, code in conn.execute("SELECT naam, code FROM landelijke_werkplaats_naam"):
            names.setdefault(fold(naam), code)
        return cls(entries, names)

    def code_for(self, naam: str | None) -> str | None:
        return self.by_name.get(fold(naam))


def give_code(s: Session, record: m.Werkplaats) -> None:
    """Before a werkplaats is saved: one without a code gets the national code its name
    matches (when no other werkplaats here has it), else a generated one. A new record gets
    its UUID now (the generated code is made from it)."""
    if record.code:
        record.code = record.code.strip().upper()
        return
    if not record.uuid:
        record.uuid = new_uuid()
    W = orm.Werkplaats
    taken = set(s.scalars(select(W.code).where(*([W.id != record.id] if record.id else []))))
    national = NationalList.load(s).code_for(record.naam)
    if national is not None and national not in taken:
        record.code = national
    else:
        record.code = generated_code(record.uuid, taken)


class Werkplaatsen:
    """The werkplaatsen of this file by code and by folded name, for recognising those of an
    export: by code first; then by name (their own, or any name of the national list entry
    with their code) unless the two carry different national codes (then they are two)."""

    def __init__(self, rows: Iterable[tuple[int, str, str]], national: NationalList):
        self.national = national
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.code_of: dict[int, str] = {}
        for wid, naam, code in rows:
            self.add(wid, naam, code)

    def add(self, wid: int, naam: str | None, code: str | None) -> None:
        if code:
            self.by_code.setdefault(code, wid)
            self.code_of[wid] = code
            entry = self.national.by_code.get(code)
            if entry is not None:
                self.by_name.setdefault(fold(entry.naam), wid)
        if naam:
            self.by_name.setdefault(fold(naam), wid)

    def match(self, naam: str | None, code: str | None) -> int | None:
        if code and code in self.by_code:
            return self.by_code[code]
        wanted = code or self.national.code_for(naam)
        if wanted and wanted in self.by_code:
            return self.by_code[wanted]
        found = self.by_name.get(fold(naam))
        if found is None:
            national = self.national.code_for(naam)
            found = self.by_code.get(national) if national else None
        if found is not None and is_national(wanted) and is_national(self.code_of.get(found)) \
                and self.code_of.get(found) != wanted:
            return None  # two different werkplaatsen of the national list
        return found

    def code_to_keep(self, wid: int, code: str | None) -> str:
        """The code a werkplaats here keeps when its own export says ``code``: its own, unless
        that is a generated one and the export brings an unused national code."""
        own = self.code_of.get(wid, "")
        if code and code != own and is_national(code) and not is_national(own) \
                and code not in self.by_code:
            self.by_code.pop(own, None)
            self.by_code[code] = wid
            self.code_of[wid] = code
            return code
        return own or (code or "")

    def code_for_new(self, naam: str | None, code: str | None, uuid: str) -> str:
        """The code a werkplaats an export brings in gets here: the file's, else the national
        code of its name, else a generated one (never one already in use)."""
        taken = set(self.by_code)
        for candidate in (code, self.national.code_for(naam)):
            if candidate and candidate not in taken:
                return candidate
        return generated_code(uuid, taken)
