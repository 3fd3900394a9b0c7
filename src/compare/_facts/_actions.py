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

from collections.abc import Callable, Iterable, Sequence

import attrs

from .._text._normalize import stem
from .._text._segment import clause_spans
from .._text._verbs import IRREGULAR_PAST as _IRREGULAR_PAST
from .._text._verbs import a_regular_past
from .._text._words import Word

__all__ = [
    "ACT_WORD_ENDINGS",
    "ACT_WORD_FORMS",
    "ACT_WORD_KEYS",
    "BE_FORMS",
    "KnownActs",
    "PhraseActs",
    "a_verb_at",
    "a_verb_form",
    "a_verb_of_saying",
    "act_words_near",
    "acting_verbs",
    "actions_near",
    "acts_before",
    "acts_of",
    "acts_of_a_phrase",
    "known_acts",
    "names_an_act",
    "other_subjects",
    "passive_subject",
    "phrase_clause",
    "predicate_acts",
    "same_action",
    "same_verb",
    "subject_before",
    "subject_of_act",
    "verb_stem",
    "verbs_near",
    "verbs_of_saying",
    "word_after",
]

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
    (
        *("announce", "announcement", "declare", "declaration", "unveil", "launch", "reveal", "disclose"),
        *("candidacy", "report"),
    ),
    ("kill", "die", "died", "dead", "death", "perish", "slain", "slay", "fatal", "toll", "lost"),
    ("resign", "resignation", "quit", "step", "stepped", "leave", "left", "departure", "retire", "retirement"),
    ("meet", "met", "meeting", "conference", "talk", "talks", "summit", "visit", "host", "hosted"),
    # Custody and the charge are two acts of one case: "was arrested on June 18" / "was charged on June 25".
    ("arrest", "detain", "custody"),
    ("charge", "indict", "indictment", "accuse", "plead", "pleaded", "pled"),
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

# Forms of "to be" before a past form make it passive ("was declared").
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Auxiliaries, modals and negations that open a verb group ("did not include", "would never return").
_VERB_GROUP = BE_FORMS | frozenset(
    {"did", "does", "do", "had", "has", "have", "would", "will", "could", "can", "should"}
)
_VERB_GROUP |= frozenset({"may", "might", "must", "not", "never", "no", "cannot"})
# Auxiliaries are forms of verbs, but no act.
_AUXILIARY_PAST = frozenset({"did", "got", "had", "was", "were"})
# Irregular and common verb forms that no "-ed" ending marks as an act.
_IRREGULAR = (frozenset(_IRREGULAR_PAST) - _AUXILIARY_PAST) | frozenset(
    {"says", "tells", "meets", "announces", "declares", "resigns", "signs", "votes", "calls", "beat", "hit", "shot"}
    | {"put", "set", "cut", "quit", "sat", "freed", "died", "dead", "pled"}
)

# Verbs that set when an act happens without naming it ("the runoff was scheduled for June 18", "the hearing is set
# for Friday"): the act is what they are said of.
_TIMING = frozenset(
    {"scheduled", "rescheduled", "set", "planned", "moved", "postponed", "delayed", "slated", "expected", "due"}
    | {"pushed", "brought", "fixed", "timed"}
)
# Light verbs, whose act is the noun they govern ("took place", "made no mention", "gave a speech", "held a vote"):
# alone they name no act a date could be the date of.
_LIGHT = frozenset({"took", "made", "gave", "came", "went", "got", "put", "kept", "held", "brought", "did", "had"})
# Verbs that bind a value to no act of their own.
_NO_ACT_OF_THEIR_OWN = _TIMING | _LIGHT
# Personal pronouns that name one subject each: "she" and "he" are two subjects. "They" and "we" are left out, as a
# group may hold either.
_PRONOUNS = frozenset({"she", "he", "i", "it"})
_SAYING = _KIN[0][0]
# Present forms of saying that attribute a statement ("Authorities say 11 are dead"); "-ed" and irregular pasts are
# read by a_verb_form.
_PRESENT_SAYING = frozenset({"say", "says", "tell", "tells", "adds", "insists", "argues", "claims", "notes"})
_KIN_OF: dict[str, str] = {}
for _group in _KIN:
    for _form in _group:
        _KIN_OF.setdefault(_form, _group[0])
        _KIN_OF.setdefault(stem(_form), _group[0])
