"""What an import found and did, for a person: every problem with file, row, column, value and
reason in Dutch, and what was added, changed, removed, merged or skipped.

A problem with ``ernst`` "fout" refuses the whole import (nothing is written); a
"waarschuwing" is told but does not stop it. Texts are Dutch templates marked for translation
(context ``Uitwisseling`` or, for the record rules, ``Validatie``), filled in by :meth:`format`.

The report has a bound (:class:`Problems`): the first :data:`SHOWN` problems are kept in full;
after that only a count per kind of problem and column is kept, with the first one of each
as an example. A file of 260 000 bad rows gives a report of a few hundred lines, not 41 MB,
and the memory it takes does not grow with the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.domain.plurals import aantal

FOUT = "fout"
WAARSCHUWING = "waarschuwing"

#: problems kept in full; the rest are counted per kind and column
SHOWN = 200

Translate = Callable[[str, str], str]


def _plain(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Problem:
    bestand: str
    rij: int | None
    kolom: str | None
    waarde: str | None
    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    ernst: str = FOUT
    context: str = "Uitwisseling"

    def format(self, translate: Translate | None = None) -> str:
        translated = translate or _plain
        params = dict(self.params)
        if "veld" in params:
            params["veld"] = translated("Veld", str(params["veld"]))
        return translated(self.context, self.template).format(**params)

    @property
    def reden(self) -> str:
        return self.format()

    def line(self, translate: Translate | None = None) -> str:
        """One line for a terminal, e.g.
        ``activiteiten.csv, rij 12, kolom datum ('31-02-2015'): ...``."""
        translated = translate or _plain
        where = [self.bestand]
        if self.rij is not None:
            where.append(
                translated("Uitwisseling", QT_TRANSLATE_NOOP("Uitwisseling", "rij {rij}")).format(
                    rij=self.rij
                )
            )
        if self.kolom:
            col = translated(
                "Uitwisseling", QT_TRANSLATE_NOOP("Uitwisseling", "kolom {kolom}")
            ).format(kolom=self.kolom)
            if self.waarde is not None:
                col += f" ({_short(self.waarde)!r})"
            where.append(col)
        kind = (
            translated("Uitwisseling", QT_TRANSLATE_NOOP("Uitwisseling", "Fout"))
            if self.ernst == FOUT
            else translated("Uitwisseling", QT_TRANSLATE_NOOP("Uitwisseling", "Waarschuwing"))
        )
        return f"{kind}: {', '.join(where)}: {self.format(translate)}"


def _short(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 3] + "..."


@dataclass
class Counts:
    nieuw: int = 0
    #: changed: the stored record differed from the file's
    bijgewerkt: int = 0
    verwijderd: int = 0
    #: in the file exactly as stored here: left alone
    ongewijzigd: int = 0
    #: records of a werkplaats the export does not bring (``ownership.py``): not read
    overgeslagen: int = 0

    @property
    def any(self) -> bool:
        return bool(self.nieuw or self.bijgewerkt or self.verwijderd or self.ongewijzigd
                    or self.overgeslagen)


@dataclass(frozen=True)
class Merge:
    """A partner of an export recognised as a local one (or, ``zeker`` False, possibly)."""

    naam: str
    uuid: str
    bron: str
    lokaal_id: int
    lokaal_naam: str
    reden: str
    zeker: bool = True
    #: for a possible match: the id the partner got here (to merge it when confirmed)
    nieuw_id: int | None = None


@dataclass
class Overflow:
    """The problems of one kind (severity, file, column, message) beyond the first
    :data:`SHOWN`: how many, and the first of them as an example."""

    example: Problem
    count: int = 0


class Problems(list[Problem]):
    """A list of problems with a bound: the first ``limit`` are kept, after that
    :attr:`overflow` counts them per kind and column. :attr:`errors` and :attr:`warnings`
    count all of them."""

    def __init__(self, items: Iterable[Problem] = (), limit: int = SHOWN):
        super().__init__()
        self.limit = limit
        self.errors = 0
        self.warnings = 0
        self.overflow: dict[tuple[object, ...], Overflow] = {}
        self.extend(items)

    def append(self, problem: Problem) -> None:
        if problem.ernst == FOUT:
            self.errors += 1
        else:
            self.warnings += 1
        if len(self) < self.limit:
            super().append(problem)
            return
        key = (problem.ernst, problem.bestand, problem.kolom, problem.context, problem.template)
        entry = self.overflow.get(key)
        if entry is None:
            entry = self.overflow[key] = Overflow(problem)
        entry.count += 1

    def extend(self, items: Iterable[Problem]) -> None:
        for problem in items:
            self.append(problem)

    def __iadd__(self, items: Iterable[Problem]) -> Problems:  # type: ignore[override,misc]
        self.extend(items)
        return self

    @property
    def total(self) -> int:
        return self.errors + self.warnings

    @property
    def not_shown(self) -> int:
        return sum(o.count for o in self.overflow.values())


@dataclass
class ImportReport:
    bestanden: list[str] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)
    counts: dict[str, Counts] = field(default_factory=dict)
    #: the same, per werkplaats whose records the import brings (its name)
    per_werkplaats: dict[str, Counts] = field(default_factory=dict)
    samengevoegd: list[Merge] = field(default_factory=list)
    twijfel: list[Merge] = field(default_factory=list)
    vergeten_overgeslagen: int = 0
    vergeten_verwijderd: int = 0
    written: bool = False
    #: the tables the import changed (for ``Database.external_change``)
    tables: frozenset[str] = frozenset()
    #: so many errors that the rows were no longer kept: the rules between records (unique
    #: names, references) were not checked
    cut_short: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.problems, Problems):
            self.problems = Problems(self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.ernst == FOUT]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.ernst == WAARSCHUWING]

    @property
    def refused(self) -> bool:
        return self.problems.errors > 0

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def count(self, table: str) -> Counts:
        return self.counts.setdefault(table, Counts())

    def werkplaats(self, naam: str) -> Counts:
        return self.per_werkplaats.setdefault(naam, Counts())

    @property
    def only_older(self) -> bool:
        """Refused only because an export is older than one read before: the user may
        confirm and import it anyway (``import_files(..., allow_older=True)``)."""
        older = sum(p.template == OUDERE_EXPORT for p in self.errors)
        return self.refused and older == self.problems.errors  # (counted, not only shown)

    def summary_lines(self, translate: Translate | None = None) -> list[str]:
        translated = translate or _plain
        lines: list[str] = []
        if self.refused:
            lines.append(translated("Uitwisseling", REFUSED).format(
                n=aantal(self.problems.errors, "fout", translated)))
            if self.cut_short:
                lines.append(translated("Uitwisseling", CUT_SHORT).format(n=SHOWN))
        else:
            lines.append(translated("Uitwisseling", DONE))
            if self.per_werkplaats:
                lines.append(translated("Uitwisseling", PER_WERKPLAATS))
                for naam, c in sorted(self.per_werkplaats.items(), key=lambda i: i[0].casefold()):
                    line = translated("Uitwisseling", WERKPLAATS_LINE).format(
                        werkplaats=naam, nieuw=c.nieuw, bijgewerkt=c.bijgewerkt,
                        verwijderd=c.verwijderd, ongewijzigd=c.ongewijzigd)
                    if c.overgeslagen:
                        line += translated("Uitwisseling", SKIPPED_PART).format(
                            n=c.overgeslagen)
                    lines.append(line)
                lines.append(translated("Uitwisseling", PER_SOORT))
            for table, c in self.counts.items():
                if c.any:
                    lines.append(
                        translated("Uitwisseling", COUNT_LINE).format(
                            tabel=table,
                            nieuw=c.nieuw,
                            bijgewerkt=c.bijgewerkt,
                            verwijderd=c.verwijderd,
                            ongewijzigd=c.ongewijzigd,
                        )
                    )
            if self.samengevoegd:
                lines.append(translated("Uitwisseling", MERGED).format(
                    n=aantal(len(self.samengevoegd), "partner", translated)))
            if self.twijfel:
                lines.append(translated("Uitwisseling", DOUBT).format(
                    n=aantal(len(self.twijfel), "partner", translated)))
            if self.vergeten_overgeslagen:
                lines.append(
                    translated("Uitwisseling", FORGOTTEN_SKIPPED).format(
                        n=aantal(self.vergeten_overgeslagen, "record", translated)
                    )
                )
            if self.vergeten_verwijderd:
                lines.append(
                    translated("Uitwisseling", FORGOTTEN_DELETED).format(
                        n=aantal(self.vergeten_verwijderd, "record", translated))
                )
        return lines

    def overflow_lines(self, translate: Translate | None = None) -> list[str]:
        """The problems beyond the first :data:`SHOWN`, counted per kind and column."""
        if not self.problems.overflow:
            return []
        translated = translate or _plain
        lines = [translated("Uitwisseling", MORE).format(n=fmt_int(self.problems.not_shown),
                                                         shown=SHOWN)]
        for entry in sorted(self.problems.overflow.values(), key=lambda o: -o.count):
            lines.append(translated("Uitwisseling", MORE_LINE).format(
                n=fmt_int(entry.count), probleem=entry.example.line(translate)))
        return lines

    def text(self, translate: Translate | None = None) -> str:
        """The whole report as plain text (command line, copying from the dialog)."""
        lines = self.summary_lines(translate)
        lines += [p.line(translate) for p in self.problems]
        lines += self.overflow_lines(translate)
        if self.twijfel:
            translated = translate or _plain
            lines.append(translated("Uitwisseling", DOUBT_HEADER))
            lines += [
                f"  '{m.naam}' ({m.bron}) ~ '{m.lokaal_naam}': {m.reden}" for m in self.twijfel
            ]
        return "\n".join(lines)


#: an export older than the one of the same werkplaats read before (``ownership.py``)
OUDERE_EXPORT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Deze export van {naam} is van {datum}; eerder is een nieuwere ingelezen (van {eerder}). "
    "Wat sindsdien in die werkplaats is veranderd, zou teruggaan naar deze oudere stand. "
    "Lees hem alleen in als u dat wilt (opdrachtregel: --ook-ouder).",
)
REFUSED = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Niet ingelezen: {n} gevonden. De database is niet gewijzigd."
)
DONE = QT_TRANSLATE_NOOP("Uitwisseling", "Ingelezen.")
CUT_SHORT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Na {n} fouten zijn alleen de cellen en rijen zelf nog gecontroleerd; de regels tussen "
    "records (unieke namen, verwijzingen) komen aan bod als deze fouten zijn verbeterd.",
)
MORE = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "Nog {n} problemen na de eerste {shown}, geteld per soort en kolom (met het eerste "
    "voorbeeld):",
)
MORE_LINE = QT_TRANSLATE_NOOP("Uitwisseling", "  {n} ×  {probleem}")
COUNT_LINE = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "  {tabel}: {nieuw} nieuw, {bijgewerkt} bijgewerkt, {verwijderd} verwijderd, "
    "{ongewijzigd} ongewijzigd",
)
PER_WERKPLAATS = QT_TRANSLATE_NOOP("Uitwisseling", "Per werkplaats:")
PER_SOORT = QT_TRANSLATE_NOOP("Uitwisseling", "Per soort record:")
WERKPLAATS_LINE = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "  {werkplaats}: {nieuw} nieuw, {bijgewerkt} bijgewerkt, {verwijderd} verwijderd, "
    "{ongewijzigd} ongewijzigd",
)
SKIPPED_PART = QT_TRANSLATE_NOOP("Uitwisseling", ", {n} niet ingelezen (andere bron)")
MERGED = QT_TRANSLATE_NOOP(
    "Uitwisseling", "  {n} herkend als een bestaande organisatie en samengevoegd."
)
DOUBT = QT_TRANSLATE_NOOP(
    "Uitwisseling",
    "  Mogelijk een bestaande organisatie (bevestig of het dezelfde is): {n}.",
)
DOUBT_HEADER = QT_TRANSLATE_NOOP(
    "Uitwisseling", "Mogelijk dezelfde organisatie (niet samengevoegd):"
)
FORGOTTEN_SKIPPED = QT_TRANSLATE_NOOP(
    "Uitwisseling", "  Overgeslagen, als persoonsgegevens vergeten: {n}."
)
FORGOTTEN_DELETED = QT_TRANSLATE_NOOP(
    "Uitwisseling", "  Ook hier verwijderd, als persoonsgegevens vergeten: {n}."
)
