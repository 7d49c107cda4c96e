"""``werkplaats rollen postgresql://... [--sql]``: roles and row-level security on a shared
database (see store/pg_roles.py): a role per werkplaats that writes only its own records, and
the read-only role ``landelijk``. Run it as the owner of the tables, after ``werkplaats
nieuw`` and again after adding werkplaatsen.
"""

from __future__ import annotations

import argparse

from werkplaats_desktop.cli.common import db_argument, fail
from werkplaats_desktop.store import (
    LANDELIJK_ROLE,
    SchemaError,
    ServerTarget,
    install_roles,
    role_statements,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "rollen", help="rollen en rechten op een gedeelde database (PostgreSQL)",
        description="Maakt op een PostgreSQL-database per werkplaats een rol wp_<code> die "
                    "alles mag lezen en alleen de records van de eigen werkplaats mag "
                    "schrijven (row-level security in de server), en de rol 'landelijk' die "
                    "alleen mag lezen. Voer uit als eigenaar van de tabellen, na 'werkplaats "
                    "nieuw' en opnieuw na het toevoegen van werkplaatsen. Daarna: CREATE ROLE "
                    "anna LOGIN; GRANT wp_wsd_ams TO anna;",
    )
    p.add_argument("doel", type=db_argument, metavar="DATABASE",
                   help="postgresql://beheerder@server:poort/database")
    p.add_argument("--sql", action="store_true",
                   help="toon de SQL-opdrachten in plaats van ze uit te voeren")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = args.doel
    if not isinstance(target, ServerTarget):
        return fail("Rollen en rechten bestaan alleen op een gedeelde database "
                    "(postgresql://...); een bestand heeft één gebruiker.")
    statements: list[str] = []
    try:
        if args.sql:
            statements = list(role_statements(target))
        else:
            made = install_roles(target)
    except SchemaError as exc:
        return fail(str(exc))
    except Exception as exc:  # psycopg errors: no rights, no tables yet
        from werkplaats_desktop.store import explain_server_error as explain
        from werkplaats_desktop.store import may_not_create_roles

        if may_not_create_roles(exc):
            user = target.user or "beheerder"
            return fail(
                f"De rollen zijn niet gemaakt: de inlognaam '{user}' mag geen rollen maken (het "
                "recht CREATEROLE ontbreekt). Vraag de beheerder van de PostgreSQL-server om "
                f"het te geven: ALTER ROLE \"{user}\" CREATEROLE; of voer 'werkplaats rollen "
                "--sql' uit en laat de beheerder die opdrachten uitvoeren. Er is niets "
                "gewijzigd.")
        told = explain(exc, target)
        if told is not None:
            return fail(f"De rollen zijn niet gemaakt. {told}")
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return fail(f"De rollen zijn niet gemaakt: {first}. Er is niets gewijzigd.")
    if args.sql:  # printed outside the refusals above: a closed pipe is not a failed role
        for statement in statements:
            print(statement.strip() + ";")
        return 0
    print(f"Rol '{LANDELIJK_ROLE}': lezen, niet schrijven.")
    print("Rollen per werkplaats (schrijven alleen in de eigen werkplaats):")
    for line in made:
        print(f"  {line}")
    print("Geef iemand toegang met: CREATE ROLE naam LOGIN PASSWORD '...'; "
          "GRANT <rol> TO naam;")
    return 0
