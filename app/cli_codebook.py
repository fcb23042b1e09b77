"""The ``tekstur`` subcommands for codebook."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    """Add these subcommands to the parser's subcommands."""
