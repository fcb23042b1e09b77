"""Queries over coded material: frequencies, matrices, co-occurrence, agreement, words."""
