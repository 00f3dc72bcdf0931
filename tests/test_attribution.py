"""Reported speech: one table of cases per pattern, negative cases, properties and a composed article.

Every sentence here is composed for these tests.
"""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.attribution import Attribution, extract_attributions, extract_view
from arnews.normalize import analysis_view

# label, text, cue, verb, speaker, content, kind, channel
CASES: list[tuple[str, str, str, str, str | None, str, str, str | None]] = [
    # ---- verb first, subject after it
    ("vs-indirect-inna", "وقال وزير المالية إن الحكومة ستخفض الضرائب العام المقبل.",
     "وقال", "قال", "وزير المالية", "الحكومة ستخفض الضرائب العام المقبل", "indirect", None),
    ("vs-present-plural", "ويرى خبراء اقتصاديون أن التضخم سيتراجع.",
     "ويرى", "رأى", "خبراء اقتصاديون", "التضخم سيتراجع", "indirect", None),
    ("vs-prep-ila", "وأشار التقرير إلى أن البطالة ارتفعت.",
     "وأشار", "أشار", "التقرير", "البطالة ارتفعت", "indirect", None),
    ("vs-finding-ila", "وخلص الباحثون إلى أن الدواء فعال.",
     "وخلص", "خلص", "الباحثون", "الدواء فعال", "indirect", None),
    ("vs-bi-anna-demand", "وطالبت النقابة بأن تتم مراجعة الأجور.",
     "وطالبت", "طالب", "النقابة", "تتم مراجعة الأجور", "indirect", None),
    ("vs-apposition-commas", "وقال المحلل سامي يوسف، أستاذ العلوم السياسية، إن الانتخابات ستجرى في موعدها.",
     "وقال", "قال", "المحلل سامي يوسف، أستاذ العلوم السياسية", "الانتخابات ستجرى في موعدها", "indirect", None),
    ("vs-genitive-l", "وأكد الأمين العام لاتحاد الكتاب أن الجائزة ستمنح في الربيع.",
     "وأكد", "أكد", "الأمين العام لاتحاد الكتاب", "الجائزة ستمنح في الربيع", "indirect", None),
    ("vs-adjunct-time", "وأوضح الوزير، اليوم الأحد، أن المشروع سينطلق قريبا.",
     "وأوضح", "أوضح", "الوزير", "المشروع سينطلق قريبا", "indirect", None),
    ("vs-adjunct-prep", "وأضاف الوزير في مؤتمر صحفي أن الميزانية جاهزة.",
     "وأضاف", "أضاف", "الوزير", "الميزانية جاهزة", "indirect", None),
    ("vs-relative-clause", "وأكد المهندس الذي أشرف على المشروع أن البناء متين.",
     "وأكد", "أكد", "المهندس الذي أشرف على المشروع", "البناء متين", "indirect", None),
    # ---- subject first
    ("sv-noun-first", "الوزيرة قالت إن المفاوضات تسير بشكل جيد.",
     "قالت", "قال", "الوزيرة", "المفاوضات تسير بشكل جيد", "indirect", None),
    ("sv-amma-fa", "أما المزارع سعيد فقال إن الموسم كان جيدا.",
     "فقال", "قال", "المزارع سعيد", "الموسم كان جيدا", "indirect", None),
    # ---- dropped subject and first person
    ("first-person-past-with-addressee", "وقد قلت لك إن الأمر محسوم.",
     "قلت", "قال", None, "الأمر محسوم", "indirect", None),
    ("dropped-subject", "وأضافت أن التحقيق مستمر.",
     "وأضافت", "أضاف", None, "التحقيق مستمر", "indirect", None),
    ("first-person", "لكن أعتقد أن الحل قريب.",
     "أعتقد", "اعتقد", None, "الحل قريب", "indirect", None),
    ("passive-impersonal", "ويعتقد أن السفينة غرقت قرب الساحل.",
     "ويعتقد", "اعتقد", None, "السفينة غرقت قرب الساحل", "indirect", None),
    # ---- direct speech
    ("direct-colon-quote", "وقال رئيس البلدية: “سنفتح الطريق غدا. لقد انتهت الأشغال”.",
     "وقال", "قال", "رئيس البلدية", "سنفتح الطريق غدا. لقد انتهت الأشغال", "direct", None),
    ("direct-guillemets", "وقالت المديرة «المدرسة ستفتح أبوابها في الموعد».",
     "وقالت", "قال", "المديرة", "المدرسة ستفتح أبوابها في الموعد", "direct", None),
    ("direct-straight-quotes", 'وتابع المدرب "سنلعب من أجل الفوز فقط".',
     "وتابع", "تابع", "المدرب", "سنلعب من أجل الفوز فقط", "direct", None),
    ("direct-speaker-after-quote", "“لن نتراجع عن قرارنا”، قال رئيس النقابة.",
     "قال", "قال", "رئيس النقابة", "لن نتراجع عن قرارنا", "direct", None),
    ("direct-interrupted-by-cue", "“الوضع خطير”، قال الوزير، “ولا بد من التحرك فورا”.",
     "قال", "قال", "الوزير", "الوضع خطير”، قال الوزير، “ولا بد من التحرك فورا", "direct", None),
    ("parenthetical-cue", "وبخصوص الحدود، يضيف وزير الداخلية، فإن الإجراءات ستشدد خلال الصيف.",
     "يضيف", "أضاف", "وزير الداخلية", "وبخصوص الحدود، يضيف وزير الداخلية، فإن الإجراءات ستشدد خلال الصيف",
     "indirect", None),
    ("direct-colon-unquoted", "وكتب أحد المتابعين على فيسبوك: الحل في الحوار.",
     "وكتب", "كتب", "أحد المتابعين", "الحل في الحوار", "direct", "فيسبوك"),
    ("direct-participle-qailan", "واستطرد قائلا: “علينا أن نتحد”.",
     "واستطرد", "استطرد", None, "علينا أن نتحد", "direct", None),
    ("direct-bil-qawl", "وردت اللجنة بالقول إن الملف مكتمل.",
     "بالقول", "قال", "اللجنة", "الملف مكتمل", "indirect", None),
    ("direct-first-person-unquoted", "ويقول أحب الرسم منذ طفولتي.",
     "ويقول", "قال", None, "أحب الرسم منذ طفولتي", "direct", None),
    ("colon-then-inna", "ويقول مسؤولون محليون: إن المياه عادت إلى الأحياء.",
     "ويقول", "قال", "مسؤولون محليون", "المياه عادت إلى الأحياء", "indirect", None),
    # ---- mixed
    ("mixed-quoted-words", "وأوضح المدير أن الشركة حققت “أرباحا قياسية” هذا العام.",
     "وأوضح", "أوضح", "المدير", "الشركة حققت “أرباحا قياسية” هذا العام", "mixed", None),
    ("indirect-scare-quote", "وأكد الناطق أن “الحوار” مستمر مع الجميع.",
     "وأكد", "أكد", "الناطق", "“الحوار” مستمر مع الجميع", "indirect", None),
    ("quoted-name-after-naming-noun", 'وأعلن الحزب أن حملته تحمل شعار "معا نبني الوطن" هذا العام.',
     "وأعلن", "أعلن", "الحزب", 'حملته تحمل شعار "معا نبني الوطن" هذا العام', "indirect", None),
    # ---- channels
    ("channel-naqala-an", "ونقلت صحيفة الشروق عن مصدر حكومي قوله إن الاجتماع تأجل.",
     "ونقلت", "نقل", "مصدر حكومي", "الاجتماع تأجل", "indirect", "صحيفة الشروق"),
    ("channel-addressee", "وأكد المتحدث باسم الوزارة خالد الرميثي لقناة الجزيرة أن الحدود مفتوحة.",
     "وأكد", "أكد", "المتحدث باسم الوزارة خالد الرميثي", "الحدود مفتوحة", "indirect", "قناة الجزيرة"),
    ("channel-quoted-outlet", 'وقالت مصادر مطلعة لـ"الصباح الجديد" إن الوفد وصل.',
     "وقالت", "قال", "مصادر مطلعة", "الوفد وصل", "indirect", "الصباح الجديد"),
    ("channel-questions-of", "وقال الوزير ردا على أسئلة وكالة الأنباء الألمانية إن الحدود مفتوحة.",
     "وقال", "قال", "الوزير", "الحدود مفتوحة", "indirect", "وكالة الأنباء الألمانية"),
    ("channel-interview-with", "وأكد المدرب في مقابلة مع قناة الرياضية أن الفريق جاهز.",
     "وأكد", "أكد", "المدرب", "الفريق جاهز", "indirect", "قناة الرياضية"),
    ("hope-clause", "وأعرب الوزير عن أمله في أن تنتهي الأزمة قريبا.",
     "وأعرب", "أعرب", "الوزير", "تنتهي الأزمة قريبا", "indirect", None),
    ("channel-parenthesis", "وقال ل (الشروق) إن الفريق جاهز.",
     "وقال", "قال", None, "الفريق جاهز", "indirect", "الشروق"),
    # ---- according to
    ("according-head", "وبحسب وزارة الصحة، فإن عدد الإصابات تراجع.",
     "وبحسب", "بحسب", "وزارة الصحة", "عدد الإصابات تراجع", "according_to", None),
    ("according-tail", "وتراجعت الأسعار في الأسواق، حسب تقرير البنك المركزي.",
     "حسب", "حسب", "تقرير البنك المركزي", "وتراجعت الأسعار في الأسواق", "according_to", None),
    ("according-wifqan-li", "ووفقا لمصادر أمنية، فإن الحادث وقع ليلا.",
     "ووفقا ل", "وفقا", "مصادر أمنية", "الحادث وقع ليلا", "according_to", None),
    ("according-head-fa-inna-later", "ووفقا لتقارير المنظمة بنسبة 20 في المئة، فإن النمو تراجع.",
     "ووفقا ل", "وفقا", "تقارير المنظمة", "النمو تراجع", "according_to", None),
    ("according-wifqan-name", "ووفقا لبريمر، فإن الانتخابات ستجرى.",
     "ووفقا ل", "وفقا", "بريمر", "الانتخابات ستجرى", "according_to", None),
    ("according-qawluhu", "المستشفى القديم لم يعد صالحا حسب قوله.",
     "حسب", "حسب", None, "المستشفى القديم لم يعد صالحا", "according_to", None),
    ("according-bilnisba", "وبالنسبة لسمير المحلل الاقتصادي، فإن السوق ستتعافى.",
     "وبالنسبة ل", "بالنسبة ل", "سمير المحلل الاقتصادي", "السوق ستتعافى", "according_to", None),
    ("according-hasab-ma-verb", "وحسب ما أفادت به مصادر محلية، فإن الحريق اندلع ليلا.",
     "وحسب ما أفادت", "حسب", "مصادر محلية", "الحريق اندلع ليلا", "according_to", None),
    ("according-wifq-ma-tail", "الفريق فاز، وفق ما أعلنته الجامعة.",
     "وفق ما أعلنته", "وفقا", "الجامعة", "الفريق فاز", "according_to", None),
    ("according-wifq-noun", "ووفق تقرير للمنظمة، فإن المخزون نفد.",
     "ووفق", "وفقا", "تقرير للمنظمة", "المخزون نفد", "according_to", None),
    ("according-wifq-bare-clause", "وفق شهود عيان، انهار المبنى بعد منتصف الليل.",
     "وفق", "وفقا", "شهود عيان", "انهار المبنى بعد منتصف الليل", "according_to", None),
    ("speaker-issued-by", "وقال بلاغ صادر عن النقابة إن الإضراب مستمر.",
     "وقال", "قال", "بلاغ صادر عن النقابة", "الإضراب مستمر", "indirect", None),
    ("speaker-close-to", "وأكد مصدر مقرب من الرئاسة أن الزيارة ألغيت.",
     "وأكد", "أكد", "مصدر مقرب من الرئاسة", "الزيارة ألغيت", "indirect", None),
    ("speaker-informed-of-definite", "وذكرت المصادر المطلعة على المحادثات أن الخلاف قائم.",
     "وذكرت", "ذكر", "المصادر المطلعة على المحادثات", "الخلاف قائم", "indirect", None),
    ("narrator-wahuwa-ma-ends-content", "وتقول المعارضة إن الانتخابات زورت، وهو ما تنفيه الحكومة.",
     "وتقول", "قال", "المعارضة", "الانتخابات زورت", "indirect", None),
    ("wahuwa-ma-inside-content", "وقال البيان إن الأسعار ارتفعت، وهو ما دفع الوزارة إلى التدخل.",
     "وقال", "قال", "البيان", "الأسعار ارتفعت، وهو ما دفع الوزارة إلى التدخل", "indirect", None),
    ("speaker-starting-with-lam", "وقالت لجنة الإشراف إن التصويت انتهى.",
     "وقالت", "قال", "لجنة الإشراف", "التصويت انتهى", "indirect", None),
    ("speaker-name-starting-with-lam", "وأكدت لمياء حسن أن الجمعية ستواصل عملها.",
     "وأكدت", "أكد", "لمياء حسن", "الجمعية ستواصل عملها", "indirect", None),
    ("place-after-fi-is-no-addressee", "وقالت الشركة في لشبونة إن المصنع أغلق.",
     "وقالت", "قال", "الشركة", "المصنع أغلق", "indirect", None),
    ("source-with-adjective-keeps-origin", "وقال دبلوماسي غربي في العاصمة إن الاتصالات مستمرة.",
     "وقال", "قال", "دبلوماسي غربي في العاصمة", "الاتصالات مستمرة", "indirect", None),
    ("occasion-after-fi-ends-speaker", "وقال المتحدث في مؤتمر صحفي إن الموعد لم يتغير.",
     "وقال", "قال", "المتحدث", "الموعد لم يتغير", "indirect", None),
    ("aside-wa-hiya", "وقالت، وهي تمسح دموعها، إن زوجها اعتقل.",
     "وقالت", "قال", None, "زوجها اعتقل", "indirect", None),
    ("aside-participle-with-cue-inside", "وقال ضابط في الجيش، طالبا عدم ذكر اسمه، إن الوحدة انسحبت.",
     "وقال", "قال", "ضابط في الجيش", "الوحدة انسحبت", "indirect", None),
    ("aside-after-name", "ويقول سامر (40 عاما)، وهو سائق أجرة، إن الوقود نفد.",
     "ويقول", "قال", "سامر (40 عاما)", "الوقود نفد", "indirect", None),
    ("participle-is-no-speaker", 'وأضاف مخاطبا الطلاب: "المستقبل لكم".',
     "وأضاف", "أضاف", None, "المستقبل لكم", "direct", None),
    ("kull-min", "وأكد كل من الوزيرين أن التعاون سيتعزز.",
     "وأكد", "أكد", "كل من الوزيرين", "التعاون سيتعزز", "indirect", None),
    ("ala-lisan-inside-zone", "وأعلنت النقابة، على لسان أمينها العام، أن الإضراب علق.",
     "وأعلنت", "أعلن", "النقابة", "الإضراب علق", "indirect", None),
    ("emphatic-inna-opens-direct-quote", 'وختم بالقول "إننا لن نتخلى عن أرضنا".',
     "وختم", "ختم", None, "إننا لن نتخلى عن أرضنا", "direct", None),
    ("ala-hadd-tabir-noun", "السوق تتعافى، على حد تعبير المحافظ.",
     "على حد تعبير", "على حد قوله", "المحافظ", "السوق تتعافى", "according_to", None),
    ("kama-qala-closing", "المخزون يكفي لشهرين، كما قال مدير الميناء.",
     "قال", "قال", "مدير الميناء", "المخزون يكفي لشهرين", "according_to", None),
    ("kama-qala-fa-inna", "وكما يقول المزارعون، فإن الموسم كان صعبا.",
     "يقول", "قال", "المزارعون", "الموسم كان صعبا", "according_to", None),
    ("short-quote-ending-clause", 'وأضاف "سنبقى هنا".',
     "وأضاف", "أضاف", None, "سنبقى هنا", "direct", None),
    ("short-quote-after-speaker", 'وقال الحارس "ممنوع الدخول".',
     "وقال", "قال", "الحارس", "ممنوع الدخول", "direct", None),
    ("object-after-definite-subject", "وأبلغ المدرب اللاعبين أن التدريب ألغي.",
     "وأبلغ", "أبلغ", "المدرب", "التدريب ألغي", "indirect", None),
    ("noun-after-preposition-is-no-speaker", "وشدد على ضرورة أن تحترم الهدنة.",
     "وشدد", "شدد", None, "تحترم الهدنة", "indirect", None),
    ("glued-preposition-noun-is-no-speaker", "وطالب بضرورة أن يفرج عن المعتقلين.",
     "وطالب", "طالب", None, "يفرج عن المعتقلين", "indirect", None),
    ("name-starting-with-ba", "واعترف بوريس بأن الخطة فشلت.",
     "واعترف", "اعترف", "بوريس", "الخطة فشلت", "indirect", None),
    ("unquoted-speech-after-speaker-we", "وقال أحد المحتجين نحن هنا حتى تتحقق مطالبنا.",
     "وقال", "قال", "أحد المحتجين", "نحن هنا حتى تتحقق مطالبنا", "direct", None),
    ("unquoted-speech-after-speaker-negation", "وأضاف المسعف لا نستطيع الوصول إلى الجرحى.",
     "وأضاف", "أضاف", "المسعف", "لا نستطيع الوصول إلى الجرحى", "direct", None),
    ("fronted-occasion-channel", 'وفي تصريح لـ"المساء"، قال المدير إن الفحص مجاني.',
     "قال", "قال", "المدير", "الفحص مجاني", "indirect", "المساء"),
    ("fronted-interview-channel", "وفي مقابلة لقناة محلية، أكد المدرب أن الفريق جاهز.",
     "أكد", "أكد", "المدرب", "الفريق جاهز", "indirect", "قناة محلية"),
    ("definite-source-noun-keeps-field", "ويرى الخبير في الشؤون المالية سامي نور أن الدين سيرتفع.",
     "ويرى", "رأى", "الخبير في الشؤون المالية سامي نور", "الدين سيرتفع", "indirect", None),
    ("occasion-with-pronoun-ends-speaker", "وقال الطبيب في مقابلته مع الإذاعة إن الوباء انحسر.",
     "وقال", "قال", "الطبيب", "الوباء انحسر", "indirect", "الإذاعة"),
    ("name-ali-with-age", "ويقول الصياد علي (60 عاما) إن السمك قل.",
     "ويقول", "قال", "الصياد علي (60 عاما)", "السمك قل", "indirect", None),
    ("name-ali-where-ala-has-alef-maqsura", "وقال الوزير على هامش القمة، وقال النائب علي حسن إن الجلسة رفعت.",
     "وقال", "قال", "النائب علي حسن", "الجلسة رفعت", "indirect", None),
    ("indefinite-source-with-adjective-and-clause", "وأشارت أرقام رسمية نشرت أمس إلى أن البطالة تراجعت.",
     "وأشارت", "أشار", "أرقام رسمية نشرت أمس", "البطالة تراجعت", "indirect", None),
    ("received-copy-is-no-cue", "وأوضح بلاغ للوزارة، توصلت الجريدة بنسخة منه، أن الامتحانات ستجرى في موعدها.",
     "وأوضح", "أوضح", "بلاغ للوزارة", "الامتحانات ستجرى في موعدها", "indirect", "الجريدة"),
    ("quoted-title-after-naming-noun", 'وجاء في وثيقة "المنهاج السياسي للحركة" أن الحوار مرفوض.',
     "وجاء في", "جاء في", 'وثيقة "المنهاج السياسي للحركة"', "الحوار مرفوض", "indirect", None),
    ("relative-clause-verb-no-subject", "وهي اللغة التي يعتقد أن لها تاريخا مختلفا.",
     "يعتقد", "اعتقد", None, "لها تاريخا مختلفا", "indirect", None),
    ("frame-jaa-fi", "وجاء في بيان الوزارة: “نعمل على حل الأزمة”.",
     "وجاء في", "جاء في", "بيان الوزارة", "نعمل على حل الأزمة", "direct", None),
    # ---- participles
    ("participle-inherits", "وقالت الشرطة إن المشتبه به اعتقل، مضيفة أنه سيمثل أمام القضاء.",
     "مضيفة", "أضاف", "الشرطة", "سيمثل أمام القضاء", "indirect", None),
    ("participle-main-clause-subject", "واستقبل الرئيس الوفد الزائر، مؤكدا أن العلاقات متينة.",
     "مؤكدا", "أكد", "الرئيس",  # (الوفد الزائر: the object)
     "العلاقات متينة", "indirect", None),
    ("participle-prep", "وقال المدرب إن الفريق جاهز، لافتا إلى أن اللاعبين بخير.",
     "لافتا", "لفت", "المدرب", "اللاعبين بخير", "indirect", None),
    ("participle-nominal-topic", "الفنانة عزيزة جلال، أعلنت اعتزالها، مؤكدة أن الأسرة أولا.",
     "مؤكدة", "أكد", "الفنانة عزيزة جلال", "الأسرة أولا", "indirect", None),
    ("subordinate-takes-main-subject", "الممثلة الشابة لم تخف غضبها، حين قالت إن الدور سرق منها.",
     "قالت", "قال", "الممثلة الشابة", "الدور سرق منها", "indirect", None),
    ("content-ends-at-circumstantial", "وأكد الوزير أن الطريق جاهزة، معربا عن أمله في افتتاحها قريبا.",
     "وأكد", "أكد", "الوزير", "الطريق جاهزة", "indirect", None),
    ("nested-straight-quotes", 'وقال المدير إن "الشركة ستطلق "خطها الجديد" قريبا".',
     "وقال", "قال", "المدير", 'الشركة ستطلق "خطها الجديد" قريبا', "mixed", None),
    ("participle-subject-not-its-object", "وعرضت الشركة خطتها، مؤكدة أن الأرباح ستتضاعف.",
     "مؤكدة", "أكد", "الشركة", "الأرباح ستتضاعف", "indirect", None),
    ("li-present-inherits", "وعرضت الممثلة صورها القديمة، لتوضح أن الماضي لا يعود.",
     "لتوضح", "أوضح", "الممثلة", "الماضي لا يعود", "indirect", None),
]


