"""The reporting lexicon: data file shape and generated forms."""

from __future__ import annotations

import pytest

from arnews.lexicon import (
    CLASSES,
    CueForm,
    LexiconEntry,
    build_lexicon,
    default_lexicon,
    generate_forms,
    parse_tsv,
)


def test_shipped_lexicon_is_large_and_classified() -> None:
    lex = default_lexicon()
    assert len(lex.entries) >= 80
    assert {e.cls for e in lex.entries} <= CLASSES
    # every meaning class of the issue is present
    assert {"say", "assert", "add", "explain", "announce", "warn", "deny", "opine", "finding", "ask", "report",
            "reassure", "according"} <= {e.cls for e in lex.entries}


def test_lemmas_unique() -> None:
    lemmas = [e.lemma for e in default_lexicon().entries]
    assert len(lemmas) == len(set(lemmas))


# label, folded surface, lemma, form
FORMS = [
    ("past-3ms", "قال", "قال", "past"),
    ("past-3fs-wa", "وقالت", "قال", "past"),
    ("past-3mp-fa", "فقالوا", "قال", "past"),
    ("present-3ms", "يقول", "قال", "present"),
    ("present-3fs", "تقول", "قال", "present"),
    ("present-3mp", "يقولون", "قال", "present"),
    ("present-future-sa", "سيقول", "قال", "present"),
    ("present-li", "ليخلص", "خلص", "present"),
    ("present-1s-hamza-folded", "اوكد", "أكد", "present"),
    ("passive-qila", "قيل", "قال", "past"),
    ("participle-m", "مضيفا", "أضاف", "participle"),
    ("participle-f", "موكده", "أكد", "participle"),
    ("participle-hollow", "قايلا", "قال", "participle"),
    ("bil-masdar", "بالقول", "قال", "bil"),
    ("defective-past-f", "نفت", "نفى", "past"),
    ("defective-present", "يري", "رأى", "present"),
    ("according", "وبحسب", "بحسب", "according"),
]


@pytest.mark.parametrize(("label", "surface", "lemma", "form"), FORMS, ids=[f[0] for f in FORMS])
def test_generated_form(label: str, surface: str, lemma: str, form: str) -> None:
    cf = default_lexicon().lookup(surface)
    assert cf is not None, surface
    assert (cf.lemma, cf.form) == (lemma, form)


def test_ambiguous_bare_forms_are_strict() -> None:
    # بين، أمل، آمن are nouns or prepositions as often as verbs: the cue stage checks what follows
    for word in ("بين", "وبين", "امل", "امن"):
        cf = default_lexicon().lookup(word)
        assert cf is not None and "strict" in cf.flags, word
    assert "strict" not in default_lexicon().forms["بينت"].flags


@pytest.mark.parametrize("word", ["مقال", "الاقوال", "مجددا", "ملاحظين", "فحسب", "وفقه", "تبلغ", "مبلغا",
                                  "متهما", "معبرا", "مفيدا"])
def test_not_a_cue_form(word: str) -> None:
    assert default_lexicon().lookup(word) is None


def test_phrases_found_by_find() -> None:
    text = "علي حد قوله وفقا لوزاره ونقلا عن المصدر"
    found = [(text[i:j], cf.lemma) for i, j, cf in default_lexicon().find(text)]
    assert found == [("علي حد قوله", "على حد قوله"), ("وفقا ل", "وفقا"), ("ونقلا عن", "نقلا عن")]


def test_find_whole_tokens_only() -> None:
    assert default_lexicon().find("المقالات والاقوال") == []


def test_generate_forms_prep_is_folded() -> None:
    forms = generate_forms(LexiconEntry("أشار", "explain", "أشار", "شير", "مشير", "", "إلى"))
    assert forms["اشار"] == CueForm("أشار", "explain", "past", "الي")
    assert "يشيرون" in forms and "مشيرا" in forms


