"""Personal identifiers in transcripts: names, places, organisations, CPR and phone numbers,
e-mail and street addresses, and the user's own terms, with suggested replacements.

Qt-free; spaCy is loaded on first use (a blank pipeline, no model download).
"""

from analysis.identifiers.detect import find_identifiers, find_in_text
from analysis.identifiers.findings import Finding, IdentifierCategory
from analysis.identifiers.name_lists import first_name_gender
from analysis.identifiers.replacements import suggest_replacement

__all__ = [
    "Finding",
    "IdentifierCategory",
    "find_identifiers",
    "find_in_text",
    "first_name_gender",
    "suggest_replacement",
]
