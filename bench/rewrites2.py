"""The second rewrite set (issue 18): real BASIL articles rewritten by another hand, scored per half.

    python bench/rewrites2.py ../shared/bench/basil-dev.jsonl                  # the table, per half and per class
    python bench/rewrites2.py ../shared/bench/basil-dev.jsonl --show-failures  # and every miss, to read
    python bench/rewrites2.py ../shared/bench/basil-dev.jsonl --select         # the articles the brief chooses

bench/rewrites2/BRIEF.md says how the set was written and labelled (before any engine run). Each rewrite is rebuilt
from its article at run time (`_rewrites2.rebuild`); no benchmark text is stored in the repository. Only the public
API is used: `compare.compare` for the conflicts, `compare.testing.assert_covers` for the dropped facts and
`assert_supported` for the invented claims.

What is counted, per half:
- an injected error is found when a conflict (severity `conflict`) of one of its kinds links a sentence holding the
  original fragment to one holding the rewritten fragment, and its A value lies in the original fragment or its B
  value in the rewritten one; with another kind it is counted apart (`other kind`);
- a false finding is a conflict that matches no injected error in that way; an equivalence is flagged when a false
  finding links its two fragments' sentences with a value inside one of the fragments;
- an omission (an invented claim) is named when the failure message of `assert_covers` (`assert_supported`) holds
  its fragment; an item of either message that holds no labelled fragment (omission, invention, or either side of
  an injected error) is a faithful claim wrongly named.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

import compare
from _data import load
from _rewrites2 import LABELLED_WHEN_WRITTEN, article_text, fold, half, load_set, rebuild, select
from compare.testing import assert_covers, assert_supported

HALVES = ("dev", "validation")
HERE = Path(__file__).parent
_ITEM = re.compile(r"^  (?:- |\d+\. )")


@attrs.frozen
class Finding:
    """One conflict the engine reported, with the sentences it links."""

    kind: str
    a_value: str
    b_value: str
    a: int
    b: int
    a_text: str
    b_text: str
    explanation: str
    is_conflict: bool


@attrs.frozen
class Outcome:
    """What one rewrite's run gave, against its labels."""

    rewrite: dict[str, Any]
    found: tuple[bool, ...]
    other_kind: tuple[bool, ...]
    false_findings: tuple[Finding, ...]
    findings: int
    flagged: tuple[bool, ...]
    omitted_named: tuple[bool, ...]
    invented_named: tuple[bool, ...]
    wrongly_named: tuple[str, ...]
    linked: tuple[bool, ...]  # per error: whether a link joins its two sentences at all
    differs_only: tuple[bool, ...]  # per error: missed, but a compatible difference was reported in its place
    near: tuple[tuple[Finding, ...], ...]  # per error: every finding (any severity) on its sentences, for reading


def locate(fragment: str, sentences: Sequence[compare.Sentence]) -> set[int]:
    """The sentences that hold the fragment; when the engine cut it across sentences, those holding part of it."""
    needle = fold(fragment)
    holding = {s.index for s in sentences if needle in fold(s.text)}
    return holding or {s.index for s in sentences if fold(s.text) in needle or _shares_run(needle, fold(s.text))}


def _shares_run(needle: str, text: str, run: int = 4) -> bool:
    words = needle.split()
    return any(" ".join(words[i : i + run]) in text for i in range(max(1, len(words) - run + 1)))


def findings(comparison: compare.Comparison, *, conflicts_only: bool = True) -> list[Finding]:
    result = []
    for link in comparison.links:
        for conflict in link.conflicts:
            if conflicts_only and not conflict.is_conflict:
                continue
            result.append(
                Finding(
                    conflict.kind,
                    conflict.a_value,
                    conflict.b_value,
                    link.a,
                    link.b,
                    comparison.sentences_a[link.a].text,
                    comparison.sentences_b[link.b].text,
                    conflict.explanation,
                    conflict.is_conflict,
                )
            )
    return result


def _matches(finding: Finding, original: str, rewritten: str, where: tuple[set[int], set[int]]) -> bool:
    in_place = finding.a in where[0] and finding.b in where[1]
    value_inside = fold(finding.a_value) in fold(original) or fold(finding.b_value) in fold(rewritten)
    return in_place and value_inside


def _message(check: Callable[[str, str], object], rewrite: str, original: str) -> str:
    try:
        check(rewrite, original)
    except AssertionError as failure:
        return str(failure).replace("[[", "").replace("]]", "")
    return ""


def message_items(message: str) -> list[str]:
    """The things a failure message of compare.testing names: one per bulleted or numbered item."""
    items: list[str] = []
    for line in message.splitlines():
        if _ITEM.match(line):
            items.append(line.strip())
        elif items and line.startswith("     "):
            items[-1] += " " + line.strip()
    return items


