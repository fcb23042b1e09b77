"""The Qt desktop window; the only part of Tekstur that imports PySide6."""
