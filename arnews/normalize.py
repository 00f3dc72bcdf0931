"""Arabic normalisation with an offset map back to the original text.

Each operation is a small ``str -> str`` function with one job (:func:`strip_diacritics`,
:func:`strip_tatweel`, :func:`normalize_alef`, ...). :func:`normalize` chains the operations a
:class:`NormalizeOptions` switches on; :func:`normalize_with_offsets` and :func:`view` also return
the map from every normalised character back to the character of the original that produced it.

The character tables are data (``arnews/data/chars.json`` and the generated
``arnews/data/presentation.json``). For each options object the enabled single-character steps
are composed once into one table (a presentation form goes straight to its final spelling, e.g.
``ﻷ`` → ``لا``) and compiled into a plan:

* frequent characters are rewritten with ``str.replace`` (a C-speed scan per character, skipped
  when the character is absent);
* rare ones (presentation forms, controls, extended marks) with one regex over their class;
* two contextual steps use one compiled pattern each: the Arabic decimal and thousands separators
  between digits, and whitespace runs (one space, or ``"\\n"`` when the run holds a line break).

Offsets only need work where the length changes: removed characters, expanded ones and
whitespace runs. One regex over the original finds those, and the offset list is built from
``range`` slices between them, so no Python code runs per character.

>>> normalize("أَهْلاً وَسَهْلاً")
'اهلا وسهلا'
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import cache, partial
from importlib import resources
from typing import Any

import regex

from .spans import TextView, check_text

__all__ = [
    "ANALYSIS",
    "DISPLAY",
    "PRESETS",
    "SEARCH",
    "NormalizeOptions",
    "analysis_view",
    "explain",
    "fold_presentation_forms",
    "normalize",
    "normalize_alef",
    "normalize_alef_maqsura",
    "normalize_digits",
    "normalize_hamza",
    "normalize_persian",
    "normalize_punctuation",
    "normalize_quotes",
    "normalize_teh_marbuta",
    "normalize_whitespace",
    "normalize_with_offsets",
    "remove_controls",
    "strip_diacritics",
    "strip_tatweel",
    "view",
]


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which normalisations to apply; one boolean field per operation.

    ``keep_shadda`` refines ``diacritics`` (strip the other marks, keep ``ّ``). Build variants
    with :meth:`with_` (or :func:`dataclasses.replace`); :meth:`none` switches everything off.

    >>> normalize("مُدَرِّسَة", SEARCH.with_(keep_shadda=True))
    'مدرّسه'
    """

    diacritics: bool = True
    keep_shadda: bool = False
    tatweel: bool = True
    alef: bool = True
    alef_maqsura: bool = True
    teh_marbuta: bool = True
    hamza: bool = True
    digits: bool = True
    punctuation: bool = False
    quotes: bool = True
    controls: bool = True
    presentation: bool = True
    persian: bool = True
    whitespace: bool = True

    def with_(self, **options: bool) -> NormalizeOptions:
        """A copy with the named options changed; unknown names or non-bool values raise ``TypeError``."""
        return replace(self, **_checked(options)) if options else self

    @classmethod
    def none(cls, **options: bool) -> NormalizeOptions:
        """Every operation off, except the ones named ``True``.

        >>> normalize("أحمد  ـ", NormalizeOptions.none(alef=True))
        'احمد  ـ'
        """
        off = cls(**{f.name: False for f in fields(cls)})
        return off.with_(**options)

    def enabled(self) -> tuple[str, ...]:
        """The names of the options switched on, in field order."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


_OPTION_NAMES = frozenset(f.name for f in fields(NormalizeOptions))


def _checked(options: dict[str, Any]) -> dict[str, bool]:
    for name, value in options.items():
        if name not in _OPTION_NAMES:
            raise TypeError(f"unknown normalisation option {name!r}; valid options: {', '.join(sorted(_OPTION_NAMES))}")
        if not isinstance(value, bool):
            raise TypeError(f"normalisation option {name!r} must be bool, not {type(value).__name__}")
    return options


#: Aggressive folding for matching and search: every spelling variant folded, quotes unified,
#: punctuation kept.
SEARCH = NormalizeOptions()
#: Readable text: invisible characters, tatweel, presentation forms, Persian letters, digits and
#: whitespace cleaned; the spelling (hamza, alef, ى, ة), diacritics and quotes kept.
DISPLAY = NormalizeOptions(
    diacritics=False, alef=False, alef_maqsura=False, teh_marbuta=False, hamza=False, quotes=False
)
#: The view the pipeline works on: spelling folded for matching, quotes and punctuation kept.
ANALYSIS = NormalizeOptions(quotes=False, punctuation=False)
#: The presets by name, for ``normalize(text, "display")``.
PRESETS: dict[str, NormalizeOptions] = {"search": SEARCH, "display": DISPLAY, "analysis": ANALYSIS}


# --------------------------------------------------------------------------------------------
# Tables


@dataclass(frozen=True, slots=True)
class _Tables:
    """The character tables of ``data/chars.json`` and ``data/presentation.json``."""

    steps: dict[str, dict[str, str]]  # option name -> {char: replacement}, "" = removed
    shadda: str
    separators: dict[str, str]
    whitespace: str
    newlines: str


def _code_points(ranges: list[str]) -> str:
    out: list[str] = []
    for item in ranges:
        lo, _, hi = item.partition("-")
        out.extend(chr(c) for c in range(int(lo, 16), int(hi or lo, 16) + 1))
    return "".join(out)


def _read_json(name: str) -> Any:
    return json.loads(resources.files("arnews").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


@cache
def _tables() -> _Tables:
    data = _read_json("chars.json")
    forms: dict[str, str] = _read_json("presentation.json")["forms"]
    steps = {
        "controls": dict.fromkeys(_code_points(data["controls"]), ""),
        "presentation": forms,
        "diacritics": dict.fromkeys(_code_points(data["diacritics"]), ""),
        "tatweel": dict.fromkeys(_code_points(data["tatweel"]), ""),
    }
    for name in ("alef", "alef_maqsura", "teh_marbuta", "hamza", "persian", "digits", "punctuation", "quotes"):
        steps[name] = data[name]
    return _Tables(
        steps=steps,
        shadda=chr(int(data["shadda"], 16)),
        separators=data["digit_separators"],
        whitespace=_code_points(data["whitespace"]),
        newlines=_code_points(data["newlines"]),
    )


# Order in which single-character steps are tried on one character; the composition runs them to
# a fixed point, so the order only decides which table is consulted first.
_STEP_ORDER = (
    "controls",
    "presentation",
    "diacritics",
    "tatweel",
    "persian",
    "alef",
    "alef_maqsura",
    "teh_marbuta",
    "hamza",
    "digits",
    "punctuation",
    "quotes",
)


def _compose(options: NormalizeOptions) -> dict[str, str]:
    """``{char: final replacement}`` for every character some enabled step changes."""
    t = _tables()
    active = [t.steps[name] for name in _STEP_ORDER if getattr(options, name)]
    if options.diacritics and options.keep_shadda:
        active = [{k: v for k, v in m.items() if k != t.shadda} if m is t.steps["diacritics"] else m for m in active]

    def step(ch: str) -> str:
        for m in active:
            if ch in m:
                return m[ch]
        return ch

    out: dict[str, str] = {}
    for ch in {k for m in active for k in m}:
        cur = ch
        for _ in range(8):
            nxt = "".join(step(c) for c in cur)
            if nxt == cur:
                break
            cur = nxt
        if cur != ch:
            out[ch] = cur
    return out


# Blocks of rarely used characters handled by one single-range regex each (the regex module scans a
# single range at memory speed); every other table character is rewritten with str.replace, a C
# scan per character that is skipped when the character is absent.
_BLOCKS = (
    (0x000B, 0x001F),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x06D6, 0x06ED),
    (0x08CA, 0x08FF),
    (0x2000, 0x206F),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_MIN_BLOCK = 4
# Whitespace runs in the table-mapped text (where every blank is " " or "\n"); each pattern starts
# with a literal pair, so the scan is fast, and is possessive, so it is linear.
_RUN_PATTERNS = (regex.compile("  [ \n]*+"), regex.compile(" \n[ \n]*+"), regex.compile("\n[ \n]++"))
_SPACES = regex.compile("  [ ]*+")
_NEWLINES = regex.compile("\n\n[\n]*+")


def _range_class(chars: str | set[str] | dict[str, str]) -> str:
    """A regex character class body for ``chars``, written as code point ranges."""
    cps = sorted({ord(c) for c in chars})
    out: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(f"\\U{cps[i]:08x}" + (f"-\\U{cps[j]:08x}" if j > i else ""))
        i = j + 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Block:
    """A run of table characters handled with one regex: deleted outright, or translated."""

    pattern: regex.Pattern[str]
    repl: str | Callable[[regex.Match[str]], str]  # "" (every match deleted) or a translation
    irregular: frozenset[str]  # the characters in it that are removed or expanded


def _translate_match(table: dict[int, str], m: regex.Match[str]) -> str:
    return m.group().translate(table)


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything :func:`view` needs for one options object, compiled once."""

    chain: tuple[tuple[str, str, bool], ...]  # (char, replacement, changes the length)
    blocks: tuple[_Block, ...]
    out_len: dict[str, int]  # output length of every removed or expanded character
    separators: regex.Pattern[str] | None
    separator_map: dict[str, str]
    whitespace: bool


