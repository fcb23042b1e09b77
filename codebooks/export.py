"""Writing a codebook to a file, the writer chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path

from models.codebook_spec import CodebookSpec

EXPORT_SUFFIXES = (".qdc", ".xlsx", ".docx")


def write_codebook(spec: CodebookSpec, out: Path, language: str) -> list[Path]:
    """Write ``spec`` in ``language`` to ``out`` (``.qdc``, ``.xlsx`` or ``.docx``).

    Returns every file written: a ``.qdc`` gets its translations in a file beside it.
    """
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValueError(f"cannot export to '{out.name}': use a .qdc, .xlsx or .docx file name")
    if suffix == ".qdc":
        from codebooks.translations import write_translated_qdc

        return write_translated_qdc(spec, out, language, translations=True)
    if suffix == ".xlsx":
        from exporters.codebook_xlsx import export_codebook_xlsx

        export_codebook_xlsx(spec, out, language)
    else:
        from exporters.codebook_docx import export_codebook_docx

        export_codebook_docx(spec, out, language)
    return [out]
