"""The agent of one act: the same act on the same object, undertaken by two different agents, is a conflict.

Class: a country, an organisation or a person said to undertake an act, told with a verb of saying or of
undertaking before it ("South Africa said on Sunday it would send two more helicopters", "Zimbabwe pledged to send
two more helicopters", "the Red Cross promised to provide 20 tonnes of food"). Two reports that give one act with
one object (the same verb, the same thing, the same figure) to two different agents disagree on who undertook it: a
name conflict, whatever verb of saying or undertaking each uses.

Guards (no conflict): one agent with two verbs of undertaking ("said it would send" / "pledged to send"); two
agents undertaking two different acts or objects ("send two helicopters" / "donate $5 million"), both of which may
be true; a list of agents in one report of which the other names one ("South Africa and Zimbabwe pledged to send"
/ "Zimbabwe pledged to send").
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

import compare
from class_cases import Case, generated, missed

_CASES = 40
_AGENTS = (
    "South Africa", "Zimbabwe", "Botswana", "Tanzania", "Kenya", "Namibia", "the Red Cross", "UNICEF",
    "the World Food Programme", "the European Union",
)  # fmt: skip
_ACTS = (
    "send two more helicopters",
    "deploy 300 troops to the region",
    "donate $5 million to the relief effort",
    "provide 20 tonnes of food",
    "open three field hospitals",
    "fly 40 doctors to Beira",
)
# A verb of saying with the act told after "it would", and verbs of undertaking with the act after "to".
_SAID = ("said it would {act}", "said on Sunday it would {act}", "announced it would {act}")
_UNDERTOOK = ("pledged to {act}", "promised to {act}", "offered to {act}", "agreed to {act}", "vowed to {act}")
_OPENINGS = ("", "In a statement, ", "Meanwhile, ")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _told(agent: str, act: str, verbs: tuple[str, ...], rng: random.Random) -> str:
    opening = rng.choice(_OPENINGS)
    subject = agent if opening else _capitalised(agent)
    return f"{opening}{subject} {rng.choice(verbs).format(act=act)}."


def _pair(rng: random.Random, agents: tuple[str, str], acts: tuple[str, str]) -> Case:
    verbs = (_SAID, _UNDERTOOK) if rng.random() < 0.5 else (_UNDERTOOK, _SAID)
    return _told(agents[0], acts[0], verbs[0], rng), _told(agents[1], acts[1], verbs[1], rng)


def _two_agents(rng: random.Random) -> Case:
    one, other = rng.sample(_AGENTS, 2)
    act = rng.choice(_ACTS)
    return _pair(rng, (one, other), (act, act))


def _one_agent(rng: random.Random) -> Case:
    agent, act = rng.choice(_AGENTS), rng.choice(_ACTS)
    return _pair(rng, (agent, agent), (act, act))


def _two_acts(rng: random.Random) -> Case:
    one, other = rng.sample(_AGENTS, 2)
    first, second = rng.sample(_ACTS, 2)
    return _pair(rng, (one, other), (first, second))


# A clause both reports give, so that two acts of two agents are two linked sentences of one story: without it the
# pair shares too little to link, and the guard could not fail.
_STORY = (
    "as floodwaters rose across central Mozambique",
    "after the cyclone flattened much of Beira",
    "as aid groups warned of a cholera outbreak",
)


def _two_acts_in_one_story(rng: random.Random) -> Case:
    a, b = _two_acts(rng)
    story = rng.choice(_STORY)
    return f"{a[:-1]} {story}.", f"{b[:-1]} {story}."


def _one_of_a_list(rng: random.Random) -> Case:
    one, other = rng.sample(_AGENTS, 2)
    act = rng.choice(_ACTS)
    return (
        f"{_capitalised(one)} and {other} {rng.choice(_UNDERTOOK).format(act=act)}.",
        _told(other, act, _SAID, rng),
    )


def _agents_in_conflict(case: Case) -> list[compare.Conflict]:
    """The conflicts that give an agent of the case as a value, if the two reports link."""
    found = [c for link in compare.compare(*case).links for c in link.conflicts if c.is_conflict]
    return [c for c in found if any(agent.removeprefix("the ") in c.a_value + c.b_value for agent in _AGENTS)]


def test_one_act_of_two_agents_is_a_name_conflict() -> None:
    wrong = missed(generated(_two_agents, 1, _CASES), ("name",))
    assert not wrong, f"{len(wrong)} of {_CASES} missed, e.g. {wrong[:3]}"


@pytest.mark.parametrize("make", [_one_agent, _two_acts, _one_of_a_list], ids=lambda make: make.__name__)
def test_one_agent_or_two_acts_are_no_conflict_of_agents(make: Callable[[random.Random], Case]) -> None:
    cases = generated(make, 2, _CASES)
    flagged = [(a, b, found) for a, b in cases if (found := _agents_in_conflict((a, b)))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"


def test_two_acts_of_two_agents_in_one_story_are_no_conflict() -> None:
    cases = generated(_two_acts_in_one_story, 3, _CASES)
    unlinked = [case for case in cases if not compare.compare(*case).links]
    assert not unlinked, f"{len(unlinked)} of {_CASES} not linked, e.g. {unlinked[:2]}"
    flagged = [(a, b, found) for a, b in cases if (found := _agents_in_conflict((a, b)))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"
