"""A name the project does not have is refused in one line that names the project and what
it has, a code given without the codes above it gets the path it may have meant, and a
report file named for another format is refused before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.database import open_project
from tests.analysis.agreement_project import build
from tests.app.cli_runner import run


@pytest.fixture
def coded(project: str) -> str:
    with open_project(project) as db:
        build(db)
    return project


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["query", "{p}", "agreement", "--coder-a", "Ane", "--coder-b", "jonas"],
            "tekstur: no coder called 'Ane' in {p} (it has: ane, birk, jonas)",
        ),
        (
            ["query", "{p}", "frequencies", "--coder", "søren"],
            "tekstur: no coder called 'søren' in {p} (it has: ane, birk, jonas)",
        ),
        (
            ["query", "{p}", "agreement", "--coder-a", "ane", "--coder-b", "jonas", "--doc", "Ø"],
            "tekstur: no document called 'Ø' in {p} "
            "(it has: Fokusgruppe Æbleø, Interview Søren, Notat)",
        ),
        (
            ["query", "{p}", "segments", "--code", "tillid"],
            "tekstur: the project has no code 'tillid'; did you mean 'Samarbejde/Tillid'?",
        ),
        (
            ["report", "quotes", "{p}", "--codes", "Tillid", "--out", "{p}.docx"],
            "tekstur: the project has no code 'Tillid'; did you mean 'Samarbejde/Tillid'?",
        ),
        (
            ["query", "{p}", "segments", "--code", "Ærø"],
            "tekstur: the project has no code 'Ærø'",
        ),
    ],
)
def test_unknown_names_are_one_line_with_what_the_project_has(
    coded: str, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    status, out, err = run(capsys, *(a.replace("{p}", coded) for a in argv))
    assert (status, out) == (1, "")
    assert err == expected.replace("{p}", coded) + "\n"


@pytest.mark.parametrize(
    ("kind", "form", "out"),
    [
        ("frequencies", "docx", "frekvenser æøå.xlsx"),
        ("segments", "xlsx", "citater.csv"),
        ("agreement", "xlsx", "enighed"),
    ],
)
def test_a_report_file_named_for_another_format_is_refused(
    coded: str, capsys: pytest.CaptureFixture[str], kind: str, form: str, out: str
) -> None:
    target = Path(coded).parent / out
    coders = ["--coder-a", "ane", "--coder-b", "jonas"] if kind == "agreement" else []
    argv = ["query", coded, kind, *coders, "--format", form, "--out", str(target)]
    status, printed, err = run(capsys, *argv)
    assert (status, printed) == (1, "")
    assert err == f"tekstur: {out}: --format {form} writes a .{form} file; name it " + (
        f"{target.stem}.{form}\n"
    )
    assert not target.exists()
