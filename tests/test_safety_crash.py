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
werkplaats (one batch of activities more each time) through the importer.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crash_child import CYCLE, INSERT_BATCH
from tests.factories import small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork: POSIX only"),
]

ROUNDS_PER_WORKLOAD = 12  # three workloads: 36 kills
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
              extra: Path | None = None) -> tuple[int, float]:
        """Start a worker on ``path``, kill it ``delay`` s after it opened the database (or,
        with None, right after its first commit); return the last transaction it reported
        as committed and the seconds from opening to the kill."""
        assert self.proc.stdin is not None
        line = f"{workload}\t{path}" + (f"\t{extra}" if extra else "")
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
        if delay is None:
            while not self.line().startswith("commit "):
                pass
        else:
            time.sleep(delay)
        os.kill(pid, 9)  # SIGKILL
        elapsed = time.perf_counter() - start
        committed = 1 if delay is None else 0
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


@pytest.mark.parametrize("workload", ["bulk", "insert", "import"])
def test_killing_a_large_write_loses_nothing_committed_and_leaves_nothing_half_written(
        workload: str, template: Path, child: Child, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    extra = request.getfixturevalue("exports") if workload == "import" else None
    rng = random.Random(f"{workload}-{os.getpid()}")
    outcomes = []
    journals = 0  # kills that left an unfinished transaction for the next open to roll back
    transaction = 0.0  # seconds one transaction takes on this machine, measured in round 0
    for round_no in range(ROUNDS_PER_WORKLOAD):
        path = tmp_path / f"ronde-{round_no}.sqlite"
        shutil.copy(template, path)
        delay = None if round_no == 0 else rng.uniform(0, SPREAD * transaction)
        reported, elapsed = child.round(workload, path, delay, extra)
        if round_no == 0:
            transaction = elapsed
        journals += path.with_name(path.name + "-journal").exists()
        where = f"{workload}, ronde {round_no}, kill na {elapsed:.3f} s, gemeld: {reported}"

        # the next start of the program: rolls back the unfinished write, lock not in the way
        with Database.open(path) as db, db.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT o, count(*) FROM activiteit GROUP BY o").fetchall()
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
    # in the middle of a transaction that had already written into the file
    assert len(set(outcomes)) >= 2, outcomes
    assert journals >= 1
