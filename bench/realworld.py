"""Real-world benchmark: links and conflicts on labelled real report pairs, and the editorial rewrite set.

    python bench/realworld.py ../shared/bench/basil-dev.jsonl [--labels bench/labels] [--rewrites bench/rewrites]
        [--baseline REV] [--semantic [--semantic-model PATH]]

- Labelled pairs (bench/labels/, blind, exhaustive; see its README): link precision and recall, conflict
  precision and recall, compatible differences found, and every false or missed conflict listed for reading.
- All pairs of the data file: conflicts reported per pair (real conflicts between outlets are rare).
- Rewrites (bench/rewrites/): injected changes reported as conflicts of the right kind, false conflicts,
  equivalences flagged, dropped facts named by ``assert_covers``, invented claims named by ``assert_supported``,
  faithful claims left unlinked.
- Speed: pairs per second on one core over every pair of the data file, and with ``--baseline REV`` the same
  measured for the engine at git revision REV in this run (a temporary worktree), as a ratio.

The data is read from the path given and never copied into the project (../shared/bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import compare
from _data import label_files, load
from _switches import without_neighbour_links
from compare.testing import assert_covers, assert_supported

HERE = Path(__file__).resolve().parent
Pair = tuple[int, int]
# The engine's settings for every comparison but the timed ones: the defaults, or Settings.semantic on (--semantic).
SETTINGS = compare.Settings()


def report(article: dict[str, Any], name: str) -> compare.Report:
    published = article.get("published")
    import datetime

    date = datetime.date.fromisoformat(published) if published else None
    return compare.Report(article["text"], name=name, published=date)


def articles(event: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {key.lower(): value for key, value in event["articles"].items()}


def sentence_at(comparison: compare.Comparison, side: str, fragment: str) -> int:
    """The index of the sentence of one side that holds a labelled fragment."""
    text = (comparison.a if side == "a" else comparison.b).text
    at = text.find(fragment)
    if at < 0:
        raise SystemExit(f"fragment not found in {side}: {fragment!r}")
    sentences = comparison.sentences_a if side == "a" else comparison.sentences_b
    for sentence in sentences:
        if sentence.start <= at < sentence.end:
            return sentence.index
    raise SystemExit(f"fragment outside every sentence: {fragment!r}")


def severity(conflict: compare.Conflict) -> str:
    return getattr(conflict, "severity", "conflict")


# Labelled pairs


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.notes: list[str] = []

    def ratio(self, part: str, whole: str) -> str:
        return f"{self.counts[part] / self.counts[whole]:.3f}" if self.counts[whole] else "n/a"


def labelled(data: dict[str, dict[str, Any]], labels: Path, tally: Tally, verbose: bool, half: str = "all") -> None:
    for path in label_files(labels, half):
        label = json.loads(path.read_text(encoding="utf-8"))
        event = data[label["event"]]
        texts = articles(event)
        for pair_name, gold in sorted(label["pairs"].items()):
            outlet_a, outlet_b = pair_name.split("-")
            comparison = compare.compare(
                report(texts[outlet_a], outlet_a), report(texts[outlet_b], outlet_b), settings=SETTINGS
            )
            score_pair(comparison, gold, f"{path.stem} {pair_name}", tally, verbose)


def score_pair(comparison: compare.Comparison, gold: dict[str, Any], where: str, tally: Tally, verbose: bool) -> None:
    def pair_of(item: dict[str, Any]) -> Pair:
        return sentence_at(comparison, "a", item["a"]), sentence_at(comparison, "b", item["b"])

    gold_links = {pair_of(link) for link in gold["links"]}
    gold_conflicts = {pair_of(c): c for c in gold["conflicts"] if c["severity"] == "conflict"}
    gold_differs = {pair_of(c): c for c in gold["conflicts"] if c["severity"] == "differs"}
    gold_links |= set(gold_conflicts) | set(gold_differs)
    # A headline or other furniture is not a claim: the engine sets it aside, so its labelled links are not counted.
    gold_links = {
        (a, b)
        for a, b in gold_links
        if not (comparison.sentences_a[a].boilerplate or comparison.sentences_b[b].boilerplate)
    }
    links = {(link.a, link.b) for link in comparison.links}
    tally.counts["pairs"] += 1
    tally.counts["links"] += len(links)
    tally.counts["gold links"] += len(gold_links)
    tally.counts["links right"] += len(links & gold_links)
    tally.counts["gold links found"] += len(gold_links & links)
    if verbose:
        for a, b in sorted(links - gold_links):
            tally.notes.append(f"FALSE LINK {where}: {text(comparison, a, b)}")
        for a, b in sorted(gold_links - links):
            tally.notes.append(f"MISSED LINK {where}: {text(comparison, a, b)}")
    for link in comparison.links:
        for conflict in link.conflicts:
            kind = severity(conflict)
            tally.counts[f"reported {kind}"] += 1
            truth = gold_conflicts if kind == "conflict" else gold_differs
            if (link.a, link.b) in truth:
                tally.counts[f"reported {kind} right"] += 1
            else:
                tally.notes.append(
                    f"FALSE {kind.upper()} {where}: {conflict.kind} {conflict.a_value!r} / {conflict.b_value!r}"
                    f" | {text(comparison, link.a, link.b)}"
                )
    reported = {(link.a, link.b, severity(c)) for link in comparison.links for c in link.conflicts}
    for (a, b), item in sorted(gold_conflicts.items()):
        tally.counts["gold conflicts"] += 1
        if (a, b, "conflict") in reported:
            tally.counts["gold conflicts found"] += 1
        else:
            linked = "linked" if (a, b) in links else "not linked"
            tally.notes.append(
                f"MISSED CONFLICT {where} ({linked}): {item['a_value']!r} / {item['b_value']!r} ({item['why']})"
            )
    for a, b in sorted(gold_differs):
        tally.counts["gold differs"] += 1
        if {(a, b, "differs"), (a, b, "conflict")} & reported:
            tally.counts["gold differs shown"] += 1
        else:
            linked = "linked" if (a, b) in links else "not linked"
            item = gold_differs[(a, b)]
            tally.notes.append(
                f"MISSED DIFFERS {where} ({linked}): {item['a_value']!r} / {item['b_value']!r} ({item['why']})"
            )


def text(comparison: compare.Comparison, a: int, b: int) -> str:
    return f"{comparison.sentences_a[a].text[:150]!r} ~ {comparison.sentences_b[b].text[:150]!r}"


def all_pairs(rows: Iterable[dict[str, Any]]) -> list[tuple[compare.Report, compare.Report]]:
    found = []
    for event in rows:
        texts = articles(event)
        outlets = sorted(texts)
        for index, first in enumerate(outlets):
            for second in outlets[index + 1 :]:
                event_id = event["event"][:8]
                found.append(
                    (report(texts[first], f"{event_id}/{first}"), report(texts[second], f"{event_id}/{second}"))
                )
    return found


# Rewrites


def rewrites(folder: Path, tally: Tally) -> None:
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        original = compare.Report(case["original"], name="original")
        rewrite = compare.Report(case["rewrite"], name="rewrite")
        comparison = compare.compare(original, rewrite, settings=SETTINGS)
        score_rewrite(comparison, case, path.stem, tally)
        dropped_and_invented(original, rewrite, comparison, case, path.stem, tally)


def score_rewrite(comparison: compare.Comparison, case: dict[str, Any], where: str, tally: Tally) -> None:
    changes = [
        (sentence_at(comparison, "a", c["original"]), sentence_at(comparison, "b", c["rewrite"]), c)
        for c in case["changes"]
    ]
    equivalences = [
        (sentence_at(comparison, "a", e["original"]), sentence_at(comparison, "b", e["rewrite"]), e)
        for e in case["equivalences"]
    ]
    found: set[int] = set()
    for link in comparison.links:
        for conflict in link.conflicts:
            kind = severity(conflict)
            tally.counts[f"rewrite reported {kind}"] += 1
            hit = [
                n
                for n, (a, b, change) in enumerate(changes)
                if (a, b) == (link.a, link.b) and change["kind"] == conflict.kind and kind == "conflict"
            ]
            if hit:
                found.add(hit[0])
                continue
            # A conflict on another pair of sentences over an injected value (the changed name given again as a later
            # quotation's speaker) is that change seen again, not a false conflict.
            if kind == "conflict" and not any(
                (a, b) == (link.a, link.b) or values_touch(conflict, change, "original_value", "rewrite_value")
                for a, b, change in changes
            ):
                tally.counts["rewrite false conflicts"] += 1
                tally.notes.append(
                    f"REWRITE FALSE {where}: {conflict.kind} {conflict.a_value!r} / {conflict.b_value!r}"
                    f" | {text(comparison, link.a, link.b)}"
                )
            for a, b, equivalence in equivalences:
                if (a, b) == (link.a, link.b) and values_touch(
                    conflict, equivalence, "original_value", "rewrite_value"
                ):
                    tally.counts["equivalences flagged"] += 1
                    tally.notes.append(f"EQUIVALENCE FLAGGED {where}: {equivalence['type']} {conflict.a_value!r}")
    tally.counts["injected changes"] += len(changes)
    tally.counts["injected changes found"] += len(found)
    tally.counts["equivalences"] += len(equivalences)
    for n, (_, _, change) in enumerate(changes):
        if n not in found:
            tally.notes.append(
                f"REWRITE MISSED {where}: {change['kind']} {change['original_value']!r} / {change['rewrite_value']!r}"
            )


def values_touch(conflict: compare.Conflict, item: dict[str, Any], key_a: str, key_b: str) -> bool:
    values = {item[key_a].lower(), item[key_b].lower()}
    mine = {conflict.a_value.lower(), conflict.b_value.lower()}
    return any(v in m or m in v for v in values for m in mine)


def dropped_and_invented(
    original: compare.Report,
    rewrite: compare.Report,
    comparison: compare.Comparison,
    case: dict[str, Any],
    where: str,
    tally: Tally,
) -> None:
    dropped = {sentence_at(comparison, "a", fragment) for fragment in case["dropped"]}
    invented = {sentence_at(comparison, "b", fragment) for fragment in case.get("invented", [])}
    named_missing = named_sentences(lambda: assert_covers(rewrite, original))
    # A changed value is rightly named missing too: the rewrite no longer states the original's figure or name.
    changed_a = {sentence_at(comparison, "a", c["original"]) for c in case["changes"]}
    tally.counts["dropped facts"] += len(dropped)
    tally.counts["dropped facts named"] += len(dropped & named_missing)
    tally.counts["faithful claims named missing"] += len(named_missing - dropped - changed_a)
    named_unsupported = named_sentences(lambda: assert_supported(rewrite, original))
    tally.counts["invented claims"] += len(invented)
    tally.counts["invented claims named"] += len(invented & named_unsupported)
    changed_b = {sentence_at(comparison, "b", c["rewrite"]) for c in case["changes"]}
    claims_b = [s.index for s in comparison.sentences_b if not s.boilerplate]
    faithful = [index for index in claims_b if index not in invented]
    linked_b = {link.b for link in comparison.links}
    tally.counts["faithful rewrite claims"] += len(faithful)
    tally.counts["faithful rewrite claims unlinked"] += len([i for i in faithful if i not in linked_b])
    for index in faithful:
        if index not in linked_b and index not in changed_b:
            tally.notes.append(f"REWRITE UNLINKED {where}: {comparison.sentences_b[index].text[:160]!r}")
    for index in sorted(named_missing - dropped - changed_a):
        tally.notes.append(f"FAITHFUL NAMED MISSING {where}: {comparison.sentences_a[index].text[:160]!r}")
    for index in sorted(dropped - named_missing):
        tally.notes.append(f"DROPPED NOT NAMED {where}: {comparison.sentences_a[index].text[:160]!r}")


def named_sentences(check: Any) -> set[int]:
    """The sentence indices an assertion's failure message lists (none when it passes)."""
    try:
        check()
    except AssertionError as failure:
        return {int(m.group(1)) for m in re.finditer(r"^  - .*?\[(\d+)\]", str(failure), re.MULTILINE)}
    return set()


