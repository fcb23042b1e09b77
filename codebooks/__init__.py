"""The built-in codebooks as REFI-QDA .qdc files, and their loader."""
