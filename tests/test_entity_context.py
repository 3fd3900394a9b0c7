"""A name's noun phrase is context: two sentences of one story that describe the same vessel, aircraft, speaker or
district with the same words ("the 33-tonne, wooden-hulled Kim Nirvana", "Ciriaco Tolibao, an official from the
city's disaster office", "the district of Celebibag") and say different things of it are no link; the same claim
told with that noun phrase is. Cases are generated from templates over many names, descriptions and sayings.

Two classes of description: the words that write the name itself (figures, compounds, capitalised titles, the head
noun it is "of", an appositive, a preposition of place), and a lower-case noun of its kind or title beside it ("the
steel ferry Kim Nirvana", "Police commander Doug Rader", "the Q400 aircraft"). The second is not read as context:
on MRPC's paraphrases and the validation halves it stands as often in a paraphrase told in other words
("Funny Cide's trainer Barclay Tagg", docs/quality.md)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=80, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

VESSELS = ("Kim Nirvana", "Maria Elena", "Star Carrier", "Lady Rosa", "Ocean Pearl", "Santa Lucia", "Island Queen")
# A vessel's noun phrase: its name with what describes it (tonnage, hull), as two reports write it.
VESSEL_PHRASES = (
    "the 33-tonne, wooden-hulled {name}",
    "the wooden-hulled {name}",
    "the 40-metre, steel-hulled {name}",
    "the 33-tonne MB {name}",
)
# The same with a lower-case noun of its kind.
VESSEL_KIND_PHRASES = ("the 40-metre steel ferry {name}", "the 33-tonne ferry {name}", "the passenger boat {name}")
# Each says something else of the vessel: no two share a word outside the vessel's noun phrase but function words.
VESSEL_SAYINGS = (
    "{np} tipped over about half an hour after setting sail.",
    "Rescue boats circled the waters near {np}.",
    "Inspectors had cleared {np} to carry 200 passengers.",
    "Survivors clung to the hull of {np} for hours.",
    "Divers searched {np} for bodies on Monday.",
)

PEOPLE = ("Ciriaco Tolibao", "Wendy Doucey", "Doug Rader", "Stuart Cundy", "Veysel Keser", "Marta Ilves", "Joe Brandt")
# A speaker's noun phrase: the name with its title before it or an appositive after it.
SPEAKER_PHRASES = (
    "{name}, an official from the city's disaster risk reduction office,",
    "{name}, a spokeswoman for the regional fire service,",
    "Stone County Sheriff {name}",
    "Police Commander {name}",
)
SPEAKER_TITLE_PHRASES = ("Police commander {name}", "fire chief {name}", "local mayor {name}")
# Each says something else: two statements of one speaker, attributed the same way.
STATEMENTS = (
    "the road would stay closed until Friday",
    "divers had recovered four bodies from the lake",
    "an off-duty deputy had been at the scene",
    "the operation would be long and complex",
    "the first emergency call came in at 7:09 p.m.",
)
ATTRIBUTIONS = ("{np} said {statement}.", "{statement}, said {np}.", "{np} told reporters {statement}.")

DISTRICTS = ("Celebibag", "Ormanli", "Kestane", "Yalinca", "Dorukoy", "Sarimese")
TOWNS = ("Ercis", "Muradiye", "Gevas", "Ozalp")
DISTRICT_PHRASES = ("the district of {name}, near {town},", "the district of {name}", "the village of {name}")
DISTRICT_SAYINGS = (
    "In {np} many people are also under the rubble screaming for help.",
    "The quake destroyed buildings in {np} too.",
    "Aid convoys reached {np} late on Tuesday.",
    "Tents were handed out to families in {np}.",
)

MAKERS = (("Bombardier", "Q400"), ("Embraer", "E175"), ("Airbus", "A320"), ("Boeing", "737"), ("ATR", "72"))
AIRCRAFT_PHRASES = ("the 74-seat {maker} {model}", "a twin-engine {maker} {model}", "the {maker} {model}")
AIRCRAFT_KIND_PHRASES = (
    "the 74-seat {maker} {model} aircraft",
    "a {maker} {model} turboprop",
    "the {maker} {model} plane",
)
AIRCRAFT_SAYINGS = (
    "{np} took off from Newark through light snow and fog.",
    "Colgan Air has flown {np} out of Newark since 2008.",
    "Investigators recovered both flight recorders from {np}.",
    "{np} was delivered to the airline last spring.",
)


def _capital(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def _tidy(sentence: str) -> str:
    """The sentence with the commas an appositive leaves before other punctuation taken out."""
    return _capital(sentence.replace(",,", ",").replace(",.", ".").replace("..", "."))


def _said(np: str, statement: str, frame: str) -> str:
    if frame.startswith("{statement}"):
        statement = _capital(statement)
    return _tidy(frame.format(np=np, statement=statement))


def _vessel_pair(draw: st.DrawFn, phrases: tuple[str, ...]) -> tuple[str, str]:
    name = draw(st.sampled_from(VESSELS))
    first, second = draw(st.lists(st.sampled_from(VESSEL_SAYINGS), min_size=2, max_size=2, unique=True))
    np_a, np_b = (draw(st.sampled_from(phrases)).format(name=name) for _ in range(2))
    return _capital(first.format(np=np_a)), _capital(second.format(np=np_b))


def _speaker_pair(draw: st.DrawFn, phrases: tuple[str, ...]) -> tuple[str, str]:
    name = draw(st.sampled_from(PEOPLE))
    first, second = draw(st.lists(st.sampled_from(STATEMENTS), min_size=2, max_size=2, unique=True))
    phrase = draw(st.sampled_from(phrases)).format(name=name)
    frame_a, frame_b = (draw(st.sampled_from(ATTRIBUTIONS)) for _ in range(2))
    return _said(phrase, first, frame_a), _said(phrase, second, frame_b)


def _district_pair(draw: st.DrawFn) -> tuple[str, str]:
    name, town = draw(st.sampled_from(DISTRICTS)), draw(st.sampled_from(TOWNS))
    first, second = draw(st.lists(st.sampled_from(DISTRICT_SAYINGS), min_size=2, max_size=2, unique=True))
    phrase = draw(st.sampled_from(DISTRICT_PHRASES)).format(name=name, town=town)
    return _tidy(first.format(np=phrase)), _tidy(second.format(np=phrase))


def _aircraft_pair(draw: st.DrawFn, phrases: tuple[str, ...]) -> tuple[str, str]:
    maker, model = draw(st.sampled_from(MAKERS))
    first, second = draw(st.lists(st.sampled_from(AIRCRAFT_SAYINGS), min_size=2, max_size=2, unique=True))
    np_a, np_b = (draw(st.sampled_from(phrases)).format(maker=maker, model=model) for _ in range(2))
    plain = f"{maker} {model}"
    return (
        _capital(first.format(np=np_a, np_plain=plain)),
        _capital(second.format(np=np_b, np_plain=plain)),
    )


@st.composite
def described_apart(draw: st.DrawFn) -> tuple[str, str]:
    """Two sentences that describe one entity alike and say different things of it."""
    kind = draw(st.sampled_from(("vessel", "speaker", "district", "aircraft")))
    if kind == "vessel":
        return _vessel_pair(draw, VESSEL_PHRASES)
    if kind == "speaker":
        return _speaker_pair(draw, SPEAKER_PHRASES)
    if kind == "district":
        return _district_pair(draw)
    return _aircraft_pair(draw, AIRCRAFT_PHRASES)


@st.composite
def kind_described_apart(draw: st.DrawFn) -> tuple[str, str]:
    """The same with a lower-case noun of the entity's kind or title in its phrase."""
    kind = draw(st.sampled_from(("vessel", "speaker", "aircraft")))
    if kind == "vessel":
        return _vessel_pair(draw, VESSEL_KIND_PHRASES)
    if kind == "speaker":
        return _speaker_pair(draw, SPEAKER_TITLE_PHRASES)
    return _aircraft_pair(draw, AIRCRAFT_KIND_PHRASES)


