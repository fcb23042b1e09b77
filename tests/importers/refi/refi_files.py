"""Building REFI-QDA files for tests: a project with one of everything, and its positions."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.shared_files import REFI_SAMPLES, REFI_SCHEMAS

NS = "urn:QDA-XML:project:1.0"
SAMPLES = REFI_SAMPLES
SCHEMA_DIR = REFI_SCHEMAS

U1, U2 = "0a1b2c3d-0000-4000-8000-000000000001", "0A1B2C3D-0000-4000-8000-000000000002"
C_FOLDER, C_TILLID = "c0de0000-0000-4000-8000-000000000001", "c0de0000-0000-4000-8000-000000000002"
C_MISTILLID, C_OEKONOMI = (
    "c0de0000-0000-4000-8000-000000000003",
    "{C0DE0000-0000-4000-8000-000000000004}",
)
VARS = {
    "Rolle": ("Text", "fa000000-0000-4000-8000-000000000001"),
    "Samtykke": ("Boolean", "fa000000-0000-4000-8000-000000000002"),
    "Alder": ("Integer", "fa000000-0000-4000-8000-000000000003"),
    "Score": ("Float", "fa000000-0000-4000-8000-000000000004"),
    "Dato": ("Date", "fa000000-0000-4000-8000-000000000005"),
    "Tidspunkt": ("DateTime", "fa000000-0000-4000-8000-000000000006"),
    "Runde": ("Text", "fa000000-0000-4000-8000-000000000007"),
}
CASE_VALUES = {
    "Rolle": ("TextValue", "Borger"),
    "Samtykke": ("BooleanValue", "true"),
    "Alder": ("IntegerValue", "47"),
    "Score": ("FloatValue", "3.25"),
    "Dato": ("DateValue", "2019-03-01"),
    "Tidspunkt": ("DateTimeValue", "2019-03-01T10:15:00Z"),
}
S1, S2, S3 = (f"50000000-0000-4000-8000-00000000000{n}" for n in (1, 2, 3))
S4, S5, S6, S7 = (f"50000000-0000-4000-8000-00000000000{n}" for n in (4, 5, 6, 7))
CASE1, CASE2 = "ca5e0000-0000-4000-8000-000000000001", "ca5e0000-0000-4000-8000-000000000002"
NOTES = {
    name: f"907e0000-0000-4000-8000-00000000000{n}"
    for n, name in enumerate(("project", "code", "source", "span", "coding", "case", "free"))
}
LINK_KEPT, LINK_CASE = (
    "11c00000-0000-4000-8000-000000000001",
    "11c00000-0000-4000-8000-000000000002",
)
SET1 = "5e700000-0000-4000-8000-000000000001"

# The interview as the producer wrote it: BOM, CRLF, emoji, æøå and a combining accent.
INTERVIEW = (
    "Interviewer: Hvordan går det med praktikken?\r\n"
    "Borger: Godt 🙂 – jeg er glad for praktikken.\r\n"
    "Borger: Søren sagde cafe\u0301 😀 og så gik vi.\r\n"
    "Interviewer: Tak 👍🏽 for i dag.\r\n"
)
LEADER = "Leder: Vi har travlt 😅.\nLeder: Færre sager giver tid."
REPORT = "Rapporten: 🧾 Færre sager per sagsbehandler gav bedre forløb."
TRANSCRIPT = "Interviewer: Velkommen.\nBorger: Jeg hedder Åse 😊 og bor i Ærø."
RELATIVE = "Noter fra mødet 📝: aftale om opfølgning."


def units(text: str, utf16: bool) -> int:
    """The length of ``text`` as a producer counts it."""
    return len(text.encode("utf-16-le")) // 2 if utf16 else len(text)


def producer_span(raw: str, phrase: str, utf16: bool) -> tuple[int, int]:
    """Where ``phrase`` lies in ``raw`` in the producer's units (code points or UTF-16)."""
    index = raw.index(phrase)
    start = units(raw[:index], utf16)
    return start, start + units(phrase, utf16)


@dataclass
class Built:
    """A REFI-QDA project built for a test: its XML and the files beside it."""

    xml: str
    files: dict[str, bytes] = field(default_factory=dict)

    def qdpx(self, path: Path, qde_name: str = "project.qde", folder: str = "Sources") -> Path:
        """Write it as a ``.qdpx`` with the project file called ``qde_name``."""
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(qde_name, self.xml.encode("utf-8"))
            for name, data in self.files.items():
                archive.writestr(f"{folder}/{name}", data)
        return path


def selection(guid: str, span: tuple[int, int], codings: str = "", notes: str = "") -> str:
    """A ``<PlainTextSelection>`` with codings and note references (XML text)."""
    return (
        f'<PlainTextSelection guid="{guid}" name="" startPosition="{span[0]}" '
        f'endPosition="{span[1]}" creatingUser="{U1}" creationDateTime="2024-05-01T09:00:00Z">'
        f"<Description/>{codings}{notes}</PlainTextSelection>"
    )


def coding(guid: str, code: str, user: str, notes: str = "") -> str:
    """A ``<Coding>`` of ``code`` by ``user`` (XML text)."""
    return (
        f'<Coding guid="{guid}" creatingUser="{user}" creationDateTime="2024-05-02T10:00:00Z">'
        f'<CodeRef targetGUID="{code}"/>{notes}</Coding>'
    )


def note_ref(name: str) -> str:
    """A ``<NoteRef>`` to one of the test notes."""
    return f'<NoteRef targetGUID="{NOTES[name]}"/>'
