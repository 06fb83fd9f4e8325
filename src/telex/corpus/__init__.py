"""Many articles at once: near-duplicate clusters, events counted once, actors across documents, exports."""
