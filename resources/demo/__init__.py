"""The demo project: an invented Danish study of a trial with lower caseloads in a job centre.

``build_demo_project(path)`` makes a complete little project from the material beside this
module: nine transcripts (focus groups with caseworkers from the trial department and an
ordinary department, leader and citizen interviews, rounds R1–R3; two of them Word files with
interview-guide headings), a participant spreadsheet whose people are linked to their speaker
turns, the built-in codebooks *Opgavekompetencer* and *Borgerrelationer*, codings by two
coders who sometimes agree and sometimes not, and a few memos and annotations. The project's
description records :data:`DEMO_VERSION`, so a saved demo can be rebuilt when it changes.
"""

from resources.demo.build import (
    DEMO_NAME,
    DEMO_VERSION,
    DemoError,
    build_demo_project,
    demo_version,
    locate,
)
from resources.demo.content import (
    CODEBOOKS,
    CODERS,
    DEMO_DOCUMENTS,
    PARTICIPANTS,
    TRANSCRIPTS,
    DemoCoding,
    DemoTranscript,
    demo_codings,
)

__all__ = [
    "CODEBOOKS",
    "CODERS",
    "DEMO_DOCUMENTS",
    "DEMO_NAME",
    "DEMO_VERSION",
    "PARTICIPANTS",
    "TRANSCRIPTS",
    "DemoCoding",
    "DemoError",
    "DemoTranscript",
    "build_demo_project",
    "demo_codings",
    "demo_version",
    "locate",
]
