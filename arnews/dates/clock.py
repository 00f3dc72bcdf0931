"""Clock times and time ranges in the normalised analysis view.

:func:`find_clock_times` reads the folded spelling of :func:`arnews.normalize.analysis_view`
("الساعه الثالثه", digits in ASCII) and returns :class:`ClockTime` results with offsets into
that string. It recognises

* marked hours: ``الساعة 3``, ``الساعة الثالثة``, ``الساعة ثلاثة``, ``في تمام الساعة 10:30``;
* colon times ``10:30``, ``7:56:35`` (a valid hour and two-digit minutes), dotted ``10.30`` and
  ``1140`` only with a part of day or ``الساعة``;
* minutes in words and fractions: ``الخامسة والنصف``, ``السادسة إلا ربعا``, ``الثالثة وعشرين دقيقة``,
  ``ثلاث دقائق قبل الخامسة والنصف``, ``عشر دقائق بعد الثالثة``;
* parts of day after (and a few before) the hour: ``صباحا``, ``مساء``, ``ص``/``م``, ``بعد الظهر``,
  ``من صباح`` (a construct form; the day that follows it is left to the date grammar);
* fixed times: ``منتصف الليل`` (00:00), ``منتصف النهار``/``الظهيرة`` (12:00), ``الظهر`` after ``عند``/``حتى``;
* ranges: ``من 3 إلى 5 مساء``, ``بين 10 و11 صباحا``, ``3-5 مساء``, ``من الساعة 3 حتى الساعة 5``;
* time zones: ``بتوقيت غرينتش``, ``بتوقيت مكة``, ``بالتوقيت المحلي``, ``GMT+3``.

A bare number is never a time by itself: it needs ``الساعة``, the ``HH:MM`` shape, a time zone,
minutes or a fraction, or a part of day. With only a part of day, the hour must stand where a
time can: after a preposition or an approximation (``عند 7 مساء``, ``في الثالثة فجرا``), at the
start of a clause, or (digits) before an adverbial part of day (``7 مساءً.``) — not after a
noun it counts or agrees with (``أصيب 3 مساء أمس``, ``الجلسة الثالثة مساء``). An ordinal with
nothing else is a time only after ``عند``/``تمام``/``بحلول``/``قبيل``/``بعيد``.

Spans include ``الساعة``, an approximation (``حوالي``, ``نحو``, ``تمام``), the ``من``/``بين``
of a range, the part of day and the time zone; a leading ``في``/``عند``/``حتى``/``منذ`` is
left out (the date grammar decides what it means).

The vocabulary is data (``arnews/data/dates/clock.json``), folded with the analysis preset on
first use. Matching is one compiled pattern of bounded alternatives (linear in the input).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

import regex

from .. import _compiled
from .clock_grammar import _key, _patterns, _Tables, _tables

# the clock grammar's word sets and sources, read by the candidate scan of arnews.dates
from .clock_grammar import cardinal_hours as cardinal_hours
from .clock_grammar import hour_digits as hour_digits
from .clock_grammar import hour_words as hour_words
from .clock_grammar import military_marks as military_marks
from .clock_grammar import ordinal_hour_words as ordinal_hour_words
from .clock_grammar import pattern_sources as pattern_sources
from .dayparts import with_use

__all__ = ["PARTS_OF_DAY", "ClockTime", "find_clock_times", "parts_of_day", "tz_info"]

#: The values :attr:`ClockTime.part_of_day` can take.
PARTS_OF_DAY = ("morning", "dawn", "noon", "afternoon", "evening", "night")


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day (or a range of two) found in the analysis view.

    ``hour`` is 0–23 when the phrase fixes am/pm (a part of day, an hour above 12, a zero-padded
    24-hour form) and 1–12 otherwise, with ``ambiguous`` set. ``end_hour``/``end_minute`` are
    set for a range. ``tz`` is ``"GMT"``, ``"UTC"``, an IANA name (``"Asia/Riyadh"``), a fixed
    offset ``"UTC+03:00"`` or ``"local"`` (``بالتوقيت المحلي``).

    >>> c = find_clock_times("تبدا الجلسه الساعه 10:30 صباحا بتوقيت مكه")[0]
    >>> (c.start, c.end, c.hour, c.minute, c.ambiguous, c.part_of_day, c.tz)
    (12, 41, 10, 30, False, 'morning', 'Asia/Riyadh')
    """

    start: int
    end: int
    hour: int
    minute: int
    second: int
    ambiguous: bool
    end_hour: int | None = None
    end_minute: int | None = None
    part_of_day: str | None = None
    tz: str | None = None



