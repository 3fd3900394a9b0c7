"""Site furniture set aside on real news pages: recall per kind, and claims wrongly set aside.

Run from the repository root:
    .venv/bin/python bench/furniture.py [--fresh] [--fresh2] [--fresh4] [--fresh5] [--fresh6] [--fresh7] [--fresh8] \
        [--verbose]
    .venv/bin/python bench/furniture.py --basil ../shared/bench/basil-dev.jsonl \
        --basil-labels bench/labels/furniture-basil.jsonl

The cases (fixtures/furniture/cases.jsonl) are fragments of real pages, one line per paragraph, each labelled with
its kind. Each page goes through the whole engine (segmentation, then the furniture stage) as the lines joined by
newlines. A furniture line counts as set aside when every sentence of it is; a claim line counts as wrongly set
aside when any sentence of it is. A claim's dateline counts as found when the sentence's dateline span is exactly the
labelled prefix.

The pages are split in two halves by a hash of their address, fixed before any rule was written: rules were
developed on the development half only; the held-out half measures them.

fresh2.jsonl (issue 19) holds 41 more pages of outlets that no other file has, labelled blind with the kinds of
issue 19 (author, follow, promotion, video-caption, transition, ...); furniture-basil.jsonl labels the furniture of
the real article bodies of basil-dev.jsonl (every unlabelled line is a claim). Both are scored per half.
fresh4-dev.jsonl and fresh5-dev.jsonl hold 34 and 14 more pages of new outlets, labelled blind and used whole as
development data (fresh5 after the rules of fresh4 were written, so that its blind figure measures them).
fresh6-dev.jsonl holds 36 more, labelled blind after fresh5's rules, chosen for picture credits, appeals, subheadings
and lists of links; development data too. fresh7.jsonl holds 42 more, labelled blind after fresh6's rules and split in
halves as fresh2 is: rules are tuned on its development half only. fresh8.jsonl holds 42 more (US stations and papers,
British and Irish regional sites, Asian and Pacific outlets, blogs, aggregators and scrapers), labelled blind after
fresh7's rules, split in halves the same way.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import compare

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "furniture" / "cases.jsonl"
# 30 pages collected and labelled blind after the rules of both halves were written (docs/quality.md).
FRESH = ROOT / "fixtures" / "furniture" / "fresh.jsonl"
# 41 pages of outlets not in the other files, labelled blind before the rules of issue 19 were written.
FRESH2 = ROOT / "fixtures" / "furniture" / "fresh2.jsonl"
# 34 pages of outlets in no other file, labelled blind (captions, credits, appeals, forms, links), development data.
FRESH4 = ROOT / "fixtures" / "furniture" / "fresh4-dev.jsonl"
# 14 more, labelled blind after the rules of fresh4-dev were written (appeals, credits, comment sections, links).
FRESH5 = ROOT / "fixtures" / "furniture" / "fresh5-dev.jsonl"
# 36 more, labelled blind after the rules of fresh5-dev were written (credits, appeals, subheadings, read-more lists).
FRESH6 = ROOT / "fixtures" / "furniture" / "fresh6-dev.jsonl"
# 42 more (Irish, Canadian, New Zealand, Kenyan, Pakistani, Philippine, Singapore outlets, local US stations), labelled
# blind after the rules of fresh6-dev were written, split in halves by the hash of the address as fresh2 is.
FRESH7 = ROOT / "fixtures" / "furniture" / "fresh7.jsonl"
# 42 more of outlets in no other file, labelled blind after the rules of fresh7 were written, split in halves as fresh2.
FRESH8 = ROOT / "fixtures" / "furniture" / "fresh8.jsonl"
FRESH3 = ROOT / "fixtures" / "furniture" / "fresh3-dev.jsonl"
# The other report of each comparison: one claim that shares no word with any page.
_OTHER = "Nothing else happened."


def load(path: Path = CASES) -> list[dict[str, Any]]:
    """The labelled pages."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def is_held_out(case: dict[str, Any]) -> bool:
    """Whether a page belongs to the held-out half (by a hash of its address, so the split never moves)."""
    return int(hashlib.sha256(case["source"].encode()).hexdigest(), 16) % 2 == 1


