"""Core schema: project, coders, cases, attributes, documents, speaker turns, codes, codings.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

AUTO = {"sqlite_autoincrement": True}
SPAN = 'start >= 0 AND "end" > start'


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _guid() -> sa.Column[str]:
    return sa.Column("guid", sa.String(36), nullable=False, unique=True)


def _created() -> sa.Column[object]:
    return sa.Column("created_at", sa.DateTime(), nullable=False)


def _fk(column: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column[int]:
    return sa.Column(
        column, sa.Integer(), sa.ForeignKey(target, ondelete=ondelete), nullable=nullable
    )


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20)


def upgrade() -> None:
    op.create_table(
        "project",
        _id(),
        _guid(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        _created(),
    )
    op.create_table(
        "coders",
        _id(),
        _guid(),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        _created(),
        **AUTO,
    )
    op.create_table(
        "cases",
        _id(),
        _guid(),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
        _created(),
        **AUTO,
    )
    op.create_table(
        "attributes",
        _id(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column(
            "type", _enum("attributetype", "text", "number", "date", "boolean"), nullable=False
        ),
        sa.Column("target", _enum("attributetarget", "case", "document"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("name", "target"),
        **AUTO,
    )
    op.create_table(
        "documents",
        _id(),
        _guid(),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column(
            "kind",
            _enum("documentkind", "focus-group", "interview", "journal", "note", "other"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source_name", sa.String(500)),
        sa.Column("source_hash", sa.String(64), index=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        _fk("case_id", "cases.id", "SET NULL"),
        **AUTO,
    )
    op.create_index(op.f("ix_documents_case_id"), "documents", ["case_id"])
    op.create_table(
        "attribute_values",
        _id(),
        _fk("attribute_id", "attributes.id", "CASCADE", nullable=False),
        _fk("case_id", "cases.id", "CASCADE"),
        _fk("document_id", "documents.id", "CASCADE"),
        sa.Column("value_text", sa.Text()),
        sa.Column("value_number", sa.Double()),
        sa.Column("value_date", sa.Date()),
        sa.Column("value_bool", sa.Boolean()),
        sa.CheckConstraint(
            "(case_id IS NULL AND document_id IS NOT NULL)"
            " OR (case_id IS NOT NULL AND document_id IS NULL)",
            name="one_owner",
        ),
        sa.UniqueConstraint("attribute_id", "case_id"),
        sa.UniqueConstraint("attribute_id", "document_id"),
        **AUTO,
    )
    op.create_index(op.f("ix_attribute_values_case_id"), "attribute_values", ["case_id"])
    op.create_index(op.f("ix_attribute_values_document_id"), "attribute_values", ["document_id"])
    op.create_table(
        "speaker_turns",
        _id(),
        _fk("document_id", "documents.id", "CASCADE", nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(200), nullable=False),
        _fk("case_id", "cases.id", "SET NULL"),
        sa.Column("media_start_ms", sa.Integer()),
        sa.Column("media_end_ms", sa.Integer()),
        sa.CheckConstraint(SPAN, name="span"),
        **AUTO,
    )
    op.create_index(op.f("ix_speaker_turns_case_id"), "speaker_turns", ["case_id"])
    op.create_index(
        op.f("ix_speaker_turns_document_id_start"), "speaker_turns", ["document_id", "start"]
    )
    op.create_table(
        "codes",
        _id(),
        _guid(),
        _fk("parent_id", "codes.id", "CASCADE"),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("color", sa.String(7), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _created(),
        **AUTO,
    )
    op.create_index(op.f("ix_codes_parent_id"), "codes", ["parent_id"])
    op.create_table(
        "codings",
        _id(),
        _guid(),
        _fk("document_id", "documents.id", "CASCADE", nullable=False),
        _fk("code_id", "codes.id", "CASCADE", nullable=False),
        _fk("coder_id", "coders.id", "RESTRICT", nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        _created(),
        sa.CheckConstraint(SPAN, name="span"),
        **AUTO,
    )
    op.create_index(op.f("ix_codings_code_id"), "codings", ["code_id"])
    op.create_index(op.f("ix_codings_coder_id"), "codings", ["coder_id"])
    op.create_index(op.f("ix_codings_document_id_start"), "codings", ["document_id", "start"])


def downgrade() -> None:
    for table in ("codings", "codes", "speaker_turns", "attribute_values", "documents"):
        op.drop_table(table)
    for table in ("attributes", "cases", "coders", "project"):
        op.drop_table(table)
