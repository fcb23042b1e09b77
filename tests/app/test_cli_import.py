"""``tekstur import``: files and folders from the command line, plain and ``--json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.database import open_project
from models.documents import Document, DocumentKind
from tests.app.cli_runner import run

TRANSCRIPT = "I: Hvordan er samarbejdet?\nBorger: Hun svarer altid – også på sms. 😀\n"


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
        "skipped   R3_Forsøg_Borger.txt: identical to 'R3_Forsøg_Borger', already in the project\n"
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


def test_speakers_list_and_link(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "R1 borger.txt"
    first.write_text(TRANSCRIPT, encoding="utf-8")
    second = tmp_path / "R2 borger.txt"
    second.write_text(TRANSCRIPT + "Borger: Og så én ting mere.\n", encoding="utf-8")
    assert run(capsys, "import", project, str(first), str(second))[0] == 0
    status, out, _ = run(
        capsys, "speakers", "link", project, "Borger", "Søren Ærø", "--doc", "R2 borger"
    )
    assert (status, out) == (
        0,
        "Linked 2 turn(s) of 'Borger' in 'R2 borger' to case 'Søren Ærø' (new case)\n",
    )
    assert run(capsys, "speakers", "list", project)[1] == (
        "Borger\tR1 borger\tturns: 1\n"
        "Borger\tR2 borger\tturns: 2 → Søren Ærø\n"
        "I\tR1 borger\tturns: 1\n"
        "I\tR2 borger\tturns: 1\n"
    )
    status, out, _ = run(capsys, "speakers", "link", project, "I", "Interviewer")
    assert out == "Linked 2 turn(s) of 'I' to case 'Interviewer' (new case)\n"
    rows = [
        json.loads(line)
        for line in run(capsys, "speakers", "list", project, "--json")[1].splitlines()
    ]
    assert rows[-1] == {"speaker": "I", "document": "R2 borger", "turns": 1, "case": "Interviewer"}
    assert run(capsys, "speakers", "link", project, "Ukendt", "X") == (
        1,
        "",
        "tekstur: no speaker turns of 'Ukendt' found\n",
    )