@pytest.mark.xfail(
    strict=True,
    reason="a name's phrase as context was built (a1faf68) and not adopted: it lowered link F1 on the real pairs' "
    "validation half by one link (docs/quality.md, 'A name's noun phrase as context')",
)
@CASES
@given(described_apart())
def test_a_shared_noun_phrase_without_a_shared_claim_is_no_link(pair: tuple[str, str]) -> None:
    comparison = compare.compare(*pair)
    assert not comparison.links, pair


@pytest.mark.xfail(
    strict=True,
    reason="a lower-case noun of an entity's kind or title is read as what a sentence says: as context it lowered "
    "validation link F1 and MRPC F1 (docs/quality.md, 'A name's noun phrase as context')",
)
@CASES
@given(kind_described_apart())
def test_a_shared_kind_or_title_noun_without_a_shared_claim_is_no_link(pair: tuple[str, str]) -> None:
    comparison = compare.compare(*pair)
    assert not comparison.links, pair


# The same claim told with the entity's noun phrase, each side in its own words around the claim's predicate.
RESTATED = (
    ("{vessel_a} capsized off the port of Ormoc on Sunday.", "On Sunday {vessel_b} capsized, the coast guard said."),
    ("{speaker} said divers had recovered four bodies from the lake.", "Four bodies were recovered by divers."),
    (
        "Aid convoys reached {district} late on Tuesday.",
        "Late on Tuesday the first aid convoys reached {district}, officials said.",
    ),
    ("{aircraft} crashed into a house in Clarence Center.", "In Clarence Center {aircraft} crashed into a house."),
)


@st.composite
def restated(draw: st.DrawFn) -> tuple[str, str]:
    """One claim told twice, each side describing its entity in its own noun phrase."""
    template_a, template_b = draw(st.sampled_from(RESTATED))
    vessel = draw(st.sampled_from(VESSELS))
    maker, model = draw(st.sampled_from(MAKERS))
    values = {
        "vessel_a": draw(st.sampled_from(VESSEL_PHRASES + VESSEL_KIND_PHRASES)).format(name=vessel),
        "vessel_b": draw(st.sampled_from(VESSEL_PHRASES + VESSEL_KIND_PHRASES)).format(name=vessel),
        "speaker": draw(st.sampled_from(SPEAKER_PHRASES + SPEAKER_TITLE_PHRASES)).format(
            name=draw(st.sampled_from(PEOPLE))
        ),
        "district": draw(st.sampled_from(DISTRICT_PHRASES)).format(
            name=draw(st.sampled_from(DISTRICTS)), town=draw(st.sampled_from(TOWNS))
        ),
        "aircraft": draw(st.sampled_from(AIRCRAFT_PHRASES + AIRCRAFT_KIND_PHRASES)).format(maker=maker, model=model),
    }
    return _tidy(template_a.format(**values)), _tidy(template_b.format(**values))


@CASES
@given(restated())
def test_the_same_claim_told_with_the_noun_phrase_is_a_link(pair: tuple[str, str]) -> None:
    comparison = compare.compare(*pair)
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)], pair
