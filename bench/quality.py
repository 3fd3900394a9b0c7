"""Quality benchmark: the engine against the baselines on MRPC and ECB+ report pairs.

    python bench/quality.py ../shared/bench/mrpc-train.jsonl ../shared/bench/ecbplus-pairs.jsonl

The data is read from the paths given and never copied into the project (see ../shared/bench/README.md).
Every figure is measured in this run, the baselines included.
"""

from __future__ import annotations

import argparse
import difflib
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process, utils
from scipy.optimize import linear_sum_assignment

import compare
from _data import auc, load

Pair = tuple[int, int]
# A linker gives its links, the links that carry a conflict, and the links whose sentences give a detail the
# other report leaves out; a link in neither of the last two is called plain agreement.
Linker = Callable[[Sequence[str], Sequence[str]], tuple[set[Pair], set[Pair], set[Pair]]]


def engine(settings: compare.Settings | None = None) -> Linker:
    def link(a: Sequence[str], b: Sequence[str]) -> tuple[set[Pair], set[Pair], set[Pair]]:
        result = compare.compare(
            compare.Report.from_sentences(a, name="a"), compare.Report.from_sentences(b, name="b"), settings=settings
        )
        return (
            {(x.a, x.b) for x in result.links},
            {(x.a, x.b) for x in result.conflicts},
            {(x.a, x.b) for x in result.partly_shared},
        )

    return link


def token_set_optimal(a: Sequence[str], b: Sequence[str]) -> tuple[set[Pair], set[Pair], set[Pair]]:
    """The README's baseline: rapidfuzz token_set_ratio >= 60 (default_process), optimal one-to-one."""
    scores = process.cdist(a, b, scorer=fuzz.token_set_ratio, processor=utils.default_process)
    rows, columns = linear_sum_assignment(-scores)
    return {(int(i), int(j)) for i, j in zip(rows, columns, strict=True) if scores[i, j] >= 60}, set(), set()


def difflib_greedy(a: Sequence[str], b: Sequence[str]) -> tuple[set[Pair], set[Pair], set[Pair]]:
    """The README's other baseline: difflib word ratio >= 0.5, greedy one-to-one."""
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, x.split(), y.split()).ratio(), i, j)
            for i, x in enumerate(a)
            for j, y in enumerate(b)
        ),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    links = set()
    for score, i, j in scored:
        if score < 0.5:
            break
        if i not in used_a and j not in used_b:
            links.add((i, j))
            used_a.add(i)
            used_b.add(j)
    return links, set(), set()


def mrpc(rows: Iterable[dict[str, Any]], link: Linker) -> dict[str, float]:
    tp = fp = fn = negatives = negatives_agreed = negatives_conflicting = gold_conflicting = 0
    negatives_partial = gold_partial = 0
    for row in rows:
        links, conflicting, partial = link(row["a"], row["b"])
        gold = {tuple(p) for p in row["gold"]}
        hard = {tuple(p) for p in row["hard_negatives"]}
        tp += len(links & gold)
        fn += len(gold - links)
        fp += len(links - gold - hard)
        negatives += len(hard)
        negatives_agreed += len((links & hard) - conflicting - partial)
        negatives_conflicting += len(links & hard & conflicting)
        negatives_partial += len(links & hard & partial)
        gold_conflicting += len(links & gold & conflicting)
        gold_partial += len(links & gold & partial)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "hard_negatives": negatives,
        "hard_negatives_agreed": negatives_agreed,
        "hard_negatives_conflicting": negatives_conflicting,
        "hard_negatives_partial": negatives_partial,
        "gold_links": tp,
        "gold_links_conflicting": gold_conflicting,
        "gold_links_partial": gold_partial,
    }


def ecbplus(rows: Sequence[dict[str, Any]], link: Linker) -> dict[str, float]:
    shares, labels = [], []
    gold_found = gold_total = false_links = different_sentences = 0
    started = time.perf_counter()
    for row in rows:
        links, _, _ = link(row["a"], row["b"])
        linked = len({i for i, _ in links}) + len({j for _, j in links})
        shares.append(linked / (len(row["a"]) + len(row["b"])))
        labels.append(bool(row["same_event"]))
        if row["same_event"]:
            gold = {tuple(p) for p in row["gold"]}
            gold_found += len(links & gold)
            gold_total += len(gold)
        else:
            false_links += len(links)
            different_sentences += len(row["a"]) + len(row["b"])
    elapsed = time.perf_counter() - started
    return {
        "auc": auc(shares, labels),
        "gold_recall": gold_found / gold_total,
        "false_links_per_sentence": false_links / different_sentences,
        "pairs_per_second": len(rows) / elapsed,
    }


