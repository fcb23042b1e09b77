"""Krippendorff's alpha for two coder groups: binary per code, and cu-alpha over a set of codes.

**Binary alpha for one code.** Every character of the chosen documents is a unit, and each
group, as one coder, gives it the value 1 (coded with the code) or 0. From the coincidence
matrix ``o`` (every unit adds 1 to ``o[v_A][v_B]`` and 1 to ``o[v_B][v_A]``, since each unit
has m = 2 values and m − 1 = 1), with ``n_v`` its row sums and ``n = 2·N``:
``alpha = 1 − D_o/D_e = 1 − (n − 1)·o[0][1] / (n_0·n_1)`` (the nominal difference function).
It is undefined (None) when ``n_0·n_1 = 0``: every character has the same value for both.

**cu-alpha** (Krippendorff, Mathet, Bouvry and Widlöcher 2016, *On the reliability of
unitizing textual continua: Further developments*, Quality & Quantity 50; Krippendorff 2019,
*Content Analysis*, 4th ed., section 12.6.5: the coding part ``cuα`` of the unitized alpha
family). The chosen codes are the values of one variable and the documents, end to end, are
the continuum. Each group is one coder; each merged span a group coded with a code is one
section ``g`` with that value; text a group left uncoded is a gap and plays no part. Then:

- coincidences: ``l[c][k] = Σ_{i≠j} Σ_g Σ_h |c_ig ∩ k_jh| / (m − 1)`` over the sections of
  coder i with value c and of coder j with value k (m = 2, so both orders, divided by 1);
  ``l_c = Σ_k l[c][k]``, ``l = Σ_c l_c``;
- each section's *pairable length* ``p_g`` is its length inside the other group's sections
  (of any chosen code); a section is one unit, so its ``p_g²`` self-pairings are left out of
  the expected coincidences: ``e[c][k] = (l_c·l_k − [c = k]·Σ_{g of value c} p_g²) /
  (l − Σ_g p_g² / l)``;
- with the nominal difference (1 between different codes, 0 otherwise)
  ``cuα = 1 − D_o/D_e = 1 − Σ_{c≠k} l[c][k] / Σ_{c≠k} e[c][k]``
  ``    = 1 − (l − Σ_g p_g²/l)·Σ_{c≠k} l[c][k] / Σ_{c≠k} l_c·l_k``.

The codes must be mutually exclusive: when one group's coverages of two chosen codes overlap
anywhere (two codings of one coder, or of two coders of one group), one coder gave one
character two values, and cu-alpha is None with a note naming the codes and the document.
It is None too when fewer than two codes are chosen or when the pairable text never carries
two different codes (``Σ_{c≠k} l_c·l_k = 0``: D_e is 0).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from analysis.agreement_spans import Span
from analysis.agreement_units import clip, intersection_length


def binary_alpha(size: int, a: int, b: int, both: int) -> float | None:
    """Alpha for one code from character counts: units, A coded, B coded, both coded."""
    one_zero = (a - both) + (b - both)  # o[1][0] = o[0][1]: units the groups disagree on
    n1 = 2 * both + one_zero
    n0 = 2 * (size - a - b + both) + one_zero
    n = 2 * size
    if n0 * n1 == 0:
        return None
    return 1.0 - (n - 1) * one_zero / (n0 * n1)


Coverages = Mapping[tuple[int, int], tuple[list[Span], list[Span]]]
Section = tuple[int, int, int]  # start, end, code


def cu_alpha(
    code_labels: Mapping[int, str],
    documents: Sequence[tuple[int, str, int]],
    coverages: Coverages,
) -> tuple[float | None, str]:
    """cu-alpha over the codes of ``code_labels`` and a note: empty, or why the value is None.

    ``code_labels`` maps each chosen code to the label a note names it by; ``documents`` are
    ``(id, name, length)``; ``coverages[(code, document)]`` is the merged A and B coverage of
    a code in a document.
    """
    if len(code_labels) < 2:
        return None, "cu-alpha needs at least two codes"
    coincidences: dict[tuple[int, int], int] = defaultdict(int)
    self_pairs = 0  # Σ_g p_g²
    for document_id, document_name, size in documents:
        sections: tuple[list[Section], list[Section]] = ([], [])
        for code_id in code_labels:
            for group, spans in enumerate(coverages.get((code_id, document_id), ([], []))):
                sections[group].extend((s, e, code_id) for s, e in clip(spans, size))
        for group, found in enumerate(sections):
            found.sort()
            clash = _overlap(found)
            if clash is not None:
                return None, (
                    f"coder group {'AB'[group]} coded '{code_labels[clash[0]]}' and "
                    f"'{code_labels[clash[1]]}' on the same text in '{document_name}': "
                    "the codes are not mutually exclusive"
                )
        for (c, k), length in _intersections(*sections).items():
            coincidences[(c, k)] += length
            coincidences[(k, c)] += length
        for mine, theirs in (sections, sections[::-1]):
            union = [(s, e) for s, e, _ in theirs]
            self_pairs += sum(intersection_length([(s, e)], union) ** 2 for s, e, _ in mine)
    totals: dict[int, int] = defaultdict(int)
    for (c, _), length in coincidences.items():
        totals[c] += length
    total = sum(totals.values())
    observed = sum(length for (c, k), length in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return None, "the text both groups coded never carries two different codes"
    return 1.0 - (total - self_pairs / total) * observed / expected, ""


def _overlap(sections: list[Section]) -> tuple[int, int] | None:
    """Two codes whose sections (sorted by start) overlap, or None."""
    reach, owner = -1, -1
    for start, end, code_id in sections:
        if start < reach:
            return owner, code_id
        if end > reach:
            reach, owner = end, code_id
    return None


def _intersections(a: list[Section], b: list[Section]) -> dict[tuple[int, int], int]:
    """Intersection lengths of A's and B's sections (each list sorted, non-overlapping)."""
    found: dict[tuple[int, int], int] = defaultdict(int)
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            found[(a[i][2], b[j][2])] += end - start
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return found
