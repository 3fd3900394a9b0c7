"""The alignment engine: site furniture, candidate pairs, scores, links."""
