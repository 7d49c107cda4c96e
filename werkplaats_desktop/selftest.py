"""The self-test: proves on the user's own machine that this copy of the program works.

A frozen bundle fails in ways the test suite never sees: a data file left out of the bundle,
a module imported only by a migration (Alembic loads revisions from disk), a matplotlib
backend or a Qt translation filtered away. ``werkplaats self-test`` and ``werkplaats-desktop
--self-test`` therefore run the real paths once, in a temporary user data folder (so the
user's own files are never touched): create a database through the migrations, write and read
a record of every kind through the services, render a dashboard chart (PNG, SVG, PDF), export
the landelijk overzicht (CSV) and read it into a new database, and load the translations. Any
failure gives a Dutch reason and a non-zero exit code; a GUI program on Windows has no console,
so the result can also be written to a file (``--resultaat``).

On a shared database (``--db postgresql://...``) the same checks run on the server, made safe
for a database colleagues are using: the user's own schema is only read (is its revision the
program's?); the database of the test is built by the migrations in a new schema
``wp_selftest_<random>`` (store/pg.py), which is dropped at the end, also after a failure
(the last step says so). A role that may not create a schema gets a Dutch message naming the
missing right.

No Qt here (architecture rule): the window's self-test (``ui/selftest_qt.py``) adds the steps
that need Qt to :func:`default_steps`; nothing here reaches up into ``ui/``.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.domain import enums as e
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.plurals import noun
from werkplaats_desktop.domain.validation import ValidationError
from werkplaats_desktop.locations import DATA_DIR_ENV, migrations_dir, resources_dir

#: what the first line of a result file starts with; scripts (Windows CI) look for it
GESLAAGD = "GESLAAGD"
MISLUKT = "MISLUKT"


class SelfTestFailure(Exception):
    """A step found something wrong. The message is the Dutch reason shown to the user."""


@dataclass
class Context:
    """What the steps share: the temporary folder and, once made, the open database."""

    folder: Path
    db: Any = None  # store.database.Database, imported lazily with the rest of the store
    services: Any = None
    made: dict[str, Any] = field(default_factory=dict)
    #: the shared database (a store.target.ServerTarget) when testing on a server
    server: Any = None
    #: what must be undone at the end, also after a failure: (step name, action returning
    #: what was done, raising SelfTestFailure when it could not be done)
    cleanups: list[tuple[str, Callable[[], str]]] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    naam: str
    run: Callable[[Context], str]


@dataclass(frozen=True)
class StepResult:
    naam: str
    ok: bool
    #: what was checked (on success) or the Dutch reason (on failure)
    detail: str
    seconden: float
    #: the traceback of an unexpected error, for a developer reading the result file
    technisch: str = ""


@dataclass
class SelfTestResult:
    steps: list[StepResult]
    skipped: list[str]

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps) and not self.skipped

    @property
    def reason(self) -> str:
        """The Dutch reason of the failure ('' when everything passed)."""
        failed = next((s for s in self.steps if not s.ok), None)
        return f"{failed.naam}: {failed.detail}" if failed else ""

    def text(self) -> str:
        head = (f"{GESLAAGD}: de zelftest van {APP_NAME} {__version__} is geslaagd."
                if self.ok else
                f"{MISLUKT}: de zelftest van {APP_NAME} {__version__} is mislukt.\n"
                f"Reden: {self.reason}")
        lines = [head, "", f"Programma: {APP_NAME} {__version__}, Python "
                 f"{platform.python_version()}, {platform.platform()}"
                 + (", gebundeld" if getattr(sys, "frozen", False) else ""), ""]
        for s in self.steps:
            lines.append(f"[{'ok' if s.ok else 'FOUT'}] {s.naam} ({s.seconden:.1f} s): {s.detail}")
        lines.extend(f"[--] {naam}: niet uitgevoerd" for naam in self.skipped)
        technical = [s.technisch for s in self.steps if s.technisch]
        if technical:
            lines += ["", "Technische details (voor de ontwikkelaars):", *technical]
        return "\n".join(lines) + "\n"


def run_cli(resultaat: Path | None, steps: Sequence[Step] | None = None,
            server: Any = None) -> int:
    """Run the self-test for a command: progress on stdout, the reason on stderr, the full
    result in ``resultaat`` when given. Returns the exit code (0 only when all passed)."""

    def show(step: StepResult) -> None:
        print(f"[{'ok' if step.ok else 'FOUT'}] {step.naam}: {step.detail}", flush=True)

    result = run_selftest(steps, report=show, server=server)
    code = 0 if result.ok else 1
    if resultaat is not None:
        try:
            write_result(result, resultaat)
        except OSError as exc:
            print(f"werkplaats: het resultaat kon niet worden geschreven naar {resultaat}: "
                  f"{exc.strerror or exc}", file=sys.stderr)
            code = 1
    if result.ok:
        print(result.text().splitlines()[0])
    else:
        print(f"werkplaats: zelftest mislukt. {result.reason}", file=sys.stderr)
        for step in result.steps:
            if step.technisch:
                print(f"Technische details:\n{step.technisch}", file=sys.stderr)
    return code


def write_result(result: SelfTestResult, path: Path) -> None:
    """Write the result where the caller asked (UTF-8 with BOM: Notepad shows it right)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(result.text(), encoding="utf-8-sig")


