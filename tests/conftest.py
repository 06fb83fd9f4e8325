"""Test settings shared by unit and end-to-end tests: Hypothesis profiles.

`ci` (the default) keeps property tests to a few seconds and draws the same examples on every run, so a
submission's CI never fails on a draw no one saw before; `make fuzz` selects `fuzz` with HYPOTHESIS_PROFILE=fuzz
for 10,000 random examples per property, which is where new failing inputs are looked for.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
