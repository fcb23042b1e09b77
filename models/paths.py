"""Code paths such as ``Opgavekompetencer/Tillid``: ``/`` between levels, ``\\/`` inside a name."""

from __future__ import annotations

from sqlalchemy import Connection, select

from models.codes import Code


def split_code_path(path: str) -> list[str]:
    """Split a code path into its names, honouring ``\\/`` for a slash inside a name."""
    names: list[str] = []
    current: list[str] = []
    escaped = False
    for char in path:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "/":
            names.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    names.append("".join(current).strip())
    if any(not name for name in names):
        raise ValueError(f"code path {path!r} has an empty level")
    return names


def join_code_path(names: list[str]) -> str:
    """The path of a chain of code names, escaping slashes inside names."""
    return "/".join(name.replace("\\", "\\\\").replace("/", "\\/") for name in names)


def find_child_code(connection: Connection, parent_id: int | None, name: str) -> int | None:
    """The id of the code called ``name`` directly under ``parent_id`` (None: top level)."""
    parent = Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
    return connection.execute(select(Code.id).where(parent, Code.name == name)).scalar()


def find_code(connection: Connection, path: str) -> int | None:
    """The id of the code at ``path``, or None when any level is missing."""
    parent: int | None = None
    for name in split_code_path(path):
        parent = find_child_code(connection, parent, name)
        if parent is None:
            return None
    return parent


def code_path(connection: Connection, code_id: int) -> str:
    """The full path of a code, from the top level down."""
    names: list[str] = []
    current: int | None = code_id
    while current is not None:
        row = connection.execute(select(Code.name, Code.parent_id).where(Code.id == current)).one()
        names.append(row.name)
        current = row.parent_id
    return join_code_path(list(reversed(names)))
