"""What a sentence affirms or denies, and one sentence affirming what the other denies.

A predicate under a negation ("did not respond", "never", "refused to sign") or a verb that denies ("rejected" =
not accepted, "denied" = not confirmed) is denied; two sentences conflict when one affirms the same predicate of
the same things that the other denies ("did not respond" / "responded").
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from .._text._segment import clause_spans
from .._text._verbs import a_regular_past
from .._text._words import Word, lower_at, lowers
from ._actions import a_verb_form, subject_before
from ._finding import Finding, one_to_one
from ._names import names_a_person
from ._numbers import DOWN_VERBS, UP_VERBS
from ._wording import AUX, CONTENT_WEIGHT, NEGATION_WORDS

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = ["DENYING_POLES", "Predicate", "dropped_negations", "find_predicates", "polarity_findings", "sole_negation"]

_DENIED_OBJECTS = frozenset({"no", "none", "nothing"})
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
_QUESTIONS = frozenset({"whether", "if"})
# Verbs of two opposite poles, a closed class of English that news reports state facts with, in four families:
# evaluation (praise and blame: "praised" / "criticized", "welcomed" / "denounced", "applauded" / "criticised"),
# decision (assent "approved" / "rejected", "passed" / "voted down"; permission "allowed" / "banned"; a court's
# ruling "upheld" / "overturned", a verdict "convicted" / "acquitted"; confirmation "confirmed" / "denied"),
# direction ("rose" / "fell", "raised" / "lowered", "gained" / "lost": the verbs _numbers reads as the direction a
# figure changed in) and outcome (a contest "won" / "lost"; "succeeded" / "failed" is read as a negation). One
# report giving one pole where the other gives the other, of the same subject and the same thing, is one affirming
# what the other denies: (concept, the pole it names).
_POLES = {
    "accept": (
        ("accepted", "accepts", "accept", "approved", "approves", "approve", "agreed", "agrees", "endorsed"),
        ("endorses", "endorse", "supported", "supports", "support", "backed", "backs", "favored", "favors"),
        ("favoured", "ratified", "ratifies", "ratify", "passed", "passes", "pass"),
    ),
    "accept-": (
        ("rejected", "rejects", "reject", "refused", "refuses", "refuse", "opposed", "opposes", "oppose", "vetoed"),
        ("vetoes", "veto", "disapproved", "spurned"),
    ),
    "allow": (
        ("allowed", "allows", "allow", "permitted", "permits", "permit", "legalized", "legalizes", "legalised"),
        ("authorized", "authorizes", "authorised"),
    ),
    "allow-": (
        ("banned", "bans", "ban", "prohibited", "prohibits", "prohibit", "outlawed", "outlaws", "outlaw", "barred"),
        ("forbade", "forbids", "forbid", "forbidden"),
    ),
    # A verdict: "convicted" / "acquitted".
    "convict": (("convicted", "convicts", "convict"),),
    "convict-": (("acquitted", "acquits", "acquit"),),
    "uphold": (("upheld", "upholds", "uphold"),),
    "uphold-": (("overturned", "overturns", "overturn", "vacated", "vacates", "vacate"),),
    "confirm": (("confirmed", "confirms", "admitted", "acknowledged"),),
    "confirm-": (("denied", "denies"),),
    "praise": (
        ("praised", "praises", "praise", "commended", "commends", "commend", "lauded", "lauds", "hailed", "hails"),
        ("hail", "welcomed", "welcomes", "welcome", "applauded", "applauds", "applaud"),
    ),
    "praise-": (
        ("criticized", "criticizes", "criticize", "criticised", "criticises", "criticise", "condemned", "condemns"),
        ("condemn", "denounced", "denounces", "denounce", "blasted", "faulted", "slammed"),
    ),
    "win": (("won", "wins", "win"),),
    "win-": (("lost", "loses", "lose"),),
    # A quality judged or changed: "will get better" / "worse", "relations have improved" / "deteriorated".
    "improve": (("better", "improved", "improves", "improve", "improving"),),
    "improve-": (("worse", "worsened", "worsens", "worsen", "deteriorated", "deteriorates", "deteriorate"),),
    "strengthen": (("stronger", "strengthened", "strengthens", "strengthen"),),
    "strengthen-": (("weaker", "weakened", "weakens", "weaken"),),
}
_CONCEPTS = {
    word: (concept.rstrip("-"), not concept.endswith("-"))
    for concept, groups in _POLES.items()
    for group in groups
    for word in group
}
# The participles and base forms of the direction that _numbers need not read ("has risen", "will increase").
_UP_BASES = ("grow", "increase", "raise", "expand", "boost", "gain", "lift")
_DOWN_BASES = ("shrink", "decrease", "reduce", "lower", "drop", "slash")
_CONCEPTS.update(dict.fromkeys((*UP_VERBS, "risen", "grown", *_UP_BASES), ("direction", True)))
_CONCEPTS.update(
    {word: ("direction", False) for word in (*DOWN_VERBS, "fallen", "shrunk", *_DOWN_BASES) if word not in _CONCEPTS}
)
# Verbs of two concepts: "lost the race" is the outcome of a contest, "lost 3 percent" and "lost seats" a fall.
_SECOND_CONCEPTS = dict.fromkeys(("lost", "loses", "lose"), ("direction", False))
# Verbs of two words: (verb, particle) -> concept and pole ("voted down the bill", "struck down the law").
_PHRASAL = {
    **{(verb, "down"): ("accept", False) for verb in ("voted", "votes", "vote", "voting")},
    **{(verb, "down"): ("uphold", False) for verb in ("struck", "strikes", "strike", "striking")},
}
_PHRASAL_VERBS = frozenset(verb for verb, _ in _PHRASAL)
# The words that may name a pole, alone or with a particle after them.
_POLE_WORDS = frozenset(_CONCEPTS) | _PHRASAL_VERBS
# Base forms that are nouns or adjectives as often ("a ban", "a pass", "a warm welcome", "a hail of bullets"): a verb
# only after an auxiliary or "to" ("will ban", "voted to pass").
_VERB_AFTER_AUXILIARY_ONLY = frozenset(
    {"ban", "pass", "permit", "welcome", "hail", "win", "lose", "grow", "shrink", "outlaw", "vacate", "praise", "veto"}
    | {"convict"}
    # Base forms of the direction, nouns or adjectives as often ("an increase", "a pay raise", "lower taxes").
    | set(_UP_BASES)
    | set(_DOWN_BASES)
)
# Third persons that are plural nouns as often ("the bans", "building permits"): no verb after a determiner.
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "no"})
# The words of the denying poles: a sentence without one, nor a negation, affirms everything it says.
DENYING_POLES = frozenset(word for word, (_, affirmed) in _CONCEPTS.items() if not affirmed) | {
    "down",
    "declined",
    "against",
    "opposition",
    "opponent",
    "opponents",
    "foe",
    "foes",
    "anti",
}
# Concepts whose denying pole denies as "not" does, casting doubt on the verbs after it ("denied that he knew").
_DENYING_CONCEPTS = frozenset({"accept", "confirm"})
# "declined the invitation" rejects it; "declined 5 percent" is a fall, "declined to comment" a refusal.
_OBJECT_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
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
# Two clauses state one proposition when this share of the shorter one's content words stands in the other.
_PROPOSITION_SHARE = 0.6
_AGENT_REACH = 4
# A negation added or dropped changes at most this many words on either side ("would not" / "were ready to").
_MAX_NEGATED_CHANGE = 3
_DENIAL_REACH = 3
_OPEN_QUESTION = frozenset({"whether", "if", "unless", "could", "might", "may"})
# Words that deny as "not" does: "failed to strike" is "had not struck", "without a deal" is "with no deal".
# What a noun phrase set against another starts with ("not a spot", "not the senator", "not his party").
_NOUN_PHRASE_STARTS = frozenset(
    {"a", "an", "the", "another", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"}
)
_CONTRAST_JOINERS = frozenset({"but", "and", "or"})
_DENYING_WORDS = NEGATION_WORDS | frozenset(
    {"without", "fail", "failed", "fails", "refused", "refuses", "declined", "declines", "denied", "denies"}
    | {"none", "nothing", "nobody", "neither", "nor", "lack", "lacked", "lacks", "cannot"}
    # Abstention denies the act abstained from: "refrained from mentioning" is "made no mention".
    | {"refrained", "refrains", "refrain", "avoided", "avoids", "avoid"}
)
# Concepts whose denying pole denies its other pole as "not" does: "rejected the budget" is "did not approve the
# budget", "banned fireworks" "did not allow fireworks". ("lost" is no denial: "lost 48 seats" denies no "holds".)
_DECISIONS = frozenset({"accept", "allow", "uphold", "confirm", "convict"})


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
        asked: The question words it stands under ("whether he supports"): asked, not stated; it compares only with
            a predicate asked in the same words.
        stance: Whether it is a stance written as a phrase ("came out against", "in favor of", "pro-gun").
        target: Keys of the content words of what a concept or a stance is taken on ("the gun control bill"), in
            order.
    """

    key: str
    affirmed: bool
    start: int
    end: int
    verb: bool
    concept: bool = False
    context: frozenset[str] = frozenset()
    asked: frozenset[str] = frozenset()
    stance: bool = False
    target: tuple[str, ...] = ()


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
    stances = {stance.first: stance for stance in _stance_phrases(sentence, words)}
    # A verb of the two poles inside a stance phrase ("in support of", "opposed to") is read with its phrase.
    in_phrase = {index for stance in stances.values() for index in range(stance.first, stance.last + 1)}
    for position, word in enumerate(words):
        stance = stances.get(position)
        concepts = () if position in in_phrase else _concepts(words, position)
        asked = _asked(words, position, doubts, denials) if concepts or stance is not None else None
        if position in negated or (_in_doubt(position, doubts, denials) and not asked):
            continue
        if stance is not None:
            found.append(_stance_predicate(sentence, words, stance, asked or frozenset()))
        if concepts:
            found.extend(_pole_predicates(sentence, words, position, concepts, asked or frozenset()))
        elif _is_verb(words, position):
            # "offered no opinion", "made no mention": a verb whose object is denied is denied itself.
            affirmed = lower_at(words, position + 1) not in _DENIED_OBJECTS
            found.append(_predicate(words, word, affirmed, word.start, word.end, position, position))
    return tuple(found)


