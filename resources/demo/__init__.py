"""The demo project: three invented Danish transcripts from a trial with lower caseloads.

``build_demo_project(path)`` creates a complete little project from the ``.txt`` files beside
this module: documents with speaker turns, cases with ``Rolle``, ``Afdeling`` and ``Runde``,
two levels of codes with colours and descriptions, and codings by two coders. Everything is
written through commands, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from importers.formats import read_document
from importers.transcript import Transcript, build_transcript
from models.cases import AttributeType
from models.changes import ChangeRecorder
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    Command,
    CommandError,
    CreateCase,
    DefineAttribute,
    EnsureCodePath,
    EnsureCoder,
    LinkSpeakerToCase,
    SetAttributeValue,
    UpdateCode,
    apply_command,
)
from models.database import create_project
from models.documents import DocumentKind

DEMO_NAME = "Demo: færre sager i jobcentret"
_HERE = Path(__file__).parent
_TRIAL, _ORDINARY = "Forsøgsafdeling", "Ordinær afdeling"


@dataclass(frozen=True)
class _Participant:
    case: str
    role: str
    department: str | None = None
    round: str | None = None


@dataclass(frozen=True)
class _Transcript:
    filename: str
    kind: DocumentKind
    speakers: dict[str, _Participant]


_INTERVIEWER = _Participant("Interviewer", "Interviewer")
TRANSCRIPTS = (
    _Transcript(
        "R1_forsøg_fokusgruppe.txt",
        DocumentKind.FOCUS_GROUP,
        {
            "I": _INTERVIEWER,
            "Sagsbehandler A": _Participant("R1 Sagsbehandler A", "Sagsbehandler", _TRIAL, "R1"),
            "Sagsbehandler B": _Participant("R1 Sagsbehandler B", "Sagsbehandler", _TRIAL, "R1"),
            "Sagsbehandler C": _Participant("R1 Sagsbehandler C", "Sagsbehandler", _TRIAL, "R1"),
        },
    ),
    _Transcript(
        "R2_ordinær_leder.txt",
        DocumentKind.INTERVIEW,
        {
            "I": _INTERVIEWER,
            "Leder": _Participant("R2 Leder", "Leder", _ORDINARY, "R2"),
        },
    ),
    _Transcript(
        "R3_forsøg_borger.txt",
        DocumentKind.INTERVIEW,
        {
            "I": _INTERVIEWER,
            "Borger": _Participant("R3 Borger", "Borger", _TRIAL, "R3"),
        },
    ),
)

# (path, colour, description); a parent is listed before its children.
CODES = (
    ("Opgavekompetencer", "#34495e", "Sagsbehandlerens faglige opgaver i sagen."),
    (
        "Opgavekompetencer/Leverandørsamarbejde",
        "#e67e22",
        "Samarbejde med leverandører af forløb: opfølgning, trepartsmøder, skift af leverandør.",
    ),
    (
        "Opgavekompetencer/Lægelige oplysninger",
        "#2980b9",
        "Indhentning og brug af lægelige oplysninger, fx statusattester og kontakt til egen læge.",
    ),
    (
        "Opgavekompetencer/Rehabiliteringsteam",
        "#8e44ad",
        "Forberedelse af sager til og møder i rehabiliteringsteamet.",
    ),
    (
        "Opgavekompetencer/Sagsantal",
        "#7f8c8d",
        "Antal sager pr. sagsbehandler, og hvad det betyder for arbejdet.",
    ),
    ("Borgerrelationer", "#16a085", "Relationen og samarbejdet mellem borger og sagsbehandler."),
    (
        "Borgerrelationer/Tillid",
        "#27ae60",
        "Borgerens tillid til sagsbehandleren. Brug ved udsagn om at føle sig hørt eller tryg.",
    ),
    (
        "Borgerrelationer/Tilgængelighed",
        "#f1c40f",
        "Hvor let borgeren får fat i sagsbehandleren: svartider, sms, opkald.",
    ),
    (
        "Borgerrelationer/Medinddragelse",
        "#c0392b",
        "Borgerens indflydelse på egen plan og eget forløb.",
    ),
)

_R1, _R2, _R3 = (t.filename for t in TRANSCRIPTS)
_TRUST, _ACCESS, _INVOLVE = (
    f"Borgerrelationer/{n}" for n in ("Tillid", "Tilgængelighed", "Medinddragelse")
)
_SUPPLIER, _MEDICAL, _REHAB, _CASELOAD = (
    f"Opgavekompetencer/{n}"
    for n in ("Leverandørsamarbejde", "Lægelige oplysninger", "Rehabiliteringsteam", "Sagsantal")
)
# (document, coder, code path, the exact sentence that is coded)
CODINGS = (
    (_R1, "ane", _CASELOAD, "Med 50 sager kan jeg faktisk ringe tilbage samme dag."),
    (_R1, "ane", _TRUST, "Borgerne stoler mere på os, når vi holder det, vi lover."),
    (_R1, "jonas", _TRUST, "Borgerne stoler mere på os, når vi holder det, vi lover."),
    (
        _R1,
        "ane",
        _SUPPLIER,
        "Vi holder nu trepartsmøder med leverandøren og borgeren, så alle kender planen.",
    ),
    (
        _R1,
        "jonas",
        _SUPPLIER,
        "Jeg har skiftet leverandør i to sager, fordi forløbet slet ikke passede til borgeren.",
    ),
    (
        _R1,
        "ane",
        _MEDICAL,
        "Nu ringer jeg selv til lægen og forklarer, hvad vi har brug for,"
        " og så kommer svarene hurtigere og er mere brugbare.",
    ),
    (
        _R1,
        "jonas",
        _REHAB,
        "Når borgeren selv er med på mødet og har været med til at skrive"
        " sin forberedelsesdel, bliver indstillingen meget mere præcis.",
    ),
    (
        _R1,
        "ane",
        _INVOLVE,
        "Når borgeren selv er med på mødet og har været med til at skrive"
        " sin forberedelsesdel, bliver indstillingen meget mere præcis.",
    ),
    (_R2, "jonas", _CASELOAD, "De har mellem 110 og 200 sager hver, afhængigt af målgruppen."),
    (
        _R2,
        "ane",
        _CASELOAD,
        "Med så mange sager når man ikke at opbygge den relation, som forsøgsafdelingen taler om.",
    ),
    (
        _R2,
        "ane",
        _SUPPLIER,
        "Vi har ikke tid til at følge op på hvert forløb, så vi kan ikke"
        " altid vurdere, om pengene er givet godt ud.",
    ),
    (
        _R2,
        "jonas",
        _MEDICAL,
        "Sagsbehandlerne bestiller attester, fordi de skal,"
        " men spørgsmålene er ofte for generelle.",
    ),
    (_R2, "ane", _REHAB, "Teamet er godt, når sagen er godt forberedt."),
    (_R3, "ane", _ACCESS, "»Mette« svarer, når jeg skriver, og hun husker, hvad vi har talt om."),
    (
        _R3,
        "jonas",
        _TRUST,
        "Det lyder måske ikke af meget, men før var jeg bange for at få"
        " trukket i ydelsen, hver gang jeg meldte afbud.",
    ),
    (_R3, "ane", _INVOLVE, "Vi lavede planen sammen, og jeg fik selv lov at vælge praktikstedet."),
    (_R3, "jonas", _REHAB, "Jeg følte, at de lyttede til mig og ikke kun til papirerne."),
    (_R3, "ane", _MEDICAL, "Til sidst ringede »Mette« selv til lægen, og så skete der noget."),
    (
        _R3,
        "jonas",
        _SUPPLIER,
        "Jeg sagde det til »Mette«, og hun fik mig flyttet til praktikken i stedet.",
    ),
    (_R3, "ane", _TRUST, "Hos »Mette« føler jeg mig som et menneske og ikke som et sagsnummer."),
)


def demo_transcript(filename: str) -> Transcript:
    """One demo transcript read by the ordinary importer: text, speaker turns, headings."""
    return build_transcript(read_document((_HERE / filename).read_bytes(), filename).blocks)


def demo_text(filename: str) -> str:
    """The text of one demo transcript, exactly as the importer stores it."""
    return demo_transcript(filename).text


def _created(value: int | None, what: str) -> int:
    if value is None:
        raise CommandError(f"the demo could not create {what}")
    return value


class _BuildDemo(Command):
    """All of the demo in one command, so that later steps can use the ids of earlier ones."""

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Build demo project"

    def record(self, tx: ChangeRecorder) -> None:
        """Add documents, cases, attributes, codes, coders and codings."""
        texts: dict[str, str] = {}
        documents: dict[str, int] = {}
        for transcript in TRANSCRIPTS:
            read = demo_transcript(transcript.filename)
            texts[transcript.filename] = read.text
            add = AddDocument(
                Path(transcript.filename).stem,
                read.text,
                transcript.kind,
                read.turns,
                source_name=transcript.filename,
                headings=read.headings,
            )
            add.record(tx)
            documents[transcript.filename] = _created(add.document_id, transcript.filename)
        attributes = {}
        for name in ("Rolle", "Afdeling", "Runde"):
            define = DefineAttribute(name, AttributeType.TEXT)
            define.record(tx)
            attributes[name] = _created(define.attribute_id, f"attribute {name}")
        cases: dict[str, int] = {}
        for transcript in TRANSCRIPTS:
            for speaker, person in transcript.speakers.items():
                if person.case not in cases:
                    cases[person.case] = self._case(tx, person, attributes)
                LinkSpeakerToCase(
                    speaker, cases[person.case], documents[transcript.filename]
                ).record(tx)
        codes: dict[str, int] = {}
        for path, color, description in CODES:
            ensure = EnsureCodePath(path, color=color)
            ensure.record(tx)
            codes[path] = _created(ensure.code_id, f"code {path}")
            UpdateCode(codes[path], color=color, description=description).record(tx)
        coders: dict[str, int] = {}
        for name in sorted({coder for _, coder, _, _ in CODINGS}):
            ensure_coder = EnsureCoder(name)
            ensure_coder.record(tx)
            coders[name] = _created(ensure_coder.coder_id, f"coder {name}")
        spans = []
        for filename, coder, path, sentence in CODINGS:
            start = texts[filename].index(sentence)
            spans.append(
                CodingSpan(
                    documents[filename], codes[path], coders[coder], start, start + len(sentence)
                )
            )
        AddCodings(spans).record(tx)

    @staticmethod
    def _case(tx: ChangeRecorder, person: _Participant, attributes: dict[str, int]) -> int:
        create = CreateCase(person.case)
        create.record(tx)
        case_id = _created(create.case_id, f"case {person.case}")
        values = {"Rolle": person.role, "Afdeling": person.department, "Runde": person.round}
        for name, value in values.items():
            if value is not None:
                SetAttributeValue(attributes[name], case_id, value).record(tx)
        return case_id


def build_demo_project(path: Path) -> None:
    """Create the demo project at ``path``; refuses (ProjectError) when ``path`` exists.

    If filling the project fails, the half-made file is removed again.
    """
    db = create_project(path, name=DEMO_NAME)
    try:
        apply_command(db, _BuildDemo())
    except BaseException:
        db.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
