"""A number with its noun, singular or plural as the number asks: "1 gemeente", "2 gemeenten",
"1 rij", "2 rijen" (never "gemeente(n)"). The one place that does this, for the report, the
tiles, the lists, the charts and the dialogs.

Both forms of a noun are Dutch source texts marked for translation (context "Meervoud"); the
GUI passes its translate function as ``tx`` and gets "1 municipality", "2 municipalities".
Dutch and English both have one form for 1 and another for every other number (0 too:
"0 gemeenten").
"""

from __future__ import annotations

from collections.abc import Callable

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.domain.numbers import fmt_int

Translate = Callable[[str, str], str]
CONTEXT = "Meervoud"


def _identity(context: str, text: str) -> str:
    return text


#: key -> (singular, plural), Dutch
NOUNS: dict[str, tuple[str, str]] = {
    "activiteit": (QT_TRANSLATE_NOOP("Meervoud", "activiteit"),
                   QT_TRANSLATE_NOOP("Meervoud", "activiteiten")),
    "product": (QT_TRANSLATE_NOOP("Meervoud", "product"),
                QT_TRANSLATE_NOOP("Meervoud", "producten")),
    "gemeente": (QT_TRANSLATE_NOOP("Meervoud", "gemeente"),
                 QT_TRANSLATE_NOOP("Meervoud", "gemeenten")),
    "werkplaats": (QT_TRANSLATE_NOOP("Meervoud", "werkplaats"),
                   QT_TRANSLATE_NOOP("Meervoud", "werkplaatsen")),
    "hogeschool": (QT_TRANSLATE_NOOP("Meervoud", "hogeschool"),
                   QT_TRANSLATE_NOOP("Meervoud", "hogescholen")),
    "uitvoeringsorganisatie": (QT_TRANSLATE_NOOP("Meervoud", "uitvoeringsorganisatie"),
                               QT_TRANSLATE_NOOP("Meervoud", "uitvoeringsorganisaties")),
    "organisatie": (QT_TRANSLATE_NOOP("Meervoud", "organisatie"),
                    QT_TRANSLATE_NOOP("Meervoud", "organisaties")),
    "partner": (QT_TRANSLATE_NOOP("Meervoud", "partner"),
                QT_TRANSLATE_NOOP("Meervoud", "partners")),
    "praktijk": (QT_TRANSLATE_NOOP("Meervoud", "praktijk"),
                 QT_TRANSLATE_NOOP("Meervoud", "praktijken")),
    "onderwerp": (QT_TRANSLATE_NOOP("Meervoud", "onderwerp"),
                  QT_TRANSLATE_NOOP("Meervoud", "onderwerpen")),
    "thema": (QT_TRANSLATE_NOOP("Meervoud", "thema"), QT_TRANSLATE_NOOP("Meervoud", "thema's")),
    "kenniskring": (QT_TRANSLATE_NOOP("Meervoud", "kenniskring"),
                    QT_TRANSLATE_NOOP("Meervoud", "kenniskringen")),
    "rij": (QT_TRANSLATE_NOOP("Meervoud", "rij"), QT_TRANSLATE_NOOP("Meervoud", "rijen")),
    "geselecteerde rij": (QT_TRANSLATE_NOOP("Meervoud", "geselecteerde rij"),
                          QT_TRANSLATE_NOOP("Meervoud", "geselecteerde rijen")),
    "punt": (QT_TRANSLATE_NOOP("Meervoud", "punt"), QT_TRANSLATE_NOOP("Meervoud", "punten")),
    "fout": (QT_TRANSLATE_NOOP("Meervoud", "fout"), QT_TRANSLATE_NOOP("Meervoud", "fouten")),
    "record": (QT_TRANSLATE_NOOP("Meervoud", "record"),
               QT_TRANSLATE_NOOP("Meervoud", "records")),
    "bestand": (QT_TRANSLATE_NOOP("Meervoud", "bestand"),
                QT_TRANSLATE_NOOP("Meervoud", "bestanden")),
    "jaar": (QT_TRANSLATE_NOOP("Meervoud", "jaar"), QT_TRANSLATE_NOOP("Meervoud", "jaren")),
    "pagina": (QT_TRANSLATE_NOOP("Meervoud", "pagina"),
               QT_TRANSLATE_NOOP("Meervoud", "pagina's")),
    "uur": (QT_TRANSLATE_NOOP("Meervoud", "uur"), QT_TRANSLATE_NOOP("Meervoud", "uren")),
    "bereikte persoon": (QT_TRANSLATE_NOOP("Meervoud", "bereikte persoon"),
                         QT_TRANSLATE_NOOP("Meervoud", "bereikte personen")),
}


def noun(n: int | float, key: str, tx: Translate = _identity) -> str:
    """The form of the noun ``key`` that goes with ``n`` (without the number)."""
    one, many = NOUNS[key]
    return tx(CONTEXT, one if n == 1 else many)


def aantal(n: int | float, key: str, tx: Translate = _identity) -> str:
    """``n`` (grouped: 1.234) with its noun: ``aantal(1, "rij")`` -> "1 rij",
    ``aantal(1234, "rij")`` -> "1.234 rijen"."""
    return f"{fmt_int(n)} {noun(n, key, tx)}"
