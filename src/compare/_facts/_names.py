"""Names in their roles, and a name one sentence gives where the other gives another.

A name is a run of capitalised words. Title words before the person ("Secretary of State Marco Rubio", "special
envoy Steve Witkoff") are its role; a name without a title has a slot instead, the content word and preposition
before it ("talks in Saudi Arabia"). Two names of one entity share their last word or one's words hold the other's
("Trump" = "Donald Trump"); the normaliser has already unified nicknames, transliterations and acronyms.

Two names conflict when they are different people with the same title ("Secretary of State Marco Rubio" / "...
John Smith"), or different places or organisations after the same words ("talks in Saudi Arabia" / "talks in
Qatar"), neither named anywhere in the other sentence. Aliases never conflict. Every name of a list stands in the
list's slot ("Reporters from The New York Times and Reuters"), and a name after "in", "at" or "by" is also the place
or agent of the acts before it in its clause, so one act placed in two wordings compares its places ("approved the
measure Tuesday in Kansas City" / "was approved at the convention in Chicago on Tuesday").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
from rapidfuzz import fuzz

from .._text._normalize import same_given_name, stem
from .._text._words import Word, gap, words_of
from ._actions import a_verb_form, actions_near, acts_before, names_an_act, same_action
from ._dates import DATE_WORDS, MONTHS, WEEKDAYS
from ._finding import Finding
from ._name_forms import acronym_of, written_otherwise
from ._wording import CONTENT_WEIGHT, SPELLING_RATIO, a_real_change

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = [
    "NameFact",
    "capitalised_for_its_place",
    "find_names",
    "name_findings",
    "name_key",
    "names_a_person",
    "organisation_named",
    "replaced_names",
    "same_entity",
]

_CORE_TITLES = frozenset(
    {"president", "secretary", "minister", "premier", "chancellor", "governor", "gov", "senator", "sen", "rep"}
    | {"mayor", "judge", "justice", "general", "gen", "sgt", "sergeant", "lt", "col", "colonel", "captain", "capt"}
    | {"admiral", "adm", "chief", "ceo", "chairman", "chairwoman", "director", "spokesman", "spokeswoman"}
    | {"spokesperson", "advisor", "adviser", "envoy", "ambassador", "king", "queen", "prince", "princess", "sheikh"}
    | {"pope", "cardinal", "bishop", "commissioner", "agent", "detective", "inspector", "attorney", "coach"}
    | {"speaker", "leader", "founder", "chair", "executive", "officer", "lawyer", "prosecutor", "manager"}
    | {"aide", "staffer", "official", "representative", "congressman", "congresswoman", "lawmaker", "councilman"}
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
_SLOT_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "for", "with", "by", "of", "against", "into", "on"})
_MIN_SLOT_WEIGHT = 1.0
_MIN_DERIVED_STEM = 4
# Looser than the normaliser's 90, which must keep distinct words apart everywhere: here two names in the same
# role are compared, and a conflict is only reported when they differ clearly.
_TRANSLITERATION_RATIO = 80.0
_MIN_LEADING_NAME_WEIGHT = 3.0
# A name is at most this many words ("Town Hall Square", "Eduardo Reyes").
_MAX_NAME_WORDS = 4
# Verbs whose subject is the source of what a sentence reports (not "said": a speaker is a quotation's concern).
_SOURCE_VERBS = frozenset({"reported", "reports", "noted", "notes", "wrote", "writes", "revealed", "reveals"})
# The nouns an organisation's name ends on, a closed class of English: never a person's surname.
_ORGANISATION_HEADS = frozenset(
    {"department", "commission", "committee", "agency", "office", "service", "bureau", "administration", "council"}
    | {"board", "court", "party", "university", "college", "company", "corporation", "institute", "foundation"}
    | {"association", "authority", "ministry", "union", "bank", "fund", "center", "centre"}
)
# The nouns the names of places and outlets end on, a closed class of English: "Kansas City" and "Salt Lake City",
# "NBC News" and "CBS News" share it and are two names, where "Jane Roe" and "Mark Roe" may be one person.
_KIND_HEADS = frozenset(
    stem(head)
    for head in (
        *("city", "county", "town", "village", "province", "district", "street", "avenue", "square", "island"),
        *("news", "times", "post", "press", "journal", "globe", "herald", "tribune", "network", "magazine", "radio"),
    )
)
# Relative days that, capitalised after a name word, end a name: "USA Today", "Memorial Day".
_NAMED_DAYS = frozenset({"today", "tonight", "tomorrow", "day"})
# One claim told word for word: besides a changed name, at most this many words differ.
_OTHER_WORDS_CHANGED = 1
# Words that join the words of one name: "Securities and Exchange Commission", "Departments of Labor".
_NAME_JOINERS = frozenset({"and", "of", "for", "&"})
# Verbs whose object is whom something was said to.
_TELLING = frozenset({"told", "tell", "tells", "telling"})
# A short form of a name word ("Ft.", "Wm.", "Geo.") has at most this many letters.
_MAX_SHORT_FORM = 3
# Verbs whose subject at the start of a sentence is the source of what it reports.
_REPORTING = frozenset({"reported", "reports", "said", "says", "told", "wrote", "writes", "announced", "revealed"})
# Capitalised words that name a scale, not a person or a place: "40 degrees Celsius" / "104 degrees Fahrenheit".
_CAPITALISED_UNITS = frozenset({"celsius", "fahrenheit", "centigrade", "kelvin"})
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ian")
# Keys of titles that many hold at once: not a role that only one person fills.
_SHARED_TITLES = frozenset(
    stem(title)
    for title in (
        *("sen", "senator", "rep", "representative", "gov", "governor", "judge", "justice", "gen", "general"),
        *("sgt", "sergeant", "lt", "lieutenant", "col", "colonel", "capt", "captain", "agent", "detective"),
        *("officer", "mr", "mrs", "ms", "dr", "u.s", "us", "state", "former"),
    )
)


@attrs.frozen
class Office:
    """The office a person holds: a title of a named body or place ("chief executive" of "Lumen Biologics").

    Args:
        title: Keys of the title, its contrast words kept ("former", "interim"), one form for a title written
            several ways ("ceo" for "chief executive", "CEO" and "chief executive officer").
        body: Keys of the body's name, joiners left out.
        text: The office as written for an explanation ("chief executive of Lumen Biologics").
    """

    title: tuple[str, ...]
    body: tuple[str, ...]
    text: str

    def same(self, other: Office) -> bool:
        """One title of one body: the same title nouns and the same contrast ("former"), the body named in full or
        by part of its name ("Lumen" / "Lumen Biologics"), and every other word of either title a word of the other's
        title or body ("Riverton Fire Chief" / "fire chief of Riverton", where title case cannot tell the body's
        words from the title's)."""
        mine, theirs = set(self.body), set(other.body)
        if not (mine <= theirs or theirs <= mine) or self._nouns() != other._nouns():
            return False
        # Title case cannot tell a contrast from the body's name either ("Springfield Former Fire Chief").
        if (set(self.title) | mine) & _CONTRAST_KEYS != (set(other.title) | theirs) & _CONTRAST_KEYS:
            return False
        return set(self.title) <= set(other.title) | theirs and set(other.title) <= set(self.title) | mine

    def _nouns(self) -> frozenset[str]:
        return frozenset(self.title) & _CORE_KEYS


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
        of_noun: The slot's content word names no act ("Reporters from"): the name is its value whatever the
            sentence's verbs.
        listed: Given its slot by a list it stands in after the first name ("Reuters" of "from The New York Times
            and Reuters").
        office: The office of a named body the person holds, in any of its forms (see _with_offices); None when
            the sentence gives none.
        act_slot: (preposition, acts...) of an untitled name that is the place or the agent of the acts before it
            in its clause ("approved the measure Tuesday in Kansas City": "in", "vote"); empty when there is none.
    """

    text: str
    start: int
    end: int
    keys: tuple[str, ...]
    role: tuple[str, ...] = ()
    slot: tuple[str, ...] = ()
    affix: bool = False
    of_noun: bool = False
    act_slot: tuple[str, ...] = ()
    listed: bool = False
    office: Office | None = None


def find_names(sentence: str, words: Sequence[Word]) -> tuple[NameFact, ...]:
    """The names of a sentence, each with its role or slot."""
    found: list[NameFact] = []
    position = 0
    while position < len(words):
        end = _run_end(sentence, words, position)
        for first, last in _parts_of_run(sentence, words, position, end):
            name = _name(sentence, words, first, last)
            if name is not None:
                found.append(name)
        position = max(end, position + 1)
    return _with_offices(sentence, words, _listed_in_one_slot(sentence, found))


# The words between two names of one list: a comma, "and" or "or", an article ("The New York Times and The
# Associated Press", "Reuters, the BBC and CNN").
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", re.IGNORECASE)
_LIST_CONJUNCTION = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def _second_half(sentence: str, previous: NameFact, name: NameFact) -> bool:
    """Whether a name after "and" is the second half of one name ("Securities and Exchange Commission", "Food and
    Drug Administration"): it ends on the noun of a body, the name before does not, and no article opens it."""
    article = sentence[previous.end : name.start].rstrip().lower().endswith("the")
    return organisation_named(name) and not organisation_named(previous) and not article


def _listed_in_one_slot(sentence: str, names: list[NameFact]) -> tuple[NameFact, ...]:
    """The names, each name listed after the first of a list given the first's slot.

    The class of language read: a list of names in one slot ("Reporters from The New York Times and Reuters",
    "obtained by the AP, Reuters and CNN") puts every name of the list where the first stands, so each has the
    first's slot, and a name swapped at any place of the list is swapped in that slot. A list is joined by commas
    and ends on "and" or "or"; names joined by a comma only are a name and its apposition ("Kansas City, Missouri"),
    no list.
    """
    chains: list[list[int]] = []
    for index, name in enumerate(names):
        previous = names[index - 1] if index else None
        joined = previous is not None and _LIST_GAP.fullmatch(sentence[previous.end : name.start]) is not None
        if joined and chains and chains[-1][-1] == index - 1:
            chains[-1].append(index)
        else:
            chains.append([index])
    listed = list(names)
    for chain in chains:
        first = names[chain[0]]
        gaps = [sentence[names[i - 1].end : names[i].start] for i in chain[1:]]
        if not first.slot or not any(_LIST_CONJUNCTION.search(gap) for gap in gaps):
            continue
        for index in chain[1:]:
            name, previous = names[index], names[index - 1]
            if name.role or name.slot or _second_half(sentence, previous, name):
                continue
            act_slot = name.act_slot or first.act_slot
            listed[index] = attrs.evolve(name, slot=first.slot, of_noun=first.of_noun, act_slot=act_slot, listed=True)
    return tuple(listed)


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


def opening_name(sentence: str, words: Sequence[Word]) -> NameFact | None:
    """A name that opens a sentence, an article and titles aside, which the reader of names leaves out when it is a
    single word common in English ("Toyota sold", "Russia lost"), or None.

    Read only where structure says the words name someone: as the subject of a verb its figure belongs to (see
    ``_numbers._participant``). The run of capitalised words at the start, but not a single plural ("Rescuers
    pulled", "Officials counted": common nouns) nor a word of the calendar.
    """
    start = 1 if words and words[0].lower == "the" else 0
    while start < len(words) and (_is_role_word(words[start]) or _bare(words[start]) in _HONORIFICS):
        start += 1
    end = start
    while (
        end < len(words)
        and _name_word_anywhere(words[end])
        and not (end > 0 and gap(sentence, words, end - 1, end).strip())
    ):
        end += 1
    if end == start or (end - start == 1 and words[start].lower.endswith("s")):
        return None
    keys = tuple(word.key for word in words[start:end])
    return NameFact(sentence[words[start].start : words[end - 1].end], words[start].start, words[end - 1].end, keys)


def _starts_name(words: Sequence[Word], position: int) -> bool:
    word = words[position]
    if not word.capitalised or word.lower in _JOINERS or _bare(word) in _CALENDAR:
        return False
    if position > 0:
        return True
    # The first word of a sentence is capitalised anyway: a name only if it is rare or a title.
    return word.weight >= _MIN_LEADING_NAME_WEIGHT or _bare(word) in _CORE_TITLES


def _run_end(sentence: str, words: Sequence[Word], position: int) -> int:
    if not (
        _starts_name(words, position)
        or _opens_a_compound(sentence, words, position)
        or _opens_an_undertaking(sentence, words, position)
    ):
        return position
    end = position + 1
    while end < len(words) and (
        gap(sentence, words, end - 1, end) in {" ", ". "} or _hyphenated_name(sentence, words, end)
    ):
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


# The least letters of each part of a hyphenated name ("Wal-Mart"); "D-Ore." is a party and a state.
_MIN_HYPHENATED_PART = 3


def _hyphenated_name(sentence: str, words: Sequence[Word], index: int) -> bool:
    """Whether a word is the second part of one hyphenated name word ("Agence France-Presse", "Wal-Mart",
    "Rolls-Royce"): two capitalised parts of three letters or more joined by a hyphen."""
    one, other = words[index - 1], words[index]
    return gap(sentence, words, index - 1, index) == "-" and all(
        w.capitalised and w.text.isalpha() and len(w.text) >= _MIN_HYPHENATED_PART for w in (one, other)
    )


def _bare(word: Word) -> str:
    lower = word.lower[:-2] if word.lower.endswith("'s") else word.lower
    return lower.rstrip(".")


def _is_role_word(word: Word) -> bool:
    bare = _bare(word)
    return bare in _CORE_TITLES or bare in _ROLE_MODIFIERS or (bare.endswith(_NATIONALITY_ENDINGS) and word.capitalised)


def _name(sentence: str, words: Sequence[Word], start: int, end: int) -> NameFact | None:
    person = start
    while person < end and (
        _is_role_word(words[person]) or _bare(words[person]) in _HONORIFICS or _within_a_title(words, person, end)
    ):
        person += 1
    title = [w for w in words[start:person] if _bare(w) not in _HONORIFICS]
    if not any(_bare(w) in _CORE_TITLES for w in title):
        title = _lowercase_title(sentence, words, start)
        person = start
    if person >= end:
        return None
    keys = tuple(w.key for w in words[person:end] if w.lower not in _JOINERS)
    text = sentence[words[person].start : words[end - 1].end]
    role = tuple(w.key for w in title)
    slot = () if role else _slot(sentence, words, start, end)
    affix = sentence[words[person].start - 1 : words[person].start] == "-" if words[person].start else False
    medium = slot[:1] == (_MEDIUM,)
    of_noun = medium or (bool(slot) and len(slot) == 2 and not names_an_act(_slot_head(words, start)))
    act_slot = () if role else (_act_slot(sentence, words, start, end) or _agent_slot(sentence, words, end))
    return NameFact(text, words[person].start, words[end - 1].end, keys, role, slot, affix, of_noun, act_slot)


def _within_a_title(words: Sequence[Word], at: int, end: int) -> bool:
    """Whether a word of a run is part of the title the run opens on: a contrast before a title word ("Interim
    Mayor"), or a word between two title nouns ("Chief Financial Officer", "Chief Operating Officer")."""
    following = words[at + 1] if at + 1 < end else None
    if following is None:
        return False
    if _bare(words[at]) in _CONTRASTS:
        return _is_role_word(following)
    return at > 0 and _bare(words[at - 1]) in _CORE_TITLES and _bare(following) in _CORE_TITLES


def _one_act_slot(one: NameFact, other: NameFact) -> bool:
    """Whether two names are the place (or the agent) of one act: the same preposition, an act in common; the
    undertaker of one act on one object (see _agent_slot)."""
    if not one.act_slot or not other.act_slot or one.act_slot[0] != other.act_slot[0]:
        return False
    if one.act_slot[0] == _UNDERTAKER:
        return one.act_slot == other.act_slot
    return bool(set(one.act_slot[1:]) & set(other.act_slot[1:]))


def _slot_head(words: Sequence[Word], start: int) -> Word:
    """The content word of a name's slot: before its preposition, and before the article that opens the name."""
    return words[start - 3] if words[start - 1].lower == "the" else words[start - 2]


# Prepositions of the place and the agent of an act ("at" and "in" both place it).
_ACT_PREPOSITIONS = {"in": "in", "at": "in", "by": "by"}


def _act_slot(sentence: str, words: Sequence[Word], start: int, end: int) -> tuple[str, ...]:
    """(preposition, acts...) of a name that is the place or the agent of an act: "approved the measure Tuesday in
    Kansas City", "was approved by delegates to the convention in Chicago on Tuesday" (both "in", "vote"),
    "obtained by Reuters" ("by", "obtain").

    The class of language read: a name after "in", "at" or "by" is the place or the agent of the acts told before
    it in its clause, however many words (an object, a day) stand between, so two wordings of one act that place
    it or give its agent otherwise compare their names, whatever else they put around them; two names compare when
    they share the preposition and an act. A name qualifying the word after it ("in Phoenix-based U-Haul") or with
    no act before it in its clause ("Republicans in Congress said") has none.
    """
    compound = _compound_slot(sentence, words, end)
    if compound:
        return compound
    before = start - 1 if start >= 1 and words[start - 1].lower == "the" else start
    if before < 1 or words[before - 1].lower not in _ACT_PREPOSITIONS:
        return ()
    if sentence[words[end - 1].end : words[end - 1].end + 1] == "-":
        return ()
    if before >= 2 and words[before - 1].lower == "in" and words[before - 2].lower in _PLACING_PARTICIPLES:
        # "which is based in Columbus": the participle's own place, whatever other acts the clause tells.
        return ("in", _BASED)
    following = words[end] if end < len(words) and gap(sentence, words, end - 1, end) == " " else None
    if following is not None and following.lower.isalpha() and not following.capitalised and following.weight > 0:
        # "a swipe at Democratic presidential hopeful Hillary Clinton": the name describes the noun after it.
        return ()
    if _quoted(sentence, words[start].start):
        # A quoted place is the speaker's word ('had served "in Vietnam"'), compared as a quotation.
        return ()
    acts = acts_before(sentence, words, words[before - 1].start)
    return (_ACT_PREPOSITIONS[words[before - 1].lower], *sorted(acts)) if acts else ()


# Participles that place what they qualify, read in a compound with a place as "<participle> in <place>": the place
# of an attribute of an entity, where it is based or has its headquarters.
_PLACING_PARTICIPLES = frozenset({"based", "headquartered"})
# The act both participles tell, where an entity is based: "Kessler, headquartered in Columbus" / "Dayton-based".
_BASED = "based"


def _compound_slot(sentence: str, words: Sequence[Word], end: int) -> tuple[str, ...]:
    """("in", act) of a place joined by a hyphen to a participle that places what follows ("Dayton-based company",
    "Basel-headquartered Lumen Biologics"), or of a city before the compound that ends on its state ("the Dayton,
    Ohio-based company"); empty for any other name.

    The class of language read: the place of an attribute of an entity (where it is based or headquartered), told as
    a compound of the place and the participle before the entity. The compound says what "which is based in Dayton"
    says, so both give the place the slot of the one act of being based there and compare their places.
    """
    at = end
    if at < len(words) and gap(sentence, words, at - 1, at) == ", " and words[at].capitalised:
        # "Dayton, Ohio-based": past the state the city is written with, to the compound it ends on.
        while at < len(words) and at - end < _MAX_NAME_WORDS and words[at].capitalised and words[at].lower.isalpha():
            at += 1
    if at >= len(words) or gap(sentence, words, at - 1, at) != "-" or words[at].lower not in _PLACING_PARTICIPLES:
        return ()
    return ("in", _BASED)


def _opens_a_compound(sentence: str, words: Sequence[Word], position: int) -> bool:
    """Whether the sentence opens on a place in a compound that places what follows ("Dallas-based Kessler",
    "New York-headquartered Veridian"): the compound tells the capital of its first word is a name's."""
    at = _opening_name_end(sentence, words, position)
    return at is not None and bool(_compound_slot(sentence, words, at))


def _opening_name_end(sentence: str, words: Sequence[Word], position: int) -> int | None:
    """Where the capitalised words that open a sentence end (the position after them), when the run starts at
    ``position``, the sentence's first word, and opens on no article; else None. A sentence's first capital says
    nothing of a name: what follows the run must (see _opens_a_compound, _opens_an_undertaking)."""
    if position != 0 or not words or not words[0].capitalised or words[0].lower in _ARTICLES:
        return None
    at = 1
    while (
        at < len(words) and at < _MAX_NAME_WORDS and gap(sentence, words, at - 1, at) == " " and words[at].capitalised
    ):
        at += 1
    return at


def _places_of_two_holders(a: Facts, na: NameFact, b: Facts, nb: NameFact, aliases: Mapping[str, str]) -> bool:
    """Whether two places of where something is based are those of two entities, each named ("Kessler, which is
    based in Hamburg" / "Munich-based Veridian Bank"): two facts, both may be true."""
    holder_a, holder_b = _placed_holder(a, na), _placed_holder(b, nb)
    return holder_a is not None and holder_b is not None and not same_entity(holder_a, holder_b, aliases)


# Words between an entity and the participle that places it: "Kessler, which is based in", "Kessler, now based in".
_TO_PLACING = frozenset({"which", "that", "is", "was", "are", "were", "now", "also"})


def _placed_holder(facts: Facts, place: NameFact) -> NameFact | None:
    """The named entity a place of its base is given to: the name right after the compound ("Munich-based Veridian
    Bank") or right before the participle, past a relative pronoun and "to be" ("Kessler, which is based in
    Hamburg"); None when a common noun holds it ("the Dayton-based company") or the place places no entity."""
    words = facts.words
    participle = next(
        (n for n, w in enumerate(words) if w.lower in _PLACING_PARTICIPLES and w.start >= place.end), None
    )
    if participle is not None and facts.text[place.end : words[participle].start].lstrip(", ").count(" ") <= 1:
        after = words[participle].end
        return next((n for n in facts.names if n.start == after + 1), None)
    before = next((n for n in range(len(words) - 1, -1, -1) if words[n].end <= place.start), None)
    at = before - 1 if before is not None and words[before].lower == "in" else None
    if at is None or words[at].lower not in _PLACING_PARTICIPLES:
        return None
    while at > 0 and words[at - 1].lower in _TO_PLACING:
        at -= 1
    return next((n for n in facts.names if at > 0 and n.end == words[at - 1].end), None)


# Verbs after whose subject the act it undertakes is told: of saying ("said it would send") and of undertaking
# ("pledged to send", "agreed to provide").
_UNDERTAKING = frozenset(
    {"said", "says", "announced", "announces", "pledged", "pledges", "promised", "promises", "offered", "offers"}
    | {"agreed", "agrees", "vowed", "vows", "committed", "decided", "decides"}
)
_UNDERTAKER = "undertaker"
# Words of a time between the verb and the act ("said on Sunday it would", "said late on Saturday it would").
_TIME_WORDS = frozenset({"on", "late", "early", "last", "this", "earlier", "later"})
# Pronouns that take up the subject before the act's verb group ("said it would send").
_TAKING_UP = frozenset({"it", "he", "she", "they"})
_MAX_TIME_WORDS = 4


def _agent_slot(sentence: str, words: Sequence[Word], end: int) -> tuple[str, ...]:
    """("undertaker", act, object...) of a name that is the subject of a verb of saying or undertaking, with the act
    told after it ("South Africa said on Sunday it would send two more", "Zimbabwe pledged to send two more": both
    "send", "two", "more"); empty for any other name.

    The class of language read: an agent (a country, a body, a person) said to undertake an act, the act's verb
    after "it would" or "to" and its object up to the clause's end. Two names compare only when the act and its
    object are the same: the same act undertaken by two agents is a conflict of its agent, two acts are two facts.
    """
    if end >= len(words) or gap(sentence, words, end - 1, end) != " " or words[end].lower not in _UNDERTAKING:
        return ()
    at = end + 1
    while at < len(words) and at - end <= _MAX_TIME_WORDS and (words[at].lower in _TIME_WORDS or _a_day(words[at])):
        at += 1
    if at + 1 < len(words) and words[at].lower in _TAKING_UP and words[at + 1].lower in {"would", "will"}:
        verb = at + 2
    elif at < len(words) and words[at].lower == "to":
        verb = at + 1
    else:
        return ()
    if verb >= len(words) or not words[verb].lower.isalpha() or words[verb].capitalised:
        return ()
    thing = []
    for index in range(verb + 1, len(words)):
        if gap(sentence, words, index - 1, index).strip():
            break
        if words[index].weight > 0 or words[index].is_digits:
            thing.append(words[index].key)
    return (_UNDERTAKER, words[verb].key, *sorted(thing)) if thing else ()


def _a_day(word: Word) -> bool:
    return _bare(word) in _CALENDAR


def _opens_an_undertaking(sentence: str, words: Sequence[Word], position: int) -> bool:
    """Whether the sentence opens on the agent of an act it undertakes ("Botswana said it would open three field
    hospitals", "Tanzania agreed to provide 20 tonnes of food"): the verb and the act after it tell the capital of
    the first word is a name's."""
    at = _opening_name_end(sentence, words, position)
    return at is not None and bool(_agent_slot(sentence, words, at))


def _quoted(sentence: str, at: int) -> bool:
    """Whether an offset stands inside a quotation: after an odd number of double quotation marks."""
    return sentence[:at].count('"') % 2 == 1


def _lowercase_title(sentence: str, words: Sequence[Word], start: int) -> list[Word]:
    """ "special envoy Steve Witkoff", "FBI spokesman Steve Lazarus": a title in lower case before the name, joined
    to it by spaces only ("had hired a lawyer, Bloomberg reported" gives Bloomberg no title)."""
    title: list[Word] = []
    index = start - 1
    while (
        index >= 0
        and (_is_role_word(words[index]) or words[index].text.isupper())
        and len(title) < 3
        and not sentence[words[index].end : words[index + 1].start].strip()
    ):
        title.insert(0, words[index])
        index -= 1
    return title if any(_bare(w) in _CORE_TITLES for w in title) else []


# Offices: who holds one title of one named body or place.

# Words that set one holder of an office apart from another: "the former chief executive", "the new coach".
_CONTRASTS = frozenset(
    {"former", "then", "new", "interim", "acting", "outgoing", "incoming", "ex", "previous", "late", "caretaker"}
)
# Prepositions between a title and its body: "chief executive of Lumen", "coach at Wexford", "spokesman for the FBI".
_OFFICE_PREPOSITIONS = frozenset({"of", "at", "for"})
# Articles that make the holder one of several: "a spokesman for Lumen" holds no office alone.
_ONE_OF_SEVERAL = frozenset({"a", "an", "one"})
# Words a title may have, besides titles and their modifiers, before the person: "fire chief", "chief financial
# officer", "head coach"; at most this many.
_MAX_TITLE_WORDS = 5
# A body's name has at most this many words ("Lumen Biologics", "the Bank of England").
_MAX_BODY_WORDS = 5
# One title written several ways, by the keys of its words: "CEO" is "chief executive (officer)". The longer form
# of a title stands first: "chief executive officer" read as "chief executive" would leave "officer" over.
_TITLE_FORMS = tuple(
    (tuple(stem(word) for word in long.split()), tuple(stem(word) for word in short.split()))
    for long, short in (
        ("chief executive officer", "ceo"),
        ("chief executive", "ceo"),
        ("chief financial officer", "cfo"),
        ("spokesman", "spokesperson"),
        ("spokeswoman", "spokesperson"),
        ("chairman", "chair"),
        ("chairwoman", "chair"),
        ("chairperson", "chair"),
    )
)
_CORE_KEYS = frozenset(stem(title) for title in _CORE_TITLES) | frozenset(short for _, short in _TITLE_FORMS)
_CONTRAST_KEYS = frozenset(stem(word) for word in _CONTRASTS)


# A person named after a title inside a run of capitalised words is named in full: a given name and a surname.
_MIN_TITLED_NAME = 2


def _parts_of_run(sentence: str, words: Sequence[Word], start: int, end: int) -> list[tuple[int, int]]:
    """The names a run of capitalised words holds, where a title stands inside it: the body and the titled person
    ("Lumen Biologics Chief Executive Marc Ducret": "Lumen Biologics", "Chief Executive Marc Ducret"), or the
    titled person and the body after "of" ("Chief Executive Marc Ducret of Lumen Biologics", "Fire Chief Kenji
    Sato of Riverton"); the run whole when it holds no title before a name (a title opening it is read by _name)."""
    if end <= start:
        return []
    core = next((i for i in range(start, end) if _bare(words[i]) in _CORE_TITLES), None)
    if core is None:
        return [(start, end)]
    first, after = core, core
    while first > start and _title_word(words[first - 1]):
        first -= 1
    while after < end and _title_word(words[after]):
        after += 1
    if after >= end or words[after].lower in _JOINERS:
        return [(start, end)]
    of = next((k for k in range(after + 1, end - 1) if words[k].lower == "of"), None)
    if of is not None:
        body = of + 2 if words[of + 1].lower == "the" and of + 2 < end else of + 1
        # Words before the title, with the body after "of", are the title's own ("Fire Chief").
        return [(first, of), (body, end)]
    if first == start or words[first - 1].lower in _JOINERS or end - after < _MIN_TITLED_NAME:
        # "Martin Luther King Jr.": a title word before one word more is a surname before a suffix, no title.
        return [(start, end)]
    return [(start, first), (first, end)]


def _title_word(word: Word) -> bool:
    """A word of a title: a title, a modifier of one, or a word that sets its holder apart ("former")."""
    bare = _bare(word)
    return bare in _CORE_TITLES or bare in _ROLE_MODIFIERS or bare in _CONTRASTS


def _in_a_title(word: Word) -> bool:
    """A word a title may hold: a title word, or a common word in lower case that is no verb ("fire chief", "chief
    financial officer")."""
    if _title_word(word):
        return True
    plain = not word.capitalised and word.lower.isalpha() and word.weight >= CONTENT_WEIGHT
    return plain and not a_verb_form(word)


def _with_offices(sentence: str, words: Sequence[Word], names: Sequence[NameFact]) -> tuple[NameFact, ...]:
    """The names, each person given the office of a named body the sentence says the person holds.

    The class of language read: the holder of an office (a title noun: chief executive, chairman, mayor, coach,
    police chief...) of a named body or place, in any of the forms news English gives it: the body, the title and
    the person in a row ("Lumen Biologics Chief Executive Marc Ducret", "Riverton police chief Kenji Sato"), the
    title before the person and the body after "of" ("Chief Executive Marc Ducret of Lumen Biologics"), and the
    title and the body set off by commas after or before the person ("Marc Ducret, (the) chief executive of Lumen
    Biologics", "Marc Ducret, Lumen Biologics' chief executive", "Lumen Biologics' chief executive, Marc Ducret",
    "the chief executive of Lumen Biologics, Marc Ducret"). "A spokesman for Lumen" is one of several, no office.
    """
    starts = {word.start: at for at, word in enumerate(words)}
    ends = {word.end: at + 1 for at, word in enumerate(words)}
    found = []
    for name in names:
        first, last = starts.get(name.start), ends.get(name.end)
        office = None
        if first is not None and last is not None and not organisation_named(name):
            office = (
                _office_before(sentence, words, first, last)
                or _office_after(sentence, words, last)
                or _office_set_off_before(sentence, words, first)
            )
        found.append(attrs.evolve(name, office=office) if office is not None else name)
    return tuple(found)


def _office_before(sentence: str, words: Sequence[Word], first: int, last: int) -> Office | None:
    """The office of a title right before the person, with its body before it ("Lumen Biologics chief executive
    Marc Ducret", "Lumen Biologics' chief executive Marc Ducret") or after the person ("Chief Executive Marc Ducret
    of Lumen Biologics")."""
    title = _title_leftwards(sentence, words, first, capitals=False)
    if title is None:
        return None
    body_after = _body_after_preposition(sentence, words, last, ("of",))
    if body_after is not None:
        # "Fire Chief Kenji Sato of Riverton": capitalised words before the title are the title's own.
        title = _title_leftwards(sentence, words, first, capitals=True) or title
        if _one_of_several(words, title):
            return None
        return _office(sentence, words, (title, first), body_after)
    if _one_of_several(words, title):
        return None
    body = _body_leftwards(sentence, words, title)
    return _office(sentence, words, (title, first), body) if body is not None else None


def _office_after(sentence: str, words: Sequence[Word], last: int) -> Office | None:
    """The office of an apposition after the person: ", (the) chief executive of Lumen Biologics" or ", Lumen
    Biologics' chief executive"."""
    if last >= len(words) or gap(sentence, words, last - 1, last).strip() != ",":
        return None
    at = last
    if words[at].lower in _ONE_OF_SEVERAL:
        return None
    if words[at].lower == "the":
        at += 1
    title_end = _title_rightwards(sentence, words, at)
    if title_end is not None:
        body = _body_after_preposition(sentence, words, title_end, tuple(_OFFICE_PREPOSITIONS))
        return _office(sentence, words, (at, title_end), body) if body is not None else None
    body_end = _body_rightwards(sentence, words, at)
    if body_end is None or not _possessive(sentence, words, body_end - 1):
        return None
    title_end = _title_rightwards(sentence, words, body_end)
    if title_end is None or (title_end < len(words) and gap(sentence, words, title_end - 1, title_end) == " "):
        return None
    return _office(sentence, words, (body_end, title_end), (at, body_end))


def _office_set_off_before(sentence: str, words: Sequence[Word], first: int) -> Office | None:
    """The office of an apposition before the person: "Lumen Biologics' chief executive, Marc Ducret" or "the chief
    executive of Lumen Biologics, Marc Ducret"."""
    if first == 0 or gap(sentence, words, first - 1, first).strip() != ",":
        return None
    title = _title_leftwards(sentence, words, first, capitals=False, gaps=(",",))
    if title is not None:
        if _one_of_several(words, title):
            return None
        body = _body_leftwards(sentence, words, title)
        return _office(sentence, words, (title, first), body) if body is not None else None
    body_start = _name_run_leftwards(sentence, words, first, gaps=(",",))
    if body_start is None or body_start < 2:
        return None
    of = body_start - 1 if words[body_start - 1].lower != "the" else body_start - 2
    if of < 1 or words[of].lower not in _OFFICE_PREPOSITIONS:
        return None
    title_start = _title_ending_at(sentence, words, of, capitals=True)
    if title_start is None or _one_of_several(words, title_start):
        return None
    return _office(sentence, words, (title_start, of), (body_start, first))


def _title_leftwards(
    sentence: str, words: Sequence[Word], before: int, *, capitals: bool, gaps: tuple[str, ...] = ()
) -> int | None:
    """Where a title starts that ends right before ``before`` and holds a title noun; joined by spaces to the word
    after it when ``gaps`` is empty, else by one of ``gaps`` stripped (the comma of an apposition)."""
    if before < 1:
        return None
    joiner = gap(sentence, words, before - 1, before)
    if (joiner.strip() not in gaps) if gaps else joiner != " ":
        return None
    return _title_ending_at(sentence, words, before, capitals=capitals)


def _title_ending_at(sentence: str, words: Sequence[Word], last: int, *, capitals: bool) -> int | None:
    """Where a title starts that ends on the word before ``last`` and holds a title noun, or None. With ``capitals``,
    capitalised words that are no title word belong to it too ("Fire Chief")."""
    if last < 1:
        return None
    at = last
    while at > 0 and last - at < _MAX_TITLE_WORDS:
        word = words[at - 1]
        # "Chief Financial Officer": a capitalised word between two title nouns is the title's own.
        between = at >= 2 and _bare(words[at - 2]) in _CORE_TITLES and word.capitalised
        fits = _in_a_title(word) or between or (capitals and word.capitalised and word.weight > 0)
        if not fits or (at < last and gap(sentence, words, at - 1, at) != " "):
            break
        at -= 1
    if at == last or _bare(words[last - 1]) not in _CORE_TITLES:
        return None
    return at


def _title_rightwards(sentence: str, words: Sequence[Word], at: int) -> int | None:
    """Where a title that starts at ``at`` and ends on a title noun ends (the position after it), or None."""
    end = at
    while end < len(words) and end - at < _MAX_TITLE_WORDS and _in_a_title(words[end]):
        if end > at and gap(sentence, words, end - 1, end) != " ":
            break
        if words[end].lower in _OFFICE_PREPOSITIONS and end > at:
            break
        end += 1
    while end > at and _bare(words[end - 1]) not in _CORE_TITLES:
        end -= 1
    return end if end > at else None


def _one_of_several(words: Sequence[Word], title: int) -> bool:
    """Whether an article that makes its holder one of several opens a title ("a spokesman", "an aide")."""
    return title > 0 and words[title - 1].lower in _ONE_OF_SEVERAL


def _body_word(word: Word) -> bool:
    """A word of a body's name: capitalised, no title ("Chief" ends it), no pronoun."""
    plain = word.lower.removesuffix("'s")
    return word.capitalised and word.weight > 0 and plain.isalpha() and plain not in _CORE_TITLES


def _possessive(sentence: str, words: Sequence[Word], at: int) -> bool:
    """Whether a word is written as a possessive ("Springfield's", "Lumen Biologics'")."""
    after = sentence[words[at].end : words[at].end + 1]
    return words[at].lower.endswith("'s") or (words[at].lower.endswith("s") and after == "'")


def _body_leftwards(sentence: str, words: Sequence[Word], title: int) -> tuple[int, int] | None:
    """The body named right before a title ("Lumen Biologics chief executive", "Springfield's mayor")."""
    if title == 0:
        return None
    between = gap(sentence, words, title - 1, title)
    if between != " " and not (between.strip() == "'" and _possessive(sentence, words, title - 1)):
        return None
    start = _name_run_leftwards(sentence, words, title, gaps=(between.strip(),))
    return (start, title) if start is not None else None


def _name_run_leftwards(sentence: str, words: Sequence[Word], before: int, gaps: tuple[str, ...]) -> int | None:
    """Where a body's name starts that ends right before ``before`` (the stripped gap one of ``gaps``); joiners
    ("of", "and") may stand between its words."""
    if before < 1 or gap(sentence, words, before - 1, before).strip() not in gaps:
        return None
    at = before
    while at > 0 and before - at < _MAX_BODY_WORDS:
        word = words[at - 1]
        if at < before and gap(sentence, words, at - 1, at) != " ":
            break
        inner = word.lower in _NAME_JOINERS and at - 1 > 0 and at < before and _body_word(words[at - 2])
        if not (_body_word(word) or inner):
            break
        at -= 1
    return at if at < before and _body_word(words[at]) else None


def _body_rightwards(sentence: str, words: Sequence[Word], at: int) -> int | None:
    """Where a body's name that starts at ``at`` ends (the position after it), or None."""
    end = at
    while end < len(words) and end - at < _MAX_BODY_WORDS:
        if end > at and gap(sentence, words, end - 1, end) != " ":
            break
        word = words[end]
        inner = word.lower in _NAME_JOINERS and end > at and end + 1 < len(words) and _body_word(words[end + 1])
        if not (_body_word(word) or inner):
            break
        end += 1
        if _possessive(sentence, words, end - 1):
            break
    return end if end > at else None


def _body_after_preposition(
    sentence: str, words: Sequence[Word], at: int, prepositions: tuple[str, ...]
) -> tuple[int, int] | None:
    """The body named after a preposition of an office at ``at`` ("of Lumen Biologics", "of the Bank of
    England")."""
    if at >= len(words) or words[at].lower not in prepositions or gap(sentence, words, at - 1, at) != " ":
        return None
    start = at + 1
    if start < len(words) and words[start].lower == "the":
        start += 1
    end = _body_rightwards(sentence, words, start) if start < len(words) else None
    return (start, end) if end is not None else None


def _office(
    sentence: str, words: Sequence[Word], title: tuple[int, int], body: tuple[int, int] | None
) -> Office | None:
    if body is None:
        return None
    title_words, body_words = words[title[0] : title[1]], words[body[0] : body[1]]
    keys = _title_form(tuple(w.key for w in title_words if w.lower != "the"))
    title_text = sentence[title_words[0].start : title_words[-1].end]
    text = f"{title_text} of {sentence[body_words[0].start : body_words[-1].end]}"
    body_keys = tuple(w.key for w in body_words if w.lower not in _JOINERS)
    return Office(keys, body_keys, text.removesuffix("'s")) if keys and body_keys else None


def _title_form(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A title's keys with a title written several ways in its one form ("chief executive" -> "ceo")."""
    for long, short in _TITLE_FORMS:
        for at in range(len(keys) - len(long) + 1):
            if keys[at : at + len(long)] == long:
                return _title_form(keys[:at] + short + keys[at + len(long) :])
    return keys


# The media an outlet or a body puts out, a closed class of news English: "an op-ed in The Washington Post", "a
# CNN interview", "a report by the GAO", "a Gallup poll".
_MEDIA = frozenset(
    {"op-ed", "column", "editorial", "essay", "article", "story", "piece", "interview", "poll", "survey", "report"}
    | {"study", "analysis", "investigation", "documentary", "podcast", "broadcast", "commentary"}
)
_MEDIUM = "medium"
_MEDIUM_PREPOSITIONS = frozenset({"in", "with", "by", "for", "from", "on"})


def _medium_slot(words: Sequence[Word], start: int, end: int) -> tuple[str, ...]:
    """("medium", the medium) of a name that is the outlet or body of a medium, written before it or after it.

    The class of language read: an outlet or a body named as the one that puts out a medium, before the medium's
    noun after an article ("a Washington Post op-ed", "an FDA report", "the Gallup poll") or after it and a
    preposition ("an op-ed in The Washington Post", "an interview with CNN", "a report by the GAO"). Both shapes
    give one slot, so that a report that writes "in a Guardian op-ed" and another "in an op-ed in The New York
    Times" compare their outlets; two names in the slots of two media ("a CNN interview", "a Gallup poll") never.
    """
    after = _medium_at(words, end)
    if after and start >= 1 and words[start - 1].lower in {"a", "an", "the"}:
        return (_MEDIUM, after)
    before = start - 1 if start >= 1 and words[start - 1].lower == "the" else start
    if before >= 2 and words[before - 1].lower in _MEDIUM_PREPOSITIONS:
        medium = _medium_ending_at(words, before - 2)
        return (_MEDIUM, medium) if medium else ()
    return ()


def _medium_at(words: Sequence[Word], index: int) -> str:
    """The medium whose noun starts at ``index`` ("op-ed" is read as two words), or ""."""
    if index >= len(words):
        return ""
    lower = words[index].lower
    if lower == "op" and index + 1 < len(words) and words[index + 1].lower == "ed":
        return "op-ed"
    return stem(lower) if lower in _MEDIA else ""


def _medium_ending_at(words: Sequence[Word], index: int) -> str:
    """The medium whose noun ends at ``index`` ("op-ed" is read as two words), or ""."""
    lower = words[index].lower
    if lower == "ed" and index >= 1 and words[index - 1].lower == "op":
        return "op-ed"
    return stem(lower) if lower in _MEDIA else ""


def _slot(sentence: str, words: Sequence[Word], start: int, end: int) -> tuple[str, ...]:
    medium = _medium_slot(words, start, end)
    if medium:
        return medium
    if end < len(words) and words[end].lower in _SOURCE_VERBS:
        # "..., as Roll Call reported", "..., Politico noted": the source of what the sentence reports.
        return ("source",)
    if start >= 1 and words[start - 1].lower == "the":
        # "according to The Hill", "told The Hill": the article is part of the name.
        start -= 1
    if start >= 1 and words[start - 1].lower in _TELLING:
        # "told Fox News", "tells CNN": whom something was said to.
        return ("addressee",)
    if start < 2 or words[start - 1].lower not in _SLOT_PREPOSITIONS:
        return ()
    if sentence[words[end - 1].end : words[end - 1].end + 1] == "-":
        # "for Phoenix-based U-Haul": the name only qualifies the word after it.
        return ()
    head = words[start - 2]
    if head.lower == "according":
        # "according to CNN": the source again, however light the word "according" weighs.
        return ("source",)
    if head.weight < _MIN_SLOT_WEIGHT or (head.capitalised and start > 2) or head.is_digits:
        return ()
    return (head.key, words[start - 1].lower)


def names_a_person(word: Word) -> bool:
    """Whether a word names a person: a name (capitalised inside the sentence) or a title or honorific ("senator",
    "aide", "Mr.")."""
    return (word.capitalised and word.start > 0) or _bare(word) in _CORE_TITLES or _bare(word) in _HONORIFICS


def organisation_named(name: NameFact) -> bool:
    """Whether a name ends on the noun of a body ("Justice Department", "Supreme Court"): never a person."""
    return name.text.split()[-1].lower().removesuffix("'s") in _ORGANISATION_HEADS


def same_entity(one: NameFact, other: NameFact, aliases: Mapping[str, str]) -> bool:
    """Whether two names may name one entity: a shared surname, one inside the other, or a user alias."""
    if _canonical(one, aliases) == _canonical(other, aliases):
        return True
    if one.keys[-1] == other.keys[-1]:
        if not _two_of_a_kind(one, other):
            return True
    elif _transliterated(one.keys[-1], other.keys[-1]):
        return True
    mine, theirs = set(one.keys), set(other.keys)
    return (
        mine <= theirs or theirs <= mine or _initials_of(one, other) or _initials_of(other, one) or _derived(one, other)
    )


def _two_of_a_kind(one: NameFact, other: NameFact) -> bool:
    """Two places or outlets of one kind: the same head noun ("City", "News") after words of their own, none shared
    ("Kansas City" / "Salt Lake City", "NBC News" / "CBS News")."""
    rest_one, rest_other = set(one.keys[:-1]), set(other.keys[:-1])
    return one.keys[-1] in _KIND_HEADS and bool(rest_one) and bool(rest_other) and not rest_one & rest_other


def _transliterated(one: str, other: str) -> bool:
    """ "Zelenskyy" / "Zelensky", "Gaddafi" / "Qaddafi" is left alone: alike surnames with the same first letter."""
    if one[:1] != other[:1] or min(len(one), len(other)) < _MIN_DERIVED_STEM + 1:
        return False
    return fuzz.ratio(one, other) >= _TRANSLITERATION_RATIO


def _initials_of(short: NameFact, full: NameFact) -> bool:
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


# Comparison


def name_findings(a: Facts, b: Facts, aliases: Mapping[str, str]) -> list[Finding]:
    if not (_unshared_capitals(a, b) and _unshared_capitals(b, a)):
        # Each sentence must name something the other does not name at all.
        return []
    found = []
    for na in a.names:
        for nb in b.names:
            same_role = _same_role(a, na, b, nb)
            same_slot = not na.role and not nb.role and na.slot and na.slot == nb.slot
            same_act = not na.role and not nb.role and _one_act_slot(na, nb)
            if not (same_role or same_slot or same_act) or same_entity(na, nb, aliases):
                continue
            if (na.listed or nb.listed) and len(na.keys) == len(nb.keys) == 1:
                # A list's slot is read for names of several words only: single names of one place are the ones
                # a paraphrase swaps for each other ("Europe and the Netherlands" / "Europe and Holland").
                continue
            if _named_in(na, b, aliases) or _named_in(nb, a, aliases):
                continue
            if same_act and _places_of_two_holders(a, na, b, nb, aliases):
                continue
            sources = na.slot == nb.slot == ("source",)
            # The source of a report is the source of the whole claim, whatever verb the claim is told with.
            # A name in the slot of a noun ("Reporters from") or of one act is its value, whatever else the sentence
            # does.
            bound = same_act or (same_slot and na.of_noun and nb.of_noun)
            if not (sources or bound or _names_of_one_act(a, na, b, nb)):
                continue
            if not (_a_proper_name(na, a) and _a_proper_name(nb, b)):
                continue
            words_a = [w for w in a.words if na.start <= w.start < na.end]
            words_b = [w for w in b.words if nb.start <= w.start < nb.end]
            if not sources and (_shortens(words_a, words_b) or _shortens(words_b, words_a)):
                # An acronym may stand for a name ("GOP"), but two sources of a report are each named in full.
                continue
            if written_otherwise(a.text, na.start, b.text, nb.start):
                continue
            if _one_thing_described(a, na.start, b, nb.end) or _one_thing_described(b, nb.start, a, na.end):
                continue
            found.append(_name_finding(a, na, b, nb, 0.7 if same_role else 0.5))
    return found


def replaced_names(a: Facts, b: Facts, aliases: Mapping[str, str]) -> list[Finding]:
    """Names put in place of other names in one claim told nearly word for word: "Ciobanu's lawyer, Victor Rusu, said"
    / "Her lawyer, Victor Lupu, said", "the town of Palanan" / "the town of Divilacan".

    The two sentences' words are aligned; a stretch of capitalised words that the other sentence replaces with other
    capitalised words, neither named anywhere in the other sentence nor a spelling or alias of the other, is a name
    changed in the same place of the claim.
    """
    matcher = difflib.SequenceMatcher(None, [w.key for w in a.words], [w.key for w in b.words], autojunk=False)
    opcodes = matcher.get_opcodes()
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")
    found = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "replace":
            continue
        # Word for word (nothing else changed but a word), a name in place of another is a changed name wherever
        # it stands; in a paraphrase only a plain run of name words inside the sentence is, since a paraphrase
        # names one entity otherwise ("the US" / "America", "the Prime Minister" / "Mr. Blair").
        size = max(i2 - i1, j2 - j1)
        word_for_word = changed - size <= _OTHER_WORDS_CHANGED and size <= _MAX_NAME_WORDS + 1
        # The changed stretch may run on past the name ("Victor Rusu, said" / "Victor Lupu, called"): the names
        # are the capitalised words at its start.
        given = _before_one_surname(a, i2, b, j2)
        words_a = _name_in_stretch(a.words, i1, i2, word_for_word) or _given_name(a, i1, i2, given)
        words_b = _name_in_stretch(b.words, j1, j2, word_for_word) or _given_name(b, j1, j2, given)
        if not words_a or not words_b:
            continue
        if _named_by_other(words_a, b.keys, word_for_word) or _named_by_other(words_b, a.keys, word_for_word):
            continue
        if _two_styles(a.words, i1, b.words, j1):
            # "Mr. Stevens" / "Sir John": one person named in two styles, each with its own honorific.
            continue
        if _a_letter(words_a) or _a_letter(words_b) or _a_title(words_a) or _a_title(words_b):
            # "F" of "the F.A.A.": letters of a dotted abbreviation, not a name; "Reps." / "Representatives": a
            # title written otherwise.
            continue
        text_a = a.text[words_a[0].start : words_a[-1].end]
        text_b = b.text[words_b[0].start : words_b[-1].end]
        if given:
            if _one_given_name(words_a, words_b):
                continue
        elif not a_real_change(words_a, words_b) or _aliased(text_a, text_b, aliases):
            continue
        if _two_tellings(a, words_a, b, words_b):
            continue
        fact_a, fact_b = _name_fact_at(a, words_a[0].start), _name_fact_at(b, words_b[0].start)
        if fact_a and fact_b and (_holders_of_two_offices(fact_a, fact_b) or _undertakers_of_two_acts(fact_a, fact_b)):
            continue
        sources = bool(_source_at_start(a.words, i1, i2) and _source_at_start(b.words, j1, j2))
        if not sources and (_shortens(words_a, words_b) or _shortens(words_b, words_a)):
            # An acronym may stand for a name ("GOP"), but two sources of a report are each named in full or not.
            continue
        if _spelled_alike(words_a, words_b):
            continue
        if written_otherwise(a.text, words_a[0].start, b.text, words_b[0].start):
            continue
        if _one_thing_described(a, words_a[0].start, b, words_b[-1].end) or _one_thing_described(
            b, words_b[0].start, a, words_a[-1].end
        ):
            continue
        if acronym_of(text_a, text_b) or acronym_of(text_b, text_a):
            # "the U.S. Chamber of Commerce" / "the United States Chamber of Commerce": the acronym of the words
            # put in its place.
            continue
        found.append(
            Finding(
                "name", (words_a[0].start, words_a[-1].end), (words_b[0].start, words_b[-1].end), text_a, text_b, 0.5
            )
        )
    return found


# Verbs that give a statement to the person or body who said it ("said", "told reporters"), unlike the verbs of an
# outlet's report ("reported", "wrote") and "according to", which give a claim its provenance (``_SOURCE_VERBS``).
_SAYING = frozenset({"said", "says", "told", "tells"})
# A verb of saying this many words before a name, titles between, gives the name what the sentence states
# ("said Red Cross chief Richard Gordon").
_SOURCE_REACH = 3
# Articles, which one name takes and another does not ("the Interior Ministry" / "Politico").
_ARTICLES = frozenset({"the", "a", "an"})


def _two_tellings(a: Facts, name_a: Sequence[Word], b: Facts, name_b: Sequence[Word]) -> bool:
    """Whether two names are the speakers of a statement two reports each tell in their own words, so that each may
    have said it and the two differing is no conflict.

    The class of language read: a statement told in indirect speech, with no quotation in the sentence, given by a
    verb of saying to the person or body who said it ("..., said Red Cross chief Richard Gordon", "..., Tomas Berg,
    a regional official, said", "..., the Interior Ministry told reporters", "The coast guard said ..."). Where
    anything besides the speaker's name differs (a figure, a word of the statement, the speaker's title or
    description, the form of the attribution), the two sentences are two tellings, each from its own speaker. The
    boundary, by class, of what still conflicts: one telling word for word but for the name ("..., said police
    spokesman Juan Ortega" / "..., said police spokesman Pedro Ruiz"), which is one statement given to another
    speaker; a quotation's speaker (a quotation is one person's words, read by ``_quotes``); the outlet a claim is
    reported by ("Politico reported", "according to Roll Call"), which is the provenance of the claim told in any
    words, not a speaker of it; and one title given to two people ("police spokesman Juan Ortega" / "police
    spokesman Pedro Ruiz", read by ``name_findings``), which says who holds a role, a fact of its own.
    """
    if '"' in a.folded or '"' in b.folded or _alike_but(a, name_a, b, name_b):
        return False
    return _a_speaker(a, name_a) and _a_speaker(b, name_b)


def _name_fact_at(facts: Facts, start: int) -> NameFact | None:
    """The name the sentence reads at a position, if a name starts there."""
    return next((name for name in facts.names if name.start == start), None)


def _undertakers_of_two_acts(one: NameFact, other: NameFact) -> bool:
    """Whether two names put in each other's place undertake two acts ("In a statement, Botswana promised to open
    three field hospitals ..." / "In a statement, Kenya said it would deploy 300 troops ..."): each agent its own
    act, both of which may be true (see _agent_slot, whose one act of two agents is a conflict)."""
    undertakings = one.act_slot[:1] == other.act_slot[:1] == (_UNDERTAKER,)
    return undertakings and one.act_slot != other.act_slot


def _holders_of_two_offices(one: NameFact, other: NameFact) -> bool:
    """Whether two names put in each other's place hold two offices the sentences name ("Millbrook's fire chief" /
    "Millbrook's police chief", "the acting mayor of Ashford" / "the mayor of Ashford"): each may hold its own."""
    return one.office is not None and other.office is not None and not one.office.same(other.office)


def _alike_but(a: Facts, name_a: Sequence[Word], b: Facts, name_b: Sequence[Word]) -> bool:
    """Whether two sentences are one telling, word for word but for the two names (and an article before them)."""

    def rest(facts: Facts, name: Sequence[Word]) -> list[str]:
        return [w.key for w in facts.words if w not in name and w.lower not in _ARTICLES]

    return rest(a, name_a) == rest(b, name_b)


def _a_speaker(facts: Facts, name: Sequence[Word]) -> bool:
    """Whether a name is the speaker its sentence gives its statement to: after a comma or at the start, before a
    verb of saying, itself or past an apposition ("..., the Interior Ministry said", "..., Tomas Berg, a regional
    official, said", "The coast guard said ..."); or after a verb of saying that follows a comma, titles between
    ("..., said Red Cross chief Richard Gordon"). A name inside the statement ("officials said Ohio was hit") is
    none."""
    words, text = facts.words, facts.folded
    first, last = words.index(name[0]), words.index(name[-1]) + 1
    opening = first
    while opening > 0 and first - opening < _SOURCE_REACH and not _after_a_mark(text, words, opening):
        opening -= 1
        if words[opening].lower in _SAYING:
            # ", said Red Cross chief Richard Gordon": the verb opens the attribution after the statement.
            return _after_a_mark(text, words, opening)
    if opening > 0 and not _after_a_mark(text, words, opening):
        return False
    following = last
    if following < len(words) and gap(text, words, following - 1, following).strip() == ",":
        # "Tomas Berg, a regional official, said": the verb after the apposition's closing comma.
        following = next((i for i in range(following + 1, len(words)) if _after_a_mark(text, words, i)), len(words))
    return following < len(words) and words[following].lower in _SAYING


def _after_a_mark(text: str, words: Sequence[Word], index: int) -> bool:
    """Whether a comma or a dash stands between words[index - 1] and words[index]."""
    return index > 0 and gap(text, words, index - 1, index).strip() in {",", "-", "--"}


def _name_in_stretch(words: Sequence[Word], first: int, last: int, word_for_word: bool) -> Sequence[Word]:
    """The name a changed stretch of words starts with, if any: a run of capitalised words inside the sentence
    ("Victor Rusu") or the source of what it reports ("Politico reported"); in one claim told word for word also a
    name after an article or joined by "and" or "of" ("the Republican National Committee", "Securities and Exchange
    Commission") and the subject that opens the sentence ("Sarah Palin, a vocal supporter", "USA Today was first
    to report")."""
    if not word_for_word:
        return _plain_name(words[first:last]) or _source_at_start(words, first, last)
    return (
        _leading_name(words[first:last])
        or _source_at_start(words, first, last)
        or _subject_at_start(words, first, last)
    )


def _plain_name(words: Sequence[Word]) -> Sequence[Word]:
    count = 0
    while count < min(len(words), _MAX_NAME_WORDS) and _a_name_word(words[count]):
        count += 1
    return words[:count] if count == len(words) or not _a_name_word(words[count]) else ()


def _a_letter(name: Sequence[Word]) -> bool:
    """Letters of a dotted abbreviation ("F" or "F.B" of "the F.B.I."), read as words of their own."""
    return all(len(word.lower.rstrip(".")) == 1 for word in name)


def _two_styles(words_a: Sequence[Word], at_a: int, words_b: Sequence[Word], at_b: int) -> bool:
    """Whether two changed stretches each open on a different honorific ("Mr." / "Sir", "Dr." / "Mrs.")."""
    if at_a >= len(words_a) or at_b >= len(words_b):
        return False
    one, other = _bare(words_a[at_a]), _bare(words_b[at_b])
    return one in _HONORIFICS and other in _HONORIFICS and one != other


def _a_title(name: Sequence[Word]) -> bool:
    """Titles and honorifics, one or many ("Reps.", "Representatives", "Sen."): no name."""
    return all(_bare(w).removesuffix("s") in _CORE_TITLES or _bare(w) in _CORE_TITLES | _HONORIFICS for w in name)


def _named_by_other(name: Sequence[Word], keys: frozenset[str], word_for_word: bool) -> bool:
    """Whether the other sentence names the name: in a paraphrase, any of its words; word for word, every
    distinctive word ("Defense Department" is not named by a sentence that speaks of "Departments of Labor and
    Commerce" only)."""
    distinctive = {w.key for w in name if w.lower not in _NAME_JOINERS}
    return distinctive <= keys if word_for_word else bool(distinctive & keys)


def _subject_at_start(words: Sequence[Word], first: int, last: int) -> Sequence[Word]:
    """A name opening the sentence, an article aside, where every word is capitalised anyway: "Sarah Palin, a vocal
    supporter, said", "USA Today was first to report", "The Boston Globe reported".

    The class of language read: a sentence's first capital says nothing, so the opening words are a name only when
    they read as one by themselves, whatever verb follows: two capitalised words or more in a row ("Maria Cino"),
    an acronym ("CNN"), or one word too rare in English to open a sentence as a common noun ("Politico"). "Analysts
    said" / "Experts said" open two sentences with common nouns, no names.
    """
    start = 1 if words and words[0].lower == "the" else 0
    if first > start or last <= start:
        return ()
    end = start
    while end < len(words) and end - start < _MAX_NAME_WORDS:
        if not (_name_word_anywhere(words[end]) or (end > start and _ends_name(words[end]))):
            break
        end += 1
    if end == start or end > last:
        return ()
    run = words[start:end]
    return run if _reads_as_name(run) else ()


def _reads_as_name(run: Sequence[Word]) -> bool:
    """Whether capitalised words opening a sentence read as a name by themselves: two words or more, an acronym, or
    one word too rare in English to be a common noun."""
    single = run[0]
    acronym = single.text.isupper() and len(single.text) >= 2
    return len(run) >= 2 or acronym or single.weight >= _MIN_LEADING_NAME_WEIGHT


def _name_word_anywhere(word: Word) -> bool:
    plain = word.lower.removesuffix("'s")
    return (
        word.capitalised
        and word.weight > 0
        and plain.replace("-", "").isalpha()
        and plain not in DATE_WORDS
        and plain not in _CAPITALISED_UNITS
    )


def _source_at_start(words: Sequence[Word], first: int, last: int) -> Sequence[Word]:
    """The source of a report named at the start of a sentence, where every word is capitalised: "Politico reported",
    "The Hill reported that", "NBC News said". The class of language read: capitalised words, an article aside,
    that open the sentence and are the subject of a verb of saying or reporting right after them."""
    if first != 0 or last >= len(words) or words[last].lower not in _REPORTING:
        return ()
    stretch = words[first:last]
    if stretch and stretch[0].lower == "the":
        stretch = stretch[1:]
    if not stretch or len(stretch) > _MAX_NAME_WORDS:
        return ()
    # A pronoun ("She said") is no name: it has no weight of its own.
    named = all(w.capitalised and w.weight > 0 and w.lower.replace("-", "").isalpha() for w in stretch)
    # A newsroom reports or writes; whoever merely said something is a name only when the words read as one
    # ("Analysts said" / "Experts said" are common nouns).
    outlet = words[last].lower in _SOURCE_VERBS
    return stretch if named and (outlet or _reads_as_name(stretch)) else ()


def _before_one_surname(a: Facts, end_a: int, b: Facts, end_b: int) -> bool:
    """Whether two changed stretches stand before the same surname, which both sentences give after the same words:
    at once ("David Stevens" / "Karl Stevens"), after an initial ("David J. Stevens") or a surname's particles ("Liz
    de la Cruz"). The head of an organisation's name ("Justice Department" / "Treasury Department") is no surname."""
    at_a, at_b = _surname_at(a.words, end_a), _surname_at(b.words, end_b)
    if at_a is None or at_b is None:
        return False
    between_a, between_b = a.words[end_a : at_a + 1], b.words[end_b : at_b + 1]
    return [w.key for w in between_a] == [w.key for w in between_b]


# Lower-case particles of a surname ("de la Cruz", "van der Berg", "bin Laden").
_SURNAME_PARTICLES = frozenset({"de", "la", "del", "della", "der", "den", "van", "von", "du", "da", "le", "bin", "al"})


def _surname_at(words: Sequence[Word], index: int) -> int | None:
    """Where the surname starts that a name goes on to at ``index``, past an initial ("J.") or a surname's particles
    ("de la"); None when no surname follows there."""
    while index < len(words) and (_an_initial(words[index]) or words[index].lower in _SURNAME_PARTICLES):
        index += 1
    if index >= len(words):
        return None
    word = words[index]
    plain = word.lower.removesuffix("'s")
    letters = plain.replace("-", "").replace("'", "")
    # A word of name parts joined by an apostrophe or a hyphen ("O'Brien") has no rarity of its own to show it.
    rare = word.weight > 0 or letters != plain
    named = word.capitalised and word.start > 0 and rare and letters.isalpha()
    common = plain in _ORGANISATION_HEADS or plain in DATE_WORDS or plain in _CAPITALISED_UNITS
    return index if named and not common else None


def _qualifies_a_noun(words: Sequence[Word], index: int) -> bool:
    """Whether the surname that starts at ``index`` qualifies the role or body named after it ("Stevens aide",
    "Obama administration")."""
    at = _surname_at(words, index)
    if at is None or at + 1 >= len(words):
        return False
    following = words[at + 1]
    if following.capitalised or words[at].end != following.start - 1:
        # "Karl Stevens, aide to the mayor,": an apposition, no noun the name qualifies.
        return False
    noun = following.lower.removesuffix("s")
    return noun in _CORE_TITLES or noun in _ORGANISATION_HEADS or following.lower in _ORGANISATION_HEADS


def _an_initial(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isupper()


def _given_name(facts: Facts, first: int, last: int, before_surname: bool) -> Sequence[Word]:
    """The given name a changed stretch is, before a surname both sentences give: "Newt Gingrich and Rick Santorum"
    / "Ed Gingrich and Rick Santorum", "Karl Stevens, 45," / "David Stevens, 45,".

    The class of language read: capitalised words joined by one space to a person's surname are that person's given
    name, wherever they stand, the sentence's first word included. A capital at a sentence's start says nothing of a
    word alone ("Analysts said"); joined to a surname the two sentences share, the word is the name's first part. A
    title or a role word ("Coach", "Former") is no given name; those the caller reads as one person's two styles. A
    surname before a role or a body ("Longtime Stevens aide", "Early Obama administration") qualifies that noun, and
    the words before it describe the noun.
    """
    stretch = facts.words[first:last]
    if not before_surname or not stretch or len(stretch) > _MAX_NAME_WORDS or last >= len(facts.words):
        return ()
    if gap(facts.text, facts.words, last - 1, last) != " " or _qualifies_a_noun(facts.words, last):
        return ()
    named = all(w.capitalised and w.weight > 0 and w.lower.replace("-", "").isalpha() for w in stretch)
    styled = any(_bare(w) in _CORE_TITLES | _ROLE_MODIFIERS | _HONORIFICS for w in stretch)
    return stretch if named and not styled else ()


def _one_given_name(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether two given names before one surname name one person: the same name, its nickname or short form (the
    `nicknames` package's table: "Mike" / "Michael", "Liz" / "Elizabeth"), or a transliteration, which keeps the
    first letter and most of the others ("Muammar" / "Moammar") or every consonant ("Mohammed" / "Muhammad").
    "Loretta Sanchez" / "Linda Sanchez" are two people, however alike the names look."""
    if [w.key for w in one] == [w.key for w in other]:
        return True
    if any(_bare(w) in _HONORIFICS or _bare(w) in _CORE_TITLES for w in (*one, *other)):
        # "Mr. Bush" / "Jeb Bush", "Sen. Webb" / "Mark Webb": a title or honorific in place of the given name.
        return True
    if len(one) != 1 or len(other) != 1:
        return not a_real_change(one, other)
    if same_given_name(one[0].text, other[0].text):
        # "Liz de la Cruz" / "Elizabeth de la Cruz": a nickname the normaliser did not pair with its surname.
        return True
    first, second = one[0].lower.rstrip("."), other[0].lower.rstrip(".")
    if first[:1] != second[:1]:
        return False
    shorter, longer = sorted((first, second), key=len)
    # "Ft." / "Fort", "Wm." / "William": a short form keeps the first letter and some of the others, in order.
    cut = len(shorter) <= _MAX_SHORT_FORM and _in_order(shorter, longer)
    return cut or fuzz.ratio(first, second) >= _TRANSLITERATION_RATIO or _one_skeleton(first, second)


# A name transliterated otherwise keeps its consonants; short names of one skeleton are mostly two names ("Tim" /
# "Tom", "Martin" / "Morton"), so the longer of the two must have this many letters and the shorter one less.
_MIN_SKELETON_NAME = 7


def _one_skeleton(one: str, other: str) -> bool:
    """Whether two given names are one name transliterated otherwise: the same consonants in order once vowels and
    doubled letters are left out ("Mohammed" / "Muhammad", "Mohamed" / "Muhammad", "Hussein" / "Husayn")."""
    if max(len(one), len(other)) < _MIN_SKELETON_NAME or min(len(one), len(other)) < _MIN_SKELETON_NAME - 1:
        return False
    return _skeleton(one) == _skeleton(other)


def _skeleton(name: str) -> str:
    consonants = [letter for letter in name if letter.isalpha() and letter not in "aeiouy"]
    return "".join(letter for index, letter in enumerate(consonants) if not index or consonants[index - 1] != letter)


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _spelled_alike(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether a word of one name is another's spelled otherwise ("Muammar" / "Moammar")."""
    return any(fuzz.ratio(x.lower, y.lower) >= SPELLING_RATIO for x in one for y in other)


def _leading_name(words: Sequence[Word]) -> Sequence[Word]:
    """The capitalised words a changed stretch starts with, an article before them aside ("the Republican National
    Committee") and joiners between them kept ("Securities and Exchange Commission")."""
    start = 1 if len(words) > 1 and words[0].lower == "the" and _a_name_word(words[1]) else 0
    count = start
    while count < min(len(words), start + _MAX_NAME_WORDS) and _continues_name(words, start, count):
        count += 1
    if count == start:
        return ()
    return words[start:count] if count == len(words) or not _a_name_word(words[count]) else ()


def _continues_name(words: Sequence[Word], start: int, index: int) -> bool:
    """Whether a word belongs to the name begun at ``start``: a name word, a common word opening the name, a named
    day ending it, or a joiner between two name words."""
    word = words[index]
    if _a_name_word(word) or _opens_name(words, index) or (index > start and _ends_name(word)):
        return True
    joins = word.lower in _NAME_JOINERS and index > start and index + 1 < len(words)
    return joins and _a_name_word(words[index + 1])


def _opens_name(words: Sequence[Word], index: int) -> bool:
    """A common word capitalised inside a sentence before a name word is the name's first word ("New York", "Los
    Angeles", "Good Morning America"); an article is not ("The Guardian")."""
    word = words[index]
    if not (word.capitalised and word.start > 0 and word.lower.isalpha()) or word.lower in {"the", "a", "an"}:
        return False
    return index + 1 < len(words) and _a_name_word(words[index + 1])


def _an_acronym(word: Word) -> bool:
    return len(word.text) >= 2 and word.text.isupper() and word.text.isalpha()


def _ends_name(word: Word) -> bool:
    """A relative day capitalised after a name word is part of it ("USA Today", "Memorial Day"), not a date."""
    return word.capitalised and word.start > 0 and word.lower in _NAMED_DAYS


def _shortens(short: Sequence[Word], long: Sequence[Word]) -> bool:
    """Whether a name is an acronym ("UAE" for "Emirates") or a cut ("Ark." / "Arkansas") that may stand for the
    other. An acronym stands only for a name whose words' initials it holds, in order: "MSNBC" is not "Fox News"."""
    if len(short) != 1 or (len(long) == 1 and long[0].text.replace(".", "").isupper()):
        # Two acronyms are two names ("NBC" / "CBS", "MSNBC" / "CNN"): neither is the other's short form.
        return False
    word = short[0].text.rstrip(".")
    whole = "".join(w.lower for w in long)
    # An acronym inside the longer name is kept whole: "CBS News" is shortened "CBSN", never "CNN".
    initials = "".join(w.lower if _an_acronym(w) else w.lower[:1] for w in long if w.lower not in _JOINERS)
    # A name of several words starts the acronym ("United Arab Emirates"); a one-word name is the head it ends on
    # ("Emirates" of "UAE").
    placed = word.lower().startswith(initials[:1]) if len(initials) > 1 else word.lower().endswith(initials)
    acronym = word.isupper() and len(word) >= 2 and _in_order(initials, word.lower()) and placed
    return acronym or (len(long) == 1 and whole.startswith(word.lower()))


def _a_name_word(word: Word) -> bool:
    """A name word inside the sentence, where a capital is no sentence's first."""
    return word.start > 0 and _name_word_anywhere(word)


def _aliased(one: str, other: str, aliases: Mapping[str, str]) -> bool:
    key_one, key_other = name_key(one), name_key(other)
    return aliases.get(key_one, key_one) == aliases.get(key_other, key_other)


def _a_proper_name(name: NameFact, facts: Facts) -> bool:
    """Not a letter of an abbreviation ("U" of "U.S.") nor a people's adjective ("American presidents"; a place
    such as "the village of Kapandriti" is followed by no noun it describes)."""
    letters = "".join(letter for letter in name.text if letter.isalpha())
    if len(letters) <= 2 or _cut_in_an_abbreviation(facts.folded, name):
        return False
    following = next((w for w in facts.words if w.start >= name.end), None)
    # The outlet of a medium stands before its noun as a name ("a Guardian op-ed"), not as a people's adjective.
    describes = following is not None and following.lower.isalpha() and not following.capitalised
    describes = describes and name.slot[:1] != (_MEDIUM,)
    adjective = len(name.keys) == 1 and name.text.lower().endswith(_DEMONYM_ENDINGS) and describes
    return not adjective


def _cut_in_an_abbreviation(sentence: str, name: NameFact) -> bool:
    """Whether a name ends on a letter of a dotted abbreviation ("Beltway G" of "Beltway G.O.P. politics", "the F"
    of "the F.B.I."): the rest of the abbreviation follows, so the name read is not one."""
    return re.match(r"\.[A-Z]", sentence[name.end : name.end + 2]) is not None


def _same_role(a: Facts, na: NameFact, b: Facts, nb: NameFact) -> bool:
    """Whether two names hold one role: one office of one body when the sentences give both people an office
    (two bodies, two offices or a former holder and the present one are no one role), else one title before them;
    where only one sentence gives the title's body ("Oklahoma Attorney General Scott Pruitt" / "Attorney General
    Eric Holder"), the other must name that body too."""
    if na.office is not None and nb.office is not None:
        return na.office.same(nb.office)
    if not na.role or na.role != nb.role:
        return False
    if na.office is not None:
        return set(na.office.body) <= b.keys
    return nb.office is None or set(nb.office.body) <= a.keys


def _names_of_one_act(a: Facts, na: NameFact, b: Facts, nb: NameFact) -> bool:
    """Whether two names in one role are in the same place of the claim.

    A title many people hold ("Sen.", "Gen.") is no role: "Sen. John Kerry" the nominee and "Sen. James Risch" a
    questioner are different people doing different things, so such names must do the same act.
    """
    title = na.office.title if na.office is not None else na.role
    if not set(title) <= _SHARED_TITLES:
        return True
    acts_a = actions_near(a.text, a.words, na.start, na.end)
    acts_b = actions_near(b.text, b.words, nb.start, nb.end)
    return same_action(acts_a, acts_b)


def _unshared_capitals(facts: Facts, other: Facts) -> bool:
    """Whether a sentence names something the other does not: a capitalised word inside it, or the place of a
    compound it opens on ("Munich-based Castell Mining"), whose capital the compound tells is a name's."""
    inside = any(word.capitalised and word.key not in other.keys for word in facts.words[1:])
    return inside or any(n.start == 0 and n.act_slot and not set(n.keys) <= other.keys for n in facts.names)


def _named_in(name: NameFact, facts: Facts, aliases: Mapping[str, str]) -> bool:
    """Whether a sentence names the entity anywhere, under any of its aliases."""
    if any(same_entity(name, other, aliases) for other in facts.names):
        return True
    # Any word of the name written capitalised there mentions it, save the head noun two names of places or outlets
    # share ("NBC News" / "CBS News", "Kansas City" / "Oklahoma City"); a name of one word also in lower case ("the
    # Forum" / "the Bo'ao forum"), one of several not by a common word of it ("Agence France-Presse" / "agency").
    mentions = facts.keys if len(name.keys) == 1 else {word.key for word in facts.words if word.capitalised}
    return bool((set(name.keys) - _KIND_HEADS) & mentions)


# How many words after a name may hold the common noun it qualifies ("West London tower block").
_DESCRIBED_REACH = 2


def _one_thing_described(one: Facts, start: int, other: Facts, end: int) -> bool:
    """Whether the other sentence's name qualifies a description of the thing the one sentence names.

    The class of language read: a named building, bridge or vessel ("the Grenfell Tower fire") told in the other
    report by where it stands and what it is ("the West London tower block fire"): the head noun of the one name's
    run of capitalised words ("Tower") written in lower case just after the other name ("tower block"). The other
    name places the thing; it names no other thing in its slot.

    Args:
        one: The sentence of one name.
        start: Where that name starts.
        other: The other sentence.
        end: Where the other name ends.
    """
    run = [w for w in one.words if w.start >= start]
    head = next(
        (n for n, w in enumerate(run) if not w.capitalised or (n and gap(one.text, run, n - 1, n).strip())), len(run)
    )
    if head == 0:
        return False
    after = [w for w in other.words if w.start >= end][:_DESCRIBED_REACH]
    return any(not w.capitalised and w.key == run[head - 1].key for w in after)


def _name_finding(a: Facts, na: NameFact, b: Facts, nb: NameFact, confidence: float) -> Finding:
    if na.office is not None and nb.office is not None:
        role = na.office.text
    else:
        role = a.text[_role_start(a, na) : na.start].strip() if na.role else ""
    template = f"A says the {role} is {{a}}; B says {{b}}." if role else "A says {a}; B says {b}."
    return Finding("name", (na.start, na.end), (nb.start, nb.end), na.text, nb.text, confidence, template)


def _role_start(facts: Facts, name: NameFact) -> int:
    """Where the title before a name starts: as many words back as the role has keys."""
    before = [w for w in facts.words if w.end <= name.start]
    count = len(name.role)
    return before[-count].start if count <= len(before) else name.start
