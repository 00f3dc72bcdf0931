"""The cue stage: which words make a reporting event, and the framings that source a clause.

One table per construction, each across its variants (clitics و/ف, gender and number, past,
present, participle, verbal noun, quote styles «» "" “”), with negative rows: what must NOT be an
event. Every sentence here is composed for these tests.
"""

from __future__ import annotations

import pytest
from _events import event as _event

from arnews import extract_attributions
from arnews.lexicon import default_lexicon, fold

# label, text, cue, speaker (None: a null speaker; "*": not checked here)
Row = tuple[str, str, str, "str | None"]




def _same_speaker(found: str | None, speaker: str | None) -> bool:
    """The speaker stage's business is its extent: here the source must be named, with at most one extra word."""
    if speaker == "*":
        return True
    if speaker is None or found is None:
        return found is None and speaker is None
    want, got = set(speaker.split()), set(found.split())
    return want <= got and len(got - want) <= 1


def _check(text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert _same_speaker(a.speaker.text if a.speaker else None, speaker), a.speaker
    assert a.content is not None and a.content.text


# ---------------------------------------------------------------- بين: the verb, not the preposition

BAYYANA: list[Row] = [
    ("wa-past-anna", "وبين الوزير أن المشروع سيكتمل في الخريف.", "وبين", "الوزير"),
    ("shadda-colon-quote", "وبيّن المدير: «سنفتح فرعا جديدا قريبا».", "وبيّن", "المدير"),
    ("fima-connector", "وارتفعت الصادرات، فيما بين المتحدث أن الواردات تراجعت.", "بين", "المتحدث"),
    ("kama-feminine", "كما بينت الوزارة أن الأسعار مستقرة.", "بينت", "الوزارة"),
    ("plural-dropped", "وبينوا أن الطريق ما زال مغلقا.", "وبينوا", None),
    ("present", "ويبين التقرير أن البطالة انخفضت.", "ويبين", "التقرير"),
    ("tabayyin-with-subject", "وتبين الدراسة أن البطالة انخفضت.", "وتبين", "الدراسة"),
    ("participle", "وتحدث الوزير عن الخطة، مبينا أن تنفيذها يبدأ في الصيف.", "مبينا", "الوزير"),
    ("fa-inna-quote-straight", 'فبيّن رئيس اللجنة "لن نتراجع عن القرار".', "فبيّن", "رئيس اللجنة"),
    ("abana", "وأبان المسؤول أن العمل سيستأنف غدا.", "وأبان", "المسؤول"),
    ("wa-no-comma", "وافتتح الوزير المعرض وبين أن المشاركة فاقت التوقعات.", "وبين", None),
]

BAYNA_PREPOSITION = [
    ("between-countries", "وقعت اشتباكات بين البلدين على الحدود أمس."),
    ("min-bayni", "ومن بين المشاركين وزراء وسفراء من عدة دول."),
    ("ma-bayna", "تتراوح الأسعار ما بين مئة ومئتي دينار."),
    ("meeting-between", "وجرى لقاء بين الوزير والسفير تناول التعاون الثقافي."),
    ("noun-before", "الفرق بين الخطتين أن الأولى أرخص."),
    ("fima-baynahum", "وتبادل اللاعبون التهاني فيما بينهم بعد المباراة."),
    ("bayna-wa-bayna", "وتوزعت المقاعد بين الحكومة وبين المعارضة بالتساوي."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), BAYYANA, ids=[r[0] for r in BAYYANA])
def test_bayyana_is_a_verb_of_saying(label: str, text: str, cue: str, speaker: str | None) -> None:
    _check(text, cue, speaker)


@pytest.mark.parametrize(("label", "text"), BAYNA_PREPOSITION, ids=[r[0] for r in BAYNA_PREPOSITION])
def test_bayna_preposition_is_no_cue(label: str, text: str) -> None:
    assert not [a for a in extract_attributions(text) if fold(a.cue.text).lstrip("وف") == "بين"]


# ---------------------------------------------------------------- verbs the lexicon lacked

VERBS: list[Row] = [
    ("burhan-ala", "وبرهن الباحثون على أن الدواء آمن.", "وبرهن", "الباحثون"),
    ("barrara", "وبرر المدرب الخسارة بأن الفريق كان متعبا.", "وبرر", "المدرب"),
    ("barrarat-feminine", "وبررت الشركة القرار بأن التكاليف ارتفعت.", "وبررت", "الشركة"),
    ("tamanna-past", "وتمنى الرئيس أن يعم السلام المنطقة.", "وتمنى", "الرئيس"),
    ("tatamanna-present", "وتتمنى الجماهير أن يفوز المنتخب باللقب.", "وتتمنى", "الجماهير"),
    ("amala-past", "وأمل الوزير أن تنتهي الأشغال قبل الصيف.", "وأمل", "الوزير"),
    ("yamul-present", "ويأمل المزارعون أن تهطل الأمطار قريبا.", "ويأمل", "المزارعون"),
    ("yamulun-fi-an", "والمستثمرون يأملون في أن تتحسن السوق.", "يأملون", "والمستثمرون"),
    ("yathiq-bi-anna", "ويثق المدرب بأن لاعبيه قادرون على الفوز.", "ويثق", "المدرب"),
    ("tahsha-min-an", "وتخشى الحكومة من أن يتأخر المشروع.", "وتخشى", "الحكومة"),
    ("ittafaq-ala-an", "واتفق الوزراء على أن يعقد الاجتماع المقبل في تونس.", "واتفق", "الوزراء"),
    ("akhbaraha-object", "وأخبرها أحد الموظفين أن الطلب رفض.", "وأخبرها", "أحد الموظفين"),
    ("ablaghahum-object", "وأبلغهم المدير أن الدوام سيتغير.", "وأبلغهم", "المدير"),
    ("wasafa-bi-annahu", "ووصف الخبير الاتفاق بأنه خطوة مهمة.", "ووصف", "الخبير"),  # (the described noun is the object)
    ("wasafahu-object", "ووصفه المحلل بأنه رجل المرحلة.", "ووصفه", "المحلل"),
    ("qadat-ruling", "وقضت المحكمة بأن القرار باطل.", "وقضت", "المحكمة"),
    ("numinu-first-person", "وقال الرئيس: «نحن نؤمن بأن الحوار هو الحل».", "نؤمن", "*"),
    ("yuminu", "ويؤمن الكاتب بأن الأدب يغير المجتمع.", "ويؤمن", "الكاتب"),
    ("yudrik", "ويدرك المسؤولون أن الوقت ضيق.", "ويدرك", "المسؤولون"),
    ("yurawwij-li", "وروج الحزب لفكرة أن الانتخابات مزورة.", "وروج", "الحزب"),
    ("yushtabah-passive", "واعتقلت الشرطة رجلين يشتبه أن أحدهما سرق السيارة.", "يشتبه", None),
    ("tudafi-an-fikra", "وكل هذه الدول تدافع عن فكرة أن التعاون هو الطريق.", "تدافع", "*"),
    ("li-t-tarwij", "ويسعى التنظيم للترويج لفكرة أن الحرب حتمية.", "للترويج", "*"),
]

NOT_EVENTS = [
    ("amal-noun-ala", "وعاد اللاعبون إلى التدريب على أمل أن يتعافى زميلهم."),
    ("amn-noun", "وناقش المجلس أمن الحدود والتعاون الإقليمي."),
    ("amal-noun-kabir", "وهناك أمل كبير في أن تنتهي الأزمة."),
    ("ittafaq-no-prep", "واتفق الطرفان، وقال المتحدث إن التوقيع سيكون غدا."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), VERBS, ids=[r[0] for r in VERBS])
def test_new_verbs_make_events(label: str, text: str, cue: str, speaker: str | None) -> None:
    _check(text, cue, speaker)


def test_noun_uses_are_no_events() -> None:
    for label, text in NOT_EVENTS:
        cues = [a.cue.text for a in extract_attributions(text)]
        assert all(fold(c).lstrip("وف") not in ("امل", "امن", "اتفق") for c in cues), (label, cues)


@pytest.mark.parametrize("word", ["وبيّن", "أبان", "برهن", "وبرر", "تمنى", "يأمل", "يثق", "تخشى", "خشية",
                                  "واتفق", "أخبرها", "ووصفت", "واصفة", "قضت", "نؤمن", "يروج", "ينتظر",
                                  "المتوقع", "المرجح", "المنتظر", "تأكيد", "اعتراف", "تقييمها", "اعتقاد"])
def test_lexicon_has_the_form(word: str) -> None:
    assert default_lexicon().lookup(fold(word)) is not None


# ---------------------------------------------------------------- impersonal cues: a null speaker

IMPERSONAL: list[Row] = [
    ("min-al-mutawaqqa", "ومن المتوقع أن ترتفع الأسعار الشهر المقبل.", "المتوقع", None),
    ("idh-min-al-mutawaqqa", "وتستعد المدينة للمهرجان، إذ من المتوقع أن يزورها الآلاف.", "المتوقع", None),
    ("fa-inna-al-mutawaqqa", "وبعد هذا التراجع فإن المتوقع أن تعود الأسعار إلى الارتفاع.", "المتوقع", None),
    ("min-al-murajjah", "ومن المرجح أن يؤجل الاجتماع.", "المرجح", None),
    ("min-al-murajjah-adverb", "ومن المرجح جدا أن تفوز القائمة.", "المرجح", None),
    ("min-al-muntazar", "ومن المنتظر أن ينطلق الموسم في سبتمبر.", "المنتظر", None),
    ("yuntazar", "وهي المرحلة التي ينتظر أن تكتمل العام المقبل.", "ينتظر", None),
    ("wa-yuntazar", "وينتظر أن يصل الوفد غدا.", "وينتظر", None),
    ("yutawaqqa", "ويتوقع أن يعلن الفائز مساء الخميس.", "ويتوقع", None),
    ("yuataqad", "ويعتقد أن المتهم غادر البلاد.", "ويعتقد", None),
    ("passive-damma-wusifat", "ووُصفت الخطوة من جانبها بأنها غير مسبوقة.", "ووُصفت", None),
    ("passive-damma-yutawaqqa", "ويُتوقع الخبراء أن ترتفع الأسعار.", "ويُتوقع", None),
    ("passive-damma-ulina", "وأُعلن أن الحدود ستفتح غدا.", "وأُعلن", None),
]

IMPERSONAL_NOT = [
    ("expected-adjective", "وبلغ العدد المتوقع للزوار ألف شخص، وقال المنظمون إن الحضور فاق ذلك."),
    ("yantazir-object", "وينتظر المواطنون نتائج الامتحانات بفارغ الصبر."),
]


def test_active_verb_keeps_its_speaker() -> None:
    # without the damma the same letters are the active verb: ووصفت الوزيرة ... بأنها
    a = _event("ووصفت الوزيرة الخطوة بأنها غير مسبوقة.", "ووصفت")
    assert a.speaker is not None and a.speaker.text.startswith("الوزيرة")


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), IMPERSONAL, ids=[r[0] for r in IMPERSONAL])
def test_impersonal_cues_have_null_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    _check(text, cue, speaker)


