"""Reports how many kill points and hostile inputs the reliability tests tried."""

from __future__ import annotations

import pytest

from tests.reliability import tally


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line per kind of run: ``kill points tried: 24, survived: 24``."""
    for kind in tally.tried:
        terminalreporter.write_line(
            f"{kind} tried: {tally.tried[kind]}, survived: {tally.survived[kind]}"
        )
