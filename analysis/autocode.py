"""Auto-coding: code many passages at once, as one undoable step.

Three ways to find the passages, each first as an :class:`AutocodePlan` that can be previewed
(how many passages in how many documents) before :func:`auto_coding` turns it into one
command:

- :func:`plan_search` — the hits of a text search, spread to the hit itself, its sentence,
  paragraph or speaker turn (:mod:`analysis.text_units`); a hit reaching into two units
  takes both, and a hit in no unit (a speaker label, text outside every turn) is left out
  and counted in ``left_out``;
- :func:`plan_speakers` — every turn of some speaker labels, or of the speakers linked to
  some cases;
- :func:`plan_headings` — each heading's answer: the text from the heading's end to the next
  heading of the same or a higher level, coded to a code named after the heading under a
  chosen parent (sub-headings' codes sit under their heading's code, as in the guide).

Spans of one code in one document are merged where they overlap or touch, and a coding the
coder already has is not added again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from analysis import text_units
from analysis.search import SearchOptions, search_spans
from analysis.text_scope import Span, merge_spans
from models.changes import ChangeRecorder
from models.codes import Coding
from models.commands import (
    AddCodings,
    Batch,
    CodingSpan,
    Command,
    CommandError,
    EnsureCodePath,
    EnsureCoder,
)
from models.database import ProjectDatabase
from models.documents import Coder, Document, Heading, SpeakerTurn
from models.paths import join_code_path, split_code_path
from models.progress import Progress, no_progress
from models.reading import document_headings, document_text

_NAME_LIMIT = 200


class Spread(StrEnum):
    """How far a search hit is widened before it is coded."""

    HIT = "hit"
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    TURN = "turn"


@dataclass(frozen=True)
class PlannedCoding:
    """A passage to code: code points ``[start, end)`` of a document, with the code's path."""

    document_id: int
    start: int
    end: int
    code_path: str


@dataclass(frozen=True)
class AutocodePreview:
    """What applying a plan would do, before it is applied."""

    passages: int
    documents: int
    codes: int
    left_out: int


@dataclass
class AutocodePlan:
    """The passages an auto-coding would code; ``label`` names the step for undo."""

    label: str
    codings: list[PlannedCoding] = field(default_factory=list)
    document_names: dict[int, str] = field(default_factory=dict)
    left_out: int = 0

    def preview(self) -> AutocodePreview:
        """How many passages in how many documents, with how many codes."""
        return AutocodePreview(
            len(self.codings),
            len({c.document_id for c in self.codings}),
            len({c.code_path for c in self.codings}),
            self.left_out,
        )


def plan_search(
    db: ProjectDatabase,
    search: SearchOptions,
    spread: Spread,
    code_path: str,
    progress: Progress = no_progress,
) -> AutocodePlan:
    """Code the hits of ``search``, each spread to its unit, with the code at ``code_path``."""
    split_code_path(code_path)
    hits: dict[int, list[Span]] = defaultdict(list)
    for document_id, start, end in search_spans(db, search, progress):
        hits[document_id].append((start, end))
    plan = AutocodePlan(f"Auto-code '{search.pattern}' as '{code_path}'")
    names = _document_names(db, list(hits))
    for document_id, spans in hits.items():
        units = _units(db, document_id, spread)
        spread_spans: list[Span] = []
        for start, end in spans:
            if units is None:
                spread_spans.append((start, end))
                continue
            touched = text_units.units_touching(units, start, end)
            if not touched:
                plan.left_out += 1
            spread_spans.extend(touched)
        _add(plan, document_id, names[document_id], spread_spans, code_path)
    return plan


def plan_speakers(
    db: ProjectDatabase,
    code_path: str,
    speakers: Sequence[str] = (),
    case_ids: Sequence[int] = (),
    document_ids: Sequence[int] = (),
    progress: Progress = no_progress,
) -> AutocodePlan:
    """Code every turn of the speaker labels (compared case-insensitively), and every turn
    linked to one of the cases."""
    split_code_path(code_path)
    if not speakers and not case_ids:
        raise ValueError("name at least one speaker or case whose turns to code")
    labels = {speaker.casefold() for speaker in speakers}
    query = select(
        SpeakerTurn.document_id,
        SpeakerTurn.start,
        SpeakerTurn.end,
        SpeakerTurn.speaker,
        SpeakerTurn.case_id,
    ).order_by(SpeakerTurn.document_id, SpeakerTurn.start)
    if document_ids:
        query = query.where(SpeakerTurn.document_id.in_(document_ids))
    turns: dict[int, list[Span]] = defaultdict(list)
    with db.read() as connection:
        for document_id, start, end, speaker, case_id in connection.execute(query):
            if speaker.casefold() in labels or (case_id is not None and case_id in case_ids):
                turns[document_id].append((start, end))
    who = ", ".join([*speakers, *(f"case {c}" for c in case_ids)])
    plan = AutocodePlan(f"Auto-code the turns of {who} as '{code_path}'")
    names = _document_names(db, list(turns))
    for done, (document_id, spans) in enumerate(turns.items()):
        progress(done, len(turns), names[document_id])
        _add(plan, document_id, names[document_id], spans, code_path)
    progress(len(turns), len(turns), "")
    return plan


