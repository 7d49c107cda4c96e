"""The child process of tests/test_safety_crash.py (not a test module).

It imports the program once and then, for every line ``<workload>\\t<database>`` it reads on
stdin, forks a worker that opens the database and does large writes through the services,
one transaction after the other, printing ``commit <k>`` after each commit returns. The test
SIGKILLs the worker at a random moment. Forking from an already-imported process makes a round
cost a fraction of a second instead of the interpreter's start-up, so that many rounds fit in
the test's time.

A line may end with a third field, ``klein`` (the default) or ``groot``: the page cache of
the worker (see :func:`work`).

Workloads:

* ``bulk``: a bulk edit (``services.bulk.set_o``) of every activity, cycling the O, so a
  transaction changes all rows at once; after a kill every activity must have the O of the
  same, whole transaction.
* ``insert``: one transaction adds ``INSERT_BATCH`` activities through the record service
  (how the demo builder writes many records as one step); after a kill the number of
  activities must be a whole number of batches.
* ``import``: transaction k imports ``<k>.zip`` from the folder given on the line, a full
  export of one other werkplaats with k * ``INSERT_BATCH`` activities (an import replaces that
  werkplaats's records); after a kill the number of activities must again be a whole number
  of batches.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from werkplaats_desktop.domain import model as m  # noqa: E402
from werkplaats_desktop.domain.enums import O  # noqa: E402
from werkplaats_desktop.services import Services, bulk  # noqa: E402
from werkplaats_desktop.store.database import Database  # noqa: E402

#: O of the activities after transaction k of the bulk workload (k = 0: the start).
CYCLE = [O.ONDERSTEUNING, O.ONDERZOEK, O.ONTWIKKELING, O.ONDERWIJS]
INSERT_BATCH = 200
CACHE_PAGES = 40


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())  # unbuffered, safe in a forked child


def work(workload: str, path: Path, exports: Path | None = None, cache: str = "klein") -> None:
    if workload == "import" and cache == "klein":
        # the importer writes on a connection of its own: give that one the small cache too
        from werkplaats_desktop.store import engine

        engine.CACHE_SIZE_KIB = CACHE_PAGES * 4
    db = Database.open(path)
    # A page cache far smaller than one transaction, as a large import would have: SQLite then
    # writes changed pages into the database file before the commit, so a kill leaves a hot
    # journal that the next open must roll back. With ``groot`` the program's own cache is
    # kept: SQLite writes into the file only at the commit, and a kill before it leaves a
    # journal whose header is still zeroed (which SQLite ignores).
    if cache == "klein":
        with db.read() as s:
            s.connection().exec_driver_sql(f"PRAGMA cache_size = {CACHE_PAGES}")
    services = Services(db)
    ids = [a.id for a in services.activiteiten.all()]
    werkplaats_id = services.werkplaatsen.all()[0].id
    thema = services.themas.all()[0].id
    say("klaar")
    for k in range(1, 1000):
        if workload == "bulk":
            # every activity changes: a kind of another O gets a kind of the new one
            o = CYCLE[k % len(CYCLE)]
            kind = str(services.reference.subtypes(str(o))[0].key)
            bulk.set_o(services.activiteiten, ids, o, kind)
        elif workload == "import":
            from werkplaats_desktop.exchange.importer import import_files

            assert exports is not None
            report = import_files(db, [exports / f"{k}.zip"])
            assert not report.refused, report.summary_lines()
        else:
            with db.write("Grote toevoeging") as s:
                for i in range(INSERT_BATCH):
                    services.activiteiten.add(s, m.Activiteit(
                        werkplaats_id=werkplaats_id, titel=f"Toegevoegd {k}-{i}", o=O.ONDERZOEK,
                        jaar=2012, datum=date(2012, 5, 1), bereik=i, thema_ids=[thema],
                        omschrijving="x" * 1200))
        say(f"commit {k}")


def main() -> None:
    for line in sys.stdin:
        workload, path, *rest = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            try:
                work(workload, Path(path), Path(rest[0]) if rest and rest[0] else None,
                     rest[1] if len(rest) > 1 else "klein")
            finally:
                os._exit(0)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say("einde")


if __name__ == "__main__":
    main()