def score(rewrite: dict[str, Any], original: str) -> Outcome:
    text = rebuild(original, rewrite["paragraphs"])
    comparison = compare.compare(
        compare.Report.from_text(original, name="original"), compare.Report.from_text(text, name="rewrite")
    )
    a, b = comparison.sentences_a, comparison.sentences_b
    reported, everything = findings(comparison), findings(comparison, conflicts_only=False)
    errors = rewrite["errors"]
    places = [(locate(e["original"], a), locate(e["rewrite"], b)) for e in errors]
    matching = [
        [f for f in reported if _matches(f, e["original"], e["rewrite"], p)]
        for e, p in zip(errors, places, strict=True)
    ]
    found = tuple(any(f.kind in e["kinds"] for f in fs) for e, fs in zip(errors, matching, strict=True))
    other_kind = tuple(bool(fs) and not ok for fs, ok in zip(matching, found, strict=True))
    true = {id(f) for fs in matching for f in fs}
    false = tuple(f for f in reported if id(f) not in true)
    flagged = tuple(
        any(
            _matches(f, q["original"], q["rewrite"], (locate(q["original"], a), locate(q["rewrite"], b))) for f in false
        )
        for q in rewrite["equivalences"]
    )
    near = tuple(tuple(f for f in everything if f.a in pa and f.b in pb) for pa, pb in places)
    linked = tuple(any(link.a in pa and link.b in pb for link in comparison.links) for pa, pb in places)
    differs_only = tuple(
        not hit and not other and any(not f.is_conflict and f.kind in e["kinds"] for f in fs)
        for e, hit, other, fs in zip(errors, found, other_kind, near, strict=True)
    )
    covers, supported = _message(assert_covers, text, original), _message(assert_supported, text, original)
    excuses = [o["original"] for o in rewrite["omitted"]] + [i["rewrite"] for i in rewrite["invented"]]
    excuses += [side for e in errors for side in (e["original"], e["rewrite"])]
    wrongly = tuple(
        item
        for item in message_items(covers) + message_items(supported)
        if not any(fold(fragment) in fold(item) for fragment in excuses)
    )
    return Outcome(
        rewrite,
        found,
        other_kind,
        false,
        len(reported),
        flagged,
        tuple(fold(o["original"]) in fold(covers) for o in rewrite["omitted"]),
        tuple(fold(i["rewrite"]) in fold(supported) for i in rewrite["invented"]),
        wrongly,
        linked,
        differs_only,
        near,
    )


def check_set(rows: list[dict[str, Any]], rewrites: Sequence[dict[str, Any]]) -> None:
    """Fail loudly when the stored set is not the brief's choice of articles or an article's text has changed."""
    chosen = select(rows, LABELLED_WHEN_WRITTEN)
    stored = [(r["event"], r["outlet"]) for r in rewrites]
    if stored != chosen:
        raise SystemExit(f"the set's articles are not the brief's choice: {sorted(set(stored) ^ set(chosen))}")
    for rewrite in rewrites:
        digest = hashlib.sha256(article_text(rows, rewrite["event"], rewrite["outlet"]).encode()).hexdigest()
        if digest != rewrite["original_sha256"]:
            raise SystemExit(f"{rewrite['id']}: the article's text is not the one the rewrite was written from")


def _share(hits: int, total: int) -> str:
    return f"{hits} of {total}" + (f" ({100 * hits / total:.0f}%)" if total else "")


def table(outcomes: Sequence[Outcome]) -> list[str]:
    by_half: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_half[outcome.rewrite["half"]].append(outcome)
    rows: list[tuple[str, Callable[[list[Outcome]], str]]] = [
        ("rewrites (faithful)", lambda os: f"{len(os)} ({sum(o.rewrite['faithful'] for o in os)})"),
        ("injected errors found as a conflict of the right kind", lambda os: _share(*_count(os, "found"))),
        ("injected errors found with another kind", lambda os: _share(*_count(os, "other_kind"))),
        ("injected errors reported only as a compatible difference", lambda os: _share(*_count(os, "differs_only"))),
        ("injected errors whose two sentences are linked", lambda os: _share(*_count(os, "linked"))),
        ("false findings / conflicts reported", lambda os: _share(_false(os), sum(o.findings for o in os))),
        ("equivalences flagged", lambda os: _share(*_count(os, "flagged"))),
        ("omissions named by assert_covers", lambda os: _share(*_count(os, "omitted_named"))),
        ("invented claims named by assert_supported", lambda os: _share(*_count(os, "invented_named"))),
        ("faithful claims wrongly named (both asserts)", lambda os: str(sum(len(o.wrongly_named) for o in os))),
        ("  of them in the 2 faithful rewrites", lambda os: str(_faithful_named(os))),
    ]
    lines = ["| measure | " + " | ".join(HALVES) + " |", "|---|" + "---|" * len(HALVES)]
    lines += [f"| {name} | " + " | ".join(cell(by_half[h]) for h in HALVES) + " |" for name, cell in rows]
    return lines


