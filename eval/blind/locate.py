#!/usr/bin/env python3
"""Turn an annotation spec (kept outside the repo: it quotes the articles) into offset-only gold.

Usage: python3 eval/blind/locate.py SPEC.py POOL.jsonl OUT.jsonl [JOINED.jsonl]

SPEC.py defines SPEC = [{"id": ..., "atts": [...], "dates": [...]}, ...]. An attribution gives
ctx (a unique substring holding the cue), cue, verb, sp/core/ct/ch (speaker, speaker core, content,
channel: strings found nearest to the cue, or for sp and ct a pair (first words, last words); core is looked for inside the speaker first), kind,
st (source_type), mn (meaning). A date gives t, and ctx (a unique substring holding t) or occ
(which occurrence, from 1), kind, grain, start, end, dur. Every span is printed back for checking.
No article text is written to OUT; JOINED (for `score_news.py --check`) holds the texts and
belongs outside the repo.
"""
import json
import re
import runpy
import sys


def nearest(text, needle, anchor, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    best = None
    for m in re.finditer(re.escape(needle), text[lo:hi]):
        s = lo + m.start()
        if best is None or abs(s - anchor) < abs(best - anchor):
            best = s
    if best is None:
        raise SystemExit(f"not found: {needle!r}")
    return [best, best + len(needle)]


def locate(text, needle, anchor):
    """needle, or (first, last): from the first string nearest the anchor to the end of the next last."""
    if isinstance(needle, str):
        return nearest(text, needle, anchor)
    a = nearest(text, needle[0], anchor)
    b = text.find(needle[1], a[0])
    if b < 0:
        raise SystemExit(f"end not found: {needle!r}")
    return [a[0], b + len(needle[1])]


def unique(text, ctx):
    n = text.count(ctx)
    if n != 1:
        raise SystemExit(f"context found {n} times: {ctx!r}")
    return text.index(ctx)


def main():
    spec = runpy.run_path(sys.argv[1])["SPEC"]
    pool = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        r = json.loads(line)
        pool[r["id"]] = r
    out, joined = [], []
    for art in spec:
        r = pool[art["id"]]
        text = r["text"]
        atts, dates = [], []
        print(f"===== {art['id']} {r['published']}")
        for a in art["atts"]:
            c0 = unique(text, a["ctx"])
            cs = c0 + a["ctx"].index(a["cue"])
            cue = [cs, cs + len(a["cue"])]
            sp = locate(text, a["sp"], cs) if a.get("sp") else None
            core = None
            if a.get("core"):
                core = (nearest(text, a["core"], sp[0], sp[0], sp[1]) if sp and a["core"] in text[sp[0]:sp[1]]
                        else nearest(text, a["core"], cs))
            ct = locate(text, a["ct"], cs) if a.get("ct") else None
            ch = nearest(text, a["ch"], cs) if a.get("ch") else None
            atts.append({"cue_span": cue, "verb": a["verb"], "speaker_span": sp, "speaker_core_span": core,
                         "content_span": ct, "kind": a["kind"], "channel_span": ch,
                         "source_type": a["st"], "meaning": a["mn"]})
            show = lambda s: None if s is None else f"{s[0]}:{text[s[0]:s[1]]}"
            print(f"- cue {show(cue)} | {a['verb']} {a['kind']} {a['st']} {a['mn']}\n  sp {show(sp)}\n  core {show(core)}"
                  f"\n  ch {show(ch)}\n  ct {show(ct)}")
        for d in art["dates"]:
            if d.get("ctx"):
                c0 = unique(text, d["ctx"])
                s = c0 + d["ctx"].index(d["t"])
            else:
                s = -1
                for _ in range(d.get("occ", 1)):
                    s = text.find(d["t"], s + 1)
                    if s < 0:
                        raise SystemExit(f"date not found: {d['t']!r}")
            e = {"span": [s, s + len(d["t"])], "kind": d["kind"], "grain": d.get("grain"),
                 "start": d.get("start"), "end": d.get("end")}
            if d["kind"] == "duration":
                e["duration"] = d["dur"]
            dates.append(e)
            print(f"- date {s}:{text[s:s + len(d['t'])]} | {d['kind']} {d.get('grain')} {d.get('start')} {d.get('end')} {d.get('dur', '')}")
        out.append({"id": art["id"], "published": r["published"], "attributions": atts, "dates": dates})
        joined.append({"id": art["id"], "title": r["title"], "text": text, "published": r["published"],
                       "attributions": atts, "dates": dates})
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    if len(sys.argv) > 4:
        with open(sys.argv[4], "w", encoding="utf-8") as f:
            for o in joined:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
