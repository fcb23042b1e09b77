"""Case attributes from a spreadsheet: one row per case, one typed attribute per column.

The case id column is the first one named like ``Case``, ``Sag``, ``Deltager``, ``ID`` or
``Navn``, else the first column. Cases are matched by name: missing ones are created, existing
ones updated. Every other column becomes a case attribute (defined if missing) whose type is
the user's choice, else the project's existing attribute's type when every value fits it, else
the type recognised in the column. An empty cell leaves the case's value as it was. The whole
file is one :class:`ImportCaseAttributes` command: one transaction, one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from importers.attribute_types import (
    AttributePreview,
    AttributeScalar,
    convert_column,
    preview_column,
    type_word,
)
from importers.result import ImportRefusedError
from importers.spreadsheet import Table, cell_text, read_table
from models.cases import (
    VALUE_COLUMNS,
    AttributeDefinition,
    AttributeTarget,
    AttributeType,
    AttributeValue,
    Case,
)
from models.changes import ChangeRecorder
from models.commands.base import Command, CommandError
from models.commands.cases import DefineAttribute
from models.database import ProjectDatabase

ID_COLUMN_NAMES = frozenset(
    {"case", "case id", "sag", "sagsnr", "sags-id", "sagsid", "deltager", "participant"}
    | {"id", "navn", "name", "informant", "person", "borger"}
)
_PYTHON_TYPES: dict[AttributeType, type | tuple[type, ...]] = {
    AttributeType.TEXT: str,
    AttributeType.NUMBER: (int, float),
    AttributeType.DATE: date,
    AttributeType.BOOLEAN: bool,
}


@dataclass(frozen=True)
class CaseAttributesPreview:
    """What importing a file would do: its cases, and each column's type, examples, problems."""

    file: str
    id_column: str
    cases: int
    new_cases: int | None
    """How many of the file's cases the project does not have yet (None without a project)."""
    columns: tuple[AttributePreview, ...]

    @property
    def refused(self) -> bool:
        """True when the import would be refused as previewed (see the columns' problems)."""
        return any(column.refused for column in self.columns)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form, types written as text, number, date or yes/no."""
        data = asdict(self)
        data["columns"] = list(data["columns"])
        for column, preview in zip(data["columns"], self.columns, strict=True):
            column["type"], column["inferred"] = (
                type_word(preview.type),
                type_word(preview.inferred),
            )
            column["existing"] = preview.existing and type_word(preview.existing)
            column["problems"] = list(preview.problems)
            column["examples"] = list(preview.examples)
        return data


@dataclass(frozen=True)
class CaseValues:
    """One row of the file: the case's name and its value per column (None: leave as is)."""

    name: str
    row: int
    values: tuple[AttributeScalar | None, ...]


def find_id_column(header: Sequence[str]) -> str:
    """The column that names the cases: the first with a case-like name, else the first."""
    for name in header:
        if name.strip().casefold() in ID_COLUMN_NAMES:
            return name
    return header[0]


def preview_case_attributes(
    path: str | Path,
    db: ProjectDatabase | None = None,
    *,
    types: Mapping[str, AttributeType] | None = None,
    sheet: str | None = None,
) -> CaseAttributesPreview:
    """Preview importing ``path``; with ``db`` it also compares with the project's attributes.

    ``types`` maps column names to the type the user chose. Refuses (ImportRefusedError) what
    no choice of types can fix: an unreadable file, a missing or duplicate case id.
    """
    return _preview(read_table(path, sheet), db, types or {})[0]


def plan_case_attributes(
    path: str | Path,
    db: ProjectDatabase | None = None,
    *,
    types: Mapping[str, AttributeType] | None = None,
    sheet: str | None = None,
) -> ImportCaseAttributes:
    """The command that imports ``path``, every value already converted to its column's type.

    Refuses (ImportRefusedError, naming the file, column and row) a value that contradicts its
    type and a column whose type differs from the project's attribute of that name.
    """
    table = read_table(path, sheet)
    preview, names = _preview(table, db, types or {})
    converted = []
    for column in preview.columns:
        if column.existing is not None and column.existing is not column.type:
            raise ImportRefusedError(f"{table.name}: {column.problems[0]}")
        cells = convert_column(table.name, column.column, table.column(column.column), column.type)
        converted.append([value for _, value in cells])
    rows = [
        CaseValues(name, row.number, tuple(values[i] for values in converted))
        for i, (name, row) in enumerate(zip(names, table.rows, strict=True))
    ]
    return ImportCaseAttributes(table.name, [(c.column, c.type) for c in preview.columns], rows)


