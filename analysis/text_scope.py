"""Which text a word frequency, text search or auto-coding reads.

A :class:`TextScope` restricts the project's text by documents, speakers (the turns of a
speaker label), cases (the text that belongs to a case by the rule of :mod:`analysis.scope`:
a turn linked to a case belongs to it, any other text of a document to the document's case)
and codes (the passages coded with a code, by any coder; sub-codes are not included). Several
values of one kind are joined (any of these speakers); different kinds narrow each other (these
speakers' turns inside these codes' passages). An empty scope is the whole project.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Connection, select

from models.cases import Case
from models.codes import Coding
from models.database import ProjectDatabase
from models.documents import Document, SpeakerTurn
from models.paths import code_path, find_code
from models.progress import Progress, no_progress

Span = tuple[int, int]
_WHOLE_DOCUMENT = 1 << 62
_TEXTS_PER_READ = 20


class ScopeError(ValueError):
    """A restriction names a document, case or code the project does not have."""


@dataclass(frozen=True)
class TextScope:
    """Restrictions on the text read; every empty field means "no restriction"."""

    document_ids: tuple[int, ...] = ()
    speakers: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()
    code_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TurnRow:
    """A speaker turn: code points ``[start, end)`` and the speaker label."""

    start: int
    end: int
    speaker: str
    case_id: int | None = None


@dataclass(frozen=True)
class ScopedDocument:
    """One document in scope: its text, the spans of it that are read, and its turns."""

    document_id: int
    name: str
    text: str
    spans: list[Span]
    turns: list[TurnRow] = field(default_factory=list)

    @cached_property
    def _turn_starts(self) -> list[int]:
        return [turn.start for turn in self.turns]

    def speaker_at(self, position: int) -> str | None:
        """The speaker whose turn holds ``position``, or None outside every turn."""
        index = bisect.bisect_right(self._turn_starts, position) - 1
        if index >= 0 and position < self.turns[index].end:
            return self.turns[index].speaker
        return None


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping and touching ones joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def subtract_spans(spans: Sequence[Span], removed: Sequence[Span]) -> list[Span]:
    """The parts of merged ``spans`` outside merged ``removed``."""
    result: list[Span] = []
    j = 0
    for start, end in spans:
        while j < len(removed) and removed[j][1] <= start:
            j += 1
        k = j
        while k < len(removed) and removed[k][0] < end:
            if removed[k][0] > start:
                result.append((start, removed[k][0]))
            start = max(start, removed[k][1])
            k += 1
        if start < end:
            result.append((start, end))
    return result


def intersect_spans(first: Sequence[Span], second: Sequence[Span]) -> list[Span]:
    """The parts two merged span lists have in common."""
    result: list[Span] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start, end = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
        if start < end:
            result.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return result


def resolve_scope(
    db: ProjectDatabase,
    documents: Sequence[str] = (),
    speakers: Sequence[str] = (),
    cases: Sequence[str] = (),
    codes: Sequence[str] = (),
) -> TextScope:
    """The scope named by document names, speaker labels, case names and code paths.

    ScopeError names the first document, speaker, case or code that does not exist; speaker
    labels are compared case-insensitively.
    """
    with db.read() as connection:
        document_ids = []
        for name in documents:
            found = connection.execute(select(Document.id).where(Document.name == name)).scalar()
            if found is None:
                raise ScopeError(f"no document called '{name}'")
            document_ids.append(found)
        if speakers:
            known = {
                label.casefold()
                for label in connection.execute(select(SpeakerTurn.speaker).distinct()).scalars()
            }
            for speaker in speakers:
                if speaker.casefold() not in known:
                    raise ScopeError(f"no speaker called '{speaker}'")
        case_ids = []
        for name in cases:
            found = connection.execute(select(Case.id).where(Case.name == name)).scalar()
            if found is None:
                raise ScopeError(f"no case called '{name}'")
            case_ids.append(found)
        code_ids = []
        for path in codes:
            try:
                code = find_code(connection, path)
            except ValueError as error:
                raise ScopeError(str(error)) from None
            if code is None:
                raise ScopeError(f"no code at '{path}'")
            code_ids.append(code)
    return TextScope(tuple(document_ids), tuple(speakers), tuple(case_ids), tuple(code_ids))


def describe_scope(db: ProjectDatabase, scope: TextScope) -> dict[str, str]:
    """The scope as text for a result's provenance (names, not ids)."""
    described: dict[str, str] = {}
    with db.read() as connection:
        if scope.document_ids:
            names = connection.execute(
                select(Document.name).where(Document.id.in_(scope.document_ids))
            ).scalars()
            described["documents"] = ", ".join(sorted(names))
        if scope.speakers:
            described["speakers"] = ", ".join(scope.speakers)
        if scope.case_ids:
            names = connection.execute(
                select(Case.name).where(Case.id.in_(scope.case_ids))
            ).scalars()
            described["cases"] = ", ".join(sorted(names))
        if scope.code_ids:
            described["codes"] = ", ".join(code_path(connection, c) for c in scope.code_ids)
    return described


