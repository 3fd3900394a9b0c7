"""One word changed inside one quotation of one speaker is a quote conflict; the same words quoted otherwise are not.

Class: "It was a great experience" / "It was a terrible experience", "we will never give up" / "we will always give
up", "the last time" / "the first time": the same quotation, given to the same speaker, with one word of it replaced
by a word of the same part of speech that means something else (an adjective, a verb, a noun, an adverb, a number
word or an ordinal), the first, a middle or the last word of a quotation of 3 to 40 words. News prose varies the
frame around it: the attribution before, after or inside the quotation ("I think," she said, "it was ..."), straight
and curly marks, a comma or none before the closing mark, the quotation split over two sentences, the other report
quoting only a shorter excerpt that holds the changed word, the quotation in a report's first sentence, two
quotations in one sentence with one changed. The reports are made by code from templates of civic, crime, sports and
business prose. A number word keeps the kind of its value ("number"), which says what changed more exactly.

Guards, no conflict: a shorter or longer excerpt of the same words, the quotation cut at another place of the same
words, the same words told outside quotation marks, two different quotations of the same speaker, the same words
with one word changed given to two speakers whom both reports quote, a contraction or its expansion where the
quotation opens, two people's remarks that open on the same words, and words left out after an ellipsis.
"""

from __future__ import annotations

import random

import pytest

import compare

# (quotation with {w} for the changed word, word in A, word in B, part of speech, where the word stands).
_CORES = (
    ("It was a {w} experience", "great", "terrible", "adjective", "middle"),
    ("This is a {w} day for our city", "good", "bad", "adjective", "middle"),
    ("the new schedule is {w} to every family in the district", "fair", "unfair", "adjective", "middle"),
    ("this decision is {w}", "legal", "illegal", "adjective", "last"),
    ("{w} changes are coming to this department", "Big", "Small", "adjective", "first"),
    ("We {w} the court's decision", "accept", "reject", "verb", "middle"),
    ("I {w} what the governor said about the budget", "support", "oppose", "verb", "middle"),
    ("Our players {w} this coach", "love", "hate", "verb", "middle"),
    ("{w} the plan and move on", "Accept", "Reject", "verb", "first"),
    ("we lost our {w} in the fire", "house", "school", "noun", "middle"),
    ("This fight is about our {w}", "children", "veterans", "noun", "last"),
    ("the project was a {w}", "success", "failure", "noun", "last"),
    ("{w} will be allowed to vote on the contract", "Everyone", "Nobody", "noun", "first"),
    ("we will {w} give up", "never", "always", "adverb", "middle"),
    ("He {w} told us the truth about the money", "always", "rarely", "adverb", "middle"),
    ("the team played {w}", "well", "badly", "adverb", "last"),
    ("We waited {w} hours for an ambulance", "two", "six", "number", "middle"),
    ("{w} of my neighbors lost everything", "Three", "Five", "number", "first"),
    ("It was the {w} time I saw him alive", "last", "first", "ordinal", "middle"),
    ("this is the {w} season we have had", "best", "worst", "adjective", "middle"),
)
# Clauses a speaker says around the core, to vary the quotation's length.
_LEADS = (
    "Honestly,",
    "I will tell you this:",
    "After everything that happened this year and everything we went through together,",
    "I have lived on this street for thirty years, I have raised four kids here, and I can tell you that",
)
_TAILS = (
    "and I mean that",
    "and nobody here will forget it",
    "and I think everyone who came out tonight to stand with us understands exactly what that means for all of us",
)
# (speaker's full name, surname, pronoun, what the opening sentence says they are).
_SPEAKERS = (
    ("Maria Lopez", "Lopez", "she", "the city's fire chief"),
    ("Tom Walsh", "Walsh", "he", "the head coach"),
    ("Aisha Okafor", "Okafor", "she", "a neighbor of the family"),
    ("Kenji Tanaka", "Tanaka", "he", "the company's chief executive"),
    ("Ingrid Lindqvist", "Lindqvist", "she", "the school board president"),
    ("David Mensah", "Mensah", "he", "the union's spokesman"),
)
_OPENING = "{full}, {role}, spoke to reporters on Tuesday after the meeting at City Hall."
_CLOSING = "The council will vote on the plan next month. A second meeting is set for Thursday evening."