def parts_of_day() -> Mapping[str, str]:
    """Part-of-day phrases (folded, spaces removed) and their labels, as the clock grammar reads them.

    >>> parts_of_day()["بعدالظهر"]
    'afternoon'
    """
    return _tables().pods




@cache
def tz_info(label: str | None) -> tzinfo | None:
    """The :class:`datetime.tzinfo` of a :attr:`ClockTime.tz` label; ``None`` for ``"local"`` or unknown.

    >>> tz_info("UTC+03:00")
    datetime.timezone(datetime.timedelta(seconds=10800))
    >>> str(tz_info("Asia/Riyadh"))
    'Asia/Riyadh'
    """
    if not label or label == "local":
        return None
    if label in ("GMT", "UTC"):
        return timezone.utc
    m = regex.fullmatch(r"UTC([+-])(\d\d):(\d\d)", label)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    try:
        return ZoneInfo(label)
    except (KeyError, ValueError, OSError):  # an unknown name, or no time-zone database on this system
        return None


# --------------------------------------------------------------------------- reading a match


def _minutes_of_words(s: str) -> int | None:
    m = _patterns().minute_word.fullmatch(s.strip())
    if m is None:
        return None
    t = _tables()
    if m.group("d"):
        return int(m.group("d"))
    if m.group("teen"):
        w = m.group("teen")
        return 10 + (t.teen_units.get(w) or t.units.get(w, 0))
    total = 0
    if m.group("u"):
        total += t.units[m.group("u")]
    if m.group("t"):
        total += t.tens[m.group("t")]
    if m.group("ten") or m.group("oteen"):
        total += 10
    if m.group("ou"):
        total += t.minute_ordinals[m.group("ou")]
    if m.group("ot"):
        total += t.minute_ordinal_tens[m.group("ot")]
    return total


def _apply_pod(h: int, pod: str | None) -> tuple[int, bool]:
    """24-hour value of a 1–12 hour read with a part of day; (hour, ambiguous)."""
    if pod is None:
        return h, True
    if pod in ("morning", "dawn"):
        return (0 if h == 12 else h), False
    if pod == "noon":
        return (h if h >= 11 else h + 12), False
    if pod in ("afternoon", "evening"):
        return (12 if h == 12 else h + 12), False
    # night: 1–5 are after midnight, 12 is midnight
    if h == 12:
        return 0, False
    return (h if h <= 5 else h + 12), False


def _tz_of(s: str) -> str | None:
    m = _patterns().tz.fullmatch(s)
    if m is None:
        return None
    t = _tables()
    name = t.tz_names.get(_key(m.group("name"))) if m.group("name") else t.tz_bare.get(_key(m.group("bare") or ""))
    if m.group("sign"):
        sign = "-" if m.group("sign") in "-−" else "+"
        oh, om = int(m.group("oh")), int(m.group("om") or 0)
        if oh > 14 or om > 59:
            return name
        if name in ("GMT", "UTC"):
            return f"UTC{sign}{oh:02d}:{om:02d}"
    return name


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    raw_hour: int  # the hour as written: 1–12, or 0–23 when ``exact``
    minute: int  # minutes as written with the hour (10:30 -> 30)
    second: int
    delta: int  # minutes added by a fraction or an offset (إلا ربع -> -15)
    exact: bool  # the hour is already a 24-hour value (13:00, 08:00, منتصف الليل)
    pod: str | None
    tz: str | None
    strong: bool  # a time by itself
    bare: bool  # plain digits with nothing else

    def time(self, pod: str | None = None) -> tuple[int, int, bool]:
        """(hour, minute, ambiguous), reading the hour with ``pod`` when the unit has none."""
        pod = self.pod or pod
        if self.exact:
            hour, ambiguous = self.raw_hour, False
        else:
            hour, ambiguous = _apply_pod(self.raw_hour, pod)
        total = (hour * 60 + self.minute + self.delta) % (24 * 60)
        hour, minute = divmod(total, 60)
        if ambiguous:
            hour = hour % 12 or 12
        return hour, minute, ambiguous


