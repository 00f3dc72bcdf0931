"""Cue constructions learnt from blind round 4: which words make events, and the framings that source a clause.

One table per construction, across its variants (clitics و/ف, gender and number, past, present,
participle, relative ما/بما/لما/مما, quote styles «» "" “”, the framing before or after its content),
with negative rows: the same verb with a noun object only, the verb in its other senses. Every
sentence here is composed for these tests.
"""

from __future__ import annotations

import pytest
from _events import event as _event
from _events import speaker_text as _speaker

from arnews import extract_attributions
from arnews.lexicon import fold

# label, text, cue, speaker (None: a null speaker)
Row = tuple[str, str, str, "str | None"]






def _lemmas(text: str) -> list[str]:
    return [a.verb for a in extract_attributions(text)]


# ---------------------------------------------------------------- أرجع / عزا X إلى أن، برر X بأن (prepthat)

ATTRIBUTE_TO: list[Row] = [
    ("arja-definite-object", "وأرجع الخبير الارتفاع إلى أن الطلب زاد.", "وأرجع", "الخبير"),
    ("arjaat-fa", "فأرجعت الوزارة التأخير إلى أن المعدات لم تصل.", "فأرجعت", "الوزارة"),
    ("arjau-plural-dropped", "وأرجعوا الخسارة إلى أن اللاعبين كانوا متعبين.", "وأرجعوا", None),
    ("arja-construct-subject", "وأرجع وزير المالية التراجع إلى أن الصادرات انخفضت.", "وأرجع", "وزير المالية"),
    ("arja-abstract-object", "وأرجع التقرير أهمية الميناء إلى أن التجارة تمر عبره.", "وأرجع", "التقرير"),
    ("arja-dropped-abstract-object", "وأرجع ارتفاع الأسعار إلى أن الطلب زاد.", "وأرجع", None),
    ("arja-demonstrative", "وتراجعت المبيعات، وأرجع التقرير ذلك إلى أن الأسعار ارتفعت.", "وأرجع", "التقرير"),
    ("aza", "وعزا المحلل التراجع إلى أن المستثمرين قلقون.", "وعزا", "المحلل"),
    ("azat-possessed-object", "وعزت الشركة خسائرها إلى أن الأسعار انخفضت.", "وعزت", "الشركة"),
    ("yazu-present", "ويعزو الاقتصاديون ذلك إلى أن الفائدة مرتفعة.", "ويعزو", "الاقتصاديون"),
    ("tazu-present-feminine", "وتعزو الحكومة الأزمة إلى أن الأمطار تأخرت.", "وتعزو", "الحكومة"),
    ("aziyan-participle", "وتحدث الوزير في المؤتمر، عازيا فشل الخطة إلى أن التمويل غاب.", "عازيا", "الوزير"),
    ("barrara", "وبرر المدرب الخسارة بأن الفريق كان متعبا.", "وبرر", "المدرب"),
    ("barrarat-possessed", "وبررت الحكومة قرارها بأنه ضروري للاقتصاد.", "وبررت", "الحكومة"),
    ("yubarrir-present", "ويبرر المسؤولون التأخير بأن الإجراءات معقدة.", "ويبرر", "المسؤولون"),
    ("mubarriran-participle", "وتمسك الوزير بمنصبه، مبررا ذلك بأن الأزمة عابرة.", "مبررا", "الوزير"),
    ("mubarriran-noun-object", "وتحدث المدرب للصحفيين، مبررا الخطوة بأنها ضرورية.", "مبررا", "المدرب"),
    ("barrarat-bil-qawl", "وبررت الصحيفة قرارها بالقول إن الظروف تغيرت.", "وبررت", "الصحيفة"),
    ("barrara-quoted-phrase", 'وبرر الرئيس ترشحه برغبته في بناء "دولة قوية وعادلة".', "وبرر", "الرئيس"),
]

ATTRIBUTE_TO_NOT = [
    ("arja-returned-book", "وأرجع الموظف الكتاب إلى المكتبة."),
    ("arja-noun-after-ila", "وأرجعت الوزارة التأخير إلى سوء الأحوال الجوية."),
    ("aza-noun-then-qala", "وعزا الخبير التراجع إلى عوامل عدة، وقال إن الوضع سيتحسن."),
    ("barrara-colon-list", "وبررت الدول طلبها إلى سببين: الحاجة إلى المشاورات وضيق الوقت."),
    ("barrara-noun", "وبرر الوزير القرار بضرورة الإصلاح."),
    ("yarjiu-intransitive", "ويرجع الطالب إلى بيته بعد أن تنتهي الدروس."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), ATTRIBUTE_TO, ids=[r[0] for r in ATTRIBUTE_TO])
