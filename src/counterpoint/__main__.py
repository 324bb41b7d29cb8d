"""``python -m counterpoint``: the same CLI as the ``counterpoint`` console script."""

from __future__ import annotations

from counterpoint.cli import main

if __name__ == "__main__":
    main()
