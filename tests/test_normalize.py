"""Table-driven cases for every normalisation function, the presets, offsets and the data tables."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
import unicodedata
from array import array
from collections.abc import Callable
from pathlib import Path

import pyarabic.araby as araby
import pytest

import arnews
from arnews import _charmap as cm
from arnews import _offsets as off
from arnews.normalize import (
    ANALYSIS,
    DISPLAY,
    PRESETS,
    SEARCH,
    NormalizeOptions,
    analysis_view,
    explain,
    fold_presentation_forms,
    normalize,
    normalize_alef,
    normalize_alef_maqsura,
    normalize_digits,
    normalize_hamza,
    normalize_persian,
    normalize_punctuation,
    normalize_quotes,
    normalize_teh_marbuta,
    normalize_whitespace,
    normalize_with_offsets,
    remove_controls,
    strip_diacritics,
    strip_tatweel,
    view,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "arnews" / "data"


def _strip_keep_shadda(text: str) -> str:
    return strip_diacritics(text, keep_shadda=True)


# (label, function, input, expected)
CASES: list[tuple[str, Callable[[str], str], str, str]] = [
    # diacritics
    ("harakat", strip_diacritics, "كَتَبَ الطّالِبُ", "كتب الطالب"),
    ("tanween", strip_diacritics, "شكرًا جزيلًا، كتابٌ", "شكرا جزيلا، كتاب"),
    ("sukun and shadda", strip_diacritics, "مُدَرِّسْ", "مدرس"),
    ("dagger alef", strip_diacritics, "هٰذا الرَّحْمٰن", "هذا الرحمن"),
    ("combining hamza above and below", strip_diacritics, "سا\u0654ل ا\u0655سلام", "سال اسلام"),
    ("Quranic small high marks", strip_diacritics, "يَعْلَمُونَ ۖ وَ", "يعلمون  و"),
    ("extended-A marks", strip_diacritics, "ب\u08f0ت\u08e4", "بت"),
    ("Quranic symbols are not marks", strip_diacritics, "۞ ۩", "۞ ۩"),
    ("nothing else", strip_diacritics, "ABC é 123 ـ", "ABC é 123 ـ"),
    ("keep shadda", _strip_keep_shadda, "مُدَرِّسَةٌ", "مدرّسة"),
    # tatweel
    ("kashida inside a word", strip_tatweel, "الســـــلام عليكـم", "السلام عليكم"),
    ("isolated tatweel used as a dash", strip_tatweel, "بيروت ـ «", "بيروت  «"),
    # alef
    ("hamza above", normalize_alef, "أحمد", "احمد"),
    ("hamza below", normalize_alef, "إسلام", "اسلام"),
    ("madda", normalize_alef, "آمال", "امال"),
    ("wasla", normalize_alef, "ٱلحمد", "الحمد"),
    ("lone hamza and seats untouched", normalize_alef, "ماء سؤال رئيس", "ماء سؤال رئيس"),
    # alef maqsura, teh marbuta
    ("final alef maqsura", normalize_alef_maqsura, "على مستوى", "علي مستوي"),
    ("yeh untouched", normalize_alef_maqsura, "في بيروت", "في بيروت"),
    ("teh marbuta", normalize_teh_marbuta, "الحكومة الجديدة", "الحكومه الجديده"),
    ("teh untouched", normalize_teh_marbuta, "بيت", "بيت"),
    # hamza seats
    ("hamza on waw", normalize_hamza, "مسؤول مؤتمر", "مسوول موتمر"),
    ("hamza on yeh", normalize_hamza, "رئيس هيئة", "رييس هيية"),
    ("lone hamza kept", normalize_hamza, "سماء شيء", "سماء شيء"),
    ("alef hamza is the alef step", normalize_hamza, "أمس", "أمس"),
    # digits
    ("Arabic-Indic digits", normalize_digits, "١٢ أيلول ٢٠٢٣", "12 أيلول 2023"),
    ("Persian digits", normalize_digits, "۱۴۰۲ و۵۶۷۸۹", "1402 و56789"),
    ("decimal separator between digits", normalize_digits, "٣٫٥ في المئة", "3.5 في المئة"),
    ("thousands separator between digits", normalize_digits, "١٢٬٥٠٠ دينار", "12,500 دينار"),
    ("separators elsewhere kept", normalize_digits, "٫ و ٬ و٣٫", "٫ و ٬ و3٫"),
    ("ASCII digits untouched", normalize_digits, "3.5 و 12,000", "3.5 و 12,000"),
    # punctuation
    ("comma, semicolon, question mark", normalize_punctuation, "لماذا؟ لأن، ببساطة؛ لا", "لماذا? لأن, ببساطة; لا"),
    ("percent and Urdu full stop", normalize_punctuation, "٥٪ ۔", "٥% ."),
    ("ASCII punctuation untouched", normalize_punctuation, "a, b; c?", "a, b; c?"),
    # quotes
    ("guillemets", normalize_quotes, "قال «نعم»", 'قال "نعم"'),
    ("English curly quotes", normalize_quotes, "“لا” ‘ربما’", "\"لا\" 'ربما'"),
    ("low and single guillemets", normalize_quotes, "„هنا‟ ‹هناك›", '"هنا" "هناك"'),
    ("apostrophes and primes kept", normalize_quotes, "′ ″ '", "′ ″ '"),
    # controls
    ("bidi marks", remove_controls, "\u200fالقدس\u200e 2024", "القدس 2024"),
    ("embeddings and isolates", remove_controls, "\u202bنص\u202c \u2067نص\u2069", "نص نص"),
    ("joiners, ALM, BOM, soft hyphen", remove_controls, "\ufeffمر\u200cحبا\u061c\u00ad\u200d", "مرحبا"),
    ("word joiner", remove_controls, "كلمة\u2060كلمة", "كلمةكلمة"),
    # presentation forms
    ("lam-alef ligatures", fold_presentation_forms, "ﻻ ﻷ ﻹ ﻵ", "لا لأ لإ لآ"),
    ("allah ligature", fold_presentation_forms, "ﷲ", "الله"),
    ("salla ligature expands to four words", fold_presentation_forms, "النبي ﷺ", "النبي صلى الله عليه وسلم"),
    ("jalla jalaluhu", fold_presentation_forms, "ﷻ", "جل جلاله"),
    ("basmala", fold_presentation_forms, "﷽", "بسم الله الرحمن الرحيم"),
    ("contextual letter forms", fold_presentation_forms, "ﺍﻟﻌﺮﺑﻴﺔ", "العربية"),
    ("isolated mark forms become marks", fold_presentation_forms, "ﹶﱞ", "\u064e\u064c\u0651"),
    ("ornate parentheses kept", fold_presentation_forms, "﴿ ﴾", "﴿ ﴾"),
    # Persian and Urdu letters
    ("keheh and farsi yeh", normalize_persian, "کتاب فارسی", "كتاب فارسي"),
    ("heh forms", normalize_persian, "ہ ۀ ھ ە", "ه ه ه ه"),
    ("teh marbuta goal", normalize_persian, "ۃ", "ة"),
    ("Persian-only letters kept", normalize_persian, "پ چ ژ گ", "پ چ ژ گ"),
    # whitespace
    ("no-break, thin and ideographic spaces", normalize_whitespace, "أ\u00a0ب\u2009ج\u3000د", "أ ب ج د"),
    ("tabs and runs", normalize_whitespace, "قال\t\t  الوزير", "قال الوزير"),
    ("paragraph break kept as one newline", normalize_whitespace, "فقرة.\n \n\nفقرة", "فقرة.\nفقرة"),
    ("CRLF", normalize_whitespace, "سطر\r\nسطر\rسطر", "سطر\nسطر\nسطر"),
    ("line and paragraph separators", normalize_whitespace, "أ\u2028ب\u2029ج", "أ\nب\nج"),
    ("form feed, NEL and vertical tab are line breaks", normalize_whitespace, "أ\fب\x85ج\vد", "أ\nب\nج\nد"),
    ("ends kept as one blank", normalize_whitespace, "  نص \n", " نص\n"),
    ("zero-width space is a control, not a blank", normalize_whitespace, "أ\u200bب", "أ\u200bب"),
]


@pytest.mark.parametrize(("label", "fn", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_single_operation(label: str, fn: Callable[[str], str], text: str, expected: str) -> None:
    assert fn(text) == expected


PRESET_CASES = [
    ("search folds everything", SEARCH, "«أَكَّدَ» المسؤولُ ﻷنّ الهيئة على ١٢٫٥ـ", '"اكد" المسوول لان الهييه علي 12.5'),
    ("search keeps Arabic punctuation", SEARCH, "هل؟ نعم، لا؛", "هل؟ نعم، لا؛"),
    ("display keeps the spelling", DISPLAY, "«أَكَّدَ» المسؤولُ ﻷنّ الهيئة على ١٢٫٥ـ", "«أَكَّدَ» المسؤولُ لأنّ الهيئة على 12.5"),
    ("display cleans invisibles", DISPLAY, "\u200fالقـــدس\u00a0 ", "القدس "),
    ("analysis keeps quotes", ANALYSIS, "قال: «إنَّ الوضعَ صعب»", "قال: «ان الوضع صعب»"),
    ("analysis keeps punctuation", ANALYSIS, "لماذا؟ لأنّ، ببساطة", "لماذا؟ لان، ببساطه"),
    ("analysis folds Persian letters and digits", ANALYSIS, "کی ۱۴۰۲", "كي 1402"),
]


@pytest.mark.parametrize(("label", "preset", "text", "expected"), PRESET_CASES, ids=[c[0] for c in PRESET_CASES])
def test_presets(label: str, preset: NormalizeOptions, text: str, expected: str) -> None:
    assert normalize(text, preset) == expected


def test_analysis_view_semantics() -> None:
    text = "وأكَّدَ الوزيرُ\u200f «إنّ  المحادثاتِ مستمرّة»، ﻻ  تراجع\n\nعنها."
    v = analysis_view(text)
    assert v.text == "واكد الوزير «ان المحادثات مستمره»، لا تراجع\nعنها."
    start = v.text.index("«")
    span = v.span(start, v.text.index("»") + 1)
    assert span.text == "«إنّ  المحادثاتِ مستمرّة»"
    assert v.span(0, 4).text == "وأكَّدَ"
    lam = v.text.index("لا")
    assert v.span(lam, lam + 2).text == "ﻻ"
    assert v.span(lam, lam + 1).text == "ﻻ"


def test_defaults_and_overrides() -> None:
    assert normalize("إلى المدرسة") == "الي المدرسه"
    assert normalize("إلى المدرسة", alef_maqsura=False) == "الى المدرسه"
    assert normalize("إلى المدرسة", "display") == "إلى المدرسة"
    assert normalize("إلى المدرسة", preset=DISPLAY, alef=True) == "الى المدرسة"
    assert normalize("هل؟", punctuation=True) == "هل?"
    assert set(PRESETS) == {"search", "display", "analysis"}
    assert NormalizeOptions.none(tatweel=True).enabled() == ("tatweel",)
    assert SEARCH.with_(quotes=False) == ANALYSIS
    assert arnews.normalize is normalize
    assert arnews.normalize_with_offsets is normalize_with_offsets


OFFSET_CASES = [
    ("removed marks", "بَيْت", "بيت", [0, 2, 4, 5]),
    ("lam-alef expands to two", "ﻻ", "لا", [0, 0, 1]),
    ("allah expands to four", "ﷲ!", "الله!", [0, 0, 0, 0, 1, 2]),
    ("a run keeps its first blank", "أ \t ب", "ا ب", [0, 1, 4, 5]),
    ("a run keeps its line break", "أ \n\n ب", "ا\nب", [0, 2, 5, 6]),
    ("a control inside a run", "أ \u200f ب", "ا ب", [0, 1, 4, 5]),
    ("tatweel and separators", "٣ـ٫٥", "3.5", [0, 2, 3, 4]),
    ("empty", "", "", [0]),
]


@pytest.mark.parametrize(("label", "text", "out", "offsets"), OFFSET_CASES, ids=[c[0] for c in OFFSET_CASES])
def test_offsets(label: str, text: str, out: str, offsets: list[int]) -> None:
    assert normalize_with_offsets(text) == (out, offsets)
    v = view(text)
    assert v.text == out
    assert list(v.offsets) == offsets


def test_offsets_are_a_list_and_view_offsets_a_sequence() -> None:
    _, offs = normalize_with_offsets("مرحبا  بكم")
    assert type(offs) is list
    v = analysis_view("مرحبا  بكم")
    assert len(v.offsets) == len(v.text) + 1


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["list"]])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    fns: list[Callable[[str], object]] = [
        normalize,
        normalize_with_offsets,
        analysis_view,
        view,
        strip_diacritics,
        strip_tatweel,
        explain,
    ]
    for fn in fns:
        with pytest.raises(TypeError, match=type(bad).__name__):
            fn(bad)  # type: ignore[arg-type]


def test_unknown_option_and_preset() -> None:
    with pytest.raises(TypeError, match="unknown normalisation option 'diacritic'"):
        normalize("نص", diacritic=True)
    with pytest.raises(TypeError, match="must be bool"):
        normalize("نص", diacritics="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown preset 'loud'"):
        normalize("نص", "loud")
    with pytest.raises(TypeError, match="preset must be"):
        normalize("نص", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unknown normalisation option"):
        normalize_with_offsets("نص", bogus=False)


def test_explain_names_the_steps_that_change_the_text() -> None:
    assert explain("أَهلاً") == ["diacritics", "alef"]
    assert explain("«مرحبا»") == ["quotes"]
    assert explain("«مرحبا»", ANALYSIS) == []
    assert explain("مُدَرِّس", keep_shadda=True) == ["diacritics"]
    assert explain("") == []


def test_functions_have_names_and_arabic_docstrings() -> None:
    module = sys.modules["arnews.normalize"]
    for name in module.__all__:
        obj = getattr(module, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__name__ == name
            assert obj.__doc__ and ">>>" in obj.__doc__, name


# --------------------------------------------------------------------------- data tables


def _load_generator() -> object:
    spec = importlib.util.spec_from_file_location("gen_presentation", ROOT / "scripts" / "gen_presentation.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_presentation"] = module
    spec.loader.exec_module(module)
    return module


def test_presentation_table_is_fresh() -> None:
    gen = _load_generator()
    assert (DATA / "presentation.json").read_text(encoding="utf-8") == gen.render()  # type: ignore[attr-defined]


def _points(ranges: list[str]) -> set[str]:
    out: set[str] = set()
    for item in ranges:
        lo, _, hi = item.partition("-")
        out |= {chr(c) for c in range(int(lo, 16), int(hi or lo, 16) + 1)}
    return out


def test_whitespace_table_is_str_isspace() -> None:
    data = json.loads((DATA / "chars.json").read_text(encoding="utf-8"))
    blanks = _points(data["whitespace"])
    assert blanks == {chr(c) for c in range(0x110000) if chr(c).isspace()}
    newlines = {chr(c) for c in range(0x110000) if len(f"a{chr(c)}b".splitlines()) == 2}
    assert _points(data["newlines"]) == newlines <= blanks


def test_tables_agree_with_pyarabic_where_it_is_right() -> None:
    """pyarabic's marks, lam-alef ligatures, alef forms and digits are all covered."""
    data = json.loads((DATA / "chars.json").read_text(encoding="utf-8"))
    extra = _points(data["diacritics_beyond_pyarabic"])
    assert not extra & {*araby.TASHKEEL, araby.SMALL_ALEF}  # the table adds only what pyarabic lacks
    assert strip_diacritics("".join(araby.TASHKEEL) + araby.SMALL_ALEF + "".join(extra)) == ""
    assert strip_tatweel(araby.TATWEEL) == ""
    assert set(araby.ALEFAT) - {araby.ALEF, araby.ALEF_MAKSURA, araby.SMALL_ALEF} == set(data["alef"])
    assert {c for c in araby.HAMZAT if c in "ؤئ"} == set(data["hamza"])
    for lig in araby.LIGUATURES:
        assert fold_presentation_forms(lig) == unicodedata.normalize("NFKC", lig)
    assert normalize_digits("".join(araby.NUMBERS_EAST) + "".join(araby.NUMBERS_PERS)) == "0123456789" * 2


