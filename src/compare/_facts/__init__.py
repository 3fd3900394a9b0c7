"""Facts of a sentence (figures, dates, names, quotations, predicates) and the conflicts between them."""