def lines_with_sentences(page: dict[str, Any]) -> list[tuple[dict[str, str], list[compare.Sentence]]]:
    """Each labelled line of a page with the engine's sentences in it (lines holding no sentence are left out)."""
    text = "\n".join(line["text"] for line in page["lines"])
    sentences = compare.compare(text, _OTHER).sentences_a
    out = []
    offset = 0
    for line in page["lines"]:
        end = offset + len(line["text"])
        mine = [s for s in sentences if s.start < end and s.end > offset]
        offset = end + 1
        if mine:
            out.append((line, mine))
    return out


def labelled_sets(basil: Path | None, basil_labels: Path | None) -> list[tuple[str, list[dict[str, Any]], bool]]:
    """Every labelled set as (name, pages, development?): the halves of the split sets, the development files, BASIL's
    halves when its articles and labels are given, and the blind set, for the scripts that fit on development pages
    and measure on the rest."""
    sets: list[tuple[str, list[dict[str, Any]], bool]] = []
    for name, path in (("cases", CASES), ("fresh2", FRESH2), ("fresh7", FRESH7), ("fresh8", FRESH8)):
        pages = load(path)
        sets.append((f"{name} dev", [p for p in pages if not is_held_out(p)], True))
        sets.append((f"{name} validation", [p for p in pages if is_held_out(p)], False))
    for name, path in (("fresh3-dev", FRESH3), ("fresh4-dev", FRESH4), ("fresh5-dev", FRESH5), ("fresh6-dev", FRESH6)):
        sets.append((name, load(path), True))
    if basil and basil_labels:
        articles = load_basil(basil, basil_labels)
        sets.append(("basil dev", [p for p in articles if p["half"] != "validation"], True))
        sets.append(("basil validation", [p for p in articles if p["half"] == "validation"], False))
    sets.append(("fresh (blind)", load(FRESH), False))
    return sets


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
        _score_page(case["lines"], counts, datelines=case.get("datelines", True))
    return counts


def load_basil(articles: Path, labels: Path) -> list[dict[str, Any]]:
    """The BASIL articles that carry furniture labels, as pages: every paragraph a claim unless labelled.

    Args:
        articles: basil-dev.jsonl (read in place, never copied).
        labels: furniture-basil.jsonl.

    Returns:
        Pages as in cases.jsonl, each with its ``half`` and without dateline labels (``datelines`` False).

    Raises:
        ValueError: When a label's opening is not the start of the line it names.
    """
    texts: dict[tuple[str, str], str] = {}
    with articles.open(encoding="utf-8") as rows:
        for row in rows:
            event = json.loads(row)
            for outlet, article in event["articles"].items():
                texts[(event["event"], outlet)] = article["text"]
    pages = []
    with labels.open(encoding="utf-8") as rows:
        for row in rows:
            label = json.loads(row)
            paragraphs = texts[(label["event"], label["outlet"])].split("\n")
            lines = [{"text": paragraph, "kind": "claim"} for paragraph in paragraphs]
            for furniture in label["furniture"]:
                line = lines[furniture["line"]]
                if not line["text"].strip().startswith(furniture["opening"]):
                    raise ValueError(f"{labels.name}: {label['event']}/{label['outlet']} line {furniture['line']}")
                line["kind"] = furniture["kind"]
            source = f"{label['event']}/{label['outlet']}"
            pages.append({"source": source, "lines": lines, "half": label["half"], "datelines": False})
    return pages


def _score_page(lines: list[dict[str, str]], counts: dict[str, Any], *, datelines: bool = True) -> None:
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
            _score_claim(line, mine, counts, datelines=datelines)
            continue
        counts["lines"][kind] += 1
        if all(s.boilerplate for s in mine):
            counts["set_aside"][kind] += 1
        else:
            counts["missed"].append((kind, line["text"]))
        if all(s.role in ("headline", "subheading") for s in mine):
            counts["headings"][kind] += 1


