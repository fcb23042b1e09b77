"""Reading PDF files that have a text layer, with pypdf (imported only when a PDF is read).

Each line of extracted text becomes a block; pages follow one another without extra lines.
A PDF without a text layer (a scan), an encrypted PDF and a damaged PDF are refused.
"""

from __future__ import annotations

import io
import logging
import re

from importers.result import Block, ImportRefusedError, ReadFile

_LINE_ENDS = re.compile(r"\r\n?|\n")


def read(data: bytes, name: str) -> ReadFile:
    """Read a ``.pdf`` file's text layer page by page into one block per line."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    if not data.strip():
        raise ImportRefusedError(f"{name}: the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise ImportRefusedError(f"{name}: not a PDF file")
    damaged = f"{name}: not a valid PDF file (damaged)"
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # pypdf warns about every oddity it repairs
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRefusedError(
                f"{name}: the PDF is password-protected; save a copy without a password first"
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportRefusedError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise ImportRefusedError(
            f"{name}: the PDF is encrypted and cannot be read; save a copy without protection"
        ) from None
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, IndexError, OSError):
        raise ImportRefusedError(damaged) from None
    except RecursionError:  # a reference loop in a hostile file
        raise ImportRefusedError(damaged) from None
    finally:
        pypdf_log.setLevel(level)
    lines = [line for page in pages if page for line in _LINE_ENDS.split(page.rstrip("\r\n"))]
    if not any(line.strip() for line in lines):
        raise ImportRefusedError(
            f"{name}: the PDF has no text layer (a scanned PDF?); run text recognition (OCR) first"
        )
    return ReadFile([Block(line) for line in lines])
