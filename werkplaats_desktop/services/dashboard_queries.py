"""The SQL behind the dashboard. Every figure is a ``GROUP BY`` in SQLite; Python only puts
the aggregate rows (at most a few hundred: themes, years, gemeenten, provinces) into the
shape of :mod:`dashboard_model`.

The conditions on activities and products are taken from the list specifications
(``services.listing``): the dashboard and the drill-down lists cannot disagree on what a
filter means.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, literal, or_, select, union
from sqlalchemy.orm import Session, aliased

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.dashboard_model import (
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
from werkplaats_desktop.services.listing import SPECS, product_provincie
from werkplaats_desktop.store import orm

A, Pr, W, Pa, G = orm.Activiteit, orm.Product, orm.Werkplaats, orm.Partner, orm.Gemeente
P, K, D = orm.Project, orm.Kenniskring, orm.Deelname
_O_ORDER = [o.value for o in O]


def compute(s: Session, f: DashboardFilter, uurtarief: Decimal) -> DashboardData:
    activiteiten = output(s, "activiteit", f)
    producten = output(s, "product", f)
    return DashboardData(
        filter=f, uurtarief=uurtarief,
        feiten=feiten(s, f, activiteiten, producten),
        activiteiten=activiteiten, producten=producten,
        partners=partner_mix(s, f), cofinanciering=cofinanciering(s, f, uurtarief),
        werkplaatsen=werkplaats_punten(s, f),
    )


def years(s: Session) -> list[int]:
    stmt = union(*(select(t.jaar) for t in (A, Pr, orm.Subsidie, orm.Bijdrage)))
    return sorted(int(y) for y in s.scalars(stmt) if y is not None)


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


def output(s: Session, kind: str, f: DashboardFilter) -> Output:
    spec = SPECS[kind]
    base = f.list_filters(kind)
    where = [spec.filters[k](v) for k, v in base.items()]
    t: Any
    if kind == "activiteit":
        t, link, own, act = A, orm.activiteit_thema, "activiteit_id", A
    else:
        t, link, own, act = Pr, orm.product_thema, "product_id", aliased(A)

    def stmt(*cols: Any, source: Any = None) -> Any:
        q = select(*cols).select_from(source if source is not None else t)
        if act is not A:  # a product's O and gemeente are those of its activity
            q = q.outerjoin(act, act.id == Pr.activiteit_id)
        return q.where(*where)

    def o_key(o: Any) -> str:
        return str(o) if o is not None else ZONDER_O

    def segments(extra: dict[str, Any], per_o: dict[str, int]) -> dict[str, dict[str, Any]]:
        return {o: drill(base, **extra, **({"o": o} if o else {"zonder_o": True})) for o in per_o}

    n = func.count()
    # per year, stacked by O
    by_year: dict[int, dict[str, int]] = defaultdict(dict)
    for jaar, o, count in s.execute(stmt(t.jaar, act.o, n).group_by(t.jaar, act.o)):
        by_year[int(jaar)][o_key(o)] = count
    per_jaar = [StackRow(y, str(y), by_year.get(y, {}),
                         segments({"jaar": y}, by_year.get(y, {})))
                for y in _year_span(f, by_year)]
    totaal = sum(r.total for r in per_jaar)

    # per theme, stacked by O; a record counts once under each of its themes
    source = link.join(t, t.id == link.c[own])
    q = stmt(link.c.thema_id, act.o, n, source=source)
    if f.thema_id is not None:
        q = q.where(link.c.thema_id == f.thema_id)
    by_theme: dict[int | None, dict[str, int]] = defaultdict(dict)
    for thema_id, o, count in s.execute(q.group_by(link.c.thema_id, act.o)):
        by_theme[thema_id][o_key(o)] = count
    if f.thema_id is None:
        q = stmt(act.o, n).where(t.id.not_in(select(link.c[own]))).group_by(act.o)
        for o, count in s.execute(q):
            by_theme[None][o_key(o)] = count
    names = dict(s.execute(select(orm.Thema.id, orm.Thema.naam)
                           .where(orm.Thema.id.in_([k for k in by_theme if k is not None]))).all())
    per_thema = [StackRow(k, names[k] if k is not None else ZONDER_THEMA, v,
                          segments({"thema_id": k} if k is not None else {"zonder_thema": True}, v))
                 for k, v in by_theme.items()]
    per_thema.sort(key=lambda r: (r.key is None, -r.total, r.label.casefold()))

    # per gemeente, stacked by O
    by_gem: dict[int | None, dict[str, int]] = defaultdict(dict)
    for gid, o, count in s.execute(stmt(act.gemeente_id, act.o, n)
                                   .group_by(act.gemeente_id, act.o)):
        by_gem[gid][o_key(o)] = count
    gem_names = dict(s.execute(select(G.id, G.naam).where(
        G.id.in_([k for k in by_gem if k is not None]))).all())
    per_gemeente = [StackRow(k, gem_names[k] if k is not None else ZONDER_GEMEENTE, v,
                             segments({"gemeente_id": k} if k is not None
                                      else {"zonder_gemeente": True}, v))
                    for k, v in by_gem.items()]
    per_gemeente.sort(key=lambda r: (r.key is None, -r.total, r.label.casefold()))

    # per province: an activity's gemeente's; a product's per listing.product_provincie
    if kind == "activiteit":
        prov: Any = G.provincie_code
        q = stmt(prov, n).outerjoin(G, G.id == A.gemeente_id)
    else:
        prov = product_provincie()
        q = stmt(prov, n)
    prov_names = dict(s.execute(select(orm.Provincie.code, orm.Provincie.naam)).all())
    per_provincie = []
    zonder_gemeente = sum(by_gem.get(None, {}).values())
    for code, count in s.execute(q.group_by(prov)):
        if code is not None:
            per_provincie.append(RegionRow(code, prov_names.get(code, code), count,
                                           drill(base, provincie_code=code)))
            continue
        # normally exactly the activities without gemeente (a gemeente always has a province)
        label = ZONDER_GEMEENTE if kind == "activiteit" and count == zonder_gemeente \
            else ZONDER_PROVINCIE
        per_provincie.append(RegionRow(None, label, count, drill(base, zonder_provincie=True)))
    per_provincie.sort(key=lambda r: (r.key is None, r.label))
    return Output(kind, base, totaal, per_thema, per_jaar, per_gemeente, per_provincie)


# --- partners, money and the facts ------------------------------------------------------------


def _werkplaats_ids(f: DashboardFilter) -> Any:
    """The werkplaatsen of the filter that are active in its years (a subquery)."""
    cond: list[ColumnElement[bool]] = []
    if f.werkplaats_ids:
        cond.append(W.id.in_(f.werkplaats_ids))
    cond += _overlap(W.startjaar, W.eindjaar, f)
    return select(W.id).where(*cond)


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
    """Partners taking part (deelname) in the filter's werkplaatsen during its years."""
    cond = [D.werkplaats_id.in_(_werkplaats_ids(f)), *_overlap(D.startjaar, D.eindjaar, f)]
    q = select(D.partner_id).where(*cond)
    if f.partner_type:
        q = q.join(Pa, Pa.id == D.partner_id).where(Pa.type == f.partner_type)
    return q


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


