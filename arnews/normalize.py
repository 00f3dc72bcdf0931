"""Arabic normalisation with an offset map back to the original text.

Each operation is a small ``str -> str`` function with one job (:func:`strip_diacritics`,
:func:`strip_tatweel`, :func:`normalize_alef`, ...). :func:`normalize` chains the operations a
:class:`NormalizeOptions` switches on; :func:`normalize_with_offsets` and :func:`view` also return
the map from every normalised character back to the character of the original that produced it.

The work is done by two private modules: :mod:`arnews._charmap` composes the enabled steps into
one character table per options object and applies it (``str.replace`` for the frequent
characters, one pass over the runs of the rare ones, then the two contextual steps: separators
between digits and whitespace runs); :mod:`arnews._offsets` builds the offset map (identity
stretches copied in C, work only where the length changes) and normalises a long text in pieces
that stay in the processor's cache, mended where they meet, so the result is the one-pass result.

>>> normalize("أَهْلاً وَسَهْلاً")
'اهلا وسهلا'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._charmap import _plan
from ._offsets import _listed, _text, _view
from ._options import NormalizeOptions
from .spans import TextView, check_text

NormalizeOptions.__module__ = __name__  # its public home (defined in ._options, which _charmap reads)

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
    return _listed(text, _plan(_resolve(preset, options)))


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
