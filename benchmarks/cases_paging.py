"""Jumping in a long list: the last page of the activities list and the row of one record,
as the GUI's table model asks them (``ui/table_model.py``: a page read when it is shown;
``ListService.position`` when a saved record must be selected), against plain sqlite3 running
the same query by hand.

    python -m benchmarks.cases_paging --db PATH [--times 7]

PATH: a database made by ``python -m benchmarks.generate -n 100000``. Prints one line per
measurement (median and range in ms, ours and the baseline).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.services.lists.engine import ListService
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.store.engine import connect_raw

PAGE = 200
#: the activities list's default order (jaar descending, then id descending)
ORDER = "ORDER BY jaar DESC, id DESC"


def _ms(fn: Callable[[], Any], times: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(times):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def _line(label: str, ours: list[float], base: list[float]) -> str:
    return (f"{label}: {statistics.median(ours):.1f} ms ({min(ours):.1f}-{max(ours):.1f}); "
            f"plain sqlite3 {statistics.median(base):.1f} ms")


def measure(db_path: Path, times: int = 7) -> list[str]:
    db = Database.open(db_path)
    raw = connect_raw(db_path, readonly=True)
    try:
        lists = ListService(db)
        q = ListQuery()
        total = lists.count("activiteit", q)
        last_offset = max(total - PAGE, 0)

        def last_page() -> None:  # what Ctrl+End makes the model read
            lists.rows("activiteit", lists.ids("activiteit", q, offset=last_offset, limit=PAGE))

        def last_page_raw() -> None:
            ids = [r[0] for r in raw.execute(
                f"SELECT id FROM activiteit {ORDER} LIMIT ? OFFSET ?", (PAGE, last_offset))]
            raw.execute(f"SELECT * FROM activiteit WHERE id IN ({','.join('?' * len(ids))})",
                        ids).fetchall()

        oldest = lists.ids("activiteit", q, offset=total - 1, limit=1)[0]

        def position() -> None:  # a saved record at the very end of the list
            assert lists.position("activiteit", q, oldest) == total - 1

        def position_raw() -> None:
            raw.execute(f"SELECT nr FROM (SELECT id, row_number() OVER ({ORDER}) AS nr "
                        "FROM activiteit) WHERE id = ?", (oldest,)).fetchone()

        return [f"activities: {total}",
                _line("last page (Ctrl+End)", _ms(last_page, times), _ms(last_page_raw, times)),
                _line("row of a record (select after save)", _ms(position, times),
                      _ms(position_raw, times))]
    finally:
        raw.close()
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--times", type=int, default=7)
    args = parser.parse_args(argv)
    for line in measure(args.db, args.times):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
