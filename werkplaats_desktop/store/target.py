"""Where a database lives: a SQLite file (a path) or a PostgreSQL server (a URL).

The one place that turns a ``--db`` argument (or the window's ``--db``) into a store target.
Everything that is not ``postgresql://...`` (or ``postgres://...``) is a file path and keeps
every behaviour it had. The URL is handed to libpq unchanged, so the password comes from the
standard places (``PGPASSWORD``, ``~/.pgpass``, a service file) and is never stored by us; a
password typed into the window travels only in memory (:attr:`ServerTarget.password`, which
is left out of every printed form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from werkplaats_desktop.store.migrate import SchemaError

SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class ServerTarget:
    """A database on a PostgreSQL server, as a libpq connection URL (without a password)."""

    url: str
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def dbname(self) -> str:
        parts = urlsplit(self.url)
        query = parse_qs(parts.query)
        name = unquote(parts.path.lstrip("/")) or (query.get("dbname") or [""])[0]
        return name or (self.user or "postgres")

    @property
    def user(self) -> str | None:
        parts = urlsplit(self.url)
        if parts.username:
            return unquote(parts.username)
        users = parse_qs(parts.query).get("user")
        return users[0] if users else None

    @property
    def host(self) -> str:
        parts = urlsplit(self.url)
        host = parts.hostname or (parse_qs(parts.query).get("host") or ["localhost"])[0]
        return f"{host}:{parts.port}" if parts.port else host

    @property
    def hostname(self) -> str:
        """The server's name alone (``host`` has the port too, when one is given)."""
        parts = urlsplit(self.url)
        return parts.hostname or (parse_qs(parts.query).get("host") or ["localhost"])[0]

    @property
    def port(self) -> int:
        parts = urlsplit(self.url)
        if parts.port:
            return parts.port
        ports = parse_qs(parts.query).get("port")
        return int(ports[0]) if ports and ports[0].isdigit() else 5432

    @property
    def name(self) -> str:
        """How the program names this database to a user: ``dbname op host``."""
        return f"{self.dbname} op {self.host}"

    def __str__(self) -> str:
        return self.url

    def _pg_options(self) -> list[str]:
        options = [f"--host={self.hostname}", f"--port={self.port}"]
        if self.user:
            options.append(f"--username={self.user}")
        return options

    def pg_dump_command(self) -> str:
        """The ``pg_dump`` command that backs up exactly this database (host, port, user and
        database from its address; the password as libpq finds it)."""
        import shlex

        return shlex.join(["pg_dump", *self._pg_options(), "--format=custom",
                           f"--file={self.dbname}.dump", self.dbname])

    def pg_restore_command(self, dump: str | None = None) -> str:
        """The ``pg_restore`` command that puts ``dump`` (default: the file
        :meth:`pg_dump_command` writes) back into this database."""
        import shlex

        return shlex.join(["pg_restore", *self._pg_options(), "--clean",
                           f"--dbname={self.dbname}", dump or f"{self.dbname}.dump"])

    def with_password(self, password: str | None) -> ServerTarget:
        return ServerTarget(self.url, password)

    def in_schema(self, schema: str) -> ServerTarget:
        """The same database, but every connection works in ``schema`` only (libpq's
        ``options=-c search_path=...``): unqualified names are created and found there, never
        in the user's own schema. The self-test on a server works in such a schema."""
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", schema):
            raise ValueError(f"not a plain schema name: {schema!r}")
        parts = urlsplit(self.url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        options = " ".join([*(v for k, v in query if k == "options"),
                            f"-c search_path={schema}"])
        query = [(k, v) for k, v in query if k != "options"] + [("options", options)]
        url = urlunsplit(parts._replace(query=urlencode(query, safe="/", quote_via=quote)))
        return ServerTarget(url, self.password)


def is_server(value: object) -> bool:
    return isinstance(value, ServerTarget) or (
        isinstance(value, str) and value.strip().lower().startswith(SCHEMES))


_PASSWORD_IN_URL = re.compile(r"^(postgres(?:ql)?://[^:/@]*):[^@]*@", re.I)


def parse_target(value: str | Path | ServerTarget) -> Path | ServerTarget:
    """A ``--db`` value as a store target. A password written into the URL is refused: it
    would end up in the shell's history and in process lists (use PGPASSWORD or ~/.pgpass)."""
    if isinstance(value, ServerTarget | Path):
        return value
    text = value.strip()
    if not is_server(text):
        return Path(value)
    if _PASSWORD_IN_URL.match(text):
        raise SchemaError(
            "Zet het wachtwoord niet in het adres van de database: het komt dan in de "
            "geschiedenis van de opdrachtregel terecht. Gebruik de omgevingsvariabele "
            "PGPASSWORD of het bestand ~/.pgpass (in het venster vraagt het programma erom).")
    if text.lower().startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    return ServerTarget(text)
