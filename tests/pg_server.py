"""A throwaway PostgreSQL server for the test run (the PostgreSQL half of the store tests).

Started once per session when PostgreSQL's binaries are installed (Debian's ``postgresql``
package: /usr/lib/postgresql/<version>/bin, or ``initdb`` on PATH): ``initdb`` in a temporary
folder, a free port, its unix socket in that folder (trusted: every test role logs in without
a password there); stopped and removed at the end of the session, so nothing is left running.
One role, :data:`PASSWORD_ROLE`, logs in over TCP on 127.0.0.1 with a real password
(``scram-sha-256`` in pg_hba.conf); every other TCP login is rejected. initdb refuses to run
as root: then the server runs as the ``postgres`` user (``runuser``), in a folder owned by it.

Each test gets a database of its own, cloned from a template made once by the migrations
(``CREATE DATABASE ... TEMPLATE``: a file copy on the server, a few tens of milliseconds).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from werkplaats_desktop.store.target import ServerTarget

SUPERUSER = "postgres"

#: the one role that must give a password (TCP, scram-sha-256); see PgServer.password_role
PASSWORD_ROLE = "wachtwoordrol"

HBA = f"""# written by tests/pg_server.py
local   all  all                          trust
host    all  {PASSWORD_ROLE}  127.0.0.1/32  scram-sha-256
host    all  all              127.0.0.1/32  reject
"""


def find_bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                        else 0)
    return candidates[-1].parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin_dir: Path
    folder: Path
    port: int
    run_as: str | None  # "postgres" when we are root

    _counter = itertools.count(1)

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def _cmd(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.run_as, "--"] if self.run_as else []) + list(args)

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def target(self, dbname: str, user: str = SUPERUSER) -> ServerTarget:
        return ServerTarget(self.url(dbname, user))

    def tcp_url(self, dbname: str, user: str = PASSWORD_ROLE) -> str:
        """Over TCP, where the server asks :data:`PASSWORD_ROLE` for its password."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def password_role(self, password: str, dbname: str) -> str:
        """(Re)make :data:`PASSWORD_ROLE` with ``password`` (stored as a SCRAM verifier), allowed
        to read and write the program's tables in ``dbname``; returns its name."""
        quoted = password.replace("'", "''")
        self.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                     f"'{PASSWORD_ROLE}') THEN CREATE ROLE {PASSWORD_ROLE} LOGIN; END IF; END $$")
        self.execute(f"SET password_encryption = 'scram-sha-256'; "
                     f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{quoted}'")
        self.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}; "
                     f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_ROLE}",
                     dbname)
        return PASSWORD_ROLE

    def psql_connect(self, dbname: str = "postgres", user: str = SUPERUSER):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.url(dbname, user), autocommit=True)

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        with self.psql_connect(dbname) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        name = f"wp_{os.getpid()}_{next(self._counter)}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(self._cmd(str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                                 "-m", "immediate", "-w", "stop"),
                       capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> PgServer:
    """Start a server, or raise RuntimeError saying why it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is niet geïnstalleerd (geen initdb gevonden; Debian: "
                           "apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("psycopg ontbreekt (pip install 'psycopg[binary]')") from exc
    run_as = None
    folder = Path(tempfile.mkdtemp(prefix="wp-pg-"))
    if os.geteuid() == 0:
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError("als root is de gebruiker 'postgres' nodig voor initdb") from exc
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        run_as = "postgres"
    server = PgServer(bin_dir, folder, _free_port(), run_as)
    data = folder / "data"
    steps = [
        [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
         "-o", f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
               f"-c hba_file={folder / 'pg_hba.conf'}",
         "start"],
    ]
    (folder / "pg_hba.conf").write_text(HBA)
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(folder / "pg_hba.conf", entry.pw_uid, entry.pw_gid)
    for step in steps:
        done = subprocess.run(server._cmd(*step), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = folder / "server.log"
            detail = (done.stderr or done.stdout).strip()
            if log.exists():
                detail += "\n" + log.read_text(errors="replace")[-2000:]
            server.stop()
            raise RuntimeError(f"{Path(step[0]).name} mislukte: {detail}")
    return server
