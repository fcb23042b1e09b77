"""Data shipped with Tekstur: the demo project's transcripts and the code that builds it."""
