"""search index and dashboard counts

Derived data kept in step by triggers (see werkplaats_desktop/store/derived.py):

* zoek_activiteit, zoek_product, zoek_project: FTS5 trigram indexes (contentless, case
  sensitive) over lower(titel) / lower(naam), so that a search of 3 or more characters finds
  exactly what LIKE '%text%' finds without reading every row. Made only when this SQLite has
  FTS5 with the trigram tokenizer; otherwise the lists keep searching with LIKE.
* telling_activiteit, telling_activiteit_thema, telling_product, telling_product_thema: the
  number of activities and products per werkplaats x year x O x gemeente (with the summed reach)
  and per werkplaats x year x O x theme, for the Overzicht. 0 = zonder gemeente / zonder thema,
  '' = zonder O. The triggers keep them right for any order of row changes (undo replays
  changes in reverse order with foreign keys deferred): a record counts only while it exists,
  a product counts under the O and gemeente of its activity while that activity exists.
* ix_activiteit_jaar: the lists' default order (jaar DESC, id DESC) straight from an index;
  the theme links indexed (thema_id, record id), so that "the records of these themes" reads
  the index only.

Revision ID: 0005
Revises: 0004
Created: 2026-12-03 09:30:00.000000
"""
from collections.abc import Sequence
import logging
import sqlite3

from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

SEARCH = {"zoek_activiteit": ("activiteit", "titel"), "zoek_product": ("product", "titel"),
          "zoek_project": ("project", "naam")}

COUNT_TABLES = """
CREATE TABLE telling_activiteit (
    werkplaats_id INTEGER NOT NULL, jaar INTEGER NOT NULL, o VARCHAR(20) NOT NULL,
    gemeente_id INTEGER NOT NULL, aantal INTEGER NOT NULL, bereik INTEGER NOT NULL,
    PRIMARY KEY (werkplaats_id, jaar, o, gemeente_id)) WITHOUT ROWID;
CREATE TABLE telling_activiteit_thema (
    werkplaats_id INTEGER NOT NULL, jaar INTEGER NOT NULL, o VARCHAR(20) NOT NULL,
    thema_id INTEGER NOT NULL, aantal INTEGER NOT NULL,
    PRIMARY KEY (werkplaats_id, jaar, o, thema_id)) WITHOUT ROWID;
CREATE TABLE telling_product (
    werkplaats_id INTEGER NOT NULL, jaar INTEGER NOT NULL, o VARCHAR(20) NOT NULL,
    gemeente_id INTEGER NOT NULL, aantal INTEGER NOT NULL,
    PRIMARY KEY (werkplaats_id, jaar, o, gemeente_id)) WITHOUT ROWID;
CREATE TABLE telling_product_thema (
    werkplaats_id INTEGER NOT NULL, jaar INTEGER NOT NULL, o VARCHAR(20) NOT NULL,
    thema_id INTEGER NOT NULL, aantal INTEGER NOT NULL,
    PRIMARY KEY (werkplaats_id, jaar, o, thema_id)) WITHOUT ROWID;
"""

FILL = """
INSERT INTO telling_activiteit
    SELECT werkplaats_id, jaar, o, IFNULL(gemeente_id, 0), count(*), IFNULL(sum(bereik), 0)
    FROM activiteit GROUP BY 1, 2, 3, 4;
INSERT INTO telling_activiteit_thema
    SELECT a.werkplaats_id, a.jaar, a.o, IFNULL(x.thema_id, 0), count(*)
    FROM activiteit a LEFT JOIN activiteit_thema x ON x.activiteit_id = a.id GROUP BY 1, 2, 3, 4;
INSERT INTO telling_product
    SELECT p.werkplaats_id, p.jaar, IFNULL(a.o, ''), IFNULL(a.gemeente_id, 0), count(*)
    FROM product p LEFT JOIN activiteit a ON a.id = p.activiteit_id GROUP BY 1, 2, 3, 4;
INSERT INTO telling_product_thema
    SELECT p.werkplaats_id, p.jaar, IFNULL(a.o, ''), IFNULL(x.thema_id, 0), count(*)
    FROM product p LEFT JOIN activiteit a ON a.id = p.activiteit_id
    LEFT JOIN product_thema x ON x.product_id = p.id GROUP BY 1, 2, 3, 4;
"""

# --- the statements the triggers are made of --------------------------------------------------

