"""The code hierarchy as queries need it: paths, sub-codes, and codes found by path."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import CTE, Connection, select
from sqlalchemy.orm import aliased

from analysis.scope import UnknownNameError
from models.codes import Code
from models.paths import join_code_path, split_code_path


@dataclass(frozen=True)
class CodeTree:
    """Every code of a project: parents, names and children in tree order (position, id)."""

    parents: dict[int, int | None]
    names: dict[int, str]
    children: dict[int | None, list[int]]

    @classmethod
    def load(cls, connection: Connection) -> CodeTree:
        """Read the project's codes."""
        rows = connection.execute(
            select(Code.id, Code.parent_id, Code.name).order_by(Code.position, Code.id)
        ).all()
        children: dict[int | None, list[int]] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row.id)
        return cls(
            {row.id: row.parent_id for row in rows}, {row.id: row.name for row in rows}, children
        )

    def path(self, code_id: int) -> tuple[str, ...]:
        """The names from the top level down to the code."""
        names: list[str] = []
        current: int | None = code_id
        while current is not None:
            names.append(self.names[current])
            current = self.parents[current]
        return tuple(reversed(names))

    def label(self, code_id: int) -> str:
        """The code's path joined with ``/`` (a ``/`` inside a name written ``\\/``)."""
        return join_code_path(list(self.path(code_id)))

    def descendants(self, code_id: int) -> list[int]:
        """The code's sub-codes at every depth, in tree order (the code itself not included)."""
        found: list[int] = []
        for child in self.children.get(code_id, []):
            found.append(child)
            found.extend(self.descendants(child))
        return found

    def in_tree_order(self, under: int | None = None) -> list[int]:
        """Every code below ``under`` (None: the whole tree) in tree order."""
        if under is None:
            found: list[int] = []
            for top in self.children.get(None, []):
                found.append(top)
                found.extend(self.descendants(top))
            return found
        return self.descendants(under)

    def find(self, path: str) -> int:
        """The code at ``path``; UnknownNameError naming the path when there is none."""
        parent: int | None = None
        try:
            names = split_code_path(path)
        except ValueError as error:
            raise UnknownNameError(str(error)) from None
        for name in names:
            match = [c for c in self.children.get(parent, []) if self.names[c] == name]
            if not match:
                raise UnknownNameError(f"the project has no code '{path}'{self._near(names)}")
            parent = match[0]
        assert parent is not None
        return parent

    def _near(self, names: list[str]) -> str:
        """``; did you mean 'A/B/Tillid'?`` for codes whose path ends as ``names`` does
        (a code given by its own name without the codes above it), else ""."""
        wanted = [name.casefold() for name in names]
        near = [
            join_code_path(list(path))
            for path in (self.path(code) for code in self.names)
            if [name.casefold() for name in path[-len(wanted) :]] == wanted
        ]
        if not near:
            return ""
        quoted = " or ".join(f"'{p}'" for p in sorted(near)[:3])
        return f"; did you mean {quoted}?"

    def with_descendants(self, code_ids: Iterable[int]) -> list[int]:
        """The codes and all their sub-codes, each once, in the order first met."""
        seen: dict[int, None] = {}
        for code_id in code_ids:
            seen.setdefault(code_id)
            for child in self.descendants(code_id):
                seen.setdefault(child)
        return list(seen)


def code_ancestry() -> CTE:
    """Pairs ``(code_id, row_code)``: every code with itself and each code above it.

    Joining codings to it on ``code_id`` and grouping by ``row_code`` rolls sub-codes up.
    """
    base = select(Code.id.label("code_id"), Code.id.label("row_code")).cte(
        "code_ancestry", recursive=True
    )
    parent = aliased(Code)
    return base.union_all(
        select(base.c.code_id, parent.parent_id)
        .join(parent, parent.id == base.c.row_code)
        .where(parent.parent_id.is_not(None))
    )
