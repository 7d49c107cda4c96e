"""Alembic environment of Werkplaats Desktop.

The program runs migrations through ``werkplaats_desktop.store.migrate`` and passes its own
connection (foreign keys off during the upgrade, one transaction for all revisions); the
``alembic`` command line (see alembic.ini) is for developers writing a new revision.
"""

from alembic import context
from sqlalchemy import create_engine

from werkplaats_desktop.store.derived import is_derived
from werkplaats_desktop.store.orm import Base
from werkplaats_desktop.store.types import Cents

config = context.config
target_metadata = Base.metadata


def _render_item(type_, obj, autogen_context):
    """Revisions must not import the program: render our column types as plain SQL types."""
    if type_ == "type" and isinstance(obj, Cents):
        return "sa.Integer()"
    return False


def _include_name(name, type_, _parent_names) -> bool:
    """Derived data (search indexes, counts: store/derived.py) is made by hand in its revision,
    not from the ORM mapping: autogenerate leaves it alone."""
    return not (type_ == "table" and name and is_derived(name))


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite can only change most things by copying the table; on PostgreSQL the same
        # batch blocks run as plain ALTER statements
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        include_name=_include_name,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        _configure_and_run(connection)


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; use a database file.")
run_migrations_online()
