"""Storing prepared files in a project: one command per group of files, undoable as one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from importers.attribute_types import convert
from importers.prepare import PreparedFile
from models.cases import AttributeDefinition, AttributeTarget, AttributeType
from models.changes import ChangeRecorder
from models.commands import (
    AddDocuments,
    Command,
    CommandError,
    DefineAttribute,
    NewDocument,
    SetAttributeValue,
)
from models.commands.cases import AttributeScalar
from models.documents import DocumentKind


@dataclass(frozen=True)
class DocumentToStore:
    """A prepared file with the name, kind and document attributes it will get."""

    prepared: PreparedFile
    name: str
    kind: DocumentKind
    attributes: dict[str, str]


def guess_kind(speakers: int) -> DocumentKind:
    """The kind a transcript most likely is, from how many people speak in it."""
    if speakers >= 3:
        return DocumentKind.FOCUS_GROUP
    if speakers == 2:
        return DocumentKind.INTERVIEW
    return DocumentKind.OTHER


def attribute_value(text: str, kind: AttributeType, name: str) -> AttributeScalar:
    """``text`` as a value of an existing attribute's type; CommandError if it is not one."""
    try:
        return convert(text.strip(), kind)
    except ValueError as error:
        raise CommandError(f"{name}: {error}") from None


class StoreDocuments(Command):
    """Add several imported documents with their document attributes in one transaction."""

    def __init__(self, documents: list[DocumentToStore]) -> None:
        self.documents = documents
        self.document_ids: list[int] = []

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        if len(self.documents) == 1:
            return f"Import '{self.documents[0].name}'"
        return f"Import {len(self.documents)} documents"

    def record(self, tx: ChangeRecorder) -> None:
        """Add each document, then define missing document attributes and set the values."""
        existing = tx.connection.execute(
            select(
                AttributeDefinition.name, AttributeDefinition.id, AttributeDefinition.type
            ).where(AttributeDefinition.target == AttributeTarget.DOCUMENT)
        ).all()
        attributes = {row.name: (row.id, row.type) for row in existing}
        add = AddDocuments(
            [
                NewDocument(
                    item.name,
                    item.prepared.transcript.text,
                    item.kind,
                    item.prepared.transcript.turns,
                    item.prepared.path.name,
                    item.prepared.source_hash,
                    item.prepared.transcript.headings,
                )
                for item in self.documents
            ]
        )
        add.record(tx)
        self.document_ids = add.document_ids
        for item, document_id in zip(self.documents, self.document_ids, strict=True):
            for name, text in item.attributes.items():
                if name not in attributes:
                    define = DefineAttribute(name, AttributeType.TEXT, AttributeTarget.DOCUMENT)
                    define.record(tx)
                    assert define.attribute_id is not None
                    attributes[name] = (define.attribute_id, AttributeType.TEXT)
                attribute_id, kind = attributes[name]
                value = attribute_value(text, kind, name)
                SetAttributeValue(attribute_id, document_id, value).record(tx)
