"""A backup of a database on a PostgreSQL server, made with the server's own tool ``pg_dump``.

Backups of a server are the server's (README, "Een gedeelde database"), but ``werkplaats
backup --db postgresql://...`` can make one when PostgreSQL's client tools are installed:
``pg_dump`` is looked for on the PATH and in the usual install folders (Debian's
``/usr/lib/postgresql/<n>/bin``, Windows' ``C:\\Program Files\\PostgreSQL\\<n>\\bin``, macOS's
Postgres.app and Homebrew). It is run with the same address the program uses (``--dbname`` is
the URL, so host, port, user, database and every other libpq setting are exactly the
program's); the password comes from ``PGPASSWORD`` or ``~/.pgpass``, which pg_dump reads
itself (``--no-password``: it never waits for one). A password typed into the window goes
into pg_dump's environment only, never onto its command line or into a file.

The dump is written in PostgreSQL's custom format (``-Fc``) to a temporary name, checked
(the format's header, and ``pg_restore --list`` when pg_restore is there) and only then
renamed, as the SQLite backups are. A pg_dump older than the server refuses to run; then a
newer one from the install folders is tried, and without one the refusal says so in Dutch.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from werkplaats_desktop.domain.messages import os_error
from werkplaats_desktop.store.target import ServerTarget

#: where PostgreSQL's client programs are installed when they are not on the PATH (globs; the
#: newest version first). Tests replace this.
INSTALL_GLOBS: tuple[str, ...] = (
    "/usr/lib/postgresql/*/bin",                        # Debian, Ubuntu
    "/usr/pgsql-*/bin",                                 # Red Hat, Fedora (PGDG)
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "/opt/homebrew/opt/postgresql@*/bin",
    "/usr/local/opt/postgresql@*/bin",
    "/usr/local/pgsql/bin",
    "C:/Program Files/PostgreSQL/*/bin",
    "C:/Program Files (x86)/PostgreSQL/*/bin",
)

#: the first bytes of every custom-format dump
_MAGIC = b"PGDMP"

_MISMATCH = re.compile(r"server version: ?(\d+)[^;\n]*; ?pg_dump version: ?(\d+)")
_VERSION = re.compile(r"\(PostgreSQL\) (\d+)")


class DumpError(Exception):
    """pg_dump could not make the backup; the text is a complete Dutch sentence."""


@dataclass(frozen=True)
class DumpResult:
    path: Path
    size: int
    pg_dump: Path
    checked_with_pg_restore: bool


def _exe(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def _version_key(folder: Path) -> tuple[int, ...]:
    """``.../postgresql/16/bin``, ``.../pgsql-16/bin``, ``postgresql@16/bin`` → (16,)."""
    return tuple(int(n) for n in re.findall(r"\d+", folder.parent.name)) or (0,)


def candidates(name: str = "pg_dump") -> list[Path]:
    """Every ``name`` program found: the PATH's first, then the install folders' (newest
    version first). Duplicates (a symlink on the PATH to one of them) are left out."""
    found: list[Path] = []
    on_path = shutil.which(_exe(name))
    if on_path:
        found.append(Path(on_path))
    folders = [Path(f) for pattern in INSTALL_GLOBS for f in glob.glob(pattern)
               if Path(f).is_dir()]
    for folder in sorted(folders, key=_version_key, reverse=True):
        program = folder / _exe(name)
        if program.is_file() and os.access(program, os.X_OK):
            found.append(program)
    unique: list[Path] = []
    for program in found:
        if not any(_same(program, other) for other in unique):
            unique.append(program)
    return unique


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def major_version(program: Path) -> int | None:
    """``pg_dump --version`` → 15 (None when it does not answer)."""
    try:
        done = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                              timeout=20, env=_environment(None), check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(done.stdout)
    return int(match.group(1)) if match else None


def _environment(target: ServerTarget | None) -> dict[str, str]:
    env = dict(os.environ)
    # pg_dump's own messages in English, so that the known ones can be told in Dutch here
    for name in ("LC_ALL", "LANGUAGE"):
        env.pop(name, None)
    env["LC_MESSAGES"] = "C"
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    if target is not None and target.password:
        env["PGPASSWORD"] = target.password  # the environment only, never the command line
    return env


def backup_folder(target: ServerTarget, root: Path) -> Path:
    """The backup folder of a server database inside ``root`` (as ``backups.folder_for`` is
    for a file): its name and a hash of server, port, user and database."""
    key = f"{target.user or ''}@{target.hostname}:{target.port}/{target.dbname}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return Path(root) / f"{_safe(target.dbname)}-{digest}"


def dump_name(target: ServerTarget, reason: str = "handmatig",
              when: datetime | None = None) -> str:
    """``werkplaats-2026-12-03T101500-handmatig.dump``: named as the SQLite backups are."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%dT%H%M%S")
    return f"{_safe(target.dbname)}-{stamp}-{reason}.dump"


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "database"