def plan_headings(
    db: ProjectDatabase,
    parent_path: str,
    document_ids: Sequence[int] = (),
    progress: Progress = no_progress,
) -> AutocodePlan:
    """Code each heading's answer to a code named after the heading, under ``parent_path``."""
    split_code_path(parent_path)
    plan = AutocodePlan(f"Auto-code headings under '{parent_path}'")
    with db.read() as connection:
        query = select(Document.id, Document.name).order_by(Document.name)
        query = query.where(Document.id.in_(select(Heading.document_id)))
        if document_ids:
            query = query.where(Document.id.in_(document_ids))
        documents = connection.execute(query).all()
    for done, (document_id, name) in enumerate(documents):
        progress(done, len(documents), name)
        text, _turns = document_text(db, document_id)
        headings = [(h.start, h.end, h.level) for h in document_headings(db, document_id)]
        for path, span in _answers(text, headings, split_code_path(parent_path)):
            _add(plan, document_id, name, [span], path)
    progress(len(documents), len(documents), "")
    return plan


def _answers(
    text: str, headings: Sequence[tuple[int, int, int]], parent: list[str]
) -> list[tuple[str, Span]]:
    answers = []
    open_names: list[tuple[int, str]] = []  # (level, name) of the headings above this one
    for index, (start, end, level) in enumerate(headings):
        name = _heading_name(text[start:end])
        while open_names and open_names[-1][0] >= level:
            open_names.pop()
        if not name:
            continue
        open_names.append((level, name))
        stop = next((s for s, _e, lv in headings[index + 1 :] if lv <= level), len(text))
        answer = text_units.trim_span(text, end, stop)
        if answer is not None:
            names = parent + [n for _lv, n in open_names]
            answers.append((join_code_path(names), answer))
    return answers


def _heading_name(text: str) -> str:
    name = re.sub(r"\s+", " ", text).strip()
    if len(name) > _NAME_LIMIT:
        name = name[: _NAME_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return name


class _AddPlannedCodings(Command):
    """Adds a plan's codings, reading the coder's and codes' ids from the commands before it."""

    def __init__(
        self, plan: AutocodePlan, coder: EnsureCoder | int, codes: dict[str, EnsureCodePath]
    ) -> None:
        self.plan, self.coder, self.codes = plan, coder, codes
        self.added = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return self.plan.label

    def record(self, tx: ChangeRecorder) -> None:
        """Skip codings the coder already has, then add the rest in one bulk insert."""
        coder_id = self.coder if isinstance(self.coder, int) else self.coder.coder_id
        if (
            coder_id is None
            or tx.connection.execute(select(Coder.id).where(Coder.id == coder_id)).scalar() is None
        ):
            raise CommandError(f"coder {coder_id} does not exist")
        code_ids = {path: command.code_id for path, command in self.codes.items()}
        rows = tx.connection.execute(
            select(Coding.document_id, Coding.code_id, Coding.start, Coding.end).where(
                Coding.coder_id == coder_id,
                Coding.code_id.in_([c for c in code_ids.values() if c is not None]),
            )
        )
        existing = {(row[0], row[1], row[2], row[3]) for row in rows}
        spans = []
        for planned in self.plan.codings:
            code_id = code_ids[planned.code_path]
            assert code_id is not None
            key = (planned.document_id, code_id, planned.start, planned.end)
            if key not in existing:
                spans.append(CodingSpan(planned.document_id, code_id, coder_id, *key[2:]))
        add = AddCodings(spans, self.plan.label)
        add.record(tx)
        self.added = len(add.coding_ids)


def auto_coding(plan: AutocodePlan, coder: int | str) -> Batch:
    """The one command that applies ``plan`` by ``coder`` (a coder id, or a name to find or
    create); undoing it removes every coding, code and coder it added."""
    commands: list[Command] = []
    coder_step: EnsureCoder | int = coder if isinstance(coder, int) else EnsureCoder(coder)
    if plan.codings:
        if isinstance(coder_step, EnsureCoder):
            commands.append(coder_step)
        codes = {
            path: EnsureCodePath(path) for path in dict.fromkeys(c.code_path for c in plan.codings)
        }
        commands.extend(codes.values())
        commands.append(_AddPlannedCodings(plan, coder_step, codes))
    return Batch(plan.label, commands)


def added_codings(command: Batch) -> int:
    """How many codings an applied :func:`auto_coding` command added (duplicates skipped)."""
    return sum(c.added for c in command.commands if isinstance(c, _AddPlannedCodings))


def _add(plan: AutocodePlan, document_id: int, name: str, spans: list[Span], path: str) -> None:
    plan.document_names[document_id] = name
    for start, end in merge_spans(spans):
        plan.codings.append(PlannedCoding(document_id, start, end, path))


def _units(db: ProjectDatabase, document_id: int, spread: Spread) -> list[Span] | None:
    if spread is Spread.HIT:
        return None
    if spread is Spread.TURN:
        return text_units.turn_spans(db, document_id)
    text, _turns = document_text(db, document_id)
    if spread is Spread.SENTENCE:
        return text_units.sentence_spans(text)
    return text_units.paragraph_spans(text)


def _document_names(db: ProjectDatabase, document_ids: list[int]) -> dict[int, str]:
    with db.read() as connection:
        rows = connection.execute(
            select(Document.id, Document.name).where(Document.id.in_(document_ids))
        )
        return {row.id: row.name for row in rows}
