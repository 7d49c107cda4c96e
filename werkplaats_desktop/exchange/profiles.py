"""The two CSV profiles: how a file is spelled, not what it holds.

"Excel (Nederlands)" is what Excel with Dutch regional settings opens correctly with a double
click: UTF-8 with a byte order mark (without it Excel reads Windows-1252), ``;`` between fields
(the Dutch list separator) and a decimal comma. "Standaard" is what other programs expect:
UTF-8 without a mark, ``,`` and a decimal point. Both end lines with CRLF and quote as RFC 4180.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Profile:
    key: str
    label: str
    bom: bool
    delimiter: str
    decimal: str

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.bom else "utf-8"


EXCEL_NL = Profile(
    "excel-nl", QT_TRANSLATE_NOOP("Uitwisseling", "Excel (Nederlands)"), True, ";", ","
)
STANDAARD = Profile("standaard", QT_TRANSLATE_NOOP("Uitwisseling", "Standaard"), False, ",", ".")

PROFILES: dict[str, Profile] = {p.key: p for p in (EXCEL_NL, STANDAARD)}

#: RFC 4180 line ending, in both profiles
LINE_END = "\r\n"


def profile_for_delimiter(delimiter: str) -> Profile:
    """On import the decimal separator follows from the delimiter that was found: a file saved
    with ``;`` by Dutch Excel also writes decimal commas."""
    return EXCEL_NL if delimiter == ";" else STANDAARD
