"""English closed-class words: the grammatical classes whose members a language does not add to.

A sentence's claim is in its open-class words (verbs, nouns, adjectives, most adverbs) and its names and figures.
The words of the closed classes below frame a claim in any story ("is still", "near", "has also been", "they
would"), so two sentences sharing them share no claim. Rarity in English does not tell them apart ("near" is as
rare as "known"), their class does. The lists hold the lower-case forms as written, not stems.
"""

from __future__ import annotations

__all__ = ["BE_FORMS", "CLOSED_CLASS"]

# Forms of "to be", the copula and the passive's auxiliary ("is still", "was declared"). "am" is left out: readers of
# verb groups would take the "am" of "3 am" for one.
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Forms of "to have", the perfect's auxiliary ("has also been").
_HAVE_FORMS = frozenset({"have", "has", "had", "having"})
# Forms of "to do" as the auxiliary of questions and negation, the modals, and negation.
_AUXILIARIES = frozenset({"do", "does", "did", "will", "would", "shall", "should", "can", "could", "cannot", "may"})
_AUXILIARIES |= frozenset({"might", "must", "not", "never"})
_PREPOSITIONS = frozenset(
    {"about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before"}
    | {"behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "during", "except"}
    | {"for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "outside", "over", "per", "since"}
    | {"through", "throughout", "till", "to", "toward", "towards", "under", "until", "upon", "via", "with"}
    | {"within", "without"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some"}
    | {"any", "each", "every", "either", "neither", "no", "both", "all", "another", "such", "whose"}
)
# Personal, reflexive, relative and interrogative pronouns, and the pronominal adverbs of place.
_PRONOUNS = frozenset(
    {"i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "myself", "yourself", "himself"}
    | {"herself", "itself", "ourselves", "themselves", "who", "whom", "which", "what", "there", "here"}
)
_CONJUNCTIONS = frozenset(
    {"and", "or", "but", "nor", "so", "if", "because", "although", "though", "while", "whereas", "when", "where"}
    | {"whether", "unless", "than", "once"}
)
# The sentence and focusing adverbs, which place a claim in time or beside another, or set its focus, without
# saying anything of their own ("is still", "has also", "only 2,000").
_SENTENCE_ADVERBS = frozenset({"still", "also", "now", "yet", "just", "again", "already", "then", "too", "even"})
_SENTENCE_ADVERBS |= frozenset({"only"})

CLOSED_CLASS = (
    frozenset(BE_FORMS | {"am"} | _HAVE_FORMS | _AUXILIARIES | _PREPOSITIONS | _DETERMINERS | _PRONOUNS | _CONJUNCTIONS)
    | _SENTENCE_ADVERBS
)
