"""Stage 1 and 4 I/O: seeds, YAML read and write, atomic files; the only layer that touches disk."""
