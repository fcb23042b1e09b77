"""A REFI-QDA project as read from a file, before anything is stored.

The reader (:mod:`importers.refi.project_reader`) fills these plain dataclasses; positions in
them are already Tekstur's code points into text with ``\\n`` line ends, whatever the
producer counted. The store (:mod:`importers.refi.project_store`) resolves the GUID
references between them and writes the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from models.codebook_spec import CodeSpec

VariableValue = str | float | bool | date


class ExchangeImportError(Exception):
    """A REFI-QDA file that cannot be imported at all; ``str()`` names the file and why."""


@dataclass(frozen=True)
class Skipped:
    """Something in the file that was not imported (or was changed), and why."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


@dataclass
class ExUser:
    """A REFI-QDA user, who becomes a coder."""

    guid: str
    name: str


@dataclass
class ExCoding:
    """One code applied to a selection."""

    guid: str
    code_guid: str
    user_guid: str | None
    created: datetime | None
    note_guids: list[str] = field(default_factory=list)


@dataclass
class ExSpan:
    """A coded or annotated span of a source in code points ``[start, end)``.

    Selections of the same span (NVivo writes one per coding) are merged into one span whose
    codings are all of theirs; ``selection_guids`` lists every selection merged into it.
    """

    start: int
    end: int
    selection_guids: list[str]
    name: str = ""
    user_guid: str | None = None
    created: datetime | None = None
    codings: list[ExCoding] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class ExValue:
    """A variable's value for one case or source, already of the variable's Python type."""

    variable_guid: str
    value: VariableValue


@dataclass
class ExSource:
    """A source with a text representation, which becomes a document."""

    guid: str
    name: str
    text: str
    what: str
    """What kind of source it was, for the summary: ``text``, ``PDF``, ``picture`` …"""
    description: str = ""
    spans: list[ExSpan] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    values: list[ExValue] = field(default_factory=list)
    created: datetime | None = None


@dataclass
class ExVariable:
    """A typed variable (``Text``, ``Boolean``, ``Integer``, ``Float``, ``Date``, ``DateTime``)."""

    guid: str
    name: str
    refi_type: str
    description: str = ""


@dataclass
class ExCase:
    """A case with its variable values and the sources and selections that belong to it."""

    guid: str
    name: str
    description: str = ""
    values: list[ExValue] = field(default_factory=list)
    source_guids: list[str] = field(default_factory=list)
    selection_guids: list[str] = field(default_factory=list)


@dataclass
class ExNote:
    """A REFI-QDA note: a memo, or an annotation when it is attached to a selection."""

    guid: str
    name: str
    text: str
    user_guid: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


@dataclass
class ExSet:
    """A named set of codes and sources."""

    guid: str
    name: str
    description: str = ""
    code_guids: list[str] = field(default_factory=list)
    source_guids: list[str] = field(default_factory=list)


@dataclass
class ExLink:
    """A named relation between two objects, kept by GUID."""

    guid: str
    name: str
    direction: str
    color: str | None
    origin_guid: str
    target_guid: str


@dataclass
class ExchangeProject:
    """Everything read from one ``.qdpx`` or ``.qde``, with what was skipped on the way."""

    file_name: str
    name: str
    origin: str = ""
    description: str = ""
    creating_user_guid: str | None = None
    created: datetime | None = None
    users: list[ExUser] = field(default_factory=list)
    pseudo_users: set[str] = field(default_factory=set)
    """GUIDs of users that are the producing program itself (ATLAS.ti's "ATLAS.ti")."""
    codes: list[CodeSpec] = field(default_factory=list)
    not_codable: set[str] = field(default_factory=set)
    variables: list[ExVariable] = field(default_factory=list)
    cases: list[ExCase] = field(default_factory=list)
    sources: list[ExSource] = field(default_factory=list)
    notes: list[ExNote] = field(default_factory=list)
    project_note_guids: list[str] = field(default_factory=list)
    code_note_refs: list[tuple[str, str]] = field(default_factory=list)
    """(code GUID, note GUID) for each ``<NoteRef>`` inside a code."""
    sets: list[ExSet] = field(default_factory=list)
    links: list[ExLink] = field(default_factory=list)
    sources_skipped: int = 0
    """Sources in the file that had no text Tekstur could read."""
    selections_read: int = 0
    """Text selections read from the file, before repeated ones were merged."""
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[Skipped] = field(default_factory=list)
    """Things imported, but changed on the way (renamed duplicates, merged selections)."""

    def skip(self, item: str, reason: str) -> None:
        """Record that ``item`` was not imported because of ``reason``."""
        self.skipped.append(Skipped(item, reason))

    def notice(self, item: str, reason: str) -> None:
        """Record that ``item`` was imported but changed because of ``reason``."""
        self.notices.append(Skipped(item, reason))
