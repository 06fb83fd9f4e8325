"""spaCy at the edge: loading the model once and turning cleaned text into a parsed ``Doc``."""
