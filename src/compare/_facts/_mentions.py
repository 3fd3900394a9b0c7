"""Names in their roles, quotes with their speakers, and what a sentence affirms or denies.

- Names: a run of capitalised words. Title words before the person ("Secretary of State Marco Rubio",
  "special envoy Steve Witkoff") are its role; a name without a title has a slot instead, the content word and
  preposition before it ("talks in Saudi Arabia"). Two names of one entity share their last word or one's words
  hold the other's ("Trump" = "Donald Trump"); the normaliser has already unified nicknames, transliterations
  and acronyms.
- Quotes: the words between quotation marks (any style: they are folded to '"'), and the speaker the sentence
  gives them ("..., Trump said", "Trump said: ...").
- Polarity: a predicate under a negation ("did not respond", "never", "refused to sign") or a verb that denies
  ("rejected" = not accepted, "denied" = not confirmed), against the same predicate affirmed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from rapidfuzz import fuzz

from .._text._normalize import quoted_spans
from .._text._words import Word, gap, lower_at, words_of
from ._dates import MONTHS, WEEKDAYS

__all__ = [
    "NameFact",
    "Predicate",
    "QuoteFact",
    "capitalised_for_its_place",
    "find_names",
    "find_predicates",
    "find_quotes",
    "name_key",
    "same_entity",
]

_CORE_TITLES = frozenset(
    {"president", "secretary", "minister", "premier", "chancellor", "governor", "gov", "senator", "sen", "rep"}
    | {"mayor", "judge", "justice", "general", "gen", "sgt", "sergeant", "lt", "col", "colonel", "captain", "capt"}
    | {"admiral", "adm", "chief", "ceo", "chairman", "chairwoman", "director", "spokesman", "spokeswoman"}
    | {"spokesperson", "advisor", "adviser", "envoy", "ambassador", "king", "queen", "prince", "princess", "sheikh"}
    | {"pope", "cardinal", "bishop", "commissioner", "agent", "detective", "inspector", "attorney", "coach"}
    | {"speaker", "leader", "founder", "chair", "executive", "officer", "lawyer", "prosecutor", "manager"}
)
_ROLE_MODIFIERS = frozenset(
    {"vice", "prime", "foreign", "defense", "defence", "deputy", "national", "security", "state", "special"}
    | {"federal", "police", "party", "opposition", "finance", "interior", "health", "acting", "former", "top"}
    | {"general", "district", "us", "u.s", "senior", "assistant", "press", "white", "house", "of"}
)
# Honorifics say nothing of a role: "Mr. Smith" and "Dr. Smith" may well be the same person.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof", "professor"})
_NATIONALITY_ENDINGS = ("ian", "ese", "ish", "can", "ean", "ani", "eli", "udi", "ch")
_JOINERS = frozenset({"of", "the", "de", "al", "bin", "von", "van", "du", "la", "le", "da"})
# Months and weekdays are dates, compared as dates.
_CALENDAR = frozenset({*MONTHS, *WEEKDAYS})
_SLOT_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "for", "with", "by", "of", "against", "into"})
_MIN_SLOT_WEIGHT = 1.0
_MIN_DERIVED_STEM = 4
# Looser than the normaliser's 90, which must keep distinct words apart everywhere: here two names in the same
# role are compared, and a conflict is only reported when they differ clearly.
_TRANSLITERATION_RATIO = 80.0
_MIN_LEADING_NAME_WEIGHT = 3.0

_SAY = frozenset(
    {"said", "says", "say", "added", "adds", "stated", "states", "told", "wrote", "writes", "asked", "insisted"}
    | {"declared", "explained", "argued", "tweeted", "posted", "warned", "announced", "noted", "claimed"}
)

_NEGATING_VERBS = frozenset(
    {"refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "failed", "fails", "failing"}
)
# Contractions written without their apostrophe, as some wire copy does ("havent been finalized").
_BARE_CONTRACTIONS = frozenset(
    {"dont", "doesnt", "didnt", "isnt", "wasnt", "werent", "arent", "havent", "hasnt", "hadnt", "cant", "couldnt"}
    | {"wouldnt", "shouldnt", "wont", "mustnt"}
)
# Words that put what follows them in doubt or under a negation: a verb after them is not plainly affirmed
# ("nor was Dean asked", "had no plans to release", "wasn't his role to determine").
_DOUBT = frozenset({"not", "never", "no", "nor", "neither", "without", "cannot", "if", "whether", "unless"})
# A verb after these is a possibility or a rumour, not a claim: "could allow", "speculated that ... offered".
_DOUBT |= frozenset({"could", "might", "may", "speculated", "rumored", "rumoured", "alleged", "allegedly"})
_DOUBT_WORDS = 6
# Verbs that deny what their counterpart affirms: (concept, affirms?).
_CONCEPTS = {
    "accepted": ("accept", True),
    "accepts": ("accept", True),
    "accept": ("accept", True),
    "approved": ("accept", True),
    "approves": ("accept", True),
    "agreed": ("accept", True),
    "agrees": ("accept", True),
    "rejected": ("accept", False),
    "rejects": ("accept", False),
    "refused": ("accept", False),
    "confirmed": ("confirm", True),
    "confirms": ("confirm", True),
    "admitted": ("confirm", True),
    "acknowledged": ("confirm", True),
    "denied": ("confirm", False),
    "denies": ("confirm", False),
}
# Words between a negation and the predicate it denies: "did not immediately respond", "has not yet been".
_SCOPE_SKIP = frozenset(
    {"be", "been", "being", "yet", "immediately", "also", "even", "ever", "always", "officially", "formally"}
    | {"publicly", "fully", "really", "actually", "to", "have", "has", "had", "get", "got", "directly", "only"}
    | {"so", "very", "as", "a", "an", "the", "explicitly", "specifically", "necessarily", "just", "previously"}
)
_AUXILIARIES = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do"})
_AUXILIARIES |= frozenset({"has", "have", "had", "was", "were", "is", "are", "been"})
_SCOPE_WORDS = 4
_CONTEXT_WORDS = 4
_MIN_CONTEXT_WEIGHT = 1.0


@attrs.frozen
class NameFact:
    """A name of a person, place or organisation.

    Args:
        text: The name as written, without its title.
        start: Its offset in the sentence.
        end: The offset after it.
        keys: Keys of its words, joiners left out.
        role: Keys of the title before it ("secretari", "of", "state"); empty when it has none.
        slot: (content word, preposition) before an untitled name ("talk", "in"); empty when there is none.
        affix: Joined to the word before by a hyphen ("D-Ore."): part of a label, not a name on its own.
    """

    text: str
    start: int
    end: int
    keys: tuple[str, ...]
    role: tuple[str, ...] = ()
    slot: tuple[str, ...] = ()
    affix: bool = False


@attrs.frozen
class QuoteFact:
    """A quotation.

    Args:
        start: Offset of its first quoted character.
        end: Offset after its last quoted character.
        words: The quoted words.
        speaker: Who the sentence says spoke the words, when it names them.
    """

    start: int
    end: int
    words: tuple[Word, ...]
    speaker: NameFact | None = None


@attrs.frozen
class Predicate:
    """Something a sentence affirms or denies.

    Args:
        key: The predicate's key ("respond"), or a concept ("accept" for "agreed" and "rejected").
        affirmed: False under a negation or for a denying verb.
        start: Offset of the phrase as written ("did not respond").
        end: The offset after it.
        verb: Whether the predicate stands as a verb ("responded", "to respond"), not as a noun.
        concept: Whether ``key`` is a concept of opposite verbs rather than one word under a negation.
        context: Keys of the content words around it, which say what is affirmed or denied.
    """

    key: str
    affirmed: bool
    start: int
    end: int
    verb: bool
    concept: bool = False
    context: frozenset[str] = frozenset()


def find_names(sentence: str, words: Sequence[Word]) -> tuple[NameFact, ...]:
    """The names of a sentence, each with its role or slot."""
    found: list[NameFact] = []
    position = 0
    while position < len(words):
        end = _run_end(sentence, words, position)
        if end > position:
            name = _name(sentence, words, position, end)
            if name is not None:
                found.append(name)
        position = max(end, position + 1)
    return tuple(found)


def capitalised_for_its_place(sentence: str, value: tuple[int, int], others: Sequence[str]) -> bool:
    """Whether the sentence's first word has its capital only because it starts the sentence ("About 60
    firefighters", "Six workers", "The fire"), so that a phrase it starts reads lowered inside running text.

    A word is lowered only when it is a common English word (below the rarity at which a sentence's first word is
    read as a name), neither a title, a month nor a weekday, not written capitalised after the first word of this
    sentence or of ``others``, and known in lower case: a function word, a word of ``value`` (the span of a figure's
    number words and hedges, "About 60"), or a word written in lower case in one of the sentences. "Trump", "Police"
    in a pair that writes neither in lower case, and "UAE" keep their capital.
    """
    _, words = words_of(sentence)
    if not words or not words[0].text[:1].isupper() or not words[0].text[1:].islower():
        return False
    first = words[0]
    bare = _bare(first)
    if first.weight >= _MIN_LEADING_NAME_WEIGHT or bare in _CORE_TITLES or bare in _CALENDAR:
        return False
    later = [word for text in (sentence, *others) for word in words_of(text)[1][1:]]
    if any(word.lower == first.lower and word.capitalised for word in later):
        return False
    return (
        first.weight == 0.0
        or value[0] <= first.start < value[1]
        or any(word.lower == first.lower and not word.capitalised for word in later)
    )


def _starts_name(words: Sequence[Word], position: int) -> bool:
    word = words[position]
    if not word.capitalised or word.lower in _JOINERS or _bare(word) in _CALENDAR:
        return False
    if position > 0:
        return True
    # The first word of a sentence is capitalised anyway: a name only if it is rare or a title.
    return word.weight >= _MIN_LEADING_NAME_WEIGHT or _bare(word) in _CORE_TITLES


def _run_end(sentence: str, words: Sequence[Word], position: int) -> int:
    if not _starts_name(words, position):
        return position
    end = position + 1
    while end < len(words) and gap(sentence, words, end - 1, end) in {" ", ". "}:
        word = words[end]
        if word.capitalised and word.text.isalpha() and _bare(word) not in _CALENDAR:
            end += 1
            continue
        if word.lower in _JOINERS and end + 1 < len(words):
            end += 1
            continue
        break
    while end > position and words[end - 1].lower in _JOINERS:
        end -= 1
    return end


def _bare(word: Word) -> str:
    lower = word.lower[:-2] if word.lower.endswith("'s") else word.lower
    return lower.rstrip(".")


def _is_role_word(word: Word) -> bool:
    bare = _bare(word)
    return bare in _CORE_TITLES or bare in _ROLE_MODIFIERS or (bare.endswith(_NATIONALITY_ENDINGS) and word.capitalised)


def _name(sentence: str, words: Sequence[Word], start: int, end: int) -> NameFact | None:
    person = start
    while person < end and (_is_role_word(words[person]) or _bare(words[person]) in _HONORIFICS):
        person += 1
    title = [w for w in words[start:person] if _bare(w) not in _HONORIFICS]
    if not any(_bare(w) in _CORE_TITLES for w in title):
        title = _lowercase_title(words, start)
        person = start
    if person >= end:
        return None
    keys = tuple(w.key for w in words[person:end] if w.lower not in _JOINERS)
    text = sentence[words[person].start : words[end - 1].end]
    role = tuple(w.key for w in title)
    slot = () if role else _slot(sentence, words, start, end)
    affix = sentence[words[person].start - 1 : words[person].start] == "-" if words[person].start else False
    return NameFact(text, words[person].start, words[end - 1].end, keys, role, slot, affix)


def _lowercase_title(words: Sequence[Word], start: int) -> list[Word]:
    """ "special envoy Steve Witkoff", "FBI spokesman Steve Lazarus": a title in lower case before the name."""
    title: list[Word] = []
    index = start - 1
    while index >= 0 and (_is_role_word(words[index]) or words[index].text.isupper()) and len(title) < 3:
        title.insert(0, words[index])
        index -= 1
    return title if any(_bare(w) in _CORE_TITLES for w in title) else []


def _slot(sentence: str, words: Sequence[Word], start: int, end: int) -> tuple[str, ...]:
    if start < 2 or words[start - 1].lower not in _SLOT_PREPOSITIONS:
        return ()
    if sentence[words[end - 1].end : words[end - 1].end + 1] == "-":
        # "for Phoenix-based U-Haul": the name only qualifies the word after it.
        return ()
    head = words[start - 2]
    if head.weight < _MIN_SLOT_WEIGHT or head.capitalised or head.is_digits:
        return ()
    return (head.key, words[start - 1].lower)


def same_entity(one: NameFact, other: NameFact, aliases: Mapping[str, str]) -> bool:
    """Whether two names may name one entity: a shared surname, one inside the other, or a user alias."""
    if _canonical(one, aliases) == _canonical(other, aliases):
        return True
    if one.keys[-1] == other.keys[-1] or _transliterated(one.keys[-1], other.keys[-1]):
        return True
    mine, theirs = set(one.keys), set(other.keys)
    return (
        mine <= theirs or theirs <= mine or _abbreviates(one, other) or _abbreviates(other, one) or _derived(one, other)
    )


def _transliterated(one: str, other: str) -> bool:
    """ "Zelenskyy" / "Zelensky", "Gaddafi" / "Qaddafi" is left alone: alike surnames with the same first letter."""
    if one[:1] != other[:1] or min(len(one), len(other)) < _MIN_DERIVED_STEM + 1:
        return False
    return fuzz.ratio(one, other) >= _TRANSLITERATION_RATIO


def _abbreviates(short: NameFact, full: NameFact) -> bool:
    """ "JI" for "Jemaah Islamiah": the initials of the other name's words."""
    letters = short.text.replace(".", "")
    return letters.isupper() and len(full.keys) >= 2 and letters.lower() == "".join(k[0] for k in full.keys)


