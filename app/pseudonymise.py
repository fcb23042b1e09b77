"""Reviewing found identifiers and applying the mapping: what the window and the command
line share. Qt-free.

Findings are grouped by surface text (``Tove`` in six places of three documents is one
group), each with one replacement, so a person keeps the same pseudonym everywhere. A
genitive (``Toves``) joins the group of its base form when that was found too, since
replacing ``Tove`` replaces ``Toves`` as well. Applying turns the accepted mapping into one
:class:`PseudonymiseDocument` per document that contains an accepted term.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from analysis.identifiers import Finding, IdentifierCategory, first_name_gender
from analysis.identifiers import suggest_replacement as suggest
from models.commands.base import Batch
from models.commands.pseudonyms import PseudonymiseDocument, SetPseudonymTerm
from models.database import ProjectDatabase
from models.documents import Document
from models.pseudonym_plan import occurrences, plan_replacements
from models.pseudonyms import TermDecision, TermOrigin, TermSpec, read_terms

CONTEXT = 40
SURE_ENOUGH = 0.75
"""Findings at least this confident start accepted; less confident ones wait for a decision."""


@dataclass
class FindingGroup:
    """Every finding of one surface text, with the replacement and the decision for it.

    ``decision`` None means undecided: the group is neither replaced nor remembered.
    """

    surface: str
    category: str
    replacement: str
    decision: TermDecision | None
    findings: list[Finding] = field(default_factory=list)
    origin: TermOrigin = TermOrigin.FOUND

    @property
    def count(self) -> int:
        """How many times it was found."""
        return len(self.findings)

    @property
    def documents(self) -> list[str]:
        """The names of the documents it was found in, in order of first finding."""
        return list(dict.fromkeys(f.document_name for f in self.findings))

    @property
    def confidence(self) -> float:
        """The highest confidence among its findings (1 for a term the user added)."""
        return max((f.confidence for f in self.findings), default=1.0)

    def term(self) -> TermSpec:
        """The mapping entry this group stands for (a decision must have been made)."""
        assert self.decision is not None
        gender = first_name_gender(self.surface.split()[0]) if self.category == "person" else None
        return TermSpec(
            self.surface, self.replacement, self.category, self.decision, self.origin, gender
        )


def _base_form(surface: str, known: set[str]) -> str:
    for ending in ("'s", "'", "s"):
        if surface.endswith(ending) and surface[: -len(ending)] in known:
            return surface[: -len(ending)]
    return surface


def group_findings(findings: Iterable[Finding], mapping: Sequence[TermSpec]) -> list[FindingGroup]:
    """Findings grouped by surface text, with the mapping's replacement and decision where it
    has the surface, else a suggested replacement that no other group uses.

    A suggestion is never a text that was found (``Tove`` does not become ``Mette`` when
    Mette is in the transcript too), and a first name alone takes the first name of its full
    name's replacement (``Tove Hansen`` → ``Mille Lindberg``, so ``Tove`` → ``Mille``).
    """
    findings = list(findings)
    by_surface = {term.surface: term for term in mapping}
    known = {f.text for f in findings} | set(by_surface)
    groups: dict[str, FindingGroup] = {}
    taken = {term.replacement for term in mapping if term.replacement} | known
    full_names = _full_name_replacements(findings, by_surface, known, taken)
    for finding in findings:
        surface = _base_form(finding.text, known)
        group = groups.get(surface)
        if group is None:
            term = by_surface.get(surface)
            if term is not None:
                group = FindingGroup(
                    surface, term.category, term.replacement, term.decision, origin=term.origin
                )
            else:
                category = finding.category
                replacement = full_names.get(surface) or suggest(
                    surface, category, taken, seed_text=surface
                )
                sure = finding.confidence >= SURE_ENOUGH
                group = FindingGroup(
                    surface, category.value, replacement, TermDecision.ACCEPTED if sure else None
                )
            taken.add(group.replacement)
            groups[surface] = group
        group.findings.append(finding)
        if group.decision is None and finding.confidence >= SURE_ENOUGH:
            group.decision = TermDecision.ACCEPTED
    return sorted(groups.values(), key=lambda g: (-g.count, g.surface.casefold()))


def _full_name_replacements(
    findings: Sequence[Finding],
    mapping: dict[str, TermSpec],
    known: set[str],
    taken: set[str],
) -> dict[str, str]:
    """Replacements of full names (two words or more), and for the first name of each the
    first word of that replacement; ``taken`` gains every replacement chosen here."""
    chosen: dict[str, str] = {}
    first_names: dict[str, set[str]] = {}
    for finding in findings:
        surface = _base_form(finding.text, known)
        words = surface.split()
        if finding.category != IdentifierCategory.PERSON or len(words) < 2 or surface in chosen:
            continue
        term = mapping.get(surface)
        if term is not None:
            replacement = term.replacement
        else:
            replacement = suggest(surface, finding.category, taken, seed_text=surface)
            chosen[surface] = replacement
        taken.add(replacement)
        if replacement.split():
            first_names.setdefault(words[0], set()).add(replacement.split()[0])
    found = {surface.casefold() for surface in known}
    for first, replacements in first_names.items():
        # Only when the first name stands for one person and its pseudonym is no found text.
        (replacement, *others) = sorted(replacements)
        if not others and first not in mapping and replacement.casefold() not in found:
            chosen[first] = replacement
    return chosen


def ignored_surfaces(mapping: Sequence[TermSpec]) -> list[str]:
    """What detection should not report: the texts the user kept (rejected), and the
    pseudonyms already put into the documents (accepted replacements, and each word of a
    person's pseudonym), so a second look after applying shows only what is left."""
    ignored = [t.surface for t in mapping if t.decision is TermDecision.REJECTED]
    for term in mapping:
        if term.decision is TermDecision.ACCEPTED and term.replacement:
            ignored.append(term.replacement)
            if term.category == "person":
                ignored.extend(term.replacement.split())
    return list(dict.fromkeys(ignored))


def suggest_replacement(surface: str, category: str, taken: Iterable[str]) -> str:
    """A replacement for a term the user adds, unused by the other groups."""
    try:
        kind = IdentifierCategory(category)
    except ValueError:
        kind = IdentifierCategory.TERM
    return suggest(surface, kind, set(taken), seed_text=surface)


def mapping_commands(groups: Iterable[FindingGroup]) -> list[SetPseudonymTerm]:
    """The commands that store every decided group in the project's mapping."""
    return [SetPseudonymTerm(g.term()) for g in groups if g.decision is not None]


def pseudonymise_commands(
    db: ProjectDatabase,
    terms: dict[str, str],
    applied_by: str,
    document_ids: Sequence[int] | None = None,
) -> list[PseudonymiseDocument]:
    """One command per document that contains an accepted term (surface → replacement)."""
    query = select(Document.id, Document.name, Document.text).order_by(Document.name)
    if document_ids is not None:
        query = query.where(Document.id.in_(list(document_ids)))
    commands = []
    with db.read() as connection:
        for document_id, name, text in connection.execute(query):
            replacements = plan_replacements(text, terms)
            if replacements:
                commands.append(PseudonymiseDocument(document_id, replacements, applied_by, name))
    return commands


def merged_terms(db: ProjectDatabase, groups: Sequence[FindingGroup]) -> list[TermSpec]:
    """The project's mapping with the decisions in ``groups`` laid over it."""
    with db.read() as connection:
        mapping = {t.surface: t for t in read_terms(connection)}
    for group in groups:
        if group.decision is not None:
            mapping[group.surface] = group.term()
    return sorted(mapping.values(), key=lambda t: t.surface)


def apply_groups(
    db: ProjectDatabase,
    groups: Sequence[FindingGroup],
    applied_by: str,
    document_ids: Sequence[int] | None = None,
) -> Batch:
    """The one step that stores the decisions and pseudonymises the documents with every
    accepted term of the mapping (as :func:`merged_terms` gives it)."""
    terms = {
        t.surface: t.replacement
        for t in merged_terms(db, groups)
        if t.decision is TermDecision.ACCEPTED
    }
    documents = pseudonymise_commands(db, terms, applied_by, document_ids)
    return Batch("Pseudonymise documents", [*mapping_commands(groups), *documents])


def term_group(db: ProjectDatabase, surface: str, category: str, replacement: str) -> FindingGroup:
    """A group for a term the user adds, with every place it stands in the documents."""
    group = FindingGroup(
        surface, category, replacement, TermDecision.ACCEPTED, origin=TermOrigin.USER
    )
    try:
        kind = IdentifierCategory(category)
    except ValueError:
        kind = IdentifierCategory.TERM
    query = select(Document.id, Document.name, Document.text).order_by(Document.name)
    with db.read() as connection:
        for document_id, name, text in connection.execute(query):
            for start, end in occurrences(text, surface):
                group.findings.append(
                    Finding(
                        document_id,
                        name,
                        start,
                        end,
                        text[start:end],
                        kind,
                        1.0,
                        text[max(0, start - CONTEXT) : start],
                        text[end : end + CONTEXT],
                        "term",
                    )
                )
    return group


def replacement_counts(command: PseudonymiseDocument) -> list[tuple[str, str, int]]:
    """``(original, replacement, times)`` for one document's replacements, most frequent first."""
    counts: dict[tuple[str, str], int] = {}
    for item in command.replacements:
        key = (item.original, item.replacement)
        counts[key] = counts.get(key, 0) + 1
    return sorted(
        ((o, r, n) for (o, r), n in counts.items()), key=lambda entry: (-entry[2], entry[0])
    )
