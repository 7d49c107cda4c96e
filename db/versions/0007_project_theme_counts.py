"""project and kenniskring counts

Two more tables of derived data kept by triggers (see werkplaats_desktop/store/derived.py), for
the Overzicht's facts at the national scale: ``telling_project`` holds the number of activities
and products per werkplaats x year x project x theme (0 = zonder thema) of the records that
belong to a project, ``telling_kenniskring`` per werkplaats x year x kenniskring of those that
belong to a kenniskring. The facts' "projecten" and "kenniskringen" (one counts in the chosen
years by its period or by the output of it that the charts count) and "onderwerpen" (the themes
of the counted projects and of their counted output, per project) then read a few thousand rows
instead of joining a million activities with their themes (1.9 s of a 2.8 s dashboard refresh at
1 000 000 activities; the kenniskringen of a five-year filter 1.2 s).

The triggers follow those of revision 0005: a record counts only while it exists (a theme link
inserted before its record, as undo replays, is counted when the record comes; the links a
cascade removes after their record are not subtracted twice), for any order of row changes.
SQLite only: PostgreSQL groups the records itself.

Revision ID: 0007
Revises: 0006
Created: 2026-12-03 16:45:00.000000
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = """
CREATE TABLE telling_project (
    werkplaats_id INTEGER NOT NULL, jaar INTEGER NOT NULL, project_id INTEGER NOT NULL,
    thema_id INTEGER NOT NULL, aantal INTEGER NOT NULL,
    PRIMARY KEY (werkplaats_id, jaar, project_id, thema_id)) WITHOUT ROWID
"""

KENNISKRING_TABLE = """
CREATE TABLE telling_kenniskring (
    werkplaats_id INTEGER NOT NULL, jaar INTEGER NOT NULL, kenniskring_id INTEGER NOT NULL,
    aantal INTEGER NOT NULL,
    PRIMARY KEY (werkplaats_id, jaar, kenniskring_id)) WITHOUT ROWID
"""

KENNISKRING_FILL = """
INSERT INTO telling_kenniskring
    SELECT werkplaats_id, jaar, kenniskring_id, count(*) FROM (
        SELECT werkplaats_id, jaar, kenniskring_id FROM activiteit
        WHERE kenniskring_id IS NOT NULL
        UNION ALL
        SELECT werkplaats_id, jaar, kenniskring_id FROM product
        WHERE kenniskring_id IS NOT NULL)
    GROUP BY 1, 2, 3
"""

FILL = """
INSERT INTO telling_project
    SELECT werkplaats_id, jaar, project_id, thema_id, count(*) FROM (
        SELECT r.werkplaats_id, r.jaar, r.project_id, IFNULL(x.thema_id, 0) AS thema_id
        FROM activiteit r LEFT JOIN activiteit_thema x ON x.activiteit_id = r.id
        WHERE r.project_id IS NOT NULL
        UNION ALL
        SELECT r.werkplaats_id, r.jaar, r.project_id, IFNULL(x.thema_id, 0)
        FROM product r LEFT JOIN product_thema x ON x.product_id = r.id
        WHERE r.project_id IS NOT NULL)
    GROUP BY 1, 2, 3, 4