def _projects(f: DashboardFilter) -> Any:
    cond = [P.werkplaats_id.in_(_werkplaats_ids(f)),
            *_overlap(P.startdatum, P.einddatum, f, dates=True, unknown_counts=False)]
    if f.thema_id is not None:
        cond.append(P.id.in_(select(orm.project_thema.c.project_id)
                             .where(orm.project_thema.c.thema_id == f.thema_id)))
    if f.partner_type:
        pp = orm.project_partner
        cond.append(P.id.in_(select(pp.c.project_id).join(Pa, Pa.id == pp.c.partner_id)
                             .where(Pa.type == f.partner_type)))
    return select(P.id).where(*cond)


def feiten(s: Session, f: DashboardFilter, activiteiten: Output, producten: Output) -> Feiten:
    partners = _partner_ids(f)

    def partners_of(*cond: ColumnElement[bool]) -> Any:
        return (select(func.count(Pa.id.distinct())).where(Pa.id.in_(partners), *cond)
                .scalar_subquery())

    def gemeenten(netwerk: str) -> Any:
        return partners_of(Pa.type == "gemeente", Pa.gemeente_id.in_(
            select(G.id).where(G.netwerk == netwerk)))

    pt = orm.project_thema
    links = select(pt.c.project_id, pt.c.thema_id).where(pt.c.project_id.in_(_projects(f)))
    if f.thema_id is not None:
        links = links.where(pt.c.thema_id == f.thema_id)
    links_sq = links.subquery()
    kk = [K.werkplaats_id.in_(_werkplaats_ids(f)),
          *_overlap(K.startjaar, K.eindjaar, f, unknown_counts=False)]
    if f.thema_id is not None:
        kk.append(K.id.in_(select(orm.kenniskring_thema.c.kenniskring_id)
                           .where(orm.kenniskring_thema.c.thema_id == f.thema_id)))
    bereik = select(func.coalesce(func.sum(A.bereik), 0)).where(
        *[SPECS["activiteit"].filters[k](v) for k, v in activiteiten.list_filters.items()])
    row = s.execute(select(
        select(func.count()).select_from(_werkplaats_ids(f).subquery()).scalar_subquery(),
        partners_of(Pa.type == "hogeschool"),
        partners_of(Pa.type == "gemeente"),
        gemeenten("g4"), gemeenten("g32"),
        partners_of(Pa.type == "uitvoeringsorganisatie"),
        partners_of(literal(True)),
        select(func.count()).select_from(_projects(f).subquery()).scalar_subquery(),
        select(func.count()).select_from(links_sq).scalar_subquery(),
        select(func.count(links_sq.c.thema_id.distinct())).scalar_subquery(),
        select(func.count(K.id)).where(*kk).scalar_subquery(),
        bereik.scalar_subquery(),
    )).one()
    (werkplaatsen, hogescholen, gem, g4, g32, uitvoering, alle, projecten, onderwerpen, themas,
     kenniskringen, bereikt) = row
    return Feiten(werkplaatsen, hogescholen, gem, g4, g32, uitvoering, alle, projecten,
                  onderwerpen, themas, kenniskringen, activiteiten.totaal, producten.totaal,
                  int(bereikt))


def werkplaats_punten(s: Session, f: DashboardFilter) -> list[WerkplaatsPunt]:
    q = select(W.id, W.naam, W.provincie_code).where(W.id.in_(_werkplaats_ids(f))).order_by(W.naam)
    return [WerkplaatsPunt(i, naam, code) for i, naam, code in s.execute(q)]