def _whitespace_table(t: _Tables) -> dict[str, str]:
    return {c: ("\n" if c in t.newlines else " ") for c in t.whitespace if c not in " \n"}


@cache
def _plan(options: NormalizeOptions) -> _Plan:
    t = _tables()
    table = _compose(options)
    if options.whitespace:
        table.update(_whitespace_table(t))
    blocks: list[_Block] = []
    chain = dict(table)
    for lo, hi in _BLOCKS:
        inside = {c: r for c, r in table.items() if lo <= ord(c) <= hi}
        if len(inside) < _MIN_BLOCK:
            continue
        for c in inside:
            del chain[c]
        deleted = sorted(ord(c) for c, r in inside.items() if not r)
        if deleted and deleted[-1] - deleted[0] + 1 == len(deleted) == len(inside):
            pattern = regex.compile(f"[\\U{deleted[0]:08x}-\\U{deleted[-1]:08x}]+")
            blocks.append(_Block(pattern, "", frozenset(inside)))
        else:
            pattern = regex.compile(f"[\\U{lo:08x}-\\U{hi:08x}]+")
            irregular = frozenset(c for c, r in inside.items() if len(r) != 1)
            blocks.append(_Block(pattern, partial(_translate_match, str.maketrans(inside)), irregular))
    return _Plan(
        chain=tuple((c, r, len(r) != 1) for c, r in sorted(chain.items())),
        blocks=tuple(blocks),
        out_len={c: len(r) for c, r in table.items() if len(r) != 1},
        separators=(regex.compile(f"(?<=[0-9])[{_range_class(t.separators)}](?=[0-9])") if options.digits else None),
        separator_map=t.separators,
        whitespace=options.whitespace,
    )


