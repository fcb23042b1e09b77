"""A realistic Danish focus-group transcript in Word, imported end to end into a project."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from sqlalchemy import select

from importers.batch import import_files
from models.database import ProjectDatabase
from models.documents import Document, DocumentKind, Heading, SpeakerTurn

LEGEND = [
    "I1: Interviewer 1 (Lise)",
    "I2: Interviewer 2",
    "SA: Sagsbehandler Åse",
    "SB: Sagsbehandler Bjørn",
    "SC: Sagsbehandler Cæcilie",
]
UTTERANCES = [
    ("I1", "Velkommen alle sammen. Vil I starte med at sige, hvor længe I har været her?"),
    ("SA", "Jeg har været i forsøgsafdelingen siden starten, så snart tre år."),
    ("SB", "For mig er det halvandet år. Før sad jeg i en ordinær afdeling med 190 sager."),
    ("SC", "Jeg kom i januar."),
    ("I2", "Hvad er den største forskel i hverdagen?"),
    ("SB", "Tiden. Jeg kan ringe tilbage samme dag, og jeg når at læse sagen, før vi mødes."),
    (
        "SA",
        "Og borgerne mærker det. En borger sagde: »Det er første gang, nogen har ringet mig op.«",
    ),
    ("SC", "Vi holder også trepartsmøder med leverandøren nu, kl. 9:30 hver anden tirsdag."),
    ("I1", "Hvordan er det med de lægelige oplysninger?"),
    ("SB", "Det er stadig der, det går langsomt. Men vi stiller mere præcise spørgsmål. 🙂"),
]


def write_transcript(path: Path) -> None:
    """Title, metadata lines, a legend, a blank line, then one paragraph per utterance."""
    document = WordDocument()
    document.add_heading("Fokusgruppe R1 – personligt koordinerende sagsbehandlere", level=1)
    document.add_paragraph("Dato: 14. marts 2024. Sted: Jobcenter Vestby, mødelokale 2.")
    for line in LEGEND:
        document.add_paragraph(line)
    document.add_paragraph("")
    document.add_heading("Del 1: Hverdagen i forsøget", level=2)
    for label, said in UTTERANCES[:8]:
        document.add_paragraph(f"{label}: {said}")
    document.add_heading("Del 2: Lægelige oplysninger", level=2)
    for label, said in UTTERANCES[8:]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}:").bold = True
        paragraph.add_run(f" {said}")
    document.save(str(path))


def test_focus_group_docx_gives_one_turn_per_utterance_with_legend_names(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "R1_Forsøg_Fokusgruppe.docx"
    write_transcript(source)
    report = import_files(db, [source])
    assert [(o.status, o.message) for o in report.outcomes] == [("imported", "")]
    names = dict(line.split(": ", 1) for line in LEGEND)
    with db.read() as connection:
        document = connection.execute(select(Document.id, Document.text, Document.kind)).one()
        turns = connection.execute(
            select(SpeakerTurn.speaker, SpeakerTurn.start, SpeakerTurn.end).order_by(
                SpeakerTurn.start
            )
        ).all()
        headings = connection.execute(
            select(Heading.level, Heading.start, Heading.end).order_by(Heading.start)
        ).all()
    text = document.text
    assert document.kind is DocumentKind.FOCUS_GROUP
    assert [(t.speaker, text[t.start : t.end]) for t in turns] == [
        (names[label], said) for label, said in UTTERANCES
    ]
    legend_end = text.index(LEGEND[-1]) + len(LEGEND[-1])
    assert all(turn.start > legend_end for turn in turns)
    assert [(h.level, text[h.start : h.end]) for h in headings] == [
        (1, "Fokusgruppe R1 – personligt koordinerende sagsbehandlere"),
        (2, "Del 1: Hverdagen i forsøget"),
        (2, "Del 2: Lægelige oplysninger"),
    ]
    assert text.startswith(
        "Fokusgruppe R1 – personligt koordinerende sagsbehandlere\n"
        "Dato: 14. marts 2024. Sted: Jobcenter Vestby, mødelokale 2.\n"
        "I1: Interviewer 1 (Lise)\n"
    )