def _find(atts: list[Attribution], cue: str) -> Attribution:
    for a in atts:
        if a.cue.text == cue:
            return a
    raise AssertionError(f"cue {cue!r} not found in {[a.cue.text for a in atts]}")


@pytest.mark.parametrize(("label", "text", "cue", "verb", "speaker", "content", "kind", "channel"), CASES,
                         ids=[c[0] for c in CASES])
def test_pattern(label: str, text: str, cue: str, verb: str, speaker: str | None, content: str, kind: str,
                 channel: str | None) -> None:
    a = _find(extract_attributions(text), cue)
    assert a.verb == verb
    assert (a.speaker.text if a.speaker else None) == speaker
    assert a.content is not None and a.content.text == content
    assert a.kind == kind
    assert (a.channel.text if a.channel else None) == channel


# label, text: no reporting event at all
NEGATIVE = [
    ("noun-object-deny", "ونفى الوزير تدخله في القضية."),
    ("noun-object-warn", "وحذرت المنظمة من صفقة أسلحة جديدة."),
    ("editorial-yudhkar", "يذكر أن المهرجان انطلق قبل عشر سنوات."),
    ("editorial-jadir", "الجدير بالذكر أن المهرجان انطلق قبل عشر سنوات."),
    ("qala-inside-words", "نشر الكاتب مقالا عن الأقوال المأثورة والمقالات القديمة."),
    ("masdar-after-preposition", "واستمر الموقع في نشر الأخبار رغم أن الإدارة اعترضت."),
    ("announce-noun-object", "وأعلنت الفنانة اعتزالها الغناء بعد عشرين عاما."),
    ("according-to-a-rule", "ويتم التسجيل وفقا للقانون الجديد."),
    ("masdar-after-adam", "وطلب المصدر عدم ذكر اسمه لأنه غير مخول بالحديث."),
    ("kama-also-with-own-content-elsewhere", "وسافر الوزير إلى باريس، كما زار لندن."),
    ("short-quoted-name-late-in-clause", 'ونفى المدير نفيا قاطعا فتح أي حساب على موقع "تويتر".'),
    ("third-person-negation-is-no-speech", "وغادر الوزير لم يتحدث إلى أحد."),
    ("wifq-a-plan", "وتسير الأشغال وفق الخطة المرسومة."),
    ("waffaqa-verb", "وقد وفق المدرب في اختيار اللاعبين."),
    ("wifqan-li-a-measure", "ووفقا لقيود صارمة وسوف يضغط على الشركات."),
    ("bilnisba-without-fa-inna", "وهذا مهم بالنسبة للطلاب في المدينة."),
    ("adverb-mujaddadan", "وعاد اللاعب مجددا إلى الملعب."),
    ("quoted-name-only", 'ونشر الموقع صورة على صفحة "فيسبوك" الرسمية.'),
    ("temporal-before-an", "وغادر الوزير القاعة قبل أن ينتهي الاجتماع."),
    ("abra-via-the-phone", "وتحدث الوزير عبر الهاتف مع نظيره بعد أن انتهى الاجتماع."),
    ("bil-qawl-negated", "اهتمامنا فعلي وليس بالقول فقط."),
    ("abra-as-preposition", "ونقلت البضائع عبر الحدود بعد أن فتحت المعابر."),
]