# --------------------------------------------------------------------------------------------
# The work


def _map_chars(text: str, plan: _Plan) -> tuple[str, set[str] | None]:
    """Apply the character table; also return the removed/expanded characters that may be present."""
    s = text
    irregular: set[str] | None = None
    for ch, rep, odd in plan.chain:
        if ch in s:
            s = s.replace(ch, rep)
            if odd:
                if irregular is None:
                    irregular = set()
                irregular.add(ch)
    for block in plan.blocks:
        found = block.pattern.findall(s)
        if not found:
            continue
        if block.irregular:
            present = block.irregular.intersection("".join(found))
            if present:
                if irregular is None:
                    irregular = set()
                irregular |= present
        s = block.pattern.sub(block.repl, s)
    if plan.separators is not None and ("٫" in s or "٬" in s):
        seps = plan.separator_map
        s = plan.separators.sub(lambda m: seps[m.group()], s)
    return s, irregular


def _collapse(s: str) -> str:
    """Whitespace runs of the table-mapped text (blanks are " " and "\\n") to one character."""
    if "  " in s:
        s = _SPACES.sub(" ", s)
    if " \n" in s:
        s = s.replace(" \n", "\n")
    if "\n " in s:
        s = s.replace("\n ", "\n")
    if "\n\n" in s:
        s = _NEWLINES.sub("\n", s)
    return s


