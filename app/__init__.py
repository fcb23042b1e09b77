"""The Tekstur application: the command line and the desktop window on top of the core."""
