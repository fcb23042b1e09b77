from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Case, Coder, Coding, Document, SpeakerTurn
from models.database import ProjectError, open_project
from models.summary import project_summary
from resources.demo import TRANSCRIPTS, build_demo_project, demo_text
from resources.demo.__main__ import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.tekstur"
    build_demo_project(path)
    return path


def test_demo_counts(demo: Path) -> None:
    with open_project(demo) as db:
        summary = project_summary(db)
        with db.read() as connection:
            coders = set(connection.execute(select(Coder.name)).scalars())
    assert summary.documents == 3
    assert coders == {"ane", "jonas"}
    assert summary.codings >= 15
    assert summary.codes >= 6


def test_transcripts_are_danish_utf8_with_an_emoji() -> None:
    texts = [demo_text(t.filename) for t in TRANSCRIPTS]
    joined = "".join(texts)
    assert all(letter in joined for letter in "æøå")
    assert any(ord(char) > 0xFFFF for char in joined)
    for text in texts:
        assert "\r" not in text
        assert 250 <= len(text.split()) <= 400


def test_every_coding_lies_inside_its_document(demo: Path) -> None:
    with open_project(demo) as db, db.read() as connection:
        rows = connection.execute(
            select(Coding.start, Coding.end, func.length(Document.text)).join(
                Document, Document.id == Coding.document_id
            )
        ).all()
    assert rows
    assert all(0 <= start < end <= length for start, end, length in rows)


def test_codings_are_whole_sentences(demo: Path) -> None:
    with open_project(demo) as db, db.read() as connection:
        rows = connection.execute(
            select(Coding.start, Coding.end, Document.text).join(
                Document, Document.id == Coding.document_id
            )
        ).all()
    for start, end, text in rows:
        assert text[start].isupper() or text[start] == "»"
        assert text[end - 1] in ".?!"


def test_every_speaker_turn_is_linked_to_a_case_with_attributes(demo: Path) -> None:
    with open_project(demo) as db, db.read() as connection:
        turns = connection.execute(select(SpeakerTurn.speaker, SpeakerTurn.case_id)).all()
        cases = set(connection.execute(select(Case.name)).scalars())
        roles = connection.exec_driver_sql(
            "SELECT c.name, v.value_text FROM cases c JOIN attribute_values v ON v.case_id = c.id"
            " JOIN attributes a ON a.id = v.attribute_id WHERE a.name = 'Rolle'"
        ).all()
    assert {speaker for speaker, _ in turns} >= {"I", "Sagsbehandler A", "Leder", "Borger"}
    assert all(case_id is not None for _, case_id in turns)
    assert {name for name, _ in roles} == cases
    assert {role for _, role in roles} >= {"Sagsbehandler", "Leder", "Borger"}


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