def _pole_predicates(
    sentence: str,
    words: Sequence[Word],
    position: int,
    concepts: Sequence[tuple[str, bool]],
    asked: frozenset[str],
) -> list[Predicate]:
    """The predicates a verb of two poles states, one for each concept it names, all taken on one thing."""
    word = words[position]
    # What a verb of two words is taken on follows its particle ("voted down the bill").
    after = position + 2 if (word.lower, lower_at(words, position + 1)) in _PHRASAL else position + 1
    taken_on = _target(sentence, words, after)
    return [
        attrs.evolve(
            _predicate(words, word, affirmed, word.start, word.end, position, position),
            key=key,
            concept=True,
            verb=True,
            asked=asked,
            target=taken_on,
        )
        for key, affirmed in concepts
    ]


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
    concept, affirmed = _CONCEPTS.get(lower, ("", True))
    return concept in _DENYING_CONCEPTS and not affirmed


def _concepts(words: Sequence[Word], position: int) -> tuple[tuple[str, bool], ...]:
    """The concepts and poles a verb names, if it names one of two opposite poles ("lost" names two: a contest lost
    and a fall)."""
    lower = words[position].lower
    before = lower_at(words, position - 1)
    phrasal = _PHRASAL.get((lower, lower_at(words, position + 1)))
    if phrasal is not None:
        return (phrasal,)
    if lower == "declined" and lower_at(words, position + 1) in _OBJECT_STARTS:
        return (("accept", False),)
    if lower in _VERB_AFTER_AUXILIARY_ONLY and before not in _AUXILIARIES:
        return ()
    if lower.endswith("s") and lower[:-1] in _VERB_AFTER_AUXILIARY_ONLY and before in _NOUN_DETERMINERS:
        return ()
    concept = _CONCEPTS.get(lower)
    if concept is None:
        return ()
    second = _SECOND_CONCEPTS.get(lower)
    return (concept,) if second is None else (concept, second)