@pytest.mark.parametrize(("label", "text"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_not_an_event(label: str, text: str) -> None:
    assert extract_attributions(text) == []


def test_nested_report_inside_quote() -> None:
    text = "وقال بيان للجيش: “يعتقد القادة الميدانيون أن القصف توقف”."
    atts = extract_attributions(text)
    assert [a.cue.text for a in atts] == ["وقال", "يعتقد"]
    outer, inner = atts
    assert outer.kind == "direct" and outer.speaker is not None and outer.speaker.text == "بيان للجيش"
    assert inner.speaker is not None and inner.speaker.text == "القادة الميدانيون"
    assert inner.content is not None and inner.content.text == "القصف توقف"


def test_cue_opening_a_quotation_is_no_speaker_after_quote() -> None:
    text = 'وقال المدير إن "الشركة تنفي أي تقصير في الملف".'
    assert [a.cue.text for a in extract_attributions(text)] == ["وقال"]


def test_content_stops_at_next_clause_cue() -> None:
    text = "وأكد الوزير أن الطريق سالكة، فيما يعتقد مراقبون أن الأمطار ستعود."
    first, second = extract_attributions(text)
    assert first.content is not None and first.content.text == "الطريق سالكة"
    assert second.speaker is not None and second.speaker.text == "مراقبون"


def test_coordinated_cue_ends_content_without_punctuation() -> None:
    text = "وقال الفنان انه يرسم كل يوم واضاف ان المعرض سيفتتح قريبا"
    first, second = extract_attributions(text)
    assert first.content is not None and first.content.text == "يرسم كل يوم"
    assert second.content is not None and second.content.text == "المعرض سيفتتح قريبا"


def test_multi_sentence_quote() -> None:
    text = "وقالت الرئيسة: «الوضع صعب. لكننا سنتجاوزه. ولن نستسلم». ثم غادرت القاعة."
    (a,) = extract_attributions(text)
    assert a.content is not None and a.content.text == "الوضع صعب. لكننا سنتجاوزه. ولن نستسلم"


def test_diacritics_and_tatweel_in_cue() -> None:
    text = "وقَـــالَ الوزيرُ إنّ الاتفاقَ نهائيٌّ."
    (a,) = extract_attributions(text)
    assert a.verb == "قال"
    assert a.cue.text == text[a.cue.start:a.cue.end]
    assert a.content is not None and a.content.text.startswith("الاتفاقَ")


def test_results_sorted_by_cue() -> None:
    text = "“سنعود”، قال القائد. وأضاف أن الجنود بخير، مؤكدا أن الإمدادات وصلت."
    atts = extract_attributions(text)
    assert [a.cue.start for a in atts] == sorted(a.cue.start for a in atts)
    assert len(atts) == 3


def test_user_lexicon_adds_a_cue() -> None:
    text = "وغرد الوزير بأن الامتحانات ستجرى في موعدها."
    assert extract_attributions(text) == []
    extra = {"غرد": {"class": "announce", "past": "غرد", "present": "غرد", "participle": "مغرد"}}
    (a,) = extract_attributions(text, lexicon=extra)
    assert a.verb == "غرد" and a.speaker is not None and a.speaker.text == "الوزير"


def test_user_lexicon_as_tsv_text() -> None:
    tsv = "lemma\tclass\tpast\tpresent\nلمح\texplain\tلمح\tلمح\n"
    (a,) = extract_attributions("ولمح المدرب إلى أن التشكيلة ستتغير.", lexicon=tsv)
    assert a.verb == "لمح"


def test_to_dict_is_json_ready() -> None:
    (a,) = extract_attributions("وقال المدير إن العمل مستمر.")
    d = a.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert set(d) == {"cue", "verb", "speaker", "content", "kind", "channel", "meaning", "source_type", "said_at"}


def test_extract_view_matches_extract_attributions() -> None:
    text = "وقال المدير إن العمل مستمر."
    assert extract_view(analysis_view(text)) == extract_attributions(text)


@pytest.mark.parametrize("bad", [None, 12, b"\xd9\x82\xd8\xa7\xd9\x84", ["قال"]])
def test_type_error_on_non_str(bad: object) -> None:
    with pytest.raises(TypeError):
        extract_attributions(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "قال", "“", "قال:", "وقال إن", "بحسب", "حسب قوله", "«»"])
def test_edge_inputs(text: str) -> None:
    for a in extract_attributions(text):
        for sp in (a.cue, a.speaker, a.content, a.channel):
            if sp is not None:
                assert sp.text == text[sp.start:sp.end]


_PIECES = ["وقال", "الوزير", "إن", "أن", "“", "”", "«", "»", '"', "،", ":", ".", "\n", "مضيفا", "بحسب", "حسب قوله",
           "نقلت", "عن", "قوله", "لوكالة", "(", ")", "يذكر", "قائلا", "بالقول", "وفقا لـ", "ـ", "\u064e", "\ud800"]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=40).map(" ".join))
