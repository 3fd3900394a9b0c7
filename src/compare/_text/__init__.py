"""Text primitives: sentences and clauses, normalised tokens, word helpers."""
