"""One figure of one unit as the value of the main predicate of two linked sentences, told with other verbs.

Class: two reports give one amount, share or measure (money, a percentage, tonnes, metres) as the value of the main
predicate of a clause whose subject is the same thing, told with another verb of one small class or another noun:

- verbs of level or amount, which say what a total comes to ("Trade between the two countries reached $42 billion
  last year" / "trade between the two countries totaled $44 billion last year"; "stood at", "amounted to", "came
  to", "hit", "was");
- verbs of asking, which say what a party wants ("The union is demanding a 7 percent wage increase" / "The union
  wants an 8 percent pay rise"; "is seeking", "has called for", "is asking for").

Each clause holds that one figure of its unit; the subjects' heads are one word ("trade", "union"), and the rest of
the sentence may hold other figures of other subjects ("..., while employers have offered 4.5 percent"). The two
figures are one fact's: a conflict.

Guards, never compared: two subjects ("Exports to Japan" / "Imports from Japan", "Trade with China" / "Trade with
Brazil"), two years ("in 2022" / "in 2023"), a change and a level ("rose by $2 billion" / "reached $42 billion"), a
figure and its change in one clause ("rose 7 percent to $44 billion" / "reached 9 percent"), shares of two wholes
("7 percent of the vote" / "9 percent of the seats"), a rise and a fall asked for ("a 7 percent wage increase" / "a
9 percent cut in working hours"), two acts of one subject ("demanded" / "accepted"), and a
figure of another subject in the same sentence ("while employers have offered 4.5 percent" / "wants 5 percent").
"""

from __future__ import annotations

import itertools

import pytest

import compare

OPENING = "Officials from both sides met in Geneva on Monday for a second round of talks."
CLOSING = "The next round of talks is due to be held in Vienna in March."


def _report(sentence: str) -> str:
    return f"{OPENING} {sentence[0].upper()}{sentence[1:]} {CLOSING}"


def _conflicts(a: str, b: str) -> set[tuple[str, str]]:
    """The values of every conflict (not a compatible difference) of the two reports, as (A's, B's)."""
    result = compare.compare(_report(a), _report(b))
    return {(c.a_value, c.b_value) for link in result.links for c in link.conflicts if c.is_conflict}


def _found(conflicts: set[tuple[str, str]], one: str, other: str) -> bool:
    """Whether a conflict gives the two figures (each value holds its figure, and maybe its noun)."""
    return any(one in a and other in b for a, b in conflicts)


# A's subject names two countries B's report never writes ("the two countries"): the engine reads a sentence naming
# what the other report never names as perhaps another event's, and leaves the pair unlinked.
_NAMED_BY_ONE_REPORT = pytest.mark.xfail(
    strict=True, reason="A's subject names countries B's report never names: perhaps another event, left unlinked"
)


# Verbs of level: (A's, B's), each a verb group before the figure.
LEVEL_VERBS = (
    ("reached", "totaled"),
    ("stood at", "came to"),
    ("amounted to", "hit"),
    ("totalled", "was"),
    ("came to", "reached"),
)
# Subjects of one thing told two ways, with the time of the clause and two pairs of figures of a unit it is told in:
# (A's, B's, when, ((A's figure, B's), ...)).
LEVEL_SUBJECTS = (
    (
        "Trade between Japan and Indonesia",
        "trade between the two countries",
        "last year",
        (("$42 billion", "$44 billion"), ("€3.1 billion", "€2.6 billion")),
    ),
    (
        "The city's budget deficit",
        "the deficit of the city",
        "this year",
        (("$120 million", "$150 million"), ("£8.5 million", "£9 million")),
    ),
    (
        "Spending on the new stadium",
        "spending on the stadium",
        "so far",
        (("€1.2 million", "€1.5 million"), ("$640,000", "$710,000")),
    ),
    (
        "Annual inflation in the region",
        "inflation in the region",
        "in October",
        (("7.5 percent", "8.1 percent"), ("12%", "14%")),
    ),
    (
        "Copper production at the mine",
        "copper production at the site",
        "last year",
        (("3,200 tonnes", "3,900 tonnes"), ("41,000 tonnes", "38,000 tonnes")),
    ),
)
LEVEL_CASES = [
    pytest.param(
        f"{sa} {va} {fa} {when}, according to government data.",
        f"Government data show {sb} {vb} {fb} {when}.",
        fa,
        fb,
        id=f"{sb.split()[0]}-{va}-{vb}-{fa}",
        marks=_NAMED_BY_ONE_REPORT if "Japan" in sa else (),
    )
    for (sa, sb, when, figures), (va, vb) in itertools.product(LEVEL_SUBJECTS, LEVEL_VERBS)
    for fa, fb in figures
]


def _article(figure: str) -> str:
    """The indefinite article before a figure as it is read aloud: "an 8", "an 11", "a 7"."""
    return "an" if figure.startswith("8") or figure in ("11", "18") else "a"


