"""Site furniture on real pages (fixtures/furniture, scored by bench/furniture.py) and hand-written tricky cases."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import compare

BENCH = Path(__file__).parent.parent / "bench" / "furniture.py"
OTHER = "Nothing else happened."


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("furniture_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored() -> dict[str, object]:
    bench = _bench()
    counts: dict[str, object] = bench.evaluate(bench.load())
    return counts


def test_real_pages_furniture_is_set_aside(scored: dict[str, object]) -> None:
    bench = _bench()
    # Measured 0.959 of 542 lines (0.988 development half, 0.933 held out): docs/quality.md.
    assert bench.recall(scored) >= 0.95


def test_most_furniture_kinds_are_set_aside(scored: dict[str, object]) -> None:
    lines, found = scored["lines"], scored["set_aside"]
    assert isinstance(lines, dict)
    assert isinstance(found, dict)
    recalls = {kind: found[kind] / lines[kind] for kind in lines}
    # 9 of 12 kinds at 0.9 or more; captions, appeals and editor's notes lower, none below 0.7.
    assert sum(value >= 0.9 for value in recalls.values()) >= 9, recalls
    assert min(recalls.values()) >= 0.7, recalls


def test_real_pages_claims_are_kept(scored: dict[str, object]) -> None:
    bench = _bench()
    # Measured 12 of 313 claim lines (0.038): 10 before issue 19, whose presenting transitions ("Here's how major
    # newspapers covered the announcement.") two lines labelled claims in this file are (docs/quality.md).
    assert bench.claim_loss(scored) <= 0.05


def test_real_pages_datelines_are_found(scored: dict[str, object]) -> None:
    datelines, found = scored["datelines"], scored["datelines_found"]
    assert isinstance(datelines, int)
    assert isinstance(found, int)
    assert found >= 0.85 * datelines
    assert scored["false_datelines"] == 0


PAGE = """Bus plunges into ravine in northern Peru, killing 12
By Ana Ruiz
Updated: March 3, 2024 10:12 AM
Rescuers search the ravine near Chota on Sunday.
Win McNamee/Getty
CHOTA, Peru (AP) — A bus plunged into a ravine in northern Peru on Sunday, killing 12 people, police said.
The bus was carrying 40 passengers from Chota to Chiclayo.
Rescue under way
Firefighters pulled 20 survivors from the wreck. (Reporting by Ana Ruiz; Editing by Tom Lee)
Share on Facebook
This is a developing story. Check back for updates.
"""


@pytest.fixture(scope="module")
def page() -> compare.Comparison:
    return compare.compare(PAGE, "A bus fell into a ravine in Peru on Sunday and killed 14 people.")


def _role(comparison: compare.Comparison, fragment: str) -> str:
    (sentence,) = [s for s in comparison.sentences_a if fragment in s.text]
    return sentence.role


def test_headline_and_subheading_are_kept_apart(page: compare.Comparison) -> None:
    assert [s.text for s in page.headline_a] == [
        "Bus plunges into ravine in northern Peru, killing 12",
        "Rescue under way",
    ]
    assert [s.role for s in page.headline_a] == ["headline", "subheading"]
    headings = {s.index for s in page.headline_a}
    assert not headings & {s.index for s in page.unique_a}
    assert not headings & {link.a for link in page.links}
    assert all(s.boilerplate for s in page.headline_a)


@pytest.mark.parametrize(
    "fragment",
    ["By Ana Ruiz", "Updated:", "Rescuers search", "McNamee", "(Reporting by", "Share on", "developing story"],
)
def test_page_furniture_is_set_aside(page: compare.Comparison, fragment: str) -> None:
    assert _role(page, fragment) == "furniture"


def test_dateline_is_a_span_of_its_claim(page: compare.Comparison) -> None:
    (sentence,) = [s for s in page.sentences_a if "plunged into a ravine" in s.text]
    assert sentence.role == "claim"
    assert not sentence.boilerplate
    assert sentence.dateline is not None
    assert sentence.text[slice(*sentence.dateline)] == "CHOTA, Peru (AP) \u2014"
    assert any(link.a == sentence.index for link in page.links)
    for detail in page.details_a:
        if detail.sentence == sentence.index:
            assert detail.start >= sentence.dateline[1]
            assert "CHOTA" not in detail.text


def test_a_claim_and_the_wire_credit_after_it_are_told_apart(page: compare.Comparison) -> None:
    assert _role(page, "Firefighters pulled") == "claim"


@pytest.mark.parametrize(
    "text",
    [
        # Sentences that all end as sentences do are no page: nothing is set aside by its place.
        "Police said 12 people died.\nThe bus fell 200 metres.\nIt was raining.",
        # One line without a full stop is a bare claim, not a headline.
        "Twelve people died when a bus fell into a ravine",
        # An appeal in a quotation is someone speaking, not the page.
        'Officials spoke on Monday.\n"We need your support and your donations to help us," the mayor said.\nMore',
    ],
)
def test_claims_that_look_like_furniture_are_kept(text: str) -> None:
    comparison = compare.compare(text, OTHER)
    claims = [s for s in comparison.sentences_a if s.role == "claim"]
    assert len(claims) >= len([s for s in comparison.sentences_a if s.text != "More"])


def test_a_lost_full_stop_keeps_a_long_line_a_claim() -> None:
    text = (
        "Following the storm on Monday, officials in the coastal town said that more than 200 homes had been "
        "flooded and that the main road to the airport would stay closed\nThe mayor said repairs would begin soon."
    )
    comparison = compare.compare(text, OTHER)
    assert [s.role for s in comparison.sentences_a] == ["claim", "claim"]


def test_a_repeated_caption_is_furniture_both_times() -> None:
    caption = "Hindus observe a fast in front of a temple near Dhaka, Bangladesh."
    text = f"Temple fast draws thousands\n{caption}\n{caption}\nThousands fasted on Sunday, organisers said."
    comparison = compare.compare(text, OTHER)
    assert [s.role for s in comparison.sentences_a] == ["headline", "furniture", "furniture", "claim"]


def test_json_keeps_roles_and_datelines(page: compare.Comparison) -> None:
    data = json.loads(page.to_json())
    sentences = data["reports"]["a"]["sentences"]
    assert {"role", "dateline"} <= set(sentences[0])
    assert compare.Comparison.from_json(page.to_json()) == page


def test_json_without_roles_reads_boilerplate_as_furniture(page: compare.Comparison) -> None:
    data = json.loads(page.to_json())
    for side in ("a", "b"):
        for sentence in data["reports"][side]["sentences"]:
            del sentence["role"], sentence["dateline"]
    rebuilt = compare.Comparison.from_dict(data)
    assert [s.role for s in rebuilt.sentences_a] == [
        "furniture" if s.boilerplate else "claim" for s in page.sentences_a
    ]


def test_pages_of_new_outlets_furniture_is_set_aside() -> None:
    bench = _bench()
    counts = bench.evaluate(bench.load(bench.FRESH2))
    # Labelled blind with the kinds of issue 19 before its rules: 0.809 then, 0.912 now (0.949 development half,
    # 0.879 validation); the one claim line lost was lost before these rules too (docs/quality.md).
    assert bench.recall(counts) >= 0.9
    assert counts["claims_set_aside"] <= 1
    lines, found = counts["lines"], counts["set_aside"]
    new_kinds = ("author", "follow", "promotion", "transition", "video-caption")
    # The kinds issue 19 names: 11 of 29 lines before its rules, 23 of 29 after.
    assert sum(found[kind] for kind in new_kinds) >= 0.75 * sum(lines[kind] for kind in new_kinds)


def test_pages_of_fresh4_outlets_furniture_is_set_aside() -> None:
    bench = _bench()
    counts = bench.evaluate(bench.load(bench.FRESH4))
    # Labelled blind before the rules of its classes (pictures, forms, links): 0.816 then, 0.968 now; the claim line
    # lost is the body's copy of the deck above the article (docs/quality.md).
    assert bench.recall(counts) >= 0.95
    assert counts["claims_set_aside"] <= 1
    assert counts["false_datelines"] == 0


def test_pages_of_fresh5_outlets_furniture_is_set_aside() -> None:
    bench = _bench()
    counts = bench.evaluate(bench.load(bench.FRESH5))
    # Labelled blind after the rules of fresh4-dev: 0.883 then, 0.974 once read; no claim line lost (docs/quality.md).
    assert bench.recall(counts) >= 0.95
    assert counts["claims_set_aside"] == 0


def test_pages_of_fresh6_outlets_furniture_is_set_aside() -> None:
    bench = _bench()
    counts = bench.evaluate(bench.load(bench.FRESH6))
    # Labelled blind after the rules of fresh5-dev, for credits, appeals, subheadings and links: 0.856 then with 6
    # claim lines set aside, 0.946 once read with none (docs/quality.md).
    assert bench.recall(counts) >= 0.94
    assert counts["claims_set_aside"] == 0
    assert counts["false_datelines"] <= 1


def test_pages_of_fresh7_outlets_furniture_is_set_aside() -> None:
    bench = _bench()
    pages = bench.load(bench.FRESH7)
    development = bench.evaluate([page for page in pages if not bench.is_held_out(page)])
    validation = bench.evaluate([page for page in pages if bench.is_held_out(page)])
    # Labelled blind after the rules of fresh6-dev: 0.765 (development) and 0.871 (validation) then, with 0 and 2
    # claim lines set aside; rules were then written on the development half only (docs/quality.md).
    assert bench.recall(development) >= 0.92
    assert development["claims_set_aside"] == 0
    assert bench.recall(validation) >= 0.87
    assert validation["claims_set_aside"] <= 2


def test_pages_of_fresh8_outlets_furniture_is_set_aside() -> None:
    bench = _bench()
    pages = bench.load(bench.FRESH8)
    development = bench.evaluate([page for page in pages if not bench.is_held_out(page)])
    validation = bench.evaluate([page for page in pages if bench.is_held_out(page)])
    # Labelled blind after the rules of fresh7: 0.838 (development) and 0.919 (validation) then, with 1 and 6 claim
    # lines set aside; rules were then written on the development half only (docs/quality.md). The validation
    # half's 6 were set aside by older rules and were not read; 4 once those rules were narrowed by invariance
    # (the teaser and the pointer no longer take a claim's line).
    assert bench.recall(development) >= 0.97
    assert development["claims_set_aside"] == 0
    assert bench.recall(validation) >= 0.91
    assert validation["claims_set_aside"] <= 4


def test_fresh_pages_furniture_is_set_aside_and_claims_kept() -> None:
    bench = _bench()
    counts = bench.evaluate(bench.load(bench.FRESH))
    # Labelled blind after the rules of cases.jsonl were written: 0.834 then; 0.953 now, 0.959 before a teaser had to
    # stand among links (docs/quality.md).
    assert bench.recall(counts) >= 0.9
    assert counts["claims_set_aside"] == 0


ALL_TERMINATED = """Police in Lagos said on Sunday that a man had been arrested over the attack.
The suspect was taken to the state command headquarters for questioning.
CORRECTION: An earlier version of this story gave the wrong date. The attack took place on Friday.
"Nobody was injured...," a spokesman said.
The federal government has unveiled a proposed budget of N47.9 trillion for the 2025 fiscal…
"""


def test_a_cut_off_teaser_and_a_correction_are_set_aside_on_a_page_of_sentences() -> None:
    comparison = compare.compare(ALL_TERMINATED, OTHER)
    roles = {s.text: s.role for s in comparison.sentences_a}
    assert roles["The attack took place on Friday."] == "furniture", "a correction runs through its paragraph"
    assert roles["The federal government has unveiled a proposed budget of N47.9 trillion for the 2025 fiscal…"] == (
        "furniture"
    )
    assert roles['"Nobody was injured...," a spokesman said.'] == "claim"
    assert roles["Police in Lagos said on Sunday that a man had been arrested over the attack."] == "claim"