# --- running ------------------------------------------------------------------------------------


@contextmanager
def temporary_data_folder() -> Iterator[Path]:
    """A fresh user data folder for the duration of the test; the real one is never used."""
    old = os.environ.get(DATA_DIR_ENV)
    with tempfile.TemporaryDirectory(prefix="werkplaats-zelftest-",
                                     ignore_cleanup_errors=True) as folder:
        os.environ[DATA_DIR_ENV] = folder
        try:
            yield Path(folder)
        finally:
            if old is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = old


def run_selftest(steps: Sequence[Step] | None = None,
                 report: Callable[[StepResult], None] | None = None,
                 server: Any = None) -> SelfTestResult:
    """Run ``steps`` (default: :func:`default_steps`) in order, stopping at the first failure.
    ``report`` is called after every step (the command line prints progress with it).
    ``server``: a shared database (ServerTarget) to run the test on instead of a file.
    Whatever a step registered in ``ctx.cleanups`` runs at the end, also after a failure, and
    is reported as a step of its own."""
    steps = list(default_steps(server) if steps is None else steps)
    results: list[StepResult] = []
    skipped: list[str] = []
    with temporary_data_folder() as folder:
        ctx = Context(folder, server=server)
        try:
            for index, step in enumerate(steps):
                result = _run_step(step, ctx)
                results.append(result)
                if report is not None:
                    report(result)
                if not result.ok:
                    skipped = [s.naam for s in steps[index + 1:]]
                    break
        finally:
            if ctx.db is not None:
                ctx.db.close()
                ctx.db = None
            for naam, action in reversed(ctx.cleanups):
                result = _run_step(Step(naam, lambda _ctx, act=action: act()), ctx)  # type: ignore[misc]
                results.append(result)
                if report is not None:
                    report(result)
    return SelfTestResult(results, skipped)


def _run_step(step: Step, ctx: Context) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step.run(ctx)
    except SelfTestFailure as exc:
        return StepResult(step.naam, False, str(exc), time.perf_counter() - start)
    except Exception as exc:  # a bug or a broken bundle: say so, keep the traceback
        return StepResult(step.naam, False, f"onverwachte fout: {type(exc).__name__}: {exc}",
                          time.perf_counter() - start, traceback.format_exc())
    return StepResult(step.naam, True, detail, time.perf_counter() - start)


def default_steps(server: Any = None) -> list[Step]:
    """Every check that needs no window; the GUI adds its own (ui/selftest_qt.py). With a
    ``server`` (a shared database) the database steps run in a temporary schema there."""
    if server is not None:
        database = [Step("Schemaversie van de gedeelde database lezen", check_server_revision),
                    Step("Database maken via de migraties (in een tijdelijk schema)",
                         create_database)]
    else:
        database = [Step("Database maken via de migraties", create_database)]
    return [
        Step("Programmabestanden vinden", check_program_files),
        *database,
        Step("Records schrijven en teruglezen", write_and_read_records),
        Step("Dashboardgrafiek tekenen", render_dashboard_chart),
        Step("CSV exporteren en weer inlezen", export_and_import_csv),
        Step("Vertalingen vinden", find_translations),
        Step("Getallen lezen in beide talen", read_numbers),
    ]


