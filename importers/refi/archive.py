"""Opening a ``.qdpx`` (or a bare ``.qde``) without trusting it.

The ZIP passes the bomb checks of :mod:`importers.safe_zip` (total size, ratio, members) and
nothing is ever unpacked to disk. Entries whose names climb out of the archive (``..``),
are absolute, or are symbolic links are never read and are reported. The project file is
``project.qde`` in any case, or the one ``.qde`` named after the project; sources are looked
up by file name in ``sources/`` (``Sources/`` too) whatever the case of their GUIDs.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from importers.refi.exchange_model import ExchangeImportError, Skipped
from importers.result import MAX_FILE_BYTES, ImportRefusedError
from importers.safe_zip import SafeZip, open_zip

MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass
class ExchangeArchive:
    """The project XML of a REFI-QDA file and a way to read the files it refers to."""

    name: str
    project_xml: bytes
    folder: Path
    """The folder the file was in: ``relative://`` paths may be found from there."""
    skipped: list[Skipped] = field(default_factory=list)
    zip_file: SafeZip | None = None
    members: dict[str, str] = field(default_factory=dict)
    """Lower-case file name → archive member, sources folder first."""

    def internal(self, file_name: str) -> bytes | None:
        """The bytes of the internal file ``file_name`` (``internal://`` stripped), or None."""
        wanted = file_name.strip().lower()
        if not wanted or "/" in wanted or "\\" in wanted or wanted in (".", ".."):
            return None
        if self.zip_file is not None:
            member = self.members.get(wanted)
            return None if member is None else self._read_member(member)
        for folder in (self.folder / "sources", self.folder / "Sources"):
            found = _file_in(folder, wanted)
            if found is not None:
                return _read_file(found)
        return None

    def _read_member(self, member: str) -> bytes | None:
        assert self.zip_file is not None
        try:
            return self.zip_file.read(member)
        except ImportRefusedError as error:
            raise ExchangeImportError(str(error)) from None


def open_exchange_file(path: Path) -> ExchangeArchive:
    """Open ``path`` (``.qdpx`` or ``.qde``), or raise ExchangeImportError saying why not."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_BYTES:
            raise ExchangeImportError(f"{name}: the file is larger than 2 GB")
        data = path.read_bytes()
    except OSError as error:
        raise ExchangeImportError(f"{name}: cannot be read ({error.strerror})") from None
    if path.suffix.lower() == ".qde" or data.lstrip()[:1] == b"<":
        return ExchangeArchive(name, data, path.parent)
    return _open_zip(data, name, path.parent)


def _open_zip(data: bytes, name: str, folder: Path) -> ExchangeArchive:
    try:
        safe = open_zip(data, name, ".qdpx", "a REFI-QDA project")
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except ImportRefusedError as error:
        raise ExchangeImportError(str(error)) from None
    except zipfile.BadZipFile:  # pragma: no cover - open_zip has already refused it
        raise ExchangeImportError(f"{name}: not a valid .qdpx file") from None
    skipped: list[Skipped] = []
    projects: list[str] = []
    in_sources: dict[str, str] = {}
    elsewhere: dict[str, str] = {}
    for info in infos:
        if info.is_dir():
            continue
        problem = _unsafe(info)
        if problem:
            skipped.append(Skipped(f"archive entry '{info.filename}'", problem))
            continue
        parts = PurePosixPath(info.filename.replace("\\", "/")).parts
        if len(parts) == 1 and parts[0].lower().endswith(".qde"):
            projects.append(info.filename)
        elif len(parts) == 2 and parts[0].lower() == "sources":
            in_sources.setdefault(parts[1].lower(), info.filename)
        else:
            elsewhere.setdefault(parts[-1].lower(), info.filename)
    if not projects:
        raise ExchangeImportError(f"{name}: the archive holds no project.qde")
    chosen = next((p for p in projects if p.lower() == "project.qde"), projects[0])
    for other in projects:
        if other != chosen:
            skipped.append(
                Skipped(f"archive entry '{other}'", f"a second project file; {chosen} read")
            )
    try:
        project_xml = safe.read(chosen) or b""
    except ImportRefusedError as error:
        raise ExchangeImportError(str(error)) from None
    return ExchangeArchive(name, project_xml, folder, skipped, safe, {**elsewhere, **in_sources})


def _unsafe(info: zipfile.ZipInfo) -> str:
    raw = info.filename.replace("\\", "/")
    if raw.startswith("/") or _DRIVE.match(raw):
        return "an absolute path, refused"
    if ".." in raw.split("/"):
        return "a path that leaves the archive (..), refused"
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_ISLNK(mode):
        return "a symbolic link, refused"
    return ""


def _file_in(folder: Path, lower_name: str) -> Path | None:
    if not folder.is_dir():
        return None
    for candidate in folder.iterdir():
        if candidate.name.lower() == lower_name and not candidate.is_symlink():
            return candidate if candidate.is_file() else None
    return None


def _read_file(path: Path) -> bytes | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExchangeImportError(f"{path.name}: the file is larger than 200 MB")
        return path.read_bytes()
    except OSError:
        return None


def read_external(reference: str, base: Path | None, folder: Path) -> tuple[bytes | None, str]:
    """The bytes of a ``relative://`` or ``absolute://`` text file, or None with the reason.

    A relative path is looked for under the project's ``basePath`` and then beside the
    imported file; only regular ``.txt`` files are read.
    """
    scheme, _, rest = reference.partition("://")
    rest = rest.replace("\\", "/")
    if scheme.lower() == "relative":
        relative = rest.lstrip("/")
        if ".." in relative.split("/"):
            return None, "its relative path leaves the project folder"
        candidates = [b / relative for b in (base, folder) if b is not None]
    elif scheme.lower() == "absolute":
        candidates = [Path(rest if _DRIVE.match(rest) else "/" + rest.lstrip("/"))]
    else:
        return None, f"'{reference}' is not a path Tekstur can follow"
    for candidate in candidates:
        if candidate.suffix.lower() != ".txt":
            return None, "only plain-text (.txt) files are read from outside the archive"
        if candidate.is_file() and not candidate.is_symlink():
            data = _read_file(candidate)
            if data is not None:
                return data, ""
    return None, f"the file {rest} was not found"
