"""forgotten personal records

Revision ID: 0002
Revises: 0001
Created: 2026-11-24 03:25:45.764108
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('vergeten_record',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('tabel', sa.String(length=60), nullable=False),
    sa.Column('vergeten_op', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_vergeten_record'))
    )


def downgrade() -> None:
    op.drop_table('vergeten_record')
