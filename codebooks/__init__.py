"""Codebooks: the built-in Danish social-work codebooks and REFI-QDA ``.qdc`` exchange.

The built-ins live in ``codebooks/builtin/`` as ``NAME.qdc`` (Danish names and descriptions,
valid REFI-QDA) with ``NAME.en.json`` beside each holding the English translation keyed by
code GUID (see :mod:`codebooks.translations`). :mod:`codebooks.builtin` lists and loads them.
"""
