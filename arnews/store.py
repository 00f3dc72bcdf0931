"""What the store of compiled patterns holds (``arnews/data/patterns.bin``, see :mod:`arnews._compiled`).

A room above the grammars it lists, so that the store's reader (:mod:`arnews._compiled`) imports
none of them: ``scripts/gen_patterns.py`` writes the store from :func:`sources`, and a test checks
it holds every one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache

from .dates import _pattern_sources
from .lexicon import default_lexicon

__all__ = ["first_parse_sources", "sources"]

#: What a fresh process does on its way to a first answer: import the command line and everything
#: it reaches, then ``parse()`` the warm-up text (every capability, the date grammar's families).
_FIRST_PARSE = """
import json
from datetime import datetime
import arnews.cli, arnews.markup
from arnews import _compiled, find_dates, parse
from arnews.data import text
for t in (text("warmup.txt"), __import__("sys").argv[1]):
    parse(t, published=datetime(2023, 9, 12))
    find_dates(t)  # no reference: the readers that need none
print(json.dumps(_compiled.requested()))
"""
#: Our own sentences for the rest of the grammar's families and the readers they reach.
_MORE = (
    "في الثاني من يناير 2020 وصل الوفد، وفي أول خميس من شهر مايو عاد. الأسبوع الأول من مارس 2021 شهد "
    "اجتماعات بين 3 و5 فبراير، وبين عامي 2010 و2015 تغير كل شيء. هذه الليلة وصباح أمس والخميس الماضي "
    "وفي 12/3 عقد لقاء. عيد الفطر 2019 والشهر المقبل وخلال ثلاثة أيام وفي الثمانينات من القرن الماضي "
    "وعام 1999 وشهر أبريل المقبل، وحاليا، وفي الساعة الخامسة والنصف مساء بتوقيت غرينتش، ومنذ 1990.\n"
    "قال المتحدث اليوم إن 40 شاحنة في اليوم تعبر الحدود، وإن الجلسة تعقد عند 1830 بتوقيت غرينتش يوميا "
    "وكل يوم جمعة."
)


@cache
def first_parse_sources() -> tuple[tuple[str, int], ...]:
    """Every pattern a fresh process compiles through :func:`arnews._compiled.compile` until its first
    ``parse()`` returns: the modules' own patterns and those built from the shipped tables on first use.

    Found by running that process (this package, a fresh interpreter), so nothing this process has
    compiled for other reasons is counted.
    """
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))))
    env.pop("ARNEWS_CACHE_DIR", None)
    cmd = [sys.executable, "-c", _FIRST_PARSE, _MORE]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    return tuple((str(s), int(f)) for s, f in json.loads(out.stdout))


def sources() -> list[tuple[str, int]]:
    """Every pattern the store holds (source, flags): the date and clock grammars', the written-date
    pattern, the shipped reporting lexicon's phrase pattern, and what a first ``parse()`` compiles."""
    grammar = [*_pattern_sources(), (default_lexicon().phrase_pattern.pattern, 0)]
    return list(dict.fromkeys([*grammar, *first_parse_sources()]))