def _derived(one: NameFact, other: NameFact) -> bool:
    """ "Iraq" and "Iraqi", "Ukraine" and "Ukrainian": one name is the other's stem with an ending."""
    if len(one.keys) != 1 or len(other.keys) != 1:
        return False
    shorter, longer = sorted((one.keys[0], other.keys[0]), key=len)
    return len(shorter) >= _MIN_DERIVED_STEM and longer.startswith(shorter)


def name_key(name: str) -> str:
    """The key a name is compared by: its words' keys without joiners ("Bank of England" -> "bank england")."""
    _, words = words_of(name)
    return " ".join(word.key for word in words if word.lower not in _JOINERS)


def _canonical(name: NameFact, aliases: Mapping[str, str]) -> str:
    joined = " ".join(name.keys)
    return aliases.get(joined, joined)


def find_quotes(sentence: str, words: Sequence[Word], names: Sequence[NameFact]) -> tuple[QuoteFact, ...]:
    """The quotations of a sentence, with their speakers when the sentence names them."""
    found = []
    for start, end in quoted_spans(sentence):
        inner = tuple(w for w in words if start <= w.start and w.end <= end)
        if not inner:
            continue
        found.append(QuoteFact(start, end, inner, _speaker(sentence, words, names, start, end + 1)))
    return tuple(found)


