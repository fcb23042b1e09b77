"""Opening zip-based documents (``.docx``, ``.odt``) without trusting them.

A damaged zip, an old binary Office file, a password-protected Word file and a ZIP bomb are
each refused with a one-line reason. Members are read in chunks up to a hard cap, so a member
whose header lies about its size cannot fill the memory.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Final

from importers.result import ImportRefusedError

MAX_TOTAL_UNCOMPRESSED: Final = 512 * 1024 * 1024
MAX_RATIO: Final = 200
RATIO_CHECKED_FROM: Final = 10 * 1024 * 1024
MAX_MEMBERS: Final = 10_000
_CHUNK: Final = 1024 * 1024
_OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE: Final = "EncryptedPackage".encode("utf-16-le")


class SafeZip:
    """A zip archive that has passed the bomb checks; read members with :meth:`read`."""

    def __init__(self, archive: zipfile.ZipFile, name: str, damaged: str) -> None:
        self._archive = archive
        self._name = name
        self._damaged = damaged
        self._budget = MAX_TOTAL_UNCOMPRESSED
        self.names: frozenset[str] = frozenset(archive.namelist())
        """The names of the archive's members."""

    def read(self, member: str) -> bytes | None:
        """The bytes of ``member``, or None if the archive has no such member.

        Refuses the file if the member is damaged or inflates beyond what is left of the
        512 MB budget for the whole archive, whatever its header says.
        """
        if member not in self.names:
            return None
        cap = self._budget
        chunks: list[bytes] = []
        size = 0
        try:
            with self._archive.open(member) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > cap:
                        raise ImportRefusedError(_bomb(self._name, "it inflates beyond 512 MB"))
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise ImportRefusedError(self._damaged) from error
        except (NotImplementedError, RuntimeError) as error:  # odd compression, encrypted member
            raise ImportRefusedError(f"{self._damaged} ({error})") from error
        self._budget -= size
        return b"".join(chunks)


def open_zip(data: bytes, name: str, extension: str, what: str) -> SafeZip:
    """Open ``data`` (the file ``name``) as a zip-based ``extension`` file, or refuse it.

    ``what`` names the kind of document in the refusal, e.g. "a Word document".
    """
    damaged = f"{name}: not a valid {extension} file (damaged or not {what})"
    if data.startswith(_OLE2_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            raise ImportRefusedError(
                f"{name}: the file is password-protected; remove the password and import it again"
            )
        raise ImportRefusedError(
            f"{name}: this is an old binary Office file (.doc/.xls); open it and save it as .docx"
        )
    if not data.strip():
        raise ImportRefusedError(f"{name}: the file is empty")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,  # a zip version or feature Python does not read
    ) as error:
        raise ImportRefusedError(damaged) from error
    if len(infos) > MAX_MEMBERS:
        raise ImportRefusedError(_bomb(name, f"it holds more than {MAX_MEMBERS:,} files"))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_FROM and ratio > MAX_RATIO:
            raise ImportRefusedError(_bomb(name, f"{info.filename} inflates {ratio:,.0f} times"))
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ImportRefusedError(_bomb(name, f"it unpacks to {total / 2**20:,.0f} MB"))
    return SafeZip(archive, name, damaged)


def _bomb(name: str, why: str) -> str:
    return f"{name}: refused as a possible ZIP bomb ({why})"
