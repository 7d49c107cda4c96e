"""The dashboard ("Overzicht"): what a werkplaats delivers per theme, region and year, its
partners and co-financing, and the "Feiten en cijfers" counts in the spirit of Movisie's
factsheet. Plain aggregates computed in SQL (GROUP BY, see ``queries.py``); the charts,
the GUI page, the yearly report and ``werkplaats stats`` all draw from :class:`DashboardData`.

Counting rules (the page, the report and the README say them too):

* "Output" is counted as activities or as products; every chart says which.
* A record with several themes counts once in each theme's bar, and once in the totals.
* An activity lies in its gemeente's province; an activity without gemeente is shown as
  "zonder gemeente", never dropped. A product lies where its activity lies; a product without
  an activity with a gemeente counts in its werkplaats's province (and as "zonder gemeente" per
  gemeente). A product's O is its activity's O ("zonder O" when it has none).
* Filters for output are exactly the filters of the lists (``services/lists``), so a click
  on a bar opens a list with as many rows as the bar counts.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from werkplaats_desktop.services.dashboard.filter_words import FilterWords, describe
from werkplaats_desktop.services.dashboard.model import (  # noqa: F401 - the public names
    BEOOGD_AANDEEL_SUBSIDIE,
    DEFAULT_UURTARIEF,
    FEITEN_LABELS,
    OUTPUT_KINDS,
    REGEL_THEMAS,
    ZONDER_O,
    CountRow,
    DashboardData,
    DashboardFilter,
    Feiten,
    FinanceRow,
    Output,
    RegionRow,
    StackRow,
    WerkplaatsPunt,
)
from werkplaats_desktop.services.dashboard.queries import compute
from werkplaats_desktop.services.reference import years_in
from werkplaats_desktop.store import Database

#: the tables the dashboard's figures are computed from (a change elsewhere, to a person or
#: the kennisagenda, leaves them as they are)
TABLES = frozenset({
    "activiteit", "product", "project", "werkplaats", "partner", "deelname", "bijdrage",
    "subsidie", "gemeente", "provincie", "thema", "kenniskring", "partner_type",
    "activiteit_thema", "product_thema", "project_thema", "kenniskring_thema",
    "project_partner",
})


class DashboardService:
    """The dashboard's aggregates on the window's connection."""

    def __init__(self, db: Database):
        self.db = db

    def data(self, f: DashboardFilter = DashboardFilter(),
             uurtarief: Decimal = DEFAULT_UURTARIEF) -> DashboardData:
        with self.db.read() as s:
            return compute(s, f, uurtarief)

    def describe(self, f: DashboardFilter,
                 tx: Callable[[str, str], str] = lambda _c, text: text) -> FilterWords:
        """The filter in words ("Wmo-werkplaats Utrecht, 2015, alle thema's"), translated
        by ``tx``: for charts, tables and exports that carry their context."""
        with self.db.read() as s:
            return describe(s, f, tx)
    def data_on_worker(self, f: DashboardFilter = DashboardFilter(),
                       uurtarief: Decimal = DEFAULT_UURTARIEF) -> DashboardData:
        """The same figures on a connection of their own (``Database.worker_session``):
        for a background thread, so that the window keeps responding meanwhile."""
        with self.db.worker_session() as s:
            return compute(s, f, uurtarief)

    def years(self) -> list[int]:
        """Every year that has activities, products, subsidies or bijdragen (for the filter)."""
        with self.db.read() as s:
            return years_in(s)