def _after(m: regex.Match[str], words: frozenset[str]) -> bool:
    """Whether the word just before the match is one of ``words``."""
    prev = _patterns().prev_word.search(m.string, max(0, m.start() - 24), m.start())
    return prev is not None and prev.group(1) in words


#: Parts of day that say "before noon": 12 with them is noon (12 صباحا stays midnight).
_FORENOON = frozenset(_key(p.phrase) for p in with_use("forenoon"))
_CLAUSE_END = _compiled.compile(r"[.!?؟؛;:\n«»\"“”،]")
#: What follows an ordinal that is an age, a rank or a day, not an hour (folded like the view).
_NOT_AN_HOUR_AFTER = _compiled.compile(
    r"\s*(?:من\s+(?:عمر|العمر)|عشر|والعشرين|والثلاثين|علي\s+التوالي|من\s+(?:نوعها|بين))"
)


def _time_clause(m: regex.Match[str], words: frozenset[str]) -> bool:
    """An ordinal hour right after في in a clause that names a day or a schedule (not an age or a rank)."""
    if not (m.group("ord") or "").endswith(("ه", "ة")):  # an hour is feminine (الثامنة); الثامن is a day
        return False
    if not _after(m, frozenset({"في"})) or _NOT_AN_HOUR_AFTER.match(m.string, m.end()):
        return False
    left = m.string[max(0, m.start() - 50) : m.start()]
    cut = [x.end() for x in _CLAUSE_END.finditer(left)]
    left = left[cut[-1] :] if cut else left
    return any(w in words for w in left.split())


def _of_a_day(m: regex.Match[str], pod_text: str | None) -> bool:
    """A feminine ordinal hour with ``من`` + a part of day (``السابعة من مساء``): a time, unless it agrees
    with a feminine noun before it (``الجولة الثالثة من صباح اليوم`` is a rank)."""
    if not (pod_text and _key(pod_text).startswith("من") and (m.group("ord") or "").endswith(("ه", "ة"))):
        return False
    before = m.string[max(0, m.start() - 30) : m.start()].split()
    return not before or not before[-1].endswith(("ه", "ة"))


def _before_its_day(m: regex.Match[str], t: _Tables, pod_text: str | None) -> bool:
    """A feminine ordinal hour before ``هذا المساء``/``الليلة``, or before a day after its own part of
    day (``السابعة مساء الخميس``): a time, unless it agrees with a feminine noun before it."""
    if not (m.group("ord") or "").endswith(("ه", "ة")):
        return False
    before = m.string[max(0, m.start() - 30) : m.start()].split()
    if before and before[-1].endswith(("ه", "ة")):
        return False
    if pod_text is not None and _key(pod_text) in {_key(h) for h in t.hour_before_day}:
        return True  # الثامنة الليلة: the part of day is the phrase itself
    after = m.string[m.end() : m.end() + 24].lstrip()
    heads = (*t.construct_heads, *t.day_adverbs) if pod_text is not None else t.hour_before_day
    return any(after.startswith(h) and not after[len(h) : len(h) + 1].isalnum() for h in heads)


