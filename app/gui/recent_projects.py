"""The projects opened lately, most recent first, kept in QSettings between sessions.

Only project files are listed (a PostgreSQL project is reached by its URL, not from here).
One :class:`RecentProjects` is shared by the window and its start page; ``changed`` tells
the page to show the list again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

SETTINGS_KEY = "recent/projects"
FOLDER_KEY = "recent/folder"
MAX_RECENT = 10


@dataclass(frozen=True)
class RecentProject:
    """One project in the list: its file, its name, and when it was last opened (UTC)."""

    path: Path
    name: str
    opened: datetime

    @property
    def exists(self) -> bool:
        """Whether the file is still there."""
        return self.path.is_file()


def _absolute(path: str | Path) -> Path:
    return Path(path).expanduser().absolute()


class RecentProjects(QObject):
    """The recent projects (at most :data:`MAX_RECENT`), read from and written to QSettings."""

    changed = Signal()

    def entries(self) -> list[RecentProject]:
        """The projects, most recently opened first; unreadable entries are left out."""
        raw = QSettings().value(SETTINGS_KEY, "")
        try:
            rows = json.loads(raw) if isinstance(raw, str) and raw else []
        except ValueError:
            return []
        found: list[RecentProject] = []
        for row in rows if isinstance(rows, list) else []:
            try:
                opened = datetime.fromisoformat(str(row["opened"]))
                found.append(RecentProject(Path(str(row["path"])), str(row["name"]), opened))
            except (KeyError, TypeError, ValueError):
                continue
        return found[:MAX_RECENT]

    def add(self, path: str | Path, name: str, opened: datetime | None = None) -> None:
        """Put the project at ``path`` first (once), named ``name``, opened now or at ``opened``."""
        target = _absolute(path)
        when = opened or datetime.now(UTC)
        kept = [entry for entry in self.entries() if entry.path != target]
        self._store([RecentProject(target, name.strip() or target.stem, when), *kept])

    def remove(self, path: str | Path) -> None:
        """Take the project at ``path`` off the list (nothing happens to the file)."""
        target = _absolute(path)
        entries = self.entries()
        kept = [entry for entry in entries if entry.path != target]
        if len(kept) != len(entries):
            self._store(kept)

    def clear(self) -> None:
        """Empty the list."""
        self._store([])

    def _store(self, entries: list[RecentProject]) -> None:
        rows = [
            {"path": str(e.path), "name": e.name, "opened": e.opened.isoformat()}
            for e in entries[:MAX_RECENT]
        ]
        settings = QSettings()
        settings.setValue(SETTINGS_KEY, json.dumps(rows, ensure_ascii=False))
        settings.sync()
        self.changed.emit()


def last_folder() -> str:
    """The folder a project was last opened from or created in, else the user's documents."""
    saved = QSettings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(folder: Path) -> None:
    """Start the next file dialog in ``folder``."""
    QSettings().setValue(FOLDER_KEY, str(folder))
