"""Where the shared material beside the checkout lives: ``../shared`` (REFI-QDA samples, schemas).

``TEKSTUR_SHARED`` names another folder when the checkout is not beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("TEKSTUR_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REFI_SAMPLES = SHARED / "refi-samples" / "files"
REFI_SCHEMAS = SHARED / "refi-samples" / "schema"
