"""Generate a realistic Werkplaats database of a chosen size, for benchmarks.

``python benchmarks/generate.py --activiteiten 100000`` (see ``--help``), or from Python
``generate(path, activities, seed)``.

The file is created by the program's own migrations (``Database.open``), so its schema and
reference data (the 22 themes, the 393 gemeenten of 2015 with their CBS codes, the O's and their
kinds) are the real ones. It is then filled through a bulk path: SQLAlchemy Core ``insert``
executemany with explicit ids, in a few large transactions on a worker connection
(``Database.worker_session``). Core binds through the same column types as the ORM (``Cents``,
dates, enums), so the rows are the rows the record services write: every column, a UUID,
created/updated times, the link tables, references that exist and stay inside their own
werkplaats. ``tests/test_benchmarks_smoke.py`` reads a sample back through the services and
validates it. Going through the services instead would take hours at a million activities.

Shape: a national overview of the 14 Wmo-werkplaatsen (their start years from the seeds) over
2009-2024; about 550 partners (hogescholen, ~200 gemeenten with real CBS codes, ~280 zorg- en
welzijnsinstellingen, kennisinstituten, universiteiten, provincies); one project per ~16
activities, each with 1-3 themes, 1-4 partners and 1-3 pilot gemeenten; activities over the four
O's (a valid kind of that O), years and gemeenten; a product for one activity in five; yearly
bijdragen (geld and uren) and subsidies. The same (activities, seed) gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from benchmarks.rows import Rows
from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.demo import names as N
from werkplaats_desktop.demo import shape as S
from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    Overeenkomst,
    PersoonRol,
    ProjectPartnerRol,
    ProjectStatus,
)
from werkplaats_desktop.store import orm
from werkplaats_desktop.store.database import Database

SCALES = (1_000, 10_000, 100_000, 1_000_000)
DEFAULT_SEED = 8
FIRST_YEAR, LAST_YEAR = 2009, 2024
DATA_DIR = Path(__file__).resolve().parent / "data"
ACTIVITIES_PER_PROJECT = 16
GEMEENTE_PARTNERS = 200
INSTELLINGEN = 280
#: provinces without a werkplaats of their own, and the werkplaats that covers them
_COVERED_BY = {"PV22": "noord", "PV29": "avans"}
_UNIVERSITEITEN = (("Universiteit Utrecht", "GM0344"), ("Radboud Universiteit", "GM0268"),
                   ("Rijksuniversiteit Groningen", "GM0014"), ("Universiteit van Amsterdam",
                                                               "GM0363"))
_PROVINCIES = (("Provincie Utrecht", "PV26"), ("Provincie Flevoland", "PV24"),
               ("Provincie Limburg", "PV31"), ("Provincie Overijssel", "PV23"))
_OVERIGE = (("vrijwilligersorganisatie", "Vrijwilligerscentrale"),
            ("burgerorganisatie", "Platform Wmo"), ("mbo", "ROC"))
_ZINNEN = (
    "Samen met professionals en bewoners uitgevoerd; de resultaten zijn gedeeld in de regio.",
    "Onderdeel van het jaarplan van de werkplaats, in opdracht van de deelnemende gemeenten.",
    "Studenten en docent-onderzoekers werkten hierin samen met de praktijk.",
    "Vervolg op eerdere bijeenkomsten; de opbrengst is vastgelegd in een korte rapportage.",
    "Gericht op de eigen kracht van burgers en de samenwerking in het sociale wijkteam.",
    "",
)
_TITELS = ("{soort}: {project}", "{soort} {gemeente}", "{soort} over {thema}")


def default_path(activities: int, seed: int = DEFAULT_SEED) -> Path:
    return DATA_DIR / f"activiteiten-{activities}-seed{seed}.sqlite"


def fingerprint() -> str:
    """Of everything that decides what the generator writes (its code, the demo names it
    borrows, the schema and reference data): stored in the file, so that ``run.py`` makes a
    database again when any of it has changed."""
    root = Path(__file__).resolve().parent.parent
    files = [root / "benchmarks" / "generate.py", root / "benchmarks" / "rows.py",
             root / "werkplaats_desktop" / "demo" / "builder.py",
             root / "werkplaats_desktop" / "demo" / "facts.py",
             root / "werkplaats_desktop" / "store" / "orm.py",
             *sorted((root / "db" / "versions").glob("*.py"))]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def stored_fingerprint(path: Path) -> str | None:
    """The fingerprint in a generated file (None when it has none or is no database)."""
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT waarde FROM meta WHERE sleutel = 'benchmark_bron'"
                               ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


@dataclass
class _Wp:
    key: str
    id: int
    startjaar: int
    breed: bool
    gemeenten: list[int] = field(default_factory=list)
    #: (partner id, partner type, deelname rol, startjaar)
    partners: list[tuple[int, str, str, int]] = field(default_factory=list)
    staff: list[int] = field(default_factory=list)
    practice: list[int] = field(default_factory=list)
    kenniskringen: list[int] = field(default_factory=list)
    projects_by_year: dict[int, list[int]] = field(default_factory=dict)
    activities_by_year: dict[int, int] = field(default_factory=dict)


@dataclass
class _Project:
    id: int
    wp: _Wp
    naam: str
    first: int
    last: int
    start_ordinal: int
    end_ordinal: int
    themes: list[int]
    gemeenten: list[int]
    kenniskring_id: int | None


class _Generator:
    def __init__(self, db: Database, activities: int, seed: int,
                 progress: Callable[[str], None]):
        self.n = activities
        self.rng = random.Random(seed)
        self.rows = Rows(db, random.Random(seed ^ 0x5EED))
        self.progress = progress
        self.wps: list[_Wp] = []
        self.projects: list[_Project] = []

    # --- reference data from the migration -------------------------------------------------

    def reference(self) -> None:
        with self.rows.db.read() as s:
            self.gemeenten = list(s.execute(select(
                orm.Gemeente.id, orm.Gemeente.naam, orm.Gemeente.provincie_code,
                orm.Gemeente.netwerk).order_by(orm.Gemeente.cbs_code)))
            self.gem_naam = {g.id: g.naam for g in self.gemeenten}
            self.gem_cbs = dict(s.execute(select(orm.Gemeente.cbs_code, orm.Gemeente.id)).all())
            themes = list(s.execute(select(orm.Thema.id, orm.Thema.nummer, orm.Thema.naam)
                                    .order_by(orm.Thema.id)))
            self.thema_by_nummer = {t.nummer: t.id for t in themes if t.nummer}
            self.thema_ids = [t.id for t in themes]
            self.thema_naam = {t.id: t.naam for t in themes}
            self.subtypes: dict[str, list[tuple[str, str]]] = {}
            for st in s.execute(select(orm.ActiviteitSubtype).order_by(
                    orm.ActiviteitSubtype.volgorde)).scalars():
                self.subtypes.setdefault(st.o, []).append((st.code, st.naam))
            self.product_naam = dict(s.execute(select(orm.ProductType.code,
                                                      orm.ProductType.naam)).all())
            # the national code of each of the 14 (revision 0004), by name
            self.national_code = dict(s.execute(select(orm.LandelijkeWerkplaats.naam,
                                                       orm.LandelijkeWerkplaats.code)).all())

    # --- organisations and people ----------------------------------------------------------

    def organisations(self) -> None:
        r, rng = self.rows, self.rng
        names: set[str] = set()

        def partner(naam: str, soort: str, gemeente: int | None, prov: str | None,
                    start: int) -> int:
            names.add(naam.lower())
            site = f"https://www.{''.join(c for c in naam.lower() if c.isalnum())[:30]}.nl"
            return r.add(orm.Partner, start, naam=naam, type=soort, provincie_code=prov,
                         gemeente_id=gemeente, website=site if rng.random() < 0.6 else "",
                         omschrijving="")

        hogescholen: dict[str, int] = {}
        for f in F.WERKPLAATSEN:
            if f.hogeschool not in hogescholen:
                hogescholen[f.hogeschool] = partner(f.hogeschool, "hogeschool",
                                                    self.gem_cbs[f.gemeente], f.provincie, 2009)
            wp_id = r.add(orm.Werkplaats, f.startjaar, naam=f.naam, type="wmo_werkplaats",
                          code=self.national_code[f.naam],
                          penvoerder_id=hogescholen[f.hogeschool], provincie_code=f.provincie,
                          regio=f"Regio {self.gem_naam[self.gem_cbs[f.gemeente]]}",
                          startjaar=f.startjaar, eindjaar=None, website="",
                          beschrijving=f"Bron: {f.bron}. Gegenereerde benchmarkdata.")
            wp = _Wp(f.key, wp_id, f.startjaar, f.startjaar < 2013)
            wp.partners.append((hogescholen[f.hogeschool], "hogeschool", "trekker", f.startjaar))
            self.wps.append(wp)
        by_key = {wp.key: wp for wp in self.wps}
        by_prov: dict[str, list[_Wp]] = {}
        for f in F.WERKPLAATSEN:
            by_prov.setdefault(f.provincie, []).append(by_key[f.key])
        for prov, key in _COVERED_BY.items():
            by_prov[prov] = [by_key[key]]

        def join(wp: _Wp, pid: int, soort: str, rol: str | None = None) -> None:
            start = max(wp.startjaar, rng.randint(2009, 2018))
            wp.partners.append((pid, soort, rol or rng.choice(["partner", "financier",
                                                               "in_natura"]), start))

        # gemeenten: every G4 and G32 city, the rest drawn from all provinces
        big = [g for g in self.gemeenten if g.netwerk is not None]
        rest = [g for g in self.gemeenten if g.netwerk is None]
        chosen = big + rng.sample(rest, GEMEENTE_PARTNERS - len(big))
        for g in chosen:
            wp = rng.choice(by_prov[g.provincie_code])
            wp.gemeenten.append(g.id)
            pid = partner(f"Gemeente {g.naam}", "gemeente", g.id, g.provincie_code, 2009)
            join(wp, pid, "gemeente", "trekker" if g.netwerk == "g4" else None)
        for wp in self.wps:  # every werkplaats works in its own city
            home = self.gem_cbs[next(f.gemeente for f in F.WERKPLAATSEN if f.key == wp.key)]
            if home not in wp.gemeenten:
                wp.gemeenten.append(home)
        count = 0
        while count < INSTELLINGEN:
            wp = rng.choice(self.wps)
            g = rng.choice(wp.gemeenten)
            naam = f"{rng.choice(N.INSTELLINGEN)} {self.gem_naam[g]}"
            if naam.lower() in names:
                continue
            prov = next(x.provincie_code for x in self.gemeenten if x.id == g)
            join(wp, partner(naam, "uitvoeringsorganisatie", g, prov, 2009),
                 "uitvoeringsorganisatie")
            count += 1
        for wp in self.wps:
            for soort, prefix in _OVERIGE:
                g = rng.choice(wp.gemeenten)
                naam = f"{prefix} {self.gem_naam[g]}"
                if naam.lower() not in names:
                    prov = next(x.provincie_code for x in self.gemeenten if x.id == g)
                    join(wp, partner(naam, soort, g, prov, 2010), soort)
        for naam in F.KENNISINSTITUTEN:
            pid = partner(naam, "kennisinstituut", self.gem_cbs["GM0344"], "PV26", 2009)
            for wp in (self.wps if naam == "Movisie" else rng.sample(self.wps, 3)):
                join(wp, pid, "kennisinstituut", "partner")
        for naam, cbs in _UNIVERSITEITEN:
            pid = partner(naam, "universiteit", self.gem_cbs[cbs], None, 2009)
            join(rng.choice(self.wps), pid, "universiteit")
        for naam, prov in _PROVINCIES:
            pid = partner(naam, "provincie", None, prov, 2009)
            join(by_prov[prov][0], pid, "provincie", "financier")

    def people(self) -> None:
        """Staff of the hogeschool and contact persons in practice, per werkplaats; one lector,
        one lectoraat, and the deelnames (some with a contact person)."""
        r, rng = self.rows, self.rng
        per_wp = self.n // ACTIVITIES_PER_PROJECT // len(self.wps)
        for wp in self.wps:
            hs = wp.partners[0][0]
            others = [p for p in wp.partners if p[1] != "hogeschool"]
            for i in range(max(4, per_wp // 3)):
                rol = "lector" if i == 0 else rng.choice(["onderzoeker", "docent", "coordinator"])
                wp.staff.append(self.person(wp, hs, rol, "Lector" if i == 0 else
                                            "Docent-onderzoeker"))
            for _ in range(max(4, per_wp // 3)):
                org = rng.choice(others)[0]
                wp.practice.append(self.person(wp, org, "contactpersoon",
                                               "Projectleider praktijk"))
            r.add(orm.Lectoraat, wp.startjaar, werkplaats_id=wp.id,
                  naam=f"Lectoraat Sociaal Domein {wp.key.title()}", lector_id=wp.staff[0])
            for pid, soort, rol, start in wp.partners:
                r.add(orm.Deelname, start, werkplaats_id=wp.id, partner_id=pid, rol=rol,
                      overeenkomst=("bestuurlijke_overeenkomst" if rol == "trekker" else
                                    rng.choice(list(Overeenkomst)).value),
                      startjaar=start, eindjaar=None,
                      contactpersoon_id=(rng.choice(wp.practice) if soort == "gemeente"
                                         and rng.random() < 0.3 else None),
                      toelichting="")

    def person(self, wp: _Wp, organisatie: int, rol: str, functie: str) -> int:
        naam = f"{self.rng.choice(N.VOORNAMEN)} {self.rng.choice(N.ACHTERNAMEN)}"
        slug = naam.lower().replace(" ", ".").replace("'", "")
        pid = self.rows.add(orm.Persoon, wp.startjaar, naam=naam, functie=functie,
                            organisatie_id=organisatie, email=f"{slug}@voorbeeld.nl",
                            telefoon=f"06-{self.rng.randint(10000000, 99999999)}", notitie="")
        self.rows.link(orm.persoon_werkplaats, persoon_id=pid, werkplaats_id=wp.id,
                       rol=PersoonRol(rol).value)
        return pid

    # --- the work --------------------------------------------------------------------------

    def kenniskringen(self) -> None:
        r, rng = self.rows, self.rng
        for wp in self.wps:
            for nummer in rng.sample(range(1, 20), rng.randint(2, 5)):
                start = wp.startjaar + rng.randint(0, 4)
                themes = [self.thema_by_nummer[nummer]] + rng.sample(
                    [t for t in self.thema_ids if t != self.thema_by_nummer[nummer]],
                    rng.randint(0, 1))
                kk = r.add(orm.Kenniskring, start, werkplaats_id=wp.id,
                           naam=f"Kenniskring {self.thema_naam[themes[0]]}",
                           omschrijving=rng.choice(_ZINNEN), startjaar=start,
                           eindjaar=start + rng.randint(3, 6) if rng.random() < 0.5 else None,
                           trekker_id=rng.choice(wp.staff))
                for t in themes:
                    r.link(orm.kenniskring_thema, kenniskring_id=kk, thema_id=t)
                wp.kenniskringen.append(kk)

    def projects_plan(self) -> None:
        """How many projects each werkplaats runs: by its years of work and a size factor."""
        total = max(len(self.wps), self.n // ACTIVITIES_PER_PROJECT)
        weight = [(LAST_YEAR - wp.startjaar + 1) * self.rng.uniform(0.6, 1.6) for wp in self.wps]
        self.project_quota = _apportion(total, weight)

    def project(self, wp: _Wp, names: dict[str, int]) -> _Project:
        r, rng = self.rows, self.rng
        nummer = rng.randint(1, 19)
        pilots = rng.sample(wp.gemeenten, min(len(wp.gemeenten), rng.randint(1, 3)))
        base = N.PROJECT_NAMEN[nummer].format(g=self.gem_naam[pilots[0]])
        names[base] = names.get(base, 0) + 1
        naam = base if names[base] == 1 else f"{base} ({names[base]})"
        first = rng.randint(wp.startjaar, LAST_YEAR)
        start = date(first, rng.choice((1, 2, 3, 9, 10)), 1)
        end = date(min(first + rng.randint(0, 3), LAST_YEAR + 1), 12, 31)
        main = self.thema_by_nummer[nummer]
        themes = [main] + rng.sample([t for t in self.thema_ids if t != main], rng.randint(0, 2))
        kk = rng.choice(wp.kenniskringen) if rng.random() < 0.3 else None
        if end < date(LAST_YEAR, 7, 1):
            status = ProjectStatus.GESTOPT if rng.random() < 0.05 else ProjectStatus.AFGEROND
        else:
            status = ProjectStatus.LOPEND
        pid = r.add(orm.Project, start, werkplaats_id=wp.id, naam=naam, kenniskring_id=kk,
                    omschrijving=rng.choice(_ZINNEN), status=status.value, startdatum=start,
                    einddatum=end, leider_onderwijs_id=rng.choice(wp.staff),
                    leider_praktijk_id=rng.choice(wp.practice) if rng.random() < 0.6 else None)
        for t in themes:
            r.link(orm.project_thema, project_id=pid, thema_id=t)
        others = [p for p in wp.partners if p[1] != "hogeschool" and p[3] <= first]
        for i, p in enumerate(rng.sample(others, min(len(others), rng.randint(1, 4)))):
            r.link(orm.project_partner, project_id=pid, partner_id=p[0],
                   rol="trekker" if i == 0 else rng.choice(list(ProjectPartnerRol)).value)
        for g in pilots:
            r.link(orm.project_gemeente, project_id=pid, gemeente_id=g)
        last = min(end.year, LAST_YEAR)
        for year in range(first, last + 1):
            wp.projects_by_year.setdefault(year, []).append(pid)
        return _Project(pid, wp, naam, first, last, start.toordinal(), end.toordinal(), themes,
                        pilots, kk)

    def activities(self, projects: list[_Project], quota: list[int]) -> None:
        r, rng = self.rows, self.rng
        for proj, count in zip(projects, quota, strict=True):
            wp = proj.wp
            mix = S.O_MIX_BREED if wp.breed else S.O_MIX_SMAL
            os_, weights = list(mix), list(mix.values())
            for o in rng.choices(os_, weights=weights, k=count):
                code, soort = rng.choice(self.subtypes[o.value])
                year = rng.randint(proj.first, proj.last)
                lo = max(proj.start_ordinal, date(year, 1, 1).toordinal())
                hi = min(proj.end_ordinal, date(year, 12, 31).toordinal())
                day = date.fromordinal(rng.randint(lo, hi))
                loose = rng.random() < 0.04  # not part of a project
                themes = rng.sample(proj.themes, rng.randint(1, len(proj.themes)))
                g = rng.choice(proj.gemeenten if rng.random() < 0.7 else wp.gemeenten) \
                    if rng.random() < 0.9 else None
                titel = rng.choice(_TITELS).format(
                    soort=soort, project=proj.naam,
                    gemeente=self.gem_naam[g] if g else self.gem_naam[proj.gemeenten[0]],
                    thema=self.thema_naam[themes[0]].lower())
                aid = r.add(
                    orm.Activiteit, day, werkplaats_id=wp.id, titel=titel, o=o.value,
                    subtype=code, jaar=year, datum=day,
                    einddatum=day + timedelta(days=rng.randint(1, 3)) if rng.random() < 0.08
                    else None,
                    project_id=None if loose else proj.id,
                    kenniskring_id=None if loose else proj.kenniskring_id, gemeente_id=g,
                    bereik=rng.randint(*S.BEREIK.get(code, (0, 30))),
                    uren=Decimal(rng.randint(8, 640)) / 2,
                    aantal_onderzoekers=rng.randint(1, 4), aantal_professionals=rng.randint(0, 12),
                    aantal_studenten=rng.randint(0, 15), aantal_vrijwilligers=rng.randint(0, 5),
                    omschrijving=rng.choice(_ZINNEN))
                for t in themes:
                    r.link(orm.activiteit_thema, activiteit_id=aid, thema_id=t)
                wp.activities_by_year[year] = wp.activities_by_year.get(year, 0) + 1
                if rng.random() < 0.2:
                    soort_p = rng.choice(S.PRODUCT_BIJ_O[o])
                    prod = r.add(
                        orm.Product, day, werkplaats_id=wp.id,
                        titel=f"{self.product_naam[soort_p]}: {proj.naam} ({year})",
                        type=soort_p, jaar=year,
                        link=f"https://example.org/werkplaats/{wp.key}/{aid}",
                        open_access=rng.random() < 0.95,
                        project_id=None if loose else proj.id, activiteit_id=aid,
                        kenniskring_id=None if loose else proj.kenniskring_id,
                        omschrijving="")
                    for t in themes:
                        r.link(orm.product_thema, product_id=prod, thema_id=t)

    # --- money, agenda, cooperation --------------------------------------------------------

    def money(self) -> None:
        """Subsidies per werkplaats and year; bijdragen of the partners, about one per twenty
        activities of that werkplaats and year (at least two)."""
        r, rng = self.rows, self.rng
        vws_2016 = Decimal(F.VWS_PER_JAAR_VANAF_2016) / len(self.wps)
        for wp in self.wps:
            for year in range(wp.startjaar, LAST_YEAR + 1):
                bedrag = vws_2016.quantize(Decimal("0.01")) if year >= 2016 else \
                    Decimal(rng.randrange(120_000, 220_000, 1000))
                givers = [("VWS", bedrag)]
                if rng.random() < 0.15:
                    givers.append(("ZonMw", Decimal(rng.randrange(20_000, 150_000, 500))))
                for verstrekker, amount in givers:
                    r.add(orm.Subsidie, date(year, 1, 15), werkplaats_id=wp.id, jaar=year,
                          bedrag=amount, verstrekker=verstrekker, toelichting="")
                active = [p for p in wp.partners if p[3] <= year]
                projects = wp.projects_by_year.get(year, [])
                for _ in range(max(2, wp.activities_by_year.get(year, 0) // 20)):
                    pid, soort, rol, _start = rng.choice(active)
                    geld = soort in ("gemeente", "provincie", "hogeschool") and rol in (
                        "trekker", "financier")
                    r.add(orm.Bijdrage, year, werkplaats_id=wp.id, partner_id=pid,
                          project_id=rng.choice(projects) if projects and rng.random() < 0.4
                          else None, jaar=year,
                          soort=(BijdrageSoort.GELD if geld else BijdrageSoort.UREN).value,
                          hoeveelheid=Decimal(rng.randrange(5_000, 60_000, 500)) if geld
                          else Decimal(rng.randrange(40, 900, 10)),
                          toelichting="")

    def agenda(self) -> None:
        r, rng = self.rows, self.rng
        for wp in self.wps:
            own = [p for year in sorted(wp.projects_by_year) for p in wp.projects_by_year[year]]
            own = list(dict.fromkeys(own))
            for _ in range(rng.randint(3, 8)):
                thema = rng.choice(self.thema_ids)
                item = r.add(orm.KennisagendaItem, 2016, werkplaats_id=wp.id,
                             vraagstuk=f"Wat werkt bij {self.thema_naam[thema].lower()}?",
                             toelichting="", startjaar=2016, eindjaar=2020,
                             status=rng.choice(list(AgendaStatus)).value)
                r.link(orm.kennisagenda_thema, kennisagenda_item_id=item, thema_id=thema)
                for p in rng.sample(own, min(len(own), rng.randint(0, 2))):
                    r.link(orm.kennisagenda_project, kennisagenda_item_id=item, project_id=p)
        for naam, nummer in F.THEMASAMENWERKINGEN:
            ts = r.add(orm.Themasamenwerking, 2013, naam=naam,
                       thema_id=self.thema_by_nummer[nummer], omschrijving="", startjaar=2013,
                       eindjaar=2016)
            for wp in rng.sample(self.wps, rng.randint(2, 5)):
                r.link(orm.themasamenwerking_werkplaats, themasamenwerking_id=ts,
                       werkplaats_id=wp.id)

    # --- the whole file --------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        self.reference()
        with self.rows.transaction():
            self.organisations()
            self.people()
            self.kenniskringen()
            self.projects_plan()
            for wp, count in zip(self.wps, self.project_quota, strict=True):
                names: dict[str, int] = {}
                self.projects.extend(self.project(wp, names) for _ in range(count))
        self.progress(f"{len(self.projects)} projecten")
        quota = _apportion(self.n, [p.last - p.first + 1 for p in self.projects])
        step = 2_000  # projects per transaction (~30 000 activities)
        for i in range(0, len(self.projects), step):
            with self.rows.transaction():
                self.activities(self.projects[i:i + step], quota[i:i + step])
            self.progress(f"{self.rows.counts.get('activiteit', 0)} activiteiten")
        with self.rows.transaction():
            self.money()
            self.agenda()
        with self.rows.db.write("Benchmarkdata gegenereerd") as s:
            s.merge(orm.Meta(sleutel="benchmark_activiteiten", waarde=str(self.n)))
            s.merge(orm.Meta(sleutel="benchmark_bron", waarde=fingerprint()))
        return dict(self.rows.counts)


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` over ``weights`` in whole numbers (largest remainder; deterministic)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def generate(path: Path, activities: int, seed: int = DEFAULT_SEED,
             progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write a NEW database with ``activities`` activities at ``path``; returns the number of
    rows written per table. Refuses an existing file; removes a half-written one."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.open(path)
    try:
        counts = _Generator(db, activities, seed, progress or (lambda _m: None)).run()
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/generate.py",
        description="Write a new Werkplaats database filled with realistic generated data "
                    "(14 werkplaatsen, ~550 partners, projects, activities over the four O's, "
                    "products, bijdragen, subsidies). Deterministic for a seed.")
    parser.add_argument("-n", "--activiteiten", type=int, default=10_000,
                        help="number of activities (benchmark scales: "
                             f"{', '.join(str(s) for s in SCALES)}; default 10000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("-o", "--out", type=Path,
                        help="the new file (default benchmarks/data/activiteiten-N-seedS.sqlite)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.activiteiten < 1:
        parser.error("--activiteiten must be at least 1")
    out = args.out or default_path(args.activiteiten, args.seed)
    if out.exists():
        if not args.force:
            print(f"{out} already exists (use --force to replace it)", file=sys.stderr)
            return 1
        out.unlink()
    started = time.perf_counter()
    counts = generate(out, args.activiteiten, args.seed,
                      lambda m: print(f"  {time.perf_counter() - started:6.1f} s  {m}",
                                      file=sys.stderr))
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    for table, count in sorted(counts.items()):
        print(f"  {table:30} {count:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
