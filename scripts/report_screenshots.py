"""Render the README's report pictures from the demo project.

Writes a matrix workbook (codes × round) and a coded quotes report into a scratch folder,
converts both to PDF with LibreOffice, and a page of each to PNG with pdftoppm:
``docs/report-matrix-xlsx.png`` and ``docs/report-quotes-docx.png``. The workbook prints with
its own page setup (one page wide, landscape), as a researcher would print it.

    .venv/bin/python scripts/report_screenshots.py [--keep FOLDER]

Needs ``libreoffice`` and ``pdftoppm`` (poppler-utils) on the PATH, and Carlito
(fonts-crosextra-carlito), which has Calibri's measures, for the workbook to print as in Excel.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from analysis.code_tree import CodeTree
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import Axis
from analysis.quotes import quote_report
from exporters.quotes_docx import write_quotes_docx
from exporters.table_xlsx import write_table_xlsx
from models.database import open_project
from resources.demo import build_demo_project

DOCS = Path(__file__).resolve().parent.parent / "docs"
QUOTED_CODES = (
    "Opgavekompetencer/Borgerrelation og samarbejde/Tillid",
    "Opgavekompetencer/Lægelige oplysninger",
)


def write_reports(folder: Path) -> tuple[Path, Path]:
    """The matrix workbook and the quotes report of a fresh demo project in ``folder``."""
    project = folder / "demo.tekstur"
    build_demo_project(project)
    workbook, report = folder / "matrix.xlsx", folder / "citater.docx"
    with open_project(project) as db:
        table = matrix_query(
            db,
            MatrixOptions(
                rows=Axis("codes", "Opgavekompetencer"), columns=Axis("attribute", "Runde")
            ),
        )
        write_table_xlsx(table, workbook, language="da")
        with db.read() as connection:
            tree = CodeTree.load(connection)
        quotes = quote_report(
            db,
            code_ids=[tree.find(path) for path in QUOTED_CODES],
            order_by=["Runde"],
            context_chars=60,
        )
        write_quotes_docx(quotes, report, language="da")
    return workbook, report


def page_png(document: Path, target: Path, page: int = 1, resolution: int = 90) -> None:
    """Convert ``document`` to PDF with LibreOffice and one page of it to the PNG ``target``."""
    folder = document.parent
    subprocess.run(
        [
            "libreoffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    stem = folder / f"{document.stem}-page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page), "-singlefile",
         str(document.with_suffix(".pdf")), str(stem)],
        check=True,
        timeout=120,
    )  # fmt: skip
    crop_margins(stem.with_suffix(".png"), target)


def crop_margins(picture: Path, target: Path, margin: int = 24) -> None:
    """Save ``picture`` to ``target`` without the empty paper around the content."""
    from PIL import Image, ImageChops

    with Image.open(picture) as opened:
        page = opened.convert("RGB")
        box = ImageChops.difference(page, Image.new("RGB", page.size, "white")).getbbox()
        if box is not None:
            left, top, right, bottom = box
            page = page.crop(
                (
                    max(0, left - margin),
                    max(0, top - margin),
                    min(page.width, right + margin),
                    min(page.height, bottom + margin),
                )
            )
        page.save(target, optimize=True)


def main() -> None:
    """Write the two pictures into docs/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="leave the reports and PDFs in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tekstur-reports-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        workbook, report = write_reports(folder)
        page_png(workbook, DOCS / "report-matrix-xlsx.png")  # printed as the workbook sets it
        page_png(report, DOCS / "report-quotes-docx.png", page=2)  # page 1: the title page
    print(f"Wrote {DOCS / 'report-matrix-xlsx.png'} and {DOCS / 'report-quotes-docx.png'}")


if __name__ == "__main__":
    main()