def test_attributing_to_a_clause_is_an_event(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert _speaker(a) == speaker
    assert a.content is not None and a.content.text


@pytest.mark.parametrize(("label", "text"), ATTRIBUTE_TO_NOT, ids=[r[0] for r in ATTRIBUTE_TO_NOT])
def test_attributing_to_a_noun_is_no_event(label: str, text: str) -> None:
    assert not [v for v in _lemmas(text) if v in ("أرجع", "عزا", "برر")]


def test_a_name_spelled_like_the_verb_stays_a_name() -> None:
    a = _event("وقال عزت الدوري إن الحرب انتهت.", "وقال")
    assert _speaker(a) == "عزت الدوري"
    assert _lemmas("وقال عزت الدوري إن الحرب انتهت.") == ["قال"]


# ---------------------------------------------------------------- impersonal "expected": every article and clitic

EXPECTED: list[Row] = [
    ("wa-mutawaqqa", "ومتوقع أن ينمو الاقتصاد بنسبة ثلاثة بالمئة.", "ومتوقع", None),
    ("mutawaqqa-bare", "والعدد متوقع أن يرتفع في الصيف.", "متوقع", None),
    ("wal-mutawaqqa", "والمتوقع أن ترتفع الأسعار في الشتاء.", "والمتوقع", None),
    ("fal-mutawaqqa", "فالمتوقع أن يصل الوفد مساء الغد.", "فالمتوقع", None),
    ("wa-min-al-mutawaqqa", "ومن المتوقع أن يزور الرئيس المدينة.", "المتوقع", None),
    ("wa-murajjah", "ومرجح أن يتأجل الاجتماع إلى الأسبوع المقبل.", "ومرجح", None),
    ("wal-murajjah", "والمرجح أن تستمر الأزمة.", "والمرجح", None),
    ("wa-muntazar", "ومنتظر أن تفتتح القاعة في الربيع.", "ومنتظر", None),
    ("wal-muntazar", "والمنتظر أن يعلن الفائز غدا.", "والمنتظر", None),
]

EXPECTED_NOT = [
    ("adjective-predicate", "وهذا أمر متوقع في مثل هذه الظروف."),
    ("adjective-feminine", "وكانت النتيجة متوقعة بعد الخسارة الأولى."),
    ("adjective-noun", "وبلغ العدد المتوقع للزوار ألف شخص في اليوم الأول."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), EXPECTED, ids=[r[0] for r in EXPECTED])
def test_impersonal_expected_has_a_null_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert _speaker(a) is None
    assert a.content is not None and a.content.text


@pytest.mark.parametrize(("label", "text"), EXPECTED_NOT, ids=[r[0] for r in EXPECTED_NOT])
def test_expected_as_an_adjective_is_no_event(label: str, text: str) -> None:
    assert not extract_attributions(text)


def test_coordinated_impersonal_ends_the_clause_before_it() -> None:
    text = "وقال الوزير إن الأسعار سترتفع، ومتوقع أن ينمو الاقتصاد."
    said = _event(text, "وقال")
    assert said.content is not None and said.content.text == "الأسعار سترتفع"
    assert _speaker(_event(text, "ومتوقع")) is None


# ---------------------------------------------------------------- relative ما + a naming or judging verb

# label, text, cue, speaker, content
RELATIVE: list[tuple[str, str, str, str | None, str]] = [
    ("asmathu-bi-quote", 'وانتقدت الجمعية ما أسمته بـ"التجاوزات الخطيرة".', "أسمته", None, "التجاوزات الخطيرة"),
    ("bima-itabarahu", 'وندد الحزب بما اعتبره "خرقا للدستور".', "اعتبره", None, "خرقا للدستور"),
    ("wasafahu-bi-annahu", 'ورفض الوزير ما وصفه بأنه "حملة تشويه".', "وصفه", None, "حملة تشويه"),
    ("sammahu-guillemets", "وهاجم النائب ما سماه «سياسة التجويع».", "سماه", None, "سياسة التجويع"),
    ("own-subject", 'ورفضت النقابة ما وصفه الوزير بأنه "إصلاح ضروري".', "وصفه", "الوزير", "إصلاح ضروري"),
    ("own-subject-curly", "ورفضت النقابة ما أسمته الحكومة “إصلاحات هيكلية”.", "أسمته", "الحكومة",
     "إصلاحات هيكلية"),
    ("mimma-feminine", 'وحذر الاتحاد مما اعتبرته الوزارة "إجراءات مؤقتة".', "اعتبرته", "الوزارة",
     "إجراءات مؤقتة"),
    ("amma-present", 'وتحدث الباحث عما يسميه "الجيل الجديد من الحروب".', "يسميه", None,
     "الجيل الجديد من الحروب"),
    ("bima-plural", 'وأشاد المتظاهرون بما أسموه "صمود السكان".', "أسموه", None, "صمود السكان"),
    ("lima-wasafathu", "وتطرق التقرير لما وصفته المنظمة بـ«الانتهاكات الممنهجة».", "وصفته", "المنظمة",
     "الانتهاكات الممنهجة"),
    ("present-own-subject", 'وانتقد الحزب ما تعتبره الحكومة "إنجازا تاريخيا".', "تعتبره", "الحكومة",
     "إنجازا تاريخيا"),
]

RELATIVE_NOT = [
    ("naming-a-child", 'وسماه والده "نور".'),
    ("naming-a-product", 'وأسمت الشركة منتجها الجديد "النجمة".'),
    ("so-called", 'وهو ما يسمى بـ"الاقتصاد الأخضر".'),
    ("noun-object-no-quote", "ورفض الوزير ما وصفه الخبراء بالخطة الجيدة."),
    ("object-form-no-content", "واعتبره الخبراء خطوة مهمة."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), RELATIVE, ids=[r[0] for r in RELATIVE])
def test_relative_clause_with_a_quoted_object_is_mixed(label: str, text: str, cue: str, speaker: str | None,
                                                       content: str) -> None:
    a = _event(text, cue)
    assert a.kind == "mixed"
    assert _speaker(a) == speaker
    assert a.content is not None and a.content.text == content


@pytest.mark.parametrize(("label", "text"), RELATIVE_NOT, ids=[r[0] for r in RELATIVE_NOT])
def test_naming_without_a_relative_clause_is_no_event(label: str, text: str) -> None:
    assert not extract_attributions(text)


def test_relative_clause_inside_a_report_is_its_own_event() -> None:
    text = 'وقال الوزير إن الحكومة ترفض ما أسمته المعارضة بـ"الإصلاحات الشكلية".'
    assert [(a.cue.text, _speaker(a)) for a in extract_attributions(text)] == [
        ("وقال", "الوزير"), ("أسمته", "المعارضة")]


def test_relative_clause_leaves_the_participle_its_subject() -> None:
    # the participle hangs on the main clause (its subject الحزب), not on the relative clause before it; the
    # quotations chained by رافقت end at the comma before the participle
    text = ('وتمسك الحزب، في بيان أصدره اليوم، بما اعتبره "خروقات خطيرة" رافقت "العملية الأمنية" دون أي تفاوض، '
            "مذكرا بأن لجنته زارت المنطقة.")
    rel = _event(text, "اعتبره")
    assert rel.content is not None and rel.content.text.endswith("دون أي تفاوض")
    assert _speaker(_event(text, "مذكرا")) == "الحزب"


# ---------------------------------------------------------------- ذكّر بأن: remind (all forms)

REMIND: list[Row] = [
    ("mudhakkiran", "وتحدث الوزير عن الخطة، مذكرا بأن الحكومة وعدت بالإصلاح.", "مذكرا", "الوزير"),
    ("mudhakkiratan", "ودافعت الوزيرة عن القرار، مذكرة بأن القانون واضح.", "مذكرة", "الوزيرة"),
    ("mudhakkiratan-vocalised", "وعلقت الهيئة على الانتقادات، مذكّرةً بأن القرار نهائي.", "مذكّرةً", "الهيئة"),
    ("mudhakkirin-plural", "واجتمع النواب أمس، مذكرين بأن الموازنة تأخرت.", "مذكرين", "النواب"),
    ("mudhakkiran-object", "وخاطب المدرب اللاعبين، مذكرا إياهم بأن المباراة صعبة.", "مذكرا", "المدرب"),
    ("dhakkara-past", "وذكّر الرئيس بأن البلاد تجاوزت أزمات أصعب.", "وذكّر", "الرئيس"),
    ("yudhakkir-present", "ويذكّر الخبراء بأن الأزمة السابقة استمرت عامين.", "ويذكّر", "الخبراء"),
]

REMIND_NOT = [
    ("dhakkara-noun", "وذكّر الرئيس بإنجازات حكومته."),
    ("dhakkarathu-memory", "وذكّرته الصورة بطفولته."),
    ("memorandum", "ووقع الطرفان مذكرة تفاهم في المجال الزراعي."),
    ("memo-of-protest", "وسلمت السفارة مذكرة احتجاج إلى الخارجية."),
    ("mudhakkiran-noun", "وأشاد القائد بالجنود، مذكرا بتضحياتهم."),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), REMIND, ids=[r[0] for r in REMIND])
