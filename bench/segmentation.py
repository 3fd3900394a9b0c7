"""Compare sentence segmenters on the hand-written news corpus and on synthetic megabytes.

Run from the repository root:  .venv/bin/python bench/segmentation.py

Methods: pysbd, NLTK Punkt (built offline from PunktParameters with an abbreviation set shipped
here, no nltk.download), syntok, and compare._text._segment.split_sentences. Every newline is a hard
boundary in this project, so the libraries are scored twice: on the raw text ("raw") and applied
line by line ("lines"), which is how one of them would be wired in. Scores: exact-case accuracy
(a case counts only if every sentence matches), boundary precision/recall (a boundary is the end
offset of every sentence but the last), seconds per MB on synthetic news text, and import time
in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "segmentation" / "cases.jsonl"
SEGMENT_PY = ROOT / "src" / "compare" / "_segment.py"
MB = 1_000_000

Span = tuple[int, int]
Splitter = Callable[[str], list[Span]]

# Punkt learns abbreviations from training text; with no data download allowed we ship the set.


def _words(text: str) -> list[str]:
    return text.split()


PUNKT_ABBREVIATIONS = _words(
    """
mr mrs ms messrs dr drs prof gov govs sen sens rep reps gen gens lt col maj capt cmdr adm sgt cpl pvt spc rev fr
msgr hon pres supt atty insp det mt ft amb vs v cf viz approx e.g i.e no nos vol art fig ch sec pp para
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
inc corp co cos ltd bros jr sr esq etc st ave blvd rd hwy dept univ assn intl govt est
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn
tex va vt wash wis wyo a.m p.m u.s u.k u.n e.u d.c n.y n.j n.h n.c s.c n.d s.d n.m r.i w.va ph.d
"""
) + list("abcdefghijklmnopqrstuvwxyz")
PUNKT_SENT_STARTERS = _words(
    """
