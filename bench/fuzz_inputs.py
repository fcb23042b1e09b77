"""Damaged copies of real files, and the readers that must refuse them without crashing.

A mutation is bytes flipped, bytes inserted or removed, the file cut short, a block copied
over another, or — for a ZIP-based file — one member replaced by damaged XML, an entity bomb,
random bytes, or a truncated copy of itself. Each reader may return what it read or raise
its own refusal error; any other exception is a crash (a bug), and so is a hang.

Both the fuzz tests (hypothesis draws the :class:`random.Random`) and ``bench/bench_fuzz.py``
(a time-boxed loop) use these.
"""

from __future__ import annotations

import io
import random
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from importers.formats import read_document
from importers.refi.archive import open_exchange_file
from importers.refi.exchange_model import ExchangeImportError
from importers.refi.project_reader import read_exchange_project
from importers.refi.qdc_reader import parse_codebook_xml, read_qdc
from importers.result import ImportRefusedError
from importers.transcript import build_transcript
from models.codebook_spec import CodebookFileError

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b"<lolz>&lol3;</lolz>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
)
DEMO = Path(__file__).parents[1] / "resources" / "demo"
_JUNK = (b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"</", b"&", b"{\\", b"}", b"\r\n", b"\xe6")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three mutations of ``data``; a ZIP's members are mutated as a ZIP half the time."""
    if data[:2] == b"PK" and rng.random() < 0.5:
        replaced = _mutate_member(data, rng)
        if replaced is not None:
            return replaced
    for _ in range(rng.randint(1, 3)):
        data = _mutate_bytes(data, rng)
    return data


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return rng.choice(_JUNK)
    at = rng.randrange(len(data))
    kind = rng.randrange(6)
    if kind == 0:  # flip a few bits
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        return bytes(flipped)
    if kind == 1:  # cut short
        return data[:at]
    if kind == 2:  # remove a run
        return data[:at] + data[at + rng.randint(1, 64) :]
    if kind == 3:  # insert junk
        return data[:at] + rng.choice(_JUNK) * rng.randint(1, 4) + data[at:]
    if kind == 4:  # copy a block over another
        length = rng.randint(1, 256)
        source = rng.randrange(len(data))
        return data[:at] + data[source : source + length] + data[at + length :]
    return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[at:]


def _mutate_member(data: bytes, rng: random.Random) -> bytes | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    if not members:
        return None
    name = rng.choice(sorted(members))
    original = members[name]
    members[name] = rng.choice(
        [
            BILLION_LAUGHS,
            EXTERNAL_ENTITY,
            original[: rng.randint(0, len(original))],
            _mutate_bytes(original, rng),
            bytes(rng.randrange(256) for _ in range(rng.randint(0, 200))),
        ]
    )
    if rng.random() < 0.2:
        del members[name]
    buffer = io.BytesIO()
    method = rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def seed_files(folder: Path) -> dict[str, bytes]:
    """Real files for each target: a Danish .docx and .txt transcript, and a coded project
    exported as ``.qdpx`` and as a ``.qdc`` codebook."""
    from bench.bench_import import transcript_docx
    from exporters.refi.project_writer import export_exchange
    from models.commands import AddAnnotation, AddDocument, CodePassage, apply_command
    from models.database import create_project

    folder.mkdir(parents=True, exist_ok=True)
    text = (DEMO / "R1 Interview borger 1.txt").read_bytes()
    transcript_docx(folder / "fokusgruppe.docx", 300, random.Random(3))
    with create_project(folder / "frø.tekstur") as db:
        add = AddDocument("Interview borger 1", text.decode("utf-8").replace("\r\n", "\n"))
        apply_command(db, add)
        assert add.document_id is not None
        for number in range(8):
            start = number * 40
            path = f"Tema {number % 3}/Undertema æøå {number % 2}"
            apply_command(db, CodePassage(add.document_id, path, "Mette", start, start + 25))
        apply_command(db, AddAnnotation(add.document_id, 3, 20, "Note 😀"))
        export_exchange(db, folder / "projekt.qdpx")
        export_exchange(db, folder / "kodebog.qdc")
    qdpx = (folder / "projekt.qdpx").read_bytes()
    return {
        "docx": (folder / "fokusgruppe.docx").read_bytes(),
        "txt": text,
        "qdpx": qdpx,
        "qdc": (folder / "kodebog.qdc").read_bytes(),
        "qdpx codebook": qdpx,
    }


@dataclass(frozen=True)
class Target:
    """A reader under test: how to feed it bytes, and the errors that count as refusals."""

    name: str
    suffix: str
    read: Callable[[bytes], object]
    refusals: tuple[type[BaseException], ...]


def _document(suffix: str) -> Callable[[bytes], object]:
    def read(data: bytes) -> object:
        found = read_document(data, f"Interview æøå{suffix}")
        return build_transcript(found.blocks)

    return read


def _through_file(suffix: str, read: Callable[[Path], object]) -> Callable[[bytes], object]:
    def run(data: bytes) -> object:
        with tempfile.TemporaryDirectory(prefix="tekstur-fuzz-") as folder:
            path = Path(folder) / f"Projekt æøå{suffix}"
            path.write_bytes(data)
            return read(path)

    return run


def _exchange(path: Path) -> object:
    return read_exchange_project(open_exchange_file(path))


TARGETS = {
    "docx": Target("docx", ".docx", _document(".docx"), (ImportRefusedError,)),
    "txt": Target("txt", ".txt", _document(".txt"), (ImportRefusedError,)),
    "qdpx": Target("qdpx", ".qdpx", _through_file(".qdpx", _exchange), (ExchangeImportError,)),
    "qdc": Target(
        "qdc", ".qdc", lambda data: parse_codebook_xml(data, "Kodebog.qdc"), (CodebookFileError,)
    ),
    "qdpx codebook": Target(
        "qdpx codebook", ".qdpx", _through_file(".qdpx", read_qdc), (CodebookFileError,)
    ),
}


def crash_of(target: Target, data: bytes) -> BaseException | None:
    """The exception that is not a refusal when ``target`` reads ``data``; None if none."""
    try:
        target.read(data)
    except target.refusals:
        return None
    except Exception as error:
        return error
    return None
