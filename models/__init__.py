"""Tekstur's domain model: typed SQLAlchemy tables, the project database, and commands."""

from models.base import Base, new_guid, utcnow
from models.cases import AttributeDefinition, AttributeTarget, AttributeType, AttributeValue, Case
from models.codes import DEFAULT_CODE_COLOR, Code, Codebook, CodebookCode, CodeTranslation, Coding
from models.documents import Coder, Document, DocumentKind, Heading, Project, SpeakerTurn
from models.notes import Annotation, ItemSet, Memo, SetMember
from models.pseudonyms import Pseudonymisation, PseudonymTerm
from models.saved import Link, SavedQuery

__all__ = [
    "DEFAULT_CODE_COLOR",
    "Annotation",
    "AttributeDefinition",
    "AttributeTarget",
    "AttributeType",
    "AttributeValue",
    "Base",
    "Case",
    "Code",
    "CodeTranslation",
    "Codebook",
    "CodebookCode",
    "Coder",
    "Coding",
    "Document",
    "DocumentKind",
    "Heading",
    "ItemSet",
    "Link",
    "Memo",
    "Project",
    "PseudonymTerm",
    "Pseudonymisation",
    "SavedQuery",
    "SetMember",
    "SpeakerTurn",
    "new_guid",
    "utcnow",
]