_ADD = "DO UPDATE SET aantal = aantal + excluded.aantal"
UP = {
    "telling_activiteit": "ON CONFLICT (werkplaats_id, jaar, o, gemeente_id) "
                          + _ADD + ", bereik = bereik + excluded.bereik",
    "telling_activiteit_thema": "ON CONFLICT (werkplaats_id, jaar, o, thema_id) " + _ADD,
    "telling_product": "ON CONFLICT (werkplaats_id, jaar, o, gemeente_id) " + _ADD,
    "telling_product_thema": "ON CONFLICT (werkplaats_id, jaar, o, thema_id) " + _ADD,
}


NEW, OLD = "new", "old"
#: the O of a product without an activity
NO_O = "''"


def _activity(row: str, sign: str) -> str:
    """Count activity ``row`` (new or old) once, with its reach."""
    return (f"INSERT INTO telling_activiteit VALUES ({row}.werkplaats_id, {row}.jaar, {row}.o, "
            f"IFNULL({row}.gemeente_id, 0), {sign}1, {sign}IFNULL({row}.bereik, 0)) "
            f"{UP['telling_activiteit']};")


def _activity_themes(row: str, sign: str) -> str:
    """Count activity ``row`` under each of its themes, or under 0 when it has none."""
    key = f"{row}.werkplaats_id, {row}.jaar, {row}.o"
    return (f"INSERT INTO telling_activiteit_thema SELECT {key}, thema_id, {sign}1 "
            f"FROM activiteit_thema WHERE activiteit_id = {row}.id {UP['telling_activiteit_thema']};\n"
            f"INSERT INTO telling_activiteit_thema SELECT {key}, 0, {sign}1 WHERE NOT EXISTS "
            f"(SELECT 1 FROM activiteit_thema WHERE activiteit_id = {row}.id) "
            f"{UP['telling_activiteit_thema']};")


def _products_of(act: str, o: str, gem: str, sign: str) -> str:
    """Count the products of activity ``act`` under O ``o`` and gemeente ``gem``."""
    return (f"INSERT INTO telling_product SELECT werkplaats_id, jaar, {o}, {gem}, {sign}count(*) "
            f"FROM product WHERE activiteit_id = {act} GROUP BY werkplaats_id, jaar "
            f"{UP['telling_product']};")


def _product_themes_of(act: str, o: str, sign: str) -> str:
    """Count the products of activity ``act`` under O ``o``, per theme (0: none)."""
    return (f"INSERT INTO telling_product_thema SELECT p.werkplaats_id, p.jaar, {o}, "
            f"IFNULL(x.thema_id, 0), {sign}count(*) FROM product p "
            f"LEFT JOIN product_thema x ON x.product_id = p.id WHERE p.activiteit_id = {act} "
            f"GROUP BY p.werkplaats_id, p.jaar, IFNULL(x.thema_id, 0) "
            f"{UP['telling_product_thema']};")


def _o_of(row: str) -> str:
    """The O a product counts under: its activity's, '' without one."""
    return f"IFNULL((SELECT o FROM activiteit WHERE id = {row}.activiteit_id), '')"


def _gemeente_of(row: str) -> str:
    return f"IFNULL((SELECT gemeente_id FROM activiteit WHERE id = {row}.activiteit_id), 0)"


def _product(row: str, sign: str) -> str:
    return (f"INSERT INTO telling_product VALUES ({row}.werkplaats_id, {row}.jaar, {_o_of(row)}, "
            f"{_gemeente_of(row)}, {sign}1) {UP['telling_product']};")


def _product_themes(row: str, sign: str) -> str:
    key = f"{row}.werkplaats_id, {row}.jaar, {_o_of(row)}"
    return (f"INSERT INTO telling_product_thema SELECT {key}, thema_id, {sign}1 "
            f"FROM product_thema WHERE product_id = {row}.id {UP['telling_product_thema']};\n"
            f"INSERT INTO telling_product_thema SELECT {key}, 0, {sign}1 WHERE NOT EXISTS "
            f"(SELECT 1 FROM product_thema WHERE product_id = {row}.id) "
            f"{UP['telling_product_thema']};")


def _changed(*columns: str) -> str:
    return " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)