def _introduced(m: regex.Match[str], *, adverbial: bool = False) -> bool:
    """Whether an hour with only a part of day reads as a time where it stands.

    True after a preposition (في، عند، حتى، من ...), an approximation, a proclitic و, punctuation or
    the start of the text; with ``adverbial``, also when the part of day is an adverb (صباحا،
    مساء at a clause end) rather than a construct noun before a day (مساء أمس، صباح اليوم).
    """
    t = _tables()
    if m.group("approx"):
        return True
    if adverbial:
        text = m.group("pod") or m.group("abbr") or ""
        key = _key(text)
        if key in t.pods_adverb and (" " in text or text.endswith("ا")):
            return True
        if key in t.pods_adverb and _patterns().construct_next.match(m.string, m.end()) is None:
            return True
    s = m.start()
    if s == 0 or m.string[s - 1] == "و":
        return True
    if _patterns().score_tail.search(m.string, max(0, s - 3), s):
        return False  # 3-1 مساء السبت: the second number of a score or a date
    prev = _patterns().prev_word.search(m.string, max(0, s - 24), s)
    return prev is None or prev.group(1) is None or prev.group(1) in t.preceders or prev.group(1) in t.hour_lead_words


def _minutes(m: regex.Match[str], t: _Tables, saa: bool) -> tuple[int, bool] | None:
    """The minutes a match adds to its hour (a fraction, minutes in words, an offset) and whether they mark it a time;
    ``None`` when they are no minutes."""
    marked = False
    delta = 0
    if m.group("frac"):
        delta = t.fractions.get(_key(m.group("frac")), 0)
        marked = True
        if m.group("fadj"):
            adj = _minutes_of_words(m.group("fadj"))
            if adj is None or adj > 29:
                return None
            delta += -adj if m.group("fadjdir") == "الا" else adj
    elif m.group("mw"):
        mw = _minutes_of_words(m.group("mw"))
        if mw is None or mw > 59:
            return None
        if m.group("h") is not None and not (saa or m.group("mdq")):
            return None  # بين 15 وعشرين دولارا: digits take minutes in words only after الساعة or with دقيقة
        delta = mw
        marked = True  # الحادية عشرة وعشرين: hour and minutes
    elif m.group("mord"):
        mo = _minutes_of_words(m.group("mord"))
        if mo is None or mo > 59:
            return None
        delta = mo
        marked = True
    elif m.group("mneg"):
        mn = _minutes_of_words(m.group("mneg"))
        if mn is None or mn > 59:
            return None
        delta = -mn
        marked = True
    if m.group("offfrac"):  # ربع ساعة بعد الثالثة
        delta += t.hour_fractions.get(" ".join(m.group("offfrac").split()), 0) * t.offset_dirs.get(m.group("offdir"), 0)
        marked = True
    if m.group("off"):
        off = _minutes_of_words(m.group("off"))
        if off is None or off > 59:
            return None
        delta += off * t.offset_dirs.get(m.group("offdir"), 0)
        marked = True
    return delta, marked


#: An hour read from digits or a word: (hour, minute, second, exact, strong).
_Hour = tuple[int, int, int, bool, bool]


