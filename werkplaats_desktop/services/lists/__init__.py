"""The lists of records: what a list is (``model``), how the lists are declared
(``declarations``, hung on each kind in ``services/catalog.py``) and the engine that pages,
sorts, filters and searches them in SQL (``engine.ListService``, reached through
``Services.lists``)."""

from werkplaats_desktop.services.lists.model import (
    ListColumn,
    ListFilter,
    ListQuery,
    ListRow,
    ListSpec,
)

__all__ = ["ListColumn", "ListFilter", "ListQuery", "ListRow", "ListSpec"]
