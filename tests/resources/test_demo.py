import csv
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from codebooks.builtin import find_builtin
from models import Case, Coder, Coding, Document, SpeakerTurn
from models.cases import AttributeDefinition, AttributeTarget, AttributeType, AttributeValue
from models.codes import Code
from models.database import ProjectError, open_project
from models.documents import Heading
from models.notes import Annotation, Memo
from models.paths import code_path
from models.summary import project_summary
from resources import demo
from resources.demo import (
    CODEBOOKS,
    CODERS,
    DEMO_DOCUMENTS,
    DEMO_VERSION,
    PARTICIPANTS,
    TRANSCRIPTS,
    DemoCoding,
    DemoError,
    build_demo_project,
    demo_codings,
    demo_version,
    locate,
)
from resources.demo.__main__ import main


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.tekstur"
    build_demo_project(path)
    return path


def _participants() -> list[dict[str, str]]:
    with PARTICIPANTS.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter=";"))


def test_counts_match_the_material(project_target: str) -> None:
    build_demo_project(project_target)
    codings = demo_codings()
    with open_project(project_target) as db:
        summary = project_summary(db)
        with db.read() as connection:
            per_coder = Counter(
                connection.execute(
                    select(Coder.name).join(Coding, Coding.coder_id == Coder.id)
                ).scalars()
            )
        assert demo_version(db) == DEMO_VERSION
    assert summary.documents == len(TRANSCRIPTS) == 9
    assert summary.cases == len(_participants()) == 21
    codes = 0
    for name in CODEBOOKS:
        book = find_builtin(name)
        assert book is not None
        codes += book.codes
    assert summary.codes == codes
    assert summary.codings == len(codings)
    assert per_coder == Counter(coding.coder for coding in codings)
    assert set(per_coder) == set(CODERS) == {"Mette", "Jonas"}


def test_documents_are_600_to_1500_words_of_danish(built: Path) -> None:
    with open_project(built) as db, db.read() as connection:
        rows = dict(connection.execute(select(Document.name, Document.text)).all())
    assert sorted(rows) == sorted(DEMO_DOCUMENTS)
    for name, text in rows.items():
        assert 600 <= len(text.split()) <= 1500, name
        assert "\r" not in text
    joined = "".join(rows.values())
    assert all(letter in joined for letter in "æøåÆ")
    assert any(ord(char) > 0xFFFF for char in joined)  # an emoji in a citizen's text message
    assert any(unicodedata.combining(char) for char in joined)


def test_every_coding_sits_on_its_phrase(built: Path) -> None:
    with open_project(built) as db, db.read() as connection:
        rows = connection.execute(
            select(
                Document.name, Document.text, Coding.code_id, Coder.name, Coding.start, Coding.end
            )
            .join(Document, Document.id == Coding.document_id)
            .join(Coder, Coder.id == Coding.coder_id)
        ).all()
        stored = Counter(
            DemoCoding(name, code_path(connection, code_id), coder, text[start:end])
            for name, text, code_id, coder, start, end in rows
        )
    assert stored == Counter(demo_codings())


def test_coders_agree_and_disagree(built: Path) -> None:
    spans: dict[tuple[str, str], set[str]] = {}
    for coding in demo_codings():
        spans.setdefault((coding.document, coding.phrase), set()).add(
            f"{coding.coder}:{coding.code}"
        )
    agreed = [
        codes
        for codes in spans.values()
        if {c.split(":", 1)[1] for c in codes if c.startswith("Mette")}
        & {c.split(":", 1)[1] for c in codes if c.startswith("Jonas")}
    ]
    disagreed = [
        codes
        for codes in spans.values()
        if any(c.startswith("Mette") for c in codes)
        and any(c.startswith("Jonas") for c in codes)
        and {c.split(":", 1)[1] for c in codes if c.startswith("Mette")}
        != {c.split(":", 1)[1] for c in codes if c.startswith("Jonas")}
    ]
    assert len(agreed) >= 10 and len(disagreed) >= 5
    # Overlapping but unequal spans: one coder's passage lies inside the other's.
    nested = [
        (a, b)
        for a in demo_codings()
        for b in demo_codings()
        if a.document == b.document and a.coder != b.coder and a.code == b.code
        if a.phrase != b.phrase and a.phrase in b.phrase
    ]
    assert len(nested) >= 5


