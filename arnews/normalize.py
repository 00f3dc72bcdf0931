"""Arabic normalisation with an offset map back to the original text.

PROVISIONAL implementation (to be replaced by the normalisation work of issue 2): correct,
simple, per-character. The public names and the ``ANALYSIS`` preset are stable.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from .spans import TextView, check_text

__all__ = [
    "ANALYSIS",
    "DISPLAY",
    "SEARCH",
    "NormalizeOptions",
    "analysis_view",
    "normalize",
    "normalize_with_offsets",
    "view",
]


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which normalisations to apply; one field per operation."""

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


SEARCH = NormalizeOptions()
DISPLAY = NormalizeOptions(
    diacritics=False, alef=False, alef_maqsura=False, teh_marbuta=False, hamza=False, quotes=False
)
#: The view the pipeline works on: spelling folded for matching, quotes and punctuation kept.
ANALYSIS = NormalizeOptions(quotes=False, punctuation=False)

_DIACRITICS = {chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]}
_CONTROLS = {chr(c) for c in [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
_CONTROLS |= {"\u061c", "\ufeff", "\u00ad"}


def _char_map(o: NormalizeOptions, ch: str) -> str:
    if o.controls and ch in _CONTROLS:
        return ""
    if o.presentation and ("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"):
        ch = unicodedata.normalize("NFKC", ch)
        return "".join(_char_map(replace(o, presentation=False), c) for c in ch)
    if o.diacritics and ch in _DIACRITICS and not (o.keep_shadda and ch == "\u0651"):
        return ""
    if o.tatweel and ch == "\u0640":
        return ""
    if o.alef and ch in "أإآٱ":
        return "ا"
    if o.alef_maqsura and ch == "ى":
        return "ي"
    if o.teh_marbuta and ch == "ة":
        return "ه"
    if o.hamza and ch in "ؤئ":
        return {"ؤ": "و", "ئ": "ي"}[ch]
    if o.persian and ch in "کیہۀ":
        return {"ک": "ك", "ی": "ي", "ہ": "ه", "ۀ": "ه"}[ch]
    if o.digits and ("\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9"):
        return str(unicodedata.digit(ch))
    if o.punctuation and ch in "،؛؟":
        return {"،": ",", "؛": ";", "؟": "?"}[ch]
    if o.quotes and ch in "“”«»„‹›":
        return '"'
    return ch


def _options(options: dict[str, Any], base: NormalizeOptions) -> NormalizeOptions:
    return replace(base, **options) if options else base


def view(text: str, options: NormalizeOptions = SEARCH) -> TextView:
    """Normalise ``text`` and keep the map back to it."""
    check_text(text)
    out: list[str] = []
    offs: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        rep = _char_map(options, ch)
        if options.whitespace and rep.isspace():
            nl = rep in "\n\r\u2028\u2029"
            if prev_space:
                if nl and out[-1] == " ":
                    out[-1] = "\n"
                continue
            rep = "\n" if nl else " "
            prev_space = True
        elif rep:
            prev_space = False
        for c in rep:
            out.append(c)
            offs.append(i)
    offs.append(len(text))
    return TextView(text, "".join(out), offs)


def analysis_view(text: str) -> TextView:
    """The normalised view the pipeline works on (``ANALYSIS`` preset)."""
    return view(text, ANALYSIS)


def normalize_with_offsets(text: str, **options: Any) -> tuple[str, list[int]]:
    """Normalise ``text``; return it with ``offsets`` (``offsets[i]`` = source index of char i)."""
    v = view(text, _options(options, SEARCH))
    return v.text, list(v.offsets)


def normalize(text: str, **options: Any) -> str:
    """Normalise ``text`` with the search preset, or the options given.

    >>> normalize("أَهْلاً")
    'اهلا'
    """
    return view(text, _options(options, SEARCH)).text
