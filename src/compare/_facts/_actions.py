"""What a value in a sentence is the value of: the action (predicate) near it, in its clause.

Two linked sentences often carry values of different facts: "Obama said Wednesday in a speech" and "House
Republicans passed a resolution on Tuesday" are linked (both tell of the motto vote), but Wednesday is the day of the
speech and Tuesday the day of the vote. A value is bound to the actions of its own clause within a few words of it,
and two values are compared only when those actions are the same or kin ("resigned" / "stepped down", "said" /
"told", "killed" / "died").

The kin are a short table of the verbs and event nouns news reports use for the same act; stems (Snowball) settle
regular forms, the table the irregular ones ("said", "met", "told") and synonyms.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._text._normalize import stem
from .._text._segment import clause_spans
from .._text._words import Word

__all__ = ["actions_near", "same_action", "same_verb", "word_after"]

# How far, in words, an action may stand from the value it governs.
_REACH = 6
# The least rarity weight of a content word (function words weigh less).
_CONTENT_WEIGHT = 0.5

# Kin of one act, each group's first word its name. Irregular forms are listed, regular ones reach the group through
# their stem.
_KIN: tuple[tuple[str, ...], ...] = (
    (
        *("say", "said", "says", "tell", "told", "state", "add", "note", "remark", "comment", "speak", "spoke"),
        *("claim", "argue", "insist", "assert", "explain", "write", "wrote", "written", "respond", "reply"),
        *("answer", "interview", "speech", "statement", "remarks", "spoken"),
    ),
    ("announce", "announcement", "declare", "declaration", "unveil", "launch", "reveal", "disclose", "candidacy"),
    ("kill", "die", "died", "dead", "death", "perish", "slain", "slay", "fatal", "toll", "lost"),
    ("resign", "resignation", "quit", "step", "stepped", "leave", "left", "departure", "retire", "retirement"),
    ("meet", "met", "meeting", "conference", "talk", "talks", "summit", "visit", "host", "hosted"),
    ("arrest", "detain", "custody", "charge", "indict", "indictment", "accuse", "plead", "pleaded", "pled"),
    ("vote", "pass", "passed", "approve", "approval", "adopt", "ratify", "reject", "ballot", "elect", "election"),
    ("call", "phone", "telephone", "spoke"),
    ("attack", "strike", "struck", "bomb", "bombing", "shoot", "shot", "shooting", "fire", "fired", "hit"),
    ("sign", "signed", "enact", "law"),
    ("agree", "agreed", "agreement", "deal", "accord", "ceasefire", "truce", "pact"),
    ("release", "free", "freed", "exchange", "swap", "return", "returned"),
    ("file", "filed", "sue", "lawsuit", "suit", "challenge"),
    ("hear", "hearing", "testify", "testimony", "appear", "appearance"),
    ("win", "won", "victory", "defeat", "beat", "beaten", "lose", "loss"),
    ("begin", "began", "begun", "start", "open", "opened", "launch", "break", "broke", "erupt", "outbreak"),
    ("end", "ended", "close", "closed", "finish", "conclude"),
    ("crash", "collide", "collision", "accident", "overturn", "plunge"),
)

# Nouns that name an act, which a date often governs ("Wednesday's speech", "the vote on Tuesday").
_EVENT_NOUNS = frozenset(
    {"speech", "statement", "interview", "announcement", "vote", "meeting", "talks", "summit", "hearing", "call"}
    | {"election", "attack", "crash", "death", "resignation", "arrest", "visit", "debate", "rally", "ruling"}
    | {"verdict", "trial", "launch", "release", "letter", "address", "conference", "briefing", "remarks"}
    | {"agreement", "deal", "ceasefire", "truce"}
)

# The past forms of irregular verbs news uses, with their stems: "said" is a form of "saying".
_IRREGULAR_PAST = {
    "said": "say", "told": "tell", "met": "meet", "spoke": "speak", "wrote": "write", "won": "win", "lost": "lose",
    "left": "leav", "began": "begin", "held": "hold", "sent": "send", "took": "take", "gave": "give", "made": "make",
    "came": "come", "went": "go", "ran": "run", "fell": "fall", "rose": "rise", "brought": "bring", "bought": "buy",
    "sold": "sell", "paid": "pay", "led": "lead", "chose": "choos", "spent": "spend", "kept": "keep", "found": "find",
    "became": "becom", "saw": "see", "felt": "feel", "heard": "hear", "knew": "know", "thought": "think",
    "stood": "stand", "understood": "understand", "drew": "draw", "grew": "grow", "threw": "throw", "flew": "fli",
    "fled": "flee", "got": "get", "did": "do", "had": "have", "was": "be", "were": "be", "struck": "strike",
}  # fmt: skip
# Auxiliaries are forms of verbs, but no act.
_AUXILIARY_PAST = frozenset({"did", "got", "had", "was", "were"})
# Irregular and common verb forms that no "-ed" ending marks as an act.
_IRREGULAR = (frozenset(_IRREGULAR_PAST) - _AUXILIARY_PAST) | frozenset(
    {"says", "tells", "meets", "announces", "declares", "resigns", "signs", "votes", "calls", "beat", "hit", "shot"}
    | {"put", "set", "cut", "quit", "sat", "freed", "died", "dead", "pled"}
)

_KIN_OF: dict[str, str] = {}
for _group in _KIN:
    for _form in _group:
        _KIN_OF.setdefault(_form, _group[0])
        _KIN_OF.setdefault(stem(_form), _group[0])


def _act_key(word: Word) -> str | None:
    """The act a word names, or None when it names none."""
    lower = word.lower
    if not lower.isalpha() or (word.capitalised and lower not in _EVENT_NOUNS):
        return None
    is_act = (
        lower in _IRREGULAR or lower in _EVENT_NOUNS or (lower.endswith("ed") and len(lower) > 4) or lower in _KIN_OF
    )
    if not is_act:
        return None
    return _KIN_OF.get(lower) or _KIN_OF.get(word.key) or word.key


def actions_near(text: str, words: Sequence[Word], start: int, end: int) -> frozenset[str]:
    """The acts within a few words of a value, in its clause.

    Args:
        text: The sentence.
        words: Its words.
        start: Where the value starts in the sentence.
        end: Where it ends.

    Returns:
        The acts' keys (a kin group's name, or the word's stem).
    """
    clause = next(((s, e) for s, e in clause_spans(text) if s <= start < e), (0, len(text)))
    found = _acts_within(words, clause, start, end)
    # "In 2020, a court ... ordered": a value set off by a comma governs the clause beside it.
    return found or _acts_within(words, (0, len(text)), start, end)


def _acts_within(words: Sequence[Word], clause: tuple[int, int], start: int, end: int) -> frozenset[str]:
    """The clause's nearest act before the value (its verb, however far: "ran aground off the island of X on
    Tuesday") and the acts a few words after it ("Tuesday's speech")."""
    inside = [w for w in words if clause[0] <= w.start and w.end <= clause[1]]
    acts_before = [key for w in inside if w.end <= start and (key := _act_key(w)) is not None]
    after = [w for w in inside if w.start >= end][:_REACH]
    found = {key for w in after if (key := _act_key(w)) is not None}
    if acts_before:
        found.add(acts_before[-1])
    return frozenset(found)


def same_action(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two values are bound to the same act (both bound to some act, and one act in common)."""
    return bool(one & other)


def word_after(text: str, words: Sequence[Word], end: int) -> str:
    """The key of the first content word after a value in its clause ("agreement" in "Tuesday's agreement"), or "".

    Two values followed by the same word are values of one thing whatever the act: "Tuesday's ceasefire" and
    "Wednesday's ceasefire", "Marco Rubio and National Security Advisor ..." and "John Kerry and National ...".
    """
    clause_end = next((e for s, e in clause_spans(text) if s <= end <= e), len(text))
    for word in words:
        if word.start >= end and word.end <= clause_end and word.weight >= _CONTENT_WEIGHT and word.lower.isalpha():
            # A name after two dates ("said Thursday that Labrador", "tweeted on Friday: Labrador") is what was
            # said, not what the dates are the dates of.
            return "" if word.capitalised else word.key
    return ""


def same_verb(one: str, other: str) -> bool:
    """Whether two lower-case words are forms of one verb ("saying" / "said", "finds" / "found")."""
    return _verb_stem(one) == _verb_stem(other)


def _verb_stem(word: str) -> str:
    return _IRREGULAR_PAST.get(word) or stem(word)
