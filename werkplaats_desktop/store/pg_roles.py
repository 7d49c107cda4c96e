"""Who may write what on a shared PostgreSQL database: roles and row-level security.

``werkplaats rollen postgresql://beheerder@server/database`` (run by the owner of the tables,
after ``werkplaats nieuw``; again after adding werkplaatsen) creates:

* a role per werkplaats, ``wp_<code>`` (``WSD-AMS`` -> ``wp_wsd_ams``, NOLOGIN): its members
  read everything and write only the records of their own werkplaats. Row-level security
  policies enforce that in the server, for every client and for plain SQL:

  - tables with a ``werkplaats_id`` (projects, activities, ...): only rows of the own
    werkplaats may be inserted, changed (also not moved to another werkplaats) or deleted;
  - the ``werkplaats`` table: only the own row may be changed (UPDATE only); werkplaatsen are
    added and removed by the owner;
  - link tables (themes of an activity, partners of a project, ...): through their parent
    records, which must all belong to the own werkplaats;
  - shared records (partners, persons, themes, themasamenwerkingen) may be added and changed
    by every werkplaats, not deleted (a partner is shared by many werkplaatsen); the
    reference tables and the national code list are read-only;
  - what belongs to the database as a whole is the owner's alone: ``meta`` (a shared database
    has no "eigen werkplaats": each login's werkplaats is its role), ``import_log`` and
    ``partner_alias`` (imports and merging partners, which only the owner can do).

Every run first takes back every write right of these roles, so that a database set up by an
older version loses rights it should not have had (``meta`` was once writable).

* ``landelijk``: reads everything, writes nothing (the landelijk overleg).

People get a login role of their own that is a member of one of these (the README shows how):
``CREATE ROLE anna LOGIN; GRANT wp_wsd_ams TO anna;``. The table owner is not bound by the
policies (administration, imports of full exports).

Which role belongs to which werkplaats is kept in ``wp_rechten.rol`` (a schema of its own, so
that the program's schema stays exactly the revisions' one). ``--sql`` prints the statements
instead of running them, for an administrator who wants to read them first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from werkplaats_desktop.store import orm
from werkplaats_desktop.store.target import ServerTarget

LANDELIJK = "landelijk"
SCHEMA = "wp_rechten"

#: shared records: every werkplaats may add and change them, nobody but the owner deletes
SHARED_WRITABLE = ("partner", "persoon", "thema", "themasamenwerking", "vergeten_record")

#: tables with a row-level policy on which a werkplaats may only change rows, not add or delete
UPDATE_ONLY = ("werkplaats",)


def role_name(code: str) -> str:
    return "wp_" + re.sub(r"[^a-z0-9]+", "_", code.lower()).strip("_")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _own(expr: str) -> str:
    return f"{expr} IN (SELECT {SCHEMA}.eigen_werkplaatsen())"


def statements(werkplaatsen: list[tuple[int, str]]) -> list[str]:
    """The SQL that sets up roles and policies for ``werkplaatsen`` [(id, code)]."""
    tables = orm.Base.metadata.sorted_tables
    roles = [(wid, role_name(code)) for wid, code in werkplaatsen if code]
    sql: list[str] = [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"CREATE TABLE IF NOT EXISTS {SCHEMA}.rol (rolnaam text PRIMARY KEY, "
        "werkplaats_id integer NOT NULL REFERENCES public.werkplaats(id) ON DELETE CASCADE)",
        f"""CREATE OR REPLACE FUNCTION {SCHEMA}.eigen_werkplaatsen() RETURNS SETOF integer
            LANGUAGE sql STABLE AS $$
              SELECT werkplaats_id FROM {SCHEMA}.rol
              WHERE pg_has_role(current_user, rolnaam, 'MEMBER')
            $$""",
    ]
    for name in [LANDELIJK, *(r for _w, r in roles)]:
        sql.append(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                   f"{_lit(name)}) THEN CREATE ROLE {_q(name)} NOLOGIN; END IF; END $$")
    everyone = ", ".join(_q(n) for n in [LANDELIJK, *(r for _w, r in roles)])
    writers = ", ".join(_q(r) for _w, r in roles)
    sql += [
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN "
        f"SCHEMA public FROM {everyone}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {SCHEMA}.rol "
        f"FROM {everyone}",
        f"GRANT USAGE ON SCHEMA public, {SCHEMA} TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT SELECT ON {SCHEMA}.rol TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION {SCHEMA}.eigen_werkplaatsen() TO {everyone}",
    ]
    for wid, role in roles:
        sql.append(f"INSERT INTO {SCHEMA}.rol VALUES ({_lit(role)}, {wid}) ON CONFLICT "
                   "(rolnaam) DO UPDATE SET werkplaats_id = EXCLUDED.werkplaats_id")
    if writers:
        sql.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {writers}")
    for table in tables:
        t = _q(table.name)
        policy = _policy(table)
        if policy is None and table.name not in SHARED_WRITABLE:
            continue  # reference data: read only
        if writers:
            verbs = ("INSERT, UPDATE" if policy is None else "UPDATE"
                     if table.name in UPDATE_ONLY else "INSERT, UPDATE, DELETE")
            sql.append(f"GRANT {verbs} ON {t} TO {writers}")
        if policy is None:
            continue
        sql += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS lezen ON {t}",
            f"CREATE POLICY lezen ON {t} FOR SELECT USING (true)",
            f"DROP POLICY IF EXISTS eigen_werkplaats ON {t}",
            f"CREATE POLICY eigen_werkplaats ON {t} FOR ALL USING ({policy}) "
            f"WITH CHECK ({policy})",
        ]
    return sql


def _policy(table: object) -> str | None:
    """The condition a row of ``table`` meets when it belongs to the own werkplaats."""
    t = table  # sqlalchemy Table
    name = t.name  # type: ignore[attr-defined]
    columns = t.c  # type: ignore[attr-defined]
    if name == "werkplaats":
        return _own("id")
    if "werkplaats_id" in columns:
        return _own("werkplaats_id")
    parents = []
    for fk in t.foreign_key_constraints:  # type: ignore[attr-defined]
        parent = fk.referred_table
        if "werkplaats_id" in parent.c and len(fk.column_keys) == 1:
            own_col = fk.column_keys[0]
            parent_col = fk.elements[0].column.name
            parents.append(f"EXISTS (SELECT 1 FROM {_q(parent.name)} p WHERE "
                           f"p.{_q(parent_col)} = {_q(own_col)} AND "
                           f"{_own('p.werkplaats_id')})")
    return " AND ".join(parents) if parents else None


def install(target: ServerTarget) -> list[str]:
    """Run :func:`statements` for the werkplaatsen in the database, in one transaction.
    Returns the role names made (or kept) per werkplaats, as 'role (werkplaats)'."""
    from werkplaats_desktop.store import pg

    conn = pg.connect(target)
    try:
        rows = conn.execute("SELECT id, code, naam FROM werkplaats ORDER BY naam").fetchall()
        for statement in statements([(wid, code) for wid, code, _n in rows]):
            conn.execute(statement)
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        conn.close()
    return [f"{role_name(code)} ({naam})" for _w, code, naam in rows if code]


def statements_for(target: ServerTarget) -> list[str]:
    """:func:`statements` for the werkplaatsen now in the database (``rollen --sql``)."""
    from werkplaats_desktop.store import pg

    conn = pg.connect(target, autocommit=True)
    try:
        rows = conn.execute("SELECT id, code FROM werkplaats ORDER BY naam").fetchall()
    finally:
        conn.close()
    return statements([(wid, code) for wid, code in rows])


# --- who is logged in (shown in the window) -------------------------------------------------


@dataclass(frozen=True)
class Login:
    """Who the window works as on a shared database, and what that login may write."""

    user: str
    #: owns the tables (or is a superuser): not bound by the policies, may change everything
    owner: bool
    #: the werkplaatsen whose records this login may change (its wp_ roles), by name
    werkplaatsen: tuple[str, ...]
    #: no werkplaats roles set up in this database yet (``werkplaats rollen`` not run)
    no_roles: bool
    reads_only: bool


def describe_login(raw: Any, reads_only: bool) -> Login:
    """Ask the server who ``raw`` (a psycopg connection, not in a transaction) is logged in as.
    Leaves no transaction open."""
    try:
        user, owner, roles_made = raw.execute(
            "SELECT current_user, coalesce((SELECT pg_has_role(current_user, c.relowner, "
            "'MEMBER') FROM pg_class c WHERE c.oid = to_regclass('werkplaats')), false) "
            "OR (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user), "
            f"to_regnamespace('{SCHEMA}') IS NOT NULL").fetchone()
        names: list[str] = []
        if roles_made and not owner:
            names = [r[0] for r in raw.execute(
                f"SELECT naam FROM werkplaats WHERE id IN (SELECT {SCHEMA}.eigen_werkplaatsen()) "
                "ORDER BY naam").fetchall()]
    finally:
        raw.rollback()
    return Login(str(user), bool(owner), tuple(names), not roles_made, reads_only)
