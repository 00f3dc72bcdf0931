"""Generate ``arnews/data/dates/heads.json``: which grammar branches each first word can start.

``arnews.dates`` tries, at each candidate word, only the branches that word can start. Finding
them means partial matching every branch on the word, which compiles the whole grammar; this
table lets a call compile only the branches its text needs (the first call is faster).

Run ``python scripts/gen_date_heads.py`` after changing the grammar or the date lexicons;
``tests/test_dates.py`` checks that the checked-in table is what this script produces. It then
writes ``alternatives.json`` (:func:`arnews.dates.tries.write_alternatives_table`) and then
``guards.json`` too (:func:`arnews.dates.tries.write_guards_table`: what can follow each
first word in each pattern it tries), which depends on this table and on ``alternatives.json``,
and last ``arnews/data/patterns.bin``, the compiled grammar (``scripts/gen_patterns.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "arnews" / "data" / "dates" / "heads.json"


def render() -> str:
    """The table as written to disk."""
    sys.path.insert(0, str(ROOT))
    from arnews.dates.tries import heads_table

    return json.dumps(heads_table(), ensure_ascii=False, separators=(",", ":")) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    from arnews.dates import tries

    tries.write_alternatives_table()  # the guards depend on it: written first
    print(f"wrote {OUT.parent / 'alternatives.json'}")
    tries.write_guards_table()
    print(f"wrote {OUT.parent / 'guards.json'}")
    from arnews import _compiled, store

    n = _compiled.write_store(store.sources())  # the compiled grammar (scripts/gen_patterns.py)
    print(f"wrote {_compiled.STORE} ({n} patterns)")
