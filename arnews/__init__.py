"""arnews: read Arabic news the way an editor does.

Normalisation with offset maps, sentence splitting, reported speech and dates; every span
returned indexes the caller's original string.

>>> import arnews
>>> [s.text for s in arnews.split_sentences("قال الوزير. وأضاف.")]
['قال الوزير.', 'وأضاف.']

The public names load their module on first use, so ``import arnews`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

# Eager: light, and the submodule named ``normalize`` must never shadow the function of that name.
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
from .spans import Span

if TYPE_CHECKING:
    from .article import Article, parse
    from .attribution import Attribution, extract_attributions
    from .batch import BatchError, WorkerDied, parse_many
    from .dates import DateMention, find_dates, resolve_date
    from .frames import to_frame
    from .markup import HtmlText, clean_html
    from .sentences import split_sentences

#: The names loaded on first use, by module (they pull in the heavier pattern tables).
_HOME = {
    "article": ["Article", "parse"],
    "attribution": ["Attribution", "extract_attributions"],
    "batch": ["BatchError", "WorkerDied", "parse_many"],
    "dates": ["DateMention", "find_dates", "resolve_date"],
    "frames": ["to_frame"],
    "markup": ["HtmlText", "clean_html"],
    "sentences": ["split_sentences"],
}
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}

__all__ = [
    "DISPLAY",
    "SEARCH",
    "Article",
    "Attribution",
    "BatchError",
    "DateMention",
    "HtmlText",
    "NormalizeOptions",
    "Span",
    "WorkerDied",
    "__version__",
    "clean_html",
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
    "resolve_date",
    "split_sentences",
    "strip_diacritics",
    "strip_tatweel",
    "to_frame",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'arnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