@pytest.mark.parametrize(("label", "text"), IMPERSONAL_NOT, ids=[r[0] for r in IMPERSONAL_NOT])
def test_expected_as_adjective_is_no_event(label: str, text: str) -> None:
    cues = [fold(a.cue.text) for a in extract_attributions(text)]
    assert not any(c.endswith(("المتوقع", "ينتظر")) for c in cues)


# ---------------------------------------------------------------- nominal cues: the verbal noun heads the clause

NOMINAL: list[Row] = [
    ("taakid-genitive", "ورغم تأكيد المدير العام أن الشركة رابحة، تراجع سهمها.", "تأكيد", "المدير العام"),
    ("itiraf-bi-anna", "وجاء الحكم بعد اعتراف المتهم بأنه سرق المال.", "اعتراف", "المتهم"),
    ("taqyimuha-pronoun", "وأكدت الحكومة أنها واثقة من تقييمها بأن الاقتصاد سيتعافى.", "تقييمها", "الحكومة"),
    ("itiqad-genitive", "ويسود اعتقاد الخبراء أن الأزمة عابرة.", "اعتقاد", "الخبراء"),
    ("li-t-taakid", "وتسعى الوزارة جاهدة للتأكيد أن الخدمات متوفرة.", "للتأكيد", "الوزارة"),
    ("khashyata-an", "ويرفض السكان المشروع خشية أن يلوث النهر.", "خشية", "السكان"),
]

