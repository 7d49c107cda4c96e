"""The Overzicht's filter in words, for everything that leaves the program: the line under a
chart ("Wmo-werkplaats Utrecht, 2015, alle thema's"), the draaitabel's exports, the report's
pages. Names come from the database; the fixed words are Dutch source texts that the GUI
translates through ``tx``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.plurals import aantal
from werkplaats_desktop.services.dashboard.model import DashboardFilter
from werkplaats_desktop.store import orm

Translate = Callable[[str, str], str]
CONTEXT = "Filter"

ALLE_JAREN = QT_TRANSLATE_NOOP("Filter", "alle jaren")
JAREN = QT_TRANSLATE_NOOP("Filter", "{van} t/m {tot}")
VANAF = QT_TRANSLATE_NOOP("Filter", "vanaf {van}")
TOT_EN_MET = QT_TRANSLATE_NOOP("Filter", "t/m {tot}")
ALLE_WERKPLAATSEN = QT_TRANSLATE_NOOP("Filter", "alle werkplaatsen")
ALLE_THEMAS = QT_TRANSLATE_NOOP("Filter", "alle thema's")
ALLE_OS = QT_TRANSLATE_NOOP("Filter", "alle O's")
ALLE_PARTNERTYPES = QT_TRANSLATE_NOOP("Filter", "alle partnertypes")
PARTNERTYPE = QT_TRANSLATE_NOOP("Filter", "partnertype {type}")
S_JAREN = QT_TRANSLATE_NOOP("Filter", "Jaren")
S_WERKPLAATSEN = QT_TRANSLATE_NOOP("Filter", "Werkplaatsen")
S_THEMA = QT_TRANSLATE_NOOP("Filter", "Thema")
S_O = QT_TRANSLATE_NOOP("Filter", "O")
S_PARTNERTYPE = QT_TRANSLATE_NOOP("Filter", "Partnertype")


def _plain(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class FilterWords:
    """Each part of a filter in words (translated by the ``tx`` it was made with)."""

    jaren: str
    werkplaatsen: str
    #: every werkplaats's name when several are chosen (the short form says how many)
    werkplaats_namen: tuple[str, ...]
    thema: str
    o: str
    partner_type: str
    filtered_o: bool
    filtered_partner_type: bool
    #: the names as stored (None when not chosen), for tables that say "alle" themselves
    thema_naam: str | None = None
    partner_type_naam: str | None = None

    def line(self) -> str:
        """One line: werkplaatsen, years, theme, and O and partner type when chosen."""
        parts = [self.werkplaatsen, self.jaren, self.thema]
        if self.filtered_o:
            parts.append(self.o)
        if self.filtered_partner_type:
            parts.append(self.partner_type)
        return ", ".join(parts)

    def rows(self, tx: Translate = _plain) -> list[tuple[str, str]]:
        """(name, value) per part, for a table above an export."""
        werkplaatsen = "; ".join(self.werkplaats_namen) or self.werkplaatsen
        return [(tx(CONTEXT, S_JAREN), self.jaren),
                (tx(CONTEXT, S_WERKPLAATSEN), werkplaatsen),
                (tx(CONTEXT, S_THEMA), self.thema), (tx(CONTEXT, S_O), self.o),
                (tx(CONTEXT, S_PARTNERTYPE), self.partner_type)]


def years_text(f: DashboardFilter, tx: Translate = _plain) -> str:
    van, tot = f.jaar_van, f.jaar_tot
    if van is None and tot is None:
        return tx(CONTEXT, ALLE_JAREN)
    if van == tot:
        return str(van)
    if van is None:
        return tx(CONTEXT, TOT_EN_MET).format(tot=tot)
    if tot is None:
        return tx(CONTEXT, VANAF).format(van=van)
    return tx(CONTEXT, JAREN).format(van=van, tot=tot)


def describe(s: Session, f: DashboardFilter, tx: Translate = _plain) -> FilterWords:
    names: tuple[str, ...] = ()
    if f.werkplaats_ids:
        names = tuple(s.scalars(select(orm.Werkplaats.naam).where(
            orm.Werkplaats.id.in_(f.werkplaats_ids)).order_by(orm.Werkplaats.naam)))
    if len(names) == 1:
        werkplaatsen = names[0]
    elif names:
        werkplaatsen = aantal(len(names), "werkplaats", tx)
    else:
        werkplaatsen = tx(CONTEXT, ALLE_WERKPLAATSEN)
    thema_naam = (s.scalar(select(orm.Thema.naam).where(orm.Thema.id == f.thema_id))
                  if f.thema_id is not None else None)
    thema = thema_naam or tx(CONTEXT, ALLE_THEMAS)
    o = tx("Keuzelijst", O(f.o).label) if f.o else tx(CONTEXT, ALLE_OS)  # type: ignore[attr-defined]
    ptype = s.scalar(select(orm.PartnerTypeRef.naam).where(
        orm.PartnerTypeRef.code == f.partner_type)) if f.partner_type else None
    partner_type = (tx(CONTEXT, PARTNERTYPE).format(type=tx("Keuzelijst", ptype)) if ptype
                    else tx(CONTEXT, ALLE_PARTNERTYPES))
    return FilterWords(years_text(f, tx), werkplaatsen, names if len(names) > 1 else (),
                       thema, o, partner_type, bool(f.o), bool(f.partner_type), thema_naam,
                       ptype)
