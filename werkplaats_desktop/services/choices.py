"""One entry of a list to choose from (forms, filters): a stored key and its name."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """``label`` is Dutch. ``translatable`` labels are program texts (an O, a kind of activity,
    a status: translated in context "Keuzelijst"); others are data (a werkplaats's name)."""

    key: str | int
    label: str
    group: str | None = None
    translatable: bool = False