def test_parse_tsv_rejects_unknown_class() -> None:
    with pytest.raises(ValueError, match="unknown class"):
        parse_tsv("lemma\tclass\nقال\tshout\n")


def test_build_lexicon_with_user_rows() -> None:
    lex = build_lexicon([{"lemma": "غرد", "class": "announce", "past": "غرد", "present": "غرد"}])
    assert lex.lookup("وغردت") == CueForm("غرد", "announce", "past", "")
    assert lex.lookup("قال") is not None  # shipped entries stay


def test_default_lexicon_cached() -> None:
    assert default_lexicon() is default_lexicon()


def test_speech_nouns_come_from_data_with_every_pronoun() -> None:
    """``data/speech_nouns.tsv``: each noun with each pronoun suffix (a final ة as ت), as حسب روايته، وفق تعبيرهما."""
    from arnews.lexicon import default_lexicon

    nouns = default_lexicon().speech_nouns
    for stem in ("تعبير", "راي", "روايت"):
        assert {stem + s for s in ("ه", "ها", "هم", "هما")} <= nouns


@pytest.mark.parametrize("window", [1, 3, 7, 1 << 16])
def test_find_reads_in_windows_as_one_pass(window: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The word scan reads a long text in windows; the cues are the same as one pass over the words."""
    import regex

    from arnews import lexicon as lexicon_module

    lex = default_lexicon()
    text = "واضاف الوزير12 ان القرار نهايي، وقالت المصادر: وفقا لوزاره الداخليه فان الخطه تمضي. " * 3
    monkeypatch.setattr(lexicon_module, "_SCAN_WINDOW", window)
    words = [(m.start(), m.group()) for m in regex.finditer(r"[^\W\d_]+", text)]
    want: list[tuple[int, int, str]] = []
    skip = 0
    for i, w in words:
        if i < skip:
            continue
        pm = lex.phrase_pattern.match(text, i) if w in lex.phrase_starts else None
        cf = lex.phrases.get(" ".join(pm.group().split())) if pm is not None else None
        if pm is not None and cf is not None:
            want.append((i, pm.end(), cf.lemma))
            skip = pm.end()
        elif w in lex.forms:
            want.append((i, i + len(w), lex.forms[w].lemma))
    assert [(i, j, cf.lemma) for i, j, cf in lex.find(text)] == want
    assert any(lemma == "وفقا" for *_, lemma in want)


# our own folded sentences: every phrase start before its phrase (spaces, a line break, a glued ل), and
# before words that open none (في الاجتماع، علي الطاوله، حسب الخطه)
_PHRASE_TEXTS = [
    "علي حد قوله ان الاتفاق قريب",
    "وعلي  حد تعبيرها فان الوضع صعب",
    "وفقا\nلوزاره الصحه ارتفع العدد",
    "بحسب المصدر في الاجتماع علي الطاوله",
    "حسب الخطه وفي الصباح وعلي الجانب الاخر",
    "ونقلا عن مصادر في الوزاره، وفق بيان",
    "في راي الوزير ان الازمه عابره",
]


@pytest.mark.parametrize("text", _PHRASE_TEXTS)
def test_phrase_prefilter_finds_what_the_pattern_finds(text: str) -> None:
    """The second-word test before the phrase pattern leaves ``find`` as the pattern alone gives it."""
    import dataclasses

    lex = default_lexicon()
    assert lex.phrase_seconds
    plain = dataclasses.replace(lex)
    object.__setattr__(plain, "phrase_seconds", None)  # the pattern tried at every first word
    assert lex.find(text) == plain.find(text)


def test_phrase_prefilter_reaches_a_user_phrase() -> None:
    """A user's phrase (its first and second words) reaches the test before the pattern."""
    lex = build_lexicon([{"lemma": "على ذمة", "class": "according", "past": "على ذمة"}])
    text = "علي ذمه المراسل فان القصف توقف"
    assert [(text[i:j], cf.lemma) for i, j, cf in lex.find(text)] == [("علي ذمه", "على ذمة")]
