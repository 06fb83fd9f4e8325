"""Scoring telex against gold data with the metrics of DESIGN.md."""