def test_every_participant_is_linked_to_their_turns(built: Path) -> None:
    with open_project(built) as db, db.read() as connection:
        turns = connection.execute(
            select(Document.name, SpeakerTurn.speaker, Case.name)
            .join(Document, Document.id == SpeakerTurn.document_id)
            .outerjoin(Case, Case.id == SpeakerTurn.case_id)
        ).all()
    assert turns and all(case is not None for _, _, case in turns)
    found = {(document, speaker): case for document, speaker, case in turns}
    expected = {
        (transcript.name, speaker): case
        for transcript in TRANSCRIPTS
        for speaker, case in transcript.speakers.items()
    }
    assert found == expected
    assert {case for _, _, case in turns} == {row["Deltager"] for row in _participants()}


def test_participant_attributes_are_typed(built: Path) -> None:
    with open_project(built) as db, db.read() as connection:
        types = dict(
            connection.execute(
                select(AttributeDefinition.name, AttributeDefinition.type).where(
                    AttributeDefinition.target == AttributeTarget.CASE
                )
            ).all()
        )
        ages = dict(
            connection.execute(
                select(Case.name, AttributeValue.value_number)
                .join(AttributeValue, AttributeValue.case_id == Case.id)
                .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
                .where(AttributeDefinition.name == "Alder")
            ).all()
        )
    assert types["Rolle"] is AttributeType.TEXT
    assert types["Alder"] is AttributeType.NUMBER
    assert types["Interviewdato"] is AttributeType.DATE
    assert ages == {row["Deltager"]: float(row["Alder"]) for row in _participants()}


def test_guide_headings_and_rounds(built: Path) -> None:
    with open_project(built) as db, db.read() as connection:
        headings = connection.execute(
            select(Document.name, Document.text, Heading.start, Heading.end, Heading.level).join(
                Document, Document.id == Heading.document_id
            )
        ).all()
        rounds = dict(
            connection.execute(
                select(Document.name, AttributeValue.value_text)
                .join(AttributeValue, AttributeValue.document_id == Document.id)
                .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
                .where(AttributeDefinition.name == "Runde")
            ).all()
        )
    guided = {t.name for t in TRANSCRIPTS if t.suffix == ".md"}
    assert {name for name, *_ in headings} == guided
    titles = {text[start:end] for _, text, start, end, level in headings if level == 2}
    assert {"Tema 1: Relationen til borgerne", "Tema 3: Lægelige oplysninger"} <= titles
    assert rounds == {name: name.split()[0] for name in DEMO_DOCUMENTS}


def test_memos_and_annotations(built: Path) -> None:
    with open_project(built) as db, db.read() as connection:
        memos = connection.execute(
            select(Memo.title, Memo.document_id, Memo.code_id, Memo.case_id)
        ).all()
        annotations = connection.execute(
            select(Document.text, Annotation.start, Annotation.end, Annotation.text).join(
                Document, Document.id == Annotation.document_id
            )
        ).all()
        code_ids = set(connection.execute(select(Code.id)).scalars())
    assert len(memos) == 4
    assert sum(m.document_id is not None for m in memos) == 1
    assert sum(m.code_id in code_ids for m in memos) == 1
    assert sum(m.case_id is not None for m in memos) == 1
    assert "Analyseplan" in {m.title for m in memos}
    spans = {text[start:end] for text, start, end, _ in annotations}
    assert spans == {"nu har jeg 52", "»God bedring, vi flytter bare mødet til næste uge 🙂«"}


def test_locate_refuses_missing_and_repeated_phrases() -> None:
    text = "Borgeren ringede. Borgeren ringede igen 🙂 og så æ."
    assert locate(text, "igen 🙂", "x") == (text.index("igen"), text.index("igen") + 6)
    with pytest.raises(DemoError, match="is not in R9"):
        locate(text, "Lægen ringede.", "R9")
    with pytest.raises(DemoError, match="occurs 2 times"):
        locate(text, "Borgeren ringede", "R9")


def test_a_coding_whose_phrase_is_missing_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = [*demo_codings(), DemoCoding(DEMO_DOCUMENTS[0], "Borgerrelationer", "Mette", "Øv!")]
    monkeypatch.setattr(demo.build, "demo_codings", lambda: broken)
    path = tmp_path / "brudt.tekstur"
    with pytest.raises(DemoError, match=f"'Øv!' is not in {DEMO_DOCUMENTS[0]}"):
        build_demo_project(path)
    assert list(tmp_path.iterdir()) == []


def test_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.tekstur"
    path.write_bytes(b"")
    with pytest.raises(ProjectError):
        build_demo_project(path)
    assert path.read_bytes() == b""


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.tekstur"
    assert main([str(out)]) == 0
    assert out.exists()
    assert main([str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
