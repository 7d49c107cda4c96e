"""The Jaarrapportage: for one year, a PDF with the filter settings, the "Feiten en cijfers"
table and every dashboard chart, plus the same figures as CSV files, ready for the landelijk
overleg.

Callable without Qt (command line, self-test, tests) and off the window's thread: it takes a
SQLAlchemy session (``Database.worker_session()`` in the GUI, ``Database.read()`` elsewhere) and
a :class:`Progress`. Everything is written to temporary files first and moved into place at
the end, after the last ``progress.check()``: a cancelled report leaves nothing behind.

Figures per year (activities and products per year, co-financing) show the years up to the
report's year, so the year can be read against the ones before; all other figures are of the
report's year alone.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from sqlalchemy import text
from sqlalchemy.orm import Session

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.charts import CHARTS, heading
from werkplaats_desktop.charts.base import Translate, fit_lines, identity, renderer_of
from werkplaats_desktop.charts.context import ChartContext
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_euro, fmt_int
from werkplaats_desktop.domain.plurals import noun
from werkplaats_desktop.reports.pages import (
    TABEL_VAN,
    PageLabel,
    chart_page,
    contents_page,
    table_page,
)
from werkplaats_desktop.reports.tables import tables, write_csv
from werkplaats_desktop.services.dashboard.chart_tables import ChartTable, chart_table
from werkplaats_desktop.services.dashboard.filter_words import describe
from werkplaats_desktop.services.dashboard.model import (
    DEFAULT_UURTARIEF,
    FEITEN_LABELS,
    FEITEN_NOUNS,
    REGEL_THEMAS,
    DashboardData,
    DashboardFilter,
)
from werkplaats_desktop.services.dashboard.queries import compute
from werkplaats_desktop.services.info import is_demo
from werkplaats_desktop.services.progress import SILENT, Progress

A4_LANDSCAPE = (11.69, 8.27)
#: the charts that show a series of years use the trend figures
TREND_CHARTS = {"jaar", "cofinanciering"}

TITEL = QT_TRANSLATE_NOOP("Rapport", "Jaarrapportage {jaar}")
INSTELLINGEN = QT_TRANSLATE_NOOP("Rapport", "Instellingen")
FEITEN = QT_TRANSLATE_NOOP("Rapport", "Feiten en cijfers {jaar}")
ALLE_WERKPLAATSEN = QT_TRANSLATE_NOOP("Rapport", "Alle werkplaatsen")
ALLE = QT_TRANSLATE_NOOP("Rapport", "alle")
VOORBEELD = QT_TRANSLATE_NOOP(
    "Rapport", "Let op: gemaakt met de voorbeelddatabase (verzonnen gegevens).")
PLAATS = QT_TRANSLATE_NOOP(
    "Rapport",
    "Een activiteit telt in de provincie van haar gemeente; een product in die van de gemeente "
    "van zijn activiteit, anders in die van zijn werkplaats.")
GEMAAKT = QT_TRANSLATE_NOOP("Rapport", "Gemaakt met {app} {versie} op {datum}.")
S_JAAR = QT_TRANSLATE_NOOP("Rapport", "Jaar")
S_WERKPLAATSEN = QT_TRANSLATE_NOOP("Rapport", "Werkplaatsen")
S_THEMA = QT_TRANSLATE_NOOP("Rapport", "Thema")
S_O = QT_TRANSLATE_NOOP("Rapport", "O")
S_PARTNERTYPE = QT_TRANSLATE_NOOP("Rapport", "Partnertype")
S_UURTARIEF = QT_TRANSLATE_NOOP("Rapport", "Uurtarief partneruren")
S_TREND = QT_TRANSLATE_NOOP("Rapport", "Reeksen per jaar")
S_TREND_WAARDE = QT_TRANSLATE_NOOP("Rapport", "{van} t/m {tot}")
S_DATABASE = QT_TRANSLATE_NOOP("Rapport", "Database")
BEZIG = QT_TRANSLATE_NOOP("Rapport", "Jaarrapportage: {wat}")
CIJFERS = QT_TRANSLATE_NOOP("Rapport", "cijfers berekenen")
PAGINA_MAKEN = QT_TRANSLATE_NOOP("Rapport", "pagina {n} van {totaal}")
CSV_MAKEN = QT_TRANSLATE_NOOP("Rapport", "CSV-bestanden schrijven")


@dataclass(frozen=True)
class ReportResult:
    pdf: Path
    csv_dir: Path
    csv_files: list[Path]
    pages: int


def csv_dir_for(pdf: Path) -> Path:
    """Where the CSV files of the report at ``pdf`` go: a folder beside it."""
    return pdf.with_name(pdf.stem + "-csv")


def settings(s: Session, f: DashboardFilter, uurtarief: Decimal, trend: DashboardData,
             database: str, tx: Translate = identity) -> list[tuple[str, str]]:
    """The filter settings in words, for the title page and ``instellingen.csv``."""
    alle = tx("Rapport", ALLE)
    wps = [w.naam for w in trend.werkplaatsen if not f.werkplaats_ids or w.id in f.werkplaats_ids]
    words = describe(s, f)
    thema = words.thema_naam or alle
    ptype = words.partner_type_naam or alle
    years = [r.key for r in trend.activiteiten.per_jaar] or [f.jaar_tot]
    return [
        (tx("Rapport", S_JAAR), str(f.jaar_tot)),
        (tx("Rapport", S_WERKPLAATSEN),
         "; ".join(wps) if f.werkplaats_ids else tx("Rapport", ALLE_WERKPLAATSEN)),
        (tx("Rapport", S_THEMA), thema or ""),
        (tx("Rapport", S_O), tx("Keuzelijst", O(f.o).label) if f.o else alle),
        (tx("Rapport", S_PARTNERTYPE), tx("Keuzelijst", ptype or "")),
        (tx("Rapport", S_UURTARIEF), fmt_euro(uurtarief)),
        (tx("Rapport", S_TREND), tx("Rapport", S_TREND_WAARDE).format(van=years[0],
                                                                       tot=years[-1])),
        (tx("Rapport", S_DATABASE), database),
    ]


def _title_page(d: DashboardData, jaar: int, rows: list[tuple[str, str]], demo: bool,
                tx: Translate) -> Figure:
    fig = Figure(figsize=A4_LANDSCAPE)
    ink, grey = "#1d2a33", "#555555"
    fig.text(0.06, 0.91, tx("Rapport", TITEL).format(jaar=jaar), fontsize=24,
             fontweight="bold", color=ink)
    fig.text(0.06, 0.865, rows[1][1], fontsize=12, color=grey)
    fig.text(0.06, 0.79, tx("Rapport", INSTELLINGEN), fontsize=13, fontweight="bold", color=ink)
    renderer = renderer_of(fig)
    y = 0.75
    for label, value in rows:  # a long value (several werkplaatsen) on more lines
        fig.text(0.06, y, label, fontsize=9.5, color=grey, va="top")
        shown = fig.text(0.2, y, fit_lines(fig, value, 9.5, left=0.2 + 0.52), fontsize=9.5,
                         color=ink, va="top")
        y -= max(0.033, shown.get_window_extent(renderer).height / fig.bbox.height + 0.012)
    fig.text(0.52, 0.79, tx("Rapport", FEITEN).format(jaar=jaar), fontsize=13,
             fontweight="bold", color=ink)
    y = 0.75
    for key, label, _uitleg in FEITEN_LABELS:
        sub = key.startswith("gemeenten_")
        n = getattr(d.feiten, key)
        name = tx("Dashboard", label)
        if key in FEITEN_NOUNS:  # "1 Praktijk", "2 Praktijken"
            name = noun(n, FEITEN_NOUNS[key], tx)
            name = name[:1].upper() + name[1:]
        fig.text(0.54 if sub else 0.52, y, name, fontsize=10, color=ink, va="top")
        fig.text(0.76, y, fmt_int(n), fontsize=10, color=ink, fontweight="bold", ha="right",
                 va="top")
        y -= 0.037
    notes = [tx("Dashboard", REGEL_THEMAS), tx("Rapport", PLAATS)]
    if demo:
        notes.append(tx("Rapport", VOORBEELD))
    notes.append(tx("Rapport", GEMAAKT).format(app=APP_NAME, versie=__version__,
                                               datum=date.today().strftime("%d-%m-%Y")))
    fig.text(0.06, 0.05, "\n".join(notes), fontsize=8.5, color=grey, linespacing=1.6,
             va="bottom")
    return fig


def make_report(s: Session, pdf_path: Path, jaar: int,
                base: DashboardFilter = DashboardFilter(), *,
                uurtarief: Decimal = DEFAULT_UURTARIEF, tx: Translate = identity,
                progress: Progress = SILENT) -> ReportResult:
    """Write the Jaarrapportage of ``jaar`` (filtered like ``base``) to ``pdf_path`` and its
    CSV files to :func:`csv_dir_for`; existing files of the same names are replaced."""
    pdf_path = Path(pdf_path)
    charts = [(c, kind) for c in CHARTS for kind in (("activiteit", "product") if c.per_kind
                                                      else ("activiteit",))]
    progress.report(0, len(charts) * 2 + 4, tx("Rapport", BEZIG).format(
        wat=tx("Rapport", CIJFERS)))
    f = base.with_years(jaar, jaar)
    d = compute(s, f, uurtarief)
    trend = compute(s, base.with_years(base.jaar_van, jaar), uurtarief)
    demo = is_demo(s)
    rows = settings(s, f, uurtarief, trend, _db_name(s), tx)
    progress.check()

    ctx = ChartContext(describe(s, f, tx).line(), _db_name(s))
    # every page after the title page and the contents: a chart, then its table
    plan: list[tuple[str, Callable[[PageLabel], Figure]]] = []
    for spec, kind in charts:
        data = trend if spec.key in TREND_CHARTS else d
        title = heading(spec.key, kind, tx)
        plan.append((title, partial(_chart, spec.key, data, kind, ctx, tx)))
        table = chart_table(spec.key, data, kind)
        if table.has_numbers:
            plan.append((tx("Rapport", TABEL_VAN).format(titel=title),
                         partial(_table, table, title, ctx, tx)))
    total = len(plan) + 4
    pages = len(plan) + 2

    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".jaarrapportage-", dir=pdf_path.parent))
    try:
        tmp_pdf = work / pdf_path.name
        with PdfPages(tmp_pdf, metadata={"Title": tx("Rapport", TITEL).format(jaar=jaar),
                                         "Subject": ctx.filter_line,
                                         "Creator": f"{APP_NAME} {__version__}"}) as pdf:
            pdf.savefig(_title_page(d, jaar, rows, demo, tx))
            contents = [(n, title) for n, (title, _make) in enumerate(plan, start=3)]
            explained = [(tx("Dashboard", label), tx("Dashboard", uitleg))
                         for key, label, uitleg in FEITEN_LABELS
                         if not key.startswith("gemeenten_")]
            pdf.savefig(contents_page(contents, PageLabel(jaar, 2), tx, explained))
            for n, (_title, make) in enumerate(plan, start=3):
                progress.report(n - 1, total, tx("Rapport", BEZIG).format(
                    wat=tx("Rapport", PAGINA_MAKEN).format(n=n, totaal=pages)))
                pdf.savefig(make(PageLabel(jaar, n)))
                progress.check()
        progress.report(total - 1, total, tx("Rapport", BEZIG).format(
            wat=tx("Rapport", CSV_MAKEN)))
        tmp_csv = work / "csv"
        tmp_csv.mkdir()
        written = [write_csv(tmp_csv / f"{stem}.csv", header, body)
                   for stem, (header, body) in tables(d, trend, rows).items()]
        progress.check()
        # the point of no return: move everything into place
        csv_dir = csv_dir_for(pdf_path)
        csv_dir.mkdir(exist_ok=True)
        final = []
        for path in written:
            os.replace(path, csv_dir / path.name)
            final.append(csv_dir / path.name)
        os.replace(tmp_pdf, pdf_path)
    finally:
        for leftover in sorted(work.rglob("*"), reverse=True):
            leftover.rmdir() if leftover.is_dir() else leftover.unlink()
        work.rmdir()
    progress.report(total, total, "")
    return ReportResult(pdf_path, csv_dir, final, pages)


def _chart(key: str, data: DashboardData, kind: str, ctx: ChartContext, tx: Translate,
           page: PageLabel) -> Figure:
    return chart_page(key, data, kind, ctx, page, tx)


def _table(table: ChartTable, title: str, ctx: ChartContext, tx: Translate,
           page: PageLabel) -> Figure:
    return table_page(table, title, ctx, page, tx)


def _db_name(s: Session) -> str:
    """The file name of the database the session reads (for the settings)."""
    if s.get_bind().dialect.name != "sqlite":
        return str(s.execute(text("SELECT current_database()")).scalar() or "")
    row = s.execute(text("PRAGMA database_list")).first()
    return Path(row[2]).name if row and row[2] else ""