def _digit_hour(m: regex.Match[str], t: _Tables, saa: bool, tz: str | None, pod: str | None) -> _Hour | None:
    """The hour of a match in digits (``10:30``, ``1140 ليلا``, ``الساعة 1400``), or ``None`` if it is no time."""
    pod_text = m.group("pod") or m.group("abbr")
    h = int(m.group("h"))
    minute = second = 0
    colon = military = False
    if m.group("m") is not None:
        minute = int(m.group("m"))
        second = int(m.group("s") or 0)
        colon = m.group("sep") == ":"
        if m.group("sep") == "," and not (saa or tz is not None):
            return None  # 16,00 (AFP style) only after الساعة or with a zone: 2,50 is an amount
        if not colon and not (saa or m.group("pod") or (tz is not None and m.group("sep") == ",")):
            return None  # 10.30 is a decimal unless marked
    elif m.group("hm") is not None:
        minute = int(m.group("hm"))
        if len(m.group("h")) == 2 and (saa or tz is not None) and not pod_text:
            military = True  # الساعة 1400 بتوقيت غرينتش: a 24-hour time
        elif not m.group("pod") or h > 12 or _key(m.group("pod")) not in t.pods_hhmm:
            return None  # 1140 only with a part of day word
    if m.group("abbr") and (h > 12 or h == 0):
        return None
    if h == 24:
        if minute or second:
            return None
        h = 0
    exact = h > 12 or h == 0 or military or (colon and m.group("h").startswith("0") and pod is None)
    own_pod = t.pods.get(_key(pod_text)) if pod_text else None
    strong = (
        saa
        or colon
        or military
        or tz is not None
        or (own_pod is not None and _introduced(m, adverbial=True))
        or (m.group("approx") is not None and _key(m.group("approx")) in t.hour_lead_words)  # تمام 10
    )
    return h, minute, second, exact, strong


def _word_hour(m: regex.Match[str], t: _Tables, saa: bool, tz: str | None) -> _Hour | None:
    """The hour of a match in words (``الثالثة``, ``الساعة ثلاثة``), or ``None`` if it is no time here."""
    word = m.group("ord") or m.group("card")
    key = word.removeprefix("ال") if m.group("ord") else word
    if key not in t.hours:
        return None
    if m.group("card") and not saa:
        return None  # ثلاثة صباح اليوم is a count more often than a time
    pod_text = m.group("pod") or m.group("abbr")
    own_pod = t.pods.get(_key(pod_text)) if pod_text else None
    # an ordinal after a noun agrees with it (الجلسة الثالثة مساء); as an hour it follows a preposition
    strong = (
        saa
        or tz is not None
        or bool(m.group("pre"))
        or bool(m.group("approx"))  # حوالي العاشرة, تمام الثالثة
        or (own_pod is not None and _introduced(m))
        or (own_pod is not None and _of_a_day(m, pod_text))  # السابعة من مساء الخميس
        or _before_its_day(m, t, pod_text if own_pod is not None else None)  # الثامنة هذا المساء
        or _after(m, t.hour_lead_words)  # عند العاشرة, بحلول السادسة
        or _time_clause(m, t.time_clause_words)  # الخميس في السابعة, يبدأ الحفل في الثامنة
    )
    return t.hours[key], 0, 0, False, strong


def _read(m: regex.Match[str]) -> _Unit | None:
    t = _tables()
    saa = bool(m.group("saa"))
    pod_text = m.group("pod") or m.group("abbr")
    own_pod = t.pods.get(_key(pod_text)) if pod_text else None
    pre_pod = t.pods.get(_key(m.group("pre"))) if m.group("pre") else None
    pod = own_pod or pre_pod
    tz = _tz_of(m.group("tz")) if m.group("tz") else None
    got: _Hour | None
    if m.group("fixed"):
        h, minute, fixed_pod = t.fixed.get(_key(m.group("fixed").replace("-", " ")), (12, 0, "noon"))  # منتصف-الليل
        pod = pod or fixed_pod
        got = (h, minute, 0, True, True)
    elif m.group("h") is not None:
        got = _digit_hour(m, t, saa, tz, pod)
    else:
        got = _word_hour(m, t, saa, tz)
    if got is None:
        return None
    h, minute, second, exact, strong = got
    if h == 12 and pod == "morning" and pod_text and _key(pod_text) in _FORENOON:
        pod = "noon"  # الساعة 12 قبل الظهر: the hour that ends at noon, not midnight
    minutes = _minutes(m, t, saa)
    if minutes is None:
        return None
    delta, marked = minutes
    strong = strong or marked
    bare = not any(
        m.group(g)
        for g in ("saa", "pre", "approx", "off", "offfrac", "minpart", "pod", "abbr", "tz", "ord", "card", "fixed", "m")
    )
    return _Unit(m.start(), m.end(), h, minute, second, delta, exact, pod, tz, strong, bare)