_KIN_NAMES = frozenset(group[0] for group in _KIN)
# Words after which a verb stands in its bare form: the infinitive's "to" and modals ("to return", "will ask").
_BEFORE_A_BARE_VERB = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should"})
_BEFORE_A_BARE_VERB |= frozenset({"did", "does", "do", "not", "never", "cannot", "can't", "won't", "couldn't"})
_BEFORE_A_BARE_VERB |= frozenset({"wouldn't", "shouldn't", "didn't", "doesn't", "don't", "mustn't"})
# Adverbs that may stand between "to" or a modal and the verb ("to further discuss", "will also ask").
_SPLITTING_ADVERBS = frozenset({"further", "also", "then", "still", "just", "now", "again", "soon", "not", "never"})
# How many words before a phrase the verb whose object it is may stand ("will ask Minister Ruiz", "met with
# Ruiz"), and how many after it the verbs it is the subject of ("Ruiz and Haddad are due to fly to Geneva").
_OBJECT_REACH = 4
_SUBJECT_REACH = 6
# The forms and keys of the verbs of saying.
_SAYING_FORMS = frozenset(form for form, kin in _KIN_OF.items() if kin == _SAYING)

# Harms a count is counted for, by the stems of the words that tell them ("22 wounded", "were evacuated") and the
# names of their kin groups: a count of people harmed is a fact of its own (see known_acts).
_HARM_OF = {
    key: group[0]
    for group in (
        ("kill", "dead", "die", "death", "fatal", "slain"),
        ("injur", "wound", "hurt"),
        ("miss", "unaccount"),
        ("arrest", "detain"),
        ("evacu", "displac"),
    )
    for key in group
}


@attrs.frozen
class KnownActs:
    """The acts of a value that the act table knows: all of them, and the harms among them."""

    acts: frozenset[str]
    harms: frozenset[str]


def known_acts(keys: Iterable[str]) -> KnownActs:
    """The acts among keys (acts near a value, words of what it counts) that the act table knows.

    Args:
        keys: Act keys as actions_near gives them (a kin group's name or a stem), and keys of counted words.
    """
    keys = frozenset(keys)
    harms = frozenset(_HARM_OF[key] for key in keys if key in _HARM_OF)
    return KnownActs(frozenset(key for key in keys if key in _KIN_NAMES) | harms, harms)


def _act_key(word: Word) -> str | None:
    """The act a word names, or None when it names none."""
    lower = word.lower
    if not lower.isalpha() or (word.capitalised and lower not in _EVENT_NOUNS):
        return None
    is_act = lower in _IRREGULAR or lower in _EVENT_NOUNS or a_regular_past(lower) or lower in _KIN_OF
    if not is_act:
        return None
    return _KIN_OF.get(lower) or _KIN_OF.get(word.key) or word.key


def acts_of(words: Iterable[Word]) -> frozenset[str]:
    """The acts (by kin) that any of the words names."""
    return frozenset(act for word in words if (act := _act_key(word)) is not None)


def names_an_act(word: Word) -> bool:
    """Whether a word names an act (a verb form, an event noun, a verb of a kin group) or may be a verb's "-ing"
    form ("calling on")."""
    return _act_key(word) is not None or word.lower.endswith("ing") or word.lower in _KIN_OF


def acts_before(text: str, words: Sequence[Word], start: int) -> frozenset[str]:
    """The acts named before an offset in its clause ("vote" of "approved" in "approved the measure Tuesday in
    Kansas City"; "vote", "end" and "attack" in "The vote to end the strike was taken by members in ...").

    Saying is among them only as the nearest: "said in Iowa" is placed, but a clause that tells of remarks
    somewhere before its place does not make every place in it the place of saying.
    """
    clause = _clause_at(text, start)
    keys = [key for w in words if clause[0] <= w.start and w.end <= start and (key := _act_key(w)) is not None]
    return frozenset(key for key in keys[:-1] if key != _SAYING) | frozenset(keys[-1:])


def _clause_at(text: str, at: int) -> tuple[int, int]:
    """The span of the clause an offset is in; the whole sentence when the offset is in none."""
    return next(((s, e) for s, e in clause_spans(text) if s <= at < e), (0, len(text)))


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
    clause = _clause_at(text, start)
    found = _acts_within(words, clause, start, end) | _acts_of_when_clause(words, end)
    # "In 2020, a court ... ordered": a value set off by a comma governs the clause beside it.
    return found or _acts_within(words, (0, len(text)), start, end)


