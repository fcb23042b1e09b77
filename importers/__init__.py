"""Importers: one module per input format, all producing the same import result."""