def _link_triggers(link: str, own: str, owner: str, counts: str, key: str, join: str) -> list[str]:
    """Triggers on a theme link table: a link counts while its record exists; a record
    without links counts under theme 0. ``key`` selects the record's key columns from
    ``join`` (the record ``r``, with its activity ``a`` for a product)."""
    up = UP[counts]

    def count(row: str, theme: str, sign: str, when: str = "") -> str:
        return (f"INSERT INTO {counts} SELECT {key}, {theme}, {sign}1 FROM {join} "
                f"WHERE r.id = {row}.{own}{when} {up};")

    def links(row: str) -> str:
        return f"(SELECT count(*) FROM {link} WHERE {own} = {row}.{own})"

    def exists(row: str) -> str:
        return f"EXISTS (SELECT 1 FROM {owner} WHERE id = {row}.{own})"

    moved = f" AND old.{own} IS NOT new.{own}"
    return [
        f"CREATE TRIGGER {counts}_ai AFTER INSERT ON {link} WHEN {exists('new')} BEGIN\n"
        f"{count('new', 'new.thema_id', '')}\n"
        f"{count('new', '0', '-', f' AND {links(NEW)} = 1')}\nEND",
        f"CREATE TRIGGER {counts}_ad AFTER DELETE ON {link} WHEN {exists('old')} BEGIN\n"
        f"{count('old', 'old.thema_id', '-')}\n"
        f"{count('old', '0', '', f' AND {links(OLD)} = 0')}\nEND",
        # an update of a link: the old one goes (if its record exists), the new one comes
        f"CREATE TRIGGER {counts}_au AFTER UPDATE ON {link} BEGIN\n"
        f"{count('old', 'old.thema_id', '-')}\n"
        f"{count('old', '0', '', f' AND {links(OLD)} = 0' + moved)}\n"
        f"{count('new', 'new.thema_id', '')}\n"
        f"{count('new', '0', '-', f' AND {links(NEW)} = 1' + moved)}\nEND",
    ]


def count_triggers() -> list[str]:
    act_new_gem, act_old_gem = "IFNULL(new.gemeente_id, 0)", "IFNULL(old.gemeente_id, 0)"
    has_products = "EXISTS (SELECT 1 FROM product WHERE activiteit_id = {}.id)"
    triggers = [
        # --- activiteit ---------------------------------------------------------------------
        "CREATE TRIGGER telling_activiteit_ai AFTER INSERT ON activiteit BEGIN\n"
        f"{_activity('new', '')}\n{_activity_themes('new', '')}\nEND",
        # products counted before their activity existed (undo inserts in reverse order)
        f"CREATE TRIGGER telling_activiteit_ai_product AFTER INSERT ON activiteit "
        f"WHEN {has_products.format('new')} BEGIN\n"
        f"{_products_of('new.id', NO_O, '0', '-')}\n"
        f"{_products_of('new.id', 'new.o', act_new_gem, '')}\n"
        f"{_product_themes_of('new.id', NO_O, '-')}\n"
        f"{_product_themes_of('new.id', 'new.o', '')}\nEND",
        # before: its theme links are still there (a cascade removes them after the row)
        "CREATE TRIGGER telling_activiteit_bd BEFORE DELETE ON activiteit BEGIN\n"
        f"{_activity('old', '-')}\n{_activity_themes('old', '-')}\nEND",
        f"CREATE TRIGGER telling_activiteit_bd_product BEFORE DELETE ON activiteit "
        f"WHEN {has_products.format('old')} BEGIN\n"
        f"{_products_of('old.id', 'old.o', act_old_gem, '-')}\n"
        f"{_products_of('old.id', NO_O, '0', '')}\n"
        f"{_product_themes_of('old.id', 'old.o', '-')}\n"
        f"{_product_themes_of('old.id', NO_O, '')}\nEND",
        "CREATE TRIGGER telling_activiteit_au AFTER UPDATE OF werkplaats_id, jaar, o, "
        "gemeente_id, bereik ON activiteit WHEN "
        f"{_changed('werkplaats_id', 'jaar', 'o', 'gemeente_id', 'bereik')} BEGIN\n"
        f"{_activity('old', '-')}\n{_activity('new', '')}\nEND",
        "CREATE TRIGGER telling_activiteit_au_thema AFTER UPDATE OF werkplaats_id, jaar, o "
        f"ON activiteit WHEN {_changed('werkplaats_id', 'jaar', 'o')} BEGIN\n"
        f"{_activity_themes('old', '-')}\n{_activity_themes('new', '')}\nEND",
        "CREATE TRIGGER telling_activiteit_au_product AFTER UPDATE OF o, gemeente_id "
        f"ON activiteit WHEN ({_changed('o', 'gemeente_id')}) "
        f"AND {has_products.format('new')} BEGIN\n"
        f"{_products_of('new.id', 'old.o', act_old_gem, '-')}\n"
        f"{_products_of('new.id', 'new.o', act_new_gem, '')}\nEND",
        "CREATE TRIGGER telling_activiteit_au_productthema AFTER UPDATE OF o ON activiteit "
        f"WHEN ({_changed('o')}) AND {has_products.format('new')} BEGIN\n"
        f"{_product_themes_of('new.id', 'old.o', '-')}\n"
        f"{_product_themes_of('new.id', 'new.o', '')}\nEND",
        # --- product ------------------------------------------------------------------------
        "CREATE TRIGGER telling_product_ai AFTER INSERT ON product BEGIN\n"
        f"{_product('new', '')}\n{_product_themes('new', '')}\nEND",
        "CREATE TRIGGER telling_product_bd BEFORE DELETE ON product BEGIN\n"
        f"{_product('old', '-')}\n{_product_themes('old', '-')}\nEND",
        "CREATE TRIGGER telling_product_au AFTER UPDATE OF werkplaats_id, jaar, activiteit_id "
        f"ON product WHEN {_changed('werkplaats_id', 'jaar', 'activiteit_id')} BEGIN\n"
        f"{_product('old', '-')}\n{_product('new', '')}\n"
        f"{_product_themes('old', '-')}\n{_product_themes('new', '')}\nEND",
    ]
    triggers += _link_triggers("activiteit_thema", "activiteit_id", "activiteit",
                               "telling_activiteit_thema", "r.werkplaats_id, r.jaar, r.o",
                               "activiteit r")
    triggers += _link_triggers("product_thema", "product_id", "product", "telling_product_thema",
                               "r.werkplaats_id, r.jaar, IFNULL(a.o, '')",
                               "product r LEFT JOIN activiteit a ON a.id = r.activiteit_id")
    return triggers


