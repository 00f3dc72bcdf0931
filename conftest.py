"""Doctest collection of the package: a module of an optional extra is skipped when the extra is missing."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("spacy") else ["arnews/spacy_component.py"]
