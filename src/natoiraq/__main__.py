"""Entry point for `python -m natoiraq`."""

from __future__ import annotations

from natoiraq.cli import main

if __name__ == "__main__":
    main()
