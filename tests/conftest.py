"""Shared test settings: hypothesis profiles (fast and deterministic in CI)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: The unit suite's count: every property runs, derandomised (the same examples each run), within the suite's
#: time budget. Deeper runs: ``HYPOTHESIS_PROFILE=long`` (the tests that ask for more examples scale with it).
settings.register_profile(
    "ci", max_examples=50, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