# Verbs of asking: (A's, B's).
ASKING_VERBS = (
    ("is demanding", "wants"),
    ("is seeking", "is demanding"),
    ("has called for", "wants"),
    ("wants", "is asking for"),
)
# What is asked for, two words for one thing: (A's, B's).
ASKED_NOUNS = (("wage increase", "pay rise"), ("pay rise", "raise"), ("raise", "wage increase"))
ASKING_SUBJECTS = ("The Dutch Port Workers' Union", "The nurses' union", "The teachers' federation")
ASKING_CASES = [
    pytest.param(
        f"{subject} {va} {_article(fa)} {fa} percent {na} over one year, while employers have offered 4.5 percent.",
        f"{subject} {vb} {_article(fb)} {fb} percent {nb} over one year.",
        f"{fa} percent",
        f"{fb} percent",
        id=f"{subject.split()[-1]}-{va}-{vb}-{na}",
    )
    for subject, (va, vb), (na, nb), (fa, fb) in itertools.islice(
        (
            (s, v, n, f)
            for s in ASKING_SUBJECTS
            for v, n, f in zip(
                ASKING_VERBS * 3, ASKED_NOUNS * 4, (("7", "8"), ("6", "9"), ("8", "11")) * 4, strict=False
            )
        ),
        24,
    )
]


@pytest.mark.parametrize(("a", "b", "one", "other"), LEVEL_CASES)
def test_a_level_told_with_another_verb_conflicts(a: str, b: str, one: str, other: str) -> None:
    assert _found(_conflicts(a, b), one, other)


@pytest.mark.parametrize(("a", "b", "one", "other"), ASKING_CASES)
def test_a_figure_asked_for_with_another_verb_conflicts(a: str, b: str, one: str, other: str) -> None:
    assert _found(_conflicts(a, b), one, other)


# Near-misses another rule compares today (the same verb or noun before two figures, or two sentences alike but
# for their figures): left to those rules, and shown here.
_COMPARED_TODAY = pytest.mark.xfail(strict=True, reason="compared by an older rule of figures bound alike")
# Near-misses of the class: (A's sentence, B's sentence, A's figure, B's figure) that must never compare.
GUARDS = [
    pytest.param(
        "Exports to Japan reached $42 billion last year, according to government data.",
        "Government data show imports from Japan totaled $44 billion last year.",
        "$42 billion",
        "$44 billion",
        id="two-subjects-exports-imports",
    ),
    pytest.param(
        "Trade with China reached $42 billion last year, according to government data.",
        "Government data show trade with Brazil totaled $44 billion last year.",
        "$42 billion",
        "$44 billion",
        id="two-subjects-named",
    ),
    pytest.param(
        "Trade between Japan and Indonesia reached $42 billion in 2022, according to government data.",
        "Government data show trade between the two countries totaled $44 billion in 2023.",
        "$42 billion",
        "$44 billion",
        id="two-years",
    ),
    pytest.param(
        "Inflation in the region stood at 7.5 percent last year, according to government data.",
        "Government data show inflation in the region stood at 8.1 percent this year.",
        "7.5 percent",
        "8.1 percent",
        id="two-periods",
        marks=_COMPARED_TODAY,
    ),
    pytest.param(
        "Trade between Japan and Indonesia rose by $2 billion last year, according to government data.",
        "Government data show trade between the two countries reached $42 billion last year.",
        "$2 billion",
        "$42 billion",
        id="a-change-and-a-level",
    ),
    pytest.param(
        "Trade between Japan and Indonesia rose 7 percent to $44 billion last year, according to government data.",
        "Government data show trade between the two countries reached 9 percent of their exports last year.",
        "7 percent",
        "9 percent",
        id="a-figure-and-its-change",
    ),
    pytest.param(
        "Trade between Japan and Indonesia rose by $2 billion to $44 billion last year, according to government data.",
        "Government data show trade between the two countries reached $42 billion last year.",
        "$2 billion",
        "$42 billion",
        id="a-change-beside-its-level",
    ),
    pytest.param(
        "The Liberal Party won 7 percent of the vote in the election, officials said.",
        "The Liberal Party won 9 percent of the seats in the election, officials said.",
        "7 percent",
        "9 percent",
        id="shares-of-two-wholes",
        marks=_COMPARED_TODAY,
    ),
    pytest.param(
        "The Dutch Port Workers' Union demanded a 7 percent wage increase over one year.",
        "The Dutch Port Workers' Union accepted a 5 percent wage increase over one year.",
        "7 percent",
        "5 percent",
        id="two-acts-of-one-subject",
        marks=_COMPARED_TODAY,
    ),
    pytest.param(
        "The Dutch Port Workers' Union is demanding a 7 percent wage increase, while employers have offered 4.5 "
        "percent.",
        "Employers have offered a 5 percent pay rise over two years, the Dutch Port Workers' Union said.",
        "7 percent",
        "5 percent",
        id="another-subject-in-the-sentence",
    ),
    pytest.param(
        "The Dutch Port Workers' Union is demanding a 7 percent wage increase over one year.",
        "The Dutch Port Workers' Union wants a 9 percent cut in working hours over one year.",
        "7 percent",
        "9 percent",
        id="a-rise-and-a-fall",
        marks=_COMPARED_TODAY,
    ),
    pytest.param(
        "Sales of electric cars reached 120,000 last year, according to industry data.",
        "Industry data show sales of hybrid cars totaled 150,000 last year.",
        "120,000",
        "150,000",
        id="two-things-counted",
    ),
    pytest.param(
        "The dam's height reached 180 metres, engineers said.",
        "The dam's reservoir reached 195 metres, engineers said.",
        "180 metres",
        "195 metres",
        id="two-measured-things",
        marks=_COMPARED_TODAY,
    ),
]


@pytest.mark.parametrize(("a", "b", "one", "other"), GUARDS)
def test_near_misses_never_compare(a: str, b: str, one: str, other: str) -> None:
    assert not _found(_conflicts(a, b), one, other)
