"""Which words introduce content clauses in real news, and which of them the lexicon lacks.

Scans the unannotated pool (``../shared/eval/news/pool/news_pool.jsonl``; other JSONL files with a
``text`` field may be given) for the content introducers ``أن/إن/بأن`` (with attached pronouns), a
colon and an opening quote (``« " “``), and counts the words standing one to ``--window`` tokens
before each, grouped by a light stem (clitics و/ف/ل/س/ب, the person prefix and the common
suffixes removed). Only counts of single words are kept and printed: no text, sentence or excerpt
of the pool is stored or shown.

Each stem is printed with its count, how many of its surface forms the reporting lexicon
(``arnews/data/reporting_cues.tsv`` through :func:`arnews.lexicon.default_lexicon`) already has,
and its most frequent surface forms, so a missing verb of saying, asserting, believing, expecting or
describing stands out (``--missing`` lists only stems none of whose forms is a cue).

Usage (from the project root):
    .venv/bin/python scripts/pool_cues.py                    # the pool, top 80 stems
    .venv/bin/python scripts/pool_cues.py --missing --top 150
    .venv/bin/python scripts/pool_cues.py ../shared/eval/news/outlets_dev.jsonl --window 2
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from arnews.lexicon import default_lexicon
from arnews.normalize import analysis_view

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "eval" / "news" / "pool" / "news_pool.jsonl"

_TOKEN = regex.compile(r"[^\W\d_]+|[:«\"“]")
_PRONOUNS = ("", "ه", "ها", "هم", "هما", "ني", "نا", "ك", "كم")
_INTRO = frozenset([p + "ان" + s for p in ("", "ب", "ف") for s in _PRONOUNS] + [":", "«", '"', "“"])
#: Function words that stand between a verb and its content and say nothing about the verb.
_SKIP = frozenset({"في", "من", "الي", "علي", "عن", "مع", "هذا", "هذه", "ذلك", "كما", "و", "او", "ما", "لا",
                   "لم", "لن", "قد", "لقد", "ان", "هو", "هي", "كان", "كانت", "الذي", "التي", "انه", "الا"})
_PREFIXES = ("وس", "فس", "ول", "فل", "و", "ف", "س", "ل")
_SUFFIXES = ("تما", "تموا", "ون", "ين", "وا", "ان", "تا", "ته", "ها", "هم", "ه", "ت", "ا", "ي", "ن")


def texts(paths: Iterable[Path]) -> Iterator[str]:
    """The ``text`` field of every record of the JSONL files (title included when present)."""
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    yield (rec.get("title") or "") + "\n" + (rec.get("text") or "")


def stem(word: str) -> str:
    """A light stem: clitics, one person prefix and one suffix removed (a grouping key, not morphology)."""
    w = word
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    if w[:1] in "يتن" and len(w) >= 4:
        w = w[1:]
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return w


def count(paths: Iterable[Path], window: int) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Stem counts of the words before content introducers, and the surface forms of each stem."""
    stems: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts(paths):
        toks = [m.group() for m in _TOKEN.finditer(analysis_view(text).text)]
        for n, tok in enumerate(toks):
            if tok not in _INTRO:
                continue
            seen = 0
            for m in range(n - 1, max(-1, n - 1 - 3 * window), -1):
                w = toks[m]
                if w in _INTRO:
                    break
                if w in _SKIP or len(w) < 3:
                    continue
                s = stem(w)
                stems[s] += 1
                surfaces[s][w] += 1
                seen += 1
                if seen >= window:
                    break
    return stems, surfaces


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, default=[POOL], help="JSONL files with a text field")
    ap.add_argument("--window", type=int, default=3, help="content words counted before each introducer")
    ap.add_argument("--top", type=int, default=80, help="stems printed")
    ap.add_argument("--missing", action="store_true", help="only stems none of whose forms is a cue")
    ap.add_argument("--min", type=int, default=2, help="least count printed")
    args = ap.parse_args(argv)
    lex = default_lexicon()
    stems, surfaces = count(args.files, args.window)
    shown = 0
    print("count\tcovered\tstem\tforms")
    for s, c in stems.most_common():
        if c < args.min or shown >= args.top:
            break
        forms = surfaces[s]
        covered = sum(1 for w in forms if lex.lookup(w) is not None)
        if args.missing and covered:
            continue
        top = " ".join(f"{w}:{k}" for w, k in forms.most_common(5))
        print(f"{c}\t{covered}/{len(forms)}\t{s}\t{top}")
        shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
