"""Turn a blind-round annotation spec (kept outside the project) into offsets-only gold.

The spec is a JSON file: a list of records ``{"id", "atts": [...], "dates": [...]}``. Each
attribution is ``[context, cue, verb, speaker, speaker_core, content, kind, channel, source_type,
meaning]``: the context must be unique in the pool text and hold the cue; the other strings, or
``[first words, last words]`` pairs, are taken at their occurrence nearest the cue. Each date is
``[text, where, kind, grain, start, end, duration]``, ``where`` an occurrence number or a unique
context holding the text. The output holds ids, offsets and labels only, no article text; every
span is printed back for checking.

Usage: python eval/blind/spans.py SPEC.json OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

POOL = Path("/work/shared/eval/news/pool/news_pool.jsonl")


def near(text: str, needle: str, anchor: int) -> tuple[int, int]:
    """The occurrence of needle nearest to anchor."""
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not hits:
        raise SystemExit(f"not found: {needle!r}")
    s = min(hits, key=lambda h: abs(h - anchor))
    return (s, s + len(needle))


def locate(text: str, val: str | list[str], anchor: int) -> tuple[int, int]:
    """A string, or a pair [first words, last words] naming a stretch, nearest to anchor."""
    if isinstance(val, str):
        return near(text, val, anchor)
    s = near(text, val[0], anchor)[0]
    e = text.find(val[1], s)
    if e < 0:
        raise SystemExit(f"end not found: {val!r}")
    return (s, e + len(val[1]))


def unique(text: str, ctx: str) -> int:
    n = text.count(ctx)
    if n != 1:
        raise SystemExit(f"context found {n} times: {ctx!r}")
    return text.index(ctx)


def main(spec_path: str, out_path: str) -> None:
    pool = {r["id"]: r for r in map(json.loads, POOL.open(encoding="utf-8"))}
    out = []
    for rec in json.loads(Path(spec_path).read_text(encoding="utf-8")):
        text = pool[rec["id"]]["text"]
        atts, dates = [], []
        print("=====", rec["id"])
        for ctx, cue, verb, spk, core, content, kind, chan, st, meaning in rec["atts"]:
            c0 = unique(text, ctx) + ctx.index(cue)
            cs = [c0, c0 + len(cue)]
            a = {"cue_span": cs, "verb": verb}
            for key, val in (("speaker", spk), ("speaker_core", core), ("content", content), ("channel", chan)):
                a[key + "_span"] = list(locate(text, val, c0)) if val else None
            a.update(kind=kind, source_type=st, meaning=meaning)
            atts.append(a)
            print(f"[{cs[0]}] {text[cs[0] : cs[1]]} | {kind} {st} {meaning}")
            for key in ("speaker", "speaker_core", "content", "channel"):
                sp = a[key + "_span"]
                if sp:
                    print(f"    {key}: {text[sp[0] : sp[1]]}")
        for dtext, where, kind, grain, start, end, dur in rec["dates"]:
            if isinstance(where, int):
                i = -1
                for _ in range(where):
                    i = text.find(dtext, i + 1)
                    if i < 0:
                        raise SystemExit(f"date not found: {dtext!r} #{where}")
            else:
                i = unique(text, where) + where.index(dtext)
            d = {"span": [i, i + len(dtext)], "kind": kind, "grain": grain, "start": start, "end": end}
            if dur:
                d["duration"] = dur
            dates.append(d)
            print(f"  D[{i}] {text[i : i + len(dtext)]} | {kind} {grain} {start} {end} {dur or ''}")
        out.append({"id": rec["id"], "published": pool[rec["id"]]["published"], "attributions": atts, "dates": dates})
    with open(out_path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
