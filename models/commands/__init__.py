"""Every change to a project, as a command that applies in one transaction and can be undone."""

from models.commands.add_documents import (
    AddDocument,
    AddDocuments,
    HeadingSpan,
    NewDocument,
    TurnSpan,
)
from models.commands.base import Batch, Command, CommandError, Replay, apply_command
from models.commands.cases import (
    CreateCase,
    DefineAttribute,
    DeleteAttribute,
    DeleteCase,
    LinkDocumentToCase,
    LinkSpeakerToCase,
    LinkSpeakerToNamedCase,
    SetAttributeValue,
)
from models.commands.codebooks import AddCodebook, RemoveCodebook, SetCodeTranslation
from models.commands.codes import (
    CreateCode,
    DeleteCode,
    EnsureCodePath,
    MergeCodes,
    MoveCode,
    UpdateCode,
)
from models.commands.documents import (
    AddCodings,
    CodePassage,
    CodingSpan,
    DeleteDocument,
    EnsureCoder,
    RemoveCodings,
    RenameDocument,
    ResizeCoding,
)
from models.commands.notes import AddAnnotation, AddMemo, AddToSet, CreateSet, DeleteRows, EditMemo
from models.commands.saved_queries import DeleteSavedQuery, RenameSavedQuery, SaveQuery
from models.commands.undo import UndoStack

__all__ = [
    "AddAnnotation",
    "AddCodebook",
    "AddCodings",
    "AddDocument",
    "AddDocuments",
    "AddMemo",
    "AddToSet",
    "Batch",
    "CodePassage",
    "CodingSpan",
    "Command",
    "CommandError",
    "CreateCase",
    "CreateCode",
    "CreateSet",
    "DefineAttribute",
    "DeleteAttribute",
    "DeleteCase",
    "DeleteCode",
    "DeleteDocument",
    "DeleteRows",
    "DeleteSavedQuery",
    "EditMemo",
    "EnsureCodePath",
    "EnsureCoder",
    "HeadingSpan",
    "LinkDocumentToCase",
    "LinkSpeakerToCase",
    "LinkSpeakerToNamedCase",
    "MergeCodes",
    "MoveCode",
    "NewDocument",
    "RemoveCodebook",
    "RemoveCodings",
    "RenameDocument",
    "RenameSavedQuery",
    "Replay",
    "ResizeCoding",
    "SaveQuery",
    "SetAttributeValue",
    "SetCodeTranslation",
    "TurnSpan",
    "UndoStack",
    "UpdateCode",
    "apply_command",
]
