"""Score arnews on the blind-round gold in ``eval/blind/`` (offsets only, texts from the pool).

Each line of a round file holds an article's ``id``, ``published`` date and offsets-only gold
(see ``eval/blind/README.md``). This script joins every record with its ``title`` and ``text``
from ``../shared/eval/news/pool/news_pool.jsonl`` into a temporary scorer-ready JSONL (the texts
never enter the project), runs ``../shared/eval/score_news.py`` on it (``--show-errors`` and
``--json`` pass through), then reports ``source_type`` accuracy on the events matched by cue-span
overlap (``n/a`` while arnews's Attribution has no ``source_type``).

Usage (from the project root):
    .venv/bin/python scripts/score_blind.py                       # every eval/blind/*.jsonl
    .venv/bin/python scripts/score_blind.py eval/blind/round1.jsonl [--show-errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
POOL = SHARED / "news" / "pool" / "news_pool.jsonl"
SCORER = SHARED / "score_news.py"


def load_pool() -> dict[str, dict[str, Any]]:
    """Pool records by id."""
    with POOL.open(encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f) if r}


def join(files: list[Path], pool: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold records of files, each with the pool's title, text and published date."""
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            src = pool[rec["id"]]
            rec.update(title=src.get("title", ""), text=src["text"], published=src["published"])
            out.append(rec)
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def source_type_scores(recs: list[dict[str, Any]]) -> tuple[int, int, bool, Counter[tuple[str, str]]]:
    """(correct, matched, arnews has the field, confusion) over cue-overlap matches."""
    sys.path.insert(0, str(ROOT))
    import arnews

    correct = matched = 0
    has_field = False
    confusion: Counter[tuple[str, str]] = Counter()
    for rec in recs:
        preds = arnews.extract_attributions(rec["text"])
        used: set[int] = set()
        for g in rec.get("attributions", []):
            gs = (g["cue_span"][0], g["cue_span"][1])
            for i, p in enumerate(preds):
                if i in used or not overlap(gs, (p.cue.start, p.cue.end)):
                    continue
                used.add(i)
                st = getattr(p, "source_type", None)
                has_field = has_field or hasattr(p, "source_type")
                matched += 1
                correct += st == g.get("source_type")
                confusion[(g.get("source_type") or "-", str(st))] += 1
                break
    return correct, matched, has_field, confusion


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    files: list[Path] = args.files or sorted((ROOT / "eval" / "blind").glob("*.jsonl"))
    recs = join(files, load_pool())
    with tempfile.TemporaryDirectory() as tmp:
        joined = Path(tmp) / "blind_joined.jsonl"
        joined.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        cmd = [sys.executable, str(SCORER), str(joined)]
        cmd += ["--show-errors"] * args.show_errors + ["--json"] * args.json
        rc = subprocess.run(cmd, cwd=ROOT, check=False).returncode
    if rc:
        return rc
    correct, matched, has_field, confusion = source_type_scores(recs)
    acc = f"{correct / matched:.3f}" if has_field and matched else "n/a"
    if args.json:
        print(json.dumps({"source_type_acc": acc, "source_type_matched": matched}))
    else:
        print(f"{'source_type_acc':28} {acc} (on {matched} cue-matched events)")
        if has_field:
            for (gold, pred), n in sorted(confusion.items()):
                print(f"  gold {gold:14} pred {pred:14} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