def _asked(words: Sequence[Word], position: int, doubts: Sequence[int], denials: Sequence[int]) -> frozenset[str]:
    """The question words a verb stands under when a question is all that puts it in doubt ("asked whether he
    supports"): one pole asked in one report and the other in the other is a different question, as a changed word
    is; empty when nothing or more than a question puts it in doubt."""
    before = {words[d].lower for d in doubts if position - _DOUBT_WORDS <= d < position}
    after = any(position < d <= position + _DOUBT_WORDS for d in denials)
    return frozenset(before) if before and before <= _QUESTIONS and not after else frozenset()


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
    return a_regular_past(word.lower) or (before in _AUXILIARIES and before != "to")


def _predicate(
    words: Sequence[Word], target: Word, affirmed: bool, start: int, end: int, position: int, cue: int
) -> Predicate:
    around = [*words[max(0, cue - _CONTEXT_WORDS) : cue], *words[position + 1 : position + 1 + _CONTEXT_WORDS]]
    context = frozenset(w.key for w in around if w.weight >= _MIN_CONTEXT_WEIGHT and not w.is_digits)
    return Predicate(target.key, affirmed, start, end, _is_verb(words, position) or not affirmed, context=context)


# Stances written as phrases

# Verbs a stance follows as "for" or "against" ("voted for", "came out against", "is for", "has long been against",
# "ruled in favor of"); "for" or "against" after any other word is a purpose or a contest ("paid for", "won against").
_STANCE_VERBS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "vote", "votes", "voted", "voting", "come", "comes"}
    | {"came", "coming", "speak", "speaks", "spoke", "spoken", "speaking", "argue", "argues", "argued", "arguing"}
    | {"campaign", "campaigns", "campaigned", "campaigning", "lobby", "lobbies", "lobbied", "lobbying", "rule"}
    | {"rules", "ruled", "ruling", "decide", "decides", "decided", "fight", "fights", "fought", "fighting"}
    | {"testify", "testifies", "testified", "side", "sides", "sided"}
)
# Verbs that take a stance with "for" only with "out" between.
_OUT_VERBS = frozenset({"come", "comes", "came", "coming", "speak", "speaks", "spoke", "spoken", "speaking"})
# Words between a stance verb and its "for" or "against": "came out strongly against", "has long been against".
_STANCE_SKIP = frozenset({"out", "long", "also", "now", "still", "always", "all", "firmly", "strongly"})
_STANCE_REACH = 3
# Phrases of stance read anywhere: (words, pole).
_STANCE_PHRASES = (
    (("in", "favor", "of"), True),
    (("in", "favour", "of"), True),
    (("in", "support", "of"), True),
    (("supportive", "of"), True),
    (("in", "opposition", "to"), False),
    (("opposed", "to"), False),
)
# Their first words: a word that is none of them starts no phrase, and most words are none.
_STANCE_PHRASE_STARTS = frozenset(phrase[0] for phrase, _ in _STANCE_PHRASES)
# A person or body holding a stance: "a supporter of", "an opponent of", "critics of" say less.
_STANCE_HOLDERS = {
    **dict.fromkeys(("supporter", "supporters", "proponent", "proponents", "advocate", "advocates"), True),
    **dict.fromkeys(("champion", "champions"), True),
    **dict.fromkeys(("opponent", "opponents", "foe", "foes"), False),
}
_STANCE_PREFIXES = {"pro": True, "anti": False}
# What makes a holder of a stance a predicate of the subject, a few words before it ("is a longtime supporter of").
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "became", "becomes", "remains", "as"})
_HOLDER_REACH = 4
# What a stance is taken on ends at a joining word or another act: "against the bill and for the amendment", "for
# the bill during a hearing".
_TARGET_ENDS = frozenset(
    {"and", "but", "or", "because", "while", "after", "before", "when", "since", "though", "although", "as"}
    | {"that", "which", "who", "during", "on", "at", "if", "until", "despite", "than", "by", "in", "with"}
    # A time after the object: "approved the budget late on Monday", "rejected the plan this week".
    | {"late", "early", "earlier", "later", "last", "next", "this", "yesterday", "today", "tomorrow", "recently"}
)
_TARGET_WORDS = 4


