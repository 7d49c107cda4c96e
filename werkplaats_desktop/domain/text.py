"""When two texts are the same name: one folding, used by every rule and match that asks.

"Één Loket", "ÉÉN LOKET" and "één  loket" are one name to a reader; "Een Loket" (without the
accent) is another. So a name is folded by Unicode normalisation (NFKC: the same letter typed
as one code point or as a letter plus an accent), full case folding (``casefold``: É -> é,
ß -> ss), and one space between words. Accents themselves are kept.

The form's unique-name rule, the import's, the matching of organisations and themes across
exports: all call :func:`fold`, so they cannot drift apart again (SQLite's ``lower()`` only
lowers ASCII, which is how "ÉÉN" and "één" once were two names to the form and one to the
import).
"""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """The form in which two texts that name the same thing are equal."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
