"""Write ``arnews/data/patterns.bin``: the date and clock grammars and every pattern a first ``parse()``
compiles, compiled for the installed ``regex``.

A fresh process loads these patterns instead of compiling them (:mod:`arnews._compiled`): its first
``find_dates`` is then fast. Run ``python scripts/gen_patterns.py`` after changing the grammar or the
date lexicons (``scripts/gen_date_heads.py`` runs it too), and after upgrading ``regex``: the store
holds the compiled code of one ``regex`` version, and with another every pattern is compiled as
before. ``tests/test_compiled.py`` checks that the store holds every pattern.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[tuple[str, int]]:
    """Every pattern the store holds (:func:`arnews.store.sources`)."""
    sys.path.insert(0, str(ROOT))
    from arnews.store import sources as all_sources

    return all_sources()


if __name__ == "__main__":
    from arnews import _compiled

    n = _compiled.write_store(sources())
    print(f"wrote {_compiled.STORE} ({n} patterns, {Path(_compiled.STORE).stat().st_size:,} bytes)")
