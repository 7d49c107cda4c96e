"""Reports made from the dashboard's figures: the Jaarrapportage (PDF plus CSV files)."""

from __future__ import annotations

from werkplaats_desktop.reports.jaarrapport import ReportResult, csv_dir_for, make_report

__all__ = ["ReportResult", "csv_dir_for", "make_report"]