def _text(text: str, plan: _Plan) -> str:
    s, _ = _map_chars(text, plan)
    return _collapse(s) if plan.whitespace else s


_ITEM = array("q").itemsize


def _identity_bytes(n: int) -> memoryview:
    """The raw bytes of ``array('q', range(n))``, viewed in a cached power-of-two block (no copy)."""
    if n > 1 << 24:
        return memoryview(array("q", range(n))).cast("B")
    return memoryview(_identity_block(max(n - 1, 0).bit_length())).cast("B")[: n * _ITEM]


@cache
def _identity_block(bits: int) -> array[int]:
    return array("q", range(1 << bits))


@cache
def _literal(ch: str) -> regex.Pattern[str]:
    return regex.compile(regex.escape(ch))


def _char_offsets(text: str, irregular: set[str] | None, out_len: dict[str, int]) -> array[int]:
    """Offsets of the table-mapped text: identity, except around removed and expanded characters."""
    n = len(text)
    ident = _identity_bytes(n + 1)
    offs = array("q")
    if irregular is None:
        offs.frombytes(ident)
        return offs
    # One literal scan per character present (the regex module finds a literal at memory speed).
    if len(irregular) == 1:
        positions = [m.start() for m in _literal(next(iter(irregular))).finditer(text)]
    else:
        positions = sorted(m.start() for ch in irregular for m in _literal(ch).finditer(text))
    prev = 0
    for pos in positions:
        if prev < pos:
            offs.frombytes(ident[prev * _ITEM : pos * _ITEM])
        k = out_len[text[pos]]
        if k:
            offs.extend([pos] * k)
        prev = pos + 1
    offs.frombytes(ident[prev * _ITEM :])
    return offs


def _collapse_offsets(s: str, offs: array[int]) -> tuple[str, array[int]]:
    """:func:`_collapse` with the offsets: a run keeps its first line break, or its first blank."""
    runs: list[tuple[int, int]] = []
    for pattern in _RUN_PATTERNS:
        runs.extend(m.span() for m in pattern.finditer(s))
    if not runs:
        return s, offs
    runs.sort()
    raw = memoryview(offs).cast("B")
    pieces: list[str] = []
    out = array("q")
    prev = 0
    for start, end in runs:
        if start < prev:  # a suffix of a run already taken
            continue
        pieces.append(s[prev:start])
        out.frombytes(raw[prev * _ITEM : start * _ITEM])
        line = s.find("\n", start, end)
        if line < 0:
            pieces.append(" ")
            out.append(offs[start])
        else:
            pieces.append("\n")
            out.append(offs[line])
        prev = end
    pieces.append(s[prev:])
    out.frombytes(raw[prev * _ITEM :])
    raw.release()
    return "".join(pieces), out


def _view(text: str, plan: _Plan) -> tuple[str, array[int]]:
    s, irregular = _map_chars(text, plan)
    offs = _char_offsets(text, irregular, plan.out_len)
    if plan.whitespace:
        s, offs = _collapse_offsets(s, offs)
    return s, offs


def _resolve(preset: NormalizeOptions | str | None, options: dict[str, Any]) -> NormalizeOptions:
    if preset is None:
        base = SEARCH
    elif isinstance(preset, NormalizeOptions):
        base = preset
    elif isinstance(preset, str):
        try:
            base = PRESETS[preset.lower()]
        except KeyError:
            raise ValueError(f"unknown preset {preset!r}; presets: {', '.join(PRESETS)}") from None
    else:
        raise TypeError(f"preset must be NormalizeOptions, str or None, not {type(preset).__name__}")
    return base.with_(**options)


