"""Dutch texts for the standard parts of ``--help`` and of usage errors.

argparse takes its texts through ``gettext``; Python ships no Dutch catalogue for it, so the
few texts a user of ``werkplaats`` can see are given here. Programmer errors stay English.
"""

from __future__ import annotations

import argparse
from typing import Any

DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected at most one argument": "verwacht hooguit één waarde",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is verplicht: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
_ORIGINAL = argparse._  # type: ignore[attr-defined]


def _dutch(text: str) -> str:
    return DUTCH.get(text, _ORIGINAL(text))


def install() -> None:
    """Let argparse speak Dutch (it looks its texts up when it needs them)."""
    argparse._ = _dutch  # type: ignore[attr-defined]


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_help_position", 32)
        super().__init__(*args, **kwargs)