def sweep(mrpc_rows: list[dict[str, Any]], ecb_rows: list[dict[str, Any]], thresholds: Sequence[float]) -> None:
    print("link_threshold  MRPC F1  hard neg. agreed  ECB+ AUC  gold recall  false links/sentence")
    for threshold in thresholds:
        link = engine(compare.Settings(link_threshold=threshold))
        m, e = mrpc(mrpc_rows, link), ecbplus(ecb_rows, link)
        print(
            f"{threshold:14.2f}  {m['f1']:7.4f}  {m['hard_negatives_agreed'] / m['hard_negatives']:16.0%}  "
            f"{e['auc']:8.3f}  {e['gold_recall']:11.3f}  {e['false_links_per_sentence']:20.3f}"
        )


def detail_sweep(mrpc_rows: list[dict[str, Any]], grid: Sequence[tuple[float, float]], runs: Sequence[float]) -> None:
    """How the detail settings trade hard negatives called plain agreement against gold links with a detail."""
    print("detail_min_weight  detail_unmatched_share  hard neg. agreed  gold links with a detail")
    for weight, share in grid:
        m = mrpc(mrpc_rows, engine(compare.Settings(detail_min_weight=weight, detail_unmatched_share=share)))
        print(
            f"{weight:17.1f}  {share:22.2f}  {m['hard_negatives_agreed'] / m['hard_negatives']:16.0%}  "
            f"{m['gold_links_partial'] / m['gold_links']:24.0%}"
        )
    print("detail_run_weight  hard neg. agreed  gold links with a detail")
    for run in runs:
        m = mrpc(mrpc_rows, engine(compare.Settings(detail_run_weight=run)))
        print(
            f"{run:17.1f}  {m['hard_negatives_agreed'] / m['hard_negatives']:16.0%}  "
            f"{m['gold_links_partial'] / m['gold_links']:24.0%}"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mrpc", type=Path, help="mrpc-train.jsonl")
    parser.add_argument("ecbplus", type=Path, help="ecbplus-pairs.jsonl")
    parser.add_argument("--engine-only", action="store_true", help="skip the baselines")
    parser.add_argument(
        "--sweep", type=float, nargs="+", metavar="T", help="only the engine, once per link_threshold given"
    )
    parser.add_argument(
        "--semantic", action="store_true", help="also the engine with Settings.semantic on, timed in the same run"
    )
    parser.add_argument(
        "--detail-sweep",
        action="store_true",
        help="only MRPC: detail_min_weight and detail_unmatched_share on a grid, then detail_run_weight",
    )
    args = parser.parse_args(argv)
    mrpc_rows, ecb_rows = load(args.mrpc), load(args.ecbplus)
    compare.compare("warm up the caches.", "warm up the caches.")
    if args.detail_sweep:
        grid = [(w, r) for w in (3.0, 4.0, 5.0, 6.0) for r in (0.5, 0.6, 0.75, 1.0)]
        detail_sweep(mrpc_rows, grid, (1000.0, 12.0, 9.0, 7.0, 6.0))
        return
    if args.sweep:
        sweep(mrpc_rows, ecb_rows, args.sweep)
        return
    methods: list[tuple[str, Linker]] = [("compare (defaults)", engine())]
    if args.semantic:
        methods.append(("compare --semantic", engine(compare.Settings(semantic=True))))
        # Loads the model and checks its hashes before anything is timed.
        compare.compare("warm up the model.", "warm up the model.", settings=compare.Settings(semantic=True))
    engines = len(methods)
    if not args.engine_only:
        methods += [("token_set_ratio>=60, optimal", token_set_optimal), ("difflib>=0.5, greedy", difflib_greedy)]
    print("MRPC (gold links; hard negatives linked as plain agreement)")
    for name, link in methods:
        m = mrpc(mrpc_rows, link)
        print(
            f"  {name:32s} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.4f}  "
            f"hard negatives agreed {m['hard_negatives_agreed']}/{m['hard_negatives']} "
            f"({m['hard_negatives_agreed'] / m['hard_negatives']:.0%}), conflicting {m['hard_negatives_conflicting']}, "
            f"with a detail only one gives {m['hard_negatives_partial']}; of {m['gold_links']} gold links found, "
            f"with a conflict {m['gold_links_conflicting']}, with a detail {m['gold_links_partial']}"
        )
    print("ECB+ (same vs different event)")
    for name, link in methods[: engines + 1]:
        e = ecbplus(ecb_rows, link)
        print(
            f"  {name:32s} AUC {e['auc']:.3f}  gold recall {e['gold_recall']:.3f}  "
            f"false links/sentence {e['false_links_per_sentence']:.3f}  pairs/s {e['pairs_per_second']:.0f}"
        )
    print(f"numpy {np.__version__}, compare on one core (workers=1)")


if __name__ == "__main__":
    main()
