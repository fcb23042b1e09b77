"""The key file: the pseudonym mapping as CSV, kept apart from a project that is shared.

One line per term: ``surface,replacement,category,decision,gender`` (decision ``accepted`` or
``rejected``; gender ``f``, ``m`` or empty). UTF-8 with a byte order mark, so Excel shows
æøå; :mod:`importers.pseudonym_key` reads it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from exporters.safe_file import write_replacing
from exporters.table_files import write_records_csv
from models.pseudonyms import TermSpec

KEY_HEADERS = ("surface", "replacement", "category", "decision", "gender")


def write_key_file(terms: Sequence[TermSpec], path: Path) -> int:
    """Write ``terms`` to ``path`` (replacing it only once written); returns how many.

    OSError names the file when it cannot be written.
    """
    records = [
        (t.surface, t.replacement, t.category, t.decision.value, t.gender or "") for t in terms
    ]

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8-sig", newline="") as out:
            write_records_csv(KEY_HEADERS, records, out)

    write_replacing(Path(path), write)
    return len(records)
