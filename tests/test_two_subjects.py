"""One predicate, two subjects: two sentences that tell the same act (the same verb, with the same object) of two
different named subjects state two facts, no link: "Akufo-Addo polled 6,730,413 votes" / "Mahama polled 6,214,889
votes"; "The Senate approved the bill" / "The House approved the bill".

Class: each subject is named only in its own sentence, in the slot before the verb, and the two sentences share
nothing else than the predicate; a report tells the same act of the other subject too (one report says what each
subject did), so each sentence has its own partner. The reports are made by code: subjects (people named in full
with a title or by surname, bodies, companies) and acts (verbs with objects, some counting a figure), the act of
one subject in one report, the same act of both subjects in the other, either way round and in either order.

Guards, still links:
- the same act of one subject told twice with the subject named otherwise (a title and a full name / the surname;
  a pronoun after a sentence naming the subject);
- the same subject and act with other figures, whose number conflict is the point;
- a subject changed with no other sentence telling the act of either subject ("The Senate approved the bill" /
  "The House approved the bill" alone): a changed name, which the comparison reports as a conflict of names.
"""

from __future__ import annotations

import random

import compare
from class_cases import Case, generated

# A subject named in full (a title and a name, or a body) and the short form a report names it by later.
SUBJECTS = (
    ("Commissioner Mary Alder", "Alder"),
    ("Governor Tom Brennan", "Brennan"),
    ("President Nana Akufo-Addo", "Akufo-Addo"),
    ("Former President John Mahama", "Mahama"),
    ("Mayor Ruth Okafor", "Okafor"),
    ("Councillor Peter Lindqvist", "Lindqvist"),
    ("Chief Executive Dana Whitcombe", "Whitcombe"),
    ("The Senate", "The Senate"),
    ("The House", "The House"),
    ("Shell", "Shell"),
    ("Chevron", "Chevron"),
    ("The Liberal Party", "The Liberal Party"),
)
# Acts: a verb with its object, "{n}" a figure the act counts.
ACTS = (
    "polled {n} votes",
    "approved the spending bill on Tuesday",
    "rejected the merger offer",
    "signed the pipeline contract in Lagos",
    "won {n} seats in the regional assembly",
    "collected {n} signatures for the petition",
    "donated {n} blankets to the flood appeal",
    "opposed the new mining code",
    "endorsed the ceasefire plan",
    "filed {n} objections to the zoning plan",
)


def _figure(rng: random.Random) -> str:
    return f"{rng.randrange(1_000, 900_000):,}"


def _told(subject: str, act: str, figure: str) -> str:
    return f"{subject} {act.format(n=figure)}."


def _both_told(rng: random.Random) -> tuple[str, str, str, str]:
    """One subject's act in one report and the same act of it and of another subject in the other: the report
    holding one sentence, the other report's sentences in order, and the sentences of the same subject and of the
    other subject."""
    (one_full, one_short), (other_full, other_short) = rng.sample(SUBJECTS, 2)
    act = rng.choice(ACTS)
    figure = _figure(rng)
    single = _told(one_full, act, figure)
    same = _told(one_short, act, figure)
    other = _told(rng.choice((other_full, other_short)), act, _figure(rng))
    pair = [same, other]
    rng.shuffle(pair)
    return single, " ".join(pair), same, other


def _linked_texts(a: str, b: str) -> set[tuple[str, str]]:
    """The links of two reports, as the pair of their sentences (A's first)."""
    result = compare.compare(a, b)
    return {(result.sentences_a[link.a].text, result.sentences_b[link.b].text) for link in result.links}


def test_the_same_act_of_two_subjects_is_no_link() -> None:
    wrong = []
    for seed in range(60):
        rng = random.Random(seed)
        single, both, _, other = _both_told(rng)
        swapped = rng.random() < 0.5
        a, b = (both, single) if swapped else (single, both)
        cross = (other, single) if swapped else (single, other)
        if cross in _linked_texts(a, b):
            wrong.append((a, b))
    assert not wrong, wrong


def test_the_same_act_of_one_subject_named_otherwise_is_a_link() -> None:
    wrong = []
    for seed in range(60):
        rng = random.Random(seed)
        single, both, same, _ = _both_told(rng)
        swapped = rng.random() < 0.5
        a, b = (both, single) if swapped else (single, both)
        kept = (same, single) if swapped else (single, same)
        if kept not in _linked_texts(a, b):
            wrong.append((a, b))
    assert not wrong, wrong


def test_the_same_act_told_of_a_pronoun_after_a_name_is_a_link() -> None:
    wrong = []
    for a, b in generated(_pronoun_case, seed=19, count=40):
        if not compare.compare(a, b).links:
            wrong.append((a, b))
    assert not wrong, wrong


def _pronoun_case(rng: random.Random) -> Case:
    (full, short), (other, _) = rng.sample(SUBJECTS[:7], 2)
    act = rng.choice(ACTS)
    pronoun = "She" if "Mary" in full or "Ruth" in full or "Dana" in full else "He"
    figure = _figure(rng)
    return _told(short, act, figure), f"{full} spoke to {other} on Monday. {_told(pronoun, act, figure)}"


def test_the_same_subject_and_act_with_other_figures_is_a_conflict() -> None:
    wrong = []
    for a, b in generated(_other_figures, seed=7, count=40):
        result = compare.compare(a, b)
        if not any(c.kind == "number" for link in result.links for c in link.conflicts):
            wrong.append((a, b))
    assert not wrong, wrong


def _other_figures(rng: random.Random) -> Case:
    full, short = rng.choice(SUBJECTS)
    act = rng.choice([act for act in ACTS if "{n}" in act])
    one, other = _figure(rng), _figure(rng)
    return _told(full, act, one), _told(short, act, other)


def test_a_subject_changed_alone_is_a_link() -> None:
    wrong = []
    for a, b in generated(_changed_subject, seed=3, count=40):
        if not compare.compare(a, b).links:
            wrong.append((a, b))
    assert not wrong, wrong


def _changed_subject(rng: random.Random) -> Case:
    (one, _), (other, _) = rng.sample(SUBJECTS, 2)
    act = rng.choice(ACTS)
    figure = _figure(rng)
    return _told(one, act, figure), _told(other, act, figure)
