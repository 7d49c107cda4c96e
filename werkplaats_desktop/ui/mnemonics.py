"""Keyboard mnemonics (Alt + a letter) for labels and buttons, chosen at run time.

Labels are translated field names, so their letters differ per language: a fixed ``&`` in the
source text would collide in one language or the other. :func:`assign` gives every text a
letter of its own within one window (first letters of words first, then any letter), never
one of the ``taken`` letters (those of the window's buttons). A label's mnemonic moves the
focus to its buddy (``QLabel.setBuddy``), so every label that names a field gets one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractButton, QLabel


def letter_of(text: str) -> str | None:
    """The mnemonic letter of ``text`` ("&Opslaan" -> "o"), or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def with_letter(text: str, taken: set[str]) -> str:
    """``text`` with an ``&`` before a letter not in ``taken`` (which it then joins); the
    text unchanged (literal ``&`` doubled) when every letter is taken."""
    plain = text.replace("&", "&&")
    if letter_of(text) is not None and "&&" not in text:
        taken.add(letter_of(text) or "")
        return text
    starts = [i for i, ch in enumerate(text)
              if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    for i in starts + others:
        letter = text[i].casefold()
        if letter not in taken:
            taken.add(letter)
            return text[:i].replace("&", "&&") + "&" + text[i:].replace("&", "&&")
    return plain


def assign(texts: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """Each text with a letter of its own (see :func:`with_letter`). Texts with the fewest
    letters to choose from choose first ("O" before "Onderzoekers"), so that as many texts
    as possible get one."""
    used = {t.casefold() for t in taken}
    order = sorted(range(len(texts)),
                   key=lambda i: len({ch.casefold() for ch in texts[i] if ch.isalnum()}))
    out = list(texts)
    for i in order:
        out[i] = with_letter(texts[i], used)
    return out


def label_widgets(labels: Sequence[QLabel], buttons: Sequence[QAbstractButton] = ()) -> None:
    """Give ``labels`` mnemonics that do not clash with each other or with ``buttons``."""
    taken = {x for b in buttons if (x := letter_of(b.text())) is not None}
    for label, text in zip(labels, assign([lb.text() for lb in labels], taken), strict=True):
        label.setText(text)