def _score_claim(
    line: dict[str, str], sentences: list[compare.Sentence], counts: dict[str, Any], *, datelines: bool
) -> None:
    counts["claims"] += 1
    if any(s.boilerplate for s in sentences):
        counts["claims_set_aside"] += 1
        counts["lost"].append(line["text"])
    if not datelines:
        # Article bodies whose datelines carry no labels: only whether the claim is kept counts.
        return
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
        "--fresh2", action="store_true", help="also score fixtures/furniture/fresh2.jsonl per half, with its errors"
    )
    parser.add_argument(
        "--fresh4", action="store_true", help="also score fixtures/furniture/fresh4-dev.jsonl whole, with its errors"
    )
    parser.add_argument(
        "--fresh5", action="store_true", help="also score fixtures/furniture/fresh5-dev.jsonl whole, with its errors"
    )
    parser.add_argument(
        "--fresh6", action="store_true", help="also score fixtures/furniture/fresh6-dev.jsonl whole, with its errors"
    )
    parser.add_argument(
        "--fresh7", action="store_true", help="also score fixtures/furniture/fresh7.jsonl per half, with its errors"
    )
    parser.add_argument(
        "--fresh8", action="store_true", help="also score fixtures/furniture/fresh8.jsonl per half, with its errors"
    )
    parser.add_argument(
        "--pages", type=Path, action="append", default=[], help="also score this file of pages whole, with its errors"
    )
    parser.add_argument(
        "--basil", type=Path, help="also list what is set aside in the articles of a BASIL file (basil-dev.jsonl)"
    )
    parser.add_argument(
        "--basil-labels",
        type=Path,
        help="with --basil: score the articles against these furniture labels per half instead of listing",
    )
    arguments = parser.parse_args()
    cases = load()
    development = [case for case in cases if not is_held_out(case)]
    held_out = [case for case in cases if is_held_out(case)]
    _report(f"development ({len(development)} pages)", evaluate(development), verbose=arguments.verbose)
    _report(f"held out ({len(held_out)} pages)", evaluate(held_out), verbose=False)
    _report(f"all ({len(cases)} pages)", evaluate(cases), verbose=False)
    if arguments.basil and arguments.basil_labels:
        basil = load_basil(arguments.basil, arguments.basil_labels)
        _report_halves("basil", basil, lambda page: page["half"] == "validation", verbose=arguments.verbose)
    elif arguments.basil:
        _list_set_aside(arguments.basil)
    if arguments.fresh:
        fresh = load(FRESH)
        _report(f"fresh ({len(fresh)} pages)", evaluate(fresh), verbose=arguments.verbose)
    if arguments.fresh2:
        _report_halves("fresh2", load(FRESH2), is_held_out, verbose=arguments.verbose)
    if arguments.fresh7:
        _report_halves("fresh7", load(FRESH7), is_held_out, verbose=arguments.verbose)
    if arguments.fresh8:
        _report_halves("fresh8", load(FRESH8), is_held_out, verbose=arguments.verbose)
    if arguments.fresh6:
        arguments.pages.insert(0, FRESH6)
    if arguments.fresh5:
        arguments.pages.insert(0, FRESH5)
    if arguments.fresh4:
        arguments.pages.insert(0, FRESH4)
    for path in arguments.pages:
        pages = load(path)
        _report(f"{path.name} ({len(pages)} pages)", evaluate(pages), verbose=arguments.verbose)


def _report_halves(
    name: str, pages: list[dict[str, Any]], held_out: Callable[[dict[str, Any]], bool], *, verbose: bool
) -> None:
    """The figures of a label set's development half (with its errors when verbose) and its validation half."""
    development = [page for page in pages if not held_out(page)]
    validation = [page for page in pages if held_out(page)]
    _report(f"{name} development ({len(development)} pages)", evaluate(development), verbose=verbose)
    _report(f"{name} validation ({len(validation)} pages)", evaluate(validation), verbose=False)


if __name__ == "__main__":
    main()
