"""Setting a consensus coder's codings of one code in one document to an agreed set of spans.

When several coders have coded the same material, the team settles their differences by
accepting one coder's coding, the other's, or both (their union) into a coder of its own —
by default called *Konsensus*. :class:`SetConsensus` is that step: within a region of the
document (or all of it) the consensus coder's coverage of the code becomes exactly the spans
given, and outside the region nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from models.changes import ChangeRecorder
from models.codes import Code, Coding
from models.commands.base import Command, CommandError, check_span
from models.commands.documents import EnsureCoder, document_length

Span = tuple[int, int]
DEFAULT_CONSENSUS_CODER = "Konsensus"


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorted spans with overlapping and touching ones joined; empty spans dropped."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class SetConsensus(Command):
    """Make ``coder_name``'s codings of ``code_id`` in ``document_id`` cover exactly ``spans``.

    Only ``region`` (``(start, end)`` in code points; None: the whole document) is changed:
    spans are clipped to it, codings wholly inside it that match no wanted span are removed,
    and codings that cross its boundary are cut back to their parts outside it (unless their
    part inside is exactly a wanted span, in which case they stay as they are). Codings that
    already match are kept with their ids and memos. The coder is created when new. One
    transaction, undone exactly by the inverse the recorder keeps.
    """

    def __init__(
        self,
        document_id: int,
        code_id: int,
        coder_name: str,
        spans: Sequence[Span],
        region: Span | None = None,
    ) -> None:
        self.document_id, self.code_id = document_id, code_id
        self.coder_name = coder_name.strip()
        self.spans = [(int(start), int(end)) for start, end in spans]
        self.region = region
        self.coder_id: int | None = None
        self.added = self.removed = self.cut = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return (
            f"Set {self.coder_name}'s coding of code {self.code_id} in document {self.document_id}"
        )

    def record(self, tx: ChangeRecorder) -> None:
        """Check document, code, region and spans first, so a refusal creates no coder."""
        length = document_length(tx, self.document_id)
        found = tx.connection.execute(select(Code.id).where(Code.id == self.code_id)).scalar()
        if found is None:
            raise CommandError(f"code {self.code_id} does not exist")
        low, high = self.region if self.region is not None else (0, length)
        check_span(low, high, length, "region")
        for start, end in self.spans:
            check_span(start, end, length, "consensus span")
        wanted = merge_spans([(max(s, low), min(e, high)) for s, e in self.spans])
        coder = EnsureCoder(self.coder_name)
        coder.record(tx)
        assert coder.coder_id is not None
        self.coder_id = coder.coder_id
        rows = tx.connection.execute(
            select(Coding.id, Coding.start, Coding.end)
            .where(
                Coding.document_id == self.document_id,
                Coding.code_id == self.code_id,
                Coding.coder_id == coder.coder_id,
                Coding.start < high,
                Coding.end > low,
            )
            .order_by(Coding.start, Coding.end, Coding.id)
        ).all()
        missing = set(wanted)
        for coding_id, start, end in rows:
            inside = (max(start, low), min(end, high))
            if inside in missing:
                missing.discard(inside)  # already right: keep it, id, memo and all
            elif start >= low and end <= high:
                tx.delete(Coding, [coding_id])
                self.removed += 1
            else:
                self._cut(tx, coding_id, start, end, low, high)
        tx.insert_many(
            Coding,
            [
                {
                    "document_id": self.document_id,
                    "code_id": self.code_id,
                    "coder_id": coder.coder_id,
                    "start": start,
                    "end": end,
                }
                for start, end in sorted(missing)
            ],
        )
        self.added = len(missing)

    def _cut(
        self, tx: ChangeRecorder, coding_id: int, start: int, end: int, low: int, high: int
    ) -> None:
        """Keep only the parts of a coding outside ``[low, high)``: the coding itself keeps
        the part before (or after), and a part after as well becomes a coding of its own."""
        self.cut += 1
        if start < low:
            tx.update(Coding, coding_id, end=low)
            if end > high:
                tx.insert(
                    Coding,
                    document_id=self.document_id,
                    code_id=self.code_id,
                    coder_id=self.coder_id,
                    start=high,
                    end=end,
                )
        else:
            tx.update(Coding, coding_id, start=high)
