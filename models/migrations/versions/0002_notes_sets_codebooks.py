"""Memos, annotations, sets and codebooks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

AUTO = {"sqlite_autoincrement": True}


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _guid() -> sa.Column[str]:
    return sa.Column("guid", sa.String(36), nullable=False, unique=True)


def _created(name: str = "created_at") -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(), nullable=False)


def _fk(column: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column[int]:
    return sa.Column(
        column, sa.Integer(), sa.ForeignKey(target, ondelete=ondelete), nullable=nullable
    )


def _at_most_one(columns: tuple[str, ...], relation: str) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns) + relation


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "codebooks",
        _id(),
        _guid(),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(300), nullable=False),
        _created(),
        **AUTO,
    )
    op.create_table(
        "codebook_codes",
        _fk("codebook_id", "codebooks.id", "CASCADE", nullable=False),
        _fk("code_id", "codes.id", "CASCADE", nullable=False),
        sa.PrimaryKeyConstraint("codebook_id", "code_id"),
    )
    _indexes("codebook_codes", "code_id")
    op.create_table(
        "memos",
        _id(),
        _guid(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("coder_id", "coders.id", "SET NULL"),
        _fk("document_id", "documents.id", "CASCADE"),
        _fk("code_id", "codes.id", "CASCADE"),
        _fk("case_id", "cases.id", "CASCADE"),
        _fk("coding_id", "codings.id", "CASCADE"),
        _created(),
        _created("updated_at"),
        sa.CheckConstraint(
            _at_most_one(("document_id", "code_id", "case_id", "coding_id"), " <= 1"),
            name="one_target",
        ),
        **AUTO,
    )
    _indexes("memos", "case_id", "code_id", "coder_id", "coding_id", "document_id")
    op.create_table(
        "annotations",
        _id(),
        _guid(),
        _fk("document_id", "documents.id", "CASCADE", nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("coder_id", "coders.id", "SET NULL"),
        _created(),
        sa.CheckConstraint('start >= 0 AND "end" > start', name="span"),
        **AUTO,
    )
    _indexes("annotations", "coder_id", "document_id")
    op.create_table(
        "sets",
        _id(),
        _guid(),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
        _created(),
        **AUTO,
    )
    op.create_table(
        "set_members",
        _id(),
        _fk("set_id", "sets.id", "CASCADE", nullable=False),
        _fk("document_id", "documents.id", "CASCADE"),
        _fk("case_id", "cases.id", "CASCADE"),
        _fk("code_id", "codes.id", "CASCADE"),
        sa.CheckConstraint(
            _at_most_one(("document_id", "case_id", "code_id"), " = 1"), name="one_member"
        ),
        **AUTO,
    )
    _indexes("set_members", "case_id", "code_id", "document_id", "set_id")


def downgrade() -> None:
    for table in ("set_members", "sets", "annotations", "memos", "codebook_codes", "codebooks"):
        op.drop_table(table)
