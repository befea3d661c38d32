"""natoiraq: a news corpus on NATO's Iraq mission (2020) and a fact-reconciliation toolkit."""

from __future__ import annotations

__version__ = "0.1.0"
