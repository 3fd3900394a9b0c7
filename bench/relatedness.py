"""Relatedness benchmark: does Comparison.related tell reports of one event from reports of two events of one kind?

    python bench/relatedness.py ../shared/bench/ecbplus-pairs.jsonl ../shared/bench/basil-dev.jsonl

ECB+ gives 250 same-event and 250 different-event pairs of the same kind (two earthquakes, two arrests); BASIL gives
real long articles of one event by three outlets (180 pairs, all of one event). The data is read from the paths
given and never copied into the project. Printed: the AUC on ECB+ of the engine's relatedness and of the share of
claims linked alone (the baseline), then at Settings.related_threshold the share of real same-event pairs called
unrelated (false alarms) and the share of different-event pairs caught.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

import compare
from _data import auc, load


def ecb_pairs(path: Path) -> Iterator[tuple[bool, compare.Report, compare.Report]]:
    """Each ECB+ pair as (same event, A, B), its sentences as given."""
    for row in load(path):
        a = compare.Report.from_sentences(row["a"], name="a")
        yield bool(row["same_event"]), a, compare.Report.from_sentences(row["b"], name="b")


def basil_pairs(path: Path) -> Iterator[tuple[compare.Report, compare.Report]]:
    """Every pair of one event's articles by different outlets."""
    for event in load(path):
        articles = {key.lower(): value for key, value in event["articles"].items()}
        for x, y in itertools.combinations(sorted(articles), 2):
            yield compare.Report(articles[x]["text"], name=x), compare.Report(articles[y]["text"], name=y)


def linked_share(comparison: compare.Comparison) -> float:
    """The baseline: the smaller of the two reports' shares of claims linked."""
    claims_a = len(comparison.sentences_a) - len(comparison.boilerplate_a)
    claims_b = len(comparison.sentences_b) - len(comparison.boilerplate_b)
    linked_a = len({link.a for link in comparison.links})
    linked_b = len({link.b for link in comparison.links})
    return min(linked_a / max(claims_a, 1), linked_b / max(claims_b, 1))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ecb", type=Path, help="ecbplus-pairs.jsonl")
    parser.add_argument("basil", type=Path, help="basil-dev.jsonl")
    args = parser.parse_args(argv)
    threshold = compare.Settings().related_threshold
    ecb = [(same, compare.compare(a, b)) for same, a, b in ecb_pairs(args.ecb)]
    basil = [compare.compare(a, b) for a, b in basil_pairs(args.basil)]
    labels = [same for same, _ in ecb]
    print(f"ECB+ pairs: {len(ecb)} ({sum(labels)} same event); BASIL pairs: {len(basil)}")
    print(f"AUC on ECB+, relatedness:           {auc([c.relatedness for _, c in ecb], labels):.3f}")
    print(f"AUC on ECB+, share of claims linked: {auc([linked_share(c) for _, c in ecb], labels):.3f}")
    basil_values = np.array([c.relatedness for c in basil])
    print(f"lowest relatedness of a BASIL pair: {basil_values.min():.3f}")
    print(f"at related_threshold {threshold}:")
    print(f"  BASIL same-event pairs called unrelated (false alarms): {np.mean(basil_values < threshold):.1%}")
    same = [c for s, c in ecb if s]
    different = [c for s, c in ecb if not s]
    print(f"  ECB+ same-event pairs called unrelated:                {np.mean([not c.related for c in same]):.1%}")
    print(f"  ECB+ different-event pairs caught:                     {np.mean([not c.related for c in different]):.1%}")


if __name__ == "__main__":
    main()