def command_line(target: ServerTarget, program: Path | str, out: Path) -> list[str]:
    """The pg_dump command for ``target`` (never with a password in it)."""
    return [str(program), "--no-password", "--format=custom", f"--file={out}",
            f"--dbname={target.url}"]


def dump(target: ServerTarget, out: Path, *,
         programs: Sequence[Path] | None = None) -> DumpResult:
    """Back ``target`` up into the file ``out`` (its folder is made). Raises
    :class:`DumpError` with a Dutch sentence when it cannot."""
    found = list(programs) if programs is not None else candidates("pg_dump")
    if not found:
        raise DumpError(missing_message(target))
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DumpError(f"Er is geen backup gemaakt van {target.name}: "
                        f"{os_error(exc, out.parent, writing=True)}") from exc
    partial = out.with_name(out.name + ".deel")
    tried: list[Path] = []
    program = found[0]
    try:
        while True:
            tried.append(program)
            failure = _run(target, program, partial)
            if failure is None:
                break
            mismatch = _MISMATCH.search(failure)
            if mismatch is None:
                raise DumpError(failed_message(target, program, failure))
            server, own = int(mismatch.group(1)), int(mismatch.group(2))
            newer = next((p for p in found if p not in tried
                          and (major_version(p) or 0) >= server), None)
            if newer is None:
                raise DumpError(too_old_message(target, program, server, own))
            program = newer
        checked = _verify(partial, program, target)
        try:
            os.replace(partial, out)
        except OSError as exc:
            raise DumpError(f"Er is geen backup gemaakt van {target.name}: "
                            f"{os_error(exc, out, writing=True)}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return DumpResult(out, out.stat().st_size, program, checked)


def _run(target: ServerTarget, program: Path, partial: Path) -> str | None:
    """Run pg_dump; None when it worked, else what it said."""
    try:
        done = subprocess.run(command_line(target, program, partial), capture_output=True,
                              text=True, errors="replace", env=_environment(target),
                              stdin=subprocess.DEVNULL, check=False)
    except OSError as exc:
        return f"{program}: {exc.strerror or exc}"
    if done.returncode == 0:
        return None
    return (done.stderr or done.stdout).strip() or f"exit code {done.returncode}"


def _verify(partial: Path, program: Path, target: ServerTarget) -> bool:
    """The dump must start as a custom-format dump does and, when pg_restore is next to
    pg_dump (or on the PATH), be readable by ``pg_restore --list``."""
    try:
        with partial.open("rb") as f:
            head = f.read(len(_MAGIC))
    except OSError as exc:
        raise DumpError(f"pg_dump schreef geen leesbaar bestand ({exc.strerror or exc}); er "
                        "is geen backup gemaakt.") from exc
    if head != _MAGIC:
        raise DumpError("pg_dump schreef geen backup in het eigen formaat van PostgreSQL "
                        "(custom); er is geen backup gemaakt.")
    restore = program.with_name(_exe("pg_restore"))
    if not restore.is_file():
        on_path = shutil.which(_exe("pg_restore"))
        if not on_path:
            return False
        restore = Path(on_path)
    try:
        done = subprocess.run([str(restore), "--list", str(partial)], capture_output=True,
                              text=True, errors="replace", env=_environment(target),
                              stdin=subprocess.DEVNULL, timeout=600, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    if done.returncode != 0:
        said = _first_lines(done.stderr)
        raise DumpError(f"De backup die pg_dump schreef, is door pg_restore niet te lezen "
                        f"({said}); er is geen backup gemaakt.")
    return True


def _first_lines(text: str, count: int = 3) -> str:
    """What a PostgreSQL program said, on one line, without its ``pg_dump: error:`` prefixes."""
    lines = [re.sub(r"^(pg_dump|pg_restore)(\.exe)?: (error|fatal|detail|hint): ", "",
                    line.strip()) for line in text.strip().splitlines() if line.strip()]
    return " / ".join(lines[:count]).rstrip(".") or "geen melding"


def advice(target: ServerTarget) -> str:
    return (f"De opdracht voor de backup: {target.pg_dump_command()} (terugzetten: "
            f"{target.pg_restore_command()}); of vraag de beheerder van de PostgreSQL-server "
            "om een dagelijkse backup.")


def missing_message(target: ServerTarget) -> str:
    return (f"Er is geen backup gemaakt van {target.name}: het programma pg_dump van "
            "PostgreSQL is niet gevonden (niet op het PATH en niet in de gebruikelijke "
            "installatiemappen). Installeer de PostgreSQL-clientprogramma's (Debian/Ubuntu: "
            "sudo apt-get install postgresql-client; Windows/macOS: het installatieprogramma "
            "van postgresql.org) en probeer het opnieuw. " + advice(target))


def failed_message(target: ServerTarget, program: Path, said: str) -> str:
    hint = ""
    lowered = said.lower()
    if "could not open output file" in lowered:
        hint = (" Het backupbestand kan daar niet worden geschreven: kies een map waarin u mag "
                "schrijven (--naar MAP).")
    elif "no password supplied" in lowered or "password authentication failed" in lowered:
        hint = (" Het wachtwoord ontbreekt of klopt niet: zet het in de omgevingsvariabele "
                "PGPASSWORD of in het bestand ~/.pgpass (Windows: "
                "%APPDATA%\\postgresql\\pgpass.conf).")
    elif any(text in lowered for text in ("could not translate host name",
                                          "connection refused", "could not connect",
                                          "timeout expired", "no such file or directory")):
        hint = (" De server is niet bereikbaar: controleer het adres (server, poort) en of "
                "de server draait, of vraag het de beheerder van de server.")
    elif "permission denied for" in lowered:
        hint = (" De inlognaam mag niet alles lezen wat een backup nodig heeft; een backup "
                "maakt de eigenaar van de database of de beheerder van de server.")
    return (f"Er is geen backup gemaakt van {target.name}: pg_dump ({program}) meldt: "
            f"{_first_lines(said)}.{hint} " + advice(target))


def too_old_message(target: ServerTarget, program: Path, server: int, own: int) -> str:
    return (f"Er is geen backup gemaakt van {target.name}: pg_dump ({program}) is van "
            f"PostgreSQL {own}, de server van PostgreSQL {server}, en een oudere pg_dump "
            f"weigert een nieuwere server. Installeer de PostgreSQL-clientprogramma's van "
            f"versie {server} of nieuwer (Debian/Ubuntu: sudo apt-get install "
            f"postgresql-client-{server}) of vraag de beheerder van de server om de backup. "
            + advice(target))


def size_text(size: int) -> str:
    """1234567 → ``1,2 MB`` (Dutch decimal comma)."""
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            if unit == "bytes":
                return f"{size} bytes"
            return f"{value:.1f} {unit}".replace(".", ",")
        value /= 1000
    return f"{size} bytes"  # pragma: no cover