def test_property_spans_are_original_slices(text: str) -> None:
    for a in extract_attributions(text):
        for sp in (a.cue, a.speaker, a.content, a.channel):
            if sp is not None:
                assert 0 <= sp.start <= sp.end <= len(text)
                assert sp.text == text[sp.start:sp.end]
        assert a.kind in ("direct", "indirect", "mixed", "according_to")


@given(st.text(max_size=300))
def test_property_no_exception_on_any_text(text: str) -> None:
    extract_attributions(text)


HOSTILE = {
    "cues-without-punctuation": "وقال الوزير " * 3000,
    "open-parentheses": "قال ( " * 3000,
    "straight-quotes": 'قال "ا ' * 3000,
    "lines-ending-with-cue": "وقال لها\n" * 3000,
    "complementizers": "وقال أن " * 3000,
    "curly-opens": "“" * 10000 + "قال",
}


@pytest.mark.slow  # scale: a large input, run with the integration step (`pytest -m slow`)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_stay_bounded(name: str) -> None:
    text = HOSTILE[name]
    atts = extract_attributions(text)  # (its time: bench/bench_scaling.py; the slow step checks linearity)
    for a in atts:
        assert a.cue.text == text[a.cue.start:a.cue.end]
        if a.content is not None:
            assert len(a.content.text) <= 4000


