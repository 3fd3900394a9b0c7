"""Restatements: one thing written in another form, so that a report which gives it that way states it.

A rewrite that turns "Sen. John McCain (R-Ariz.)" into "John McCain, an Arizona Republican senator" keeps every
fact, but shares hardly a key with it. Details (what a linked sentence adds) and the key facts of compare.testing
ask whether the other report states a word; these forms answer for words that the normaliser's keys cannot:

- a US state as its name, its AP abbreviation, its postal code or an older newspaper abbreviation ("Calif." /
  "California" / "CA", "Tex." / "Texas"), read from the `us` package;
- a party as its name, its nickname or the letter of a party tag ("R-Ariz." is "Republican" and "Arizona";
  "GOP" is "Republican"; "D-N.C." is "Democrat of North Carolina"; "Long (R)" is "Long, a Republican");
- a title as its abbreviation or in full ("Rep." / "Representative" / "congressman", "Gov." / "governor");
- an acronym and the words it is the initials of, in any case and with joiners and commas between them ("LGBT" /
  "lesbian, gay, bisexual and transgender", "U.S." / "United States");
- a verb of saying that reports speech without judging it ("posited", "added", "told", "wrote"): which of them a
  report uses is its style, not a fact.

Courtesy titles ("Mr.", "Mrs.", "Ms.") say nothing about a person that the name does not: they are no fact. And a
report that spells one name two ways ("Cowan" throughout, "Cowen" once: a slip) has it stated by either spelling
(`slips`).

Each form is a `Mention`: a stretch of a sentence with what it states (a concept key, "=state:AZ", or the initials
of a run of words) and the keys that state it in the other report. Concept keys start with "=", which no token key
does, so they can stand beside token keys in one set.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

import attrs

from .._text._normalize import NAME_KINDS, Token

__all__ = [
    "PARTY_WORDS",
    "Mention",
    "asked_keys",
    "is_courtesy_title",
    "mentions",
    "restated_spans",
    "slips",
    "stated_keys",
    "title_in_full",
    "us_states",
]

# Courtesy titles, lower case: a person's name says as much without them.
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "messrs", "mx", "mme", "mlle"})

# Titles written in abbreviation before a name, and the words that give the same title in full.
_TITLES: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "representative": (("rep", "reps", "cong"), ("representative", "representatives", "congressman", "congresswoman")),
    "senator": (("sen", "sens"), ("senator", "senators")),
    "governor": (("gov",), ("governor",)),
    "lieutenant": (("lt",), ("lieutenant",)),
    "general": (("gen",), ("general",)),
    "colonel": (("col",), ("colonel",)),
    "captain": (("capt",), ("captain",)),
    "sergeant": (("sgt",), ("sergeant",)),
    "commander": (("cmdr",), ("commander",)),
    "admiral": (("adm",), ("admiral",)),
    "attorney": (("atty",), ("attorney",)),
    "superintendent": (("supt",), ("superintendent",)),
    "president": (("pres",), ("president",)),
    "secretary": (("sec", "secy"), ("secretary",)),
    "ambassador": (("amb",), ("ambassador",)),
    "detective": (("det",), ("detective",)),
    "inspector": (("insp",), ("inspector",)),
    "professor": (("prof",), ("professor",)),
    "reverend": (("rev",), ("reverend",)),
    "doctor": (("dr",), ("doctor",)),
}

# Party names and nicknames (capitalised), and the letters of party-state tags ("R-Ariz.", "D-N.C.").
PARTY_WORDS: Mapping[str, str] = {
    "republican": "R",
    "republicans": "R",
    "gop": "R",
    "democrat": "D",
    "democrats": "D",
    "democratic": "D",
    "dem": "D",
    "dems": "D",
    "independent": "I",
}
_PARTY_LETTERS = frozenset({"r", "d", "i"})

# Abbreviations of states that newspapers used before the AP's current list and still use ("Tex.", "Penn.").
_OLDER_STATE_FORMS: Mapping[str, str] = {"tex": "TX", "penn": "PA", "penna": "PA", "wisc": "WI", "mich": "MI"}
# Abbreviations that are more often something else ("Miss" a courtesy title): states only in a party tag.
_NOT_STATES = frozenset({"miss"})

# Verbs that report speech without judging it, in every form: the choice among them is the writer's style. Verbs
# that are also common nouns ("note", "state", "comment") count only in their verb forms ("noted", "stating").
_SAYING_WORDS = """
    say says said saying tell tells told telling write writes wrote written writing add adds added adding
    argue argues argued arguing assert asserts asserted asserting contend contends contended contending
    declare declares declared declaring explain explains explained explaining insist insists insisted insisting
    maintain maintains maintained maintaining observe observes observed observing posit posits posited positing
    recount recounts recounted recounting respond responds responded responding replied replying
    commented commenting noted noting remarked remarking stated stating stressed stressing tweeted tweeting
    mentioned mentioning