NOMINAL_NOT = [
    ("taakid-noun-object", "وجدد الوزير تأكيد التزام بلاده بالاتفاق."),
    ("itiraf-noun", "وطالبت المنظمة بالاعتراف بالدولة الجديدة."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), NOMINAL, ids=[r[0] for r in NOMINAL])
def test_nominal_cues(label: str, text: str, cue: str, speaker: str | None) -> None:
    _check(text, cue, speaker)


@pytest.mark.parametrize(("label", "text"), NOMINAL_NOT, ids=[r[0] for r in NOMINAL_NOT])
def test_verbal_noun_without_clause_is_no_event(label: str, text: str) -> None:
    assert not extract_attributions(text)


# ---------------------------------------------------------------- framings that source a clause

FRAMINGS: list[Row] = [
    ("hasab-riwayatihi", "وغادر المنزل قبل الحادث، حسب روايته.", "حسب", None),
    ("wifq-tabiriha", "وقالت الشركة إن الأرباح تراجعت، وفق تعبيرها.", "وفق", None),
    ("fi-raihi", "وتعثرت المفاوضات لأن بعض الأطراف يعرقلون، في رأيه، كل تقدم.", "في رأيه", None),
    ("bi-rai", "وبرأي المحلل فإن الأسعار ستنخفض.", "وبرأي", "المحلل"),
    ("bil-nisba", "وبالنسبة للوزيرة، فإن الإصلاح ضروري.", "وبالنسبة ل", "لوزيرة"),
    ("hasabama-quoted-outlet", 'وتراجعت الصادرات بنسبة كبيرة، حسبما نقلت "رويترز".', "حسبما نقلت", "رويترز"),
    ("wifq-ma-afadat", "وسيطر الجيش على البلدة، وفق ما أفادت مصادر عسكرية.", "وفق ما أفادت", "مصادر عسكرية"),
    ("ala-ma-afad", "وقتل ثلاثة أشخاص، على ما أفاد مسؤول محلي.", "على ما أفاد", "مسؤول محلي"),
    ("bihasab-ma-dhakarat", "وارتفعت الأسعار، بحسب ما ذكرت وكالة «الأنباء».", "بحسب ما ذكرت", "وكالة «الأنباء»"),
    ("wifqan-lima-alanahu", "وفقا لما أعلنه المكتب الإعلامي، فإن الرحلات ستستأنف.", "وفقا لما أعلنه",
     "المكتب الإعلامي"),
    ("bihasabihi-clause", "وهو يدخل بحسبه ضمن مشروع أكبر للتنمية.", "بحسبه", None),
    ("kama-afada-fa-inna", "وكما أفاد مسؤول محلي، فإن القصف استمر طوال الليل.", "أفاد", "مسؤول محلي"),
    ("hasab-after-quote", 'وتريد الحكومة قواعد "أقل تعقيدا للمواطنين"، حسب صحيفة الأيام.', "حسب", "صحيفة الأيام"),
    ("wifqan-lima-after-quote", "وتهدف الخطوة إلى «حماية المستهلك من الغش»، وفقا لما أعلنه المكتب الإعلامي.",
     "وفقا لما أعلنه", "المكتب الإعلامي"),
]

