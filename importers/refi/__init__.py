"""REFI-QDA exchange: reading ``.qdpx`` projects, bare ``.qde`` files and ``.qdc`` codebooks."""
