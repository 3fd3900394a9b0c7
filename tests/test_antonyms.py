"""Antonyms: one report gives a verb where the other gives its opposite, of the same subject and the same object.

Class: verbs of two opposite poles bound to their subject and object, in four families news states facts with:
evaluation ("praised" / "condemned", "welcomed" / "denounced", "applauded" / "criticised"), decision ("approved" /
"rejected", "accepted" / "refused", "passed" / "voted down", "allowed" / "banned", "upheld" / "overturned", a
verdict "acquitted" / "convicted"),
direction ("rose" / "fell", "increased" / "decreased", "gained" / "lost", "expanded" / "cut") and outcome ("won" /
"lost", "succeeded" / "failed", "passed" / "failed" a test). One pole where the other report gives the other, of one
subject and one object, is a polarity conflict, whatever the tense ("has praised", "praises", "will approve") and the
shape of the sentence around it.

Guards (no conflict): the same pole in another word ("praised" / "lauded", "rejected" / "voted down", "rose" /
"climbed"), or the opposite pole denied ("rejected" / "did not approve"); two subjects told apart by name ("The Senate
approved" / "The House rejected", "Roe won the primary" / "Webb lost the primary": both may be true), two measures
("Home prices rose" / "Rents fell"), and two objects ("approved the budget" / "rejected the merger").
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from class_cases import linked_conflicts

_CASES = 40

# A verb's forms: (past, past participle, third person present, base).
Forms = tuple[str, str, str, str]
Case = tuple[str, str]


def _regular(base: str, past: str | None = None, participle: str | None = None, third: str | None = None) -> Forms:
    past = past or (base + "d" if base.endswith("e") else base + "ed")
    return past, participle or past, third or base + "s", base


def _phrasal(base: str, particle: str, past: str, participle: str | None = None) -> Forms:
    return f"{past} {particle}", f"{participle or past} {particle}", f"{base}s {particle}", f"{base} {particle}"


_BODIES = ("The city council", "The school board", "The state Senate", "The planning commission", "The committee")
_OFFICIALS = ("Governor Jane Roe", "Mayor Carlos Delgado", "Senator Mark Webb", "Priya Nakamura", "Helen Brennan")
_COURTS = ("The appeals court", "The state Supreme Court", "Judge Helen Brennan", "A federal judge")
_JURIES = ("The jury", "A federal jury", "Judge Helen Brennan", "A jury in Denver")
# (family, one pole, the other pole, who does it, objects both may take).
_OPPOSITES: tuple[tuple[str, Forms, Forms, tuple[str, ...], tuple[str, ...]], ...] = (
    ("evaluation", _regular("praise"), _regular("condemn"), _BODIES + _OFFICIALS,
     ("the ruling", "the police response", "the new curfew")),
    ("evaluation", _regular("welcome"), _regular("denounce"), _BODIES + _OFFICIALS,
     ("the verdict", "the ceasefire", "the decision")),
    ("evaluation", _regular("applaud"), _regular("criticise"), _OFFICIALS,
     ("the plan", "the agreement", "the report")),
    ("evaluation", _regular("hail"), _regular("condemn"), _OFFICIALS, ("the settlement", "the vote", "the merger")),
    ("evaluation", _regular("commend"), _regular("criticize"), _BODIES + _OFFICIALS,
     ("the investigation", "the new tax plan", "the police chief")),
    ("decision", _regular("approve"), _regular("reject"), _BODIES, ("the budget", "the merger", "the zoning change")),
    ("decision", _regular("accept"), _regular("refuse"), _BODIES + _OFFICIALS,
     ("the buyout offer", "the pay raise", "the transfer request")),
    ("decision", _regular("pass", third="passes"), _phrasal("vote", "down", "voted"), _BODIES,
     ("the bill", "the measure", "the ordinance")),
    ("decision", _regular("allow"), _regular("ban", "banned"), _BODIES,
     ("fireworks", "the protest", "short-term rentals")),
    ("decision", _regular("permit", "permitted"), _regular("prohibit"), _BODIES,
     ("the march", "overnight parking", "food trucks")),
    ("decision", _regular("uphold", "upheld"), _regular("overturn"), _COURTS,
     ("the conviction", "the ruling", "the ban")),
    ("decision", _regular("acquit", "acquitted"), _regular("convict"), _JURIES,
     ("the former mayor of bribery", "the officer of manslaughter", "both defendants of fraud")),
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
# When an act was done, as each tense allows it: "approved ... on Tuesday", "has approved ... this week", "approves
# ... in a vote on Tuesday" (the present of a headline), "will approve ... next week".
_WHEN = {
    "past": ("on {day}", "at a meeting on {day}", "late on {day}"),
    "perfect": ("this week", "in recent days"),
    "present": ("in a {act} on {day}",),
    "future": ("on {day}", "next week"),
    "vote": ("on {day}", "late on {day}"),
}
# Sentence shapes around "{subject} {verb} {object} {when}".
_SHAPES = (
    "{subject} {verb} {object} {when}, officials said.",
    "{subject}, {clause}, {verb} {object} {when}.",
    "Officials said {subject_lower} {verb} {object} {when}.",
    "{subject} {verb} {object} {when}, according to a statement released by the office.",
    "After a long and heated public hearing, {subject_lower} {verb} {object} {when}.",
    # A relative clause: the pole said of the subject it follows ("The mayor, who praised the ruling on Monday, ...").
    "{subject}, {relative} {verb} {object} {when}, spoke to reporters at City Hall.",
    # A short relative clause, its object the only other word: "The mayor, who praised the ruling, spoke ...".
    "{subject}, {relative} {verb} {object}, spoke to reporters outside City Hall.",
)
_CLAUSES = ("after hours of debate", "under pressure from residents", "in a rare show of unity")
# Tenses, and the base form after "voted to" (bodies' decisions only).
_TENSES = ("past", "perfect", "present", "future")


def _verb(forms: Forms, tense: str) -> str:
    past, participle, third, base = forms
    tenses = {"past": past, "perfect": f"has {participle}", "present": third, "future": f"will {base}"}
    return tenses.get(tense, f"voted to {base}")


def _act(subject: str, family: str) -> str:
    """What a subject states a pole in, for the present of a headline ("approves ... in a vote on Tuesday")."""
    if family == "evaluation" or subject in _OFFICIALS:
        return "statement"
    return "ruling" if subject in _COURTS else "verdict" if subject in _JURIES else "vote"


def _lower_subject(subject: str) -> str:
    first, _, rest = subject.partition(" ")
    return f"{first.lower()} {rest}" if first in {"The", "A"} else subject


def _pair(rng: random.Random, subjects: Case, verbs: Case, things: Case, tense: str, act: str = "vote") -> Case:
    """One sentence of each report in one shape and at one time: only the subject, the verb or the object differs."""
    # A headline's present stands alone, never after "Officials said".
    shape = "{subject} {verb} {object} {when}." if tense == "present" else rng.choice(_SHAPES)
    when = rng.choice(_WHEN[tense]).format(day=rng.choice(_DAYS), act=act)
    clause = rng.choice(_CLAUSES)
    return tuple(  # type: ignore[return-value]
        shape.format(
            subject=subject,
            subject_lower=_lower_subject(subject),
            verb=verb,
            object=thing,
            when=when,
            clause=clause,
            relative="who" if subject in _OFFICIALS or "judge" in subject.lower() else "which",
        )
        for subject, verb, thing in zip(subjects, verbs, things, strict=True)
    )


def _ordered(rng: random.Random, one: Forms, other: Forms) -> tuple[Forms, Forms]:
    return (one, other) if rng.random() < 0.5 else (other, one)


def _evaluation_or_decision(family: str) -> Callable[[random.Random], Case]:
    def make(rng: random.Random) -> Case:
        _, one, other, subjects, things = rng.choice([entry for entry in _OPPOSITES if entry[0] == family])
        one, other = _ordered(rng, one, other)
        subject, thing = rng.choice(subjects), rng.choice(things)
        voted = family == "decision" and subject in _BODIES and not one[3].startswith("vote")
        tenses = (*_TENSES, "vote") if voted else _TENSES
        tense = rng.choice(tenses)
        verbs = (_verb(one, tense), _verb(other, tense))
        return _pair(rng, (subject, subject), verbs, (thing, thing), tense, _act(subject, family))

    return make


# Direction: (one pole, the other pole, subject, what follows the verb), the verb intransitive or transitive.
_DIRECTIONS: tuple[tuple[Forms, Forms, str, str], ...] = (
    (_regular("rise", "rose", "risen"), _regular("fall", "fell", "fallen"), "The median home price", "4 percent"),
    (_regular("increase"), _regular("decrease"), "Enrollment at the university", "sharply"),
    (_regular("gain"), _regular("lose", "lost"), "The company's stock", "about 3 percent"),
    (_regular("gain"), _regular("lose", "lost"), "The governing party", "seats in the assembly"),
    (_regular("expand"), _regular("cut", "cut"), "The transit agency", "its weekend bus service"),
    (_regular("raise"), _regular("lower"), "The central bank", "its benchmark interest rate"),
    (_regular("grow", "grew", "grown"), _regular("shrink", "shrank", "shrunk"), "The city's population", "slightly"),
    (_regular("increase"), _regular("reduce"), "The county", "its spending on road repairs"),
)
_DIRECTION_WHEN = {
    "past": ("last year", "in the first quarter"),
    "perfect": ("over the past decade", "this year"),
    "future": ("next year", "over the next decade"),
}


def _direction(rng: random.Random) -> Case:
    one, other, subject, rest = rng.choice(_DIRECTIONS)
    one, other = _ordered(rng, one, other)
    # The future of a plan or a forecast: "will increase its spending", "would lower its rate".
    tense = rng.choice(("past", "perfect", "future"))
    when = rng.choice(_DIRECTION_WHEN[tense])
    shape = rng.choice(
        (
            "{subject} {verb} {rest} {when}, officials said.",
            "According to figures released on Tuesday, {subject_lower} {verb} {rest} {when}.",
            "{subject} {verb} {rest} {when}, the annual report showed.",
        )
    )
    fill = {"subject": subject, "subject_lower": _lower_subject(subject), "rest": rest, "when": when}
    return shape.format(verb=_verb(one, tense), **fill), shape.format(verb=_verb(other, tense), **fill)


# Outcome: (one pole, the other pole, subject, what follows the verb).
_OUTCOMES: tuple[tuple[Forms, Forms, str, str], ...] = (
    (_regular("win", "won"), _regular("lose", "lost"), "State Senator Jane Roe", " the Democratic primary"),
    (_regular("win", "won"), _regular("lose", "lost"), "The city", " its appeal to the state supreme court"),
    (_regular("win", "won"), _regular("lose", "lost"), "The incumbent mayor", " the runoff election"),
    (_regular("succeed"), _regular("fail"), "The rocket launch", ""),
    (_regular("succeed"), _regular("fail"), "The attempt to rescue the miners", ""),
    (_regular("pass", third="passes"), _regular("fail"), "The restaurant", " its health inspection"),
)


def _outcome(rng: random.Random) -> Case:
    one, other, subject, rest = rng.choice(_OUTCOMES)
    one, other = _ordered(rng, one, other)
    tense, when = rng.choice((("past", f"on {rng.choice(_DAYS)}"), ("perfect", "this week")))
    shape = rng.choice(
        (
            "{subject} {verb}{rest} {when}, officials said.",
            "{subject} {verb}{rest} {when}, according to local news reports.",
            "{subject} {verb}{rest} {when}, two people familiar with the matter said.",
        )
    )
    fill = {"subject": subject, "rest": rest, "when": when}
    return shape.format(verb=_verb(one, tense), **fill), shape.format(verb=_verb(other, tense), **fill)


# Guards

# One pole in two words: (one form, another form of the same pole, who does it, objects).
_SAME_POLE: tuple[tuple[Forms, Forms, tuple[str, ...], tuple[str, ...]], ...] = (
    (_regular("praise"), _regular("laud"), _OFFICIALS, ("the ruling", "the police response")),
    (_regular("condemn"), _regular("denounce"), _BODIES + _OFFICIALS, ("the verdict", "the decision")),
    (_regular("criticize"), _regular("criticise"), _OFFICIALS, ("the plan", "the report")),
    (_regular("welcome"), _regular("applaud"), _OFFICIALS, ("the ceasefire", "the agreement")),
    (_regular("approve"), _regular("pass", third="passes"), _BODIES, ("the budget", "the bill")),
    (_regular("reject"), _phrasal("vote", "down", "voted"), _BODIES, ("the bill", "the measure")),
    (_regular("ban", "banned"), _regular("prohibit"), _BODIES, ("fireworks", "overnight parking")),
    (_regular("overturn"), _phrasal("strike", "down", "struck", "struck"), _COURTS, ("the conviction", "the ban")),
    (_regular("refuse"), _regular("reject"), _BODIES + _OFFICIALS, ("the offer", "the settlement")),
)
# The other pole denied: "rejected" / "did not approve".
_DENIED_OPPOSITE = (
    ("rejected", "did not approve", _BODIES, ("the budget", "the merger")),
    ("refused", "did not accept", _BODIES + _OFFICIALS, ("the offer", "the proposal")),
    ("banned", "did not allow", _BODIES, ("fireworks", "the protest")),
    ("lost", "did not win", ("Jane Roe", "The incumbent mayor"), ("the primary", "the runoff election")),
)


def _same_pole(rng: random.Random) -> Case:
    if rng.random() < 0.25:
        one, denied, subjects, things = rng.choice(_DENIED_OPPOSITE)
        subject, thing = rng.choice(subjects), rng.choice(things)
        return _pair(rng, (subject, subject), (one, denied), (thing, thing), "past")
    one, other, subjects, things = rng.choice(_SAME_POLE)
    subject, thing, tense = rng.choice(subjects), rng.choice(things), rng.choice(_TENSES)
    act = "statement" if subject in _OFFICIALS else "ruling" if subject in _COURTS else "vote"
    return _pair(rng, (subject, subject), (_verb(one, tense), _verb(other, tense)), (thing, thing), tense, act)


# Subjects told apart by name: people, the two chambers, the two parties (plural: the past tense only).
_NAMED_SUBJECTS = (
    ("Governor Jane Roe", "Mayor Carlos Delgado", "Senator Mark Webb", "Priya Nakamura"),
    ("The Senate", "The House"),
    ("Democrats", "Republicans"),
)


def _other_subjects(rng: random.Random) -> Case:
    """Two subjects, each given one pole: both may be true."""
    kind = rng.random()
    if kind < 0.6:
        _, one, other, _, things = rng.choice(_OPPOSITES)
        one, other = _ordered(rng, one, other)
        first, second = rng.sample(rng.choice(_NAMED_SUBJECTS), 2)
        thing = rng.choice(things)
        return _pair(rng, (first, second), (_verb(one, "past"), _verb(other, "past")), (thing, thing), "past")
    if kind < 0.8:
        first, second = rng.sample(("Jane Roe", "Mark Webb", "Carlos Delgado", "Priya Nakamura"), 2)
        race = rng.choice(("the Democratic primary", "the special election", "the runoff for mayor"))
        day = rng.choice(_DAYS)
        return (
            f"{first} won {race} on {day}, according to unofficial results from the county clerk.",
            f"{second} lost {race} on {day}, according to unofficial results from the county clerk.",
        )
    first, second = rng.sample(("Home prices", "Rents", "Sales of new homes", "Building permits"), 2)
    up, down = rng.choice((("rose", "fell"), ("increased", "decreased"), ("climbed", "dropped")))
    return (
        f"{first} {up} 4 percent in the county last year, according to the annual housing report.",
        f"{second} {down} 4 percent in the county last year, according to the annual housing report.",
    )


def _other_objects(rng: random.Random) -> Case:
    """One subject, each pole of another object: "approved the budget" / "rejected the merger"."""
    _, one, other, subjects, things = rng.choice(_OPPOSITES)
    one, other = _ordered(rng, one, other)
    subject, tense = rng.choice(subjects), rng.choice(("past", "perfect"))
    first, second = rng.sample(things, 2)
    return _pair(rng, (subject, subject), (_verb(one, tense), _verb(other, tense)), (first, second), tense)


def _generated(make: Callable[[random.Random], Case], seed: int) -> list[Case]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(_CASES)]


DIRECTIONAL = {
    "evaluation": _evaluation_or_decision("evaluation"),
    "decision": _evaluation_or_decision("decision"),
    "direction": _direction,
    "outcome": _outcome,
}
GUARDS = {"same pole": _same_pole, "other subjects": _other_subjects, "other objects": _other_objects}


@pytest.mark.parametrize("family", DIRECTIONAL)
def test_a_verb_and_its_opposite_of_one_subject_and_object_conflict(family: str) -> None:
    missed = []
    for a, b in _generated(DIRECTIONAL[family], seed=sorted(DIRECTIONAL).index(family)):
        if "polarity" not in {kind for kind, _, _ in linked_conflicts(a, b)}:
            missed.append((a, b))
    assert not missed, f"{len(missed)} of {_CASES} missed, e.g. {missed[:3]}"


@pytest.mark.parametrize("guard", sorted(GUARDS))
def test_one_pole_two_subjects_or_two_objects_are_no_conflict(guard: str) -> None:
    flagged = []
    for a, b in _generated(GUARDS[guard], seed=10 + sorted(GUARDS).index(guard)):
        found = [conflict for conflict in linked_conflicts(a, b) if conflict[0] == "polarity"]
        if found:
            flagged.append((a, b, found))
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"
