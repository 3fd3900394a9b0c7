"""Capability suite (issue 18 item 1, issue 19's link capabilities): cases made by code from real articles, run
through the public API, scored per capability and per half.

    python bench/capabilities.py [../shared/bench/basil-dev.jsonl] [--ecbplus ../shared/bench/ecbplus-pairs.jsonl]
        [--half dev|validation|ecbplus|ecbplus-dev|ecbplus-validation|both] [--capability NAME ...]
        [--show-failures N] [--dump /tmp/cases.jsonl] [--no-run]

For each case, report A is an article and report B the same article with one edit of the capability in one
sentence, two to four meaning-keeping edits in others, and two paragraphs swapped (bench/capabilities/). BASIL's
articles are split into a dev and a validation half by event; the documents of ECB+ (--ecbplus) make a third set,
"ecbplus", shown whole and in its two halves by topic, "ecbplus-dev" (whose cases may be read to write a rule) and
"ecbplus-validation" (figures only). Columns:

- linked: the edited sentence of A is linked to its counterpart in B (the engine's sentences that overlap them);
- found (directional): a conflict (severity "conflict") of the expected kind on that link;
- flagged (invariance, link): any finding, conflict or compatible difference, on that link;
- false/case: conflicts (severity "conflict") on any other link, per case.

Targets (issue 18): directional found >= 90%, invariance flagged <= 2%, false findings <= 0.05 per case; (issue 19)
link capabilities linked >= 90%. The data is read from the path given, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import attrs

import compare
from _switches import without_neighbour_links
from capabilities import (
    CAPABILITIES,
    DIRECTIONAL,
    ECBPLUS,
    ECBPLUS_DEV,
    ECBPLUS_VALIDATION,
    INVARIANCE,
    LINK,
    Case,
    build_cases,
    in_set,
)

# Every set a table can show, in its order: BASIL's halves, ECB+ whole (as earlier figures give it), its halves.
SETS = ("dev", "validation", ECBPLUS, ECBPLUS_DEV, ECBPLUS_VALIDATION)


@attrs.frozen
class Outcome:
    """What the engine said about one case."""

    case: Case
    linked: bool
    found: bool
    flagged: bool
    false_elsewhere: int
    on_link: tuple[str, ...]  # the findings on the edited link, "kind severity: a / b"
    elsewhere: tuple[str, ...]
    causes: tuple[str, ...]  # for each finding elsewhere, the edit in its sentences, or "unedited"

    @property
    def failed(self) -> bool:
        if not self.linked or self.false_elsewhere:
            return True
        return not self.found if self.case.direction == DIRECTIONAL else self.flagged


def _overlapping(sentences: Sequence[compare.Sentence], span: tuple[int, int]) -> set[int]:
    start, end = span
    return {s.index for s in sentences if s.start < end and start < s.end}


def run(case: Case) -> Outcome:
    """Compare A with B and read the link of the edited sentence and every other link."""
    comparison = compare.compare(case.a, case.b)
    in_a = _overlapping(comparison.sentences_a, case.a_sentence_span)
    in_b = _overlapping(comparison.sentences_b, case.b_sentence_span)
    edited = [link for link in comparison.links if link.a in in_a and link.b in in_b]
    others = [link for link in comparison.links if not (link.a in in_a and link.b in in_b)]
    findings = [c for link in edited for c in link.conflicts]
    false = [(link, c) for link in others for c in link.conflicts if c.is_conflict]
    return Outcome(
        case=case,
        linked=bool(edited),
        found=any(c.is_conflict and c.kind in case.expected_kinds for c in findings),
        flagged=bool(findings),
        false_elsewhere=len(false),
        on_link=tuple(f"{c.kind} {c.severity}: {c.a_value!r} / {c.b_value!r}" for c in findings),
        elsewhere=tuple(f"{c.kind}: {c.a_value!r} / {c.b_value!r}" for _, c in false),
        causes=tuple(_cause(case, comparison, link) for link, _ in false),
    )


def _cause(case: Case, comparison: compare.Comparison, link: compare.Link) -> str:
    """The meaning-keeping edit in the sentences of a link, or "unedited" (a finding the edits did not cause)."""
    a, b = comparison.sentences_a[link.a], comparison.sentences_b[link.b]
    if _overlaps(case.a_sentence_span, a) or _overlaps(case.b_sentence_span, b):
        return "the case's own edit, on another link"
    for edit in case.others:
        if _overlaps(edit.a_span, a) or _overlaps(edit.b_span, b):
            return edit.capability
    return "unedited"


def _overlaps(span: tuple[int, int], sentence: compare.Sentence) -> bool:
    return sentence.start < span[1] and span[0] < sentence.end


def _rate(count: int, total: int) -> str:
    return f"{count}/{total} ({100 * count / total:.0f}%)" if total else "-"


def table(outcomes: Sequence[Outcome], halves: Sequence[str]) -> list[str]:
    """One row per capability and half: cases, linked, found, flagged, false findings elsewhere per case."""
    rows = [
        "| capability | kind | half | cases | linked | found | flagged | false/case |",
        "|---|---|---|---|---|---|---|---|",
    ]
    by_name: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_name[outcome.case.capability].append(outcome)
    for capability in CAPABILITIES:
        for half in halves:
            chosen = [o for o in by_name.get(capability.name, []) if in_set(o.case.half, half)]
            if not chosen:
                continue
            n = len(chosen)
            directional = capability.direction == DIRECTIONAL
            linked = _rate(sum(o.linked for o in chosen), n)
            rows.append(
                f"| {capability.name} | {capability.direction} | {half} | {n} | {linked} "
                f"| {_rate(sum(o.found for o in chosen), n) if directional else '-'} "
                f"| {'-' if directional else _rate(sum(o.flagged for o in chosen), n)} "
                f"| {sum(o.false_elsewhere for o in chosen) / n:.3f} |"
            )
    return rows


def summary(outcomes: Sequence[Outcome], half: str) -> str:
    """The issue-18 and issue-19 targets on one half: how many capabilities meet each."""
    chosen = [o for o in outcomes if in_set(o.case.half, half)]
    by_name: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in chosen:
        by_name[outcome.case.capability].append(outcome)
    directional = [c.name for c in CAPABILITIES if c.direction == DIRECTIONAL and c.name in by_name]
    invariance = [c.name for c in CAPABILITIES if c.direction == INVARIANCE and c.name in by_name]
    link = [c.name for c in CAPABILITIES if c.direction == LINK and c.name in by_name]

    def share(name: str, field: str) -> float:
        items = by_name[name]
        return sum(getattr(o, field) for o in items) / len(items)

    met_found = sum(share(n, "found") >= 0.9 for n in directional)
    met_flagged = sum(share(n, "flagged") <= 0.02 for n in invariance)
    met_linked = sum(share(n, "linked") >= 0.9 for n in link)
    false = sum(o.false_elsewhere for o in chosen) / len(chosen) if chosen else 0.0
    return (
        f"{half}: directional found >= 90%: {met_found} of {len(directional)} capabilities; invariance flagged <= 2%: "
        f"{met_flagged} of {len(invariance)}; link capabilities linked >= 90%: {met_linked} of {len(link)}; "
        f"false findings elsewhere {false:.3f} per case (target <= 0.05) over {len(chosen)} cases"
    )


def show_failures(outcomes: Sequence[Outcome], limit: int) -> None:
    shown: dict[str, int] = defaultdict(int)
    for outcome in outcomes:
        name = outcome.case.capability
        if not outcome.failed or shown[name] >= limit:
            continue
        shown[name] += 1
        case = outcome.case
        print(
            f"\n[{name}] {case.id} ({case.half}) linked={outcome.linked} found={outcome.found} "
            f"flagged={outcome.flagged}"
        )
        print(f"  edit: {case.edit.old!r} -> {case.edit.new!r}")
        print(f"  A: {case.edit.a_sentence}")
        print(f"  B: {case.edit.b_sentence}")
        print(f"  on the link: {list(outcome.on_link)}")
        if outcome.elsewhere:
            print(f"  elsewhere: {[f'{f} ({c})' for f, c in zip(outcome.elsewhere, outcome.causes, strict=True)]}")


def dump(cases: Sequence[Case], path: Path) -> None:
    """The cases as JSON Lines, to read (never into the repository: they hold the articles)."""
    with path.open("w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(attrs.asdict(case), ensure_ascii=False) + "\n")


def counts(cases: Sequence[Case]) -> list[str]:
    """The cases of each capability in each set, and in all of them together."""
    sets = [h for h in SETS if h != ECBPLUS and any(case.half == h for case in cases)]
    by: Counter[tuple[str, str]] = Counter((case.capability, case.half) for case in cases)
    lines = [f"{'capability':22} " + " ".join(f"{h:>18}" for h in sets) + f" {'together':>10}"]
    for capability in CAPABILITIES:
        row = [by[capability.name, h] for h in sets]
        lines.append(f"{capability.name:22} " + " ".join(f"{n:>18}" for n in row) + f" {sum(row):>10}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, nargs="?", help="a BASIL file, e.g. ../shared/bench/basil-dev.jsonl")
    parser.add_argument("--ecbplus", type=Path, help="an ECB+ pairs file, e.g. ../shared/bench/ecbplus-pairs.jsonl")
    parser.add_argument(
        "--no-neighbours", action="store_true", help="the neighbour rule switched off, to measure what its links add"
    )
    parser.add_argument("--half", choices=(*SETS, "both"), default="both")
    parser.add_argument("--capability", action="append", help="only this capability (repeatable)")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N", help="print N failing cases each")
    parser.add_argument("--dump", type=Path, help="write the cases as JSON Lines to this file (under /tmp)")
    parser.add_argument("--no-run", action="store_true", help="build (and dump) the cases without the engine")
    args = parser.parse_args(argv)
    if args.no_neighbours:
        without_neighbour_links()
    if args.data is None and args.ecbplus is None:
        parser.error("give a BASIL file, --ecbplus FILE, or both")
    cases = build_cases(args.data, args.capability, ecbplus=args.ecbplus)
    if args.half != "both":
        cases = [c for c in cases if in_set(c.half, args.half)]
    if args.dump:
        dump(cases, args.dump)
    if args.no_run:
        print("\n".join(counts(cases)))
        return 0
    outcomes = [run(case) for case in cases]
    present = {case.half for case in cases}
    halves = tuple(h for h in SETS if any(in_set(p, h) for p in present) and (args.half == h or in_set(h, args.half)))
    print("\n".join(table(outcomes, halves)))
    print()
    for half in halves:
        print(summary(outcomes, half))
    for half in halves:
        causes = Counter(cause for outcome in outcomes if in_set(outcome.case.half, half) for cause in outcome.causes)
        print(
            f"{half}: false findings elsewhere by the edit in their sentences:",
            ", ".join(f"{k} {v}" for k, v in causes.most_common()),
        )
    if args.show_failures:
        show_failures(outcomes, args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
