"""The coded-segments table as Excel and CSV, from the hand-built project."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from analysis.segments import CodedSegment, coded_segments
from exporters.segments_table import coding_memos, write_segments_csv, write_segments_xlsx
from models.commands import AddMemo, apply_command
from models.database import ProjectDatabase, create_project
from models.progress import OperationCancelledError
from tests.analysis.hand_project import HandProject, build_hand_project

HEADERS_DA = [
    "Dokument", "Taler", "Sag", "Afdeling", "Alder", "Rolle", "Runde",
    "Niveau 1", "Niveau 2", "Koder", "Start", "Slut", "Tekst", "Memo",
]  # fmt: skip
MEMO = "Åse taler om tillid – se også Bjørns svar"


@dataclass
class Hand:
    """The project, its ids and its coded segments."""

    db: ProjectDatabase
    ids: HandProject
    segments: list[CodedSegment]


@pytest.fixture(scope="module")
def hand(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hand]:
    """The hand-built project with two memos on one coding and a titled memo on another."""
    db = create_project(tmp_path_factory.mktemp("segmenter") / "hånd.tekstur", name="Ærø")
    ids = build_hand_project(db)
    trust = ids.codings["tillid_fg_ane"]
    apply_command(db, AddMemo(MEMO, "", "coding_id", trust))
    apply_command(db, AddMemo("Spørg igen i runde 2", "", "coding_id", trust))
    apply_command(db, AddMemo("", "Uklart", "coding_id", ids.codings["tid_fg2_ane"]))
    yield Hand(db, ids, coded_segments(db))
    db.close()


def test_memos_by_coding(hand: Hand) -> None:
    memos = coding_memos(hand.db)
    assert memos == {
        hand.ids.codings["tillid_fg_ane"]: f"{MEMO}\n\nSpørg igen i runde 2",
        hand.ids.codings["tid_fg2_ane"]: "Uklart",
    }


def test_workbook_has_a_column_per_attribute_and_code_level(hand: Hand, tmp_path: Path) -> None:
    path = tmp_path / "segmenter æøå.xlsx"
    provenance = {"query": "coded segments", "project": "Ærø"}
    write_segments_xlsx(hand.segments, path, memos=coding_memos(hand.db), provenance=provenance)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Kodede segmenter", "Sådan er tabellen lavet"]
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS_DA
    assert len(rows) == 1 + len(hand.segments) == 14
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N14"
    assert [sheet.column_dimensions[c].width for c in "AMN"] == [28, 80, 50]
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    by_text = {(row[12], row[9]): dict(zip(HEADERS_DA, row, strict=True)) for row in rows[1:]}
    trust = by_text[("tilliden vokser", "ane")]
    assert trust["Dokument"] == "Fokusgruppe R1"
    assert (trust["Taler"], trust["Sag"], trust["Rolle"], trust["Alder"]) == (
        "Åse", "Åse", "Sagsbehandler", "45",
    )  # fmt: skip
    assert (trust["Niveau 1"], trust["Niveau 2"]) == ("Samarbejde", "Tillid")
    assert trust["Memo"] == f"{MEMO}\n\nSpørg igen i runde 2"
    segment = next(s for s in hand.segments if s.coding_id == hand.ids.codings["tillid_fg_ane"])
    assert (trust["Start"], trust["Slut"]) == (segment.start, segment.end)
    emoji = by_text[("Vi har tid til borgeren nu 😀", "ane")]
    assert (emoji["Niveau 1"], emoji["Niveau 2"], emoji["Memo"]) == ("Tid", None, None)
    note = by_text[("blev aflyst", "jonas")]
    assert (note["Taler"], note["Sag"], note["Runde"]) == (None, None, "R1")
    assert not any(cell.alignment.wrap_text for cell in sheet["M"])
    info: Any = book.worksheets[1]
    facts = dict(info.iter_rows(min_row=2, values_only=True))
    assert facts == {"Kodede segmenter": 13, "Forespørgsel": "Kodede segmenter", "Projekt": "Ærø"}


def test_csv_has_a_byte_order_mark_and_the_same_rows(hand: Hand, tmp_path: Path) -> None:
    path = tmp_path / "segmenter.csv"
    memos = coding_memos(hand.db)
    write_segments_csv(hand.segments, path, memos=memos)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == HEADERS_DA
    workbook = tmp_path / "segmenter.xlsx"
    write_segments_xlsx(hand.segments, workbook, memos=memos)
    cells = openpyxl.load_workbook(workbook).worksheets[0].iter_rows(values_only=True)
    assert rows == [["" if v is None else str(v) for v in row] for row in cells]
    assert any("cafe\u0301en" in row[12] for row in rows)  # combining mark kept
    english = io.StringIO()
    write_segments_csv(hand.segments, english, language="en", bom=False)
    assert english.getvalue().startswith("Document,Speaker,Case,Afdeling,")


@dataclass(frozen=True)
class Plain:
    """A segment made by hand, with only the fields the table reads."""

    coding_id: int
    text: str
    document_name: str = "Interview Åse"
    code_path: tuple[str, ...] = ("Tema æøå", "Under", "Nederst")
    coder_name: str = "ane"
    start: int = 0
    end: int = 4
    speaker: str | None = None
    case_name: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)


def test_progress_every_thousand_rows_and_deepest_path(tmp_path: Path) -> None:
    segments = [Plain(i, f"passage {i} æøå") for i in range(2500)]
    segments.append(Plain(9999, "=SUM(A1:A2)\x07", code_path=("Tema æøå",)))
    calls: list[tuple[int, int]] = []
    path = tmp_path / "mange.xlsx"
    write_segments_xlsx(segments, path, progress=lambda d, t, w: calls.append((d, t)))
    assert calls == [(0, 2501), (1000, 2501), (2000, 2501), (2501, 2501)]
    sheet: Any = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[3:6] == ["Niveau 1", "Niveau 2", "Niveau 3"]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[3:6] == ["Tema æøå", None, None]
    assert last[9] == "=SUM(A1:A2)"  # text, not a formula; the bell character dropped
    assert sheet.cell(sheet.max_row, 10).data_type == "s"


def test_text_is_kept_as_excel_reads_it(tmp_path: Path) -> None:
    long = "ø" * 40_000
    emoji = "😀" * 20_000  # two UTF-16 units each, as Excel counts
    texts = [
        "  spaces kept  ", "a & b <c> \"d\"", "bell\x07 nul\x00 lone\ud800 end\ufffe", long, emoji,
        "_x0041_ stays", "\x07",
    ]  # fmt: skip
    segments = [Plain(i, text) for i, text in enumerate(texts)]
    path = tmp_path / "tekster.xlsx"
    write_segments_xlsx(segments, path)
    sheet: Any = openpyxl.load_workbook(path).worksheets[0]
    cells = [sheet.cell(row, 10).value for row in range(2, 2 + len(texts))]
    assert cells[:3] == ["  spaces kept  ", 'a & b <c> "d"', "bell nul lone end"]
    assert cells[3] == "ø" * 32_766 + "…"
    assert cells[4] == "😀" * 16_383 + "…"
    assert cells[6] is None  # nothing left: a blank cell
    with zipfile.ZipFile(path) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<t>_x005F_x0041_ stays</t>" in xml  # Excel shows _x0041_, not A


def test_a_failed_or_cancelled_export_leaves_no_file(hand: Hand, tmp_path: Path) -> None:
    def cancel(done: int, total: int, what: str) -> None:
        if done > 0:  # after the header and first row are streamed
            raise OperationCancelledError

    segments = hand.segments * 100
    for name, write in (("s.xlsx", write_segments_xlsx), ("s.csv", write_segments_csv)):
        with pytest.raises(OperationCancelledError):
            write(segments, tmp_path / name, progress=cancel)
    assert list(tmp_path.iterdir()) == []
    target = tmp_path / "gammel æøå.csv"
    target.write_text("det gamle", encoding="utf-8")
    with pytest.raises(OperationCancelledError):
        write_segments_csv(segments, target, progress=cancel)
    assert target.read_text(encoding="utf-8") == "det gamle"
    with pytest.raises(OSError, match="mappe"):
        write_segments_xlsx(hand.segments, tmp_path / "mappe" / "s.xlsx")
