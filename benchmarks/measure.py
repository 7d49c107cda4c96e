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

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = self.value.as_json()
        data["baseline"] = self.baseline.as_json() if self.baseline else None
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


def paired(fn: Callable[[], object], base: Callable[[], object], times: int,
           warmup: int = 1) -> tuple[Stat, Stat, dict[str, Any]]:
    """Measure a figure and its baseline alternately, so that drift of the machine (other
    load, CPU frequency) touches both alike. Returns the wall-clock figures and, as details,
    the CPU time of this thread for both (what other processes on the machine disturb least).
    """
    for _ in range(warmup):
        fn()
        base()
    ours, theirs, ours_cpu, theirs_cpu = [], [], [], []
    for _ in range(times):
        for call, wall, cpu in ((fn, ours, ours_cpu), (base, theirs, theirs_cpu)):
            started_cpu = time.thread_time()
            wall.append(timed(call))
            cpu.append((time.thread_time() - started_cpu) * 1000)
    return Stat(tuple(ours)), Stat(tuple(theirs)), {
        "cpu_ms": Stat(tuple(ours_cpu)).as_json(),
        "baseline_cpu_ms": Stat(tuple(theirs_cpu)).as_json()}
