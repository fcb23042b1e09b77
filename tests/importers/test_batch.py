"""Batch import into a project: what is stored, skipped, refused, cancelled and undone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from importers.batch import ImportOptions, collect_files, import_files, read_files
from importers.name_pattern import NamePattern, NamePatternError
from importers.prepare import PreparedFile, RefusedFile, prepare_file
from models.cases import AttributeDefinition, AttributeTarget, AttributeType, AttributeValue
from models.commands import DefineAttribute, apply_command
from models.database import ProjectDatabase
from models.documents import Document, DocumentKind, SpeakerTurn
from models.progress import OperationCancelledError
from tests.models.sample_project import snapshot

FOCUS_GROUP = (
    "Fokusgruppe R1 – forsøgsafdelingen\r\n"
    "I: Interviewer\r\n"
    "SA: Sagsbehandler Åse\r\n"
    "SB: Sagsbehandler Bøje\r\n"
    "\r\n"
    "I: Hvad betyder færre sager?\r\n"
    "SA: At jeg kan ringe tilbage samme dag.\r\n"
    "SB: Og at borgerne stoler på os.\r\n"
)
INTERVIEW = "I: Hvordan går det?\nBorger: Godt – jeg er i praktik. 🙂\nI: Dejligt.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def stored(db: ProjectDatabase) -> dict[str, tuple[str, str, list[tuple[str, str]]]]:
    """name → (kind, text, [(speaker, turn text)]) for every document in the project."""
    with db.read() as connection:
        documents = connection.execute(
            select(Document.id, Document.name, Document.kind, Document.text).order_by(Document.id)
        ).all()
        result = {}
        for document in documents:
            turns = connection.execute(
                select(SpeakerTurn.speaker, SpeakerTurn.start, SpeakerTurn.end)
                .where(SpeakerTurn.document_id == document.id)
                .order_by(SpeakerTurn.start)
            ).all()
            result[document.name] = (
                document.kind.value,
                document.text,
                [(t.speaker, document.text[t.start : t.end]) for t in turns],
            )
        return result


def test_folder_import_stores_text_turns_and_guessed_kinds(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    write(tmp_path, "runde1/R1_fokusgruppe.txt", FOCUS_GROUP.encode("cp1252"))
    write(tmp_path, "runde1/R1_borger.txt", INTERVIEW.encode("utf-8-sig"))
    write(tmp_path, "runde1/.skjult.txt", b"hidden")
    write(tmp_path, "runde1/~$R1_borger.docx", b"lock file")
    write(tmp_path, "runde1/billede.png", b"\x89PNG")
    report = import_files(db, [tmp_path / "runde1"])
    assert [(o.name, o.status) for o in report.outcomes] == [
        ("R1_borger", "imported"),
        ("R1_fokusgruppe", "imported"),
    ]
    documents = stored(db)
    assert documents["R1_fokusgruppe"] == (
        "focus-group",
        FOCUS_GROUP.replace("\r\n", "\n").removesuffix("\n"),  # the last line end ends a line
        [
            ("Interviewer", "Hvad betyder færre sager?"),
            ("Sagsbehandler Åse", "At jeg kan ringe tilbage samme dag."),
            ("Sagsbehandler Bøje", "Og at borgerne stoler på os."),
        ],
    )
    assert documents["R1_borger"][0] == "interview"
    assert documents["R1_borger"][1] == INTERVIEW.removesuffix("\n")
    focus = report.outcomes[1]
    assert (focus.turns, focus.speakers) == (
        3,
        ["Interviewer", "Sagsbehandler Åse", "Sagsbehandler Bøje"],
    )
    assert "Windows-1252" in focus.message


def test_identical_file_is_skipped_and_name_clash_renamed(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    first = write(tmp_path, "a/Interview.txt", INTERVIEW.encode())
    import_files(db, [first])
    copy = write(tmp_path, "b/Kopi af interview.txt", INTERVIEW.encode())
    other = write(tmp_path, "c/Interview.txt", b"I: Noget andet.\nB: Ja.\n")
    report = import_files(db, [copy, other, other])
    assert [(o.status, o.name) for o in report.outcomes] == [
        ("skipped", "Interview"),
        ("imported", "Interview (2)"),
    ]
    assert report.outcomes[0].message == "identical to 'Interview', already in the project"
    assert "named 'Interview (2)' because 'Interview' is taken" in report.outcomes[1].message


def test_bad_files_are_refused_and_the_rest_imported(db: ProjectDatabase, tmp_path: Path) -> None:
    good = write(tmp_path, "god.txt", INTERVIEW.encode())
    empty = write(tmp_path, "tom.txt", b"")
    binary = write(tmp_path, "binær.txt", bytes(range(256)) * 4)
    unknown = write(tmp_path, "noter.xyz", b"I: hej")
    missing = tmp_path / "findes-ikke.txt"
    report = import_files(db, [empty, binary, good, unknown, missing])
    statuses = {o.path.name: (o.status, o.message) for o in report.outcomes}
    assert statuses["god.txt"][0] == "imported"
    assert statuses["tom.txt"] == ("refused", "tom.txt: the file is empty")
    assert statuses["binær.txt"] == ("refused", "binær.txt: this is a binary file, not text")
    assert statuses["noter.xyz"][0] == "refused" and "not a format" in statuses["noter.xyz"][1]
    assert statuses["findes-ikke.txt"][1].endswith("no such file")
    assert list(stored(db)) == ["god"]


def test_kind_attributes_and_name_pattern(db: ProjectDatabase, tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "R1_Forsøg_Borger_Åse.txt", INTERVIEW.encode()),
        write(tmp_path, "R2_Ordinær_Leder_1.txt", b"I: Hej.\nLeder: Hej.\n"),
        write(tmp_path, "ukendt.txt", b"I: Hej.\nLeder: Dav.\n"),
    ]
    options = ImportOptions(
        kind=DocumentKind.INTERVIEW,
        attributes={"Projekt": "Færre sager"},
        name_pattern=NamePattern.parse("{Runde}_{Afdeling}_{Rolle}_*"),
    )
    report = import_files(db, paths, options)
    assert report.outcomes[2].message == "the file name does not fit '{Runde}_{Afdeling}_{Rolle}_*'"
    with db.read() as connection:
        rows = connection.execute(
            select(Document.name, AttributeDefinition.name, AttributeValue.value_text)
            .join(AttributeValue, AttributeValue.document_id == Document.id)
            .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
            .order_by(Document.id, AttributeDefinition.id)
        ).all()
        kinds = set(connection.execute(select(Document.kind)).scalars())
    assert kinds == {DocumentKind.INTERVIEW}
    assert [tuple(row) for row in rows] == [
        ("R1_Forsøg_Borger_Åse", "Projekt", "Færre sager"),
        ("R1_Forsøg_Borger_Åse", "Runde", "R1"),
        ("R1_Forsøg_Borger_Åse", "Afdeling", "Forsøg"),
        ("R1_Forsøg_Borger_Åse", "Rolle", "Borger"),
        ("R2_Ordinær_Leder_1", "Projekt", "Færre sager"),
        ("R2_Ordinær_Leder_1", "Runde", "R2"),
        ("R2_Ordinær_Leder_1", "Afdeling", "Ordinær"),
        ("R2_Ordinær_Leder_1", "Rolle", "Leder"),
        ("ukendt", "Projekt", "Færre sager"),
    ]


def test_undo_removes_the_whole_import(db: ProjectDatabase, tmp_path: Path) -> None:
    before = snapshot(db)
    paths = [
        write(tmp_path, f"interview {i}.txt", f"I: Nr. {i}?\nB: Ja.\n".encode()) for i in range(3)
    ]
    report = import_files(db, paths, ImportOptions(attributes={"Runde": "R1"}))
    assert report.count("imported") == 3
    undo = report.undo_command()
    assert undo is not None
    apply_command(db, undo)
    assert snapshot(db) == before


def test_cancel_keeps_what_was_stored_and_lists_the_rest(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    paths = [write(tmp_path, f"fil {i}.txt", f"I: Spørgsmål {i}\n".encode()) for i in range(4)]
    calls: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        calls.append((done, total, what))
        if done == 2:
            raise OperationCancelledError

    report = import_files(db, paths, progress=progress)
    assert report.cancelled
    assert calls == [(0, 4, ""), (1, 4, "fil 0.txt"), (2, 4, "fil 1.txt")]
    assert [o.status for o in report.outcomes] == ["cancelled"] * 4
    assert stored(db) == {}


def test_parallel_import_of_many_files_keeps_order(
    sqlite_db: ProjectDatabase, tmp_path: Path
) -> None:
    paths = [
        write(
            tmp_path,
            f"{i:02d}_samtale.txt",
            f"I: Spørgsmål {i}?\nBorger: Svar {i} – æøå.\n".encode(),
        )
        for i in range(12)
    ]
    report = import_files(sqlite_db, [tmp_path])
    assert [o.path for o in report.outcomes] == paths
    assert all(o.status == "imported" and o.turns == 2 for o in report.outcomes)
    assert stored(sqlite_db)["07_samtale"][2] == [
        ("I", "Spørgsmål 7?"),
        ("Borger", "Svar 7 – æøå."),
    ]


def test_collect_files_keeps_named_files_even_when_unsupported(tmp_path: Path) -> None:
    named = write(tmp_path, "noter.xyz", b"x")
    inside = write(tmp_path, "mappe/b.md", b"# Tema")
    assert collect_files([named, tmp_path / "mappe", named]) == [named, inside]


@pytest.mark.parametrize("pattern", ["{}_x", "{A}_{A}", "{A", "A}_{B}", "ingen felter"])
def test_bad_name_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(NamePatternError):
        NamePattern.parse(pattern)


@pytest.mark.parametrize(
    ("pattern", "stem", "expected"),
    [
        (
            "{Runde}_{Afdeling}_{Rolle}_*",
            "R2_Ordinær afdeling_Leder_3",
            ["R2", "Ordinær afdeling", "Leder"],
        ),
        ("{Runde}_{Afdeling}_{Rolle}*", "R1_Forsøg_Borger_Åse", ["R1", "Forsøg", "Borger_Åse"]),
        ("{Runde} {Rolle}", "R3 Sagsbehandler Øby", ["R3", "Sagsbehandler Øby"]),
        ("Interview-{Nr}", "Interview-07", ["07"]),
    ],
)
def test_name_pattern_values_stop_at_the_next_character(
    pattern: str, stem: str, expected: list[str]
) -> None:
    found = NamePattern.parse(pattern).match(stem)
    assert found is not None and list(found.values()) == expected
    assert NamePattern.parse(pattern).match("passer_ikke") is None


def test_a_file_over_200_mb_is_refused_without_reading_it(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    huge = tmp_path / "kæmpe interview.txt"
    with huge.open("wb") as file:  # sparse: 201 MB on paper, nothing on disk
        file.truncate(201 * 1024 * 1024)
    report = import_files(db, [huge])
    assert [(o.status, o.message) for o in report.outcomes] == [
        ("refused", "kæmpe interview.txt: 201 MB is more than the 200 MB Tekstur imports")
    ]


def read_or_die(
    path: Path, known_hashes: frozenset[str] = frozenset()
) -> PreparedFile | str | RefusedFile:
    """A reader that kills its process on files named 'dræber…' (run in reader processes)."""
    if path.name.startswith("dræber"):
        os._exit(3)
    return prepare_file(path, known_hashes)


def test_a_reader_process_that_dies_costs_only_its_file(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i:02d}.txt", f"I: Nr. {i}\n".encode()) for i in range(10)]
    paths.insert(4, write(tmp_path, "dræber.txt", b"I: farvel\n"))
    results = list(read_files(paths, frozenset(), read_or_die))
    assert [path for path, _ in results] == paths
    refused = [(path.name, r.reason) for path, r in results if isinstance(r, RefusedFile)]
    assert refused == [("dræber.txt", "dræber.txt: the reader stopped while reading this file")]
    assert sum(isinstance(r, PreparedFile) for _, r in results) == 10


def test_values_for_existing_typed_attributes_are_converted_or_refused(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    apply_command(db, DefineAttribute("Alder", AttributeType.NUMBER, AttributeTarget.DOCUMENT))
    good = write(tmp_path, "41_Åse.txt", INTERVIEW.encode())
    bad = write(tmp_path, "ca. 40_Bo.txt", b"I: Hej.\nB: Dav.\n")
    report = import_files(
        db, [good, bad], ImportOptions(name_pattern=NamePattern.parse("{Alder}_*"))
    )
    assert [(o.status, o.message) for o in report.outcomes] == [
        ("imported", ""),
        ("refused", "ca. 40_Bo.txt: Alder: 'ca. 40' is not a number"),
    ]
    with db.read() as connection:
        values = connection.execute(select(AttributeValue.value_number)).scalars().all()
    assert values == [41.0]
