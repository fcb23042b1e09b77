"""GUI tests run without a display: Qt's offscreen platform, set before Qt starts."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
