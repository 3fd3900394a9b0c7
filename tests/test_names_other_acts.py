"""Shared names, other acts: two sentences whose shared content is the same named participants (with their titles)
doing different acts state two claims, no link: "I will ask Secretary of State Marco Rubio and National Security
Advisor Michael Waltz to give an accurate description" / "with Secretary of State Marco Rubio and National Security
Advisor Mike Waltz scheduled to return to Saudi Arabia" (issue 19: names are context, never enough alone).

Class: the participants are one or two people named with their titles, written in full or by title and surname;
one sentence tells an act of which they are the subject ("{np} flew back to Washington"), the other an act of which
they are the object ("the committee summoned {np} to testify"), by verbs of no kin in the act table, with no word of
the acts in common; each act sits in a sentence frame (plain, a day or a place before it, a speaker of its own
attributing it before or after). The cases are made by code, crossing participants, acts and frames. Two acts of
which the participants are the subject in both ("{np} flew back" / "{np} briefed lawmakers") are the same class
told in one role; they are not read (an xfail test below): one subject of two verbs the act table does not know
as kin is as often one act told in other words.

Guards, still links: the same act of the same participants told in another frame by the same verb, by a verb of the
same kin in the act table ("met" / "held talks with"), or in the passive ("the committee summoned {np}" / "{np} were
summoned by the committee").
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import compare
from class_cases import Case, generated

# Participants: in full with their titles, and by title and surname.
PARTICIPANTS = (
    ("Secretary of State Marco Rubio", "Secretary Rubio"),
    ("National Security Advisor Mike Waltz", "Advisor Waltz"),
    ("Foreign Minister Sergei Lavrov", "Minister Lavrov"),
    ("Senator Ann Keller", "Senator Keller"),
    ("Representative Luis Ortega", "Representative Ortega"),
    ("Health Minister Joao Pereira", "Minister Pereira"),
    ("Police Chief Dana Whitcombe", "Chief Whitcombe"),
    ("Governor Tom Brennan", "Governor Brennan"),
    ("Ambassador Helen Marsh", "Ambassador Marsh"),
    ("General Yusuf Demir", "General Demir"),
)
# Acts of the participants, "{np}" where they stand: as subject, or as object. No two acts share a lower-case
# content word, and no two verbs are of one kin in the act table.
SUBJECT_ACTS = (
    "{np} {be} scheduled to return to Riyadh on Sunday to continue the negotiations",
    "{np} flew back to Washington overnight",
    "{np} briefed lawmakers behind closed doors",
    "{np} declined to answer questions from reporters",
    "{np} toured the damaged hospital wing",
    "{np} praised the mediators for their patience",
)
OBJECT_ACTS = (
    "the president asked {np} to draft a written summary",
    "the committee summoned {np} to testify next month",
    "protesters heckled {np} outside the hotel",
    "a court fined {np} for ignoring a subpoena",
    "the prime minister thanked {np} in a televised address",
)
# Sentence frames around an act: plain, a day or a place before it, a speaker of each side's own attributing it.
FRAMES = (
    "{act}.",
    "On {day}, {act}.",
    "In {place}, {act}.",
    "{speaker} said {act}.",
    "{act}, {speaker} said.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
PLACES = ("Jeddah", "Geneva", "Ankara", "Brussels", "Doha")
# Each side's speaker is its own: two speakers, so that the attribution is no act the participants share.
SPEAKERS = (("Witkoff", "Peskov"), ("Leavitt", "Zakharova"), ("A spokesman", "An aide"))


def _np(rng: random.Random, people: list[tuple[str, str]]) -> tuple[str, bool]:
    """The participants as one side writes them (in full or by title and surname), and whether they are two."""
    written = [rng.choice(person) for person in people]
    return " and ".join(written), len(written) > 1


def _told(rng: random.Random, act: str, people: list[tuple[str, str]], speaker: str, frame: str) -> str:
    np, plural = _np(rng, people)
    told = act.format(np=np, be="are" if plural else "is")
    if frame.startswith("{act}"):
        told = told[0].upper() + told[1:]
    if not frame.startswith("{speaker}"):
        speaker = speaker.replace("A ", "a ").replace("An ", "an ")
    sentence = frame.format(act=told, day=rng.choice(DAYS), place=rng.choice(PLACES), speaker=speaker)
    return sentence[0].upper() + sentence[1:]


def _people(rng: random.Random) -> list[tuple[str, str]]:
    return rng.sample(PARTICIPANTS, rng.choice((1, 2)))


def _other_roles(rng: random.Random) -> Case:
    """The same participants the subject of one act and the object of another, each in a frame of its own side."""
    act_a, act_b = rng.choice(SUBJECT_ACTS), rng.choice(OBJECT_ACTS)
    if rng.random() < 0.5:
        act_a, act_b = act_b, act_a
    return _told_apart(rng, act_a, act_b)


def _one_role(rng: random.Random) -> Case:
    """The same participants the subject of two different acts."""
    act_a, act_b = rng.sample(SUBJECT_ACTS, 2)
    return _told_apart(rng, act_a, act_b)


def _told_apart(rng: random.Random, act_a: str, act_b: str) -> Case:
    people = _people(rng)
    speaker_a, speaker_b = rng.choice(SPEAKERS)
    return (
        _told(rng, act_a, people, speaker_a, rng.choice(FRAMES)),
        _told(rng, act_b, people, speaker_b, rng.choice(FRAMES)),
    )


def _links(a: str, b: str) -> list[tuple[int, int]]:
    return [(link.a, link.b) for link in compare.compare(a, b).links]


def test_the_same_participants_in_other_roles_of_other_acts_are_no_link() -> None:
    wrong = [(a, b) for a, b in generated(_other_roles, seed=19, count=120) if _links(a, b)]
    assert not wrong, f"{len(wrong)} of 120 linked: {wrong[:5]}"


@pytest.mark.xfail(
    strict=True,
    reason="not read: one subject of two verbs the act table does not know as kin may be one act in other words "
    "(MRPC's 'applied for permission' / 'filed applications'); only a reader of meaning tells them apart",
)
def test_the_same_participants_the_subject_of_other_acts_are_no_link() -> None:
    wrong = [(a, b) for a, b in generated(_one_role, seed=29, count=120) if _links(a, b)]
    assert not wrong, f"{len(wrong)} of 120 linked: {wrong[:5]}"


# One act told twice: by the same verb in another frame, by a verb of one kin in the act table, in the passive.
RESTATED = (
    ("{np} met the Saudi crown prince in Jeddah", "{np} held talks with the Saudi crown prince"),
    ("{np} signed the memorandum at the embassy", "{np} signed the memorandum"),
    ("{np} resigned over the leaked chat", "{np} stepped down after the leaked chat emerged"),
    ("{np} won the runoff vote", "{np} won the runoff"),
    ("the committee summoned {np} to testify next month", "{np} {be} summoned by the committee to testify"),
    ("the president asked {np} to draft a written summary", "{np} {be} asked by the president to draft a summary"),
    ("{np} flew back to Washington overnight", "{np} flew back to Washington on an overnight flight"),
    ("{np} declined to answer questions from reporters", "{np} declined to take questions"),
    ("the prime minister thanked {np} in a televised address", "{np} {be} thanked by the prime minister"),
)


def _one_act(rng: random.Random) -> Case:
    """One act of the same participants told twice, each side in a frame of its own."""
    people = _people(rng)
    act_a, act_b = rng.choice(RESTATED)
    if rng.random() < 0.5:
        act_a, act_b = act_b, act_a
    speaker_a, speaker_b = rng.choice(SPEAKERS)
    return (
        _told(rng, act_a, people, speaker_a, rng.choice(FRAMES)),
        _told(rng, act_b, people, speaker_b, rng.choice(FRAMES)),
    )


def test_the_same_act_of_the_same_participants_told_otherwise_is_a_link() -> None:
    wrong = [(a, b) for a, b in generated(_one_act, seed=23, count=120) if _links(a, b) != [(0, 0)]]
    assert not wrong, f"{len(wrong)} of 120 not linked: {wrong[:5]}"


SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


def test_the_seed_reports_link_a_promise_to_its_quotation_not_to_the_same_officials_travelling() -> None:
    """The README's seed pair: Trump's promise to have Rubio and Waltz describe the talks links to the report that
    quotes it, not to the sentence where Rubio and Waltz are to return to Saudi Arabia."""
    result = compare.compare(
        (SEEDS / "000_81439adf92ba3781.txt").read_text(encoding="utf-8"),
        (SEEDS / "003_6c568dbd8e42f4b8.txt").read_text(encoding="utf-8"),
    )
    partners = {
        result.sentences_b[link.b].text
        for link in result.links
        if result.sentences_a[link.a].text.startswith("“We are very much on track, and I will ask")
    }
    assert any(text.startswith("“We are very much on track,” Trump stated") for text in partners), partners
    assert not any("scheduled to return to Saudi Arabia" in text for text in partners), partners