def test_remind_that_is_an_event(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert _speaker(a) == speaker
    assert a.content is not None and a.content.text


@pytest.mark.parametrize(("label", "text"), REMIND_NOT, ids=[r[0] for r in REMIND_NOT])
def test_remind_of_a_noun_and_the_memo_are_no_events(label: str, text: str) -> None:
    assert not extract_attributions(text)


# ---------------------------------------------------------------- على حد ...: according to, after the content

# label, text, cue, speaker, content
AS_WORDED: list[tuple[str, str, str, str | None, str]] = [
    ("tabir-comma", '"الحكومة لن تتراجع"، على حد تعبير الوزير.', "على حد تعبير", "الوزير", "الحكومة لن تتراجع"),
    ("nass-no-comma", '"الوضع تحت السيطرة" على حد نص البيان.', "على حد نص", "البيان", "الوضع تحت السيطرة"),
    ("wasfihi-pronoun", "«الاقتصاد يتعافى ببطء»، على حد وصفه.", "على حد وصفه", None, "الاقتصاد يتعافى ببطء"),
    ("zamiha-pronoun", "“الانتخابات مزورة” على حد زعمها.", "على حد زعمها", None, "الانتخابات مزورة"),
    ("qawl-clause", "وقد خسر الفريق بسبب سوء الحظ، على حد قول المدرب.", "على حد قول", "المدرب",
     "خسر الفريق بسبب سوء الحظ"),
    ("nass-quote-holding-a-report", '"الحكومة قالت إنها ستفتح تحقيقا" على حد نص الرسالة.', "على حد نص", "الرسالة",
     "الحكومة قالت إنها ستفتح تحقيقا"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "content"), AS_WORDED, ids=[r[0] for r in AS_WORDED])
def test_as_worded_after_the_content(label: str, text: str, cue: str, speaker: str | None, content: str) -> None:
    a = _event(text, cue)
    assert a.kind == "according_to"
    assert _speaker(a) == speaker
    assert a.content is not None and fold(a.content.text).endswith(fold(content))


# ---------------------------------------------------------------- بحسب ما ذكره X at the end of a long clause

LONG_CLAUSE = ("أكد المحافظ، خلال جولته في الميناء صباحا، رغبة المدينة في توسيع الأرصفة وتجهيزها للشحن، لافتا "
               "إلى مشاريع الطرق الجديدة التي تربط الميناء بالمصانع في الشمال، ")

# label, text, cue, speaker
AS_REPORTED: list[Row] = [
    ("bihasab-ma-dhakarahu-long", LONG_CLAUSE + "بحسب ما ذكره المتحدث باسم الرئاسة.", "بحسب ما ذكره",
     "المتحدث باسم الرئاسة"),
    ("bihasab-ma-dhakarahu", "ووصلت البعثة إلى المدينة أمس، بحسب ما ذكره المتحدث.", "بحسب ما ذكره", "المتحدث"),
    ("wifqan-lima-dhakarathu", "وارتفعت الأسعار، وفقا لما ذكرته الوزارة.", "وفقا لما ذكرته", "الوزارة"),
    ("hasabama-dhakarathu", "وارتفعت الأسعار، حسبما ذكرته الوزارة.", "حسبما ذكرته", "الوزارة"),
    ("wifq-ma-awdahahu", "وتأجلت الرحلات، وفق ما أوضحه مدير المطار.", "وفق ما أوضحه", "مدير المطار"),
    ("wifq-ma-tanawalathu", "وانتقل الحارس إلى فريق العاصمة بعقد لموسمين وفق ما تناولته المواقع الرياضية المحلية.",
     "وفق ما تناولته", "المواقع الرياضية المحلية"),
    ("hasabama-tanaqalathu", "وتأجلت المباراة، حسبما تناقلته الصحف المحلية.", "حسبما تناقلته", "الصحف المحلية"),
    ("bihasab-ma-bathahu", "وانفجرت سيارة في السوق، بحسب ما بثه التلفزيون الرسمي.", "بحسب ما بثه",
     "التلفزيون الرسمي"),
]


def test_a_verb_of_the_media_alone_is_no_cue() -> None:
    assert not extract_attributions("وتناول الوزير الغداء مع السفير، وبث التلفزيون المباراة.")


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), AS_REPORTED, ids=[r[0] for r in AS_REPORTED])
def test_source_phrase_with_a_verb_and_its_pronoun(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a.kind == "according_to"
    assert _speaker(a) == speaker
    assert a.content is not None and a.content.text and a.content.end <= a.cue.start


def test_source_phrase_after_participles_sources_the_whole_clause() -> None:
    a = _event(LONG_CLAUSE + "بحسب ما ذكره المتحدث باسم الرئاسة.", "بحسب ما ذكره")
    assert a.content is not None and a.content.text.startswith("أكد المحافظ")


# ---------------------------------------------------------------- a relative clause inside the speaker phrase

WHERE: list[Row] = [
    ("haythu-kana", "وقالت متحدثة باسم المستشفى في المدينة حيث كان يعالج المصاب إنه توفي.", "وقالت",
     "متحدثة باسم المستشفى"),
    ("haythu-present", "وقال مدير المدرسة حيث يدرس الأطفال إن الدروس ستستأنف.", "وقال", "مدير المدرسة"),
    ("allati", "وقال مسؤول في الشركة التي تدير المصنع إن الإنتاج توقف.", "وقال", "مسؤول في الشركة"),
    ("alladhi", "وقالت الممرضة في القسم الذي يرقد فيه المريض إن حالته مستقرة.", "وقالت", "الممرضة"),
    ("commas-allati", "وقالت الشركة، التي تملك ثلاثة مصانع في البلاد، إن الإنتاج توقف.", "وقالت", "الشركة"),
    ("commas-alladhi-kana", "وقال الوزير، الذي كان يتحدث في مؤتمر صحفي، إن الحكومة مستعدة.", "وقال", "الوزير"),
    ("commas-wallati", "وقالت الوزارة، والتي تشرف على القطاع، إن الأسعار مستقرة.", "وقالت", "الوزارة"),
    ("commas-decimal", "وقالت الهيئة، التي تملك 2.5 بالمئة من رأس المال، إن الصفقة مفيدة.", "وقالت",
     "الهيئة"),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), WHERE, ids=[r[0] for r in WHERE])