# --- the steps ----------------------------------------------------------------------------------


def check_program_files(ctx: Context) -> str:
    try:
        resources, migrations = resources_dir(), migrations_dir()
    except FileNotFoundError as exc:
        raise SelfTestFailure(str(exc)) from exc
    needed = [resources / "icons" / "werkplaats.svg",
              resources / "translations" / "werkplaats_en.qm",
              migrations / "env.py"]
    missing = [str(p) for p in needed if not p.is_file()]
    revisions = sorted((migrations / "versions").glob("*.py"))
    if not revisions:
        missing.append(str(migrations / "versions" / "*.py"))
    if missing:
        raise SelfTestFailure("deze programmabestanden ontbreken: " + ", ".join(missing))
    return f"bronnen in {resources}, {len(revisions)} migraties in {migrations}"


def create_database(ctx: Context) -> str:
    from werkplaats_desktop.locations import user_data_dir
    from werkplaats_desktop.services import Services
    from werkplaats_desktop.store.database import Database
    from werkplaats_desktop.store.migrate import SchemaError, head_revision

    if user_data_dir().resolve() != ctx.folder.resolve():
        raise SelfTestFailure(f"de tijdelijke gegevensmap wordt niet gebruikt ({user_data_dir()})")
    if ctx.server is not None:
        where = _create_scratch_schema(ctx)
    else:
        path = ctx.folder / "zelftest.sqlite"
        where = str(path)
        try:
            ctx.db = Database.open(path)
        except SchemaError as exc:
            raise SelfTestFailure(f"de database kon niet worden gemaakt: {exc}") from exc
    report = ctx.db.upgrade_report
    if not report.created or report.to_revision != head_revision():
        raise SelfTestFailure(f"de database staat op schemaversie {report.to_revision}, "
                              f"verwacht {head_revision()}")
    ctx.services = Services(ctx.db)
    themas = ctx.services.themas.count()
    if themas < 19:
        raise SelfTestFailure(f"de referentiegegevens ontbreken (maar {themas} thema's)")
    return f"schemaversie {report.to_revision}, {themas} thema's, in {where}"


def check_server_revision(ctx: Context) -> str:
    """The shared database itself, read only: is it a database of this program, at the
    schema revision this program writes? (Nothing is written to it, nothing upgraded.)"""
    from werkplaats_desktop.store import pg
    from werkplaats_desktop.store.migrate import SchemaError, head_revision

    target = ctx.server
    try:
        state = pg.inspect_server(target)
        pg.check_openable(state, target)
    except SchemaError as exc:
        raise SelfTestFailure(str(exc)) from exc
    if state.blank:
        raise SelfTestFailure(f"de database {target.name} is nog leeg: maak de tabellen met "
                              f"'werkplaats nieuw {target.url}'")
    if state.revision != head_revision():
        raise SelfTestFailure(
            f"de database {target.name} heeft schemaversie {state.revision}, dit programma "
            f"schrijft {head_revision()}: open hem eerst met Werkplaats Desktop (of "
            "'werkplaats nieuw') om hem bij te werken")
    return f"{target.name}: schemaversie {state.revision}, dezelfde als die van het programma"


def _create_scratch_schema(ctx: Context) -> str:
    """A new schema on the server for the test's database, dropped at the end (cleanups)."""
    from werkplaats_desktop.store import pg
    from werkplaats_desktop.store.database import Database
    from werkplaats_desktop.store.migrate import SchemaError

    target = ctx.server
    try:
        schema, scratch = pg.create_scratch_schema(target)
    except SchemaError as exc:
        raise SelfTestFailure(str(exc)) from exc

    def drop() -> str:
        try:
            pg.drop_scratch_schema(target, schema)
        except SchemaError as exc:
            raise SelfTestFailure(
                f"het tijdelijke schema {schema} kon niet worden verwijderd ({exc}); laat de "
                f"beheerder het verwijderen met: DROP SCHEMA {schema} CASCADE;") from exc
        return f"schema {schema} en alles daarin verwijderd uit {target.name}"

    ctx.cleanups.append(("Tijdelijk schema verwijderen", drop))
    try:
        ctx.db = Database.open(scratch)
    except SchemaError as exc:
        raise SelfTestFailure(f"de database kon niet worden gemaakt in schema {schema}: "
                              f"{exc}") from exc
    pg.silence_notifications(scratch)  # colleagues' windows need not refresh for the test
    return f"schema {schema} van {target.name} (wordt na afloop verwijderd)"