def test_controls_are_invisible_format_characters() -> None:
    data = json.loads((DATA / "chars.json").read_text(encoding="utf-8"))
    for ch in _points(data["controls"]):
        assert unicodedata.category(ch) in {"Cf", "Cn"}, hex(ord(ch))


def test_diacritics_are_marks() -> None:
    data = json.loads((DATA / "chars.json").read_text(encoding="utf-8"))
    for ch in _points(data["diacritics_beyond_pyarabic"]):
        assert unicodedata.category(ch) in {"Mn", "Lm", "Cn"}, hex(ord(ch))


def test_docs_examples_are_real() -> None:
    """Every ``>>>`` example in docs/normalization.md gives the output shown."""
    import doctest
    import re

    page = (ROOT / "docs" / "normalization.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.S)
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(parser.get_doctest("\n".join(blocks), {}, "normalization.md", None, 0))
    assert runner.summarize(verbose=False).failed == 0


def test_thread_safe() -> None:
    """Views built concurrently from many threads equal the ones built one by one."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"قالَ المسؤولُ ـ {k} ـ «نعم»\u200f\n\n ﻻ ٣٫{k}" * (k + 1) for k in range(40)]
    expected = [(v.text, list(v.offsets)) for v in map(analysis_view, texts)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = [(v.text, list(v.offsets)) for v in pool.map(analysis_view, texts)]
    assert got == expected


def test_module_doctests() -> None:
    import doctest

    result = doctest.testmod(sys.modules["arnews.normalize"], optionflags=doctest.ELLIPSIS)
    assert result.attempted > 20
    assert result.failed == 0


@pytest.mark.parametrize("preset", [SEARCH, DISPLAY])
def test_long_text_in_pieces_equals_one_pass(preset: NormalizeOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    """Long texts are normalised in cache-sized pieces (through the public functions); nothing changes."""
    unit = "قال  الوزيرُ ــ ١٢٫٥ «نعم» \u200f\n\n ﻻ بأس.  Hello ً  ً x ٣٬٠٠٠ «««»»» ،،؟! ١َ٫٢ ﷺ "
    text = unit * 200
    plan = cm._plan(preset)
    whole = cm._text_whole(text, plan)
    whole_offsets = off._view(text, plan, as_list=True)
    monkeypatch.setattr(off, "_CHUNK", 97)
    assert len(off._chunks(len(text), off._CHUNK)) > 10
    assert normalize(text, preset) == whole
    assert normalize_with_offsets(text, preset) == (whole_offsets[0], list(whole_offsets[1]))
    v = view(text, preset)  # a view's offsets are an array, built piece by piece too
    assert (v.text, list(v.offsets)) == (whole_offsets[0], list(whole_offsets[1]))
    assert isinstance(v.offsets, array)


def test_analysis_view_of_a_long_text_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    nz = sys.modules["arnews.normalize"]
    text = "وقال  الوزيرُ ــ ١٢٫٥ «نعم»\u200f\n\n ﻻ ﷺ " * 300
    whole = off._view_whole(text, cm._plan(nz.ANALYSIS))
    monkeypatch.setattr(off, "_CHUNK", 131)
    v = analysis_view(text)
    assert (v.text, list(v.offsets)) == (whole[0], list(whole[1]))


@pytest.mark.parametrize("base", [0, 65536, 3 * 65536, (1 << 24) - 65536, 1 << 24, 5 << 24])
@pytest.mark.parametrize("n", [1, 100, 65536, 70000, 200001])
def test_shifted_identity_arrays(base: int, n: int) -> None:
    """The offsets of a piece start from an identity array built byte-plane by byte-plane at its base."""
    got = off._identity(n, False, base)
    assert isinstance(got, array) and got == array("i", range(base, base + n))


# --------------------------------------------------------------------------- cuts anywhere

#: Option sets for the piece tests: the presets, everything off, and the contextual steps alone or
#: with the removals that hide their context.
PIECE_OPTIONS = [
    SEARCH,
    DISPLAY,
    ANALYSIS,
    NormalizeOptions.none(),
    NormalizeOptions.none(whitespace=True),
    NormalizeOptions.none(digits=True),
    NormalizeOptions.none(digits=True, tatweel=True, diacritics=True),
    NormalizeOptions.none(whitespace=True, controls=True, tatweel=True),
    NormalizeOptions.none(presentation=True, whitespace=True),
    SEARCH.with_(whitespace=False),
    SEARCH.with_(digits=False),
    SEARCH.with_(keep_shadda=True, punctuation=True),
]

#: Stretches where a cut is delicate: runs of removed characters, whitespace runs (across removed
#: characters, CRLF), digit separators between digits across removed marks, expansions, quotes.
DELICATE = [
    "ـ" * 23,
    "قالـــــــــــت",
    "  \t\u00a0 \n  ",
    " \u200f \u200b\n \u0640 ",
    "\r\n\r\n",
    "قال.\r\nثم\r\n",
    " ـــــ \n ـــــ ",
    "٣٫٥",
    "3ـ٫ـ5",
    "٣\u064e٫\u0651٥",
    "1٬ـــــــ000",
    "3" + "ـ" * 9 + "٫" + "ـ" * 9 + "5",
    "٫٫٣٫٫",
    "3 ٫5 ٫ 3٬ x",
    "ﻻ ﷺ ﷲ ﷽ ﻷ",
    "ﷺ  \n ﷲ",
    "«“نعم”» ‹„لا‟›",
    "٣٫\u200f٥ ٣\u200b٬٠٠٠",
]


def _one_pass(text: str, opts: NormalizeOptions) -> tuple[str, tuple[str, list[int]]]:
    plan = cm._plan(opts)
    s, offs = off._view_whole(text, plan, as_list=True)
    return cm._text_whole(text, plan), (s, list(offs))


def _pieces(text: str, opts: NormalizeOptions, chunk: int) -> tuple[str, tuple[str, list[int]]]:
    plan = cm._plan(opts)
    return off._in_pieces(text, plan, False, chunk)[0], off._in_pieces(text, plan, True, chunk)


@pytest.mark.parametrize("opts", PIECE_OPTIONS, ids=lambda o: "+".join(o.enabled()) or "none")
def test_a_cut_at_every_place_of_a_delicate_stretch(opts: NormalizeOptions) -> None:
    """A cut at each position of each delicate stretch gives the one-pass text and offsets."""
    chunk = 12
    for stretch in DELICATE:
        for k in range(len(stretch) + 1):  # the first cut (at ``chunk``) falls k characters into it
            text = "ب" * (chunk - k) + stretch + "ـ" * 5 + stretch[::-1] + "ة" * 3
            assert _pieces(text, opts, chunk) == _one_pass(text, opts), (stretch, k)


@pytest.mark.parametrize("opts", PIECE_OPTIONS, ids=lambda o: "+".join(o.enabled()) or "none")
@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8])
def test_pieces_equal_one_pass_on_long_mixed_text(opts: NormalizeOptions, chunk: int) -> None:
    text = "".join(DELICATE) * 2 + "ـ" * 40 + " " + "ـ" * 40 + "\n" + "ـ" * 40 + "3" + "ـ" * 30 + "٫" + "ـ" * 30 + "٥"
    assert _pieces(text, opts, chunk) == _one_pass(text, opts)


@pytest.mark.parametrize("opts", [SEARCH, DISPLAY, NormalizeOptions.none(tatweel=True)], ids=str)
def test_text_of_removed_characters_only(opts: NormalizeOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    """All tatweel (every piece empty) or tatweel and blanks: pieces through the public functions."""
    monkeypatch.setattr(off, "_CHUNK", 7)
    for text in (
        "ـ" * 100,
        "ـ" * 50 + " " + "ـ" * 50,
        " " + "ـ" * 60 + " \r\n" + "ـ" * 60 + "\t",
        "٣" + "ـ" * 99 + "٫٥",
    ):
        assert len(off._chunks(len(text), off._CHUNK)) > 10
        whole, with_offsets = _one_pass(text, opts)
        assert normalize(text, opts) == whole
        assert normalize_with_offsets(text, opts) == with_offsets


def test_chunks_cover_the_text() -> None:
    for n in (0, 1, 5, 11, 12, 13, 23, 24, 25, 100):
        pieces = off._chunks(n, 12)
        assert pieces[0][0] == 0 and pieces[-1][1] == n
        assert all(b == c for (_, b), (c, _) in itertools.pairwise(pieces))
        assert all(b - a == 12 for a, b in pieces[:-1])
        assert pieces[-1][1] - pieces[-1][0] <= 24
        assert len(pieces) == 1 or pieces[-1][1] - pieces[-1][0] > 12
