"""exchange: partner aliases and import log

partner_alias maps the UUID of a partner exported by another werkplaats onto the local partner
it was merged into (national overview); import_log records every imported export.

Revision ID: 0003
Revises: 0002
Created: 2026-11-24 03:34:36.303252
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('geimporteerd_op', sa.DateTime(), nullable=False),
    sa.Column('bestand', sa.String(length=1000), nullable=False),
    sa.Column('soort', sa.String(length=20), nullable=False),
    sa.Column('formaatversie', sa.Integer(), nullable=False),
    sa.Column('programmaversie', sa.String(length=40), nullable=False),
    sa.Column('bron_werkplaats_uuid', sa.String(length=36), nullable=True),
    sa.Column('bron_werkplaats_naam', sa.String(length=300), nullable=False),
    sa.Column('exportdatum', sa.DateTime(), nullable=True),
    sa.Column('samenvatting', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_log'))
    )
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_log_bron_werkplaats_uuid'), ['bron_werkplaats_uuid'], unique=False)

    op.create_table('partner_alias',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('bron', sa.String(length=300), nullable=False),
    sa.Column('samengevoegd_op', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_partner_alias_partner_id_partner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_partner_alias'))
    )
    with op.batch_alter_table('partner_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_alias_partner_id'), ['partner_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('partner_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_alias_partner_id'))

    op.drop_table('partner_alias')
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_log_bron_werkplaats_uuid'))

    op.drop_table('import_log')
