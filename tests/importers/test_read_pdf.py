"""The .pdf reader: lines page by page, and refusals for scans, passwords and damage."""

from __future__ import annotations

import pytest

from importers import pdf_file
from importers.result import ImportRefusedError
from tests.importers.file_builders import pdf_of, pdf_without_text


def test_lines_in_order_across_pages() -> None:
    data = pdf_of(
        [
            ["Interview med leder, R2", "I: Hvad betyder færre sager?"],
            ["L: Mere tid til den enkelte borger.", "Æble, øl og ål."],
        ]
    )
    read = pdf_file.read(data, "leder.pdf")
    assert [block.text for block in read.blocks] == [
        "Interview med leder, R2",
        "I: Hvad betyder færre sager?",
        "L: Mere tid til den enkelte borger.",
        "Æble, øl og ål.",
    ]
    assert all(block.heading_level is None for block in read.blocks)


def test_pdf_with_an_owner_password_only_is_read() -> None:
    read = pdf_file.read(pdf_of([["Åben for alle"]], encrypt_with=""), "aaben.pdf")
    assert [block.text for block in read.blocks] == ["Åben for alle"]


def refusal(data: bytes, name: str = "scan.pdf") -> str:
    with pytest.raises(ImportRefusedError) as caught:
        pdf_file.read(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    return message


def test_scanned_pdf_without_text_layer() -> None:
    assert refusal(pdf_without_text()) == (
        "scan.pdf: the PDF has no text layer (a scanned PDF?); run text recognition (OCR) first"
    )


def test_password_protected_pdf() -> None:
    message = refusal(pdf_of([["Hemmeligt"]], encrypt_with="hemmelig"))
    assert "password-protected" in message


def test_damaged_truncated_empty_and_not_pdf() -> None:
    good = pdf_of([["Hej"]])
    assert "not a valid PDF file" in refusal(good[: len(good) // 3])
    assert "not a valid PDF file" in refusal(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert "empty" in refusal(b"")
    assert "not a PDF file" in refusal("Bare tekst æøå".encode())
