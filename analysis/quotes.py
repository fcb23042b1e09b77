"""The coded quotes report: the passages of chosen codes, grouped by code, each attributed.

Built on :func:`analysis.segments.coded_segments`, so a quote's case, speaker and attribute
values follow the same rule as every query. One section per code in the order of the code
tree, its heading level following the tree among the codes in the report. Within a section
the quotes are ordered by the chosen attributes (a value that is a number sorts as one, and
``R2`` before ``R10``; a missing value last), then by document and position. A passage that
two coders coded at the same code is one quote, with both coders: identical codings, and a
coding that lies within a longer one (the longer one is quoted).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from analysis.attribution import DEFAULT_TEMPLATE, AttributionTemplate, TemplateError
from analysis.code_tree import CodeTree
from analysis.filters import Where
from analysis.segments import CodedSegment, coded_segments
from models.cases import AttributeDefinition
from models.codes import Code
from models.database import ProjectDatabase
from models.documents import Coder, Document, Project
from models.progress import Progress, no_progress
from models.quote_report import Quote, QuoteReport, QuoteSection

__all__ = ["DEFAULT_TEMPLATE", "QuoteReportError", "TemplateError", "quote_report", "sort_key"]

_CHUNKS = re.compile(r"(\d+)")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


class QuoteReportError(ValueError):
    """A quotes report cannot be made as asked: an unknown code or attribute to order by."""


def quote_report(
    db: ProjectDatabase,
    *,
    code_ids: Sequence[int],
    include_subcodes: bool = True,
    template: str = DEFAULT_TEMPLATE,
    order_by: Sequence[str] = (),
    where: Where | None = None,
    coder_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    context_chars: int = 0,
    progress: Progress = no_progress,
) -> QuoteReport:
    """The quotes coded at ``code_ids`` (and their sub-codes when ``include_subcodes``).

    ``template`` builds each attribution line (see :mod:`analysis.attribution`);
    ``order_by`` names attributes to order the quotes of a section by. ``where``,
    ``coder_ids`` and ``document_ids`` narrow the codings read, as in every query;
    ``context_chars`` adds up to that many characters of context on each side.
    TemplateError or QuoteReportError name an unknown placeholder, attribute or code.
    """
    parsed = AttributionTemplate(template)
    with db.read() as connection:
        tree = CodeTree.load(connection)
        attributes = list(
            dict.fromkeys(
                connection.execute(
                    select(AttributeDefinition.name).order_by(
                        AttributeDefinition.position, AttributeDefinition.id
                    )
                ).scalars()
            )
        )
        descriptions = dict(connection.execute(select(Code.id, Code.description)).all())
        project = connection.execute(select(Project.name)).scalar() or ""
        coder_names = _names(connection, Coder, coder_ids)
        document_names = _names(connection, Document, document_ids)
    parsed.check(attributes)
    unknown_order = [name for name in order_by if name not in attributes]
    if unknown_order:
        raise QuoteReportError(
            f"cannot order quotes by {', '.join(unknown_order)}: the project has no such"
            f" attribute (it has: {', '.join(attributes) or 'none'})"
        )
    unknown_codes = [code for code in code_ids if code not in tree.names]
    if unknown_codes:
        raise QuoteReportError(f"the project has no code with id {unknown_codes[0]}")
    chosen = tree.with_descendants(code_ids) if include_subcodes else list(code_ids)
    segments = (
        coded_segments(
            db,
            code_ids=chosen,
            coder_ids=coder_ids,
            document_ids=document_ids,
            where=where,
            context_chars=context_chars,
            progress=progress,
        )
        if chosen
        else []
    )
    sections = _sections(tree, chosen, descriptions, segments, parsed, tuple(order_by))
    settings = {
        "codes": ", ".join(tree.label(code) for code in code_ids) or "none",
        "sub-codes": "included" if include_subcodes else "not included",
        "coders": coder_names,
        "documents": document_names,
        "where": str(where) if where else "none",
        "order": ", ".join(order_by) or "document and position",
        "template": template,
        "context": str(context_chars),
        "quotes": str(sum(len(section.quotes) for section in sections)),
    }
    return QuoteReport(
        project=project,
        made=datetime.now(UTC).isoformat(timespec="seconds"),
        template=template,
        sections=sections,
        settings=settings,
    )


def _names(connection: Any, model: Any, ids: Sequence[int] | None) -> str:
    if ids is None:
        return "all"
    names = connection.execute(select(model.name).where(model.id.in_(list(ids)))).scalars()
    return ", ".join(sorted(names)) or "none"


def _sections(
    tree: CodeTree,
    chosen: list[int],
    descriptions: dict[int, str],
    segments: list[CodedSegment],
    template: AttributionTemplate,
    order_by: tuple[str, ...],
) -> tuple[QuoteSection, ...]:
    """One section per chosen code in tree order, with its quotes and heading level."""
    wanted = set(chosen)
    in_order = [code for code in tree.in_tree_order() if code in wanted]
    by_code: dict[int, list[CodedSegment]] = {}
    for segment in segments:
        by_code.setdefault(segment.code_id, []).append(segment)
    quotes = {
        code: sorted(
            (_quote(same, template, order_by) for same in _passages(by_code.get(code, []))),
            key=lambda pair: pair[0],
        )
        for code in in_order
    }
    below: dict[int, int] = dict.fromkeys(in_order, 0)
    for code in reversed(in_order):
        parent = _parent_in(tree, code, wanted)
        if parent is not None:
            below[parent] += below[code] + len(quotes[code])
    return tuple(
        QuoteSection(
            code_id=code,
            path=tree.path(code),
            level=_level(tree, code, wanted),
            description=descriptions.get(code, "") or "",
            quotes=tuple(quote for _, quote in quotes[code]),
            quotes_below=below[code],
        )
        for code in in_order
    )


def _passages(segments: list[CodedSegment]) -> list[list[CodedSegment]]:
    """The segments of one code grouped into quotes: a segment whose text lies within
    another's (the same passage, or part of a longer one another coder coded) joins it."""
    groups: list[list[CodedSegment]] = []
    for segment in sorted(segments, key=lambda s: (s.document_id, s.start, -s.end, s.coding_id)):
        widest = groups[-1][0] if groups else None
        if (
            widest is not None
            and widest.document_id == segment.document_id
            and segment.end <= widest.end
        ):
            groups[-1].append(segment)
        else:
            groups.append([segment])
    return groups


