"""arnews: read Arabic news the way an editor does.

Normalisation with offset maps, sentence splitting, reported speech and dates; every span
returned indexes the caller's original string.

>>> import arnews
>>> [s.text for s in arnews.split_sentences("قال الوزير. وأضاف.")]
['قال الوزير.', 'وأضاف.']
"""

from ._version import __version__
from .article import Article, parse
from .attribution import Attribution, extract_attributions
from .batch import parse_many
from .dates import DateMention, find_dates
from .normalize import (
    DISPLAY,
    SEARCH,
    NormalizeOptions,
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
)
from .sentences import split_sentences
from .spans import Span

__all__ = [
    "DISPLAY",
    "SEARCH",
    "Article",
    "Attribution",
    "DateMention",
    "NormalizeOptions",
    "Span",
    "__version__",
    "explain",
    "extract_attributions",
    "find_dates",
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
    "parse",
    "parse_many",
    "remove_controls",
    "split_sentences",
    "strip_diacritics",
    "strip_tatweel",
]