def act_words_near(text: str, words: Sequence[Word], start: int, end: int) -> frozenset[str]:
    """The words of the acts within a few words of a value, as written (their stems), saying aside.

    actions_near reads acts by kin ("arrested" and "detained" are one act of custody); this reads the words
    themselves, for binding a value to one act by its own verb or event noun ("reopens on June 25" / "the bridge
    reopens June 18"), where kin would join two acts of one story ("was arrested on June 18" / "was charged on June
    25"). Verbs of saying bind nothing: every remark of a story is said.
    """
    clause = _clause_at(text, start)
    found = _acts_within(words, clause, start, end, _act_word) | _acts_of_when_clause(words, end, _act_word)
    found = found or _acts_within(words, (0, len(text)), start, end, _act_word)
    return frozenset(key for key in found if _KIN_OF.get(key) != _SAYING)


def passive_subject(text: str, words: Sequence[Word], start: int) -> frozenset[str]:
    """Keys of the common words of the subject of a passive verb a value is bound to: what was acted on.

    "The runoff was scheduled for June 18", "The hearing on the pipeline spill is set for June 18", "His sentencing
    was moved to May 7": the day is the day of the runoff, the hearing, the sentencing, whatever verb sets it.
    Empty when the value's nearest verb before it in its clause is not passive.
    """
    clause = _clause_at(text, start)
    inside = [w for w in words if clause[0] <= w.start and w.end <= start]
    verb = next((i for i in range(len(inside) - 1, -1, -1) if a_verb_form(inside[i])), None)
    if verb is None or not _passive(inside, verb):
        return frozenset()
    be = next(i for i in range(verb - 1, -1, -1) if inside[i].lower in BE_FORMS)
    return frozenset(
        w.key for w in inside[:be] if w.weight >= _CONTENT_WEIGHT and w.lower.isalpha() and not w.capitalised
    )


def verbs_near(text: str, words: Sequence[Word], start: int, end: int) -> frozenset[str]:
    """The acts near a value that its clause tells by a verb form ("approved", "was charged"), by kin as
    actions_near reads them; not those told by an event noun ("the vote"), a light verb ("took place") or a verb of
    timing ("was scheduled for")."""
    clause = _clause_at(text, start)
    return _acts_within(words, clause, start, end, _verb_act)


def _verb_act(word: Word) -> str | None:
    """The act (by kin) a verb form names, or None; light verbs and verbs of timing name none."""
    return _act_key(word) if a_verb_form(word) and word.lower not in _NO_ACT_OF_THEIR_OWN else None


def _act_word(word: Word) -> str | None:
    """The key (stem) of a word that names an act, or None; light verbs and verbs of timing name none."""
    if word.lower in _NO_ACT_OF_THEIR_OWN or _act_key(word) is None:
        return None
    return word.key


def _acts_of_when_clause(
    words: Sequence[Word], end: int, key_of: Callable[[Word], str | None] = _act_key
) -> frozenset[str]:
    """The acts of a when-clause right after a value, a comma or not between: "on Sunday, when the resolution was
    proposed" dates the proposal as well as what the main clause tells."""
    after = [w for w in words if w.start >= end]
    if not after or after[0].lower != "when":
        return frozenset()
    return frozenset(key for w in after[1 : 1 + _REACH] if (key := key_of(w)) is not None)


def _acts_within(
    words: Sequence[Word],
    clause: tuple[int, int],
    start: int,
    end: int,
    key_of: Callable[[Word], str | None] = _act_key,
) -> frozenset[str]:
    """The clause's nearest act before the value (its verb, however far: "ran aground off the island of X on
    Tuesday") and the acts a few words after it ("Tuesday's speech")."""
    inside = [w for w in words if clause[0] <= w.start and w.end <= clause[1]]
    acts_before = [key for w in inside if w.end <= start and (key := key_of(w)) is not None]
    after = [w for w in inside if w.start >= end][:_REACH]
    found = {key for w in after if (key := key_of(w)) is not None}
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
    return verb_stem(one) == verb_stem(other)


def verb_stem(word: str) -> str:
    """The stem of a lower-case verb form, an irregular past to its verb's ("stood": stand, "was": be)."""
    return _IRREGULAR_PAST.get(word) or stem(word)


