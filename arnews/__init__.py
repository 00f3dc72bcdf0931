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
from .normalize import NormalizeOptions, normalize, normalize_with_offsets
from .sentences import split_sentences
from .spans import Span

__all__ = [
    "Article",
    "Attribution",
    "DateMention",
    "NormalizeOptions",
    "Span",
    "__version__",
    "extract_attributions",
    "find_dates",
    "normalize",
    "normalize_with_offsets",
    "parse",
    "parse_many",
    "split_sentences",
]
