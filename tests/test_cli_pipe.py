"""A reader that stops reading (``werkplaats stats | head``, ``werkplaats rollen --sql | head``)
ends the command quietly: no half-English "Broken pipe" sentence, no traceback, and the shell's
code for a program stopped by a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from werkplaats_desktop.cli.main import EXIT_BROKEN_PIPE


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        return subprocess.run([sys.executable, "-m", "werkplaats_desktop", *args],
                              stdout=write_end, stderr=subprocess.PIPE, text=True,
                              timeout=300, check=False)
    finally:
        os.close(write_end)


def test_stats_into_a_closed_pipe_ends_quietly(demo_path: Path) -> None:
    done = run_into_closed_pipe("stats", "--db", str(demo_path))
    assert done.stderr == ""
    assert done.returncode == EXIT_BROKEN_PIPE


def test_rollen_sql_into_a_closed_pipe_ends_quietly(pg_server: Any, pg_template: str) -> None:
    target = pg_server.target(pg_template)
    done = run_into_closed_pipe("rollen", target.url, "--sql")
    assert "niet gemaakt" not in done.stderr and "Broken pipe" not in done.stderr
    assert done.stderr == ""
    assert done.returncode == EXIT_BROKEN_PIPE