ACCORDING_NOT = [
    ("bihasab-taste", "ويختار الأطفال الملابس بحسب الذوق والمقاس."),
    ("hasab-size", "وتباع الأحذية حسب المقاس واللون."),
    ("wifq-taste", "ويصمم الفستان وفق رغبة الزبونة وذوقها."),
    ("bihasab-need", "وتوزع المساعدات بحسب الحاجة والأولوية."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), FRAMINGS, ids=[r[0] for r in FRAMINGS])
def test_framings(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a.kind == "according_to"
    assert (a.speaker.text if a.speaker else None) == speaker
    assert len([b for b in extract_attributions(text) if b.cue.start >= a.cue.start and b.cue.end <= a.cue.end]) == 1


@pytest.mark.parametrize(("label", "text"), ACCORDING_NOT, ids=[r[0] for r in ACCORDING_NOT])
def test_according_to_a_measure_is_no_event(label: str, text: str) -> None:
    assert not extract_attributions(text)


# ---------------------------------------------------------------- quoted objects: mixed events

QUOTED_OBJECT = [
    ("wasafaha-bi-quote", 'ووصفها الكاتب بـ"إمبراطوريات الفساد والنهب".', "ووصفها", "الكاتب"),
    ("wasifatan-iyyaha", "وانتقدت المنظمة الخطة، واصفة إياها بـ«التهجير القسري للسكان».", "واصفة", "المنظمة"),
    ("ittaham-bi-quote", "واتهم الحزب الحكومة بـ“تزوير إرادة الناخبين في الدوائر”.", "واتهم", "الحزب"),
    ("alanat-an-quote", "كما أعلنت اللجنة عن «عزمها» توسيع عملها في الجنوب.", "أعلنت", "اللجنة"),
    ("jaddadat-rafdaha", 'وجددت الوزارة رفضها "أي وصاية أجنبية على قرار البلديات".', "وجددت", "الوزارة"),
    ("akkada-rafdahu-guillemets", "وأكد الرئيس رفضه «المساس بالثوابت الوطنية».", "وأكد", "الرئيس"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), QUOTED_OBJECT, ids=[r[0] for r in QUOTED_OBJECT])
def test_quoted_object_is_mixed(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a.kind == "mixed"
    assert _same_speaker(a.speaker.text if a.speaker else None, speaker), a.speaker


# ---------------------------------------------------------------- verbs with only a noun object, formulas

NOUN_OBJECT = [
    ("akkada-hirs", "وأكد الوزير حرص بلاده على تعزيز التعاون."),
    ("kashafa-an-tarajju", "وكشف التقرير عن تراجع المبيعات."),
    ("ashara-ila-wujud", "وأشار المسؤول إلى وجود نقص في الأدوية."),
    ("daa-ila", "ودعا الرئيس إلى الحوار."),
    ("hadharat-min-safqa", "وحذرت المعارضة من صفقة الأسلحة."),
    ("yudhkar-formula", "يذكر أن الفريق فاز بالبطولة مرتين."),
    ("yushar-formula", "ويشار إلى أن المهرجان يقام كل عام."),
    ("jadir-formula", "والجدير بالذكر أن المتحف افتتح قبل عامين."),
    ("inference-mimma", "وأغلق المعرض أبوابه ظهرا، مما يشير إلى أن الإقبال كان ضعيفا."),
    ("inference-bima", "وارتفعت المبيعات بنسبة كبيرة، بما يؤكد أن الطلب قوي."),
    ("illa-anna-however", "وتؤمن الفنانة بالسلام، إلا أنها انتقدت الحملة."),
    ("ghayr-anna-however", "وأكد الفريق جاهزيته، غير أن المدرب غاب عن التدريب."),
    ("quoted-name-before-verb", 'ونشر الزوج فيديو على موقع "تويتر" يناشد بعلاجها في الخارج.'),
    ("kama-yaqdi-bi-noun", "وتضمن الاتفاق عدة بنود، كما يقضي البند الثالث بإجراء استفتاء عام."),
    ("wifqan-li-understanding", "ويريدون بناء دولة وفقا لفهمهم وأطماعهم."),
    ("tabayyana-turned-out", "واحترق المنزلان، وتبين لاحقا أن أحدهما كان خاليا."),
    ("tabayyana-bare", "أما الطفل فقد تبين أنه نجا من الحادث."),
    ("kama-anna-moreover", "وتدافع الحكومة بقوة عن حلفائها كما أنها مستمرة في دعمهم."),
    ("mid-clause-quote-before-verb", "وفي وقت “باتت فيه الحاجات ملحة أكثر” تدعو اللجنة إلى التقيد بالقانون."),
    ("nasr-a-name", "وحضر الاجتماع كمال بن نصر (وزير الصناعة) وعدد من النواب."),
    ("ala-ma-estimated-object", "وفرضت الحكومة رسوما على ما يقدر ثمنه بخمسين مليار دولار من البضائع."),
]

QUOTE_FIRST_PERSON = [
    ("awaddu-an-aqul", 'وقالت المحامية: "أود أن أقول إن القرار غير مكتمل".', "أقول"),
    ("atamanna-in-quote", 'وقال اللاعب: "أتمنى أن نفوز بالكأس هذا الموسم".', "أتمنى"),
    ("namul-in-quote", "وأضافت المديرة «نأمل أن تتحسن الأوضاع قريبا».", "نأمل"),
    ("nahnu-wathiqun", "وقال المدرب: «نحن واثقون من أن الفريق سيفوز».", "واثقون"),
]


@pytest.mark.parametrize(("label", "text", "word"), QUOTE_FIRST_PERSON, ids=[r[0] for r in QUOTE_FIRST_PERSON])
def test_first_person_wish_or_saying_in_a_quote_frames_nothing(label: str, text: str, word: str) -> None:
    atts = extract_attributions(text)
    assert len(atts) == 1 and atts[0].kind == "direct"
    assert word not in [a.cue.text for a in atts]


@pytest.mark.parametrize(("label", "text"), NOUN_OBJECT, ids=[r[0] for r in NOUN_OBJECT])
def test_noun_object_and_formulas_are_no_events(label: str, text: str) -> None:
    assert not extract_attributions(text)


# ---------------------------------------------------------------- relayed and nested reports

# label, text, cue, speaker, channel
RELAYED: list[tuple[str, str, str, str | None, str | None]] = [
    ("naqlan-an-after-site", "وأفاد موقع الخليج الإخباري نقلا عن مصادر مطلعة بأن الاجتماع تأجل.", "وأفاد",
     "مصادر مطلعة", "موقع الخليج الإخباري"),
    ("alimat-min-masadir", "وعلمت الصحيفة من مصادر حكومية أن الوزير سيستقيل.", "وعلمت", "مصادر حكومية", "الصحيفة"),
    ("alimat-quoted-outlet", "وعلمت «الشرق» من مصادر مطلعة أن الحكومة ستعلن التعديل غدا.", "وعلمت",
     "مصادر مطلعة", "الشرق"),
    ("alimat-parenthesis", "علمت (الوطن) من مصادر سياسية أن الوفد غادر العاصمة.", "علمت", "مصادر سياسية", "الوطن"),
    ("ulima-passive", "وعلم من مصادر في الوزارة أن الاجتماع تأجل.", "وعلم", "مصادر في الوزارة", None),
    ("naqalat-an-qawlahu", "ونقلت قناة النهار عن الوزير قوله إن الوضع مستقر.", "ونقلت", "الوزير", "قناة النهار"),
    ("naqala-an-no-channel", "ونقل عن المتحدث قوله إن الحدود مفتوحة.", "ونقل", "المتحدث", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "channel"), RELAYED, ids=[r[0] for r in RELAYED])
def test_relayed_source_is_speaker_and_outlet_is_channel(label: str, text: str, cue: str, speaker: str | None,
                                                         channel: str | None) -> None:
    atts = extract_attributions(text)
    assert len(atts) == 1, [a.cue.text for a in atts]
    a = atts[0]
    assert a.cue.text == cue
    assert (a.speaker.text if a.speaker else None) == speaker
    assert (a.channel.text if a.channel else None) == channel


NESTED = [
    ("naqalat-anna-qala", "ونقلت وكالة الأنباء الرسمية أن وزير الخارجية قال إن المحادثات ستستأنف.",
     [("ونقلت", "وكالة الأنباء الرسمية"), ("قال", "وزير الخارجية")]),
    ("dhakarat-anna-akkada", "وذكرت صحيفة الأيام أن الرئيس أكد أن الانتخابات ستجرى في موعدها.",
     [("وذكرت", "صحيفة الأيام"), ("أكد", "الرئيس")]),
    ("quote-inside-inna", "وقالت المتحدثة إن «الحكومة تؤكد أن الأجور سترتفع».",
     [("وقالت", "المتحدثة"), ("تؤكد", "الحكومة")]),
]


@pytest.mark.parametrize(("label", "text", "events"), NESTED)
def test_nested_report_is_two_events(label: str, text: str, events: list[tuple[str, str]]) -> None:
    got = [(a.cue.text, a.speaker.text if a.speaker else None) for a in extract_attributions(text)]
    assert got == events


# ---------------------------------------------------------------- a cue pointing back: أوضح ذلك X

THAT_SAID = [
    ("awdaha-dhalik", "ستجرى الانتخابات في موعدها. أوضح ذلك رئيس الوزراء لدى زيارته المحكمة.", "أوضح",
     "رئيس الوزراء", "ستجرى الانتخابات في موعدها"),
    ("sarraha-bidhalik", "الميزانية ستعرض على البرلمان. صرح بذلك المتحدث باسم الحكومة.", "صرح",
     "المتحدث باسم الحكومة", "الميزانية ستعرض على البرلمان"),
    ("wa-ashara-ila-dhalik", "الأسعار ستنخفض قريبا. وأشار إلى ذلك الوزير في كلمته.", "وأشار", "الوزير",
     "الأسعار ستنخفض قريبا"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), THAT_SAID, ids=[r[0] for r in THAT_SAID])
def test_cue_pointing_back_reports_the_sentence_before(label: str, text: str, cue: str, speaker: str,
                                                       content: str) -> None:
    a = _event(text, cue)
    assert a.speaker is not None and a.speaker.text == speaker
    assert a.content is not None and a.content.text == content


def test_jaa_dhalik_is_no_event() -> None:
    assert not extract_attributions("وقعت الاتفاقية أمس. جاء ذلك خلال لقاء الوزيرين.")


# ---------------------------------------------------------------- wire style: a semicolon before إن

SEMICOLON = [
    ("qala-semicolon-inna", "وقال المتحدث باسم الوزارة؛ إن الاجتماع سيعقد غدا.", "وقال", "المتحدث باسم الوزارة"),
    ("qalat-semicolon-innaha", "وقالت الشركة؛ إنها ستفتح مصنعا جديدا.", "وقالت", "الشركة"),
    ("akkada-semicolon-anna", "وأكد الوزير؛ أن الميزانية جاهزة.", "وأكد", "الوزير"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), SEMICOLON, ids=[r[0] for r in SEMICOLON])
def test_semicolon_before_the_complementizer(label: str, text: str, cue: str, speaker: str) -> None:
    _check(text, cue, speaker)



def test_supply_is_no_report() -> None:
    # the present and participle of أورد are "supply" and "supplier" in news: only the past reports
    text = 'وقال المصدر إن البضائع تورد إلى البلاد بـ"طرق غير مشروعة" منذ أشهر.'
    assert [a.cue.text for a in extract_attributions(text)] == ["وقال"]
    assert [a.cue.text for a in extract_attributions("وأوردت الصحيفة أن الوزير استقال.")] == ["وأوردت"]


def test_parenthesis_inside_the_clause_is_an_aside() -> None:
    text = "وأكدت المنظمات الموقعة على الوثيقة (نقابة الأطباء ونقابة المهندسين وجمعية التجار) دعمها للحكومة."
    assert not extract_attributions(text)
    quoted = "وأعلن الرئيس مقولته الشهيرة (لن نتخلى عن أرضنا مهما طال الزمن) ومنذ ذلك اليوم تغير الكثير."
    assert [a.kind for a in extract_attributions(quoted)] in (["direct"], ["indirect"], ["mixed"])


def test_news_item_whose_gist_is_that() -> None:
    a = _event("وتداولت مواقع التواصل خبرا مفاده أن المطار أغلق.", "وتداولت")
    assert a.speaker is not None and a.speaker.text == "مواقع التواصل"
    assert a.content is not None and a.content.text == "المطار أغلق"


def test_plain_alef_after_wa_is_no_first_person_verb() -> None:
    # a writer who spells hamza writes وأثق for "and I trust"; واثق with a plain alef is the adjective
    assert [a.cue.text for a in extract_attributions("وقال المدرب: «وأنا واثق من أن الفريق سيفوز».")] == ["وقال"]
    assert "وأثق" in [a.cue.text for a in extract_attributions("وقال المدرب: «وأثق بأن الفريق سيفوز».")]
    # a text with no hamza at all tells nothing: the verb reading stays
    assert "واثق" in [a.cue.text for a in extract_attributions('وقال المدرب "واثق بان الفريق سيفوز" وانتهى.')]


def test_editorial_alima_is_no_clause_start() -> None:
    # علما أن (an editorial "knowing that") is no form of علم: it neither reports nor cuts a content
    text = "وأكد المجلس أن الأخبار مغلوطة، علما أنه يملك صفحة رسمية للبلاغات."
    atts = extract_attributions(text)
    assert [a.cue.text for a in atts] == ["وأكد"]
    assert atts[0].content is not None and atts[0].content.text.endswith("صفحة رسمية للبلاغات")