def write_and_read_records(ctx: Context) -> str:
    from werkplaats_desktop.services import catalog

    made = ctx.made
    for key, build in _SAMPLES:
        service = ctx.services.records(key)
        record = build(ctx)
        try:
            stored = service.create(record)
        except ValidationError as exc:
            raise SelfTestFailure(f"een {service.d.singular} werd geweigerd: {exc}") from exc
        read = service.get(stored.id)
        _compare(service.d.singular, record, read)
        made[key] = read
    missing = [d.singular for d in catalog.ALL if d.key not in made]
    if missing:
        raise SelfTestFailure("de zelftest kent nog geen voorbeeld van: " + ", ".join(missing))
    return f"{len(made)} soorten records geschreven en teruggelezen"


def _compare(what: str, written: m.Record, read: m.Record) -> None:
    base = {f.name for f in dataclasses.fields(m.Record)}
    for f in dataclasses.fields(written):
        if f.name in base:
            continue
        want, got = getattr(written, f.name), getattr(read, f.name)
        if want != got:
            raise SelfTestFailure(f"{what}: veld '{f.name}' teruggelezen als {got!r}, "
                                  f"geschreven was {want!r}")
    if not read.uuid or read.created_at is None:
        raise SelfTestFailure(f"{what}: geen uuid of aanmaakdatum na het opslaan")


def render_dashboard_chart(ctx: Context) -> str:
    """The dashboard's figures of the records written above, and its chart per theme saved
    as PNG (checked pixel by pixel for the O's colour), SVG and PDF: matplotlib loads each
    of those backends by name, which a bundle can lack."""
    from matplotlib.image import imread

    from werkplaats_desktop import charts
    from werkplaats_desktop.charts.export import save_figure
    from werkplaats_desktop.domain.palette import O_COLORS
    from werkplaats_desktop.services.dashboard import DashboardService

    data = DashboardService(ctx.db).data()
    activiteit, thema = ctx.made["activiteit"], ctx.made["thema"]
    row = next((r for r in data.activiteiten.per_thema if r.key == thema.id), None)
    o = e.O(activiteit.o).value
    if data.feiten.activiteiten != 1 or row is None or row.per_o != {o: 1}:
        raise SelfTestFailure("het dashboard telt de geschreven activiteit niet goed "
                              f"({data.feiten.activiteiten} activiteiten; per thema: "
                              f"{row.per_o if row else 'thema ontbreekt'})")
    figure = charts.build("thema", data)
    png = save_figure(figure, ctx.folder / "grafiek-per-thema.png")
    pixels = imread(png)[..., :3]
    colour = [int(O_COLORS[o][i:i + 2], 16) / 255 for i in (1, 3, 5)]
    if not ((abs(pixels - colour) < 0.02).all(axis=-1)).any():
        raise SelfTestFailure(f"de grafiek per thema ({png.name}) toont de balk van de "
                              "activiteit niet")
    for suffix, magic in ((".svg", b"<?xml"), (".pdf", b"%PDF")):
        saved = save_figure(figure, ctx.folder / f"grafiek-per-thema{suffix}")
        if not saved.read_bytes().startswith(magic):
            raise SelfTestFailure(f"de grafiek kon niet als {suffix[1:].upper()} worden "
                                  "bewaard")
    height, width = pixels.shape[:2]
    return f"grafiek per thema als PNG ({width}x{height} beeldpunten), SVG en PDF"