def test_relative_clause_inside_the_speaker_phrase(label: str, text: str, cue: str, speaker: str) -> None:
    a = _event(text, cue)
    assert a.speaker is not None and a.speaker.text.startswith(speaker)
    assert a.content is not None and a.content.text


def test_haythu_with_a_verb_of_its_own_is_no_speaker_phrase() -> None:
    # حيث أكد أن: a clause of its own with its own cue; حيث إن: "since"
    assert [a.cue.text for a in extract_attributions("وقال الوزير حيث أكد أن الحكومة مستعدة للحوار.")] == ["أكد"]
    assert not [a for a in extract_attributions("وقال الوزير حيث إن الوضع صعب فإن الحكومة ستتدخل.")
                if a.speaker is not None and "حيث" in a.speaker.text]


def test_participle_subject_without_the_main_clause_object() -> None:
    a = _event("ورفض الوزير الاستقالة، مبررا ذلك بأن الأزمة عابرة.", "مبررا")
    assert _speaker(a) == "الوزير"


# ---------------------------------------------------------------- ب + verbal noun + pronoun: "by his saying"

BY_SAYING: list[Row] = [
    ("biqawlihi-inna", "واكتفى الوزير بقوله إن الأمر قيد الدراسة.", "بقوله", "الوزير"),
    ("biqawliha-colon", 'واكتفت الكاتبة بقولها: "سننجح معا".', "بقولها", "الكاتبة"),
    ("wa-biqawlihim", "واكتفى المنظمون وبقولهم إن الحفل سيقام غدا.", "وبقولهم", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), BY_SAYING, ids=[r[0] for r in BY_SAYING])
def test_by_his_saying(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _event(text, cue)
    assert a.content is not None and a.content.text
    if speaker is not None:
        assert _speaker(a) == speaker

