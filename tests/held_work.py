"""A service call held back on a real background thread, for the GUI tests of what the window
does while work is under way (``ui/background.py``)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import pytest


@dataclass
class Held:
    #: set when the call has started (on its thread)
    started: threading.Event = field(default_factory=threading.Event)
    #: set by the test to let the call go on
    release: threading.Event = field(default_factory=threading.Event)


def hold(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> Held:
    """Run background work on real threads, and hold ``owner.name`` until released."""
    from werkplaats_desktop.ui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    held = Held()
    real = getattr(owner, name)

    def slow(self: Any, *args: Any, **kwargs: Any) -> Any:
        held.started.set()
        held.release.wait(30)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, slow)
    return held