"""
_SAYING_FORMS = frozenset(_SAYING_WORDS.split())

# Words that may stand between the words an acronym is made of without a letter of their own.
_INITIALS_JOINERS = frozenset({"and", "of", "the", "for", "on", "in"})
# Longest gap (characters) between two words of one acronym's expansion: ", " or " - ".
_INITIALS_GAP = 3
_MAX_INITIALS = 6
# Two-letter acronyms are matched only by capitalised words ("United States"): two lower-case words in a row
# spell some two letters everywhere.
_MIN_LOWER_INITIALS = 3
_WORD_KINDS = frozenset({"word", "name", "acronym"})
# What a run of words states when an acronym could be its initials: "=initials:fbi".
_INITIALS = "=initials:"


@attrs.frozen
class Mention:
    """A stretch of a sentence that states something other reports may state in another form.

    Args:
        start: Offset of its first character in the sentence.
        end: Offset after its last character.
        states: The key it adds to what its report states.
        said_by: Keys any of which, stated by the other report, state it too.
    """

    start: int
    end: int
    states: str
    said_by: frozenset[str]


def is_courtesy_title(token: Token) -> bool:
    """Whether the token is a courtesy title ("Mr.", "Mrs.", "Ms."), which states nothing of its own."""
    return token.kind == "name" and token.surface in _COURTESY_TITLES


def asked_keys(sentences: Iterable[Sequence[Token]]) -> set[str]:
    """The keys that state the forms these sentences write (their mentions' ``said_by``): what `stated_keys`
    needs to read of the other report for them. A run of words is stated by an acronym's key, which every
    report's tokens give anyway."""
    return {key for tokens in sentences for m in _forms(tuple(tokens)).concepts for key in m.said_by}


def stated_keys(sentences: Iterable[Sequence[Token]], wanted: AbstractSet[str] | None = None) -> set[str]:
    """Every key the sentences state: their tokens' keys, what their forms state, and the initials of their runs of
    words (which state an acronym the other report writes).

    Args:
        sentences: The tokens of each sentence.
        wanted: The keys asked about (what states the forms of the sentences asking: their mentions'
            ``said_by``); ``None`` for every key. Each sentence's forms are read once and kept (see _forms); the
            initials of its runs of words, the most numerous keys, are spelled only for the acronyms asked about.
    """
    kinds = None if wanted is None else {_kind_of(key) for key in wanted}
    acronyms = None if wanted is None else {key[len(_INITIALS) :] for key in wanted if key.startswith(_INITIALS)}
    stated: set[str] = set()
    for tokens in sentences:
        forms = _forms(tuple(tokens))
        stated.update([t.key for t in tokens])
        if kinds is None:
            stated.update([m.states for m in forms.concepts])
        else:
            # Each kind of form is read of a sentence only when asked about.
            stated.update([m.states for kind in kinds for m in forms.of_kind(kind)])
        if acronyms is None:
            stated.update(_INITIALS + part for run in forms.runs for part in _initials(run))
        elif acronyms:
            # A run spells only letters that start some word of the sentence: most sentences spell none of them.
            starts = {t.surface[:1] for t in forms.words}
            stated.update(
                _INITIALS + letters
                for letters in acronyms
                if starts.issuperset(letters) and _spelled(forms.runs, letters)
            )
        # The beginnings of its acronyms, so that the other report's runs of words are read only as far as they
        # could spell one.
        written = [t.key[1:] for t in tokens if t.kind == "acronym"]
        stated.update("=prefix:" + letters[:end] for letters in written for end in range(1, len(letters)))
    return stated


# Shortest name whose one-letter variant is read as a slip: shorter names differ by a letter and are other people.
_MIN_SLIP_LENGTH = 5


def slips(sentences: Iterable[Sequence[Token]], stated: AbstractSet[str]) -> set[str]:
    """Name keys of one report that the other report does not state but states in the report's own other spelling:
    the same length, the same first letter, one letter apart ("cowen" when the report also writes "cowan" and the
    other report does). A spelling only the other report uses is no slip: that is a changed name."""
    names = {t.key for tokens in sentences for t in tokens if t.kind == "name" and len(t.key) >= _MIN_SLIP_LENGTH}
    # Only a spelling the other report states makes another one a slip: its patterns alone are looked up.
    open_stated = {pattern for name in names if name in stated for pattern in _one_letter_open(name)}
    if not open_stated:
        return set()
    return {
        name
        for name in names
        if name not in stated and any(pattern in open_stated for pattern in _one_letter_open(name))
    }


def _spelled(runs: Sequence[tuple[list[Token], str, list[bool]]], letters: str) -> bool:
    """Whether some run's initials spell the acronym's letters (`letters` is among some run's `_initials`), asked
    of each acronym rather than spelling every stretch of every run."""
    if _MIN_LOWER_INITIALS <= len(letters) <= _MAX_INITIALS:
        return any(letters in initials for _, initials, _ in runs)
    if len(letters) != 2:
        return False
    return any(
        initials[i : i + 2] == letters and capitals[i] and capitals[i + 1]
        for _, initials, capitals in runs
        for i in range(len(initials) - 1)
    )


def _one_letter_open(name: str) -> list[str]:
    """The name with each letter after the first left open: two names one letter apart share one of these."""
    return [f"{name[:i]}?{name[i + 1 :]}" for i in range(1, len(name))]


def restated_spans(tokens: Sequence[Token], stated: AbstractSet[str]) -> list[tuple[int, int]]:
    """Stretches of a sentence that the other report, whose stated keys are `stated`, gives in another form."""
    forms = _forms(tuple(tokens))
    spans = [(m.start, m.end) for m in forms.concepts if not m.said_by.isdisjoint(stated)]
    return spans + [(start, end) for start, end, _ in _expansions(forms.runs, stated)]


def mentions(tokens: Sequence[Token]) -> tuple[Mention, ...]:
    """The sentence's states, parties, titles, verbs of saying, acronyms and runs of words an acronym may
    abbreviate."""
    forms = _forms(tuple(tokens))
    runs = [
        Mention(start, end, _INITIALS + letters, frozenset({"^" + letters}))
        for start, end, letters in _expansions(forms.runs)
    ]
    return (*forms.concepts, *runs)


class _Forms:
    """A sentence's word tokens, the forms they write (its concepts, see of_kind) and its runs of words (see _runs).

    A plain class holding immutable readings, kept by _forms: details ask of each linked sentence what it writes
    and what it states, the other report asks what every sentence states, and a report compared with several others
    has the same tokens in each comparison its keys are not renamed in.
    """

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.words = _words(tokens)
        self._kinds: dict[str, list[Mention]] = {}

    @functools.cached_property
    def concepts(self) -> tuple[Mention, ...]:
        """The sentence's states, parties, titles, verbs of saying and acronyms."""
        return tuple(m for kind in _CONCEPT_KINDS for m in self.of_kind(kind))

    def of_kind(self, kind: str) -> list[Mention]:
        """The concepts of one kind (see _kind_of: "=state", "=party", "=title", "=say", "^"), read on first use:
        the other report's sentences are asked only for the kinds the linked claims write."""
        if kind not in self._kinds:
            self._kinds[kind] = self._read(kind)
        return self._kinds[kind]

    def _read(self, kind: str) -> list[Mention]:
        if kind == "=state":
            return _states(self.words)
        if kind == "=party":
            return _parties(self.words, self.of_kind("=state"))
        if kind == "=title":
            return _titles(self.words)
        if kind == "=say":
            return _sayings(self.words)
        return _acronyms(self.words) if kind == "^" else []

    @functools.cached_property
    def runs(self) -> list[tuple[list[Token], str, list[bool]]]:
        """The runs of words an acronym may abbreviate: read only when an acronym is asked about or written."""
        return _runs(self.words)


# The kinds of concept a sentence writes, in the order its concepts are listed.
_CONCEPT_KINDS = ("=state", "=party", "=title", "=say", "^")


@functools.lru_cache(maxsize=8192)
def _forms(tokens: tuple[Token, ...]) -> _Forms:
    return _Forms(tokens)


_START_END = operator.attrgetter("start", "end")


def _words(tokens: Sequence[Token]) -> list[Token]:
    """The sentence's word, name and acronym tokens in text order."""
    return sorted((t for t in tokens if t.kind in _WORD_KINDS), key=_START_END)


def _kind_of(key: str) -> str:
    """The kind of form a key names: "=state:NJ" -> "=state", "^fbi" -> "^"."""
    return "^" if key.startswith("^") else key.split(":", 1)[0]


def _concept(start: int, end: int, key: str) -> Mention:
    return Mention(start, end, key, frozenset({key}))


def _capitalised(token: Token) -> bool:
    return token.kind in NAME_KINDS or (token.kind == "word" and token.start == 0)


# --------------------------------------------------------------------------------------------------------------
# States and parties
# --------------------------------------------------------------------------------------------------------------


@functools.cache
def us_states() -> tuple[tuple[str, str, str], ...]:
    """Every US state and territory, and DC, as (postal code, name, AP abbreviation or "")."""
    # Imported on first use: the package takes about 70 ms to import, which a comparison without names never needs.
    import us

    return tuple(
        (str(state.abbr), str(state.name), str(state.ap_abbr or ""))
        for state in (*us.states.STATES_AND_TERRITORIES, us.states.DC)
    )


@functools.cache
def _state_forms() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Each state's forms: word sequences of its name and abbreviations (lower case), and acronym keys ("^nj")."""
    by_words: dict[tuple[str, ...], str] = {}
    by_acronym: dict[str, str] = {}
    for code, name, ap_abbreviation in us_states():
        by_acronym["^" + code.lower()] = code
        by_words[tuple(name.lower().split())] = code
        # "N.J." is read as one acronym, "Calif." and "W.Va." as words.
        parts = tuple(part.lower() for part in ap_abbreviation.split(".") if part)
        if len(parts) > 1 and all(len(part) == 1 for part in parts):
            by_acronym["^" + "".join(parts)] = code
        elif parts:
            by_words[parts] = code
    by_words.update({(form,): code for form, code in _OLDER_STATE_FORMS.items()})
    return by_words, by_acronym


@functools.cache
def _state_first_words() -> frozenset[str]:
    return frozenset(form[0] for form in _state_forms()[0])


def _states(words: Sequence[Token]) -> list[Mention]:
    by_words, by_acronym = _state_forms()
    first_words = _state_first_words()
    found: list[Mention] = []
    for position, token in enumerate(words):
        if token.kind == "acronym" and token.key in by_acronym:
            found.append(_concept(token.start, token.end, "=state:" + by_acronym[token.key]))
            continue
        if token.surface not in first_words or not _capitalised(token):
            continue
        for length in (3, 2, 1):
            run = words[position : position + length]
            code = by_words.get(tuple(t.surface for t in run)) if len(run) == length else None
            if code is not None and all(_capitalised(t) or t.surface == "of" for t in run):
                if token.surface not in _NOT_STATES or _in_party_tag(words, position):
                    found.append(_concept(run[0].start, run[-1].end, "=state:" + code))
                break
    return found


def _in_party_tag(words: Sequence[Token], position: int) -> bool:
    """Whether the word follows a party letter and a hyphen ("R-Miss.")."""
    previous = words[position - 1] if position > 0 else None
    return previous is not None and previous.surface in _PARTY_LETTERS and previous.end + 1 == words[position].start


def _parties(words: Sequence[Token], states: Sequence[Mention]) -> list[Mention]:
    """Party names, and the letter of a party tag: a capital R, D or I joined by one character to a state
    ("R-Ariz."), or an R or D set apart by punctuation on both sides ("David Long (R) said"), unlike an initial
    ("George R. Martin") or the pronoun "I"."""
    state_starts = {m.start for m in states}
    found: list[Mention] = []
    for position, token in enumerate(words):
        if token.surface in PARTY_WORDS and _capitalised(token):
            found.append(_concept(token.start, token.end, "=party:" + PARTY_WORDS[token.surface]))
        elif (
            token.kind == "name" and token.surface in _PARTY_LETTERS and _a_party_letter(words, position, state_starts)
        ):
            found.append(_concept(token.start, token.end, "=party:" + token.surface.upper()))
    return found


def _a_party_letter(words: Sequence[Token], position: int, state_starts: AbstractSet[int]) -> bool:
    token = words[position]
    if token.kind != "name" or token.surface not in _PARTY_LETTERS:
        return False
    return token.end + 1 in state_starts or (token.surface != "i" and _set_apart(words, position))


def _set_apart(words: Sequence[Token], position: int) -> bool:
    """Whether more than a space stands between the token and each of its neighbours ("(R)", ", D,")."""
    token = words[position]
    before = words[position - 1].end if position > 0 else -2
    after = words[position + 1].start if position + 1 < len(words) else token.end + 2
    return token.start - before >= 2 and after - token.end >= 2


# --------------------------------------------------------------------------------------------------------------
# Titles and verbs of saying
# --------------------------------------------------------------------------------------------------------------


@functools.cache
def _title_forms() -> dict[tuple[str, bool], str]:
    """(surface, whether it is an abbreviation) -> title: abbreviations count only capitalised."""
    forms: dict[tuple[str, bool], str] = {}
    for title, (abbreviations, words) in _TITLES.items():
        forms.update({(form, True): title for form in abbreviations})
        forms.update({(form, False): title for form in words})
    return forms


def title_in_full(word: str) -> str | None:
    """The title a lower-case word abbreviates or names ("lt" -> "lieutenant", "congressman" -> "representative")."""
    forms = _title_forms()
    return forms.get((word, True)) or forms.get((word, False))


@functools.cache
def _title_surfaces() -> frozenset[str]:
    return frozenset(surface for surface, _ in _title_forms())


def _titles(words: Sequence[Token]) -> list[Mention]:
    forms = _title_forms()
    surfaces = _title_surfaces()
    found: list[Mention] = []
    for token in words:
        if token.surface not in surfaces:
            continue
        title = forms.get((token.surface, token.kind == "name")) or forms.get((token.surface, False))
        if title is not None:
            found.append(_concept(token.start, token.end, "=title:" + title))
    return found


def _sayings(words: Sequence[Token]) -> list[Mention]:
    return [_concept(t.start, t.end, "=say") for t in words if t.kind == "word" and t.surface in _SAYING_FORMS]


# --------------------------------------------------------------------------------------------------------------
# Acronyms and the words they are the initials of
# --------------------------------------------------------------------------------------------------------------


def _acronyms(words: Sequence[Token]) -> list[Mention]:
    """Each acronym, stated by the same acronym or by a run of words with its initials."""
    return [
        Mention(t.start, t.end, t.key, frozenset({t.key, _INITIALS + t.key[1:]})) for t in words if t.kind == "acronym"
    ]


def _runs(words: Sequence[Token]) -> list[tuple[list[Token], str, list[bool]]]:
    """Stretches of words that an acronym may abbreviate, each with its initials and which of its words are
    capitalised: words with a letter each, joiners ("and", "of") skipped, each gap at most a comma and a space."""
    runs: list[tuple[list[Token], str, list[bool]]] = []
    current: list[Token] = []
    previous: Token | None = None
    for token in words:
        joiner = token.surface in _INITIALS_JOINERS
        broken = previous is None or token.start - previous.end > _INITIALS_GAP
        if broken or token.kind == "acronym" or not token.surface[:1].isalpha():
            runs.append(_run(current))
            current = []
        if token.kind != "acronym" and token.surface[:1].isalpha() and not (joiner and not current):
            if not joiner:
                current.append(token)
            previous = token
        else:
            previous = None
    runs.append(_run(current))
    return [run for run in runs if len(run[0]) >= 2]


def _run(words: list[Token]) -> tuple[list[Token], str, list[bool]]:
    return words, "".join(t.surface[0] for t in words), [_capitalised(t) for t in words]


def _initials(run: tuple[list[Token], str, list[bool]]) -> set[str]:
    """Every stretch of the run's initials an acronym may be: three to six letters, or two of capitalised words."""
    _, letters, capitals = run
    size = len(letters)
    found = {
        letters[i:j]
        for i in range(size - _MIN_LOWER_INITIALS + 1)
        for j in range(i + _MIN_LOWER_INITIALS, min(size, i + _MAX_INITIALS) + 1)
    }
    return found | {letters[i : i + 2] for i in range(size - 1) if capitals[i] and capitals[i + 1]}


def _expansions(
    runs: Sequence[tuple[list[Token], str, list[bool]]], stated: AbstractSet[str] | None = None
) -> list[tuple[int, int, str]]:
    """Stretches of runs of words that could be what an acronym abbreviates, as (start, end, initials): those of
    three to six words, or two capitalised words. With `stated`, only those whose initials are an acronym stated
    there, read as far as the initials begin one (the "=prefix:" keys of `stated_keys`)."""
    found: list[tuple[int, int, str]] = []
    for run, letters, capitals in runs:
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + _MAX_INITIALS) + 1):
                part = letters[i:j]
                if stated is not None and "=prefix:" + part[:-1] not in stated:
                    break
                if len(part) < _MIN_LOWER_INITIALS and not (capitals[i] and capitals[i + 1]):
                    continue
                if stated is None or "^" + part in stated:
                    found.append((run[i].start, run[j - 1].end, part))
    return found