a an the this that these those there here it its he she they we i you his her their our but and or so yet still
also however meanwhile instead then now in on at for from with by to of as after before during since while when
where why how what who which if although though because despite according some many most several all both each
officials police authorities residents thousands hundreds dozens earlier later
"""
)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    sentences: list[str]


@dataclass(frozen=True)
class Score:
    exact: int
    cases: int
    precision: float
    recall: float
    failed: list[str]


def load_cases() -> list[Case]:
    with CASES.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [Case(r["id"], r["text"], r["sentences"]) for r in rows]


def locate(text: str, sentences: Iterator[str] | list[str]) -> list[Span]:
    """Map sentence strings back to offsets; a sentence the library rewrote gets an empty span."""
    spans: list[Span] = []
    pos = 0
    for sentence in sentences:
        piece = sentence.strip()
        if not piece:
            continue
        found = text.find(piece, pos)
        if found < 0:
            spans.append((pos, pos))
            continue
        spans.append((found, found + len(piece)))
        pos = found + len(piece)
    return spans


def per_line(split: Splitter) -> Splitter:
    """Apply a splitter to each line separately, so every newline is a hard boundary."""

    def run(text: str) -> list[Span]:
        spans: list[Span] = []
        offset = 0
        for line in text.splitlines(keepends=True):
            if line.strip():
                spans.extend((offset + s, offset + e) for s, e in split(line))
            offset += len(line)
        return spans

    return run


def make_pysbd() -> Splitter:
    import pysbd  # type: ignore[import-untyped]

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: locate(text, segmenter.segment(text))


def make_punkt() -> Splitter:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # type: ignore[import-untyped]

    params = PunktParameters()
    params.abbrev_types = set(PUNKT_ABBREVIATIONS)
    params.sent_starters = set(PUNKT_SENT_STARTERS)
    tokenizer = PunktSentenceTokenizer(params)
    return lambda text: [(s, e) for s, e in tokenizer.span_tokenize(text)]


def make_syntok() -> Splitter:
    from syntok import segmenter  # type: ignore[import-untyped]

    def run(text: str) -> list[Span]:
        spans: list[Span] = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                first, last = sentence[0], sentence[-1]
                spans.append((first.offset, last.offset + len(last.value)))
        return spans

    return run


def load_own() -> ModuleType:
    """Load _segment.py by path: the benchmark must not depend on the rest of the package importing."""
    spec = importlib.util.spec_from_file_location("compare_segment_bench", SEGMENT_PY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_own() -> Splitter:
    split_sentences = load_own().split_sentences
    return lambda text: list(split_sentences(text))


def boundaries(spans: list[Span]) -> set[int]:
    return {end for _, end in spans[:-1]}


def gold_spans(case: Case) -> list[Span]:
    return locate(case.text, case.sentences)


def score(split: Splitter, cases: list[Case]) -> Score:
    exact = tp = fp = fn = 0
    failed: list[str] = []
    for case in cases:
        spans = [(s, e) for s, e in split(case.text) if case.text[s:e].strip()]
        got = [case.text[s:e].strip() for s, e in spans]
        if got == case.sentences:
            exact += 1
        else:
            failed.append(case.id)
        predicted, gold = boundaries(spans), boundaries(gold_spans(case))
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return Score(exact, len(cases), precision, recall, failed)


def synthetic(cases: list[Case], size: int) -> str:
    """Roughly `size` characters of news-like text: corpus texts repeated, one per line."""
    base = "\n".join(case.text for case in cases if case.text.strip()) + "\n"
    return (base * (size // len(base) + 1))[:size]


def seconds(split: Splitter, text: str, repeat: int) -> float:
    """Best of `repeat` runs, with the collector off as timeit does: the machine may be shared."""
    times = []
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            split(text)
            times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return min(times)


IMPORTS = {
    "pysbd": "import pysbd; pysbd.Segmenter(language='en', clean=False)",
    "punkt": "from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer",
    "syntok": "from syntok import segmenter",
    "own": (
        "import importlib.util as u; s = u.spec_from_file_location('m', {path!r}); "
        "m = u.module_from_spec(s); s.loader.exec_module(m)"
    ),
}


def import_seconds(name: str, repeat: int = 5) -> float:
    """Import time in a fresh interpreter, best of `repeat`."""
    stmt = IMPORTS[name].format(path=str(SEGMENT_PY))
    code = f"import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        runs.append(float(out.stdout.strip()))
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing repeats for fast methods (best is kept)")
    parser.add_argument("--show-failures", action="store_true", help="list the ids of the cases each method misses")
    args = parser.parse_args()

    cases = load_cases()
    makers = {"pysbd": make_pysbd, "punkt": make_punkt, "syntok": make_syntok}
    methods: dict[str, Splitter] = {}
    for name, make in makers.items():
        raw = make()
        methods[f"{name} raw"] = raw
        methods[f"{name} lines"] = per_line(raw)
    methods["own"] = make_own()

    print(f"corpus: {len(cases)} cases, {sum(len(c.sentences) for c in cases)} sentences")
    print(f"{'method':<14}{'exact':>12}{'precision':>11}{'recall':>9}")
    for name, split in methods.items():
        s = score(split, cases)
        print(f"{name:<14}{s.exact:>5}/{s.cases:<3} {100 * s.exact / s.cases:5.1f}%{s.precision:>9.3f}{s.recall:>9.3f}")
        if args.show_failures:
            print("    missed:", " ".join(s.failed) or "-")

    print("\nspeed on synthetic news text (best of runs; 'lines' variants for libraries)")
    print(f"{'method':<14}{'s/MB':>8}{'1 MB s':>9}{'2 MB s':>9}{'2MB/1MB':>9}")
    one, two = synthetic(cases, MB), synthetic(cases, 2 * MB)
    for name in ("pysbd lines", "punkt lines", "syntok lines", "own"):
        split = methods[name]
        repeat = 1 if name.startswith("pysbd") else args.repeat
        t1, t2 = seconds(split, one, repeat), seconds(split, two, repeat)
        print(f"{name:<14}{t1:>8.3f}{t1:>9.3f}{t2:>9.3f}{t2 / t1:>9.2f}")

    print("\nraw (no line pre-split) on 100 KB and 200 KB: superlinear methods show a ratio well above 2")
    small, double = synthetic(cases, MB // 10), synthetic(cases, MB // 5)
    for name in ("pysbd raw", "punkt raw", "syntok raw"):
        split = methods[name]
        t1, t2 = seconds(split, small, 1), seconds(split, double, 1)
        print(f"{name:<14}{t1:>8.3f}{t2:>9.3f}{t2 / t1:>9.2f}")

    print("\nno punctuation at all, one line (pieces must stay bounded)")
    for size in (MB // 10, MB):
        text = ("lorem ipsum dolor sit amet " * (size // 27 + 1))[:size]
        for name in ("punkt lines", "syntok lines", "own"):
            split = methods[name]
            start = time.perf_counter()
            spans = split(text)
            took = time.perf_counter() - start
            longest = max(e - s for s, e in spans)
            print(f"{name:<14}{size // 1000:>6} KB {took:>8.3f} s   longest piece {longest} chars")

    print("\nimport time in a fresh interpreter (best of 5)")
    for name in IMPORTS:
        print(f"{name:<14}{import_seconds(name):>8.3f} s")
    median = statistics.median(len(c.text) for c in cases)
    print(f"\npython {sys.version.split()[0]}; median case length {median:.0f} chars")


if __name__ == "__main__":
    main()
