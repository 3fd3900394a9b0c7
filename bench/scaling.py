"""How time and memory of compare() grow with report size, beside a dense rapidfuzz cdist of the same sentences.

    python bench/scaling.py                      # 100, 1,000, 5,000 and 20,000 sentences per side
    python bench/scaling.py --sizes 100 1000     # a subset

Each measurement runs in a fresh process, so its peak memory (ru_maxrss) is its own; compare() is timed after one
comparison of two words, which loads the word frequencies and the nickname table it reads lazily. The reports are
synthetic
news copy made from the project's fixtures (the seed reports and the segmentation cases): every sentence is a
fixture sentence with its numbers and names changed, a share of its words swapped for other English words, and
sometimes its clauses mixed with another's. Report B restates about half of A's claims, some with a detail
changed (a number, a dropped or replaced word), in a loosely shuffled order, and adds claims of its own.

The floor is ``rapidfuzz.process.cdist(a, b, scorer=fuzz.token_set_ratio, dtype=np.uint8, workers=-1)`` over the
same sentences: the cheapest dense all-pairs comparison, with no segmentation, normalisation or matching. It is
skipped where its matrix would not fit in the memory budget.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
SEGMENTATION = ROOT / "fixtures" / "segmentation" / "cases.jsonl"
SIZES = (100, 1_000, 5_000, 20_000)
# The budget for 20,000 sentences per side; a dense floor whose matrix would pass it is not measured.
MEMORY_BUDGET_BYTES = 2 * 1024**3

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z]+")
_SYLLABLES = ("ka", "vo", "ren", "li", "mar", "to", "sha", "ne", "dor", "ba", "el", "quin", "ta", "ro", "vik", "su")


def fixture_sentences() -> list[str]:
    """Every sentence of the fixtures: the seed reports' lines and the segmentation cases' sentences."""
    from compare._text._segment import split_sentences

    sentences: list[str] = []
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        sentences += [text[start:end] for start, end in split_sentences(text)]
    with SEGMENTATION.open(encoding="utf-8") as lines:
        for line in lines:
            sentences += json.loads(line)["sentences"]
    return [s for s in sentences if len(_WORD.findall(s)) >= 4]


class NewsText:
    """Synthetic news sentences, varied from the fixture sentences by a seeded random generator."""

    def __init__(self, seed: int) -> None:
        from wordfreq import top_n_list

        self.rng = random.Random(seed)
        self.templates = fixture_sentences()
        self.words = [w for w in top_n_list("en", 30_000) if w.isalpha() and len(w) >= 4]
        self.names = [self._name() for _ in range(5_000)]

    def _name(self) -> str:
        return "".join(self.rng.choices(_SYLLABLES, k=self.rng.randint(2, 4))).capitalize()

    def sentence(self) -> str:
        """A fixture sentence with new numbers and names, some words swapped, sometimes two mixed."""
        text = self.rng.choice(self.templates)
        if self.rng.random() < 0.3 and ", " in text:
            other = self.rng.choice(self.templates)
            if ", " in other:
                text = text.split(", ", 1)[0] + ", " + other.split(", ", 1)[1]
        text = _NUMBER.sub(lambda _: str(self.rng.randint(2, 2_000)), text)
        return _WORD.sub(self._vary_word, text)

    def _vary_word(self, match: re.Match[str]) -> str:
        word = match.group()
        if match.start() > 0 and word[0].isupper() and word[1:].islower() and self.rng.random() < 0.6:
            return self.rng.choice(self.names)
        if word.islower() and len(word) >= 4 and self.rng.random() < 0.3:
            return self.rng.choice(self.words)
        return word

    def restated(self, sentence: str) -> str:
        """The same claim as another report might put it: a number changed, a word dropped or replaced."""
        roll = self.rng.random()
        if roll < 0.25 and _NUMBER.search(sentence):
            return _NUMBER.sub(lambda _: str(self.rng.randint(2, 2_000)), sentence, count=1)
        words = sentence.split(" ")
        if len(words) > 6:
            position = self.rng.randrange(1, len(words) - 1)
            if roll < 0.6:
                del words[position]
            else:
                words[position] = self.rng.choice(self.words)
        return " ".join(words)


def reports(size: int, seed: int = 1) -> tuple[list[str], list[str]]:
    """Two reports of `size` sentences each: B restates about half of A, loosely reordered, and adds its own."""
    news = NewsText(seed)
    a = [news.sentence() for _ in range(size)]
    restated = [(i + news.rng.gauss(0, 20), news.restated(s)) for i, s in enumerate(a) if news.rng.random() < 0.5]
    own = [(news.rng.uniform(0, size), news.sentence()) for _ in range(size - len(restated))]
    b = [sentence for _, sentence in sorted(restated + own)]
    return a, b


def as_text(sentences: list[str], rng: random.Random) -> str:
    """Sentences as news copy: paragraphs of one to four sentences, one paragraph a line."""
    lines: list[str] = []
    position = 0
    while position < len(sentences):
        length = rng.randint(1, 4)
        lines.append(" ".join(sentences[position : position + length]))
        position += length
    return "\n".join(lines)


def measure(kind: str, size: int) -> dict[str, Any]:
    """Run in the child process: build the reports, then time one comparison of them."""
    a, b = reports(size)
    if kind == "compare":
        import compare

        compare.compare("Warm up the caches.", "Warm up the caches.")
        rng = random.Random(size)
        text_a, text_b = as_text(a, rng), as_text(b, rng)
    before = _peak_mib()
    started = time.perf_counter()
    if kind == "compare":
        result = compare.compare(text_a, text_b)
        detail = {"links": len(result.links), "sentences": [len(result.sentences_a), len(result.sentences_b)]}
    else:
        import numpy as np
        from rapidfuzz import fuzz, process

        matrix = process.cdist(a, b, scorer=fuzz.token_set_ratio, dtype=np.uint8, workers=-1)
        detail = {"at_least_60": int((matrix >= 60).sum())}
    return {"seconds": time.perf_counter() - started, "peak_mib": _peak_mib(), "before_mib": before, **detail}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_fresh_process(kind: str, size: int) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(size)], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, Any] = json.loads(output)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="sentences per side")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]))))
        return
    print("| sentences per side | compare() | peak memory | links | dense cdist floor | peak memory |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        engine = in_fresh_process("compare", size)
        if size * size <= MEMORY_BUDGET_BYTES:
            floor = in_fresh_process("cdist", size)
            floor_text = f"{floor['seconds']:.2f} s | {floor['peak_mib']:.0f} MiB"
        else:
            floor_text = "skipped: matrix exceeds the memory budget | -"
        print(
            f"| {size:,} | {engine['seconds']:.2f} s | {engine['peak_mib']:.0f} MiB | {engine['links']:,} | "
            f"{floor_text} |",
            flush=True,
        )
    print(f"(peak memory is the whole process's ru_maxrss; {sys.version.split()[0]}, {_cpu_count()} cores)")


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