def _quotation(core: str, word: str, lead: str, tail: str) -> str:
    said = core.format(w=word)
    if lead and not said.startswith("I "):
        said = said[:1].lower() + said[1:]
    return " ".join(part for part in (lead, said, tail) if part)


def _lowered(words: str) -> str:
    return words if words.startswith("I ") else words[:1].lower() + words[1:]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _marks(curly: bool) -> tuple[str, str]:
    return ("\u201c", "\u201d") if curly else ('"', '"')


def _attributed(quotation: str, form: str, speaker: tuple[str, str, str, str], curly: bool, comma: bool) -> str:
    """A sentence quoting the words whole, attributed in one of the forms news uses."""
    full, surname, pronoun, _ = speaker
    op, cl = _marks(curly)
    quote = _capitalised(quotation)
    if form == "after":
        # "...," Lopez said. / "..." Lopez said (no comma before the closing mark) / "...", Lopez said (outside).
        return f"{op}{quote},{cl} {surname} said." if comma else f"{op}{quote}{cl}, {surname} said."
    if form == "said_name":
        return f"{op}{quote},{cl} said {full}."
    if form == "pronoun":
        return f"{op}{quote},{cl} {pronoun} said."
    if form == "before":
        return f"{surname} told reporters: {op}{quote}.{cl}" if comma else f"{surname} said: {op}{quote}{cl}."
    # Inside: the attribution breaks the quotation after its first words.
    words = quote.split()
    return f"{op}{' '.join(words[:2])},{cl} {surname} said, {op}{' '.join(words[2:])}.{cl}"


def _report(sentence: str, speaker: tuple[str, str, str, str], first: bool) -> str:
    opening = _OPENING.format(full=speaker[0], role=speaker[3])
    if first:
        return f"{sentence} {opening} {_CLOSING}"
    return f"{opening} {sentence} {_CLOSING}"


# Directional cases: (label, word in A, word in B, report A, report B).
_Case = tuple[str, str, str, str, str]
_FORMS = ("after", "said_name", "pronoun", "before", "inside")


def _padding(rng: random.Random, where: str) -> tuple[str, str]:
    """A lead and a tail that keep the changed word where the core puts it (first, middle or last word)."""
    lead = rng.choice(("", *_LEADS)) if where != "first" else ""
    tail = rng.choice(("", *_TAILS)) if where != "last" else ""
    return lead, tail


def _whole(rng: random.Random, index: int) -> _Case:
    core, word_a, word_b, pos, where = _CORES[index % len(_CORES)]
    lead, tail = _padding(rng, where)
    speaker = rng.choice(_SPEAKERS)
    form = _FORMS[index % len(_FORMS)]
    if form == "inside" and len(_quotation(core, word_a, lead, tail).split()) < 5:
        form = "after"
    curly, comma, first = rng.random() < 0.5, rng.random() < 0.7, rng.random() < 0.3
    if form == "pronoun":
        first = False  # the pronoun stands for the person the opening sentence names
    sentences = [
        _attributed(_quotation(core, word, lead, tail), form, speaker, curly, comma) for word in (word_a, word_b)
    ]
    label = f"whole:{pos}:{where}:{form}:{'curly' if curly else 'straight'}:{'first' if first else 'later'}"
    return (label, word_a, word_b, _report(sentences[0], speaker, first), _report(sentences[1], speaker, first))


