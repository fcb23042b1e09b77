"""Which reader handles which file: one module per format, imported only when needed."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol, cast

from importers.result import MAX_FILE_BYTES, ImportRefusedError, ReadFile

# File suffix → module with ``read(data: bytes, name: str) -> ReadFile``.
READERS = {
    ".docx": "importers.docx_file",
    ".txt": "importers.text_file",
    ".md": "importers.text_file",
    ".odt": "importers.odt_file",
    ".rtf": "importers.rtf_file",
    ".pdf": "importers.pdf_file",
    ".vtt": "importers.subtitles",
    ".srt": "importers.subtitles",
    ".html": "importers.html_file",
    ".htm": "importers.html_file",
}
SUPPORTED_SUFFIXES = tuple(READERS)


class _Reader(Protocol):
    def read(self, data: bytes, name: str) -> ReadFile: ...


def is_supported(path: Path) -> bool:
    """True when Tekstur has a reader for the file's suffix."""
    return path.suffix.lower() in READERS


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing a missing, unreadable or over-large file with a reason."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = size / 1024 / 1024
            raise ImportRefusedError(
                f"{path.name}: {megabytes:,.0f} MB is more than the"
                f" {MAX_FILE_BYTES // 1024 // 1024} MB Tekstur imports"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefusedError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportRefusedError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise ImportRefusedError(f"{path.name}: permission denied") from None
    except OSError as error:
        raise ImportRefusedError(f"{path.name}: cannot be read ({error.strerror})") from None


def read_document(data: bytes, name: str) -> ReadFile:
    """Read ``data`` with the reader for ``name``'s suffix; refuse unknown formats."""
    suffix = Path(name).suffix.lower()
    module_name = READERS.get(suffix)
    if module_name is None:
        known = ", ".join(SUPPORTED_SUFFIXES)
        raise ImportRefusedError(
            f"{name}: '{suffix or 'no suffix'}' is not a format Tekstur imports ({known})"
        )
    reader = cast(_Reader, importlib.import_module(module_name))
    return reader.read(data, name)
