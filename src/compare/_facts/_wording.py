"""Whether words one sentence has in place of another's change what is said, or only how it is written."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from .._text._normalize import UNIT_WORDS
from .._text._words import Word
from ._actions import same_verb
from ._name_forms import acronym_of

__all__ = [
    "AUX",
    "CONTENT_WEIGHT",
    "NEGATION_WORDS",
    "SIGNS",
    "SPELLING_RATIO",
    "a_changed_connective",
    "a_real_change",
    "a_swapped_word",
    "spelled",
]

NEGATION_WORDS = frozenset({"not", "never", "no"})
# Changed words this alike are a spelling ("honor" / "honour"), not a misquotation; a change of function words
# only ("our" / "its", "to" / "toward") neither: a misquotation worth an editor's time changes a content word.
SPELLING_RATIO = 80.0
_NAME_SPELLING_RATIO = 60.0
_NAME_JOINERS = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "de", "la", "van", "von", "der", "da", "di"})
# A changed content word: as rare as "water" or "hope" in English; the prepositions and conjunctions below are as
# rare but change no claim.
_QUOTE_MIN_WEIGHT = 0.6
_FUNCTION_WORDS = frozenset(
    {"toward", "towards", "upon", "onto", "within", "without", "among", "amid", "amidst", "despite", "although"}
    | {"though", "whereas", "whether", "unless", "until", "because", "whilst", "while", "thus", "hence", "per"}
    | {"whoever", "whatever", "whichever", "whom", "whose", "which", "who", "what"}
)
# Light words that change what a quotation says when one stands in place of another: connectives, quantifiers and
# modals ("and" / "or", "all" / "some", "can" / "must").
_MEANING_WORDS = frozenset(
    {"and", "or", "nor", "but", "before", "after", "all", "some", "any", "every", "each", "none", "no", "only"}
    | {"more", "less", "fewer", "most", "least", "always", "never", "sometimes", "often", "rarely", "seldom"}
    # Order: "the same thing we did last time" / "first time".
    | {"first", "last", "next", "previous"}
    | {"can", "cannot", "could", "may", "might", "must", "should", "shall", "able", "not"}
)
_MIN_SHARED_START = 4
# Auxiliaries are left out when comparing changed words, so that "has chosen" / "chose" is a change of tense.
AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would"})
# Number words a quotation may write in figures ("two" = "2").
_DIGITS = {word: str(value) for word, value in UNIT_WORDS.items() if value <= 12}
_CONTRACTIONS = {"won't": "will not", "can't": "cannot", "shan't": "shall not"}
# Spoken forms a quotation may be transcribed in, with the words they are heard for: a closed class of English,
# reductions ("gonna" = "going to", "kinda" = "kind of") and clipped starts ("'cause" = "because", "'em" = "them";
# the reader drops the apostrophe). A transcript that writes one and a transcript that writes the other quote alike.
_SPOKEN = {
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "hafta": "have to", "hasta": "has to",
    "kinda": "kind of", "sorta": "sort of", "outta": "out of", "lotta": "lot of", "gimme": "give me",
    "lemme": "let me", "dunno": "do not know", "cause": "because", "cuz": "because", "em": "them",
    "til": "until", "till": "until", "bout": "about", "y'all": "you all", "ya": "you",
}  # fmt: skip
# Signs a quotation may be printed with in place of the word spoken: "18 percent" / "18%".
SIGNS = {"%": "percent", "&": "and"}
_CONTRACTION_ENDINGS = (("n't", "not"), ("'re", "are"), ("'ll", "will"), ("'ve", "have"), ("'m", "am"), ("'d", "would"))
CONTENT_WEIGHT = 0.5


def a_real_change(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether changed words inside a quotation change what was said.

    Not a change: the same stems, a contraction and its expansion ("don't" / "do not"), spelling and hyphenation
    ("honor" / "honour", "multi-party" / "multiparty"), or function words only ("our" / "its").
    """
    if [w.key for w in one] == [w.key for w in other]:
        return False
    if len(one) == len(other) == 1 and same_verb(one[0].lower, other[0].lower):
        # "he saying that" / "he said that": another tense of the same verb.
        return False
    if _an_acronym_and_its_name(one, other):
        return False
    keys_one, keys_other = {w.key for w in one}, {w.key for w in other}
    if keys_one < keys_other or keys_other < keys_one:
        # "reflects" / "appears to reflect": a qualifier added around the same word (a negation is found apart).
        return False
    spelled_one, spelled_other = spelled(one), spelled(other)
    names = all(w.lower in _NAME_JOINERS or any(letter.isupper() for letter in w.text) for w in (*one, *other))
    alike = _NAME_SPELLING_RATIO if names else SPELLING_RATIO
    # A name transliterated otherwise keeps its last word alike too: "Muammar al-Qaddafi" / "Moammar Gadhafi" are
    # one name, "Mark Whitaker" / "Maria Okafor" two, however alike the letters of the whole run.
    last_alike = not _full_names(one, other) or fuzz.ratio(spelled(one[-1:]), spelled(other[-1:])) >= alike
    if spelled_one == spelled_other or (fuzz.ratio(spelled_one, spelled_other) >= alike and last_alike):
        return False
    shorter, longer = sorted((spelled_one, spelled_other), key=len)
    if len(shorter) >= _MIN_SHARED_START and longer.startswith(shorter[:_MIN_SHARED_START]):
        # "Sept" / "September", "chose" / "has chosen" once spelled out: an abbreviation or another tense.
        return False
    return any(w.weight >= _QUOTE_MIN_WEIGHT and w.lower not in _FUNCTION_WORDS for w in (*one, *other))


