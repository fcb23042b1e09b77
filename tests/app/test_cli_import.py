"""``tekstur import``: files and folders from the command line, plain and ``--json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from models.database import open_project
from models.documents import Document, DocumentKind

TRANSCRIPT = "I: Hvordan er samarbejdet?\nBorger: Hun svarer altid – også på sms. 😀\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "import.tekstur")
    assert run(capsys, "init", path)[0] == 0
    return path


def test_import_prints_one_line_per_file_and_a_summary(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "R3_Forsøg_Borger.txt"
    source.write_bytes(TRANSCRIPT.encode("utf-8"))
    status, out, err = run(
        capsys, "import", project, str(source), "--name-pattern", "{Runde}_{Afdeling}_{Rolle}"
    )
    assert (status, err) == (0, "")
    assert out == (
        "imported  R3_Forsøg_Borger: 68 characters, 2 turns (I, Borger)\n"
        "1 imported, 0 skipped, 0 refused\n"
    )
    status, out, err = run(capsys, "import", project, str(source))
    assert status == 0
    assert err == (
        "skipped   R3_Forsøg_Borger.txt:"
        " identical to 'R3_Forsøg_Borger', already in the project\n"
    )


def test_import_json_kind_attr_and_refusals(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "Leder Ærø.txt"
    good.write_text(TRANSCRIPT.replace("Borger", "Leder"), encoding="utf-8")
    bad = tmp_path / "tom.txt"
    bad.write_bytes(b"   \n")
    status, out, _ = run(
        capsys,
        "import",
        project,
        str(good),
        str(bad),
        "--kind",
        "note",
        "--attr",
        "Runde=R2",
        "--json",
    )
    assert status == 1  # a refused file makes the exit status 1; the good file is stored
    objects = [json.loads(line) for line in out.splitlines()]
    assert [(o["name"], o["status"], o["turns"], o["speakers"]) for o in objects] == [
        ("Leder Ærø", "imported", 2, ["I", "Leder"]),
        ("tom", "refused", 0, []),
    ]
    assert objects[1]["message"] == "tom.txt: the file is empty"
    with open_project(project) as db, db.read() as connection:
        kinds = connection.execute(select(Document.name, Document.kind)).all()
    assert [tuple(k) for k in kinds] == [("Leder Ærø", DocumentKind.NOTE)]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--attr", "Runde"], "tekstur: --attr needs NAME=VALUE, not 'Runde'\n"),
        (["--name-pattern", "{A}_{A}"], "tekstur: 'A' appears twice in name pattern '{A}_{A}'\n"),
    ],
)
def test_usage_mistakes_are_one_line(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert run(capsys, "import", project, str(tmp_path), *extra) == (1, "", message)
