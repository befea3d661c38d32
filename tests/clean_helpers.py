"""Helpers the cleaner's tests share."""

from __future__ import annotations

from natoiraq.clean import clean_article


def dropped(text: str) -> dict[str, str]:
    """Every span the cleaner drops from `text`, with its reason."""
    return {text[b.start : b.end]: b.reason for b in clean_article(text).boilerplate}


def body_text(text: str) -> str:
    """The body the cleaner keeps, its paragraphs joined by newlines."""
    return "\n".join(text[a:b] for a, b in clean_article(text).body)
