"""Who did what to whom, when: CAMEO and PLOVER events."""