def scoped_documents(
    db: ProjectDatabase,
    scope: TextScope,
    progress: Progress = no_progress,
    with_turns: bool = False,
) -> Iterator[ScopedDocument]:
    """The documents in scope, in name order, each with the spans of it that are read.

    Texts are read a few documents at a time, so a large project is never held in memory
    whole; ``progress`` hears of each document before it is read. Turns are read when the
    scope names speakers or cases, or when ``with_turns`` asks for them.
    """
    with db.read() as connection:
        query = select(Document.id, Document.name, Document.case_id).order_by(Document.name)
        if scope.document_ids:
            query = query.where(Document.id.in_(scope.document_ids))
        listed = connection.execute(query).all()
        turns: dict[int, list[TurnRow]] = defaultdict(list)
        if with_turns or scope.speakers or scope.case_ids:
            _read_turns(connection, scope, turns)
        coded: dict[int, list[Span]] = defaultdict(list)
        if scope.code_ids:
            codings = select(Coding.document_id, Coding.start, Coding.end).where(
                Coding.code_id.in_(scope.code_ids)
            )
            for document_id, start, end in connection.execute(codings):
                coded[document_id].append((start, end))
    wanted_speakers = {speaker.casefold() for speaker in scope.speakers}
    kept = []
    for document_id, name, case_id in listed:
        spans = _restrict(scope, wanted_speakers, turns[document_id], case_id, coded[document_id])
        if spans is None or spans:
            kept.append((document_id, name, spans))
    for first in range(0, len(kept), _TEXTS_PER_READ):
        batch = kept[first : first + _TEXTS_PER_READ]
        with db.read() as connection:
            rows = connection.execute(
                select(Document.id, Document.text).where(
                    Document.id.in_([document_id for document_id, _, _ in batch])
                )
            )
            texts: dict[int, str] = {row.id: row.text for row in rows}
        for done, (document_id, name, spans) in enumerate(batch, start=first):
            progress(done, len(kept), name)
            text = texts.pop(document_id)
            whole = [(0, len(text))] if text else []
            yield ScopedDocument(
                document_id,
                name,
                text,
                whole if spans is None else intersect_spans(whole, spans),
                turns[document_id],
            )
    progress(len(kept), len(kept), "")


def _read_turns(
    connection: Connection,
    scope: TextScope,
    turns: dict[int, list[TurnRow]],
) -> None:
    query = select(
        SpeakerTurn.document_id,
        SpeakerTurn.start,
        SpeakerTurn.end,
        SpeakerTurn.speaker,
        SpeakerTurn.case_id,
    ).order_by(SpeakerTurn.document_id, SpeakerTurn.start)
    if scope.document_ids:
        query = query.where(SpeakerTurn.document_id.in_(scope.document_ids))
    for document_id, start, end, speaker, case_id in connection.execute(query):
        turns[document_id].append(TurnRow(start, end, speaker, case_id))


def sample_text(db: ProjectDatabase, scope: TextScope, characters: int = 120_000) -> list[str]:
    """The first pieces of text in scope, about ``characters`` long, e.g. to guess a language."""
    pieces: list[str] = []
    for document in scoped_documents(db, scope):
        for start, end in document.spans:
            pieces.append(document.text[start : min(end, start + characters)])
            characters -= len(pieces[-1])
            if characters <= 0:
                return pieces
    return pieces


def _restrict(
    scope: TextScope,
    wanted_speakers: set[str],
    turns: list[TurnRow],
    document_case: int | None,
    coded: list[Span],
) -> list[Span] | None:
    """The spans the restrictions leave of one document; None when nothing restricts it."""
    spans: list[Span] | None = None

    def narrow(allowed: Iterable[Span]) -> None:
        nonlocal spans
        merged = merge_spans(allowed)
        spans = merged if spans is None else intersect_spans(spans, merged)

    if scope.speakers:
        narrow((t.start, t.end) for t in turns if t.speaker.casefold() in wanted_speakers)
    if scope.case_ids:
        cases = set(scope.case_ids)
        owned = [(t.start, t.end) for t in turns if t.case_id in cases]
        if document_case in cases:
            # The document's case owns what no other case's turn owns (cut to the text later).
            others = merge_spans(
                (t.start, t.end) for t in turns if t.case_id is not None and t.case_id not in cases
            )
            owned += subtract_spans([(0, _WHOLE_DOCUMENT)], others)
        narrow(owned)
    if scope.code_ids:
        narrow(coded)
    return spans
