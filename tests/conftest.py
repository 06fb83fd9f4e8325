"""Test settings shared by unit and end-to-end tests: Hypothesis profiles.

`ci` (the default) keeps property tests to a few seconds; `make fuzz` selects `fuzz` with
HYPOTHESIS_PROFILE=fuzz for 10,000 examples per property.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
