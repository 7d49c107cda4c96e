"""The SQL behind the dashboard. Every figure is a ``GROUP BY`` in SQLite; Python only puts
the aggregate rows (at most a few hundred: themes, years, gemeenten, provinces) into the
shape of ``model.py``.

The conditions on activities and products are taken from the list specifications
(``services/lists/declarations.py``): the dashboard and the drill-down lists cannot disagree on
what a filter means.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, union
from sqlalchemy.orm import Session, aliased

from werkplaats_desktop.services import catalog
from werkplaats_desktop.services.dashboard.model import (
    ZONDER_GEMEENTE,
    ZONDER_O,
    ZONDER_PROVINCIE,
    ZONDER_THEMA,
    CountRow,
    DashboardData,
    DashboardFilter,
    Feiten,
    FinanceRow,
    Output,
    RegionRow,
    StackRow,
    WerkplaatsPunt,
    drill,
)
from werkplaats_desktop.services.lists.declarations import product_provincie
from werkplaats_desktop.services.lists.engine import conditions
from werkplaats_desktop.store import derived, orm

A, Pr, W, Pa, G = orm.Activiteit, orm.Product, orm.Werkplaats, orm.Partner, orm.Gemeente
P, K, D = orm.Project, orm.Kenniskring, orm.Deelname


def compute(s: Session, f: DashboardFilter, uurtarief: Decimal,
            counts: bool | None = None) -> DashboardData:
    """Every figure of the dashboard, on one session (the window's, a worker's, the CLI's).
    ``counts``: read activities and products from the count tables (``store/derived.py``)
    instead of grouping the records; by default whenever the filter allows it."""
    activiteiten = output(s, "activiteit", f, counts)
    producten = output(s, "product", f, counts)
    return DashboardData(
        filter=f, uurtarief=uurtarief,
        feiten=feiten(s, f, activiteiten, producten,
                      _counted_output(f, _use_counts(s, f, counts))),
        activiteiten=activiteiten, producten=producten,
        partners=partner_mix(s, f), cofinanciering=cofinanciering(s, f, uurtarief),
        werkplaatsen=werkplaats_punten(s, f),
    )


# --- output: activities or products -------------------------------------------------------------


def _year_span(f: DashboardFilter, found: Iterable[int]) -> list[int]:
    """The years to show: the filter's range when closed, else from the first to the last year
    with data (within the filter); years without data in between stay visible as zero."""
    found = sorted(found)
    lo = f.jaar_van if f.jaar_van is not None else (found[0] if found else None)
    hi = f.jaar_tot if f.jaar_tot is not None else (found[-1] if found else None)
    if lo is None or hi is None or (not found and (f.jaar_van is None or f.jaar_tot is None)):
        return []
    return list(range(lo, hi + 1))


def from_counts(f: DashboardFilter) -> bool:
    """Whether the count tables hold what ``f`` asks: they count per werkplaats, year, O,
    gemeente and theme, not per partner type, and not "records that have theme X" (for a
    record with several themes that is not the sum of anything counted)."""
    return f.thema_id is None and not f.partner_type


def _use_counts(s: Session, f: DashboardFilter, counts: bool | None) -> bool:
    return (from_counts(f) if counts is None else counts) and derived.is_sqlite(s)


def output(s: Session, kind: str, f: DashboardFilter, counts: bool | None = None) -> Output:
    """Activities or products under ``f``: from the count tables when they hold it (a few
    thousand rows, whatever the number of records), else three passes over the large table
    (per year; per theme; per gemeente with the reach); the rest follows from those."""
    use_counts = _use_counts(s, f, counts)
    q = _CountQueries(s, kind, f) if use_counts else _OutputQueries(s, kind, f)
    per_jaar = q.per_jaar()
    per_gemeente, provinces, bereik = q.per_gemeente()
    return Output(kind, q.base, sum(r.total for r in per_jaar), q.per_thema(), per_jaar,
                  per_gemeente, q.per_provincie(provinces), bereik)


class _OutputSource:
    """The activities or products the charts count under ``f``, as SQL to build on."""

    def __init__(self, kind: str, f: DashboardFilter):
        self.kind, self.f = kind, f
        self.base = f.list_filters(kind)
        self.where = conditions(catalog.BY_KEY[kind].listing, self.base)
        self.t: Any
        if kind == "activiteit":
            self.t, self.link, self.own, self.act = A, orm.activiteit_thema, "activiteit_id", A
        else:  # a product's O and gemeente are those of its activity
            self.t, self.link, self.own = Pr, orm.product_thema, "product_id"
            self.act = aliased(A)

    def select(self, *cols: Any) -> Any:
        q = select(*cols).select_from(self.t)
        if self.act is not A:
            q = q.outerjoin(self.act, self.act.id == Pr.activiteit_id)
        return q.where(*self.where)


class _OutputQueries(_OutputSource):
    def __init__(self, s: Session, kind: str, f: DashboardFilter):
        super().__init__(kind, f)
        self.s = s

    def segments(self, extra: dict[str, Any], per_o: dict[str, int]) -> dict[str, dict[str, Any]]:
        """The list filters behind each O-segment of one bar."""
        return {o: drill(self.base, **extra, **({"o": o} if o else {"zonder_o": True}))
                for o in per_o}

    def stacks(self, rows: Any) -> dict[Any, dict[str, int]]:
        out: dict[Any, dict[str, int]] = defaultdict(dict)
        for key, o, count in rows:
            out[key][str(o) if o is not None else ZONDER_O] = count
        return out

    def per_jaar(self) -> list[StackRow]:
        t, o = self.t, self.act.o
        by_year = self.stacks(self.s.execute(self.select(t.jaar, o, func.count())
                                             .group_by(t.jaar, o)))
        return [StackRow(y, str(y), by_year.get(y, {}), self.segments({"jaar": y},
                                                                      by_year.get(y, {})))
                for y in _year_span(self.f, by_year)]

    def per_thema(self) -> list[StackRow]:
        """A record counts once under each of its themes; records without any theme form the
        group ``None`` of the outer join ("zonder thema")."""
        link, o = self.link, self.act.o
        q = self.select(link.c.thema_id, o, func.count()).outerjoin(
            link, link.c[self.own] == self.t.id)
        if self.f.thema_id is not None:
            q = q.where(link.c.thema_id == self.f.thema_id)
        return self._theme_rows(self.stacks(self.s.execute(q.group_by(link.c.thema_id, o))))

    def _theme_rows(self, by_theme: dict[Any, dict[str, int]]) -> list[StackRow]:
        names = dict(self.s.execute(select(orm.Thema.id, orm.Thema.naam).where(
            orm.Thema.id.in_([k for k in by_theme if k is not None]))).all())
        rows = [StackRow(k, names[k] if k is not None else ZONDER_THEMA, v,
                         self.segments({"thema_id": k} if k is not None
                                       else {"zonder_thema": True}, v))
                for k, v in by_theme.items()]
        return sorted(rows, key=lambda r: (r.key is None, -r.total, r.label.casefold()))

    def per_gemeente(self) -> tuple[list[StackRow], dict[str | None, int], int]:
        """Per gemeente by O, in one pass that also gives the totals per province (``None``:
        no place) and the summed reach. An activity lies in its gemeente's province; a product
        where ``listing.product_provincie`` puts it (its werkplaats's when it has no place)."""
        act = self.act
        reach = func.sum(act.bereik) if self.kind == "activiteit" else literal(0)
        region = literal(None) if self.kind == "activiteit" else product_provincie()
        rows = list(self.s.execute(
            self.select(act.gemeente_id, act.o, region, func.count(), reach)
            .group_by(act.gemeente_id, act.o, region)))
        return self._gemeente_rows(rows)

    def _gemeente_rows(self, rows: list[Any]) -> tuple[list[StackRow], dict[str | None, int], int]:
        """Per gemeente by O, the totals per province and the summed reach, from rows of
        (gemeente id or None, O, province or None, count, reach)."""
        by_gem: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for gid, o, _region, count, _reach in rows:
            by_gem[gid][str(o) if o is not None else ZONDER_O] += count
        known = {gid: (naam, prov) for gid, naam, prov in self.s.execute(
            select(G.id, G.naam, G.provincie_code).where(
                G.id.in_([k for k in by_gem if k is not None])))}
        provinces: dict[str | None, int] = defaultdict(int)
        for gid, _o, prov, count, _reach in rows:
            if self.kind == "activiteit":
                prov = known[gid][1] if gid is not None else None
            provinces[prov] += count
        out = [StackRow(k, known[k][0] if k is not None else ZONDER_GEMEENTE, dict(v),
                        self.segments({"gemeente_id": k} if k is not None
                                      else {"zonder_gemeente": True}, v))
               for k, v in by_gem.items()]
        out.sort(key=lambda r: (r.key is None, -r.total, r.label.casefold()))
        return out, provinces, int(sum(r or 0 for *_x, r in rows))

    def per_provincie(self, counts: dict[str | None, int]) -> list[RegionRow]:
        """All 12 provinces (0 where there is nothing: the map shows them all), then the
        records without a place."""
        names = dict(self.s.execute(select(orm.Provincie.code, orm.Provincie.naam)).all())
        rows = [RegionRow(code, naam, counts.get(code, 0), drill(self.base, provincie_code=code))
                for code, naam in names.items()]
        if counts.get(None):
            # normally exactly the records without gemeente (a gemeente has a province)
            label = ZONDER_GEMEENTE if self.kind == "activiteit" else ZONDER_PROVINCIE
            rows.append(RegionRow(None, label, counts[None],
                                  drill(self.base, zonder_provincie=True)))
        return sorted(rows, key=lambda r: (r.key is None, r.label))


class _CountQueries(_OutputQueries):
    """The same figures as :class:`_OutputQueries`, summed from the count tables that the
    triggers of revision 0005 keep (``store/derived.py``: 0 = zonder gemeente / zonder thema,
    '' = zonder O). Only for filters that :func:`from_counts` accepts."""

    def __init__(self, s: Session, kind: str, f: DashboardFilter):
        super().__init__(s, kind, f)
        assert from_counts(f), f
        if kind == "activiteit":
            self.counts, self.themes = derived.telling_activiteit, derived.telling_activiteit_thema
        else:
            self.counts, self.themes = derived.telling_product, derived.telling_product_thema

    def _filter(self, t: Any) -> list[ColumnElement[bool]]:
        f, c = self.f, t.c
        cond = _in_years(c.jaar, f)
        if f.werkplaats_ids:
            cond.append(c.werkplaats_id.in_([int(i) for i in f.werkplaats_ids]))
        if f.o:
            cond.append(c.o == str(f.o))
        return cond

    def _sum(self, t: Any, *keys: Any, source: Any = None, extra: Any = ()) -> Any:
        total = func.sum(t.c.aantal)
        return (select(*keys, total, *extra).select_from(t if source is None else source)
                .where(*self._filter(t)).group_by(*keys).having(total > 0))

    def per_jaar(self) -> list[StackRow]:
        c = self.counts.c
        by_year = self.stacks(self.s.execute(self._sum(self.counts, c.jaar, c.o)))
        return [StackRow(y, str(y), by_year.get(y, {}), self.segments({"jaar": y},
                                                                      by_year.get(y, {})))
                for y in _year_span(self.f, by_year)]

    def per_thema(self) -> list[StackRow]:
        c = self.themes.c
        by_theme = self.stacks((theme or None, o, n) for theme, o, n in
                               self.s.execute(self._sum(self.themes, c.thema_id, c.o)))
        return self._theme_rows(by_theme)

    def per_gemeente(self) -> tuple[list[StackRow], dict[str | None, int], int]:
        t = self.counts
        c = t.c
        if self.kind == "activiteit":
            q = self._sum(t, c.gemeente_id, c.o, literal(None), extra=(func.sum(c.bereik),))
        else:  # where listing.product_provincie puts a product: its werkplaats's without gemeente
            g, w = aliased(G), aliased(W)
            source = t.outerjoin(g, g.id == c.gemeente_id).outerjoin(w, w.id == c.werkplaats_id)
            q = self._sum(t, c.gemeente_id, c.o, func.coalesce(g.provincie_code, w.provincie_code),
                          source=source, extra=(literal(0),))
        rows = [(gid or None, o, prov, count, r) for gid, o, prov, count, r in self.s.execute(q)]
        return self._gemeente_rows(rows)


# --- partners, money and the facts ------------------------------------------------------------


def _werkplaats_ids(f: DashboardFilter) -> Any:
    """The werkplaatsen of the filter that are active in its years (a subquery): by their
    period, or, when they have none (a werkplaats known only from a landelijk overzicht), by
    output of theirs that the charts count in those years."""
    cond: list[ColumnElement[bool]] = []
    if f.werkplaats_ids:
        cond.append(W.id.in_(f.werkplaats_ids))
    period = _overlap(W.startjaar, W.eindjaar, f)
    if period:
        known = or_(W.startjaar.is_not(None), W.eindjaar.is_not(None))
        cond.append(or_(and_(known, *period), W.id.in_(_output_werkplaatsen(f))))
    return select(W.id).where(*cond)


def _output_werkplaatsen(f: DashboardFilter) -> Any:
    """The werkplaatsen of the activities and products the charts count under ``f``."""
    return union(*(q.select(q.t.werkplaats_id) for q in
                   (_OutputSource("activiteit", f), _OutputSource("product", f))))


def _overlap(start: Any, end: Any, f: DashboardFilter, *, dates: bool = False,
             unknown_counts: bool = True) -> list[ColumnElement[bool]]:
    """Conditions: the period start..end (open ends allowed) meets the filter's years."""
    cond: list[ColumnElement[bool]] = []
    if f.jaar_van is None and f.jaar_tot is None:
        return cond
    if not unknown_counts:  # like the lists: a record without any period is in no year
        cond.append(or_(start.is_not(None), end.is_not(None)))
    if f.jaar_tot is not None:
        hi: Any = date(f.jaar_tot, 12, 31) if dates else f.jaar_tot
        cond.append(or_(start.is_(None), start <= hi))
    if f.jaar_van is not None:
        lo: Any = date(f.jaar_van, 1, 1) if dates else f.jaar_van
        cond.append(or_(end.is_(None), end >= lo))
    return cond


def _partner_ids(f: DashboardFilter) -> Any:
    """Partners taking part in the filter's werkplaatsen during its years: by a deelname,
    by a bijdrage in one of those years, or as a partner of a project that runs then (a
    lector who records a gemeente's bijdrage or project role sees it counted, issue 13's
    try-out)."""
    wps = _werkplaats_ids(f)
    B, pp = orm.Bijdrage, orm.project_partner
    period = _overlap(P.startdatum, P.einddatum, f, dates=True)
    q = union(
        select(D.partner_id.label("partner_id")).where(
            D.werkplaats_id.in_(wps), *_overlap(D.startjaar, D.eindjaar, f)),
        select(B.partner_id).where(B.werkplaats_id.in_(wps), *_in_years(B.jaar, f)),
        select(pp.c.partner_id).join(P, P.id == pp.c.project_id).where(
            P.werkplaats_id.in_(wps), *period),
    ).subquery()
    found = select(q.c.partner_id)
    if f.partner_type:
        found = found.join(Pa, Pa.id == q.c.partner_id).where(Pa.type == f.partner_type)
    return found


def partner_mix(s: Session, f: DashboardFilter) -> list[CountRow]:
    t = orm.PartnerTypeRef
    q = (select(Pa.type, t.naam, func.count(Pa.id.distinct()))
         .join(t, t.code == Pa.type).where(Pa.id.in_(_partner_ids(f)))
         .group_by(Pa.type, t.naam, t.volgorde).order_by(t.volgorde))
    return [CountRow(code, naam, count) for code, naam, count in s.execute(q)]


def _in_years(col: Any, f: DashboardFilter) -> list[ColumnElement[bool]]:
    cond = [col >= f.jaar_van] if f.jaar_van is not None else []
    return cond + ([col <= f.jaar_tot] if f.jaar_tot is not None else [])


def cofinanciering(s: Session, f: DashboardFilter, uurtarief: Decimal) -> list[FinanceRow]:
    """Per year: the VWS subsidy (table subsidie) against what partners put in (bijdrage:
    money, and hours valued at ``uurtarief``). Theme and O do not apply to money."""
    S, B = orm.Subsidie, orm.Bijdrage
    werkplaatsen = select(W.id).where(*([W.id.in_(f.werkplaats_ids)] if f.werkplaats_ids else []))
    q_sub = select(S.jaar, func.sum(S.bedrag)).where(S.werkplaats_id.in_(werkplaatsen),
                                                      *_in_years(S.jaar, f))
    sub: dict[int, Decimal] = {jaar: total for jaar, total in s.execute(q_sub.group_by(S.jaar))}
    q_bij = select(B.jaar, B.soort, func.sum(B.hoeveelheid)).where(
        B.werkplaats_id.in_(werkplaatsen), *_in_years(B.jaar, f))
    if f.partner_type:
        q_bij = q_bij.where(B.partner_id.in_(select(Pa.id).where(Pa.type == f.partner_type)))
    bij = {(jaar, str(soort)): total
           for jaar, soort, total in s.execute(q_bij.group_by(B.jaar, B.soort))}
    zero = Decimal("0.00")
    rows = []
    for jaar in _year_span(f, set(sub) | {j for j, _ in bij}):
        uren = bij.get((jaar, "uren"), zero)
        rows.append(FinanceRow(jaar, sub.get(jaar, zero), bij.get((jaar, "geld"), zero), uren,
                               (uren * uurtarief).quantize(Decimal("0.01"))))
    return rows


@dataclass(frozen=True)
class _Counted:
    """Subqueries over the output the charts count (the same conditions): the projects and
    kenniskringen it belongs to, and its (project, theme) pairs."""

    projects: Any
    kenniskringen: Any
    project_themes: Any


def _counted_output(f: DashboardFilter, counts: bool = False) -> _Counted:
    """What the charts count, as subqueries. ``counts`` (a filter :func:`from_counts` accepts,
    without an O, on SQLite): the projects, kenniskringen and (project, theme) pairs from
    ``telling_project`` and ``telling_kenniskring`` (revision 0007), a few thousand rows,
    instead of the records with their theme links."""
    acts, prods = _OutputSource("activiteit", f), _OutputSource("product", f)

    def column(name: str) -> Any:
        return union(*(q.select(getattr(q.t, name)).where(getattr(q.t, name).is_not(None))
                       for q in (acts, prods)))

    pairs = []
    for q in (acts, prods):
        link = q.link
        pair = q.select(q.t.project_id, link.c.thema_id).join(
            link, link.c[q.own] == q.t.id).where(q.t.project_id.is_not(None))
        if f.thema_id is not None:
            pair = pair.where(link.c.thema_id == f.thema_id)
        pairs.append(pair)
    if counts and not f.o:  # (the tables do not count per O)
        assert from_counts(f), f

        def kept(t: Any) -> list[ColumnElement[bool]]:
            cond = [*_in_years(t.jaar, f), t.aantal != 0]
            if f.werkplaats_ids:
                cond.append(t.werkplaats_id.in_([int(i) for i in f.werkplaats_ids]))
            return cond

        t, k = derived.telling_project.c, derived.telling_kenniskring.c
        return _Counted(select(t.project_id).where(*kept(t)).distinct(),
                        select(k.kenniskring_id).where(*kept(k)).distinct(),
                        select(t.project_id, t.thema_id).where(*kept(t), t.thema_id != 0))
    return _Counted(column("project_id"), column("kenniskring_id"), union(*pairs))


def _in_years_or_counted(period: list[ColumnElement[bool]], own_id: Any,
                         counted: Any) -> list[ColumnElement[bool]]:
    """A praktijk or kenniskring counts in the years of its own period, or when output that the
    charts count in those years belongs to it (a landelijk overzicht carries no periods)."""
    if not period:
        return []
    return [or_(and_(*period), own_id.in_(counted))]


def _projects(f: DashboardFilter, counted: _Counted | None = None) -> Any:
    period = _overlap(P.startdatum, P.einddatum, f, dates=True, unknown_counts=False)
    cond = [P.werkplaats_id.in_(_werkplaats_ids(f)),
            *(_in_years_or_counted(period, P.id, counted.projects) if counted else period)]
    if f.thema_id is not None:
        cond.append(P.id.in_(select(orm.project_thema.c.project_id)
                             .where(orm.project_thema.c.thema_id == f.thema_id)))
    if f.partner_type:
        pp = orm.project_partner
        cond.append(P.id.in_(select(pp.c.project_id).join(Pa, Pa.id == pp.c.partner_id)
                             .where(Pa.type == f.partner_type)))
    return select(P.id).where(*cond)


def feiten(s: Session, f: DashboardFilter, activiteiten: Output, producten: Output,
           counted: _Counted | None = None) -> Feiten:
    """The facts, from the same rows as the charts: Thema's are the themes the theme charts
    show (activities and products); a praktijk or kenniskring counts in the chosen years by its
    period or by the output of it that the charts count; onderwerpen are the themes of the
    counted praktijken and of their counted output, per praktijk."""
    counted = counted or _counted_output(f)
    # the partners taking part, read once and counted per kind in one pass (six subqueries
    # over them cost ~1 s at 1 000 000 activities: SQLite evaluates each one anew)
    taking_part = select(Pa.type, G.netwerk).outerjoin(G, G.id == Pa.gemeente_id).where(
        Pa.id.in_(_partner_ids(f))).subquery()

    def partners_of(*cond: ColumnElement[bool]) -> Any:
        return func.sum(case((and_(*cond), 1), else_=0)) if cond else func.count()

    def gemeenten(netwerk: str) -> Any:
        return partners_of(taking_part.c.type == "gemeente", taking_part.c.netwerk == netwerk)

    pt = orm.project_thema
    projects = _projects(f, counted)
    links = select(pt.c.project_id, pt.c.thema_id).where(pt.c.project_id.in_(projects))
    if f.thema_id is not None:
        links = links.where(pt.c.thema_id == f.thema_id)
    output_links = counted.project_themes.subquery()
    links_sq = union(links, select(output_links.c.project_id, output_links.c.thema_id)
                     .where(output_links.c.project_id.in_(projects))).subquery()
    kk = [K.werkplaats_id.in_(_werkplaats_ids(f)),
          *_in_years_or_counted(_overlap(K.startjaar, K.eindjaar, f, unknown_counts=False),
                                K.id, counted.kenniskringen)]
    if f.thema_id is not None:
        kk.append(K.id.in_(select(orm.kenniskring_thema.c.kenniskring_id)
                           .where(orm.kenniskring_thema.c.thema_id == f.thema_id)))
    hogescholen, gem, g4, g32, uitvoering, alle = (v or 0 for v in s.execute(select(
        partners_of(taking_part.c.type == "hogeschool"),
        partners_of(taking_part.c.type == "gemeente"),
        gemeenten("g4"), gemeenten("g32"),
        partners_of(taking_part.c.type == "uitvoeringsorganisatie"),
        partners_of()).select_from(taking_part)).one())
    row = s.execute(select(
        select(func.count()).select_from(_werkplaats_ids(f).subquery()).scalar_subquery(),
        select(func.count()).select_from(projects.subquery()).scalar_subquery(),
        select(func.count()).select_from(links_sq).scalar_subquery(),
        select(func.count(K.id)).where(*kk).scalar_subquery(),
    )).one()
    werkplaatsen, projecten, onderwerpen, kenniskringen = row
    themas = len({r.key for r in activiteiten.per_thema + producten.per_thema
                  if r.key is not None})
    return Feiten(werkplaatsen, hogescholen, gem, g4, g32, uitvoering, alle, projecten,
                  onderwerpen, themas, kenniskringen, activiteiten.totaal, producten.totaal,
                  activiteiten.bereik)


def werkplaats_punten(s: Session, f: DashboardFilter) -> list[WerkplaatsPunt]:
    q = select(W.id, W.naam, W.provincie_code).where(W.id.in_(_werkplaats_ids(f))).order_by(W.naam)
    return [WerkplaatsPunt(i, naam, code) for i, naam, code in s.execute(q)]


