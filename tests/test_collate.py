"""Collating three or more reports: claim groups, the value each report gives, JSON, and bad input.

The fixtures (fixtures/collation/) tell one invented event, a ferry grounding, with known differences: the harbour
radio gives Wednesday and 230 passengers where the others give Tuesday and 212, the island paper gives fifteen
injured where the others give twelve, and a fifth report is about a library budget.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import compare
from collation_invariants import assert_grid_invariants
from compare.testing import assert_consistent

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "collation"
NAMES = ("wire", "coastal-times", "harbour-radio", "island-post")
WIRE, COASTAL, RADIO, ISLAND = range(4)


def _reports(*names: str) -> list[compare.Report]:
    return [compare.Report.from_file(FIXTURES / f"{name}.txt") for name in names]


@pytest.fixture(scope="module")
def collation() -> compare.Collation:
    return compare.collate(_reports(*NAMES))


def _group_of(collation: compare.Collation, report: int, words: str) -> compare.ClaimGroup:
    for group in collation.groups:
        if any(words in collation.sentences[report][index].text for index in group.sentences[report]):
            return group
    raise AssertionError(f"no group holds {words!r} of report {report}")


def test_the_grounding_is_one_group_of_four_with_the_day_disputed(collation: compare.Collation) -> None:
    group = _group_of(collation, WIRE, "ran aground")
    assert group.reports == (0, 1, 2, 3)
    assert group.silent == ()
    (split,) = group.values
    assert split.kind == "date"
    assert split.majority == compare.Reading("Tuesday", (WIRE, COASTAL, ISLAND))
    assert split.outliers == (RADIO,)
    assert split.describe(collation.names) == "wire, coastal-times, island-post: Tuesday; harbour-radio: Wednesday"
    assert group.stance(RADIO) == "other value"
    assert group.stance(WIRE) == "states"


def test_each_disputed_figure_names_its_outlier(collation: compare.Collation) -> None:
    passengers = _group_of(collation, WIRE, "212 passengers").values
    injured = _group_of(collation, WIRE, "Twelve people").values
    assert [(s.kind, s.majority and s.majority.value, s.outliers) for s in passengers] == [("number", "212", (RADIO,))]
    assert [(s.kind, s.majority and s.majority.value, s.outliers) for s in injured] == [("number", "Twelve", (ISLAND,))]
    assert len(collation.conflicting) == 3


def test_silent_reports_and_unique_claims(collation: compare.Collation) -> None:
    inquiry = _group_of(collation, WIRE, "inquiry")
    assert inquiry.reports == (WIRE, RADIO)
    assert inquiry.silent == (COASTAL, ISLAND)
    assert [s.text for s in collation.unique[COASTAL]] == [
        "Local fishermen said the sandbank had shifted after storms last winter."
    ]
    assert [s.index for s in collation.unique[ISLAND]] == [5]
    assert collation.unique[WIRE] == ()


def test_groups_partition_the_claims_and_no_report_is_silent_where_it_is_linked(
    collation: compare.Collation, warehouse: compare.Collation
) -> None:
    assert_grid_invariants(collation)
    assert_grid_invariants(warehouse)
    assert_grid_invariants(compare.collate(_reports(*NAMES, "unrelated")))


def test_a_chain_is_one_group_in_which_no_report_is_silent() -> None:
    # B's one sentence makes A's claim and C's: A~B and B~C are linked, A~C is not. C is not silent on the claim
    # B's sentence makes, so the three are one group, and nobody is said to disagree.
    a = "Engineers found cracks in two pillars of the Lenn bridge, officials said."
    b = "Engineers found cracks in two pillars of the Lenn bridge, and Vessa Lines will run a ferry until repairs end."
    c = "Vessa Lines will run a ferry for commuters until repairs end, the company said."
    collation = compare.collate([a, b, c])
    assert collation.comparison(0, 1).links
    assert collation.comparison(1, 2).links
    assert not collation.comparison(0, 2).links
    assert [group.reports for group in collation.groups] == [(0, 1, 2)]
    assert collation.conflicting == ()
    assert collation.unique == ((), (), ())


def test_a_sentence_linked_into_a_group_joins_it_beside_its_report_s_own() -> None:
    # B says in two sentences what A and C say in one: both of B's sentences are in the claim's group, together.
    a = "Flooding closed the Marrow bridge on Sunday and 40 families in Dellby were moved to the school hall."
    b = "Flooding closed the Marrow bridge on Sunday. Forty families in Dellby were moved to the school hall."
    c = "Flooding closed the Marrow bridge on Sunday, and 40 families in Dellby were moved to the school hall."
    collation = compare.collate([a, b, c])
    assert_grid_invariants(collation)
    assert [group.sentences for group in collation.groups] == [((0,), (0, 1), (0,))]


WAREHOUSE = ("warehouse-brenford-gazette", "warehouse-northern-post", "warehouse-radio-brenford")
GAZETTE, POST, RADIO_BRENFORD = range(3)


@pytest.fixture(scope="module")
def warehouse() -> compare.Collation:
    return compare.collate(_reports(*WAREHOUSE))


def _readings(group: compare.ClaimGroup) -> list[list[tuple[str, tuple[int, ...]]]]:
    return [[(reading.value, reading.reports) for reading in split.readings] for split in group.values]


def test_the_warehouse_fire_states_each_claim_in_one_row_with_the_figures_differing(
    warehouse: compare.Collation,
) -> None:
    firefighters = _group_of(warehouse, GAZETTE, "About 60 firefighters")
    assert firefighters.reports == (GAZETTE, POST, RADIO_BRENFORD)
    assert _readings(firefighters) == [[("Around 80", (POST, RADIO_BRENFORD)), ("About 60", (GAZETTE,))]]
    assert firefighters.stance(GAZETTE) == "other value"
    staff = _group_of(warehouse, GAZETTE, "employs about 200")
    assert staff.reports == (GAZETTE, POST, RADIO_BRENFORD)
    assert _readings(staff) == [[("about 200", (GAZETTE, RADIO_BRENFORD)), ("about 250", (POST,))]]
    windows = _group_of(warehouse, GAZETTE, "shut their windows")
    assert windows is _group_of(warehouse, POST, "keep their windows and doors closed")
    assert windows.reports == (GAZETTE, POST, RADIO_BRENFORD)
    # Groups holding several sentences of one report read back from JSON as they were.
    assert any(len(found) > 1 for group in warehouse.groups for found in group.sentences)
    assert compare.Collation.from_json(warehouse.to_json()) == warehouse


def test_comparison_returns_the_pairwise_result(collation: compare.Collation) -> None:
    a, b = _reports("wire", "harbour-radio")
    assert collation.comparison(WIRE, RADIO) == compare.compare(a, b)
    assert collation.comparison(RADIO, WIRE) == compare.compare(b, a)
    with pytest.raises(compare.InputError):
        collation.comparison(1, 1)
    with pytest.raises(compare.InputError):
        collation.comparison(0, 4)


def test_json_round_trips_and_is_deterministic(collation: compare.Collation) -> None:
    text = collation.to_json()
    back = compare.Collation.from_json(text)
    assert back == collation
    assert back.to_json() == text
    assert compare.collate(_reports(*NAMES)).to_json() == text
    assert pickle.loads(pickle.dumps(collation)) == collation


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"schema_version": 1, "reports": {}}',
        '{"schema_version": 1, "kind": "collation", "reports": [], "pairs": [{"a": 0}], "groups": []}',
    ],
)
def test_bad_json_is_a_format_error(text: str) -> None:
    with pytest.raises(compare.FormatError):
        compare.Collation.from_json(text)


def test_a_comparison_is_not_read_as_a_collation() -> None:
    with pytest.raises(compare.FormatError, match="not a collation"):
        compare.Collation.from_json(compare.compare("One fact.", "One fact.").to_json())


def test_fewer_than_two_reports_is_an_input_error() -> None:
    for reports in ([], ["Only one report here."]):
        with pytest.raises(compare.InputError, match="two reports or more"):
            compare.collate(reports)


def test_an_empty_report_among_many_is_named() -> None:
    with pytest.raises(compare.InputError, match="report 'C' is empty"):
        compare.collate(["A fire closed the road.", "The road closed after a fire.", "  ", "Fire on the road."])


def test_identical_reports_agree_on_everything() -> None:
    text = (FIXTURES / "wire.txt").read_text(encoding="utf-8")
    collation = compare.collate([text, text, text])
    assert collation.names == ("A", "B", "C")
    assert collation.conflicting == ()
    assert all(group.reports == (0, 1, 2) for group in collation.groups)
    assert collation.unique == ((), (), ())


def test_repeated_names_are_told_apart() -> None:
    reports = [compare.Report("A fire closed the road.", name="wire")] * 3
    assert compare.collate(reports).names == ("wire", "wire (2)", "wire (3)")


def test_an_unrelated_report_is_named_in_the_verdict() -> None:
    from compare._outputs._collation_text import collation_verdict

    collation = compare.collate(_reports(*NAMES, "unrelated"))
    assert collation.unrelated() == (4,)
    assert "unrelated shares almost no names or claims with the others" in collation_verdict(collation)


@pytest.mark.slow
def test_a_hundred_short_reports() -> None:
    figures = [12 if i % 10 else 14 for i in range(100)]
    reports = [f"Police said {n} people were hurt when a bus overturned near Tarrow on Monday." for n in figures]
    collation = compare.collate(reports)
    (group,) = collation.groups
    assert len(group.reports) == 100
    (split,) = group.values
    assert split.majority is not None
    assert split.majority.value == "12"
    assert split.outliers == tuple(range(0, 100, 10))


def test_the_executor_gives_the_same_collation() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        assert compare.collate(_reports(*NAMES[:3]), executor=pool) == compare.collate(_reports(*NAMES[:3]))


def test_assert_consistent_names_who_disagrees_on_what() -> None:
    paths = [FIXTURES / f"{name}.txt" for name in NAMES]
    with pytest.raises(AssertionError) as failure:
        assert_consistent(*paths)
    message = str(failure.value)
    assert "wire, coastal-times, island-post: Tuesday; harbour-radio: Wednesday" in message
    assert "(island-post against the majority)" in message
    assert "wire vs harbour-radio (date): 'Tuesday' vs 'Wednesday'" in message


def test_assert_consistent_passes_consistent_reports_and_allowances() -> None:
    wire, coastal = FIXTURES / "wire.txt", FIXTURES / "coastal-times.txt"
    assert isinstance(assert_consistent(wire, coastal, wire), compare.Collation)
    radio = FIXTURES / "harbour-radio.txt"
    assert_consistent(wire, coastal, radio, allow=["date", ("230", "212")])


def test_a_difference_in_precision_is_shown_but_is_no_conflict() -> None:
    reports = [
        "At least 12 people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
        "Fourteen people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
        "14 people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
    ]
    collation = compare.collate(reports)
    assert collation.conflicting == ()
    (group,) = collation.differing
    assert [split.severity for split in group.values] == ["differs"]
    from compare.testing import assert_consistent

    assert_consistent(*reports)
