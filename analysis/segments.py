"""Coded segments (retrieval): the passages coded at some codes, with who said them and where.

One :class:`CodedSegment` per coding, in document (by name) and text order. Its case, speaker
and attribute values follow the rule of :mod:`analysis.scope`: a coding that spans the turns
of several cases counts for each, so ``case_name`` then lists them in text order joined with
`` / `` (likewise ``speaker`` and each attribute value that differs between them). Attribute
conditions select the pieces read: a coding is retrieved when any of its pieces passes them,
and only the passing pieces name its cases and attribute values.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from analysis.code_tree import CodeTree
from analysis.columns import cut_pieces, read_codings, read_regions
from analysis.filters import QueryFilter, Where, value_text
from analysis.scope import attribute_columns
from analysis.word_count import is_word_character
from models.cases import AttributeDefinition, Case
from models.database import ProjectDatabase
from models.documents import Coder, Document, SpeakerTurn
from models.progress import Progress, no_progress

JOIN = " / "


@dataclass(frozen=True)
class CodedSegment:
    """One coded passage with its document, code, coder, speaker, case and attribute values.

    ``start``/``end`` are the coding's code points and ``text`` its text; ``before`` and
    ``after`` hold up to ``context_chars`` characters around it, cut at a word boundary.
    """

    coding_id: int
    document_id: int
    document_name: str
    code_id: int
    code_path: tuple[str, ...]
    coder_name: str
    start: int
    end: int
    text: str
    speaker: str | None
    case_name: str | None
    attributes: dict[str, str] = field(default_factory=dict)
    before: str = ""
    after: str = ""


@dataclass
class _Coding:
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    cases: list[int] = field(default_factory=list)
    values: dict[str, list[str]] = field(default_factory=dict)


def coded_segments(
    db: ProjectDatabase,
    *,
    code_ids: Sequence[int] | None = None,
    include_subcodes: bool = False,
    coder_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    where: Where | None = None,
    context_chars: int = 0,
    progress: Progress = no_progress,
) -> list[CodedSegment]:
    """The codings at ``code_ids`` (None: every code) that pass the filters, as segments.

    ``include_subcodes`` adds the codings of every sub-code of ``code_ids``. ``coder_ids`` and
    ``document_ids`` (None: all) and ``where`` narrow the codings read.
    """
    query_filter = QueryFilter(
        None if document_ids is None else tuple(document_ids),
        None if coder_ids is None else tuple(coder_ids),
        where or Where(),
    )
    with db.read() as connection:
        tree = CodeTree.load(connection)
        codes = None if code_ids is None else list(code_ids)
        if codes is not None and include_subcodes:
            codes = tree.with_descendants(codes)
        codings, names = _read_codings(connection, query_filter, codes)
        documents = sorted({c.document_id for c in codings.values()})
        segments: list[CodedSegment] = []
        cases = dict(connection.execute(select(Case.id, Case.name)).all())
        coders = dict(connection.execute(select(Coder.id, Coder.name)).all())
        order = connection.execute(
            select(Document.id, Document.name).where(Document.id.in_(documents))
        ).all()
        by_document: dict[int, list[tuple[int, _Coding]]] = {}
        for coding_id, coding in codings.items():
            by_document.setdefault(coding.document_id, []).append((coding_id, coding))
        ordered = sorted(order, key=lambda r: (r[1], r[0]))
        texts: dict[int, str] = {}
        turns_of: dict[int, list[Any]] = {}
        for done, (document_id, name) in enumerate(ordered):
            if document_id not in texts:
                progress(done, len(order), name)
                batch = [row[0] for row in ordered[done : done + 100]]
                texts = dict(
                    connection.execute(
                        select(Document.id, Document.text).where(Document.id.in_(batch))
                    ).all()
                )
                turns_of = {document: [] for document in batch}
                for turn in connection.execute(
                    select(
                        SpeakerTurn.document_id,
                        SpeakerTurn.start,
                        SpeakerTurn.end,
                        SpeakerTurn.speaker,
                    )
                    .where(SpeakerTurn.document_id.in_(batch))
                    .order_by(SpeakerTurn.document_id, SpeakerTurn.start, SpeakerTurn.end)
                ):
                    turns_of[turn.document_id].append(turn)
            text, turns = texts[document_id], turns_of[document_id]
            starts = [turn.start for turn in turns]
            mine = sorted(by_document[document_id], key=lambda p: (p[1].start, p[1].end, p[0]))
            for coding_id, coding in mine:
                segments.append(
                    CodedSegment(
                        coding_id=coding_id,
                        document_id=document_id,
                        document_name=name,
                        code_id=coding.code_id,
                        code_path=tree.path(coding.code_id),
                        coder_name=coders[coding.coder_id],
                        start=coding.start,
                        end=coding.end,
                        text=text[coding.start : coding.end],
                        speaker=_speakers(turns, starts, coding.start, coding.end),
                        case_name=JOIN.join(cases[c] for c in coding.cases) or None,
                        attributes={
                            attribute: JOIN.join(coding.values[attribute])
                            for attribute in names
                            if coding.values.get(attribute)
                        },
                        before=_before(text, coding.start, context_chars),
                        after=_after(text, coding.end, context_chars),
                    )
                )
        progress(len(order), len(order), "")
    return segments


def _read_codings(
    connection: Connection, query_filter: QueryFilter, codes: list[int] | None
) -> tuple[dict[int, _Coding], list[str]]:
    """The filtered codings with their cases and attribute values, from their pieces."""
    definitions = connection.execute(
        select(AttributeDefinition.name).order_by(
            AttributeDefinition.position, AttributeDefinition.id
        )
    ).scalars()
    names = list(dict.fromkeys(definitions))
    attributes = attribute_columns(connection, names)
    codings = read_codings(connection, query_filter, codes, ids=True, coders=True)
    regions = read_regions(connection, attributes, query_filter)
    pieces = cut_pieces(codings, regions)
    texts = [
        [value_text(next(v for v in key if v is not None)) for key in keys]
        for keys in regions.value_keys
    ]
    found: dict[int, _Coding] = {}
    for index, region in zip(pieces.coding.tolist(), pieces.region.tolist(), strict=True):
        coding_id = int(codings.id[index])
        coding = found.get(coding_id)
        if coding is None:
            coding = found[coding_id] = _Coding(
                int(codings.document[index]),
                int(codings.code[index]),
                int(codings.coder[index]),
                int(codings.start[index]),
                int(codings.end[index]),
            )
        case_id = int(regions.case[region])
        if case_id >= 0 and case_id not in coding.cases:
            coding.cases.append(case_id)
        for number, attribute in enumerate(attributes):
            value = int(regions.values[number][region])
            if value >= 0:
                seen = coding.values.setdefault(attribute.name, [])
                if texts[number][value] not in seen:
                    seen.append(texts[number][value])
    return found, names


def _speakers(turns: Sequence[Any], starts: list[int], start: int, end: int) -> str | None:
    """The speakers of the turns that overlap ``[start, end)``, in text order, each once.

    ``starts`` are the turns' starts; turns do not overlap one another.
    """
    found: list[str] = []
    first = max(0, bisect_right(starts, start) - 1)
    for turn in turns[first:]:
        if turn.start >= end:
            break
        if turn.end > start and turn.speaker not in found:
            found.append(turn.speaker)
    return JOIN.join(found) or None


def _before(text: str, start: int, chars: int) -> str:
    """Up to ``chars`` characters before ``start``, without a cut-off word at the front."""
    if chars <= 0:
        return ""
    cut = max(0, start - chars)
    if cut > 0 and is_word_character(text[cut - 1]):
        while cut < start and is_word_character(text[cut]):
            cut += 1
    return text[cut:start]


def _after(text: str, end: int, chars: int) -> str:
    """Up to ``chars`` characters after ``end``, without a cut-off word at the back."""
    if chars <= 0:
        return ""
    cut = min(len(text), end + chars)
    if cut < len(text) and is_word_character(text[cut]):
        while cut > end and is_word_character(text[cut - 1]):
            cut -= 1
    return text[end:cut]
