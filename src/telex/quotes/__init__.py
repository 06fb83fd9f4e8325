"""Who said what: direct, indirect and mixed quotes with their speakers."""
