"""A figure changed in a sentence copied word for word is a conflict, whatever the figure is bound to and however
it is hedged: the rest of the sentence says it is one statement, and the copy misquotes its figure.

Class: one sentence, copied, with one figure of a list of figures changed ("... $2,306.08 at Walt Disney World, over
$10,000 at Best Buy, over $300 at Build-A-Bear ..."), where the figure is bound to nothing the engine reads (the
item of a list after a comma) or hedged as a bound. The reports are made by code: lists of amounts, counts and
shares, each figure of the list changed in turn.

Guard: the same sentence copied unchanged has no finding.
"""

from __future__ import annotations

import pytest

import compare

LISTS = (
    (
        "Expenses included {0} at a hotel in Miami, {1} at Best Buy, {2} at a boutique, and {3} on a retreat.",
        ("$2,306.08", "over $10,000", "over $300", "$5,687.75"),
        ("$3,406.08", "over $20,000", "over $900", "$4,120.50"),
    ),
    (
        "The district counted {0} in Ashford, {1} in Bellmont, at least {2} in Carver and {3} in Dunmore.",
        ("120 votes", "340 votes", "75 votes", "912 votes"),
        ("150 votes", "390 votes", "95 votes", "860 votes"),
    ),
    (
        "Turnout reached {0} in the north, {1} in the south, nearly {2} in the east and {3} in the west.",
        ("41 percent", "38 percent", "50 percent", "44 percent"),
        ("47 percent", "33 percent", "60 percent", "49 percent"),
    ),
)
CONTEXT = "Auditor Anna Moreau released the figures with Judge Paul Okafor."


def _cases() -> list[object]:
    cases = []
    for n, (template, old, new) in enumerate(LISTS):
        for i in range(4):
            changed = [*old[:i], new[i], *old[i + 1 :]]
            a = f"{CONTEXT} {template.format(*old)}"
            b = f"{CONTEXT} {template.format(*changed)}"
            cases.append(pytest.param(a, b, old[i], new[i], id=f"{n}-{i}"))
    return cases


@pytest.mark.parametrize(("a", "b", "old", "new"), _cases())
def test_a_figure_changed_in_a_copy_is_a_conflict(a: str, b: str, old: str, new: str) -> None:
    result = compare.compare(a, b)
    found = [(c.kind, c.a_value, c.b_value) for link in result.links for c in link.conflicts if c.is_conflict]
    figure_a, figure_b = (next(w for w in value.split() if any(ch.isdigit() for ch in w)) for value in (old, new))
    assert [f for f in found if f[0] == "number" and figure_a in f[1] and figure_b in f[2]], found


@pytest.mark.parametrize("template", [t for t, _, _ in LISTS])
def test_a_copy_unchanged_has_no_finding(template: str) -> None:
    old = next(o for t, o, _ in LISTS if t == template)
    text = f"{CONTEXT} {template.format(*old)}"
    assert not [c for link in compare.compare(text, text).links for c in link.conflicts]
