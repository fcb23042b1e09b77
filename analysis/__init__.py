"""Queries over coded material: frequencies, matrices, crosstabs, co-occurrence, agreement, words, search."""
