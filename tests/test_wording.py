"""Words that match the output: every output counts claims and linked pairs under their own names, and gives the
same figure for the same linked pair."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

import compare
from compare._outputs._terminal import markdown, summary

ROOT = Path(__file__).parent.parent
PAIRS = [
    (
        ROOT / "fixtures" / "seeds" / "000_81439adf92ba3781.txt",
        ROOT / "fixtures" / "seeds" / "003_6c568dbd8e42f4b8.txt",
    ),
    *itertools.combinations(sorted((ROOT / "fixtures" / "collation").glob("*.txt"))[:3], 2),
    *itertools.combinations(sorted((ROOT / "fixtures" / "workflows").glob("*.txt"))[:3], 2),
]
_FIGURE = re.compile(r"stated by the other: (\d+% of A / \d+% of B)")


def _comparison(pair: tuple[Path, Path]) -> compare.Comparison:
    return compare.compare(compare.Report.from_file(pair[0]), compare.Report.from_file(pair[1]))


@pytest.fixture(scope="module", params=PAIRS, ids=[f"{a.stem}-{b.stem}" for a, b in PAIRS])
def comparison(request: pytest.FixtureRequest) -> compare.Comparison:
    return _comparison(request.param)


def test_claims_and_links_have_their_own_names(comparison: compare.Comparison) -> None:
    linked_a = {link.a for link in comparison.shared} - {s.index for s in comparison.conflicting_claims_a}
    assert [s.index for s in comparison.shared_claims_a] == sorted(linked_a)
    assert {s.index for s in comparison.conflicting_claims_b} == {link.b for link in comparison.conflicts}
    assert not {s.index for s in comparison.shared_claims_b} & {s.index for s in comparison.conflicting_claims_b}
    claims = (len(comparison.shared_claims_a), len(comparison.shared_claims_b))
    shown = str(claims[0]) if claims[0] == claims[1] else f"{claims[0]} / {claims[1]}"
    text = summary(comparison, width=200)
    assert f": {shown} shared, " in text
    pairs = len(comparison.shared)
    if pairs:
        assert f"SHARED CLAIMS ({shown}" in text
        assert f"in {pairs} linked pair{'s' if pairs != 1 else ''})" in text
        assert f"- **{shown}** shared claim" in markdown(comparison)
        assert re.search(rf"\b{pairs} linked pairs? of sentences", comparison.to_html())


def test_every_output_gives_the_same_figure_for_a_linked_pair(comparison: compare.Comparison) -> None:
    html = _FIGURE.findall(comparison.to_html().split('id="shared"', 1)[1])
    terminal = _FIGURE.findall(summary(comparison, width=200))
    rows = markdown(comparison).split("| stated by the other |", 1)[-1].splitlines()
    table = [row.rsplit("|", 2)[1].strip() for row in rows if row.startswith("| ") and "%" in row]
    assert len(html) == len(comparison.shared)
    assert terminal == html
    assert table == html


def test_a_count_of_one_reads_in_the_singular() -> None:
    comparison = compare.compare(
        "A fire broke out at a warehouse in Brenford on Monday. Six workers were hurt.",
        "A fire broke out at a warehouse in Brenford on Monday. Four workers were hurt. The owner was away.",
    )
    for text in (summary(comparison, width=200), markdown(comparison)):
        assert not re.search(r"\b1\*{0,2} (linked pairs|claims|conflicting claims|shared claims)\b", text), text
