"""Timing and the shape of a result: every figure is measured several times and reported as
its median with the spread (min and max), next to a baseline measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Stat:
    """Repeated measurements of one figure (milliseconds, or MB for memory)."""

    samples: tuple[float, ...]
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "median": round(self.median, 3), "min": round(self.low, 3),
                "max": round(self.high, 3), "samples": [round(s, 3) for s in self.samples]}


@dataclass
class Result:
    """One row of the table: a figure at one scale, its baseline and its target."""

    key: str
    title: str
    scale: int | None
    value: Stat
    baseline: Stat | None
    baseline_title: str
    #: the target in words, and whether it is met (None: no target for this row)
    target: str = ""
    met: bool | None = None
    details: dict[str, Any] = field(default_factory=dict)
    #: CPU time of the same samples (this thread, or the whole probe process): what other
    #: load on the machine disturbs least
    cpu: Stat | None = None
    baseline_cpu: Stat | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("value", "baseline", "cpu", "baseline_cpu"):
            stat = getattr(self, name)
            data[name] = stat.as_json() if stat else None
        return data


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def repeat(fn: Callable[[], object], times: int, warmup: int = 1) -> Stat:
    """Median of ``times`` calls after ``warmup`` calls that are not counted."""
    for _ in range(warmup):
        fn()
    return Stat(tuple(timed(fn) for _ in range(times)))


@dataclass(frozen=True)
class Pair:
    """A figure and its baseline, wall clock and CPU time of this thread."""

    value: Stat
    baseline: Stat
    cpu: Stat
    baseline_cpu: Stat


def _nothing() -> None:
    pass


def paired(fn: Callable[[], object], base: Callable[[], object], times: int,
           warmup: int = 1, prepare: Callable[[], object] = _nothing,
           prepare_base: Callable[[], object] = _nothing) -> Pair:
    """Measure a figure and its baseline alternately, so that drift of the machine (other
    load, CPU frequency) touches both alike. ``prepare``/``prepare_base`` run before each call
    of ``fn``/``base``, outside the clock (e.g. a fresh target database)."""
    for _ in range(warmup):
        prepare()
        fn()
        prepare_base()
        base()
    ours, theirs, ours_cpu, theirs_cpu = [], [], [], []
    for _ in range(times):
        for ready, call, wall, cpu in ((prepare, fn, ours, ours_cpu),
                                       (prepare_base, base, theirs, theirs_cpu)):
            ready()
            started_cpu = time.thread_time()
            wall.append(timed(call))
            cpu.append((time.thread_time() - started_cpu) * 1000)
    return Pair(Stat(tuple(ours)), Stat(tuple(theirs)), Stat(tuple(ours_cpu)),
                Stat(tuple(theirs_cpu)))
