"""The alignment engine: candidate pairs, scores, links."""
