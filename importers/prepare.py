"""Reading one file into a document ready to store — pure work, safe in a worker process."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from importers.formats import read_bytes, read_document
from importers.result import ImportRefusedError
from importers.transcript import Transcript, build_transcript


@dataclass(frozen=True)
class PreparedFile:
    """A file read and structured, not yet in any project."""

    path: Path
    source_hash: str
    transcript: Transcript
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    words: int = 0


@dataclass(frozen=True)
class RefusedFile:
    """A file that cannot be imported, and the one-line reason."""

    path: Path
    reason: str


def file_hash(data: bytes) -> str:
    """The SHA-256 of a file's bytes, which recognises a file imported before."""
    return hashlib.sha256(data).hexdigest()


def prepare_file(
    path: Path, known_hashes: frozenset[str] = frozenset()
) -> PreparedFile | str | RefusedFile:
    """Read and structure ``path``; its hash alone (a str) when it is in ``known_hashes``.

    Never raises for a bad file: the refusal is returned, so one file cannot stop a batch.
    """
    try:
        data = read_bytes(path)
        digest = file_hash(data)
        if digest in known_hashes:
            return digest
        read = read_document(data, path.name)
        transcript = build_transcript(read.blocks)
        if not transcript.text.strip():
            raise ImportRefusedError(f"{path.name}: holds no text")
    except ImportRefusedError as refusal:
        return RefusedFile(path, str(refusal))
    except Exception as error:  # any surprise in one file refuses that file only
        # A reader met something it did not foresee; the file is refused, not the batch.
        return RefusedFile(path, f"{path.name}: could not be read ({type(error).__name__})")
    words = len(transcript.text.split())
    return PreparedFile(path, digest, transcript, read.notes, read.encoding, words)
