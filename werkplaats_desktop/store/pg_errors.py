"""PostgreSQL errors that are not bugs, told in Dutch: a right the login lacks, and a server
that cannot be reached (or went away). Used by the command line (``cli/main.py``) and by the
window's handler of unexpected errors (``ui/errors.py``), so that neither shows a traceback or
the driver's English for them. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

#: SQLSTATE classes and codes: no right (42501), no connection (08...), the server going away
#: (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now)
NO_RIGHT = "42501"
GONE = {"57P01", "57P02", "57P03"}


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        orig = getattr(exc, "orig", None)  # a SQLAlchemy DBAPIError wraps the driver's
        if isinstance(orig, BaseException) and id(orig) not in seen:
            yield orig
            seen.add(id(orig))
        exc = exc.__cause__ or exc.__context__


def _driver_error(exc: BaseException) -> Any:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - without the driver there are no server errors
        return None
    for e in _chain(exc):
        if isinstance(e, psycopg.Error):
            return e
    return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def connection_cause(text: str) -> str:
    """The cause of a failed connection, in Dutch, from the driver's (English) text."""
    low = text.lower()
    if "connection refused" in low:
        return ("de verbinding werd geweigerd (er draait daar geen PostgreSQL-server, of niet op "
                "deze poort)")
    if "timeout" in low or "timed out" in low:
        return "de server antwoordde niet op tijd (time-out)"
    if "could not translate host name" in low or "name or service not known" in low \
            or "nodename nor servname" in low or "no such host" in low:
        return "de servernaam is onbekend (de naam kon niet worden opgezocht)"
    if "no route to host" in low or "network is unreachable" in low:
        return "het netwerk kan de server niet bereiken"
    if "terminating connection" in low or "server closed the connection" in low \
            or "connection is closed" in low or "consuming input failed" in low \
            or "shutdown" in low or "shutting down" in low or "starting up" in low:
        return "de server is gestopt of heeft de verbinding verbroken"
    return "de verbinding kwam niet tot stand"


def unreachable(dbname: str, host: str, port: int, cause: str) -> str:
    """``De PostgreSQL-server ... is niet bereikbaar: <cause>.``"""
    return (f"De PostgreSQL-server {host}, poort {port} (database {dbname}) is niet "
            f"bereikbaar: {cause}. "
            "Controleer het adres, of de server draait en of het netwerk hem toelaat. Er is "
            "niets gewijzigd.")


def _table_of(message: str) -> str | None:
    found = re.search(r'(?:for|on) (?:table|relation|schema|sequence) "?([\w.]+)"?', message)
    return found.group(1) if found else None


def may_not_create_roles(exc: BaseException) -> bool:
    """The login running ``werkplaats rollen`` lacks CREATEROLE."""
    error = _driver_error(exc)
    return (error is not None and getattr(error, "sqlstate", None) == NO_RIGHT
            and "create role" in str(error).lower())


def explain(exc: BaseException, target: Any = None) -> str | None:
    """A Dutch sentence for ``exc`` when it is (or was caused by) a refused right or a lost
    server; None for anything else (a bug: shown as one). ``target``: the ServerTarget the
    error came from, when known (its name, host and port are then named)."""
    from sqlalchemy.orm.exc import StaleDataError

    if any(isinstance(e, StaleDataError) for e in _chain(exc)):
        # an UPDATE or DELETE that found no row: on a shared database row-level security hid
        # it (another werkplaats's), or someone else deleted it meanwhile. The record services
        # say so per action (services/records.py, GEEN_RECHT); this catches every other path.
        return ("U mag deze gegevens niet wijzigen: ze horen bij een andere werkplaats (de "
                "rechten op de gedeelde database), of iemand anders heeft ze intussen "
                "verwijderd. Er is niets opgeslagen.")
    error = _driver_error(exc)
    if error is None:
        return None
    import psycopg

    state = getattr(error, "sqlstate", None) or ""
    name = target.name if target is not None else "op de server"
    if state == NO_RIGHT:
        message = _first_line(error)
        if "row-level security" in message:
            return ("De gedeelde database weigerde dit: u mag alleen gegevens van uw eigen "
                    "werkplaats toevoegen of wijzigen (de rechten van uw inlognaam). Wat van een "
                    "andere werkplaats is, kan alleen die werkplaats of de beheerder (de eigenaar "
                    "van de database) wijzigen. Er is niets gewijzigd.")
        table = _table_of(message)
        what = f" (tabel {table})" if table else ""
        return (f"U mag dit niet in de gedeelde database {name}: uw inlognaam heeft er het "
                f"recht niet voor{what}. Dat mag alleen de beheerder van de database (de "
                "eigenaar van de tabellen, die 'werkplaats rollen' uitvoerde); vraag het hem of "
                "haar. Er is niets gewijzigd.")
    if state.startswith("08") or state in GONE or isinstance(error, psycopg.OperationalError):
        cause = connection_cause(str(error))
        if target is not None:
            return unreachable(target.dbname, target.hostname, target.port, cause)
        return (f"De PostgreSQL-server is niet bereikbaar: {cause}. Wat u al had opgeslagen, "
                "blijft bewaard; de handeling die u net deed, is misschien niet uitgevoerd. "
                "Controleer die en probeer het opnieuw als de server weer bereikbaar is.")
    return None