def view(text: str, options: NormalizeOptions = SEARCH) -> TextView:
    """Normalise ``text`` with ``options`` and keep the map back to it (what the pipeline uses).

    >>> v = view("قالـــت: «نَعَم»")
    >>> v.text, v.span(0, 4).text
    ('قالت: "نعم"', 'قالـــت')
    """
    check_text(text)
    return TextView(text, *_view(text, _plan(options)))


def analysis_view(text: str) -> TextView:
    """The normalised view the pipeline works on (``ANALYSIS`` preset): quotes and punctuation as written.

    >>> analysis_view("وأكَّدَ الوزيرُ «إنّ المحادثاتِ مستمرّة»").text
    'واكد الوزير «ان المحادثات مستمره»'
    """
    check_text(text)
    return TextView(text, *_view(text, _plan(ANALYSIS)))


def normalize(text: str, preset: NormalizeOptions | str | None = None, **options: bool) -> str:
    """Normalise ``text`` with a preset (``SEARCH`` by default) and the options given.

    ``preset`` is a :class:`NormalizeOptions` or a preset name (``"search"``, ``"display"``,
    ``"analysis"``); keyword options override single fields. Unknown options raise ``TypeError``.

    >>> normalize("أَهْلاً")
    'اهلا'
    >>> normalize("إلى المدرسة", alef_maqsura=False)
    'الى المدرسه'
    >>> normalize("إلى المدرسة", "display")
    'إلى المدرسة'
    """
    check_text(text)
    return _text(text, _plan(_resolve(preset, options)))


def normalize_with_offsets(
    text: str, preset: NormalizeOptions | str | None = None, **options: bool
) -> tuple[str, list[int]]:
    """Normalise ``text`` like :func:`normalize`; also return ``offsets``.

    ``offsets[i]`` is the index in ``text`` of the character that produced normalised character
    ``i``; ``len(offsets) == len(result) + 1`` and the last entry is ``len(text)``.

    >>> normalize_with_offsets("لـا ﷲ")
    ('لا الله', [0, 2, 3, 4, 4, 4, 4, 5])
    """
    check_text(text)
    out, offs = _view(text, _plan(_resolve(preset, options)))
    return out, offs.tolist()


def explain(text: str, preset: NormalizeOptions | str | None = None, **options: bool) -> list[str]:
    """The names of the enabled operations that change ``text``, each applied alone, in order.

    >>> explain("أَهلاً")
    ['diacritics', 'alef']
    """
    check_text(text)
    opts = _resolve(preset, options)
    out: list[str] = []
    for name in opts.enabled():
        if name == "keep_shadda":
            continue
        single = NormalizeOptions.none(**{name: True})
        if name == "diacritics" and opts.keep_shadda:
            single = single.with_(keep_shadda=True)
        if _text(text, _plan(single)) != text:
            out.append(name)
    return out


# --------------------------------------------------------------------------------------------
# One job each


def _single(public: str, option: str, doc: str) -> Callable[[str], str]:
    opts = NormalizeOptions.none(**{option: True})

    def fn(text: str) -> str:
        check_text(text)
        return _text(text, _plan(opts))

    fn.__name__ = fn.__qualname__ = public
    fn.__doc__ = doc
    return fn


_DIACRITICS = NormalizeOptions.none(diacritics=True)
_DIACRITICS_KEEP_SHADDA = NormalizeOptions.none(diacritics=True, keep_shadda=True)


def strip_diacritics(text: str, *, keep_shadda: bool = False) -> str:
    """Remove harakat, tanween, sukun, shadda, dagger alef and Quranic marks.

    >>> strip_diacritics("مُدَرِّسَةٌ")
    'مدرسة'
    >>> strip_diacritics("مُدَرِّسَةٌ", keep_shadda=True)
    'مدرّسة'
    """
    check_text(text)
    return _text(text, _plan(_DIACRITICS_KEEP_SHADDA if keep_shadda else _DIACRITICS))


