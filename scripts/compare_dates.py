"""Dump or compare ``find_dates`` on the evaluation texts, to show a speed change leaves every output as it was.

``python scripts/compare_dates.py dump OUT.json`` writes ``find_dates(text, published)`` (``to_dict()``
of every mention) for every record of ``../shared/eval/news/*.jsonl`` and ``pool/*.jsonl``, and the
same with no reference; ``python scripts/compare_dates.py diff A.json B.json`` lists the records
whose mentions differ (exit 1 if any). Dump with the code before a change and after it. The texts
are read where they are, never copied.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "news"


def records() -> list[tuple[str, str, str | None]]:
    """(key, text, published) for every record of the dev and pool files, in file order."""
    out = []
    for path in sorted([*EVAL.glob("*.jsonl"), *EVAL.glob("pool/*.jsonl")]):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rec = json.loads(line)
                key = f"{path.relative_to(EVAL)}:{i + 1}:{rec.get('id', '')}"
                out.append((key, rec["text"], rec.get("published")))
    return out


def dump(out: Path) -> None:
    from arnews.dates import find_dates

    result = {}
    for key, text, published in records():
        ref = date.fromisoformat(published[:10]) if published else None
        result[key] = {
            "ref": [m.to_dict() for m in find_dates(text, ref)],
            "none": [m.to_dict() for m in find_dates(text)],
        }
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(result)} records, {sum(len(v['ref']) for v in result.values())} mentions -> {out}")


def diff(a: Path, b: Path) -> int:
    x = json.loads(a.read_text(encoding="utf-8"))
    y = json.loads(b.read_text(encoding="utf-8"))
    bad = sorted(k for k in x.keys() | y.keys() if x.get(k) != y.get(k))
    for k in bad:
        print("differs:", k)
    print(f"{len(x)} / {len(y)} records, {len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
