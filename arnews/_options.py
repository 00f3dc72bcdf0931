"""The options of :mod:`arnews.normalize`: one boolean per operation (a module of its own, so the
character work in :mod:`arnews._charmap` reads them without importing the public module back)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

__all__ = ["NormalizeOptions"]


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which normalisations to apply; one boolean field per operation.

    ``keep_shadda`` refines ``diacritics`` (strip the other marks, keep ``ّ``). Build variants
    with :meth:`with_` (or :func:`dataclasses.replace`); :meth:`none` switches everything off.

    >>> from arnews.normalize import SEARCH, normalize
    >>> normalize("مُدَرِّسَة", SEARCH.with_(keep_shadda=True))
    'مدرّسه'
    """

    diacritics: bool = True
    keep_shadda: bool = False
    tatweel: bool = True
    alef: bool = True
    alef_maqsura: bool = True
    teh_marbuta: bool = True
    hamza: bool = True
    digits: bool = True
    punctuation: bool = False
    quotes: bool = True
    controls: bool = True
    presentation: bool = True
    persian: bool = True
    whitespace: bool = True

    def with_(self, **options: bool) -> NormalizeOptions:
        """A copy with the named options changed; unknown names or non-bool values raise ``TypeError``.

        >>> from arnews.normalize import ANALYSIS, normalize
        >>> normalize("«الأسبوع»", ANALYSIS.with_(quotes=True))
        '"الاسبوع"'
        """
        return replace(self, **_checked(options)) if options else self

    @classmethod
    def none(cls, **options: bool) -> NormalizeOptions:
        """Every operation off, except the ones named ``True``.

        >>> from arnews.normalize import normalize
        >>> normalize("أحمد  ـ", NormalizeOptions.none(alef=True))
        'احمد  ـ'
        """
        off = cls(**{f.name: False for f in fields(cls)})
        return off.with_(**options)

    def enabled(self) -> tuple[str, ...]:
        """The names of the options switched on, in field order.

        >>> from arnews.normalize import DISPLAY
        >>> DISPLAY.enabled()
        ('tatweel', 'digits', 'controls', 'presentation', 'persian', 'whitespace')
        """
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


_OPTION_NAMES = frozenset(f.name for f in fields(NormalizeOptions))


def _checked(options: dict[str, Any]) -> dict[str, bool]:
    for name, value in options.items():
        if name not in _OPTION_NAMES:
            raise TypeError(f"unknown normalisation option {name!r}; valid options: {', '.join(sorted(_OPTION_NAMES))}")
        if not isinstance(value, bool):
            raise TypeError(f"normalisation option {name!r} must be bool, not {type(value).__name__}")
    return options