strip_tatweel = _single(
    "strip_tatweel",
    "tatweel",
    """Remove tatweel (kashida, ``ـ``).

    >>> strip_tatweel("الســـلام")
    'السلام'
    """,
)
normalize_alef = _single(
    "normalize_alef",
    "alef",
    """Unify the alef forms ``أ إ آ ٱ`` to ``ا``.

    >>> normalize_alef("أحمد إبراهيم آمن")
    'احمد ابراهيم امن'
    """,
)
normalize_alef_maqsura = _single(
    "normalize_alef_maqsura",
    "alef_maqsura",
    """Write alef maqsura ``ى`` as yeh ``ي``.

    >>> normalize_alef_maqsura("مستشفى")
    'مستشفي'
    """,
)
normalize_teh_marbuta = _single(
    "normalize_teh_marbuta",
    "teh_marbuta",
    """Write teh marbuta ``ة`` as heh ``ه``.

    >>> normalize_teh_marbuta("مدينة")
    'مدينه'
    """,
)
normalize_hamza = _single(
    "normalize_hamza",
    "hamza",
    """Drop the hamza from its waw and yeh seats: ``ؤ`` → ``و``, ``ئ`` → ``ي`` (lone ``ء`` is kept).

    >>> normalize_hamza("مسؤول رئيس")
    'مسوول رييس'
    """,
)
normalize_digits = _single(
    "normalize_digits",
    "digits",
    """Arabic-Indic ``٠-٩`` and Persian ``۰-۹`` digits to ASCII; ``٫`` ``٬`` between digits to ``.`` ``,``.

    >>> normalize_digits("٣٫٥ و١٢٬٠٠٠ و۱۴۰۲")
    '3.5 و12,000 و1402'
    """,
)
normalize_punctuation = _single(
    "normalize_punctuation",
    "punctuation",
    """Arabic punctuation to ASCII: ``،`` ``؛`` ``؟`` ``٪`` ``۔`` → ``,`` ``;`` ``?`` ``%`` ``.``.

    >>> normalize_punctuation("لماذا؟ لأن، ببساطة؛ لا")
    'لماذا? لأن, ببساطة; لا'
    """,
)
normalize_quotes = _single(
    "normalize_quotes",
    "quotes",
    """Double quotation marks ``“ ” „ ‟ « » ‹ › ＂`` to ``"``; single ``‘ ’ ‚ ‛`` to ``'``.

    >>> normalize_quotes("قال «نعم» و“لا”")
    'قال "نعم" و"لا"'
    """,
)
remove_controls = _single(
    "remove_controls",
    "controls",
    """Remove invisible and bidi controls (ZWSP, ZWNJ, ZWJ, LRM/RLM, embeddings, isolates, ALM, BOM, soft hyphen).

    >>> remove_controls("\\u200fمرحبا\\u200c")
    'مرحبا'
    """,
)
fold_presentation_forms = _single(
    "fold_presentation_forms",
    "presentation",
    """Fold Arabic presentation forms and ligatures to plain letters (``ﻻ`` → ``لا``, ``ﷲ`` → ``الله``).

    >>> fold_presentation_forms("ﻻ ﺇﻟﻪ")
    'لا إله'
    """,
)
normalize_persian = _single(
    "normalize_persian",
    "persian",
    """Persian and Urdu letter forms to Arabic ones: ``ک`` → ``ك``, ``ی`` → ``ي``, ``ہ ۀ ھ`` → ``ه``, ``ۃ`` → ``ة``.

    >>> normalize_persian("کتاب فارسی")
    'كتاب فارسي'
    """,
)
normalize_whitespace = _single(
    "normalize_whitespace",
    "whitespace",
    """Every run of whitespace to one space, or to ``"\\n"`` when it holds a line break.

    >>> normalize_whitespace("قال\\t\\u00a0 الوزير \\n\\n ثم")
    'قال الوزير\\nثم'
    """,
)