"""

UP = ("ON CONFLICT (werkplaats_id, jaar, project_id, thema_id) "
      "DO UPDATE SET aantal = aantal + excluded.aantal")

NEW, OLD = "new", "old"

#: the kinds of output: record table, its theme links, the link's column for the record
KINDS = (("activiteit", "activiteit_thema", "activiteit_id"),
         ("product", "product_thema", "product_id"))


def _record(table: str, link: str, own: str, row: str, sign: str) -> str:
    """Count record ``row`` (new or old) of ``table`` under each of its themes, or under 0
    when it has none; nothing when it has no project."""
    key = f"{row}.werkplaats_id, {row}.jaar, {row}.project_id"
    return (f"INSERT INTO telling_project SELECT {key}, thema_id, {sign}1 FROM {link} "
            f"WHERE {own} = {row}.id AND {row}.project_id IS NOT NULL {UP};\n"
            f"INSERT INTO telling_project SELECT {key}, 0, {sign}1 "
            f"WHERE {row}.project_id IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {link} WHERE {own} = {row}.id) {UP};")


def _record_triggers(table: str, link: str, own: str) -> list[str]:
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in ("werkplaats_id", "jaar",
                                                              "project_id"))
    return [
        f"CREATE TRIGGER telling_project_{table}_ai AFTER INSERT ON {table} "
        f"WHEN new.project_id IS NOT NULL BEGIN\n{_record(table, link, own, 'new', '')}\nEND",
        # before: its theme links are still there (a cascade removes them after the row)
        f"CREATE TRIGGER telling_project_{table}_bd BEFORE DELETE ON {table} "
        f"WHEN old.project_id IS NOT NULL BEGIN\n{_record(table, link, own, 'old', '-')}\nEND",
        f"CREATE TRIGGER telling_project_{table}_au AFTER UPDATE OF werkplaats_id, jaar, "
        f"project_id ON {table} WHEN {changed} BEGIN\n"
        f"{_record(table, link, own, 'old', '-')}\n{_record(table, link, own, 'new', '')}\nEND",
    ]


def _link_triggers(table: str, link: str, own: str) -> list[str]:
    """A link counts while its record exists and has a project; a record without links
    counts under theme 0."""

    def count(row: str, theme: str, sign: str, when: str = "") -> str:
        return (f"INSERT INTO telling_project SELECT r.werkplaats_id, r.jaar, r.project_id, "
                f"{theme}, {sign}1 FROM {table} r WHERE r.id = {row}.{own} "
                f"AND r.project_id IS NOT NULL{when} {UP};")

    def links(row: str) -> str:
        return f"(SELECT count(*) FROM {link} WHERE {own} = {row}.{own})"

    def exists(row: str) -> str:
        return f"EXISTS (SELECT 1 FROM {table} WHERE id = {row}.{own})"

    moved = f" AND old.{own} IS NOT new.{own}"
    first, none_left = f" AND {links(NEW)} = 1", f" AND {links(OLD)} = 0"
    return [
        f"CREATE TRIGGER telling_project_{link}_ai AFTER INSERT ON {link} "
        f"WHEN {exists('new')} BEGIN\n"
        f"{count('new', 'new.thema_id', '')}\n"
        f"{count('new', '0', '-', first)}\nEND",
        f"CREATE TRIGGER telling_project_{link}_ad AFTER DELETE ON {link} "
        f"WHEN {exists('old')} BEGIN\n"
        f"{count('old', 'old.thema_id', '-')}\n"
        f"{count('old', '0', '', none_left)}\nEND",
        # an update of a link: the old one goes (if its record exists), the new one comes
        f"CREATE TRIGGER telling_project_{link}_au AFTER UPDATE ON {link} BEGIN\n"
        f"{count('old', 'old.thema_id', '-')}\n"
        f"{count('old', '0', '', none_left + moved)}\n"
        f"{count('new', 'new.thema_id', '')}\n"
        f"{count('new', '0', '-', first + moved)}\nEND",
    ]


def _kenniskring(row: str, sign: str) -> str:
    return (f"INSERT INTO telling_kenniskring SELECT {row}.werkplaats_id, {row}.jaar, "
            f"{row}.kenniskring_id, {sign}1 WHERE {row}.kenniskring_id IS NOT NULL "
            "ON CONFLICT (werkplaats_id, jaar, kenniskring_id) "
            "DO UPDATE SET aantal = aantal + excluded.aantal;")


def _kenniskring_triggers(table: str) -> list[str]:
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in ("werkplaats_id", "jaar",
                                                              "kenniskring_id"))
    return [
        f"CREATE TRIGGER telling_kenniskring_{table}_ai AFTER INSERT ON {table} "
        f"WHEN new.kenniskring_id IS NOT NULL BEGIN\n{_kenniskring('new', '')}\nEND",
        f"CREATE TRIGGER telling_kenniskring_{table}_bd BEFORE DELETE ON {table} "
        f"WHEN old.kenniskring_id IS NOT NULL BEGIN\n{_kenniskring('old', '-')}\nEND",
        f"CREATE TRIGGER telling_kenniskring_{table}_au AFTER UPDATE OF werkplaats_id, jaar, "
        f"kenniskring_id ON {table} WHEN {changed} BEGIN\n"
        f"{_kenniskring('old', '-')}\n{_kenniskring('new', '')}\nEND",
    ]


def triggers() -> list[str]:
    out: list[str] = []
    for table, link, own in KINDS:
        out += _record_triggers(table, link, own) + _link_triggers(table, link, own)
        out += _kenniskring_triggers(table)
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return  # PostgreSQL: no count tables (see 0005)
    for sql in (TABLE, FILL, KENNISKRING_TABLE, KENNISKRING_FILL):
        op.execute(sql)
    for trigger in triggers():
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'telling~_project~_%' ESCAPE '~' "
            "OR name LIKE 'telling~_kenniskring~_%' ESCAPE '~')").fetchall():
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.execute("DROP TABLE telling_project")
    op.execute("DROP TABLE telling_kenniskring")