@attrs.frozen
class _Stance:
    """A stance phrase: its words' positions (first to last), the pole it takes, and the concept it compares in."""

    first: int
    last: int
    affirmed: bool
    key: str


def _stance_phrases(sentence: str, words: Sequence[Word]) -> list[_Stance]:
    """The stances a sentence takes in phrases rather than verbs of the two poles.

    The class of language read: a stance on a thing written as a phrase: a verb of stance with "for" or "against"
    ("voted for", "came out against", "is for", "has long been against"), "in favor of" (and "favour"), "in support
    of" / "in opposition to", "supportive of" / "opposed to", a holder of a stance ("a supporter of" / "an opponent
    of"), and a prefix on a noun ("pro-gun" / "anti-gun"). The first compare in the concept of assent with the verbs
    of _POLES ("backs" / "came out against"); a prefix, which makes an adjective of its noun, only with another
    prefix. Each stance is bound to what follows it (see _target), so that two stances compare only on one thing.
    """
    found = []
    for position, word in enumerate(words):
        lower = word.lower
        if lower in {"for", "against"}:
            verb = _stance_verb_before(words, position)
            if verb is not None and not (lower == "for" and _coming_or_speaking(words, verb)):
                found.append(_Stance(verb, position, lower == "for", "accept"))
        elif lower in _STANCE_HOLDERS and lower_at(words, position + 1) == "of" and _a_predicate(words, position):
            found.append(_Stance(position, position + 1, _STANCE_HOLDERS[lower], "accept"))
        elif lower in _STANCE_PREFIXES and position + 1 < len(words) and _hyphened(sentence, words, position):
            found.append(_Stance(position, position + 1, _STANCE_PREFIXES[lower], "stance"))
        elif lower in _STANCE_PHRASE_STARTS:
            for phrase, affirmed in _STANCE_PHRASES:
                if lowers(words, position, len(phrase)) == phrase and not (
                    lower == "opposed" and lower_at(words, position - 1) == "as"
                ):
                    verb = _stance_verb_before(words, position)
                    found.append(
                        _Stance(position if verb is None else verb, position + len(phrase) - 1, affirmed, "accept")
                    )
    return found


def _a_predicate(words: Sequence[Word], position: int) -> bool:
    """Whether a holder of a stance is said of the sentence's subject ("The mayor is a longtime supporter of",
    "as an opponent of"): a copula or "as" before it, an article and adjectives between. As the subject itself
    ("Supporters of the plan rallied") it names a group, and two groups may both have acted."""
    for index in range(position - 1, max(-1, position - 1 - _HOLDER_REACH), -1):
        lower = words[index].lower
        if lower in _COPULAS:
            return True
        if lower not in {"a", "an", "the"} and (words[index].capitalised or lower in AUX):
            return False
    return False


def _stance_verb_before(words: Sequence[Word], position: int) -> int | None:
    """The position of the verb of stance a "for" or "against" (or a phrase) follows, a few adverbs between."""
    for index in range(position - 1, max(-1, position - 1 - _STANCE_REACH), -1):
        lower = words[index].lower
        if lower in _STANCE_VERBS:
            return index
        if lower not in _STANCE_SKIP and not (lower.endswith("ly") and len(lower) > 4):
            return None
    return None


def _coming_or_speaking(words: Sequence[Word], verb: int) -> bool:
    """Whether "for" follows a verb of coming or speaking without "out": "the time has come for them", "do not speak
    for seniors" are an arrival and a mandate; "came out for", "spoke out for" take a stance."""
    return words[verb].lower in _OUT_VERBS and lower_at(words, verb + 1) != "out"


def _hyphened(sentence: str, words: Sequence[Word], position: int) -> bool:
    """Whether a word is joined to the next by a hyphen ("pro-gun")."""
    return sentence[words[position].end : words[position + 1].start] == "-" and words[position + 1].lower.isalpha()


def _target(sentence: str, words: Sequence[Word], start: int) -> tuple[str, ...]:
    """The keys of the content words a stance or a verb of two poles is taken on: those from words[start] to the end
    of its phrase (punctuation, a joining word, another act), at most a few, in order."""
    keys: list[str] = []
    for index in range(start, len(words)):
        word = words[index]
        if word.lower in _TARGET_ENDS or (index > start and sentence[words[index - 1].end : word.start].strip()):
            break
        if word.weight >= CONTENT_WEIGHT and word.lower.isalpha() and word.lower not in AUX:
            keys.append(word.key)
            if len(keys) == _TARGET_WORDS:
                break
    return tuple(keys)


