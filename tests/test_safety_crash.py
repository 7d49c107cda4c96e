"""Promise 1: killing the program during a large write loses no committed change and leaves
nothing half written.

A child process (tests/crash_child.py) does large transactions through the services — a bulk
edit of every activity, and a large insert — and is SIGKILLed at a random moment, again and
again. After every kill the file is opened the way the program opens it (which also rolls back
the unfinished transaction and ignores the dead process's lock) and checked:
``PRAGMA integrity_check``, ``PRAGMA foreign_key_check``, and the data is exactly as after a
whole number of transactions — the last one the child reported as committed, or the one after
it (killed between its commit and its report). The child's page cache is smaller than one
transaction, as in a really large import, so that SQLite writes into the database file before
the commit and the kills leave hot journals behind: the hardest case for recovery.

The third workload is the CSV import: each transaction reads a full export of another
werkplaats (one batch of activities more each time) through the importer. It is killed 30
times (issue 15), and after every kill the file is looked at the way a user would:
``werkplaats info``, ``werkplaats check`` and ``werkplaats stats`` run as separate processes,
then the window's own open path (``ui/opening.open_database``) opens it. Every kill leaves one
of three things, and each is made to happen several times by aiming the kill: no journal
(killed between transactions), a journal whose header is still zeroed (killed after the
import began writing but before SQLite wrote into the file: the program's own large page
cache), or a hot journal (a small page cache makes SQLite write into the file early). Whether
a journal is hot is asked of SQLite itself (a read-only connection refuses such a file), and
``integrity.journal_state`` must say the same; with a hot journal the three commands refuse
the file with the same Dutch message, otherwise they all work; the open then leaves no
journal and the data of a whole number of transactions.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.crash_child import CYCLE, INSERT_BATCH
from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw
from werkplaats_desktop.store.integrity import GEEN_JOURNAL, HEET, NUL_KOP, journal_state

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork: POSIX only"),
]

#: kills per workload: the import 30 times (issue 15), the bulk edit and the insert 8 times
ROUNDS = {"bulk": 8, "insert": 8, "import": 30}
#: what each round aims at, in turn: a zeroed journal, a hot journal, a kill at a random moment
AIMS = ("nul-kop", "heet", "willekeurig")
EXPORTS = 8  # exports prepared for the import workload (kills land in the first ~3)
ACTIVITIES = 200
#: kills land anywhere in the first this-many transactions (measured in the first round)
SPREAD = 2.5


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "crash.sqlite"
    with Database.open(path) as db:
        services = Services(db)
        small = small_werkplaats(services)
        thema = services.themas.all()[0].id
        with db.write("Veel activiteiten") as s:
            for i in range(ACTIVITIES - 1):
                services.activiteiten.add(s, m.Activiteit(
                    werkplaats_id=small.werkplaats.id, titel=f"Activiteit {i}",
                    o=O.ONDERSTEUNING, jaar=2011, thema_ids=[thema], omschrijving="y" * 1200))
    return path


class Child:
    """The forking child process; see tests/crash_child.py."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("crash_child.py"))],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def line(self) -> str:
        assert self.proc.stdout is not None
        text = self.proc.stdout.readline()
        assert text, "the crash child stopped unexpectedly"
        return text.strip()

    def round(self, workload: str, path: Path, delay: float | None,
              extra: Path | None = None, cache: str = "klein",
              until: Callable[[], bool] | None = None) -> tuple[int, float]:
        """Start a worker on ``path`` and kill it: ``delay`` s after it opened the database,
        or as soon as ``until()`` holds (looked at every millisecond, for at most 20 s), or
        (both None) right after its first commit. Returns the last transaction it reported
        as committed and the seconds from opening to the kill."""
        assert self.proc.stdin is not None
        line = f"{workload}\t{path}\t{extra or ''}\t{cache}"
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        pid = None
        ready = False
        while pid is None or not ready:
            text = self.line()
            if text.startswith("pid "):
                pid = int(text.split()[1])
            elif text == "klaar":
                ready = True
        start = time.perf_counter()
        if until is not None:
            while not until() and time.perf_counter() - start < 20:
                time.sleep(0.001)
        elif delay is None:
            while not self.line().startswith("commit "):
                pass
        else:
            time.sleep(delay)
        os.kill(pid, 9)  # SIGKILL
        elapsed = time.perf_counter() - start
        committed = 1 if delay is None and until is None else 0
        while (text := self.line()) != "einde":
            if text.startswith("commit "):
                committed = int(text.split()[1])
        return committed, elapsed

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def child() -> Iterator[Child]:
    c = Child()
    yield c
    c.close()


