"""Record arnews' outputs over the evaluation files and compare two recordings.

Runs ``arnews.parse(text, published=...).to_dict()``, ``extract_attributions`` and ``find_dates``
over every record of the news dev files and the pool, and writes the results (never the texts)
to a JSON file outside the repository::

    python scripts/compare_outputs.py --out /tmp/base.json            # before a change
    python scripts/compare_outputs.py --out /tmp/new.json --against /tmp/base.json

With ``--against`` every difference is listed per article id (field, before, after); the script
prints ``identical`` when nothing changed and exits 1 when something did.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

import arnews
from arnews.article import parse_published
from arnews.attribution import extract_attributions
from arnews.dates import find_dates

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "news"
DEFAULT_FILES = ("*.jsonl", "pool/*.jsonl")

Record = dict[str, object]


def outputs(text: str, published: str | None) -> Record:
    """Everything arnews says about one text, as JSON-ready values."""
    ref = parse_published(published)
    return {
        "parse": arnews.parse(text, published=published).to_dict(),
        "attributions": [a.to_dict() for a in extract_attributions(text)],
        "dates": [d.to_dict() for d in find_dates(text, ref)],
    }


def record_all(root: Path) -> dict[str, Record]:
    """Outputs for every record of the evaluation files, keyed ``file:id``."""
    out: dict[str, Record] = {}
    for pattern in DEFAULT_FILES:
        for name in sorted(glob.glob(str(root / pattern))):
            rel = Path(name).relative_to(root).as_posix()
            with open(name, encoding="utf-8") as fh:
                for n, line in enumerate(fh):
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    key = f"{rel}:{row.get('id', n)}"
                    out[key] = outputs(str(row["text"]), row.get("published"))
    return out


def differences(before: object, after: object, path: str = "") -> list[tuple[str, object, object]]:
    """Every leaf where ``before`` and ``after`` differ: (field path, before, after)."""
    if isinstance(before, dict) and isinstance(after, dict):
        diffs: list[tuple[str, object, object]] = []
        for k in sorted(set(before) | set(after)):
            diffs += differences(before.get(k), after.get(k), f"{path}.{k}" if path else str(k))
        return diffs
    if isinstance(before, list) and isinstance(after, list):
        diffs = []
        for i in range(max(len(before), len(after))):
            b = before[i] if i < len(before) else None
            a = after[i] if i < len(after) else None
            diffs += differences(b, a, f"{path}[{i}]")
        return diffs
    return [] if before == after else [(path, before, after)]


def report(old: dict[str, Record], new: dict[str, Record]) -> int:
    """Print the differences per article id; return how many articles changed."""
    changed = 0
    for key in sorted(set(old) | set(new)):
        diffs = differences(old.get(key), new.get(key))
        if not diffs:
            continue
        changed += 1
        print(f"== {key}")
        for fld, b, a in diffs:
            print(f"  {fld}")
            print(f"    before: {json.dumps(b, ensure_ascii=False)}")
            print(f"    after:  {json.dumps(a, ensure_ascii=False)}")
    if not changed:
        print("identical")
    else:
        print(f"{changed} of {len(set(old) | set(new))} articles differ")
    return changed


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--out FILE`` records, ``--against OLD`` compares."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", required=True, help="JSON file to write (keep it outside the repository)")
    ap.add_argument("--against", help="an earlier recording to compare with")
    ap.add_argument("--eval", default=str(EVAL), help="the news evaluation folder")
    args = ap.parse_args(argv)
    new = record_all(Path(args.eval))
    Path(args.out).write_text(json.dumps(new, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    if not args.against:
        print(f"{len(new)} records written to {args.out}")
        return 0
    old = json.loads(Path(args.against).read_text(encoding="utf-8"))
    return 1 if report(old, new) else 0


if __name__ == "__main__":
    sys.exit(main())