class ImportCaseAttributes(Command):
    """Create or update cases and define and set their attributes, all in one undo step.

    Afterwards ``cases_created``, ``cases_updated``, ``attributes_defined`` and ``values_set``
    say what was done.
    """

    def __init__(
        self,
        file_name: str,
        columns: Sequence[tuple[str, AttributeType]],
        cases: Sequence[CaseValues],
    ) -> None:
        self.file_name, self.columns, self.cases = file_name, list(columns), list(cases)
        self.cases_created = self.cases_updated = self.attributes_defined = self.values_set = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Import case attributes from {self.file_name}"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an attribute the project holds with another type; otherwise store it all.

        New cases and new values are inserted in batches; changed values are updated.
        """
        self.cases_created = self.cases_updated = self.attributes_defined = self.values_set = 0
        attribute_ids = [self._attribute(tx, name, kind) for name, kind in self.columns]
        columns = [VALUE_COLUMNS[kind] for _, kind in self.columns]
        case_ids: dict[str, int] = dict(tx.connection.execute(select(Case.name, Case.id)).all())
        self.cases_updated = sum(case.name in case_ids for case in self.cases)
        new = [case.name for case in self.cases if case.name not in case_ids]
        if any(not name.strip() for name in new):
            raise CommandError(f"{self.file_name}: a case needs a name")
        case_ids.update(zip(new, tx.insert_many(Case, [{"name": n} for n in new]), strict=True))
        self.cases_created = len(new)
        current = {
            (row.attribute_id, row.case_id): row.id
            for row in tx.connection.execute(
                select(AttributeValue.id, AttributeValue.attribute_id, AttributeValue.case_id)
                .where(AttributeValue.attribute_id.in_(attribute_ids or [-1]))
                .where(AttributeValue.case_id.is_not(None))
            )
        }
        inserts = []
        for case in self.cases:
            case_id = case_ids[case.name]
            for index, (attribute_id, column) in enumerate(
                zip(attribute_ids, columns, strict=True)
            ):
                if case.values[index] is None:
                    continue
                value = _checked(case.values[index], self.columns[index])
                self.values_set += 1
                existing = current.get((attribute_id, case_id))
                if existing is None:
                    inserts.append(
                        {"attribute_id": attribute_id, "case_id": case_id, column: value}
                    )
                else:
                    tx.update(AttributeValue, existing, **{column: value})
        tx.insert_many(AttributeValue, inserts)

    def _attribute(self, tx: ChangeRecorder, name: str, kind: AttributeType) -> int:
        found = tx.connection.execute(
            select(AttributeDefinition.id, AttributeDefinition.type).where(
                AttributeDefinition.name == name,
                AttributeDefinition.target == AttributeTarget.CASE,
            )
        ).first()
        if found is not None:
            if found.type is not kind:
                raise CommandError(
                    f"{self.file_name}: the project already has the attribute '{name}' as"
                    f" {type_word(found.type)}, not {type_word(kind)}"
                )
            return int(found.id)
        define = DefineAttribute(name, kind, AttributeTarget.CASE)
        define.record(tx)
        assert define.attribute_id is not None
        self.attributes_defined += 1
        return define.attribute_id


def _checked(value: AttributeScalar | None, column: tuple[str, AttributeType]) -> AttributeScalar:
    name, kind = column
    is_bool = isinstance(value, bool)
    if kind is AttributeType.NUMBER and isinstance(value, int | float) and not is_bool:
        return float(value)  # stored as floats, like SetAttributeValue does
    if (
        value is not None
        and isinstance(value, _PYTHON_TYPES[kind])
        and is_bool == (kind is AttributeType.BOOLEAN)
    ):
        return value.date() if isinstance(value, datetime) else value
    raise CommandError(f"{value!r} is not a {type_word(kind)} value for '{name}'")


def _preview(
    table: Table, db: ProjectDatabase | None, types: Mapping[str, AttributeType]
) -> tuple[CaseAttributesPreview, list[str]]:
    id_column, names = _case_names(table)
    _check_types(table, id_column, types)
    existing, known_cases = _project_state(db)
    columns = tuple(
        preview_column(name, table.column(name), types.get(name), existing.get(name))
        for name in table.header
        if name != id_column
    )
    new = None if db is None else len({n for n in names if n not in known_cases})
    return CaseAttributesPreview(table.name, id_column, len(names), new, columns), names


def _case_names(table: Table) -> tuple[str, list[str]]:
    if not table.rows:
        raise ImportRefusedError(f"{table.name}: there are no rows below the header")
    id_column = find_id_column(table.header)
    names: list[str] = []
    rows_of: dict[str, list[int]] = {}
    for number, cell in table.column(id_column):
        name = cell_text(cell)
        if not name:
            raise ImportRefusedError(f"{table.name}, row {number}: no case id in '{id_column}'")
        names.append(name)
        rows_of.setdefault(name, []).append(number)
    repeated = [(name, rows) for name, rows in rows_of.items() if len(rows) > 1]
    if repeated:
        shown = "; ".join(f"'{n}' in rows {', '.join(map(str, r))}" for n, r in repeated[:3])
        more = f" and {len(repeated) - 3} more" if len(repeated) > 3 else ""
        raise ImportRefusedError(f"{table.name}: duplicate case ids: {shown}{more}")
    return id_column, names


def _check_types(table: Table, id_column: str, types: Mapping[str, AttributeType]) -> None:
    for name in types:
        if name == id_column:
            raise ImportRefusedError(f"{table.name}: '{name}' names the cases; it has no type")
        if name not in table.header:
            raise ImportRefusedError(
                f"{table.name}: no column called '{name}' (columns: {', '.join(table.header)})"
            )


def _project_state(db: ProjectDatabase | None) -> tuple[dict[str, AttributeType], set[str]]:
    if db is None:
        return {}, set()
    query = select(AttributeDefinition.name, AttributeDefinition.type)
    with db.read() as connection:
        existing = dict(
            connection.execute(
                query.where(AttributeDefinition.target == AttributeTarget.CASE)
            ).all()
        )
        cases = set(connection.execute(select(Case.name)).scalars())
    return existing, cases
