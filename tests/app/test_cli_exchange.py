"""``tekstur exchange import|export``: summaries, JSON, errors, and a round trip."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.app.cli_runner import run
from tests.importers.refi.refi_files import SAMPLES
from tests.importers.refi.refi_project import full_project, relative_file_text

KEYS = ("users", "codes", "sources", "selections", "codings", "cases", "variables", "notes")


def test_import_prints_json_with_counts_and_what_was_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = full_project().qdpx(tmp_path / "forsøg æøå.qdpx")
    (tmp_path / "noter.txt").write_bytes(relative_file_text())
    status, out, err = run(
        capsys, "exchange", "import", str(archive), str(tmp_path / "p.tekstur"), "--json"
    )
    assert (status, err) == (0, "")
    summary = json.loads(out)
    assert [summary[key] for key in KEYS] == [2, 4, 5, 8, 9, 2, 7, 7]
    assert (summary["sets"], summary["links"]) == (1, 1)
    assert summary["origin"] == "MAXQDA 24"
    assert {
        "item": "picture source 'Tegning.jpg'",
        "reason": "it has no text representation (no <TextDescription>)",
    } in summary["skipped"]
    status, out, _ = run(capsys, "info", str(tmp_path / "p.tekstur"), "--json")
    assert json.loads(out)["codings"] == 9


def test_import_without_json_lists_the_skipped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = SAMPLES / "sky-loom+refi-qda__TestProject.qdpx"
    if not source.exists():
        pytest.skip("the ATLAS.ti sample is not available")
    archive = shutil.copy(source, tmp_path / "atlas.qdpx")
    status, out, err = run(capsys, "exchange", "import", str(archive), str(tmp_path / "a.tekstur"))
    assert status == 0
    assert "0 sources, 0 selections, 0 codings" in out and "14 codes" in out
    assert "skipped  text source 'Mabel.txt': its text file" in err
    assert "skipped  user 'ATLAS.ti': the program itself" in err


def test_export_then_import_gives_the_same_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "noter.txt").write_bytes(relative_file_text())
    archive = full_project("NVivo 14", utf16=True).qdpx(tmp_path / "a.qdpx")
    assert run(capsys, "exchange", "import", str(archive), str(tmp_path / "a.tekstur"))[0] == 0
    status, out, _ = run(
        capsys,
        "exchange",
        "export",
        str(tmp_path / "a.tekstur"),
        str(tmp_path / "b.qdpx"),
        "--json",
    )
    exported = json.loads(out)
    assert status == 0 and exported["codings"] == 9 and exported["selections"] == 7
    with zipfile.ZipFile(tmp_path / "b.qdpx") as written:
        assert sum(n.startswith("sources/") for n in written.namelist()) == 5
    status, out, _ = run(
        capsys,
        "exchange",
        "import",
        str(tmp_path / "b.qdpx"),
        str(tmp_path / "b.tekstur"),
        "--json",
    )
    again = json.loads(out)
    assert [again[k] for k in KEYS] == [2, 4, 5, 7, 9, 2, 7, 7]
    assert again["skipped"] == []


def test_codebook_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = full_project().qdpx(tmp_path / "a.qdpx")
    run(capsys, "exchange", "import", str(archive), str(tmp_path / "a.tekstur"))
    status, out, _ = run(
        capsys, "exchange", "export", str(tmp_path / "a.tekstur"), str(tmp_path / "koder.qdc")
    )
    assert status == 0 and "4 codes" in out
    assert b'name="Temaer" isCodable="false"' in (tmp_path / "koder.qdc").read_bytes()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "findes-ikke.qdpx", "p.tekstur"], "no such file: findes-ikke.qdpx"),
        (["import", "tom.qdpx", "p.tekstur"], "tom.qdpx: the file is empty"),
        (["export", "a.tekstur", "ud.docx"], "use a .qdpx or .qdc file name"),
        (["export", "a.tekstur", "mappe/ud.qdpx"], "does not exist"),
    ],
)
def test_errors_are_one_line_with_status_1(
    argv: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tom.qdpx").write_bytes(b"")
    run(capsys, "init", "a.tekstur")
    status, _, err = run(capsys, "exchange", *argv)
    assert status == 1 and message in err and err.count("\n") == 1
    assert not (tmp_path / "p.tekstur").exists()


def test_import_refuses_an_existing_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = full_project().qdpx(tmp_path / "a.qdpx")
    run(capsys, "init", str(tmp_path / "findes.tekstur"))
    status, _, err = run(
        capsys, "exchange", "import", str(archive), str(tmp_path / "findes.tekstur")
    )
    assert status == 1 and "already exists" in err
