"""The benchmarks' texts: a composed Arabic news corpus, and real news read at bench time.

The composed corpus is built from templates, deterministic (seeded), so every benchmark in one
run sees the same text; nothing in it comes from the evaluation data. The real news are the
articles of ``../shared/eval/news/pool/`` (192 articles from 17 outlets, about 0.7 MB in UTF-8),
read from there when a benchmark runs and never copied into the repository; ``ARNEWS_NEWS_DIR``
points elsewhere. :func:`news` repeats them to reach a larger size.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "examples" / "article.txt"
#: Where the real articles are read from (``*.jsonl``, one record with a ``text`` a line).
NEWS_DIR = Path(os.environ.get("ARNEWS_NEWS_DIR", HERE.parent.parent / "shared" / "eval" / "news" / "pool"))

SPEAKERS = [
    "وزير الخارجية المصري سامح شكري",
    "المتحدث باسم الحكومة",
    "رئيس الوزراء العراقي",
    "مصدر أمني",
    "مسؤولون أميركيون",
    "الأمين العام للأمم المتحدة",
    "النائب في البرلمان خالد العلي",
    "مديرة الصندوق كريستالينا غورغييفا",
]
VERBS = ["قال", "أكد", "أوضح", "أضاف", "أعلن", "كشف", "حذر", "شدد"]
WHEN = [
    "اليوم الثلاثاء",
    "أمس الاثنين",
    "بعد ظهر الأحد",
    "الأسبوع الماضي",
    "منذ أربع سنوات",
    "في 12 أيلول/سبتمبر 2023",
    "مساء أمس",
    "الشهر المقبل",
    "عام 2019",
    "في 28 صفر 1445هـ",
]
CLAUSES = [
    "المحادثات ستستأنف في العاصمة بمشاركة وفود من عشر دول",
    "الحكومة ستخفض أسعار الوقود بنسبة 3.5 في المئة",
    "الوضع الأمني تحسن بشكل ملحوظ في المناطق الحدودية",
    "الاتفاق يشمل تبادل الأسرى وفتح المعابر أمام المساعدات الإنسانية",
    "العجز في الموازنة تراجع إلى 1.200.000 دينار",
    "بلاده لن تقبل بأي تدخل في شؤونها الداخلية",
]
QUOTES = [
    "نحن ملتزمون بالحوار. لا بديل عنه",
    "الوضع صعب لكنه ليس ميؤوسا منه",
    "سنواصل العمل حتى تحقيق أهدافنا",
]
DATELINES = ["القاهرة - (رويترز) -", "بيروت ـ «الحياة»:", "الرباط - أ ف ب -", "دبي - (وام) -"]


def sentence(rng: random.Random) -> str:
    """One composed news sentence."""
    sp, vb, wh = rng.choice(SPEAKERS), rng.choice(VERBS), rng.choice(WHEN)
    form = rng.randrange(5)
    if form == 0:
        return f"و{vb} {sp}، {wh}، إن {rng.choice(CLAUSES)}."
    if form == 1:
        return f"{vb} {sp} {wh} أن {rng.choice(CLAUSES)}، مضيفا أن {rng.choice(CLAUSES)}."
    if form == 2:
        return f"“{rng.choice(QUOTES)}”، {vb} {sp} {wh}."
    if form == 3:
        return f"ونقلت وكالة الأنباء الرسمية عن {sp} قوله: «{rng.choice(QUOTES)}»."
    return f"وبحسب {sp}، فإن {rng.choice(CLAUSES)} {wh}."


def article(rng: random.Random) -> str:
    """One composed article: a headline, a dateline and a few paragraphs."""
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(3, 7))]
    paras[0] = f"{rng.choice(DATELINES)} {paras[0]}"
    return f"{rng.choice(CLAUSES)}\n" + "\n".join(paras)


def corpus(size: int = 2_000_000, seed: int = 7) -> str:
    """About ``size`` characters of news, the shipped sample article included."""
    rng = random.Random(seed)
    parts = [SAMPLE.read_text(encoding="utf-8")]
    n = len(parts[0])
    while n < size:
        parts.append(article(rng))
        n += len(parts[-1]) + 2
    return "\n\n".join(parts)


def articles(size: int = 2_000_000, seed: int = 7) -> list[str]:
    """The same corpus as a list of articles (for per-document benchmarks)."""
    return corpus(size, seed).split("\n\n")


def news_texts() -> list[str]:
    """The real articles (their ``text``), in file order; ``FileNotFoundError`` when none is found."""
    texts = [
        json.loads(line)["text"]
        for path in sorted(NEWS_DIR.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not texts:
        raise FileNotFoundError(f"no real news under {NEWS_DIR} (set ARNEWS_NEWS_DIR)")
    return texts


def news(size: int | None = None) -> str:
    """The real articles joined by blank lines (none holds one), repeated to about ``size`` characters."""
    texts = news_texts()
    one = "\n\n".join(texts)
    if size is None or size <= len(one):
        return one
    return "\n\n".join([one] * -(-size // len(one)))
