"""initial schema and reference data

Revision ID: 0001
Revises:
Created: 2026-11-24 03:08:48.202941
"""
import csv
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('meta',
    sa.Column('sleutel', sa.String(length=60), nullable=False),
    sa.Column('waarde', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('sleutel', name=op.f('pk_meta'))
    )
    op.create_table('o_soort',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('naam', sa.String(length=60), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_o_soort'))
    )
    op.create_table('partner_type',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('naam', sa.String(length=120), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_partner_type'))
    )
    op.create_table('product_type',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('naam', sa.String(length=120), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_product_type'))
    )
    op.create_table('provincie',
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('naam', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_provincie')),
    sa.UniqueConstraint('naam', name=op.f('uq_provincie_naam'))
    )
    op.create_table('thema',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('bron', sa.String(length=20), nullable=False),
    sa.Column('nummer', sa.Integer(), nullable=True),
    sa.Column('actief', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("bron IN ('movisie', 'verbreding', 'eigen')", name=op.f('ck_thema_bron')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thema')),
    sa.UniqueConstraint('naam', name=op.f('uq_thema_naam')),
    sa.UniqueConstraint('uuid', name=op.f('uq_thema_uuid'))
    )
    op.create_table('activiteit_subtype',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('o', sa.String(length=20), nullable=False),
    sa.Column('naam', sa.String(length=120), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['o'], ['o_soort.code'], name=op.f('fk_activiteit_subtype_o_o_soort')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_activiteit_subtype')),
    sa.UniqueConstraint('o', 'code', name=op.f('uq_activiteit_subtype_o_code'))
    )
    with op.batch_alter_table('activiteit_subtype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activiteit_subtype_o'), ['o'], unique=False)

    op.create_table('gemeente',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('cbs_code', sa.String(length=6), nullable=True),
    sa.Column('provincie_code', sa.String(length=4), nullable=True),
    sa.Column('netwerk', sa.Enum('g4', 'g32', name='netwerk', native_enum=False, create_constraint=True, length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['provincie_code'], ['provincie.code'], name=op.f('fk_gemeente_provincie_code_provincie'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gemeente')),
    sa.UniqueConstraint('cbs_code', name=op.f('uq_gemeente_cbs_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_gemeente_uuid'))
    )
    with op.batch_alter_table('gemeente', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gemeente_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_gemeente_provincie_code'), ['provincie_code'], unique=False)

    op.create_table('themasamenwerking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=True),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('startjaar', sa.Integer(), nullable=True),
    sa.Column('eindjaar', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['thema_id'], ['thema.id'], name=op.f('fk_themasamenwerking_thema_id_thema'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themasamenwerking')),
    sa.UniqueConstraint('naam', name=op.f('uq_themasamenwerking_naam')),
    sa.UniqueConstraint('uuid', name=op.f('uq_themasamenwerking_uuid'))
    )
    with op.batch_alter_table('themasamenwerking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_themasamenwerking_thema_id'), ['thema_id'], unique=False)

    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('provincie_code', sa.String(length=4), nullable=True),
    sa.Column('gemeente_id', sa.Integer(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['gemeente_id'], ['gemeente.id'], name=op.f('fk_partner_gemeente_id_gemeente'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['provincie_code'], ['provincie.code'], name=op.f('fk_partner_provincie_code_provincie'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['type'], ['partner_type.code'], name=op.f('fk_partner_type_partner_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner')),
    sa.UniqueConstraint('uuid', name=op.f('uq_partner_uuid'))
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_gemeente_id'), ['gemeente_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_provincie_code'), ['provincie_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_type'), ['type'], unique=False)

    op.create_table('persoon',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('functie', sa.String(length=300), nullable=False),
    sa.Column('organisatie_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('telefoon', sa.String(length=300), nullable=False),
    sa.Column('notitie', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['partner.id'], name=op.f('fk_persoon_organisatie_id_partner'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persoon')),
    sa.UniqueConstraint('uuid', name=op.f('uq_persoon_uuid'))
    )
    with op.batch_alter_table('persoon', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persoon_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_persoon_organisatie_id'), ['organisatie_id'], unique=False)

    op.create_table('werkplaats',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('type', sa.Enum('wmo_werkplaats', 'werkplaats_sociaal_domein', 'aw_jeugd', 'aw_publieke_gezondheid', 'aw_autisme', 'aw_thuiszorg', 'tranzo', 'zonmw_consortium', 'npo_netwerk', 'gemeentelijk_initiatief', 'instellingsinitiatief', 'overig', name='type', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('penvoerder_id', sa.Integer(), nullable=True),
    sa.Column('provincie_code', sa.String(length=4), nullable=True),
    sa.Column('regio', sa.String(length=300), nullable=False),
    sa.Column('startjaar', sa.Integer(), nullable=True),
    sa.Column('eindjaar', sa.Integer(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('beschrijving', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['penvoerder_id'], ['partner.id'], name=op.f('fk_werkplaats_penvoerder_id_partner'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['provincie_code'], ['provincie.code'], name=op.f('fk_werkplaats_provincie_code_provincie'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_werkplaats')),
    sa.UniqueConstraint('naam', name=op.f('uq_werkplaats_naam')),
    sa.UniqueConstraint('uuid', name=op.f('uq_werkplaats_uuid'))
    )
    with op.batch_alter_table('werkplaats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_werkplaats_penvoerder_id'), ['penvoerder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_werkplaats_provincie_code'), ['provincie_code'], unique=False)

    op.create_table('deelname',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('rol', sa.Enum('trekker', 'partner', 'financier', 'in_natura', name='rol', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('overeenkomst', sa.Enum('bestuurlijke_overeenkomst', 'convenant', 'projectbasis', 'geen', name='overeenkomst', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('startjaar', sa.Integer(), nullable=True),
    sa.Column('eindjaar', sa.Integer(), nullable=True),
    sa.Column('contactpersoon_id', sa.Integer(), nullable=True),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contactpersoon_id'], ['persoon.id'], name=op.f('fk_deelname_contactpersoon_id_persoon'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_deelname_partner_id_partner'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_deelname_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deelname')),
    sa.UniqueConstraint('uuid', name=op.f('uq_deelname_uuid'))
    )
    with op.batch_alter_table('deelname', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deelname_contactpersoon_id'), ['contactpersoon_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deelname_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deelname_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('kennisagenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('vraagstuk', sa.Text(), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('startjaar', sa.Integer(), nullable=True),
    sa.Column('eindjaar', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_uitvoering', 'beantwoord', 'vervallen', name='status', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_kennisagenda_item_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kennisagenda_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_kennisagenda_item_uuid'))
    )
    with op.batch_alter_table('kennisagenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kennisagenda_item_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('kenniskring',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('startjaar', sa.Integer(), nullable=True),
    sa.Column('eindjaar', sa.Integer(), nullable=True),
    sa.Column('trekker_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['trekker_id'], ['persoon.id'], name=op.f('fk_kenniskring_trekker_id_persoon'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_kenniskring_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kenniskring')),
    sa.UniqueConstraint('uuid', name=op.f('uq_kenniskring_uuid'))
    )
    with op.batch_alter_table('kenniskring', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kenniskring_trekker_id'), ['trekker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_kenniskring_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('lectoraat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('lector_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lector_id'], ['persoon.id'], name=op.f('fk_lectoraat_lector_id_persoon'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_lectoraat_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lectoraat')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lectoraat_uuid')),
    sa.UniqueConstraint('werkplaats_id', 'naam', name=op.f('uq_lectoraat_werkplaats_id_naam'))
    )
    with op.batch_alter_table('lectoraat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lectoraat_lector_id'), ['lector_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lectoraat_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('persoon_werkplaats',
    sa.Column('persoon_id', sa.Integer(), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('rol', sa.Enum('lector', 'coordinator', 'onderzoeker', 'docent', 'contactpersoon', 'bestuurder', 'overig', name='rol', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.ForeignKeyConstraint(['persoon_id'], ['persoon.id'], name=op.f('fk_persoon_werkplaats_persoon_id_persoon'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_persoon_werkplaats_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('persoon_id', 'werkplaats_id', 'rol', name=op.f('pk_persoon_werkplaats'))
    )
    with op.batch_alter_table('persoon_werkplaats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persoon_werkplaats_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('subsidie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('bedrag', sa.Integer(), nullable=False),
    sa.Column('verstrekker', sa.String(length=120), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('bedrag >= 0', name=op.f('ck_subsidie_bedrag_niet_negatief')),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_subsidie_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidie')),
    sa.UniqueConstraint('uuid', name=op.f('uq_subsidie_uuid')),
    sa.UniqueConstraint('werkplaats_id', 'jaar', 'verstrekker', name=op.f('uq_subsidie_werkplaats_id_jaar_verstrekker'))
    )
    with op.batch_alter_table('subsidie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidie_jaar'), ['jaar'], unique=False)
        batch_op.create_index(batch_op.f('ix_subsidie_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('themasamenwerking_werkplaats',
    sa.Column('themasamenwerking_id', sa.Integer(), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['themasamenwerking_id'], ['themasamenwerking.id'], name=op.f('fk_themasamenwerking_werkplaats_themasamenwerking_id_themasamenwerking'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_themasamenwerking_werkplaats_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('themasamenwerking_id', 'werkplaats_id', name=op.f('pk_themasamenwerking_werkplaats'))
    )
    with op.batch_alter_table('themasamenwerking_werkplaats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_themasamenwerking_werkplaats_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('kennisagenda_thema',
    sa.Column('kennisagenda_item_id', sa.Integer(), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kennisagenda_item_id'], ['kennisagenda_item.id'], name=op.f('fk_kennisagenda_thema_kennisagenda_item_id_kennisagenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['thema.id'], name=op.f('fk_kennisagenda_thema_thema_id_thema'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kennisagenda_item_id', 'thema_id', name=op.f('pk_kennisagenda_thema'))
    )
    with op.batch_alter_table('kennisagenda_thema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kennisagenda_thema_thema_id'), ['thema_id'], unique=False)

    op.create_table('kenniskring_thema',
    sa.Column('kenniskring_id', sa.Integer(), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kenniskring_id'], ['kenniskring.id'], name=op.f('fk_kenniskring_thema_kenniskring_id_kenniskring'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['thema.id'], name=op.f('fk_kenniskring_thema_thema_id_thema'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kenniskring_id', 'thema_id', name=op.f('pk_kenniskring_thema'))
    )
    with op.batch_alter_table('kenniskring_thema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kenniskring_thema_thema_id'), ['thema_id'], unique=False)

    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=300), nullable=False),
    sa.Column('kenniskring_id', sa.Integer(), nullable=True),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('voorbereiding', 'lopend', 'afgerond', 'gestopt', name='status', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('startdatum', sa.Date(), nullable=True),
    sa.Column('einddatum', sa.Date(), nullable=True),
    sa.Column('leider_onderwijs_id', sa.Integer(), nullable=True),
    sa.Column('leider_praktijk_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['kenniskring_id'], ['kenniskring.id'], name=op.f('fk_project_kenniskring_id_kenniskring'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['leider_onderwijs_id'], ['persoon.id'], name=op.f('fk_project_leider_onderwijs_id_persoon'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['leider_praktijk_id'], ['persoon.id'], name=op.f('fk_project_leider_praktijk_id_persoon'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_project_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('uuid', name=op.f('uq_project_uuid'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_kenniskring_id'), ['kenniskring_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_leider_onderwijs_id'), ['leider_onderwijs_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_leider_praktijk_id'), ['leider_praktijk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_werkplaats_id'), ['werkplaats_id'], unique=False)

    op.create_table('activiteit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('titel', sa.String(length=300), nullable=False),
    sa.Column('o', sa.Enum('onderzoek', 'ontwikkeling', 'onderwijs', 'ondersteuning', name='o', native_enum=False, length=40), nullable=False),
    sa.Column('subtype', sa.String(length=40), nullable=True),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('datum', sa.Date(), nullable=True),
    sa.Column('einddatum', sa.Date(), nullable=True),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('kenniskring_id', sa.Integer(), nullable=True),
    sa.Column('gemeente_id', sa.Integer(), nullable=True),
    sa.Column('bereik', sa.Integer(), nullable=True),
    sa.Column('uren', sa.Integer(), nullable=True),
    sa.Column('aantal_onderzoekers', sa.Integer(), nullable=False),
    sa.Column('aantal_professionals', sa.Integer(), nullable=False),
    sa.Column('aantal_studenten', sa.Integer(), nullable=False),
    sa.Column('aantal_vrijwilligers', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('bereik >= 0 AND uren >= 0 AND aantal_onderzoekers >= 0 AND aantal_professionals >= 0 AND aantal_studenten >= 0 AND aantal_vrijwilligers >= 0', name=op.f('ck_activiteit_niet_negatief')),
    sa.ForeignKeyConstraint(['gemeente_id'], ['gemeente.id'], name=op.f('fk_activiteit_gemeente_id_gemeente'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['kenniskring_id'], ['kenniskring.id'], name=op.f('fk_activiteit_kenniskring_id_kenniskring'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['o', 'subtype'], ['activiteit_subtype.o', 'activiteit_subtype.code'], name=op.f('fk_activiteit_o_subtype_activiteit_subtype')),
    sa.ForeignKeyConstraint(['o'], ['o_soort.code'], name=op.f('fk_activiteit_o_o_soort')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_activiteit_project_id_project'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_activiteit_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activiteit')),
    sa.UniqueConstraint('uuid', name=op.f('uq_activiteit_uuid'))
    )
    with op.batch_alter_table('activiteit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activiteit_gemeente_id'), ['gemeente_id'], unique=False)
        batch_op.create_index('ix_activiteit_jaar_o', ['jaar', 'o'], unique=False)
        batch_op.create_index(batch_op.f('ix_activiteit_kenniskring_id'), ['kenniskring_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activiteit_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_activiteit_subtype', ['o', 'subtype'], unique=False)
        batch_op.create_index(batch_op.f('ix_activiteit_werkplaats_id'), ['werkplaats_id'], unique=False)
        batch_op.create_index('ix_activiteit_werkplaats_jaar', ['werkplaats_id', 'jaar'], unique=False)

    op.create_table('bijdrage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('soort', sa.Enum('geld', 'uren', name='soort', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('hoeveelheid', sa.Integer(), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('hoeveelheid >= 0', name=op.f('ck_bijdrage_hoeveelheid_niet_negatief')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_bijdrage_partner_id_partner'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_bijdrage_project_id_project'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_bijdrage_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bijdrage')),
    sa.UniqueConstraint('uuid', name=op.f('uq_bijdrage_uuid'))
    )
    with op.batch_alter_table('bijdrage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bijdrage_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bijdrage_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bijdrage_werkplaats_id'), ['werkplaats_id'], unique=False)
        batch_op.create_index('ix_bijdrage_werkplaats_jaar', ['werkplaats_id', 'jaar'], unique=False)

    op.create_table('kennisagenda_project',
    sa.Column('kennisagenda_item_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kennisagenda_item_id'], ['kennisagenda_item.id'], name=op.f('fk_kennisagenda_project_kennisagenda_item_id_kennisagenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_kennisagenda_project_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kennisagenda_item_id', 'project_id', name=op.f('pk_kennisagenda_project'))
    )
    with op.batch_alter_table('kennisagenda_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kennisagenda_project_project_id'), ['project_id'], unique=False)

    op.create_table('project_gemeente',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('gemeente_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['gemeente_id'], ['gemeente.id'], name=op.f('fk_project_gemeente_gemeente_id_gemeente'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_gemeente_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'gemeente_id', name=op.f('pk_project_gemeente'))
    )
    with op.batch_alter_table('project_gemeente', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_gemeente_gemeente_id'), ['gemeente_id'], unique=False)

    op.create_table('project_partner',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('rol', sa.Enum('trekker', 'uitvoerder', 'financier', 'pilotlocatie', 'meedenker', name='rol', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_project_partner_partner_id_partner'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_partner_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'partner_id', name=op.f('pk_project_partner'))
    )
    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_partner_partner_id'), ['partner_id'], unique=False)

    op.create_table('project_thema',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_thema_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['thema.id'], name=op.f('fk_project_thema_thema_id_thema'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'thema_id', name=op.f('pk_project_thema'))
    )
    with op.batch_alter_table('project_thema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_thema_thema_id'), ['thema_id'], unique=False)

    op.create_table('activiteit_thema',
    sa.Column('activiteit_id', sa.Integer(), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activiteit_id'], ['activiteit.id'], name=op.f('fk_activiteit_thema_activiteit_id_activiteit'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['thema.id'], name=op.f('fk_activiteit_thema_thema_id_thema'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activiteit_id', 'thema_id', name=op.f('pk_activiteit_thema'))
    )
    with op.batch_alter_table('activiteit_thema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activiteit_thema_thema_id'), ['thema_id'], unique=False)

    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('werkplaats_id', sa.Integer(), nullable=False),
    sa.Column('titel', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('link', sa.String(length=1000), nullable=False),
    sa.Column('open_access', sa.Boolean(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('activiteit_id', sa.Integer(), nullable=True),
    sa.Column('kenniskring_id', sa.Integer(), nullable=True),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activiteit_id'], ['activiteit.id'], name=op.f('fk_product_activiteit_id_activiteit'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['kenniskring_id'], ['kenniskring.id'], name=op.f('fk_product_kenniskring_id_kenniskring'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_product_project_id_project'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['type'], ['product_type.code'], name=op.f('fk_product_type_product_type')),
    sa.ForeignKeyConstraint(['werkplaats_id'], ['werkplaats.id'], name=op.f('fk_product_werkplaats_id_werkplaats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('uuid', name=op.f('uq_product_uuid'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_activiteit_id'), ['activiteit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_jaar'), ['jaar'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_kenniskring_id'), ['kenniskring_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_type'), ['type'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_werkplaats_id'), ['werkplaats_id'], unique=False)
        batch_op.create_index('ix_product_werkplaats_jaar', ['werkplaats_id', 'jaar'], unique=False)

    op.create_table('product_thema',
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_product_thema_product_id_product'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['thema.id'], name=op.f('fk_product_thema_thema_id_thema'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('product_id', 'thema_id', name=op.f('pk_product_thema'))
    )
    with op.batch_alter_table('product_thema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_thema_thema_id'), ['thema_id'], unique=False)
    _seed()


def downgrade() -> None:
    with op.batch_alter_table('product_thema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_thema_thema_id'))

    op.drop_table('product_thema')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index('ix_product_werkplaats_jaar')
        batch_op.drop_index(batch_op.f('ix_product_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_product_type'))
        batch_op.drop_index(batch_op.f('ix_product_project_id'))
        batch_op.drop_index(batch_op.f('ix_product_kenniskring_id'))
        batch_op.drop_index(batch_op.f('ix_product_jaar'))
        batch_op.drop_index(batch_op.f('ix_product_activiteit_id'))

    op.drop_table('product')
    with op.batch_alter_table('activiteit_thema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activiteit_thema_thema_id'))

    op.drop_table('activiteit_thema')
    with op.batch_alter_table('project_thema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_thema_thema_id'))

    op.drop_table('project_thema')
    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_partner_partner_id'))

    op.drop_table('project_partner')
    with op.batch_alter_table('project_gemeente', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_gemeente_gemeente_id'))

    op.drop_table('project_gemeente')
    with op.batch_alter_table('kennisagenda_project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kennisagenda_project_project_id'))

    op.drop_table('kennisagenda_project')
    with op.batch_alter_table('bijdrage', schema=None) as batch_op:
        batch_op.drop_index('ix_bijdrage_werkplaats_jaar')
        batch_op.drop_index(batch_op.f('ix_bijdrage_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_bijdrage_project_id'))
        batch_op.drop_index(batch_op.f('ix_bijdrage_partner_id'))

    op.drop_table('bijdrage')
    with op.batch_alter_table('activiteit', schema=None) as batch_op:
        batch_op.drop_index('ix_activiteit_werkplaats_jaar')
        batch_op.drop_index(batch_op.f('ix_activiteit_werkplaats_id'))
        batch_op.drop_index('ix_activiteit_subtype')
        batch_op.drop_index(batch_op.f('ix_activiteit_project_id'))
        batch_op.drop_index(batch_op.f('ix_activiteit_kenniskring_id'))
        batch_op.drop_index('ix_activiteit_jaar_o')
        batch_op.drop_index(batch_op.f('ix_activiteit_gemeente_id'))

    op.drop_table('activiteit')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_project_naam'))
        batch_op.drop_index(batch_op.f('ix_project_leider_praktijk_id'))
        batch_op.drop_index(batch_op.f('ix_project_leider_onderwijs_id'))
        batch_op.drop_index(batch_op.f('ix_project_kenniskring_id'))

    op.drop_table('project')
    with op.batch_alter_table('kenniskring_thema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kenniskring_thema_thema_id'))

    op.drop_table('kenniskring_thema')
    with op.batch_alter_table('kennisagenda_thema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kennisagenda_thema_thema_id'))

    op.drop_table('kennisagenda_thema')
    with op.batch_alter_table('themasamenwerking_werkplaats', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_themasamenwerking_werkplaats_werkplaats_id'))

    op.drop_table('themasamenwerking_werkplaats')
    with op.batch_alter_table('subsidie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidie_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_subsidie_jaar'))

    op.drop_table('subsidie')
    with op.batch_alter_table('persoon_werkplaats', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persoon_werkplaats_werkplaats_id'))

    op.drop_table('persoon_werkplaats')
    with op.batch_alter_table('lectoraat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lectoraat_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_lectoraat_lector_id'))

    op.drop_table('lectoraat')
    with op.batch_alter_table('kenniskring', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kenniskring_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_kenniskring_trekker_id'))

    op.drop_table('kenniskring')
    with op.batch_alter_table('kennisagenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kennisagenda_item_werkplaats_id'))

    op.drop_table('kennisagenda_item')
    with op.batch_alter_table('deelname', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deelname_werkplaats_id'))
        batch_op.drop_index(batch_op.f('ix_deelname_partner_id'))
        batch_op.drop_index(batch_op.f('ix_deelname_contactpersoon_id'))

    op.drop_table('deelname')
    with op.batch_alter_table('werkplaats', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_werkplaats_provincie_code'))
        batch_op.drop_index(batch_op.f('ix_werkplaats_penvoerder_id'))

    op.drop_table('werkplaats')
    with op.batch_alter_table('persoon', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persoon_organisatie_id'))
        batch_op.drop_index(batch_op.f('ix_persoon_naam'))

    op.drop_table('persoon')
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_type'))
        batch_op.drop_index(batch_op.f('ix_partner_provincie_code'))
        batch_op.drop_index(batch_op.f('ix_partner_naam'))
        batch_op.drop_index(batch_op.f('ix_partner_gemeente_id'))

    op.drop_table('partner')
    with op.batch_alter_table('themasamenwerking', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_themasamenwerking_thema_id'))

    op.drop_table('themasamenwerking')
    with op.batch_alter_table('gemeente', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gemeente_provincie_code'))
        batch_op.drop_index(batch_op.f('ix_gemeente_naam'))

    op.drop_table('gemeente')
    with op.batch_alter_table('activiteit_subtype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activiteit_subtype_o'))

    op.drop_table('activiteit_subtype')
    op.drop_table('thema')
    op.drop_table('provincie')
    op.drop_table('product_type')
    op.drop_table('partner_type')
    op.drop_table('o_soort')
    op.drop_table('meta')


# --- reference data ------------------------------------------------------------------------
# Literal copies, frozen with this revision (a later change to the reference data gets its
# own revision). Deterministic UUIDs, so that the same theme or gemeente has the same UUID in
# every werkplaats's database and national overviews can match them.

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Marks a name for pyside6-lupdate (the GUI shows it translated); returns it unchanged."""
    return text


_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://werkplaatsensociaaldomein.nl/werkplaats-desktop")
_NOW = datetime(2015, 5, 29)  # date of "Uit de steigers", the source of the themes
_DATA = Path(__file__).with_name("data")

PROVINCIES = [
    ("PV20", "Groningen"), ("PV21", "Friesland"), ("PV22", "Drenthe"), ("PV23", "Overijssel"),
    ("PV24", "Flevoland"), ("PV25", "Gelderland"), ("PV26", "Utrecht"),
    ("PV27", "Noord-Holland"), ("PV28", "Zuid-Holland"), ("PV29", "Zeeland"),
    ("PV30", "Noord-Brabant"), ("PV31", "Limburg"),
]

O_SOORTEN = [
    ("onderzoek", "Onderzoek"), ("ontwikkeling", "Ontwikkeling"),
    ("onderwijs", "Onderwijs"), ("ondersteuning", "Ondersteuning"),
]

SUBTYPES = [
    ("onderzoek", "praktijkonderzoek", QT_TRANSLATE_NOOP("Keuzelijst", "Praktijkgericht onderzoek")),
    ("onderzoek", "evaluatieonderzoek", QT_TRANSLATE_NOOP("Keuzelijst", "Evaluatieonderzoek")),
    ("onderzoek", "monitoring", QT_TRANSLATE_NOOP("Keuzelijst", "Monitoring en effectmeting")),
    ("onderzoek", "afstudeeronderzoek", QT_TRANSLATE_NOOP("Keuzelijst", "Afstudeeronderzoek studenten")),
    ("onderzoek", "literatuurstudie", QT_TRANSLATE_NOOP("Keuzelijst", "Literatuurstudie / verkenning")),
    ("ontwikkeling", "methodiek", QT_TRANSLATE_NOOP("Keuzelijst", "Methodiekontwikkeling")),
    ("ontwikkeling", "interventie", QT_TRANSLATE_NOOP("Keuzelijst", "Interventieontwikkeling")),
    ("ontwikkeling", "instrument", QT_TRANSLATE_NOOP("Keuzelijst", "Instrumentontwikkeling")),
    ("ontwikkeling", "handelingskennis", QT_TRANSLATE_NOOP("Keuzelijst", "Handelingskennis beschrijven")),
    ("ontwikkeling", "pilot", QT_TRANSLATE_NOOP("Keuzelijst", "Pilot / experiment")),
    ("onderwijs", "onderwijsmodule", QT_TRANSLATE_NOOP("Keuzelijst", "Onderwijsmodule (initieel onderwijs)")),
    ("onderwijs", "minor", QT_TRANSLATE_NOOP("Keuzelijst", "Minor of keuzevak")),
    ("onderwijs", "bijscholing", QT_TRANSLATE_NOOP("Keuzelijst", "Bijscholing / training professionals")),
    ("onderwijs", "gastcollege", QT_TRANSLATE_NOOP("Keuzelijst", "Gastcollege")),
    ("onderwijs", "leerwerkplaats", QT_TRANSLATE_NOOP("Keuzelijst", "Stage / leerwerkplaats")),
    ("ondersteuning", "advies", QT_TRANSLATE_NOOP("Keuzelijst", "Advies")),
    ("ondersteuning", "actieleren", QT_TRANSLATE_NOOP("Keuzelijst", "Actieleren / leernetwerk")),
    ("ondersteuning", "conferentie", QT_TRANSLATE_NOOP("Keuzelijst", "Conferentie / studiedag")),
    ("ondersteuning", "verspreiding", QT_TRANSLATE_NOOP("Keuzelijst", "Kennisverspreiding (website, nieuwsbrief, publicatie)")),
    ("ondersteuning", "netwerkbijeenkomst", QT_TRANSLATE_NOOP("Keuzelijst", "Netwerkbijeenkomst / overleg")),
]

PARTNER_TYPES = [
    ("hogeschool", "Hogeschool"), ("gemeente", "Gemeente"), ("stadsdeel", "Stadsdeel"),
    ("gemeentelijke_dienst", "Gemeentelijke dienst"), ("regio", "Regio"),
    ("provincie", "Provincie"), ("uitvoeringsorganisatie", "Zorg- of welzijnsinstelling"),
    ("mbo", "Mbo-instelling"), ("universiteit", "Universiteit"),
    ("burgerorganisatie", "Burger- of cliëntorganisatie"),
    ("vrijwilligersorganisatie", "Vrijwilligersorganisatie"),
    ("kennisinstituut", "Landelijk kennisinstituut"),
    ("academische_werkplaats", "Academische werkplaats"), ("overig", "Overig"),
]

PRODUCT_TYPES = [
    ("publicatie", QT_TRANSLATE_NOOP("Keuzelijst", "Publicatie (artikel, rapport)")), ("boek", QT_TRANSLATE_NOOP("Keuzelijst", "Boek")),
    ("onderwijsmodule", QT_TRANSLATE_NOOP("Keuzelijst", "Onderwijsmodule")), ("methodiekbeschrijving", QT_TRANSLATE_NOOP("Keuzelijst", "Methodiekbeschrijving")),
    ("instrument", QT_TRANSLATE_NOOP("Keuzelijst", "Instrument")), ("training", QT_TRANSLATE_NOOP("Keuzelijst", "Training")), ("factsheet", QT_TRANSLATE_NOOP("Keuzelijst", "Factsheet")),
    ("conferentie", QT_TRANSLATE_NOOP("Keuzelijst", "Conferentie / studiedag")), ("website", QT_TRANSLATE_NOOP("Keuzelijst", "Website of online dossier")),
    ("audiovisueel", QT_TRANSLATE_NOOP("Keuzelijst", "Video of podcast")), ("overig", QT_TRANSLATE_NOOP("Keuzelijst", "Overig")),
]

# The 19 Movisie themes exactly as in "Uit de steigers" (2015), section 1, then the broadening
# named in section 3.2: jeugdhulp, werk en inkomen, passend onderwijs.
THEMAS = [
    (1, "movisie", "Actief Burgerschap"),
    (2, "movisie", "Armoede en participatie"),
    (3, "movisie", "Deskundigheidsbevordering (sociale) professionals / vrijwilligers / burgers"),
    (4, "movisie", "Doorbreek eenzaamheid en sociaal isolement"),
    (5, "movisie", "E-Health en E-Welzijn"),
    (6, "movisie", "Eigen kracht / Zelfregie / Versterken sociaal netwerk"),
    (7, "movisie", "Governance"),
    (8, "movisie", "Het (keukentafel) Gesprek (toegang tot voorzieningen)"),
    (9, "movisie", "Integrale sociale teams / Integraal werken"),
    (10, "movisie", "Interdisciplinair samenwerken"),
    (11, "movisie", "Jeugdzorg/Jeugdwijkteams"),
    (12, "movisie", "Kennis ontwikkelen, delen en verspreiden"),
    (13, "movisie", "Monitoring en evaluatie / Resultaatmeting / Maatschappelijk rendement"),
    (14, "movisie", "Rehabilitatie in de wijk"),
    (15, "movisie", "Samenspel formele en informele zorg"),
    (16, "movisie", "Samenwerken in de keten"),
    (17, "movisie", "Transitie; verschuiving van formele naar informele zorg/ondersteuning"),
    (18, "movisie", "Wmo loket nieuwe stijl"),
    (19, "movisie", "Zelfhulp ondersteund door ervaringsdeskundigen"),
    (None, "verbreding", "Jeugdhulp (Jeugdwet)"),
    (None, "verbreding", "Werk en inkomen (Participatiewet)"),
    (None, "verbreding", "Passend onderwijs (Wet Passend Onderwijs)"),
]

APPLICATION_ID = 0x57504B44  # marks the file as a Werkplaats Desktop database ("WPKD")


def _table(name: str, *columns: str) -> sa.Table:
    return sa.table(name, *(sa.column(c) for c in columns))


def _seed() -> None:
    op.bulk_insert(_table("provincie", "code", "naam"),
                   [{"code": c, "naam": n} for c, n in PROVINCIES])
    op.bulk_insert(_table("o_soort", "code", "naam", "volgorde"),
                   [{"code": c, "naam": n, "volgorde": i} for i, (c, n) in enumerate(O_SOORTEN)])
    op.bulk_insert(_table("activiteit_subtype", "code", "o", "naam", "volgorde"),
                   [{"o": o, "code": c, "naam": n, "volgorde": i}
                    for i, (o, c, n) in enumerate(SUBTYPES)])
    op.bulk_insert(_table("partner_type", "code", "naam", "volgorde"),
                   [{"code": c, "naam": n, "volgorde": i}
                    for i, (c, n) in enumerate(PARTNER_TYPES)])
    op.bulk_insert(_table("product_type", "code", "naam", "volgorde"),
                   [{"code": c, "naam": n, "volgorde": i}
                    for i, (c, n) in enumerate(PRODUCT_TYPES)])
    op.bulk_insert(
        _table("thema", "uuid", "naam", "bron", "nummer", "actief", "created_at", "updated_at"),
        [{"uuid": str(uuid.uuid5(_NAMESPACE, f"thema:{naam}")), "naam": naam, "bron": bron,
          "nummer": nummer, "actief": True, "created_at": _NOW, "updated_at": _NOW}
         for nummer, bron, naam in THEMAS],
    )
    with open(_DATA / "g4_g32_2015.csv", encoding="utf-8", newline="") as f:
        netwerk = {row["cbs_code"]: row["netwerk"].lower() for row in csv.DictReader(f)}
    with open(_DATA / "gemeenten_2015.csv", encoding="utf-8", newline="") as f:
        gemeenten = list(csv.DictReader(f))
    op.bulk_insert(
        _table("gemeente", "uuid", "naam", "cbs_code", "provincie_code", "netwerk",
               "created_at", "updated_at"),
        [{"uuid": str(uuid.uuid5(_NAMESPACE, f"gemeente:{g['cbs_code']}")), "naam": g["naam"],
          "cbs_code": g["cbs_code"], "provincie_code": g["provincie_code"],
          "netwerk": netwerk.get(g["cbs_code"]), "created_at": _NOW, "updated_at": _NOW}
         for g in gemeenten],
    )
    if op.get_bind().dialect.name == "sqlite":  # a server database has no file header
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