def subject_of_act(
    text: str,
    words: Sequence[Word],
    start: int,
    end: int,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[Word, ...]:
    """The subject of the verb a value is bound to: the words just before that verb.

    "The Senate panel said Tuesday": Senate, panel. "Samuel Brennan on Saturday said he welcomed": Samuel, Brennan
    (the verb after the value when none stands before it in its clause; the value and the spans in ``skip``, other
    values such as "on Saturday", are stepped over). Empty when no subject is written there: the value is bound to
    no verb or to an event noun ("the meeting in February"), or the verb is passive ("were suspended", "was
    declared by the government"), whose grammatical subject is what was acted on, not who acted.

    Args:
        text: The sentence.
        words: Its words.
        start: Where the value starts.
        end: Where it ends.
        skip: Spans of other values to step over.
    """
    clause = _clause_at(text, start)
    inside = [w for w in words if clause[0] <= w.start and w.end <= clause[1]]
    before = [index for index, w in enumerate(inside) if w.end <= start and _act_key(w) is not None]
    after = [index for index, w in enumerate(inside) if w.start >= end and _act_key(w) is not None]
    verb = before[-1] if before else (after[0] if after else None)
    governing = [index for index in before if a_verb_form(inside[index])]
    if verb is not None and governing and not a_verb_form(inside[verb]) and inside[verb].lower not in _EVENT_NOUNS:
        # A noun of the act table that a verb governs ("filed her candidacy papers on June 18", "signed the
        # accord in 2014"): the verb's subject is the subject.
        verb = governing[-1]
    if verb is None or inside[verb].lower in _EVENT_NOUNS or _passive(inside, verb):
        return ()
    return _subject_before(inside, verb, (*skip, (start, end)))


def subject_before(text: str, words: Sequence[Word], at: int, *, passive: bool = False) -> tuple[Word, ...]:
    """The subject of the verb of a predicate at an offset: the words just before its verb group ("the swap" of "the
    swap did not include", "the aide" of "the aide faced", "the senator" of "the senator suffered no consequences");
    empty for a passive verb ("was not included") or when no subject is written. With ``passive``, a passive verb's
    subject too, what was acted on ("the gunman" of "the gunman was arrested"): the subject of one event either way.
    """
    clause = _clause_at(text, at)
    inside = [w for w in words if clause[0] <= w.start and w.end <= clause[1]]
    verbs = [index for index, w in enumerate(inside) if w.lower in _VERB_GROUP or a_verb_form(w)]
    # The verb that starts there ("did not include"), else the verb the word there follows ("suffered no charges",
    # "were ready to return"), else the first after it ("the aide faced").
    verb = next((i for i in verbs if inside[i].start == at), None)
    if verb is None:
        verb = next((i for i in reversed(verbs) if inside[i].start < at), None)
    if verb is None:
        verb = next((i for i in verbs if inside[i].start > at), None)
    if verb is None:
        return ()
    while verb > 0 and verb - 1 in verbs:
        verb -= 1
    group = verb
    while group + 1 < len(inside) and inside[group].lower in _VERB_GROUP:
        group += 1
    if not passive and inside[group - 1].lower in BE_FORMS and a_verb_form(inside[group]):
        return ()
    return _subject_before(inside, verb, ())


def _subject_before(inside: Sequence[Word], verb: int, spans: Sequence[tuple[int, int]]) -> tuple[Word, ...]:
    subject: list[Word] = []
    for index in range(verb - 1, -1, -1):
        word = inside[index]
        stepped_over = any(s <= word.start < e for s, e in spans)
        before_value = index + 1 < verb and any(s <= inside[index + 1].start < e for s, e in spans)
        if not subject and index == verb - 1 and word.lower in _PRONOUNS:
            # "She served", "he said": a pronoun names a subject, which another pronoun tells apart.
            return (word,)
        if stepped_over or (before_value and word.weight == 0) or (word.weight == 0 and not subject):
            # A value and its preposition ("on Saturday"), or an auxiliary or adverb before the verb.
            continue
        if word.weight == 0 or not word.lower.isalpha() or a_verb_form(word):
            # "said employers would not return": the subject ends at the verb of the clause before it.
            break
        subject.insert(0, word)
    return tuple(subject)


def a_verb_of_saying(word: Word) -> bool:
    """Whether a word is a verb that attributes a statement: "said", "says", "say", "told", "added", "explained"."""
    if _kin(word) != _SAYING or word.capitalised:
        return False
    return a_verb_form(word) or word.lower in _PRESENT_SAYING


def verbs_of_saying(words: Sequence[Word]) -> tuple[Word, ...]:
    """The words that are verbs attributing a statement (see a_verb_of_saying), in order."""
    # Only a word whose form or key is of the saying kin can be one: every sentence of a report is asked, and a set
    # look-up turns away most words before the whole test.
    return tuple(
        word for word in words if (word.lower in _SAYING_FORMS or word.key in _SAYING_FORMS) and a_verb_of_saying(word)
    )


def acting_verbs(words: Sequence[Word]) -> tuple[Word, ...]:
    """The active verb forms among the words that tell an act of their own ("polled" of "Mahama polled 6,214,889
    votes"): not verbs of saying, light verbs or verbs of timing. Their subjects are read apart (subject_before),
    which costs more, for the verbs a reader needs."""
    # Every word of every sentence of a report is asked: an ending or a form a verb form must have turns away most
    # words before the whole test.
    return tuple(
        word
        for word in words
        if (word.lower.endswith("ed") or word.lower in _IRREGULAR)
        and a_verb_form(word)
        and not word.capitalised
        and word.lower not in _NO_ACT_OF_THEIR_OWN
        and _kin(word) != _SAYING
    )


# What the words of acts that readers ask every sentence for may be (see words_at): verb forms (acting_verbs), verbs
# of saying (verbs_of_saying) and words that name an act (names_an_act), by the endings and forms of their tokens'
# surfaces (the word in lower case without a possessive's "'s", which none of these has) and their keys.
ACT_WORD_ENDINGS = ("ed", "ing")
ACT_WORD_FORMS = _IRREGULAR | _EVENT_NOUNS | frozenset(_KIN_OF) | _SAYING_FORMS
ACT_WORD_KEYS = _SAYING_FORMS


def _kin(word: Word) -> str | None:
    """The kin group of a word's form, else of its key."""
    kin = _KIN_OF.get(word.lower)
    return _KIN_OF.get(word.key) if kin is None else kin


def a_verb_form(word: Word) -> bool:
    """Whether a word is a verb form that marks an act: an irregular form or a past in "-ed"."""
    return word.lower in _IRREGULAR or a_regular_past(word.lower)


def _pronoun(subject: Sequence[Word]) -> str:
    """The subject's pronoun, when the subject is one, or ""."""
    return subject[0].lower if len(subject) == 1 and subject[0].lower in _PRONOUNS else ""


def _names_of(subject: Sequence[Word]) -> set[str]:
    return {w.key for w in subject if w.capitalised}


def _passive(words: Sequence[Word], verb: int) -> bool:
    return any(w.lower in BE_FORMS for w in words[max(0, verb - 2) : verb])


def other_subjects(
    one: Sequence[Word], other: Sequence[Word], keys_one: frozenset[str], keys_other: frozenset[str]
) -> bool:
    """Whether two acts have two different subjects, so that their values never compare.

    The class of language read: two actors of one story. Two bodies of one kind ("the Senate panel" / "the House
    panel": a shared head, each with a name the other sentence never uses; "the city committee" / "the state
    committee" are not told apart, as "a passenger ferry" / "the Saltmarsh Star ferry" are one ferry); two different
    names ("Obama said" / "Boehner said"); or two subjects with no word in common of which one
    acts elsewhere in the other sentence ("Brennan on Saturday welcomed the board's statement" / "The board said on
    Friday ..., and Brennan welcomed it"). A subject paraphrased ("Obama" / "the president") is not told apart.

    Args:
        one: The subject of one act (see ``subject_of_act``).
        other: The subject of the other.
        keys_one: The keys of all words of the sentence of ``one``.
        keys_other: The keys of all words of the sentence of ``other``.
    """
    if not one or not other:
        return False
    pronoun_one, pronoun_other = _pronoun(one), _pronoun(other)
    if pronoun_one or pronoun_other:
        # A pronoun may stand for anyone a sentence names; two pronouns of two persons or genders are two subjects.
        return bool(pronoun_one) and bool(pronoun_other) and pronoun_one != pronoun_other
    subject_one, subject_other = {w.key for w in one}, {w.key for w in other}
    if subject_one & subject_other:
        # Told apart by a name each: "a passenger ferry" / "the Saltmarsh Star ferry" may be one ferry.
        return bool(_names_of(one) - keys_other) and bool(_names_of(other) - keys_one)
    if _names_of(one) and _names_of(other):
        return True
    return bool(subject_one & keys_other) or bool(subject_other & keys_one)


@attrs.frozen
class PhraseActs:
    """The acts of the verbs that govern a phrase (see acts_of_a_phrase).

    Args:
        before: The acts of the verb before it, whose object it is ("will ask Minister Ruiz"); empty when none.
        after: The acts of the verbs after it, of which it is the subject ("Ruiz and Haddad are due to fly to
            Geneva"), or the subject of what it is asked to do ("ask Ruiz to brief").
    """

    before: frozenset[str]
    after: frozenset[str]

    @property
    def acts(self) -> frozenset[str]:
        """All of them."""
        return self.before | self.after


def acts_of_a_phrase(words: Sequence[Word], clause: tuple[int, int], start: int, end: int) -> PhraseActs:
    """The acts of the verbs that govern a phrase (a name with its title): the nearest verb before it in its clause,
    whose object it may be ("the council will ask Foreign Minister Ana Ruiz to ..."), unless a verb of saying,
    whose object is more often a statement about the phrase than the phrase ("the envoy said Ruiz ..."); and the
    verbs a few words after it in its clause, of which it may be the subject ("Ruiz and Haddad are due to fly to
    Geneva"; "the mayor said"). Each act by its verb's stem and its kin in the act table (see predicate_acts);
    light verbs and verbs of timing name none. The phrase's clause is given (see phrase_clause): the reader of the
    phrase reads it once for this and for the words around the phrase.
    """
    inside = [w for w in words if clause[0] <= w.start and w.end <= clause[1]]
    before = [n for n, w in enumerate(inside) if w.end <= start][-_OBJECT_REACH:]
    after = [n for n, w in enumerate(inside) if w.start >= end][:_SUBJECT_REACH]
    governing = [n for n in before if a_verb_at(inside, n)][-1:]
    acts_before = [act for n in governing if (act := _predicate_act(inside[n])) and _SAYING not in act]
    acts_after = [act for n in after if a_verb_at(inside, n) and (act := _predicate_act(inside[n]))]
    return PhraseActs(
        frozenset(key for act in acts_before for key in act), frozenset(key for act in acts_after for key in act)
    )


def phrase_clause(text: str, words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """The span of the clause a phrase stands in, as far as its verb: when the phrase ends its clause, the clauses
    after it up to the first that holds a verb, appositives between ("Grant, a 22-year Monsanto veteran, also has
    been elected")."""
    spans = clause_spans(text)
    at = next((n for n, (s, e) in enumerate(spans) if s <= start < e), None)
    if at is None:
        return (0, len(text))
    clause_start, clause_end = spans[at]
    if any(w.start >= end and w.end <= clause_end for w in words):
        return (clause_start, clause_end)
    for following_start, following_end in spans[at + 1 :]:
        clause_end = following_end
        inside = [w for w in words if following_start <= w.start and w.end <= following_end]
        if any(a_verb_at(inside, n) for n in range(len(inside))):
            break
    return (clause_start, clause_end)


def predicate_acts(words: Sequence[Word]) -> tuple[tuple[Word, frozenset[str]], ...]:
    """The verbs among a sentence's words that tell an act of their own, each with its act: the verb's stem and its
    kin in the act table ("returned": return, release; "met": meet). Verbs of saying, light verbs and
    verbs of timing are left out: they attribute, carry or time an act rather than tell one."""
    found = []
    for n, word in enumerate(words):
        act = _predicate_act(word) if a_verb_at(words, n) else frozenset()
        if act and _SAYING not in act:
            found.append((word, act))
    return tuple(found)


def a_verb_at(words: Sequence[Word], at: int) -> bool:
    """Whether the word at a position is a verb: a verb form ("returned", "met"), or a word in its bare form after
    "to" or a modal ("to return", "will ask", "to further discuss"). Nouns of the act table are not read as verbs:
    "reporters" and "a written summary" tell no act of saying."""
    word = words[at]
    if word.capitalised or not word.lower.isalpha() or word.lower in BE_FORMS or word.weight == 0:
        return False
    if word.lower in _SPLITTING_ADVERBS or word.lower.endswith("ly"):
        return False
    before = at - 1
    while before >= 0 and (words[before].lower in _SPLITTING_ADVERBS or words[before].lower.endswith("ly")):
        before -= 1
    return a_verb_form(word) or (before >= 0 and words[before].lower in _BEFORE_A_BARE_VERB)


def _predicate_act(word: Word) -> frozenset[str]:
    """A verb's act, by its stem and its kin group's name; empty for light verbs and verbs of timing."""
    if word.lower in _NO_ACT_OF_THEIR_OWN:
        return frozenset()
    kin = _KIN_OF.get(word.lower) or _KIN_OF.get(word.key)
    return frozenset({verb_stem(word.lower), *((kin,) if kin else ())})
