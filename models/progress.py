"""Progress and cancellation for long work, with no knowledge of threads or Qt.

Long functions (batch import, queries, exports) take a ``progress`` callback and call it as
they go: ``progress(done, total, what)``. To cancel, the caller's callback raises
:class:`OperationCancelledError`; the function lets it propagate after leaving the project in
its last committed state. Tests drive cancellation the same way, without threads.
"""

from __future__ import annotations

from typing import Protocol


class OperationCancelledError(Exception):
    """Raised from a progress callback to stop the work that called it."""


class Progress(Protocol):
    """``progress(done, total, what)``: ``done`` of ``total`` steps, now working on ``what``."""

    def __call__(self, done: int, total: int, what: str) -> None:
        """Report progress; raise OperationCancelledError to cancel."""


def no_progress(done: int, total: int, what: str) -> None:
    """A progress callback that reports nowhere and never cancels."""