def _speaker(sentence: str, words: Sequence[Word], names: Sequence[NameFact], start: int, end: int) -> NameFact | None:
    """ "..., Trump said", "..., said Trump", "Trump said: ..."; None for "he said" or "the senator said"."""
    after = [w for w in words if w.start >= end][:4]
    if after and after[0].lower in _SAY:
        return _name_at(names, after[1].start) if len(after) > 1 else None
    for index, word in enumerate(after[:3]):
        if word.lower in _SAY and index > 0:
            return _name_ending_at(names, after[index - 1].end)
    before = [w for w in words if w.end < start][-4:]
    for index in range(len(before) - 1, 0, -1):
        if before[index].lower in _SAY:
            return _name_ending_at(names, before[index - 1].end)
    return None


def _name_at(names: Sequence[NameFact], start: int) -> NameFact | None:
    return next((name for name in names if name.start <= start < name.end or name.start == start), None)


def _name_ending_at(names: Sequence[NameFact], end: int) -> NameFact | None:
    return next((name for name in names if name.end == end and not name.affix), None)


def find_predicates(sentence: str, words: Sequence[Word]) -> tuple[Predicate, ...]:
    """What the sentence affirms and denies, negations resolved to the predicate they deny."""
    found: list[Predicate] = []
    negated: set[int] = set()
    for position, word in enumerate(words):
        if _is_negation(word, words, position):
            target = _scope_target(words, position)
            if target is not None:
                negated.update(range(position, target + 1))
                # "did not respond": the auxiliary belongs to the phrase a reader looks for.
                first = position - 1 if lower_at(words, position - 1) in _AUXILIARIES - {"to"} else position
                found.append(
                    _predicate(words, words[target], False, words[first].start, words[target].end, target, position)
                )
    doubts = [position for position, word in enumerate(words) if _casts_doubt(word)]
    denials = [position for position, word in enumerate(words) if word.lower in {"not", "never", "nor"}]
    for position, word in enumerate(words):
        if position in negated or _in_doubt(position, doubts, denials):
            continue
        concept = _CONCEPTS.get(word.lower)
        if concept is not None:
            key, affirmed = concept
            found.append(
                attrs.evolve(_predicate(words, word, affirmed, word.start, word.end, position, position), key=key)
            )
            found[-1] = attrs.evolve(found[-1], concept=True)
        elif _is_verb(words, position):
            found.append(_predicate(words, word, True, word.start, word.end, position, position))
    return tuple(found)


