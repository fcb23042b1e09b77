"""Fixtures for the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.cli_runner import run


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A new, empty project file made with ``tekstur init``."""
    path = str(tmp_path / "forsøg.tekstur")
    assert run(capsys, "init", path)[0] == 0
    return path