def export_and_import_csv(ctx: Context) -> str:
    """The landelijk overzicht (the CSV for the landelijk overleg, Dutch Excel profile) of the
    records written above, read into a new database as a national overview would be, and read
    a second time: the same records again, not twice."""
    from werkplaats_desktop.exchange.export import ExportOptions, export
    from werkplaats_desktop.exchange.files import ExportError
    from werkplaats_desktop.exchange.importer import import_files
    from werkplaats_desktop.services import Services
    from werkplaats_desktop.store.database import Database

    csv_path = ctx.folder / "landelijk-overzicht.csv"
    try:
        result = export(ctx.db, csv_path, ExportOptions())
    except ExportError as exc:
        raise SelfTestFailure(f"de export is mislukt: {exc}") from exc
    rows = result.rows.get("landelijk", 0)
    head = csv_path.read_bytes()[:4000].decode("utf-8", errors="replace")
    if rows != 2 or not head.startswith("\ufeff") or ";" not in head.splitlines()[0]:
        raise SelfTestFailure("het landelijk overzicht is niet zoals verwacht "
                              f"({rows} {noun(rows, 'rij')}, "
                              "verwacht 2, UTF-8 met BOM en ';' voor Excel)")
    activiteit, product = ctx.made["activiteit"], ctx.made["product"]
    with Database.open(ctx.folder / "landelijk.sqlite") as national:
        for attempt in ("inlezen", "opnieuw inlezen"):
            report = import_files(national, [csv_path])
            if report.refused:
                raise SelfTestFailure(f"{attempt} van het landelijk overzicht is geweigerd: "
                                      + report.text().replace("\n", " "))
        new = sum(c.nieuw for c in report.counts.values())
        services = Services(national)
        found = services.activiteiten.by_uuid(str(activiteit.uuid))
        if found is None or found.titel != activiteit.titel:
            raise SelfTestFailure(f"de activiteit '{activiteit.titel}' is niet ingelezen")
        counts = (services.activiteiten.count(), services.producten.count())
        if new or counts != (1, 1) or services.producten.by_uuid(str(product.uuid)) is None:
            raise SelfTestFailure(f"opnieuw inlezen gaf dubbele records ({counts[0]} "
                                  f"activiteiten en {counts[1]} producten, {new} nieuw)")
    return (f"landelijk overzicht ({rows} {noun(rows, 'rij')}) geschreven, "
            "in een nieuwe database ingelezen "
            "en nog eens ingelezen zonder dubbele records")


#: the first bytes of a compiled Qt translation (.qm)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_numbers(ctx: Context) -> str:
    """Babel's CLDR data is there (a bundle that left it out could not read an amount):
    "25.000" is 25000 in Dutch, "25,000" in English."""
    from decimal import Decimal

    from werkplaats_desktop.domain.numbers import fmt_amount, parse_amount

    try:
        dutch, english = parse_amount("25.000", "nl"), parse_amount("25,000", "en")
        shown = fmt_amount(Decimal("1250.5"), "nl")
    except Exception as exc:  # noqa: BLE001 - any failure here means missing locale data
        raise SelfTestFailure(f"getallen lezen lukt niet ({exc})") from exc
    if dutch != 25000 or english != 25000 or shown != "1.250,50":
        raise SelfTestFailure(f"getallen verkeerd gelezen: {dutch}, {english}, {shown}")
    return "25.000 (nl) en 25,000 (en) zijn 25000; 1250,5 wordt 1.250,50"


def find_translations(ctx: Context) -> str:
    """The English translation is shipped and is the right file: a compiled Qt translation
    that holds the English for "Onderzoek". (Loading it into Qt is the window's own step:
    ``ui/selftest_qt.py``.)"""
    path = resources_dir() / "translations" / "werkplaats_en.qm"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SelfTestFailure(f"de Engelse vertaling ontbreekt ({path})") from exc
    if not data.startswith(QM_MAGIC):
        raise SelfTestFailure(f"{path.name} is geen vertaalbestand van Qt")
    if "Research".encode("utf-16-be") not in data:
        raise SelfTestFailure(f"{path.name} vertaalt 'Onderzoek' niet")
    return f"Engels ({path.name}, {len(data) // 1024} kB)"


# --- one example record of every kind, in an order that satisfies the references --------------


def _id(ctx: Context, key: str) -> int:
    return int(ctx.made[key].id)


def _first_subtype(ctx: Context, o: e.O) -> str:
    return str(ctx.services.reference.subtypes(o.value)[0].key)


def _first_product_type(ctx: Context) -> str:
    return str(ctx.services.reference.product_types()[0].key)


