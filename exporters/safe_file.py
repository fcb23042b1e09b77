"""Writing an export so that a failure never leaves a half-written file behind.

The exporter writes into a temporary file in the target's own folder, which replaces the
target only when writing succeeded (one rename on the same file system). A file that cannot
be written raises OSError whose message names the file and the reason.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from pathlib import Path

SHEET_NAME_LIMIT = 31
_SHEET_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def write_replacing(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary)`` and move the result to ``path``; nothing is left on failure.

    OSError (the folder is missing or read-only, ``path`` is a folder …) names ``path``.
    """
    path = Path(path)
    # Made with the user's umask (unlike mkstemp's 0600), since it becomes the export itself.
    temporary = path.with_name(f".{path.stem}-{uuid.uuid4().hex[:12]}{path.suffix}.part")
    try:
        temporary.open("xb").close()
    except OSError as error:
        raise _naming(error, path) from None
    try:
        write(temporary)
        temporary.replace(path)
    except OSError as error:
        _remove(temporary)
        raise _naming(error, path) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _naming(error: OSError, path: Path) -> OSError:
    reason = error.strerror or str(error)
    return OSError(error.errno, f"cannot write {path}: {reason}")


def sheet_name(text: str) -> str:
    """``text`` as a valid Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = " ".join(text.translate(_SHEET_FORBIDDEN).split()).strip("'")
    return cleaned[:SHEET_NAME_LIMIT].rstrip() or "Sheet"