def assert_sound(path: Path) -> None:
    conn = connect_raw(path, readonly=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``<k>.zip``: full exports of another werkplaats with k * INSERT_BATCH activities."""
    from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export

    folder = tmp_path_factory.mktemp("exports")
    with Database.open(folder / "bron.sqlite") as db:
        services = Services(db)
        bron = small_werkplaats(services, "Wmo-werkplaats Bron")
        services.activiteiten.delete(bron.activiteit.id)  # type: ignore[arg-type]
        thema = services.themas.all()[0].id
        for k in range(1, EXPORTS + 1):
            with db.write("Batch") as s:
                for i in range(INSERT_BATCH):
                    services.activiteiten.add(s, m.Activiteit(
                        werkplaats_id=bron.werkplaats.id, titel=f"Geïmporteerd {k}-{i}",
                        o=O.ONDERWIJS, jaar=2013, thema_ids=[thema], omschrijving="z" * 1200))
            export(db, folder / f"{k}.zip", ExportOptions(soort=VOLLEDIG))
    return folder


def first_byte(journal: Path) -> bytes | None:
    try:
        with open(journal, "rb") as f:
            return f.read(1) or None
    except OSError:
        return None


def sqlite_would_roll_back(path: Path) -> bool:
    """SQLite's own verdict: a read-only connection refuses a file with a hot journal."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        assert exc.sqlite_errorname == "SQLITE_READONLY_ROLLBACK", exc  # type: ignore[attr-defined]
        return True
    finally:
        conn.close()
    return False


def commands(path: Path) -> dict[str, tuple[int, str]]:
    """``werkplaats info``, ``check`` and ``stats`` on ``path``, as separate processes (at the
    same time: they only read)."""
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "werkplaats_desktop", name, "--db", str(path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for name in ("info", "check", "stats")
    }
    return {name: (proc.wait(timeout=120), proc.communicate()[1])
            for name, proc in procs.items()}


@pytest.mark.parametrize("workload", ["bulk", "insert", "import"])
def test_killing_a_large_write_loses_nothing_committed_and_leaves_nothing_half_written(
        workload: str, template: Path, child: Child, tmp_path: Path, qapp: object,
        request: pytest.FixtureRequest) -> None:
    from werkplaats_desktop.ui.opening import open_database

    extra = request.getfixturevalue("exports") if workload == "import" else None
    rng = random.Random(f"{workload}-{os.getpid()}")
    outcomes = []
    states: Counter[str] = Counter()  # what the kills left: no journal, zeroed, hot
    transaction = 0.0  # seconds one transaction takes on this machine, measured in round 0
    for round_no in range(ROUNDS[workload]):
        path = tmp_path / f"ronde-{round_no}.sqlite"
        shutil.copy(template, path)
        journal = path.with_name(path.name + "-journal")
        aim = "eerste" if round_no == 0 else AIMS[(round_no - 1) % len(AIMS)]
        if aim == "eerste":
            reported, elapsed = child.round(workload, path, None, extra)
            transaction = elapsed
        elif aim == "nul-kop":  # the program's own cache: SQLite writes into the file late
            reported, elapsed = child.round(workload, path, None, extra, cache="groot",
                                            until=lambda j=journal: first_byte(j) == b"\x00")
        elif aim == "heet":  # a tiny cache: SQLite writes into the file early
            reported, elapsed = child.round(
                workload, path, None, extra,
                until=lambda j=journal: first_byte(j) not in (None, b"\x00"))
        else:
            reported, elapsed = child.round(workload, path,
                                            rng.uniform(0, SPREAD * transaction), extra)
        where = (f"{workload}, ronde {round_no} ({aim}), kill na {elapsed:.3f} s, "
                 f"gemeld: {reported}")

        # what is left, by SQLite's verdict and by the program's
        state = journal_state(path)
        assert (state == HEET) == sqlite_would_roll_back(path), f"{state}; {where}"
        states[state if state in (HEET, NUL_KOP) else GEEN_JOURNAL] += 1

        # the commands a user may run before starting the program again
        for name, (code, err) in commands(path).items():
            if state == HEET:
                assert code == 1, f"{name}: {err}; {where}"
                assert ("niet afgesloten na een onderbroken schrijfactie" in err
                        or "onafgemaakte wijziging" in err), f"{name}: {err}; {where}"
            else:
                assert code == 0, f"{name} ({state}): {err}; {where}"

        # the next start of the program: rolls back the unfinished write, lock not in the way
        db = open_database(path)
        assert db is not None, where
        with db, db.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT o, count(*) FROM activiteit GROUP BY o").fetchall()
        assert not journal.exists(), f"the open left the journal ({state}); {where}"
        assert_sound(path)
        counts = dict(rows)
        total = sum(counts.values())
        if workload == "bulk":
            assert total == ACTIVITIES, where
            assert len(counts) == 1, f"half a bulk edit survived ({counts}); {where}"
            (o,) = counts
            allowed = {CYCLE[k % len(CYCLE)].value: k for k in (reported + 1, reported)}
            assert o in allowed, f"O {o} is not from transaction {reported} or " \
                                 f"{reported + 1}; {where}"
            done = allowed[o]
        else:
            added, rest = divmod(total - ACTIVITIES, INSERT_BATCH)
            assert rest == 0, f"half an insert survived ({total} rows); {where}"
            assert added in (reported, reported + 1), f"{added} batches; {where}"
            done = added
        outcomes.append(done)
        path.unlink()
    # the kills must really have landed at different moments: before and after a commit, and
    # in the middle of a transaction before and after SQLite had written into the file
    assert len(set(outcomes)) >= 2, outcomes
    print(f"{workload}: {ROUNDS[workload]} kills, left behind: {dict(states)}")
    assert states[HEET] >= 1 and states[NUL_KOP] >= 1, states
    if workload == "import":  # (the others begin writing at once: rarely no journal at all)
        assert states[GEEN_JOURNAL] >= 1, states
