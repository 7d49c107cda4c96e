"""Recognising the same organisation exported by several werkplaatsen (national overview).

Rules, strongest first (``match``):

1. a partner of type gemeente whose gemeente has the same CBS code as a local gemeente-partner
   is that partner (gemeenten have the same UUIDs and codes in every database);
2. the same name (``domain.text.fold``: ignoring case and spacing, as the unique-name rule
   does) is the same partner (names are unique locally, so two such partners could not even
   be kept apart);
3. a name that is equal after dropping accents, punctuation, text in brackets and words such as
   "Stichting" is *possibly* the same: it is not merged but listed for the user to confirm.

One local partner is the sure match of at most one partner per export; a second one from the
same export is only "possibly" the same (an export never holds one organisation twice).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.text import fold

ZELFDE_CBS = QT_TRANSLATE_NOOP("Uitwisseling", "zelfde gemeente (CBS-code {cbs})")
ZELFDE_NAAM = QT_TRANSLATE_NOOP("Uitwisseling", "zelfde naam")
LIJKT_OP = QT_TRANSLATE_NOOP("Uitwisseling", "bijna dezelfde naam")
MEER_KANDIDATEN = QT_TRANSLATE_NOOP("Uitwisseling", "meer organisaties met CBS-code {cbs}")
AL_GEKOPPELD = QT_TRANSLATE_NOOP(
    "Uitwisseling", "al gekoppeld aan een andere partner uit dezelfde export"
)

_STOP = {"stichting", "vereniging", "bv", "nv", "de", "het", "the", "en"}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def exact_key(naam: str) -> str:
    return fold(naam)


def loose_key(naam: str) -> str:
    text = unicodedata.normalize("NFKD", naam)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _BRACKETS.sub(" ", text.replace("&", " en "))
    words = [w for w in _NON_WORD.sub(" ", text).split() if w not in _STOP]
    return " ".join(words)


@dataclass(frozen=True)
class Candidate:
    id: int
    naam: str
    type: str
    cbs: str | None


@dataclass(frozen=True)
class Match:
    candidate: Candidate
    sure: bool
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return self.template.format(**self.params)


class PartnerPool:
    """The partners an incoming partner can be matched against: the local ones and those
    added by exports read earlier in the same import."""

    def __init__(self, candidates: list[Candidate]):
        self.exact: dict[str, Candidate] = {}
        self.loose: dict[str, list[Candidate]] = {}
        self.cbs: dict[str, list[Candidate]] = {}
        for c in candidates:
            self.add(c)
        self._taken: dict[int, str] = {}
        self._source = ""

    def add(self, c: Candidate) -> None:
        self.exact.setdefault(exact_key(c.naam), c)
        self.loose.setdefault(loose_key(c.naam), []).append(c)
        if c.type == "gemeente" and c.cbs:
            self.cbs.setdefault(c.cbs, []).append(c)

    def start_source(self, source: str) -> None:
        self._source = source
        self._taken = {}

    def match(self, naam: str, type_: str | None, cbs: str | None) -> Match | None:
        found = self._find(naam, type_, cbs)
        if found is None or not found.sure:
            return found
        if found.candidate.id in self._taken:
            return Match(found.candidate, False, AL_GEKOPPELD)
        self._taken[found.candidate.id] = naam
        return found

    def _find(self, naam: str, type_: str | None, cbs: str | None) -> Match | None:
        if type_ == "gemeente" and cbs:
            same = self.cbs.get(cbs, [])
            if len(same) == 1:
                return Match(same[0], True, ZELFDE_CBS, {"cbs": cbs})
            named = [c for c in same if exact_key(c.naam) == exact_key(naam)]
            if named:
                return Match(named[0], True, ZELFDE_CBS, {"cbs": cbs})
            if same:
                return Match(same[0], False, MEER_KANDIDATEN, {"cbs": cbs})
        exact = self.exact.get(exact_key(naam))
        if exact is not None:
            return Match(exact, True, ZELFDE_NAAM)
        key = loose_key(naam)
        loose = self.loose.get(key, []) if key else []
        if loose:
            return Match(loose[0], False, LIJKT_OP)
        return None
