"""Site furniture set aside on real news pages: recall per kind, and claims wrongly set aside.

Run from the repository root:  .venv/bin/python bench/furniture.py [--fresh] [--verbose]

The cases (fixtures/furniture/cases.jsonl) are fragments of real pages, one line per paragraph, each labelled with
its kind. Each page goes through the whole engine (segmentation, then the furniture stage) as the lines joined by
newlines. A furniture line counts as set aside when every sentence of it is; a claim line counts as wrongly set
aside when any sentence of it is. A claim's dateline counts as found when the sentence's dateline span is exactly the
labelled prefix.

The pages are split in two halves by a hash of their address, fixed before any rule was written: rules were
developed on the development half only; the held-out half measures them.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import compare

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "furniture" / "cases.jsonl"
# 30 pages collected and labelled blind after the rules of both halves were written (docs/quality.md).
FRESH = ROOT / "fixtures" / "furniture" / "fresh.jsonl"
# The other report of each comparison: one claim that shares no word with any page.
_OTHER = "Nothing else happened."


def load(path: Path = CASES) -> list[dict[str, Any]]:
    """The labelled pages."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def is_held_out(case: dict[str, Any]) -> bool:
    """Whether a page belongs to the held-out half (by a hash of its address, so the split never moves)."""
    return int(hashlib.sha256(case["source"].encode()).hexdigest(), 16) % 2 == 1


def evaluate(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Score the engine on labelled pages.

    Args:
        cases: Pages as in cases.jsonl.

    Returns:
        Counts: ``lines`` and ``set_aside`` per furniture kind, ``headings`` (headline and subheading lines kept as
        such), ``claims`` and ``claims_set_aside``, ``datelines`` and ``datelines_found``, ``false_datelines``, and
        the lines wrongly set aside, for reading.
    """
    counts: dict[str, Any] = {
        "lines": Counter(),
        "set_aside": Counter(),
        "headings": Counter(),
        "claims": 0,
        "claims_set_aside": 0,
        "datelines": 0,
        "datelines_found": 0,
        "false_datelines": 0,
        "missed": [],
        "lost": [],
    }
    for case in cases:
        _score_page(case["lines"], counts)
    return counts


def _score_page(lines: list[dict[str, str]], counts: dict[str, Any]) -> None:
    text = "\n".join(line["text"] for line in lines)
    sentences = compare.compare(text, _OTHER).sentences_a
    offset = 0
    for line in lines:
        end = offset + len(line["text"])
        mine = [s for s in sentences if s.start < end and s.end > offset]
        offset = end + 1
        if not mine:
            continue
        kind = line["kind"]
        if kind == "claim":
            _score_claim(line, mine, counts)
            continue
        counts["lines"][kind] += 1
        if all(s.boilerplate for s in mine):
            counts["set_aside"][kind] += 1
        else:
            counts["missed"].append((kind, line["text"]))
        if all(s.role in ("headline", "subheading") for s in mine):
            counts["headings"][kind] += 1


def _score_claim(line: dict[str, str], sentences: list[compare.Sentence], counts: dict[str, Any]) -> None:
    counts["claims"] += 1
    if any(s.boilerplate for s in sentences):
        counts["claims_set_aside"] += 1
        counts["lost"].append(line["text"])
    first = sentences[0]
    found = first.text[slice(*first.dateline)] if first.dateline else None
    if "dateline" in line:
        counts["datelines"] += 1
        counts["datelines_found"] += found == line["dateline"].strip()
    elif found is not None:
        counts["false_datelines"] += 1
        counts["lost"].append(f"[dateline {found!r}] {line['text']}")


def recall(counts: dict[str, Any]) -> float:
    """Furniture lines set aside, of all furniture lines."""
    return sum(counts["set_aside"].values()) / max(1, sum(counts["lines"].values()))


def claim_loss(counts: dict[str, Any]) -> float:
    """Claim lines wrongly set aside, of all claim lines."""
    return float(counts["claims_set_aside"]) / max(1, counts["claims"])


def _report(name: str, counts: dict[str, Any], *, verbose: bool) -> None:
    print(f"{name}: {sum(counts['lines'].values())} furniture lines, {counts['claims']} claim lines")
    for kind in sorted(counts["lines"]):
        total, found = counts["lines"][kind], counts["set_aside"][kind]
        heading = f"  kept as heading {counts['headings'][kind]}/{total}" if kind in ("headline", "subheading") else ""
        print(f"  {kind:<14} {found:>3}/{total:<3} {found / total:.2f}{heading}")
    print(f"  all furniture  {recall(counts):.3f}   claims set aside {counts['claims_set_aside']}/{counts['claims']}")
    print(
        f"  claim false-positive rate {claim_loss(counts):.3f}   datelines found "
        f"{counts['datelines_found']}/{counts['datelines']}, on claims without one {counts['false_datelines']}"
    )
    if verbose:
        for kind, text in counts["missed"]:
            print(f"    missed {kind}: {text[:110]!r}")
        for text in counts["lost"]:
            print(f"    lost claim: {text[:110]!r}")


def _list_set_aside(path: Path) -> None:
    """Every sentence the engine sets aside in real articles that carry no labels, to read: claims lost show here."""
    count = 0
    with path.open(encoding="utf-8") as rows:
        for row in rows:
            event = json.loads(row)
            for outlet, article in sorted(event["articles"].items()):
                for sentence in compare.compare(article["text"], _OTHER).sentences_a:
                    if sentence.boilerplate:
                        count += 1
                        print(f"  {event['event'][:8]}/{outlet.lower()} {sentence.role}: {sentence.text[:110]!r}")
    print(f"set aside in {path.name}: {count} sentences")


def main() -> None:
    """Print the figures of both halves and of the whole file."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the development half's errors")
    parser.add_argument(
        "--fresh", action="store_true", help="also score fixtures/furniture/fresh.jsonl, with its errors"
    )
    parser.add_argument(
        "--basil", type=Path, help="also list what is set aside in the articles of a BASIL file (basil-dev.jsonl)"
    )
    arguments = parser.parse_args()
    cases = load()
    development = [case for case in cases if not is_held_out(case)]
    held_out = [case for case in cases if is_held_out(case)]
    _report(f"development ({len(development)} pages)", evaluate(development), verbose=arguments.verbose)
    _report(f"held out ({len(held_out)} pages)", evaluate(held_out), verbose=False)
    _report(f"all ({len(cases)} pages)", evaluate(cases), verbose=False)
    if arguments.basil:
        _list_set_aside(arguments.basil)
    if arguments.fresh:
        fresh = load(FRESH)
        _report(f"fresh ({len(fresh)} pages)", evaluate(fresh), verbose=arguments.verbose)


if __name__ == "__main__":
    main()
