"""``python -m resources.demo OUT.tekstur``: write the demo project to a new file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.commands import CommandError
from models.database import ProjectError
from resources.demo import build_demo_project


def main(argv: list[str] | None = None) -> int:
    """Build the demo project at the path given; refuse to overwrite an existing file."""
    parser = argparse.ArgumentParser(
        prog="python -m resources.demo", description="Write Tekstur's demo project to a new file."
    )
    parser.add_argument("output", type=Path, help="the project file to create, e.g. demo.tekstur")
    args = parser.parse_args(argv)
    output: Path = args.output
    if output.exists():
        print(f"{output} already exists; choose another name", file=sys.stderr)
        return 1
    try:
        build_demo_project(output)
    except (ProjectError, CommandError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