def _count(outcomes: Iterable[Outcome], field: str) -> tuple[int, int]:
    values = [v for o in outcomes for v in getattr(o, field)]
    return sum(values), len(values)


def _false(outcomes: Iterable[Outcome]) -> int:
    return sum(len(o.false_findings) for o in outcomes)


def _faithful_named(outcomes: Iterable[Outcome]) -> int:
    return sum(len(o.wrongly_named) for o in outcomes if o.rewrite["faithful"])


def class_table(outcomes: Sequence[Outcome], labels: str, hit: str) -> list[str]:
    """Found (or flagged) of total per class of change, per half."""
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for outcome in outcomes:
        for label, value in zip(outcome.rewrite[labels], getattr(outcome, hit), strict=True):
            cell = counts[label["class"]][outcome.rewrite["half"]]
            cell["total"] += 1
            cell["hit"] += int(value)
    lines = ["| class | " + " | ".join(HALVES) + " | both |", "|---|" + "---|" * (len(HALVES) + 1)]
    for name in sorted(counts):
        cells = [f"{counts[name][h]['hit']} of {counts[name][h]['total']}" for h in HALVES]
        both = sum(counts[name][h]["hit"] for h in HALVES), sum(counts[name][h]["total"] for h in HALVES)
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {both[0]} of {both[1]} |")
    return lines


def show_failures(outcomes: Sequence[Outcome]) -> None:
    for outcome in outcomes:
        rewrite, lines = outcome.rewrite, []
        for error, found, other, linked, near in zip(
            rewrite["errors"], outcome.found, outcome.other_kind, outcome.linked, outcome.near, strict=True
        ):
            if found:
                continue
            lines.append(
                f"  MISSED {error['class']} ({'/'.join(error['kinds'])}): {error['original']!r} -> {error['rewrite']!r}"
                + (" [reported with another kind]" if other else "")
            )
            lines += [f"      on these sentences: {_describe(f)}" for f in near] or [
                "      no finding on these sentences" + ("" if linked else ": they are not linked")
            ]
        for finding in outcome.false_findings:
            lines.append(f"  FALSE {_describe(finding)}\n      A: {finding.a_text}\n      B: {finding.b_text}")
        for eq, flagged in zip(rewrite["equivalences"], outcome.flagged, strict=True):
            if flagged:
                lines.append(f"  EQUIVALENCE FLAGGED {eq['class']}: {eq['original']!r} ~ {eq['rewrite']!r}")
        lines += [
            f"  OMISSION NOT NAMED: {o['original']!r}"
            for o, n in zip(rewrite["omitted"], outcome.omitted_named, strict=True)
            if not n
        ]
        lines += [
            f"  INVENTION NOT NAMED: {i['rewrite']!r}"
            for i, n in zip(rewrite["invented"], outcome.invented_named, strict=True)
            if not n
        ]
        lines += [f"  WRONGLY NAMED: {item}" for item in outcome.wrongly_named]
        if lines:
            print(f"{rewrite['id']} ({rewrite['half']})")
            print("\n".join(lines))


def _describe(finding: Finding) -> str:
    values = f"{finding.a_value!r} vs {finding.b_value!r}"
    severity = "" if finding.is_conflict else " [differs]"
    return f"{finding.kind}{severity} {values} (A[{finding.a}] B[{finding.b}]): {finding.explanation}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("basil", type=Path, help="../shared/bench/basil-dev.jsonl")
    parser.add_argument("--set", type=Path, default=HERE / "rewrites2", help="the folder of rewrites")
    parser.add_argument("--select", action="store_true", help="print the articles the brief chooses, and stop")
    parser.add_argument("--show-failures", action="store_true", help="print every miss and false finding")
    args = parser.parse_args(argv)
    rows = load(args.basil)
    if args.select:
        for event, outlet in select(rows, LABELLED_WHEN_WRITTEN):
            print(event, outlet, half(event))
        return
    rewrites = load_set(args.set)
    check_set(rows, rewrites)
    outcomes = [score(r, article_text(rows, r["event"], r["outlet"])) for r in rewrites]
    if args.show_failures:
        show_failures(outcomes)
        print()
    print("\n".join(table(outcomes)))
    print("\nInjected errors found as a conflict of the right kind, by class:")
    print("\n".join(class_table(outcomes, "errors", "found")))
    print("\nEquivalences flagged, by class:")
    print("\n".join(class_table(outcomes, "equivalences", "flagged")))


if __name__ == "__main__":
    main()
