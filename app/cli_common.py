"""What every ``tekstur`` subcommand shares: exit codes, the user-error type, the coder."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Iterable
from typing import Any

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
MAX_NAMES_SHOWN = 12


class UserError(Exception):
    """A mistake the user can fix; printed as one line, exit status 1."""


def default_coder() -> str:
    """The coder name used when none is given: ``$TEKSTUR_CODER`` or the login name."""
    return os.environ.get("TEKSTUR_CODER") or getpass.getuser()


def add_command(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """Add a subcommand parser to ``commands`` (the object ``add_subparsers`` returned)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    return parser


def unknown_name(location: object, what: str, name: str, known: Iterable[str]) -> UserError:
    """The error for a name the project does not have, naming the project and what it has
    (``no coder called 'jonas' in studie.tekstur (it has: Jonas, Mette)``)."""
    names = sorted(set(known), key=lambda n: (n.casefold(), n))
    shown = ", ".join(names[:MAX_NAMES_SHOWN]) + (" …" if len(names) > MAX_NAMES_SHOWN else "")
    return UserError(f"no {what} called '{name}' in {location} (it has: {shown or 'none'})")
