"""record versions

A ``version`` on every record table (1 for the records there are), raised by one on every
save: the program refuses to save a record that someone else saved meanwhile (optimistic
concurrency, for several people on one PostgreSQL database; SQLAlchemy ``version_id_col``).

Added in place (ALTER TABLE ... ADD COLUMN, no batch rebuild), on SQLite and PostgreSQL alike.
On PostgreSQL also: pg_trgm trigram (GIN) indexes on the columns the list search reads most.

Revision ID: 0006
Revises: 0005
Created: 2026-12-03 13:40:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the tables of records (those with a uuid), as of this revision
RECORD_TABLES = (
    'thema', 'gemeente', 'themasamenwerking', 'partner', 'persoon', 'werkplaats', 'deelname',
    'kennisagenda_item', 'kenniskring', 'lectoraat', 'subsidie', 'project', 'activiteit',
    'bijdrage', 'product',
)


#: PostgreSQL only: trigram indexes (pg_trgm, GIN) for the list search, which asks
#: ``column ILIKE '%word%'`` (services/lists, store/sql.contains). SQLite searches by a scan.
TRIGRAM_COLUMNS = (
    ('activiteit', 'titel'), ('project', 'naam'), ('product', 'titel'), ('partner', 'naam'),
    ('persoon', 'naam'), ('werkplaats', 'naam'), ('kenniskring', 'naam'),
    ('lectoraat', 'naam'), ('kennisagenda_item', 'vraagstuk'), ('themasamenwerking', 'naam'),
    ('thema', 'naam'), ('gemeente', 'naam'),
)


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1',
                                       nullable=False))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        # the operator class named with the extension's schema: the self-test builds the
        # tables in a schema of its own, with only that schema on the search_path
        ext_schema = op.get_bind().execute(sa.text(
            "SELECT extnamespace::regnamespace::text FROM pg_extension "
            "WHERE extname = 'pg_trgm'")).scalar_one()
        for table, column in TRIGRAM_COLUMNS:
            op.execute(f'CREATE INDEX ix_trgm_{table}_{column} ON {table} '
                       f'USING gin ({column} {ext_schema}.gin_trgm_ops)')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table, column in TRIGRAM_COLUMNS:
            op.execute(f'DROP INDEX IF EXISTS ix_trgm_{table}_{column}')
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
