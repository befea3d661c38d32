"""Corpus-changing transactions (add, merge, fmt): verified, atomic, rolled back on failure."""