def _one_target(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two stances are taken on one thing: their phrases end in the same word, the thing named ("in favor
    of building the mosque" / "against construction of the mosque"), or share two words ("the bill to restrict
    guns" / "the gun bill"); one shared modifier is not enough ("the proposed tax increase" / "the rezoning
    proposal", one stem)."""
    return bool(a and b) and (a[-1] == b[-1] or len(set(a) & set(b)) >= 2)


def _stance_predicate(sentence: str, words: Sequence[Word], stance: _Stance, asked: frozenset[str]) -> Predicate:
    first, last = words[stance.first], words[stance.last]
    predicate = _predicate(words, first, stance.affirmed, first.start, last.end, stance.last, stance.first)
    # A prefix's thing is its own noun ("anti-gun"); a phrase's, what follows it.
    target = (last.key,) if stance.key == "stance" else _target(sentence, words, stance.last + 1)
    return attrs.evolve(predicate, key=stance.key, concept=True, verb=True, asked=asked, stance=True, target=target)


# Comparison


def polarity_findings(a: Facts, b: Facts) -> list[Finding]:
    if not (a.may_deny or b.may_deny):
        return []
    poles_a = {(p.key, p.affirmed) for p in a.predicates}
    if not any((p.key, not p.affirmed) in poles_a for p in b.predicates):
        # No predicate one sentence affirms and the other denies: nothing to align.
        return []
    found = []
    for pa, pb in _counterparts(*_stated_differently(a, b)):
        if pa.affirmed == pb.affirmed:
            continue
        if not (pa.verb and pb.verb) or pa.asked != pb.asked:
            continue
        if (pa.concept or pb.concept) and (pa.context or pb.context) and not pa.context & pb.context:
            # Two poles said of different things; with only light words around both ("things will get better"),
            # the clause's words decide below whether it is one proposition.
            continue
        if (pa.stance or pb.stance) and not _one_target(pa.target, pb.target):
            # "voted for the bill" / "voted against the amendment": two stances on two things.
            continue
        poles = pa.concept and pb.concept
        if poles and pa.target and pb.target and not _one_target(pa.target, pb.target):
            # "approved the budget" / "rejected the merger": two poles taken on two things.
            continue
        if not _same_proposition(a, pa, b, pb) or _of_other_subjects(a, pa.start, b, pb.start, things=poles):
            continue
        found.append(
            Finding(
                "polarity",
                (pa.start, pa.end),
                (pb.start, pb.end),
                f'"{a.text[pa.start : pa.end]}"',
                f'"{b.text[pb.start : pb.end]}"',
                0.6,
                "A says {a}; B says {b}: one affirms what the other denies.",
            )
        )
    return found


def _stated_differently(a: Facts, b: Facts) -> tuple[list[Predicate], list[Predicate]]:
    """The predicates of each sentence, those both state alike at the same place of the claim set aside.

    The class of language read: a claim holds several verbs of one pair of poles ("rejected reports that Obama
    refused", "Democratic-backed legislation ... approves a spending bill"); the verb both sentences write alike,
    where their words align, is no evidence either way, and the one changed ("rejected" / "accepted") is still a
    denial of the other.
    """
    matcher = difflib.SequenceMatcher(None, [w.key for w in a.words], [w.key for w in b.words], autojunk=False)
    aligned = {
        a.words[block.a + k].start: b.words[block.b + k].start
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
    }
    at_b = {(p.start, p.key, p.affirmed): p for p in b.predicates}
    alike = {
        id(p): at_b[(aligned[p.start], p.key, p.affirmed)]
        for p in a.predicates
        if (aligned.get(p.start), p.key, p.affirmed) in at_b
    }
    set_aside_b = {id(p) for p in alike.values()}
    return [p for p in a.predicates if id(p) not in alike], [p for p in b.predicates if id(p) not in set_aside_b]


def _counterparts(in_a: Sequence[Predicate], in_b: Sequence[Predicate]) -> list[tuple[Predicate, Predicate]]:
    """Predicates of one key paired one to one: the only one of each sentence, else those with the most words
    around them in common ("the board supported the request after the mayor rejected a delay": "supported" is the
    counterpart of "opposed the request", not "rejected")."""
    pairs = []
    for key in sorted({p.key for p in in_a} & {p.key for p in in_b}):
        of_a = [p for p in in_a if p.key == key]
        of_b = [p for p in in_b if p.key == key]
        if len(of_a) == len(of_b) == 1:
            pairs.append((of_a[0], of_b[0]))
            continue
        candidates = [
            (-len(pa.context & pb.context), i, j, (pa, pb))
            for i, pa in enumerate(of_a)
            for j, pb in enumerate(of_b)
            if pa.context & pb.context
        ]
        pairs += one_to_one(candidates)
    return pairs


def dropped_negations(a: Facts, b: Facts) -> list[Finding]:
    """A negation one of two nearly identical sentences has where the other has none: "there was no evidence that
    the fire was set" / "there was evidence that the fire was set", "would not return to the table" / "were ready to
    return to the table".

    The words are aligned; a short changed stretch with a negation on one side only, in sentences that do not hold
    the same number of negations, is one affirming what the other denies.
    """
    if _negations(a.words) == _negations(b.words):
        return []
    matcher = difflib.SequenceMatcher(None, [w.key for w in a.words], [w.key for w in b.words], autojunk=False)
    codes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal" or i2 - i1 > _MAX_NEGATED_CHANGE or j2 - j1 > _MAX_NEGATED_CHANGE:
            continue
        if not (0 < index < len(codes) - 1):
            # A clause one sentence adds at its end ("..., has denied wrongdoing") negates nothing the other says.
            continue
        denied_in_a = bool(_denials_between(a.words, i1, i2))
        if denied_in_a == bool(_denials_between(b.words, j1, j2)):
            continue
        pole_a, pole_b = _a_pole(a.words[i1:i2]), _a_pole(b.words[j1:j2])
        if pole_a and pole_b:
            # A verb of two poles on each side ("rejected" / "approved", "refuse" / "reject", "did not pass" / "voted
            # down"): compared as poles, bound to their subjects and objects (polarity_findings).
            continue
        denying, first, last = (a.words, i1, i2) if denied_in_a else (b.words, j1, j2)
        if not any(_denying(denying[position]) for position in range(first, last)):
            # Only a verb of two poles denies here ("rejected the pipeline" / "argued for the merger"): it is compared
            # as a pole, with its subject and object, or not at all.
            continue
        if _possibility(a.words[max(0, i1 - 1) : i2]) != _possibility(b.words[max(0, j1 - 1) : j2]):
            # "could allow" / "does not allow": a possibility is not what the denial contradicts; "could help" /
            # "could not help" affirm and deny one possibility.
            continue
        if _named_elsewhere(_agent_before(a.words, i1), b) or _named_elsewhere(_agent_before(b.words, j1), a):
            continue
        span_a = _negated_span(a, i1, i2)
        span_b = _negated_span(b, j1, j2)
        if _of_other_subjects(a, span_a[0], b, span_b[0], things=pole_a or pole_b):
            continue
        return [
            Finding(
                "polarity",
                span_a,
                span_b,
                f'"{a.text[slice(*span_a)]}"',
                f'"{b.text[slice(*span_b)]}"',
                0.6,
                "A says {a}; B says {b}: one affirms what the other denies.",
            )
        ]
    return []


def sole_negation(a: Facts, b: Facts) -> list[Finding]:
    """In one claim told nearly word for word but reordered, a sentence that denies what the other, with no denial
    at all, states: "no ransom had been paid" / "were paid a ransom", "would not return" / "were ready to return"."""
    for one, other, swap in ((a, b, False), (b, a, True)):
        if _negations(one.words) != 1 or _negations(other.words):
            continue
        position = next(i for i in range(len(one.words)) if _denying_at(one.words, i))
        if _contrastive_not(one.words, position) or not _denying(one.words[position]):
            # A verb of two poles ("opposed the deal" / "are against the deal") is compared as a pole, or not at all.
            continue
        target = _denied_word(one.words, position)
        match = next((w for w in other.words if target is not None and w.key == target.key), None)
        if target is None or match is None or _left_open(other.words, match) != _left_open(one.words, target):
            continue
        if _named_elsewhere(_agent_before(one.words, position), other):
            continue
        span_one = (one.words[position].start, target.end)
        if _of_other_subjects(one, span_one[0], other, match.start):
            continue
        at_other = _verb_before(other.words, other.words.index(match))
        if one.words[position].lower in _POLE_WORDS and _subjects_apart(one, span_one[0], other, at_other):
            continue
        finding = Finding(
            "polarity",
            span_one,
            (match.start, match.end),
            f'"{one.text[slice(*span_one)]}"',
            f'"{other.text[match.start : match.end]}"',
            0.5,
            "A says {a}; B says {b}: one affirms what the other denies.",
        )
        return [finding.swapped() if swap else finding]
    return []


def _of_other_subjects(a: Facts, at_a: int, b: Facts, at_b: int, *, things: bool = False) -> bool:
    """Whether what one sentence affirms and the other denies is said of two subjects that share no word: "only the
    aide faced consequences" / "the senator suffered no consequences" are two people, and agree.

    The class of language read: a predicate with its own written subject on each side, a person named or titled
    ("the aide", "the senator", "Mr. Merrill"). A subject given as a pronoun or left out ("did not respond"), or a
    thing, which another report may name otherwise ("the plant" / "the facility"), is no subject here, and the
    predicates still compare.

    With ``things``, for two verbs of opposite poles ("The Senate approved" / "The House rejected", "Democrats
    refused" / "Republicans accepted", "Home prices rose" / "Rents fell"), any two written subjects count, also one
    standing before a parenthetical ("The Senate, after hours of debate, commended"), when they share no word and
    neither is named anywhere in the other sentence: each pole is then said of its own subject, and both may be true.
    """
    subject_a = [w for w in subject_before(a.text, a.words, at_a) if _a_subject_word(w)]
    subject_b = [w for w in subject_before(b.text, b.words, at_b) if _a_subject_word(w)]
    # A thing may be named otherwise ("the plant" / "the new facility"); people are told apart by name or title.
    people = any(names_a_person(w) for w in subject_a) and any(names_a_person(w) for w in subject_b)
    if people and not {w.key for w in subject_a} & {w.key for w in subject_b}:
        return True
    return things and _subjects_apart(a, at_a, b, at_b)


def _subjects_apart(a: Facts, at_a: int, b: Facts, at_b: int) -> bool:
    """Whether two written subjects share no word and neither is named anywhere in the other sentence."""
    subject_a, subject_b = _written_subject(a, at_a), _written_subject(b, at_b)
    if not (subject_a and subject_b):
        return False
    keys_a, keys_b = {w.key for w in subject_a}, {w.key for w in subject_b}
    return not keys_a & b.keys and not keys_b & a.keys


# Words that open a sentence's first clause when it is no subject: "After a long hearing, ...", "On Tuesday, ...".
_CLAUSE_OPENERS = frozenset(
    {"after", "before", "on", "in", "at", "during", "since", "despite", "according", "with", "without", "for", "as"}
    | {"while", "when", "if", "although", "though", "because", "by", "under", "earlier", "later", "meanwhile"}
    | {"however", "but", "and", "so", "yet", "still", "also", "then", "instead", "separately"}
)


def _written_subject(facts: Facts, at: int) -> list[Word]:
    """The words of the subject of the verb at an offset: the content words and names just before its verb group
    ("the city council approved", "Republicans upheld", "the House has banned", "the board voted to approve"), or,
    when its clause opens on the verb, the sentence's first clause standing before a parenthetical ("The Senate,
    after hours of debate, commended"): a clause without a verb that opens on no preposition or adverb."""
    return _subject_before_verb_group(facts, at) or _subject_before_parenthetical(facts, at)


def _subject_before_verb_group(facts: Facts, at: int) -> list[Word]:
    words = facts.words
    position = next((i for i, w in enumerate(words) if w.start >= at), len(words))
    subject: list[Word] = []
    for index in range(position - 1, -1, -1):
        word = words[index]
        if facts.text[word.end : words[index + 1].start].strip():
            break  # punctuation: the clause starts after it
        if not subject and _in_verb_group(words, index):
            continue
        if not _subject_word(word) or a_verb_form(word) or not word.lower.isalpha():
            break
        subject.insert(0, word)
    return subject


def _subject_before_parenthetical(facts: Facts, at: int) -> list[Word]:
    spans = clause_spans(facts.text)
    if len(spans) < 2 or at < spans[1][0]:
        return []
    first = [w for w in facts.words if spans[0][0] <= w.start and w.end <= spans[0][1]]
    if not first or first[0].lower in _CLAUSE_OPENERS or any(a_verb_form(w) or w.lower in AUX for w in first):
        return []
    return [w for w in first if _subject_word(w)]


def _subject_word(word: Word) -> bool:
    """A content word or a name ("House" weighs little in English, but names a body here)."""
    return _a_subject_word(word) or (word.capitalised and word.start > 0 and word.lower.isalpha())


def _verb_before(words: Sequence[Word], index: int) -> int:
    """The offset of the verb a word is the object of ("accepted" of "accepted the buyout offer"): a verb of two
    poles or a verb form a few words before it; the word's own offset when there is none."""
    for before in range(index - 1, max(-1, index - 1 - _DENIAL_REACH), -1):
        word = words[before]
        if word.lower in _POLE_WORDS or a_verb_form(word):
            return word.start
    return words[index].start


def _in_verb_group(words: Sequence[Word], index: int) -> bool:
    """An auxiliary, a negation, an adverb or a verb before "to" of the verb group a subject stands before ("has not
    yet", "voted to", "will soon")."""
    lower = words[index].lower
    if lower in _AUXILIARIES or lower in _SCOPE_SKIP or lower in NEGATION_WORDS or lower.endswith("n't"):
        return True
    return (lower.endswith("ly") and len(lower) > 4) or lower_at(words, index + 1) == "to"


def _a_pole(words: Sequence[Word]) -> bool:
    """Whether a verb of two opposite poles stands among the words ("rejected", "banned", "lost")."""
    return any(w.lower in _POLE_WORDS for w in words)


def _a_subject_word(word: Word) -> bool:
    return word.weight >= CONTENT_WEIGHT and word.lower not in NEGATION_WORDS and word.lower not in AUX


def _possibility(words: Sequence[Word]) -> frozenset[str]:
    """The words of a question or a possibility among these ("could", "whether"); one possibility affirmed on one
    side and denied on the other stands under the same words on both."""
    return frozenset(w.lower for w in words if w.lower in _OPEN_QUESTION)


def _left_open(words: Sequence[Word], word: Word) -> frozenset[str]:
    """The question or possibility words before a word: "announces whether he will seek a second term" leaves open
    what the other sentence denies, unless the denial stands under the same words ("could not help" / "could
    help")."""
    return _possibility([w for w in words if w.end <= word.start])


def _denied_word(words: Sequence[Word], position: int) -> Word | None:
    """The content word a negation denies: the first after it, auxiliaries and articles skipped ("no ransom had
    been paid" denies the ransom, "would not return" the return)."""
    for word in words[position + 1 : position + 1 + _DENIAL_REACH]:
        if word.weight >= CONTENT_WEIGHT and word.lower not in AUX and word.lower.isalpha():
            return word
    return None


def _negations(words: Sequence[Word]) -> int:
    return sum(1 for position in range(len(words)) if _denying_at(words, position))


def _denying_at(words: Sequence[Word], position: int) -> bool:
    """A denial at a position: a negation or a denying verb ("refused"), also the denying pole of a decision where
    it stands as a verb ("rejected", "will ban", "voted down"; not "the ban", nor "lost", see _DECISIONS)."""
    if _denying(words[position]):
        return True
    if words[position].lower not in _POLE_WORDS:
        return False
    return any(not affirmed and concept in _DECISIONS for concept, affirmed in _concepts(words, position))


def _denying(word: Word) -> bool:
    """A negation or a denying verb ("not", "didn't", "refused", "without")."""
    return word.lower in _DENYING_WORDS or word.lower.endswith("n't")


def _denials_between(words: Sequence[Word], start: int, end: int) -> int:
    """The negations among words[start:end] that deny an act, leaving out a "not" that sets one noun phrase
    against another (read with the word before the stretch)."""
    return sum(
        1 for position in range(start, end) if _denying_at(words, position) and not _contrastive_not(words, position)
    )


def _contrastive_not(words: Sequence[Word], position: int) -> bool:
    """A "not" that opens a noun phrase set against another, after a comma or a joining word or opening a sentence
    ("deserve respect, not a spot at a bar", "the aide, not the senator, signed it", "but not the troops"): it says
    which of two things is meant, so it is never the one denial that sets its sentence against another naming the
    second thing plainly. It still counts as a negation ("applies to married couples, not civil unions" / "would
    not apply to civil unions" hold one each). After an auxiliary or a verb ("would not pay", "said not a word") it
    is an ordinary denial."""
    if words[position].lower != "not" or lower_at(words, position + 1) not in _NOUN_PHRASE_STARTS:
        return False
    if position == 0:
        return True  # "Not a theology based on the Bible.": a fragment that names what is meant
    previous = words[position - 1]
    # Words follow each other after one space; more between them is punctuation (", not the").
    return previous.lower in _CONTRAST_JOINERS or words[position].start - previous.end > 1


def _negated_span(facts: Facts, first: int, last: int) -> tuple[int, int]:
    """The changed words and the word after them ("no evidence", "not at risk"); the word at the change when
    nothing changed on this side."""
    words = facts.words
    end = min(last + 1, len(words))
    start = min(first, end - 1)
    return words[start].start, words[end - 1].end


def _same_proposition(a: Facts, pa: Predicate, b: Facts, pb: Predicate) -> bool:
    """Whether two predicates, one affirmed and one denied, say the same thing of the same things.

    Their clauses must share most of their content words: "Sestak was offered positions on advisory boards" and
    "did not offer Mr. Sestak a full-time paid position because ..." share a verb and a name, not a proposition;
    "responded to the request" and "did not respond to an email" have different subjects.
    """
    if _named_elsewhere(_agent(a, pa), b) or _named_elsewhere(_agent(b, pb), a):
        return False
    keys_a = _clause_keys(a, pa.start)
    keys_b = _clause_keys(b, pb.start)
    if pa.concept and pb.concept:
        # Two verbs of opposite poles differ by design: the proposition is the words around them ("who praised the
        # ruling" / "who condemned the ruling" say one thing of the ruling).
        keys_a -= _pole_keys(a, pa)
        keys_b -= _pole_keys(b, pb)
    smaller = min(len(keys_a), len(keys_b))
    return smaller > 0 and len(keys_a & keys_b) >= _PROPOSITION_SHARE * smaller


def _pole_keys(facts: Facts, predicate: Predicate) -> frozenset[str]:
    """The keys of the words of a pole as written ("praised", "condemned")."""
    return frozenset(w.key for w in facts.words if predicate.start <= w.start < predicate.end)


def _agent(facts: Facts, predicate: Predicate) -> Word | None:
    """The content word just before a predicate, auxiliaries and negations skipped: who acts ("Clinton's team
    responded", "Mr. Merrill, did not respond"), or None when none stands within a few words."""
    return _agent_before(facts.words, sum(1 for w in facts.words if w.end <= predicate.start))


def _agent_before(words: Sequence[Word], position: int) -> Word | None:
    """The agent of what stands at words[position]: the nearest content word before it (see _agent)."""
    before = words[max(0, position - _AGENT_REACH) : position]
    for word in reversed(before):
        if word.lower in NEGATION_WORDS or word.weight < CONTENT_WEIGHT or word.lower in AUX:
            continue
        return word
    return None


def _named_elsewhere(agent: Word | None, other: Facts) -> bool:
    """Whether a predicate's agent is a name the other sentence does not give: someone else acts there ("Mr.
    Merrill did not respond" against "Clinton's team responded"). A common noun may be paraphrased ("the plant" /
    "the facility"), so only names count."""
    return agent is not None and agent.capitalised and agent.start > 0 and agent.key not in other.keys


def _clause_keys(facts: Facts, at: int) -> frozenset[str]:
    start, end = next(((s, e) for s, e in clause_spans(facts.text) if s <= at < e), (0, len(facts.text)))
    return frozenset(
        w.key
        for w in facts.words
        if start <= w.start and w.end <= end and w.weight >= CONTENT_WEIGHT and w.lower not in NEGATION_WORDS
    )
