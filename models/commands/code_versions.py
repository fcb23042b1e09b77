"""Optimistic checks on codes: a rename, move or merge carries the version the user saw.

In a team project someone else may rename or move a code while you look at it. Every change
to a code's own row raises its ``version``; a command that carries a :class:`SeenCode` is
refused with a clear message, and nothing is written, when the version is no longer the one
the user saw. The code's row is locked while it is checked (``FOR NO KEY UPDATE`` on
PostgreSQL, which does not hold up codings being added to the code; SQLite has one writer
anyway), so two people renaming the same code at once cannot both pass the check.

Undo restores the row as it was, version included; an undo over someone else's later change
fails because its recorded ``before`` values no longer match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.changes import ChangeRecorder
from models.codes import Code
from models.commands.base import CommandError


@dataclass(frozen=True)
class SeenCode:
    """A code as the user saw it when they chose to change it: its version and its name."""

    version: int
    name: str


def check_seen(tx: ChangeRecorder, code_id: int, seen: SeenCode | None) -> tuple[str, int]:
    """Lock a code's row and return its name and version; refuse when it is gone or when its
    version is not the one ``seen`` (None: no check, the code only has to exist)."""
    row = tx.connection.execute(
        select(Code.name, Code.version).where(Code.id == code_id).with_for_update(key_share=True)
    ).first()
    if row is None:
        if seen is not None:
            raise CommandError(
                f"'{seen.name}' was deleted by someone else meanwhile; nothing was changed"
            )
        raise CommandError(f"code {code_id} does not exist")
    name, version = row
    if seen is not None and version != seen.version:
        if name != seen.name:
            raise CommandError(
                f"'{seen.name}' was renamed to '{name}' by someone else meanwhile;"
                " nothing was changed"
            )
        raise CommandError(f"'{name}' was changed by someone else meanwhile; nothing was changed")
    return name, version


def change_code(tx: ChangeRecorder, code_id: int, version: int, **values: Any) -> bool:
    """Write ``values`` to a code and raise its version when something actually changed."""
    if not tx.update(Code, code_id, **values):
        return False
    bump_version(tx, code_id, version)
    return True


def bump_version(tx: ChangeRecorder, code_id: int, version: int) -> None:
    """Raise a code's version past ``version`` (the one read when its row was locked)."""
    tx.update(Code, code_id, version=version + 1)
