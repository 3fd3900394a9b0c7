"""Three or more reports at once: pairwise comparisons merged into claim groups (see ``_group`` for the rule)."""