def _is_negation(word: Word, words: Sequence[Word], position: int) -> bool:
    """A negation of a verb: "did not", "wasn't", "never", "no longer", "refused to" (not "but not troops")."""
    if lower_at(words, position + 1) == "only":
        return False
    if word.lower.endswith("n't") or word.lower in _BARE_CONTRACTIONS or word.lower in {"never", "cannot"}:
        return True
    if word.lower == "not":
        return lower_at(words, position - 1) in _AUXILIARIES - {"to"} or lower_at(words, position - 1).endswith("'s")
    if word.lower == "no" and lower_at(words, position + 1) == "longer":
        return True
    return word.lower in _NEGATING_VERBS and lower_at(words, position + 1) == "to"


def _casts_doubt(word: Word) -> bool:
    lower = word.lower
    if lower in _DOUBT or lower in _NEGATING_VERBS or lower in _BARE_CONTRACTIONS or lower.endswith("n't"):
        return True
    return _CONCEPTS.get(lower, ("", True))[1] is False


def _in_doubt(position: int, doubts: Sequence[int], denials: Sequence[int]) -> bool:
    """Whether a verb stands near a negation or a doubt, so that it is not plainly affirmed.

    Before it: "nor was Dean asked", "had no plans to release". After it: "was considered a witness, not a suspect"
    affirms "considered" and denies something else, which a word-level reading cannot untangle.

    Args:
        position: The verb's position among the words.
        doubts: Positions of words that cast doubt on what follows them.
        denials: Positions of "not", "never", "nor".
    """
    return any(position - _DOUBT_WORDS <= d < position for d in doubts) or any(
        position < d <= position + _DOUBT_WORDS for d in denials
    )


