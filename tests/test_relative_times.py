"""A relative time measures an act from an anchor: two relative times are one fact only when they time the same act
(its verb and its subject) from the same anchor.

Class: a duration or a rank of a unit of time bound to an act in its clause, as an offset from an anchor: "N
minutes later", "two days after the vote", "an hour into the flight", "three weeks before the election", "in the
21st minute". A match report times each goal from another moment ("Perisic levelled with a powerful shot 10
minutes later" / "21 minutes later, France again took the lead": two goals, two facts), a report of an attack each
act of it ("Police arrived 40 minutes after the first blast" / "The gunman was arrested three hours after the first
blast"). The reports are made by code: stories with their subjects (named in full and shorter, or common nouns),
acts (active verbs, a light verb with its object, passive verbs), anchors (an event after "after", "before" or
"into", or none: "later") and offsets (durations in digits and in words, ranks of minutes), in three sentence
shapes (the offset after its verb, fronted before the subject, or some words after its verb), crossed:

- two subjects, one act and anchor: "Perisic scored 10 minutes later" / "Griezmann scored 21 minutes later";
- one subject, two acts: "Perisic scored 10 minutes later" / "Perisic was booked 21 minutes later";
- two subjects and two acts (the real pair's shape);
- one act of one subject from two anchors: "arrived two hours after the first blast" / "arrived five hours after
  the warning".

None of these is a conflict.

Guards, conflicts: the same act of the same subject (named alike or in a shorter form) from the same anchor, its
offset changed, in any two shapes ("The second blast came 10 minutes later" / "20 minutes later, the second blast
came"), by a duration or by a rank ("in the 18th minute" / "in the 21st minute").
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_conflicts

# A story: its context (shared by both reports, so that the sentences link), its subjects (full form, short form),
# its acts (what the subject does), its anchors (the words after the offset: "later", or a preposition and an
# event) and its offsets (one and another of the same unit, written as its reports would).
STORIES = (
    (
        "during the World Cup final against Croatia at the Luzhniki Stadium in Moscow",
        (("Ivan Perisic", "Perisic"), ("Antoine Griezmann", "Griezmann"), ("Kylian Mbappe", "Mbappe"),
         ("Luka Modric", "Modric"), ("the Croatian captain", "the captain")),
        ("scored", "levelled with a powerful shot", "took the lead", "was booked", "struck the post"),
        ("later", "after the opening goal", "after the break", "into the second half"),
        (("10 minutes", "21 minutes"), ("five minutes", "eight minutes"), ("40 minutes", "15 minutes")),
    ),
    (
        "in the crowded market square of the northern city of Kirkuk",
        (("the second blast", "the second blast"), ("a third explosion", "the third explosion"),
         ("the car bomb", "the car bomb"), ("a suicide attack", "the suicide attack")),
        ("came", "shook the market", "killed a police officer", "tore through the crowd"),
        ("later", "after the first blast", "after the warning", "before the evening prayers"),
        (("10 minutes", "20 minutes"), ("an hour", "three hours"), ("two hours", "five hours")),
    ),
    (
        "near the main mosque of the northern city of Kirkuk",
        (("Police Chief Omar Haddad", "Haddad"), ("the gunman", "the gunman"), ("rescue workers", "rescue workers"),
         ("Governor Lina Saleh", "Saleh")),
        ("arrived", "was wounded", "called for help", "left the scene", "collapsed"),
        ("later", "after the first blast", "after the warning", "before the evening prayers"),
        (("10 minutes", "20 minutes"), ("an hour", "three hours"), ("30 minutes", "45 minutes")),
    ),
    (
        "on the doomed Nairobi flight from Addis Ababa",
        (("the captain", "the captain"), ("the first officer", "the first officer"),
         ("the co-pilot", "the co-pilot"), ("Senior Captain Yared Getachew", "Getachew")),
        ("issued a distress call", "lost control of the jet", "asked to return", "switched off the autopilot"),
        ("later", "after takeoff", "into the flight", "before the crash"),
        (("six minutes", "four minutes"), ("two minutes", "12 minutes"), ("an hour", "two hours")),
    ),
    (
        "in the capital amid mass protests over the disputed result",
        (("Prime Minister Adele Varga", "Varga"), ("the opposition leader", "the opposition leader"),
         ("President Milan Novak", "Novak"), ("the interior minister", "the interior minister")),
        ("resigned", "was arrested", "called for calm", "fled the country", "collapsed"),
        ("later", "after the vote", "before the runoff", "after the riots began"),
        (("three days", "six days"), ("two weeks", "four weeks"), ("two hours", "five hours")),
    ),
)  # fmt: skip
# Shapes of a sentence: the offset right after the act, fronted, or some words after its verb.
SHAPES = (
    "{subject} {act} {offset} {anchor} {context}.",
    "{offset} {anchor}, {subject_lower} {act} {context}.",
    "{subject} {act} {context}, {offset} {anchor}.",
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lowered(subject: str) -> str:
    """A subject as written mid-sentence: a common noun lowered, a name kept."""
    return subject[:1].lower() + subject[1:] if subject.startswith(("the ", "The ")) else subject


def _told(shape: str, subject: str, act: str, offset: str, anchor: str, context: str) -> str:
    sentence = shape.format(
        subject=_capitalised(subject),
        subject_lower=_lowered(subject),
        act=act,
        offset=offset,
        anchor=anchor,
        context=context,
    )
    return _capitalised(sentence)


def _story_cases(pick: str) -> list[tuple[str, str]]:
    """Two relative times of two acts: other subjects, other acts, both, or other anchors (`pick`)."""
    cases = []
    for n, (story, offsets, shapes) in enumerate(
        itertools.product(STORIES, range(3), itertools.product(range(len(SHAPES)), repeat=2))
    ):
        if n % 2:
            continue
        context, subjects, acts, anchors, _ = story
        one, other = story[4][offsets]
        k = n // 2
        subject_a, subject_b = subjects[k % len(subjects)], subjects[(k + 1) % len(subjects)]
        act_a, act_b = acts[k % len(acts)], acts[(k + 2) % len(acts)]
        anchor_a, anchor_b = anchors[k % len(anchors)], anchors[(k + 1) % len(anchors)]
        if pick == "subjects":
            act_b, anchor_b = act_a, anchor_a
        elif pick == "acts":
            subject_b, anchor_b = subject_a, anchor_a
        elif pick == "anchors":
            subject_b, act_b = subject_a, act_a
            if anchor_a == "later":
                anchor_a = anchors[(k + 2) % len(anchors)]
            if anchor_b == "later":
                anchor_b = anchors[(k + 3) % len(anchors)]
        else:
            anchor_b = anchor_a
        shape_a, shape_b = SHAPES[shapes[0]], SHAPES[shapes[1]]
        cases.append(
            (
                _told(shape_a, subject_a[0], act_a, one, anchor_a, context),
                _told(shape_b, subject_b[1], act_b, other, anchor_b, context),
            )
        )
    return cases


def _guard_cases() -> list[tuple[str, str]]:
    """One act of one subject from one anchor, its offset changed, in any two shapes."""
    cases = []
    for n, (story, offsets, shapes) in enumerate(
        itertools.product(STORIES, range(3), itertools.product(range(len(SHAPES)), repeat=2))
    ):
        if n % 2 != 1:
            continue
        context, subjects, acts, anchors, _ = story
        one, other = story[4][offsets]
        k = n // 2
        (full, short), act, anchor = subjects[k % len(subjects)], acts[k % len(acts)], anchors[k % len(anchors)]
        cases.append(
            (
                _told(SHAPES[shapes[0]], full, act, one, anchor, context),
                _told(SHAPES[shapes[1]], short, act, other, anchor, context),
            )
        )
    return cases


# Ranks of a minute of a match: the goal of one scorer told twice with another minute is a conflict, the goals of
# two scorers (or two acts of one) two facts.
RANK_SHAPES = (
    "{subject} {act} in the {rank} minute of the World Cup final against Croatia in Moscow.",
    "In the {rank} minute of the World Cup final against Croatia in Moscow, {subject} {act}.",
)
RANKS = (("18th", "21st"), ("69th", "59th"), ("38th", "65th"), ("third", "ninth"))
RANK_ACTS = ("scored", "levelled", "headed wide", "was booked")
SCORERS = (("Mario Mandzukic", "Mandzukic"), ("Paul Pogba", "Pogba"), ("Ivan Perisic", "Perisic"), ("France", "France"))


def _rank_cases(same: bool) -> list[tuple[str, str]]:
    cases = []
    for n, ((one, other), shape_a, shape_b, act) in enumerate(
        itertools.product(RANKS, RANK_SHAPES, RANK_SHAPES, RANK_ACTS)
    ):
        if n % 2 != int(same):
            continue
        full, short = SCORERS[n % len(SCORERS)]
        other_scorer = SCORERS[(n + 1) % len(SCORERS)][1]
        other_act = RANK_ACTS[(RANK_ACTS.index(act) + 1) % len(RANK_ACTS)]
        b_subject, b_act = (short, act) if same else ((other_scorer, act) if n % 4 == 0 else (short, other_act))
        cases.append(
            (
                _capitalised(shape_a.format(subject=full, act=act, rank=one)),
                _capitalised(shape_b.format(subject=b_subject, act=b_act, rank=other)),
            )
        )
    return cases


OTHER_SUBJECTS = _story_cases("subjects")
OTHER_ACTS = _story_cases("acts")
OTHER_SUBJECTS_AND_ACTS = _story_cases("both")
OTHER_ANCHORS = _story_cases("anchors")
RANKS_OF_TWO_ACTS = _rank_cases(same=False)
GUARDS = _guard_cases()
GUARDS_RANKS = _rank_cases(same=True)


@pytest.mark.parametrize("case", OTHER_SUBJECTS)
def test_relative_times_of_two_subjects_are_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*case)


@pytest.mark.parametrize("case", OTHER_ACTS)
def test_relative_times_of_two_acts_of_one_subject_are_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*case)


@pytest.mark.parametrize("case", OTHER_SUBJECTS_AND_ACTS)
def test_relative_times_of_two_subjects_acts_are_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*case)


@pytest.mark.parametrize("case", OTHER_ANCHORS)
def test_one_act_timed_from_two_anchors_is_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*case)


@pytest.mark.parametrize("case", RANKS_OF_TWO_ACTS)
def test_minutes_of_two_acts_are_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*case)


@pytest.mark.parametrize("case", GUARDS)
def test_one_act_from_one_anchor_with_another_offset_conflicts(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in linked_conflicts(*case)] == ["number"]


@pytest.mark.parametrize("case", GUARDS_RANKS)
def test_one_act_in_another_minute_conflicts(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in linked_conflicts(*case)] == ["number"]