# Speed

TIMER = """
import json, sys, time, datetime
import compare
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
pairs = []
for event in rows:
    texts = {k.lower(): v for k, v in event["articles"].items()}
    names = sorted(texts)
    for i, x in enumerate(names):
        for y in names[i + 1:]:
            pairs.append((texts[x]["text"], texts[y]["text"]))
compare.compare(*pairs[0])
best = float("inf")
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for a, b in pairs:
        compare.compare(a, b)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"pairs": len(pairs), "seconds": best}))
"""


def pairs_per_second(source: Path, data: Path, repeats: int) -> float:
    result = subprocess.run(
        ["taskset", "-c", "0", sys.executable, "-c", TIMER, str(data), str(repeats)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin", "OPENBLAS_NUM_THREADS": "1"},
    )
    measured = json.loads(result.stdout)
    return float(measured["pairs"] / measured["seconds"])


def speed(data: Path, baseline: str | None, repeats: int) -> list[str]:
    current = pairs_per_second(HERE.parent / "src", data, repeats)
    lines = [f"pairs per second, one core: {current:.1f}"]
    if baseline:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["git", "worktree", "add", "-q", "--detach", folder, baseline], check=True, cwd=HERE)
            try:
                before = pairs_per_second(Path(folder) / "src", data, repeats)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", folder], check=True, cwd=HERE)
        lines.append(f"pairs per second at {baseline}: {before:.1f} (ratio {current / before:.2f})")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
    parser.add_argument(
        "--half", choices=("dev", "validation", "all"), default="all", help="labelled events of one half (split.json)"
    )
    parser.add_argument("--rewrites", type=Path, default=HERE / "rewrites")
    parser.add_argument("--baseline", help="a git revision whose engine's speed is measured in the same run")
    parser.add_argument("--repeats", type=int, default=3, help="timing runs; the best counts")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list false and missed links too")
    parser.add_argument(
        "--list-conflicts", action="store_true", help="list every finding on all pairs, with both sentences, to read"
    )
    parser.add_argument("--semantic", action="store_true", help="Settings.semantic on (not in the speed measurement)")
    parser.add_argument(
        "--no-neighbours", action="store_true", help="the neighbour rule switched off, to measure what its links add"
    )
    parser.add_argument("--semantic-model", help="Settings.semantic_model (with --semantic)")
    parser.add_argument(
        "--no-all-pairs",
        action="store_true",
        help="skip the findings on every pair of the data file (minutes with --semantic)",
    )
    args = parser.parse_args(argv)
    if args.no_neighbours:
        without_neighbour_links()
    global SETTINGS
    if args.semantic:
        SETTINGS = compare.Settings(semantic=True, semantic_model=args.semantic_model)
    rows = load(args.data)
    data = {row["event"]: row for row in rows}
    tally = Tally()
    labelled(data, args.labels, tally, args.verbose, args.half)
    reported = Counter[str]()
    pairs = [] if args.no_all_pairs else all_pairs(rows)
    for a, b in pairs:
        comparison = compare.compare(a, b, settings=SETTINGS)
        for link in comparison.links:
            reported.update(severity(c) for c in link.conflicts)
            if args.list_conflicts:
                for c in link.conflicts:
                    tally.notes.append(
                        f"{severity(c).upper()} {a.name} ~ {b.name}: {c.kind} {c.a_value!r} / {c.b_value!r} | "
                        f"{text(comparison, link.a, link.b)}"
                    )
    rewrites(args.rewrites, tally)
    c = tally.counts
    print("\n".join(tally.notes))
    print()
    print(
        f"labelled pairs: {c['pairs']} ({c['gold links']} gold links, {c['gold conflicts']} conflicts, "
        f"{c['gold differs']} compatible differences)"
    )
    print(
        f"link precision {tally.ratio('links right', 'links')}, recall {tally.ratio('gold links found', 'gold links')}"
        f" ({c['links']} links)"
    )
    print(
        f"conflict precision {tally.ratio('reported conflict right', 'reported conflict')} "
        f"({c['reported conflict right']} of {c['reported conflict']}), recall "
        f"{tally.ratio('gold conflicts found', 'gold conflicts')} "
        f"({c['gold conflicts found']} of {c['gold conflicts']})"
    )
    print(
        f"compatible differences shown {c['gold differs shown']} of {c['gold differs']}; 'differs' reported "
        f"{c['reported differs']}, on a labelled one {c['reported differs right']}"
    )
    if pairs:
        print(
            f"all {len(pairs)} pairs: {reported['conflict'] / len(pairs):.3f} conflicts and "
            f"{reported['differs'] / len(pairs):.3f} differences reported per pair"
        )
    print(
        f"rewrites: injected changes found {c['injected changes found']} of {c['injected changes']} "
        f"({tally.ratio('injected changes found', 'injected changes')}); false conflicts "
        f"{c['rewrite false conflicts']} of {c['rewrite reported conflict']} reported; equivalences flagged "
        f"{c['equivalences flagged']} of {c['equivalences']}"
    )
    print(
        f"rewrites: dropped facts named by assert_covers {c['dropped facts named']} of {c['dropped facts']} "
        f"(faithful claims also named: {c['faithful claims named missing']}); invented claims named by "
        f"assert_supported {c['invented claims named']} of {c['invented claims']}; faithful rewrite claims "
        f"unlinked {c['faithful rewrite claims unlinked']} of {c['faithful rewrite claims']} "
        f"({tally.ratio('faithful rewrite claims unlinked', 'faithful rewrite claims')})"
    )
    if not args.no_speed:
        print("\n".join(speed(args.data, args.baseline, args.repeats)))


if __name__ == "__main__":
    main()