_SAMPLES: list[tuple[str, Callable[[Context], m.Record]]] = [
    ("thema", lambda c: m.Thema(naam="Zelftest: eenzaamheid onder mantelzorgers")),
    ("gemeente", lambda c: m.Gemeente(naam="Zelftestdorp", cbs_code="GM9901",
                                      provincie_code="PV26")),
    ("partner", lambda c: m.Partner(naam="Hogeschool Zelftest", type=e.PartnerType.HOGESCHOOL,
                                    provincie_code="PV26", gemeente_id=_id(c, "gemeente"))),
    ("werkplaats", lambda c: m.Werkplaats(naam="Werkplaats Zelftest", code="WP-ZELFTEST",
                                          startjaar=2012,
                                          penvoerder_id=_id(c, "partner"),
                                          provincie_code="PV26", regio="Zelftestregio")),
    ("persoon", lambda c: m.Persoon(naam="A. de Tester", functie="lector",
                                    organisatie_id=_id(c, "partner"),
                                    rollen=[m.PersoonRolInWerkplaats(
                                        werkplaats_id=_id(c, "werkplaats"),
                                        rol=e.PersoonRol.LECTOR)])),
    ("lectoraat", lambda c: m.Lectoraat(naam="Lectoraat Zelftest",
                                        werkplaats_id=_id(c, "werkplaats"),
                                        lector_id=_id(c, "persoon"))),
    ("deelname", lambda c: m.Deelname(werkplaats_id=_id(c, "werkplaats"),
                                      partner_id=_id(c, "partner"), rol=e.DeelnameRol.TREKKER,
                                      overeenkomst=e.Overeenkomst.CONVENANT, startjaar=2012)),
    ("subsidie", lambda c: m.Subsidie(werkplaats_id=_id(c, "werkplaats"), jaar=2013,
                                      bedrag=Decimal("125000.50"))),
    ("kenniskring", lambda c: m.Kenniskring(naam="Kenniskring Zelftest",
                                            werkplaats_id=_id(c, "werkplaats"),
                                            trekker_id=_id(c, "persoon"),
                                            thema_ids=[_id(c, "thema")])),
    ("project", lambda c: m.Project(
        naam="Project Zelftest", werkplaats_id=_id(c, "werkplaats"),
        kenniskring_id=_id(c, "kenniskring"), startdatum=date(2013, 1, 1),
        einddatum=date(2014, 12, 31), leider_onderwijs_id=_id(c, "persoon"),
        thema_ids=[_id(c, "thema")], pilot_gemeente_ids=[_id(c, "gemeente")],
        partners=[m.ProjectPartner(partner_id=_id(c, "partner"),
                                   rol=e.ProjectPartnerRol.TREKKER)])),
    ("bijdrage", lambda c: m.Bijdrage(werkplaats_id=_id(c, "werkplaats"),
                                      partner_id=_id(c, "partner"),
                                      project_id=_id(c, "project"), jaar=2013,
                                      soort=e.BijdrageSoort.UREN,
                                      hoeveelheid=Decimal("312.25"))),
    ("activiteit", lambda c: m.Activiteit(
        titel="Studiedag Zelftest", werkplaats_id=_id(c, "werkplaats"), o=e.O.ONDERSTEUNING,
        subtype=_first_subtype(c, e.O.ONDERSTEUNING), jaar=2013, datum=date(2013, 5, 14),
        project_id=_id(c, "project"), gemeente_id=_id(c, "gemeente"), bereik=85,
        uren=Decimal("7.5"), aantal_studenten=12, thema_ids=[_id(c, "thema")])),
    ("product", lambda c: m.Product(titel="Factsheet Zelftest", type=_first_product_type(c),
                                    werkplaats_id=_id(c, "werkplaats"), jaar=2014,
                                    link="https://example.org/zelftest",
                                    project_id=_id(c, "project"),
                                    activiteit_id=_id(c, "activiteit"),
                                    thema_ids=[_id(c, "thema")])),
    ("kennisagenda", lambda c: m.KennisagendaItem(
        vraagstuk="Wat werkt tegen eenzaamheid?", werkplaats_id=_id(c, "werkplaats"),
        startjaar=2013, status=e.AgendaStatus.IN_UITVOERING, thema_ids=[_id(c, "thema")],
        project_ids=[_id(c, "project")])),
    ("themasamenwerking", lambda c: m.Themasamenwerking(
        naam="Themasamenwerking Zelftest", thema_id=_id(c, "thema"), startjaar=2014,
        werkplaats_ids=[_id(c, "werkplaats")])),
]