@pytest.mark.slow  # scale: a large input, run with the integration step (`pytest -m slow`)
def test_a_sentence_of_megabyte_length_is_read_in_stretches(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "sentence" longer than ``_SENT_MAX`` is cut after commas: the same events, spans still slices."""
    attribution = sys.modules["arnews.attribution"]
    text = "وقال الوزير إن الوضع مستقر، " * 1600
    assert len(text) > 2 * attribution._SENT_MAX
    cut = extract_attributions(text)
    monkeypatch.setattr(attribution, "_SENT_MAX", 10**9)
    assert cut == extract_attributions(text)
    assert len(cut) == 1600 and all(text[a.cue.start:a.cue.end] == a.cue.text for a in cut)


@pytest.mark.parametrize(
    "n", [30_000, pytest.param(100_000, marks=pytest.mark.slow), pytest.param(200_000, marks=pytest.mark.slow)]
)  # the longer runs are scale: run with the integration step
def test_a_long_run_of_quote_marks_is_cut_between_marks(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a long sentence has no comma, the cut falls between two marks, not inside the one report."""
    attribution = sys.modules["arnews.attribution"]
    half = n // 2
    text = "«" * half + "قال الوزير إن الاتفاق تم" + "»" * half
    cut = extract_attributions(text)
    monkeypatch.setattr(attribution, "_SENT_MAX", 10**9)
    assert cut == extract_attributions(text)
    assert [a.cue.text for a in cut] == ["قال"]