def search_triggers(index: str, table: str, column: str) -> list[str]:
    insert = f"INSERT INTO {index}(rowid, {column}) VALUES (new.id, lower(new.{column}));"
    delete = (f"INSERT INTO {index}({index}, rowid, {column}) "
              f"VALUES ('delete', old.id, lower(old.{column}));")
    return [
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {index}_au AFTER UPDATE OF {column} ON {table} BEGIN {delete} {insert} END",
    ]


def trigram_available() -> bool:
    """The same SQLite library as the file's connection, asked on a scratch connection."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram case_sensitive 1')")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def _script(sql: str) -> None:
    for statement in sql.split(";\n"):
        if statement.strip():
            op.execute(statement)


def upgrade() -> None:
    op.create_index('ix_activiteit_jaar', 'activiteit', ['jaar'], unique=False)
    for link, own in (('activiteit_thema', 'activiteit_id'), ('product_thema', 'product_id')):
        op.drop_index(f'ix_{link}_thema_id', table_name=link)
        op.create_index(f'ix_{link}_thema_id_{own}', link, ['thema_id', own], unique=False)

    if op.get_bind().dialect.name != 'sqlite':
        # PostgreSQL: no count tables (the dashboard groups the records there, as its planner
        # and parallel scans do well) and no FTS5; its search indexes are pg_trgm (0006)
        return
    _script(COUNT_TABLES)
    _script(FILL)
    for trigger in count_triggers():
        op.execute(trigger)

    if not trigram_available():
        log.warning("SQLite %s heeft geen FTS5 met trigram: geen zoekindex; de lijsten zoeken "
                    "door alle rijen te lezen.", sqlite3.sqlite_version)
        return
    for index, (table, column) in SEARCH.items():
        op.execute(f"CREATE VIRTUAL TABLE {index} USING fts5({column}, content='', "
                   f"tokenize='trigram case_sensitive 1')")
        op.execute(f"INSERT INTO {index}(rowid, {column}) SELECT id, lower({column}) FROM {table}")
        for trigger in search_triggers(index, table, column):
            op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        for link, own in (('activiteit_thema', 'activiteit_id'), ('product_thema', 'product_id')):
            op.drop_index(f'ix_{link}_thema_id_{own}', table_name=link)
            op.create_index(f'ix_{link}_thema_id', link, ['thema_id'], unique=False)
        op.drop_index('ix_activiteit_jaar', table_name='activiteit')
        return
    for index in SEARCH:
        op.execute(f"DROP TABLE IF EXISTS {index}")
    for name in ("telling_activiteit", "telling_activiteit_thema", "telling_product",
                 "telling_product_thema"):
        op.execute(f"DROP TABLE {name}")
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'telling%' OR name LIKE 'zoek%')").fetchall():
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for link, own in (('activiteit_thema', 'activiteit_id'), ('product_thema', 'product_id')):
        op.drop_index(f'ix_{link}_thema_id_{own}', table_name=link)
        op.create_index(f'ix_{link}_thema_id', link, ['thema_id'], unique=False)
    op.drop_index('ix_activiteit_jaar', table_name='activiteit')