def _full_names(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Two names of two words or more, each ending on a word, not a letter ("G.O.P" is letters)."""
    runs = (one, other)
    return all(len(run) >= 2 and len(run[-1].lower) > 1 and run[-1].text[:1].isupper() for run in runs)


def a_changed_connective(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether a light word that changes what was said stands in place of another inside a quotation: "rules and
    regulations" / "rules or regulations", "you'll be able to make" / "you'll have to make"."""
    words_one, words_other = {w.lower for w in one}, {w.lower for w in other}
    if _an_acronym_and_its_name(one, other):
        return False
    if words_one <= words_other or words_other <= words_one or spelled(one) == spelled(other):
        # A word added around the same words, or a contraction spelt out ("don't" / "do not").
        return False
    return bool((words_one ^ words_other) & _MEANING_WORDS)


# The prefixes that make a word's opposite ("fair" / "unfair", "legal" / "illegal", "honest" / "dishonest").
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
_PREFIXED_MIN_LETTERS = 3
# One common word in place of another is a changed content word when both are at least as rare as "life" or
# "through": the pronouns, determiners and commonest prepositions ("these" / "those", "our" / "its") fall below.
_SWAP_MIN_WEIGHT = 0.3


def a_swapped_word(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether one word stands in place of another that says something else inside a quotation.

    The class of language read: a word and its opposite made by a negating prefix ("it was fair" / "it was
    unfair", "legal" / "illegal"), which are spelt alike but mean the contrary; and one common content word in
    place of another ("we lost our house" / "we lost our school"), too common for the weight a longer change needs,
    but not a function word. Neither is a spelling or another form of one word.
    """
    if not (len(one) == len(other) == 1 and one[0].lower.isalpha() and other[0].lower.isalpha()):
        return False
    shorter, longer = sorted((one[0].lower, other[0].lower), key=len)
    if len(shorter) >= _PREFIXED_MIN_LETTERS and any(longer == prefix + shorter for prefix in _NEGATING_PREFIXES):
        return True
    if one[0].key == other[0].key or same_verb(shorter, longer) or fuzz.ratio(shorter, longer) >= SPELLING_RATIO:
        return False
    if longer.startswith(shorter):
        # An abbreviation ("Sen" / "Senator", "gov" / "government").
        return False
    lights = {one[0].lower, other[0].lower} & (_FUNCTION_WORDS | AUX)
    return not lights and min(one[0].weight, other[0].weight) >= _SWAP_MIN_WEIGHT


def _an_acronym_and_its_name(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """ "the ARB" / "the Accountability Review Board": an acronym and the name it is the initials of."""
    text_one, text_other = " ".join(w.text for w in one), " ".join(w.text for w in other)
    return acronym_of(text_one, text_other) or acronym_of(text_other, text_one)


def spelled(words: Sequence[Word]) -> str:
    """The letters of words as spoken: contractions, spoken forms, signs and small numbers spelled out, auxiliaries
    left out ("won't" = "will not" = "not", "gonna" = "going to", "5%" = "5 percent")."""
    text = " ".join(_spoken(word.lower) for word in words)
    for ending, expansion in _CONTRACTION_ENDINGS:
        text = text.replace(ending, " " + expansion)
    return "".join(letter for token in text.split() if token not in AUX for letter in token if letter.isalpha())


def _spoken(lower: str) -> str:
    for table in (_CONTRACTIONS, _SPOKEN, SIGNS, _DIGITS):
        if lower in table:
            return table[lower]
    return lower
