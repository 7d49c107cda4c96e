"""werkplaats identity and year status

The national code list of werkplaatsen (landelijke_werkplaats, with the other names the
sources use for them), a code on every werkplaats, the status of each werkplaats's year
(jaarstatus, with its log) and the newest export read of each werkplaats (aanlevering).

Existing werkplaatsen get the code of the list entry their name (or another name of it)
matches, folded as domain.text.fold does; the others a generated code WP-<8 hex of their UUID>.

Revision ID: 0004
Revises: 0003
Created: 2026-12-03 09:40:00.000000
"""
import csv
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('landelijke_werkplaats',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('type', sa.Enum('wmo_werkplaats', 'werkplaats_sociaal_domein', 'aw_jeugd', 'aw_publieke_gezondheid', 'aw_autisme', 'aw_thuiszorg', 'tranzo', 'zonmw_consortium', 'npo_netwerk', 'gemeentelijk_initiatief', 'instellingsinitiatief', 'overig', name='type', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('provincie_code', sa.String(length=4), nullable=True),
    sa.Column('penvoerder', sa.String(length=300), nullable=False),
    sa.Column('startjaar', sa.Integer(), nullable=True),
    sa.Column('opvolger_naam', sa.String(length=300), nullable=True),
    sa.Column('bron', sa.Text(), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['provincie_code'], ['provincie.code'], name=op.f('fk_landelijke_werkplaats_provincie_code_provincie'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_landelijke_werkplaats')),
    sa.UniqueConstraint('naam', name=op.f('uq_landelijke_werkplaats_naam'))
    )
    with op.batch_alter_table('landelijke_werkplaats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_landelijke_werkplaats_provincie_code'), ['provincie_code'], unique=False)

    op.create_table('landelijke_werkplaats_naam',
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('bron', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['code'], ['landelijke_werkplaats.code'], name=op.f('fk_landelijke_werkplaats_naam_code_landelijke_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('naam', name=op.f('pk_landelijke_werkplaats_naam'))
    )
    with op.batch_alter_table('landelijke_werkplaats_naam', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_landelijke_werkplaats_naam_code'), ['code'], unique=False)

    op.create_table('aanlevering',
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('exportdatum', sa.DateTime(), nullable=True),
    sa.Column('bestand', sa.String(length=1000), nullable=False),
    sa.Column('soort', sa.String(length=20), nullable=False),
    sa.Column('formaatversie', sa.Integer(), nullable=False),
    sa.Column('eigen_bestand', sa.Boolean(), nullable=False),
    sa.Column('geimporteerd_op', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_aanlevering_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('werkplaats_id', name=op.f('pk_aanlevering'))
    )
    op.create_table('jaarstatus',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('concept', 'ingediend', 'definitief', name='status', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('gewijzigd_op', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_jaarstatus_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jaarstatus')),
    sa.UniqueConstraint('werkplaats_id', 'jaar', name=op.f('uq_jaarstatus_werkplaats_id_jaar'))
    )
    with op.batch_alter_table('jaarstatus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jaarstatus_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('jaarstatus_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('van', sa.Enum('concept', 'ingediend', 'definitief', name='van', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('naar', sa.Enum('concept', 'ingediend', 'definitief', name='naar', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('op', sa.DateTime(), nullable=False),
    sa.Column('reden', sa.Text(), nullable=False),
    sa.Column('bron', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_jaarstatus_log_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jaarstatus_log'))
    )
    with op.batch_alter_table('jaarstatus_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jaarstatus_log_werkplaats_id'), ['werkplaats_id'], unique=False)

    _seed()

    # added in place (no batch rebuild of the table: its unique constraints would come back in
    # an order that differs per process, and the same demo must give the same bytes)
    op.add_column('werkplaats', sa.Column('code', sa.String(length=20), server_default='', nullable=False))
    _give_codes()
    op.create_index(op.f('ix_werkplaats_code'), 'werkplaats', ['code'], unique=True)


def downgrade() -> None:
    op.drop_index(op.f('ix_werkplaats_code'), table_name='werkplaats')
    with op.batch_alter_table('werkplaats', schema=None) as batch_op:
        batch_op.drop_column('code')

    with op.batch_alter_table('jaarstatus_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jaarstatus_log_werkplaats_id'))

    op.drop_table('jaarstatus_log')
    with op.batch_alter_table('jaarstatus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jaarstatus_werkplaats_id'))

    op.drop_table('jaarstatus')
    op.drop_table('aanlevering')
    with op.batch_alter_table('landelijke_werkplaats_naam', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_landelijke_werkplaats_naam_code'))

    op.drop_table('landelijke_werkplaats_naam')
    with op.batch_alter_table('landelijke_werkplaats', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_landelijke_werkplaats_provincie_code'))

    op.drop_table('landelijke_werkplaats')


# --- reference data ------------------------------------------------------------------------
# A literal copy, frozen with this revision (a later change gets its own revision). Sources of
# every value: docs/reference-data.md ("wmo_werkplaatsen_2015.csv").

_DATA = Path(__file__).with_name("data")


def _fold(text: str | None) -> str:
    """domain.text.fold as it was when this revision was written (frozen here)."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _rows() -> list[dict[str, str]]:
    with open(_DATA / "wmo_werkplaatsen_2015.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _seed() -> None:
    rows = _rows()
    op.bulk_insert(
        sa.table("landelijke_werkplaats", *(sa.column(c) for c in (
            "code", "naam", "type", "provincie_code", "penvoerder", "startjaar", "opvolger_naam",
            "bron", "volgorde"))),
        [{"code": r["code"], "naam": r["naam"], "type": "wmo_werkplaats",
          "provincie_code": r["provincie_code"], "penvoerder": r["penvoerder"],
          "startjaar": int(r["startjaar"]), "opvolger_naam": None, "bron": r["bron"],
          "volgorde": i} for i, r in enumerate(rows)],
    )
    op.bulk_insert(
        sa.table("landelijke_werkplaats_naam", sa.column("naam"), sa.column("code"),
                 sa.column("bron")),
        [{"naam": naam, "code": r["code"], "bron": r["bron"]}
         for r in rows for naam in r["ook_genoemd"].split("|") if naam],
    )


def _give_codes() -> None:
    """Every existing werkplaats gets a code: the national one its name matches (each code
    once, the oldest werkplaats first), otherwise WP- and 8 hexadecimal digits of its UUID."""
    conn = op.get_bind()
    national: dict[str, str] = {}
    for r in _rows():
        national[_fold(r["naam"])] = r["code"]
        for naam in r["ook_genoemd"].split("|"):
            if naam:
                national.setdefault(_fold(naam), r["code"])
    used: set[str] = set()
    for wid, naam, uuid in conn.execute(sa.text("SELECT id, naam, uuid FROM werkplaats ORDER BY id")):
        code = national.get(_fold(naam))
        if code is None or code in used:
            hexdigits = uuid.replace("-", "").upper()
            size = 8
            code = "WP-" + hexdigits[:size]
            while code in used:
                size += 2
                code = "WP-" + hexdigits[:size]
        used.add(code)
        conn.execute(sa.text("UPDATE werkplaats SET code = :code WHERE id = :id"),
                     {"code": code, "id": wid})