def _excerpt(rng: random.Random, index: int) -> _Case:
    """B quotes only the words around the changed one, after "said"."""
    core, word_a, word_b, pos, where = _CORES[index % len(_CORES)]
    lead, tail = rng.choice(_LEADS[2:]), rng.choice(_TAILS[1:])
    speaker = rng.choice(_SPEAKERS)
    curly = rng.random() < 0.5
    op, cl = _marks(curly)
    full_a = _quotation(core, word_a, lead, tail)
    sentence_a = f"{op}{_capitalised(full_a)},{cl} {speaker[1]} said."
    # The excerpt: the core, with the tail when the core alone is short, five words or more holding the change.
    excerpt = core.format(w=word_b)
    excerpt = excerpt if len(excerpt.split()) >= 5 or where == "last" else f"{excerpt} {tail}"
    sentence_b = f"{speaker[1]} said {op}{_lowered(excerpt)}.{cl}"
    label = f"excerpt:{pos}:{where}:{'curly' if curly else 'straight'}"
    return (label, word_a, word_b, _report(sentence_a, speaker, False), _report(sentence_b, speaker, False))


def _split(rng: random.Random, index: int) -> _Case:
    """The quotation runs over two sentences; the change is in the second."""
    core, word_a, word_b, pos, where = _CORES[index % len(_CORES)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    tail = rng.choice(("", *_TAILS))

    def sentence(word: str) -> str:
        said = f"{speaker[1]} said: {op}We knew the storm was coming for days. "
        return f"{said}{_capitalised(_quotation(core, word, '', tail if where != 'last' else ''))}.{cl}"

    return (f"split:{pos}:{where}", word_a, word_b, _report(sentence(word_a), speaker, False),
            _report(sentence(word_b), speaker, False))  # fmt: skip


def _two_quotations(rng: random.Random, index: int) -> _Case:
    """Two quotations in one sentence, one of them changed."""
    core, word_a, word_b, pos, where = _CORES[index % len(_CORES)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    other = "we will rebuild every home on this street"
    changed_first = rng.random() < 0.5

    def sentence(word: str) -> str:
        changed = _quotation(core, word, "", "")
        one, two = (changed, other) if changed_first else (other, changed)
        return f"{op}{_capitalised(one)},{cl} {speaker[1]} said, adding that {op}{_lowered(two)}.{cl}"

    label = f"two:{pos}:{where}:{'first' if changed_first else 'second'}"
    return (label, word_a, word_b, _report(sentence(word_a), speaker, False), _report(sentence(word_b), speaker, False))


def _directional(seed: int) -> list[_Case]:
    rng = random.Random(seed)
    cases = [_whole(rng, index) for index in range(50)]
    cases += [_excerpt(rng, index) for index in range(20)]
    cases += [_split(rng, index) for index in range(15)]
    cases += [_two_quotations(rng, index) for index in range(15)]
    # Numbered, so that each case has an id of its own.
    return [(f"{number}:{label}", *rest) for number, (label, *rest) in enumerate(cases)]


def _conflicts(a: str, b: str) -> list[compare.Conflict]:
    comparison = compare.compare(a, b)
    return [conflict for link in comparison.links for conflict in link.conflicts]


def _names_the_change(conflict: compare.Conflict, word_a: str, word_b: str) -> bool:
    kinds = ("quote", "number") if word_a.lower() in _NUMBER_WORDS else ("quote",)
    return (
        conflict.kind in kinds
        and word_a.lower() in conflict.a_value.lower().split()
        and word_b.lower() in conflict.b_value.lower().split()
    )


_NUMBER_WORDS = frozenset({"two", "six", "three", "five"})
# The cases the engine misses, by number: excerpts whose sentences nothing links but the quotation, when it is of
# four words, its words are too common ("we will always give up", "this is a bad day for our city") or it ends on the
# changed word (only runs with a word inside them left out are keys: see compare._text._normalize.quoted_runs).
_MISSED = frozenset({51, 53, 61, 63, 65, 69, 73})


def _marked(cases: list[_Case]) -> list[object]:
    return [
        pytest.param(case, marks=pytest.mark.xfail(strict=True)) if int(case[0].split(":")[0]) in _MISSED else case
        for case in cases
    ]


_DIRECTIONAL = _directional(18)


@pytest.mark.parametrize("case", _marked(_DIRECTIONAL), ids=[case[0] for case in _DIRECTIONAL])
def test_a_word_changed_inside_a_quotation_is_a_quote_conflict(case: _Case) -> None:
    _, word_a, word_b, report_a, report_b = case
    found = _conflicts(report_a, report_b)
    assert any(_names_the_change(conflict, word_a, word_b) for conflict in found), found
    mirrored = _conflicts(report_b, report_a)
    assert any(_names_the_change(conflict, word_b, word_a) for conflict in mirrored), mirrored


# Guards: the same words quoted or told otherwise. Each gives (label, report A, report B).
_Guard = tuple[str, str, str]


def _shorter_excerpt(rng: random.Random, index: int) -> _Guard:
    core, word, _, _, _ = _CORES[index % len(_CORES)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    lead, tail = rng.choice(_LEADS), rng.choice(_TAILS)
    whole = f"{op}{_capitalised(_quotation(core, word, lead, tail))},{cl} {speaker[1]} said."
    words = _lowered(_quotation(core, word, "", tail)).split()
    excerpt = f"{speaker[1]} said {op}{' '.join(words[: max(5, len(words) // 2)])}.{cl}"
    return ("excerpt", _report(whole, speaker, False), _report(excerpt, speaker, False))


def _cut_elsewhere(rng: random.Random, index: int) -> _Guard:
    """The same words, the quotation marks opened at two places of them."""
    core, word, _, _, _ = _CORES[index % len(_CORES)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    words = _lowered(_quotation(core, word, "", rng.choice(_TAILS))).split()
    one, other = 1, min(4, len(words) - 3)

    def sentence(at: int) -> str:
        return f"{speaker[1]} said that {' '.join(words[:at])} {op}{' '.join(words[at:])}.{cl}"

    return ("cut", _report(sentence(one), speaker, False), _report(sentence(other), speaker, False))


# The cores that read as reported speech after "said" (no command).
_TOLD = tuple(core for core in _CORES if core[3] != "verb" or not core[0].startswith("{"))


def _paraphrase(rng: random.Random, index: int) -> _Guard:
    """The words quoted in A, told without quotation marks in B."""
    core, word, _, _, _ = _TOLD[index % len(_TOLD)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    words = _quotation(core, word, "", "")
    quoted = f"{op}{_capitalised(words)},{cl} {speaker[1]} said."
    told = f"{speaker[1]} said {_lowered(words)}."
    return ("paraphrase", _report(quoted, speaker, False), _report(told, speaker, False))


def _two_quotations_of_one_speaker(rng: random.Random, index: int) -> _Guard:
    """A quotes one thing the speaker said, B another."""
    one, two = _CORES[index % len(_CORES)], _CORES[(index + 7) % len(_CORES)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    sentences = [f"{op}{_capitalised(c[0].format(w=c[1]))},{cl} {speaker[1]} said." for c in (one, two)]
    return ("two quotations", _report(sentences[0], speaker, False), _report(sentences[1], speaker, False))


def _two_speakers(rng: random.Random, index: int) -> _Guard:
    """Two speakers say nearly the same words, one word apart; both reports quote both, in another order."""
    core, word_a, word_b, _, _ = _CORES[index % len(_CORES)]
    first, second = rng.sample(_SPEAKERS, 2)
    op, cl = _marks(rng.random() < 0.5)
    one = f"{op}{_capitalised(_quotation(core, word_a, '', ''))},{cl} {first[1]} said."
    two = f"{op}{_capitalised(_quotation(core, word_b, '', ''))},{cl} said {second[0]}."
    opening = f"{first[0]} and {second[0]} spoke to reporters on Tuesday after the meeting at City Hall."
    return ("two speakers", f"{opening} {one} {two} {_CLOSING}", f"{opening} {two} {one} {_CLOSING}")


# A contraction and its expansion (the quoteforms branch reads such forms; here, only where a quotation opens).
_CONTRACTIONS = (
    ("I'm sure", "I am sure"),
    ("It's clear", "It is clear"),
    ("We've said", "We have said"),
    ("Can't deny it:", "Can not deny it:"),
    ("Couldn't be clearer:", "Could not be clearer:"),
    ("Won't lie to you:", "Will not lie to you:"),
    ("Shouldn't surprise anyone:", "Should not surprise anyone:"),
)


def _contraction_at_the_opening(rng: random.Random, index: int) -> _Guard:
    """One report opens the quotation on a contraction, the other on its expansion, whole or in an excerpt."""
    core, word, _, _, _ = _TOLD[index % len(_TOLD)]
    speaker = rng.choice(_SPEAKERS)
    op, cl = _marks(rng.random() < 0.5)
    short, long = rng.choice(_CONTRACTIONS)
    said = _lowered(_quotation(core, word, "", ""))
    if index % 2:
        sentences = [f"{op}{form} {said},{cl} {speaker[1]} said." for form in (short, long)]
    else:
        sentences = [f"{speaker[1]} said: {op}{form} {said}.{cl}" for form in (short, long)]
    return ("contraction", _report(sentences[0], speaker, False), _report(sentences[1], speaker, False))


# Two remarks that open on the same few words and go on otherwise, and words left out after an ellipsis.
_OPENINGS = ("I think we should", "We need to", "The fact is we", "I told them we would")
_GOING_ON = ("wait", "hesitate", "leave the rules as they are", "talk to the families first", "win")


def _remarks_opening_alike(rng: random.Random, index: int) -> _Guard:
    """Two people's remarks that open alike, or one remark with words left out after an ellipsis in one report."""
    opening = _OPENINGS[index % len(_OPENINGS)]
    one, other = rng.sample(_GOING_ON, 2)
    first, second = rng.sample(_SPEAKERS, 2)
    op, cl = _marks(rng.random() < 0.5)
    if index % 2:
        # One remark, the other report leaving words out between its first word and the rest.
        said = _lowered(_quotation(_CORES[index % len(_CORES)][0], _CORES[index % len(_CORES)][1], "", ""))
        sentence_a = f"{op}Second . . . {said},{cl} {first[1]} said."
        sentence_b = f"{op}In short, {said},{cl} {first[1]} said."
        return ("ellipsis", _report(sentence_a, first, False), _report(sentence_b, first, False))
    sentence_a = f"{op}{opening} {one},{cl} said {first[0]}."
    sentence_b = f"{op}{opening} {other},{cl} {second[0]} said at the hearing."
    opening_sentence = f"{first[0]} and {second[0]} spoke at the hearing on Tuesday."
    return (
        "opening alike",
        f"{opening_sentence} {sentence_a} {_CLOSING}",
        f"{opening_sentence} {sentence_b} {_CLOSING}",
    )


def _guards(seed: int) -> list[_Guard]:
    rng = random.Random(seed)
    makers = (
        _shorter_excerpt,
        _cut_elsewhere,
        _paraphrase,
        _two_quotations_of_one_speaker,
        _two_speakers,
        _contraction_at_the_opening,
        _remarks_opening_alike,
    )
    return [maker(rng, index) for maker in makers for index in range(14)]


_GUARDS = _guards(19)


@pytest.mark.parametrize("case", _GUARDS, ids=[f"{case[0]}:{index}" for index, case in enumerate(_GUARDS)])
def test_the_same_words_quoted_otherwise_are_no_conflict(case: _Guard) -> None:
    _, report_a, report_b = case
    assert _conflicts(report_a, report_b) == []
    assert _conflicts(report_b, report_a) == []
