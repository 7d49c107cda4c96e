"""Reading a date the way people and files write it, in one place for forms and imports.

Two forms are dates: ISO ``jjjj-mm-dd`` and the Dutch ``d-m-jjjj`` (how Excel with Dutch
settings saves a date). A form also takes ``/`` and ``.`` between the parts (4/3/2011,
4.3.2011: day first, as a Dutch reader means); an import file does not, so that a file from
an English-language Excel (3/4/2011 meaning March 4th) is refused instead of misread.
"""

from __future__ import annotations

import re
from datetime import date

#: separators a person may type in a form
TYPED = "-/."
#: separators an import file may use
IN_FILES = "-"


class DateError(ValueError):
    """Not a date: ``exists`` is False when the text has the form of one that does not exist
    (31-02-2015), None when it is not written as a date at all."""

    def __init__(self, text: str, exists: bool | None = None):
        super().__init__(text)
        self.text = text
        self.exists = exists


def parse_date(text: str, separators: str = TYPED) -> date | None:
    """The date in ``text``; None for an empty text; :class:`DateError` otherwise."""
    text = text.strip()
    if not text:
        return None
    sep = "[" + re.escape(separators) + "]"
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(rf"(\d{{1,2}}){sep}(\d{{1,2}}){sep}(\d{{4}})", text):
        d, mo, y = (int(x) for x in m.groups())
    else:
        raise DateError(text)
    try:
        return date(y, mo, d)
    except ValueError as exc:
        raise DateError(text, exists=False) from exc
