"""REFI-QDA exchange: writing ``.qdpx`` projects and ``.qdc`` codebooks."""
