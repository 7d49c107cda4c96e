"""Reports made from the dashboard's figures: the Jaarrapportage (PDF plus CSV files) and the
draaitabel's spreadsheet files. The Jaarrapportage imports matplotlib, so it is loaded only when
asked for (``reports.make_report``): the draaitabel's export stays light."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from werkplaats_desktop.reports.jaarrapport import ReportResult, csv_dir_for, make_report

__all__ = ["ReportResult", "csv_dir_for", "make_report"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from werkplaats_desktop.reports import jaarrapport

        return getattr(jaarrapport, name)
    raise AttributeError(name)
