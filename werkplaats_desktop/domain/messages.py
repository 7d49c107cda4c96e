"""Sentences for a person: what went wrong with their file and what to do, the same words on
the command line and in the window.

A :class:`Message` is a Dutch template (marked for translation, see ``domain/i18n.py``) with
its values. ``str(message)`` is the Dutch text (the command line); the window translates it
with ``message.text(translate)``. :class:`MessageError` is an exception that carries one.

:func:`os_error` turns what the operating system says (``OSError``: English, with an errno)
into such a sentence, naming the path the user gave: not found, no permission, a folder
where a file was expected, disk full, the file open in another program (Windows), read-only,
already there. This is the one place for those sentences; the command line
(``cli/common.fail_os``), the exchange (``exchange/files.py``) and the window use it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

CONTEXT = "Bestand"


def _plain(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    context: str = CONTEXT

    def text(self, translate: Translate | None = None) -> str:
        t = translate or _plain
        params = {k: _text(v, translate) for k, v in self.params.items()}
        return t(self.context, self.template).format(**params)

    def __str__(self) -> str:
        return self.text()


def _text(value: object, translate: Translate | None) -> object:
    """A value for a template: a Message as its text, a list of them joined by commas."""
    if isinstance(value, Message):
        return value.text(translate)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(v.text(translate) for v in value)
    return value


class MessageError(Exception):
    """An error told to a person: ``str(exc)`` is Dutch, ``exc.message`` can be translated."""

    def __init__(self, message: Message | str):
        self.message = message if isinstance(message, Message) else None
        super().__init__(str(message))

    def text(self, translate: Translate | None = None) -> str:
        return self.message.text(translate) if self.message is not None else str(self)


def message_of(exc: BaseException, translate: Translate | None = None) -> str:
    """The text of any exception for a person: translated when it carries a
    :class:`Message`, a Dutch sentence for an ``OSError``, else its own text."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message.text(translate)
    if isinstance(exc, OSError):
        return os_error(exc).text(translate)
    return str(exc)


NIET_GEVONDEN = QT_TRANSLATE_NOOP(
    "Bestand", "Het bestand '{pad}' bestaat niet. Controleer de naam en de map.")
MAP_NIET_GEVONDEN = QT_TRANSLATE_NOOP(
    "Bestand", "De map '{pad}' bestaat niet. Maak hem eerst, of kies een bestaande map.")
GEEN_TOEGANG = QT_TRANSLATE_NOOP(
    "Bestand", "U hebt geen toestemming om '{pad}' te {doen}. Kies een andere plek, of vraag "
    "wie de map beheert om toegang.")
IS_MAP = QT_TRANSLATE_NOOP(
    "Bestand", "'{pad}' is een map, geen bestand. Geef de naam van een bestand op (bijvoorbeeld "
    "'{voorbeeld}').")
GEEN_MAP = QT_TRANSLATE_NOOP(
    "Bestand", "In '{pad}' staat een bestand waar een map verwacht wordt. Controleer het pad.")
SCHIJF_VOL = QT_TRANSLATE_NOOP(
    "Bestand", "De schijf waarop '{pad}' staat, is vol. Maak ruimte vrij of kies een andere "
    "plek. Er is niets half geschreven.")
ELDERS_OPEN = QT_TRANSLATE_NOOP(
    "Bestand", "'{pad}' is geopend in een ander programma (bijvoorbeeld Excel). Sluit het daar "
    "en probeer het opnieuw.")
ALLEEN_LEZEN = QT_TRANSLATE_NOOP(
    "Bestand", "'{pad}' staat op een plek waar niet geschreven kan worden (alleen-lezen). Kies "
    "een andere plek.")
BESTAAT_AL = QT_TRANSLATE_NOOP(
    "Bestand", "'{pad}' bestaat al. Kies een andere naam; het bestaande bestand blijft zoals "
    "het is.")
NAAM_TE_LANG = QT_TRANSLATE_NOOP(
    "Bestand", "De naam of het pad '{pad}' is te lang. Kies een kortere naam of een map "
    "dichter bij de schijf.")
ANDERE_FOUT = QT_TRANSLATE_NOOP(
    "Bestand", "'{pad}' kan niet worden gebruikt (systeemmelding {nummer}: {fout}).")

LEZEN = QT_TRANSLATE_NOOP("Bestand", "lezen")
SCHRIJVEN = QT_TRANSLATE_NOOP("Bestand", "schrijven")

#: Windows' own codes (``OSError.winerror``) for a file that another program holds open
_WINDOWS_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

_BY_ERRNO = {
    errno.EISDIR: IS_MAP,
    errno.ENOTDIR: GEEN_MAP,
    errno.ENOSPC: SCHIJF_VOL,
    errno.EROFS: ALLEEN_LEZEN,
    errno.EEXIST: BESTAAT_AL,
    errno.ENAMETOOLONG: NAAM_TE_LANG,
    errno.EBUSY: ELDERS_OPEN,
    errno.ETXTBSY: ELDERS_OPEN,
    errno.EACCES: GEEN_TOEGANG,
    errno.EPERM: GEEN_TOEGANG,
}
if hasattr(errno, "EDQUOT"):
    _BY_ERRNO[errno.EDQUOT] = SCHIJF_VOL


def os_error(exc: OSError, path: Path | str | None = None, *, writing: bool = False) -> Message:
    """A Dutch sentence for ``exc``, naming ``path`` (the path the user gave; otherwise the one
    in the error). ``writing`` says what was being done, for "no permission"."""
    shown = Path(path if path is not None else (exc.filename or ""))
    params: dict[str, object] = {"pad": str(shown)}
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return Message(ELDERS_OPEN, params)
    code = exc.errno
    if code == errno.ENOENT:
        if writing and not shown.parent.exists():  # the folder to write into is not there
            return Message(MAP_NIET_GEVONDEN, {"pad": str(shown.parent)})
        return Message(NIET_GEVONDEN, params)
    template = _BY_ERRNO.get(code) if code is not None else None
    if template == IS_MAP:
        return is_folder(shown)
    if template == GEEN_TOEGANG:
        params["doen"] = Message(SCHRIJVEN if writing else LEZEN)
    if template is None:
        params.update(nummer=code if code is not None else "?", fout=exc.strerror or exc)
        template = ANDERE_FOUT
    return Message(template, params)


def is_folder(path: Path | str, example: str = "werkplaats.sqlite") -> Message:
    """The sentence for a folder given where a file is needed (checked before trying)."""
    return Message(IS_MAP, {"pad": str(path), "voorbeeld": str(Path(path) / example)})