def _scope_target(words: Sequence[Word], position: int) -> int | None:
    for index in range(position + 1, min(len(words), position + 1 + _SCOPE_WORDS)):
        lower = words[index].lower
        if lower in _SCOPE_SKIP or lower == "longer":
            continue
        if words[index].is_digits or not lower.isalpha() or words[index].weight == 0.0:
            return None
        return index
    return None


def _is_verb(words: Sequence[Word], position: int) -> bool:
    """Whether a word stands as a plain verb: a past form ("responded") or after an auxiliary ("will respond").

    An infinitive ("wanted to march") is not: it says what someone wanted, planned or was asked, not what is.
    """
    word = words[position]
    if not word.lower.isalpha() or (word.capitalised and position > 0) or word.weight == 0.0:
        return False
    before = lower_at(words, position - 1)
    return (word.lower.endswith("ed") and len(word.lower) > 4) or (before in _AUXILIARIES and before != "to")


def _predicate(
    words: Sequence[Word], target: Word, affirmed: bool, start: int, end: int, position: int, cue: int
) -> Predicate:
    around = [*words[max(0, cue - _CONTEXT_WORDS) : cue], *words[position + 1 : position + 1 + _CONTEXT_WORDS]]
    context = frozenset(w.key for w in around if w.weight >= _MIN_CONTEXT_WEIGHT and not w.is_digits)
    return Predicate(target.key, affirmed, start, end, _is_verb(words, position) or not affirmed, context=context)