def _single(u: _Unit) -> ClockTime:
    hour, minute, ambiguous = u.time()
    return ClockTime(u.start, u.end, hour, minute, u.second, ambiguous, part_of_day=u.pod, tz=u.tz)


def _range(t: str, a: _Unit, b: _Unit) -> ClockTime | None:
    """Join two units separated by a connector into a range, or None."""
    p = _patterns()
    c = p.connector.fullmatch(t, a.end, b.start)
    if c is None:
        return None
    lead = p.range_start.search(t, max(0, a.start - 12), a.start)
    if c.group("waw") and (lead is None or lead.group("rs") == "من"):
        return None  # "و" joins a range only after بين
    if not (a.strong or b.strong):
        return None
    if b.bare and p.counted.match(t, b.end):
        return None  # من الساعة 3 إلى 5 أشخاص: the second number counts something
    if c.group("dash") and a.bare and not b.strong:
        return None
    ah, am, aamb = a.time()
    bh, bm, bamb = b.time()
    if c.group("dash") and a.bare and a.raw_hour >= b.raw_hour:
        return None  # 2-1 مساء: a score, not a range
    pod = a.pod or b.pod
    if aamb and not bamb and b.pod:
        ch, cm, camb = a.time(b.pod)
        if (ch, cm) <= (bh, bm):
            ah, am, aamb = ch, cm, camb
        else:  # من 11 الى 1 ظهرا: the start is before noon
            aamb = False
    elif bamb and not aamb and a.pod:
        ch, cm, camb = b.time(a.pod)
        if (ch, cm) >= (ah, am):
            bh, bm, bamb = ch, cm, camb
        elif bh + 12 < 24 and (bh + 12, bm) >= (ah, am):  # من 10 صباحا الى 2
            bh, bamb = bh + 12, False
    if (ah, am) == (bh, bm):
        return None
    start = lead.start() if lead is not None else a.start
    return ClockTime(start, b.end, ah, am, a.second, aamb or bamb, bh, bm, pod, a.tz or b.tz)


def find_clock_times(t: str) -> list[ClockTime]:
    """Clock times and time ranges in ``t``, the analysis view text; sorted, non-overlapping.

    Offsets index ``t``. An hour with no part of day stays 1–12 with ``ambiguous=True``.

    >>> from arnews.normalize import analysis_view
    >>> t = analysis_view("وصل الوفد الساعة الخامسة والنصف").text
    >>> [(c.hour, c.minute, c.ambiguous) for c in find_clock_times(t)]
    [(5, 30, True)]
    >>> c = find_clock_times(analysis_view("من 3 إلى 5 مساءً").text)[0]
    >>> (c.hour, c.end_hour, c.part_of_day)
    (15, 17, 'evening')
    """
    if not isinstance(t, str) or not t:
        return []
    units: list[_Unit] = []
    unit = _patterns().unit
    pos = 0
    while (m := unit.search(t, pos)) is not None:
        try:
            u = _read(m)
        except ValueError:  # a digit of a newer Unicode than Python's (\U000116d0): \d knows it, int() does not
            u = None
        if u is not None:
            units.append(u)
            pos = m.end()
        else:  # not a time as a whole; a shorter reading may start inside it
            pos = m.start() + 1
    out: list[ClockTime] = []
    i = 0
    while i < len(units):
        u = units[i]
        if i + 1 < len(units):
            r = _range(t, u, units[i + 1])
            if r is not None:
                out.append(r)
                i += 2
                continue
            if u.bare and t[u.end : units[i + 1].start] in ("-", "–") and u.raw_hour >= units[i + 1].raw_hour:
                i += 2  # a score such as 2-1: neither side is a time
                continue
        if u.strong:
            out.append(_single(u))
        i += 1
    return out