def _quote(
    same: list[CodedSegment], template: AttributionTemplate, order_by: tuple[str, ...]
) -> tuple[Any, Quote]:
    """One quote from the segments of one span (one per coder), with its sort key."""
    first = same[0]
    coders = tuple(dict.fromkeys(segment.coder_name for segment in same))
    fixed = {
        "document": first.document_name,
        "speaker": first.speaker,
        "case": first.case_name,
        "coder": ", ".join(coders),
    }
    line = template.render(first.attributes, fixed) or first.document_name
    quote = Quote(
        text=first.text,
        attribution=line,
        document_name=first.document_name,
        document_id=first.document_id,
        start=first.start,
        end=first.end,
        coders=coders,
        before=first.before,
        after=first.after,
    )
    key = (
        tuple(sort_key(first.attributes.get(name)) for name in order_by),
        sort_key(first.document_name),
        first.start,
        first.end,
    )
    return key, quote


def _parent_in(tree: CodeTree, code: int, wanted: set[int]) -> int | None:
    """The nearest code above ``code`` that has a section, or None."""
    parent = tree.parents[code]
    while parent is not None and parent not in wanted:
        parent = tree.parents[parent]
    return parent


def _level(tree: CodeTree, code: int, wanted: set[int]) -> int:
    level, parent = 1, _parent_in(tree, code, wanted)
    while parent is not None:
        level, parent = level + 1, _parent_in(tree, parent, wanted)
    return level


def sort_key(value: str | None) -> tuple[Any, ...]:
    """How an attribute value sorts: a number as a number, text with numbers in it
    naturally (``R2`` before ``R10``), letter case ignored, a missing value last."""
    if value is None or not value.strip():
        return (2,)
    text = value.strip()
    if _NUMBER.fullmatch(text):
        return (0, float(text.replace(",", ".")))
    chunks = tuple(
        (0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk.casefold())
        for chunk in _CHUNKS.split(text)
        if chunk
    )
    return (1, chunks)
