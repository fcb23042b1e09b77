"""Grouping found identifiers for review: suggestions that never clash with a found name,
one pseudonym per person, and pseudonyms that are not reported again once applied."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.identifiers import Finding, IdentifierCategory
from app.pseudonymise import group_findings, ignored_surfaces
from models.commands import AddDocument, apply_command
from models.database import create_project
from models.pseudonyms import TermDecision, TermSpec
from tests.app.cli_runner import run

PERSON = IdentifierCategory.PERSON
TEXT = (
    "Mette: Jeg havde en borger, Tove Hansen, som ikke åbnede sin post.\n"
    "Søren: Tove kender vi alle sammen. Toves søn ringede også til Mette.\n"
)


def finding(text: str, surface: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return Finding(1, "Fokusgruppe Ærø", start, end, surface, PERSON, 0.95, "", "", "name list")


def found_in(text: str) -> list[Finding]:
    return [
        finding(text, "Mette"),
        finding(text, "Tove Hansen"),
        finding(text, "Søren"),
        finding(text, "Tove", 1),
        finding(text, "Toves"),
        finding(text, "Mette", 1),
    ]


def test_a_suggestion_is_never_a_name_that_was_found() -> None:
    groups = {g.surface: g for g in group_findings(found_in(TEXT), [])}
    found = {"Mette", "Tove", "Søren", "Hansen"}
    for group in groups.values():
        assert not found & set(group.replacement.split()), group
    assert len({g.replacement for g in groups.values()}) == len(groups)


def test_a_first_name_alone_takes_the_first_name_of_its_full_name() -> None:
    groups = {g.surface: g for g in group_findings(found_in(TEXT), [])}
    full = groups["Tove Hansen"].replacement
    assert groups["Tove"].replacement == full.split()[0]
    assert groups["Tove"].count == 2  # Toves joins Tove


def test_the_mapping_wins_over_the_full_name() -> None:
    mapping = [TermSpec("Tove", "Åse", "person"), TermSpec("Tove Hansen", "Åse Holm", "person")]
    groups = {g.surface: g for g in group_findings(found_in(TEXT), mapping)}
    assert groups["Tove"].replacement == "Åse"
    assert groups["Tove Hansen"].replacement == "Åse Holm"


def test_applied_pseudonyms_and_kept_texts_are_ignored() -> None:
    mapping = [
        TermSpec("Tove Hansen", "Ærtebølle Bøgh", "person"),
        TermSpec("010203-1234", "[CPR]", "cpr"),
        TermSpec("kollega", "", "term", TermDecision.REJECTED),
    ]
    assert ignored_surfaces(mapping) == [
        "kollega",
        "Ærtebølle Bøgh",
        "Ærtebølle",
        "Bøgh",
        "[CPR]",
    ]


def test_a_report_after_applying_does_not_list_the_pseudonyms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fokusgruppe æøå.tekstur"
    with create_project(path) as db:
        apply_command(db, AddDocument("Fokusgruppe Ærø", TEXT))
    before = tmp_path / "før.csv"
    assert run(capsys, "pseudonymise", str(path), "--report", str(before))[0] == 0
    with before.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    suggested = {r["text"]: r["suggested replacement"] for r in rows}
    assert suggested["Tove"] == suggested["Tove Hansen"].split()[0]
    key = tmp_path / "nøgle.csv"
    key.write_text(
        "tekst;erstatning\n"
        + "".join(f"{s};{r}\n" for s, r in suggested.items() if s in ("Tove", "Tove Hansen")),
        encoding="utf-8",
    )
    status, out, err = run(capsys, "pseudonymise", str(path), "--apply", "--mapping", str(key))
    assert (status, err) == (0, ""), out
    after = tmp_path / "efter.csv"
    assert run(capsys, "pseudonymise", str(path), "--report", str(after))[0] == 0
    with after.open(encoding="utf-8-sig", newline="") as handle:
        texts = {r["text"] for r in csv.DictReader(handle)}
    pseudonym = suggested["Tove Hansen"]
    assert "Mette" in texts and "Søren" in texts
    assert not texts & {pseudonym, pseudonym.split()[0], "Tove", "Tove Hansen"}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--report", "{d}/fund æøå.xlsx"], "fund æøå.xlsx: this file is written as CSV; name it "),
        (["--export-key", "{d}/nøgle.txt"], "nøgle.txt: this file is written as CSV; name it "),
        (
            ["--apply", "--mapping", "{d}/forkert.csv"],
            "forkert.csv: the replacement 'Tove Hansen' still contains 'Tove'",
        ),
    ],
)
def test_refusals_name_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    path = tmp_path / "fokusgruppe.tekstur"
    with create_project(path) as db:
        apply_command(db, AddDocument("Fokusgruppe Ærø", TEXT))
    (tmp_path / "forkert.csv").write_text("tekst;erstatning\nTove;Tove Hansen\n", "utf-8")
    args = [a.replace("{d}", str(tmp_path)) for a in argv]
    status, out, err = run(capsys, "pseudonymise", str(path), *args)
    assert (status, out) == (1, "")
    assert err.startswith(f"tekstur: {expected}") and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fokusgruppe.tekstur", "forkert.csv"]
