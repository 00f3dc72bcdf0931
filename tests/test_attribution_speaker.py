"""Speakers and channels: who said it and through which medium (own composed sentences).

Each row: the text, the cue, the expected speaker and the expected channel (``None``: none).
"""

from __future__ import annotations

import pytest

from arnews import extract_attributions, parse
from arnews.attribution import Attribution


def _find(atts: list[Attribution], cue: str) -> Attribution:
    for a in atts:
        if a.cue.text == cue:
            return a
    raise AssertionError(f"no event with cue {cue!r}: {[a.cue.text for a in atts]}")


CHANNELS = [
    # an outlet glued to ل is the channel, never part of the speaker
    ("glued-bbc", "وقال مسؤول أمريكي لبي بي سي إن الوضع صعب.", "وقال", "مسؤول أمريكي", "بي بي سي"),
    ("glued-latin", "وقال مصدر مطلع لـCNN، الأحد، إن البضائع كثيرة.", "وقال", "مصدر مطلع", "CNN"),
    ("glued-sky-arabia", "وقالت الوزيرة لسكاي نيوز عربية إن الأمر محسوم.", "وقالت", "الوزيرة", "سكاي نيوز عربية"),
    ("glued-definite-kind", "وأعلنت المستشارة للتلفزيون الألماني أن الأمر انتهى.", "وأعلنت", "المستشارة",
     "تلفزيون الألماني"),
    ("outlet-with-in-in-name", "وقال المسؤول لشبكة سي إن إن إن الأمر انتهى.", "وقال", "المسؤول",
     "شبكة سي إن إن"),
    ("glued-agency", "فقالت المتحدثة لوكالة الأنباء الألمانية إن الحوار مستمر.", "فقالت", "المتحدثة",
     "وكالة الأنباء الألمانية"),
    ("glued-paper-quoted", "وأكد النائب لصحيفة «المساء» أن القانون سيمر.", "وأكد", "النائب", "صحيفة «المساء»"),
    ("glued-reuters-present", "ويقول التجار لرويترز إن الأسعار ارتفعت.", "ويقول", "التجار", "رويترز"),
    ("no-speaker-glued", "وقال لبي بي سي: \"سنعود قريبا\".", "وقال", None, "بي بي سي"),
    # a platform or site after على / عبر / في
    ("on-platform", "وكتب الوزير على تويتر أن الأمر انتهى.", "وكتب", "الوزير", "تويتر"),
    ("via-platform-kind", "وقال الوزير عبر منصة إكس إن الأمر انتهى.", "وقال", "الوزير", "منصة إكس"),
    ("post-on-account", "وقالت النائبة في منشور على حسابها في فيسبوك إن الأمر انتهى.", "وقالت", "النائبة",
     "فيسبوك"),
    ("own-site", "وقالت الهيئة، على موقعها الإلكتروني، إن الطائرة هبطت.", "وقالت", "الهيئة",
     "موقعها الإلكتروني"),
    ("interview-with-paper", "وقال الوزير في مقابلة مع صحيفة الشرق الأوسط إن الأمر انتهى.", "وقال", "الوزير",
     "صحيفة الشرق الأوسط"),
    ("article-in-paper", "وأوضح الكاتب، في مقال نشرته صحيفة الأيام، أن الاقتصاد تعافى.", "وأوضح", "الكاتب",
     "صحيفة الأيام"),
    ("via-club-site", "وقال المدرب عبر موقع النادي الرسمي على الإنترنت إن الفريق جاهز.", "وقال", "المدرب",
     "موقع النادي الرسمي على الإنترنت"),
    ("statements-published-by-site", "وقال اللاعب في تصريحات نشرها موقع الاتحاد إنه سعيد.", "وقال", "اللاعب",
     "موقع الاتحاد"),
    ("account-on-site", "ونقل حساب الرابطة على موقع تويتر عن رئيسها قوله إن الموسم سيبدأ.", "ونقل", "رئيسها",
     "حساب الرابطة على موقع تويتر"),
    ("not-a-medium", "وأكد بلاغ لوكالة الجمهورية أن التحقيق فتح.", "وأكد", "بلاغ لوكالة الجمهورية", None),
    ("deputy-ministry-is-no-medium", "وتتوقع الأسر ارتفاع الأسعار، وفق وكالة الوزارة لشؤون الزراعة.", "وفق",
     "وكالة الوزارة لشؤون الزراعة", None),
    ("direction-marks-trimmed", "وقالت الوزيرة\u200e لرويترز\u200f إن الوضع جيد.", "وقالت", "الوزيرة", "رويترز"),
    ("quoted-site-name", "أكد مصدر خاص لموقع “وين وين” أن الإصابة بسيطة.", "أكد", "مصدر خاص", "موقع “وين وين”"),
    ("paper-then-coordinated-verb", "وقال الأمير وفقا للترجمة التي نشرتها صحيفة النهار وأعاد نشرها مستشاره، إن "
     "العلاقات جيدة.", "وقال", "الأمير", "صحيفة النهار"),
    ("outlet-with-short-name", "وأضاف في برنامج على هيئة الإذاعة البريطانية (بي.بي.سي) أن القانون ضروري.", "وأضاف",
     None, "هيئة الإذاعة البريطانية (بي.بي.سي)"),
    ("according-to-paper-site", "وخطط الأربعة لهجوم في المدينة، حسب ما كشفته صحيفة \"الأخبار\" على موقعها "
     "الإلكتروني.", "حسب ما كشفته", "صحيفة \"الأخبار\"", "موقعها الإلكتروني"),
    ("according-to-platform", "وقد نفى اللاعب التصريحات، وفقا لما نشره الاتحاد عبر صفحته الرسمية على موقع تويتر.",
     "وفقا لما نشره", "الاتحاد", "موقع تويتر"),
    ("account-on-platform-with-ba", "وكتب الرئيس على حسابه بمنصة إكس: \"الاتفاق قريب\".", "وكتب", "الرئيس",
     "منصة إكس"),
    ("apposition-then-outlet", "ويقول الخبير الاقتصادي، أحمد سعيد، لبي بي سي عربي إن الأسعار سترتفع.", "ويقول",
     "الخبير الاقتصادي، أحمد سعيد", "بي بي سي عربي"),
    ("site-with-ba-is-no-medium", "وقال الضابط أمس بالموقع إن الأضرار محدودة.", "وقال", "الضابط", None),
    # a participle takes the channel of the clause it hangs on
    ("participle-inherits", "وقال الوزير لرويترز إن الأمر انتهى، مضيفا أن الحوار مستمر.", "مضيفا", "الوزير",
     "رويترز"),
    ("participle-feminine-inherits", "وقالت الوزيرة لقناة الحرة إن الأمر انتهى، مشيرة إلى أن الحوار مستمر.",
     "مشيرة", "الوزيرة", "قناة الحرة"),
    # no channel: an audience, an occasion, a place
    ("audience", "وقال الوزير للصحفيين إن الأمر انتهى.", "وقال", "الوزير", None),
    ("occasion", "وقال الوزير في بيان إن الأمر انتهى.", "وقال", "الوزير", None),
    ("press-conference", "وقالت المتحدثة في مؤتمر صحفي إن الأمر انتهى.", "وقالت", "المتحدثة", None),
    ("site-as-place", "وقال الضابط أمس في موقع الحادث إن الأضرار محدودة.", "وقال", "الضابط", None),
    ("platform-as-podium", "وقال اللاعب على منصة التتويج إنه سعيد.", "وقال", "اللاعب", None),
    # an outlet that is itself the subject is the speaker
    ("outlet-as-speaker", "وقالت صحيفة نيويورك تايمز إن الأمر انتهى.", "وقالت", "صحيفة نيويورك تايمز", None),
    ("agency-as-speaker", "وذكرت وكالة رويترز أن الأمر انتهى.", "وذكرت", "وكالة رويترز", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker", "channel"), CHANNELS, ids=[c[0] for c in CHANNELS])
def test_channel(label: str, text: str, cue: str, speaker: str | None, channel: str | None) -> None:
    a = _find(extract_attributions(text), cue)
    assert (a.speaker.text if a.speaker else None) == speaker
    assert (a.channel.text if a.channel else None) == channel


SPEAKERS = [
    # a title chain, its place, then the name (rank or not)
    ("title-place-rank-name", "أوضح المتحدث الرسمي للإدارة العامة للدفاع المدني بالمنطقة الشرقية المقدم خالد العتيبي، "
     "أن الحريق محدود.", "أوضح",
     "المتحدث الرسمي للإدارة العامة للدفاع المدني بالمنطقة الشرقية المقدم خالد العتيبي"),
    ("title-in-place-name", "وقال رئيس اتحاد المزارعين في محافظة الجيزة محمود السيد إن المحصول وفير.", "وقال",
     "رئيس اتحاد المزارعين في محافظة الجيزة محمود السيد"),
    ("title-place-name-feminine", "وأكدت رئيسة جمعية الأمهات بمدينة فاس سعاد بناني أن الحملة نجحت.", "وأكدت",
     "رئيسة جمعية الأمهات بمدينة فاس سعاد بناني"),
    ("title-place-name-then-outlet",
     "وقال رئيس نقابة المزارعين في ولاية كانو محمد بلو لوكالة فرانس برس إن المحصول ضاع.", "وقال",
     "رئيس نقابة المزارعين في ولاية كانو محمد بلو"),
    ("quoted-unit-in-title", 'وأكد قائد "الفرقة 14 مدرعة" العقيد سالم الحربي أن القوات تقدمت.', "وأكد",
     'قائد "الفرقة 14 مدرعة" العقيد سالم الحربي'),
    ("quoted-unit-guillemets", "وقال آمر «الكتيبة الثالثة» المقدم فهد العلي إن الهجوم صُد.", "وقال",
     "آمر «الكتيبة الثالثة» المقدم فهد العلي"),
    ("deputy-for-quoted-party", 'وقال النائب عن "حزب الأمة" سامي الفرا إن القانون سيمر.', "وقال",
     'النائب عن "حزب الأمة" سامي الفرا'),
    # the place is no name: the speaker stops before it
    ("title-then-occasion", "وقال وزير المالية في كلمته أمام البرلمان إن العجز تراجع.", "وقال", "وزير المالية"),
    ("title-then-place-then-content", "وقال الوزير في العاصمة إن العجز تراجع.", "وقال", "الوزير"),
    ("title-place-parenthesis-name", "أعلن المدير التجاري بالشركة الوطنية للنقل البحري (كوماناف) سعيد الناصري، "
     "الخميس، أن الرحلات ستستأنف.", "أعلن",
     "المدير التجاري بالشركة الوطنية للنقل البحري (كوماناف) سعيد الناصري"),
    # a source keeps its origin: بال + a body, به after a participle
    ("officials-at-body", "وقال مسؤولون بالهيئة إنها رصدت نصف مليون درهم للبحث.", "وقال", "مسؤولون بالهيئة"),
    ("trusted-source", "وكشف مصدر موثوق به في الاتحاد أن اللجنة ستعلن قريبا.", "وكشف",
     "مصدر موثوق به في الاتحاد"),
    ("then-fa-qad-ends-source", "وبحسب نائب الوزير سامي العلي فقد بحث الاجتماع سبل الحل.", "وبحسب",
     "نائب الوزير سامي العلي"),
    # speakers by reference
    ("the-latter", "وقال هذا الأخير إن الحكومة أخطأت.", "وقال", "هذا الأخير"),
    ("the-latter-feminine", "وأكدت الأخيرة أن الحكومة أخطأت.", "وأكدت", "الأخيرة"),
    ("the-same-source", "وأضاف المصدر ذاته أن الحكومة أخطأت.", "وأضاف", "المصدر ذاته"),
    ("this-expert", "ويرى هذا الخبير أن الحكومة أخطأت.", "ويرى", "هذا الخبير"),
    ("the-latter-then-object", "وانتقد هذا الأخير القرار، مؤكدا أن الحكومة أخطأت.", "مؤكدا", "هذا الأخير"),
    ("this-week-is-no-speaker", "وقال هذا الأسبوع إن الحكومة أخطأت.", "وقال", None),
    # what follows the speaker is no part of it: an adverb, a source phrase, the verb's object
    ("without-going-into", "وقال مسؤول كبير في الوزارة دون الخوض في التفاصيل إن المفاوضات متعثرة.", "وقال",
     "مسؤول كبير في الوزارة"),
    ("according-to-translation", "وقال ولي العهد وفقا للترجمة التي نشرتها الصحيفة إن العلاقات جيدة.", "وقال",
     "ولي العهد"),
    ("object-accusative", "وشن الرئيس هجوما على المعارضة قائلا إنها فاشلة.", "قائلا", "الرئيس"),
    ("object-accusative-adjective", "فشنت الوزيرة هجوما عنيفا على النقابة، مضيفة أن الإضراب سياسي.", "مضيفة",
     "الوزيرة"),
    ("object-plural", "ووجهت متحدثة باسم الوزارة انتقادات حادة للشركة، قائلة إنها مقصرة.", "قائلة",
     "متحدثة باسم الوزارة"),
    ("name-ending-in-alif-kept", "وقال الرئيس أوباما إن الاتفاق تاريخي.", "وقال", "الرئيس أوباما"),
    # the subject before the verb after إن/أن: the phrase after the verb is its object
    ("svo-after-complementizer", "وقالت الرئاسة إن نائب الرئيس أبلغ الوزير في اتصال هاتفي بأن الدعم مستمر.",
     "أبلغ", "نائب الرئيس"),
    ("vso-at-sentence-start", "وخلال المؤتمر أكد الوزير أن الدعم مستمر.", "أكد", "الوزير"),
    ("stray-lam-before-name", "وذكرت مصادر أنه لعبد الرحيم الشقيق الأصغر للزعيم قال إن العائلة لم تبايع.", "قال",
     "عبد الرحيم الشقيق الأصغر للزعيم"),
    ("name-starting-with-lam", "وأوضحت أن لطيفة قالت إن العائلة لم تبايع.", "قالت", "لطيفة"),
    # quoted names as the whole subject, before or after the verb
    ("quoted-subject-after-verb", "وقالت «الرابطة الدولية»: إن الاختيار جاء تقديرا لجهوده.", "وقالت",
     "الرابطة الدولية"),
    ("quoted-name-in-fronted-subject", "وكانت وكالة \"سبأ\" للأنباء الرسمية قالت، في وقت سابق، إن الطائرة وصلت.",
     "قالت", "وكالة \"سبأ\" للأنباء الرسمية"),
    # a participle hangs on the main clause, not on a report inside its content
    ("participle-skips-nested-report", "وقال مصدر مطلع لرويترز، الأحد، إن البضائع تورد إلى البلاد عن طريق طرف "
     "ثالث، لافتا إلى أن هذه البضائع لا تخضع للرقابة.", "لافتا", "مصدر مطلع"),
    # a speaker after a fronted adverbial between commas
    ("speaker-after-adverbial", "وقال، في مؤتمر صحفي أمس، وزير المالية إن العجز تراجع.", "وقال", "وزير المالية"),
    ("speaker-after-adverbial-present", "ويقول، خلال زيارته للمصنع، المدير العام إن الإنتاج تضاعف.", "ويقول",
     "المدير العام"),
    ("speaker-between-commas", "وأوضح، سامي الحداد، في تصريح لبي بي سي، أن العجن مهم.", "وأوضح", "سامي الحداد"),
    ("aside-is-no-speaker", "وقال، وهو يبكي، إن العجن مهم.", "وقال", None),
    ("participle-aside-is-no-speaker", "وأضاف، مخاطبا الحضور، أن العجن مهم.", "وأضاف", None),
    ("subject-with-among-them", "لكن نوابا ديمقراطيين، بينهم رئيسة اللجنة، أعربوا عن اعتقادهم بأن القرار خاطئ.",
     "أعربوا", "نوابا ديمقراطيين، بينهم رئيسة اللجنة"),
    ("that-then-speaker-after-quote", "«الاقتصاد بخير وسنواصل الإصلاح»، أوضح ذلك رئيس الوزراء في كلمته.", "أوضح",
     "رئيس الوزراء"),
    ("that-then-speaker-participle", "وأكد ذلك رئيس الوزراء، مشيرا إلى أن الإصلاح مستمر.", "مشيرا", "رئيس الوزراء"),
    ("that-man-is-the-speaker", "وقال ذلك الرجل إن القطاع يتعافى.", "وقال", "ذلك الرجل"),
    ("adverbial-no-speaker", "وقال، في مؤتمر صحفي أمس، إن العجز تراجع.", "وقال", None),
    # no speaker: a pronoun, a relative clause's verb, a participle with a reflexive object
    ("pronoun-subject", "وهم يعتقدون أن الحل قريب.", "يعتقدون", None),
    ("pronoun-subject-feminine", "فهي ترى أن الحل قريب.", "ترى", None),
    ("relative-clause-verb", "وأجرت معه الإذاعة مقابلة مساء الأحد أكد فيها أن الأشغال تتقدم.", "أكد", None),
    # initials with dots stay inside the name (and the sentence)
    ("initials-bank", "وقال جي. بي. مورغان إن السوق هادئة.", "وقال", "جي. بي. مورغان"),
    ("initial-then-pronoun-like-name", "وقال المحلل كيه. لي إن السوق هادئة.", "وقال", "المحلل كيه. لي"),
    ("initials-then-occasion", "وقال إتش. آر. ماكماستر في مؤتمر صحفي إن الوضع خطير.", "وقال", "إتش. آر. ماكماستر"),
    ("initials-apposition", "قال الجنرال إتش. آر. ماكماستر، مستشار الأمن القومي، إن الوضع خطير.", "قال",
     "الجنرال إتش. آر. ماكماستر، مستشار الأمن القومي"),
    ("initials-feminine", "وقالت الكاتبة جيه. كيه. رولينغ إن الرواية جاهزة.", "وقالت", "الكاتبة جيه. كيه. رولينغ"),
    ("reflexive-participle", "وكتب معرفا نفسه على حسابه في تويتر \"أنا مواطن عادي\".", "وكتب", None),
]


@pytest.mark.parametrize(("label", "text", "cue", "speaker"), SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speaker(label: str, text: str, cue: str, speaker: str | None) -> None:
    a = _find(extract_attributions(text), cue)
    assert (a.speaker.text if a.speaker else None) == speaker


SOURCES = [
    # (text, the speaker of each event as the text has it, its linked source)
    ("the-latter-links-back", "قال كمال الحداد، المحلل السياسي، إن القمة مهمة. وأكد هذا الأخير أن الصفقة ممكنة.",
     [("كمال الحداد، المحلل السياسي", "كمال الحداد، المحلل السياسي"),
      ("هذا الأخير", "كمال الحداد، المحلل السياسي")]),
    ("the-same-source", "وقال مصدر في الوزارة إن الخطة جاهزة. وأضاف المصدر ذاته أن التنفيذ قريب.",
     [("مصدر في الوزارة", "مصدر في الوزارة"), ("المصدر ذاته", "مصدر في الوزارة")]),
    ("the-latter-feminine", "وقالت الوزيرة سلمى بنعلي إن الخطة جاهزة. وأوضحت الأخيرة أن التنفيذ قريب.",
     [("الوزيرة سلمى بنعلي", "الوزيرة سلمى بنعلي"), ("الأخيرة", "الوزيرة سلمى بنعلي")]),
    ("dropped-subject-links-back", "وقال الخبير سامي زيدان إن الأسعار سترتفع. وأضاف أن الطلب قوي.",
     [("الخبير سامي زيدان", "الخبير سامي زيدان"), (None, "الخبير سامي زيدان")]),
    # a longer mention headed by a document or another source is a different source
    ("report-is-not-the-body", "وقال تقرير الأمم المتحدة الذي صدر أمس إن الجوع يتسع. وقالت الأمم المتحدة إن "
     "المساعدات وصلت.",
     [("تقرير الأمم المتحدة الذي صدر أمس", "تقرير الأمم المتحدة الذي صدر أمس"),
      ("الأمم المتحدة", "الأمم المتحدة")]),
    ("sources-are-not-the-ministry", "وقالت مصادر في وزارة الصحة إن اللقاح وصل. وأكدت وزارة الصحة أن التلقيح يبدأ غدا.",
     [("مصادر في وزارة الصحة", "مصادر في وزارة الصحة"), ("وزارة الصحة", "وزارة الصحة")]),
    ("short-name-links-to-full", "وقال وزير الخارجية أحمد سالم إن المحادثات مستمرة. وأضاف سالم أن الرد قريب.",
     [("وزير الخارجية أحمد سالم", "وزير الخارجية أحمد سالم"), ("سالم", "وزير الخارجية أحمد سالم")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), SOURCES, ids=[c[0] for c in SOURCES])
def test_sources(label: str, text: str, expected: list[tuple[str | None, str | None]]) -> None:
    art = parse(text)
    got = [(a.speaker.text if a.speaker else None, s.text if s else None)
           for a, s in zip(art.attributions, art.sources, strict=True)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "ارتفعت الأسهم أمس. وقال جي. بي. مورغان في تقريره إن السوق هادئة. وأضاف المحلل كيه. لي أن الطلب قوي.",
    "وقال مستشار الأمن القومي إتش. آر. ماكماستر إن الوضع خطير. وأضاف أن الرد قريب.",
])
def test_initials_do_not_cut_sentences(text: str) -> None:
    art = parse(text)
    assert all(not s.text.endswith(("جي.", "بي.", "كيه.", "إتش.", "آر.")) for s in art.sentences)
    assert all(a.content is not None for a in art.attributions) and len(art.attributions) >= 2
