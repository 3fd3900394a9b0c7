"""Claims that must stay claims: invariance cases made by code from the claim lines of development pages.

Run from the repository root:
    PYTHONPATH=src:bench .venv/bin/python bench/furniture_invariance.py [--basil ../shared/bench/basil-dev.jsonl \
        --basil-labels bench/labels/furniture-basil.jsonl] [--verbose]

Each case takes a claim line of a development page (the development halves of cases.jsonl, fresh2, fresh7 and
fresh8, fresh3-6-dev, and with --basil the development half of the BASIL bodies, read in place) and changes its form
or its place in a way that leaves it a claim (a capability test, as in CheckList: the label is invariant under the
change). The classes:

- ``start``: the claim is the article's first paragraph, the page's claims after it its body, with nothing, a
  headline, a menu and a headline, or a byline above it;
- ``ellipsis``: the claim trails off with an ellipsis (the character or three full stops), is cut short in
  mid-sentence, or ends with a quotation cut short;
- ``mention``: the claim mentions another story or report in passing ("The Associated Press reported last week that
  ...", "..., a previous version of this plan showed.");
- ``short``: a claim of three to six words about the page's own names and figures, a paragraph of its own;
- ``plain``: a claim holding the words of furniture (read, watch, video, photo, follow, subscribe) in their plain
  sense ("Police read him his rights.", "Video showed the boat rocking.");
- ``beside``: the claim moved directly below or above a furniture line of the article's body.

A case passes when no sentence of the claim line is set aside. The tests (tests/test_furniture_claims_kept.py) run a
fixed sample of every class; this script runs them all and prints each class's pass rate.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import compare
from compare._furniture import CLAIM, find_furniture
from compare._text._segment import split_sentences
from furniture import CASES, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, is_held_out, load, load_basil

OTHER = "Nothing else happened."
CLASSES = ("start", "ellipsis", "mention", "short", "plain", "beside")
# A claim line this short or shorter is no sentence to build on.
_MIN_WORDS = 6
# The body a moved claim keeps below it: a page has an article.
_MIN_BODY_LINES = 2
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_NAME = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|But|And|He|She|It|They|We|This|That|His|Her|Their)\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\b"
)
_FIGURE = re.compile(r"\b\d[\d,]*\b")
_LOWER_OPENERS = frozenset(
    (
        *("The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "His", "Her"),
        *("Their", "Its", "Our", "In", "On", "At", "For", "But", "And", "After", "Before"),
    )
)
OUTLETS = ("The Associated Press", "Reuters", "The Herald", "Local 6", "The Courier", "the BBC")
MENU = ("News", "Sport", "Weather", "Opinion")


class Case(NamedTuple):
    """One invariance case: its class and variant, where its claim came from, the page, and the claim's line."""

    kind: str
    variant: str
    origin: str
    lines: tuple[str, ...]
    claim: int

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.variant}-{self.origin}"


def development_pages(basil: Path | None = None, labels: Path | None = None) -> list[tuple[str, dict[str, Any]]]:
    """The development pages as (name, page): never a line of a validation half or of the blind set."""
    pages: list[tuple[str, dict[str, Any]]] = []
    for name, path in (("cases", CASES), ("fresh2", FRESH2), ("fresh7", FRESH7), ("fresh8", FRESH8)):
        pages += [(f"{name}:{i}", p) for i, p in enumerate(load(path)) if not is_held_out(p)]
    for name, path in (("fresh3", FRESH3), ("fresh4", FRESH4), ("fresh5", FRESH5), ("fresh6", FRESH6)):
        pages += [(f"{name}:{i}", p) for i, p in enumerate(load(path))]
    if basil and labels:
        articles = load_basil(basil, labels)
        pages += [(f"basil:{i}", p) for i, p in enumerate(articles) if p["half"] != "validation"]
    return pages


def cases(pages: list[tuple[str, dict[str, Any]]]) -> Iterator[Case]:
    """Every case of every class, page by page."""
    for origin, page in pages:
        texts = [line["text"] for line in page["lines"]]
        kinds = [line["kind"] for line in page["lines"]]
        claims = [i for i, kind in enumerate(kinds) if kind == "claim" and _usable(texts[i])]
        for i in claims:
            where = f"{origin}:{i}"
            yield from _start(texts, kinds, i, where)
            yield from _ellipsis(texts, i, where)
            if "dateline" not in page["lines"][i]:
                # A report mentioned before a dateline would put the dateline inside the sentence.
                yield from _mention(texts, i, where)
            yield from _inserted(texts, i, where, "short", _SHORT)
            yield from _inserted(texts, i, where, "plain", _PLAIN)
            yield from _beside(texts, kinds, i, where)


def _usable(text: str) -> bool:
    return len(text.split()) >= _MIN_WORDS and bool(_END.search(text)) and "\n" not in text


def _bare(text: str) -> str:
    """The claim without its closing full stop (a question or quotation keeps its end)."""
    return text.rstrip()[:-1] if text.rstrip().endswith(".") else text.rstrip()


def _lowered(text: str) -> str:
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first in _LOWER_OPENERS else text


def _start(texts: list[str], kinds: list[str], i: int, where: str) -> Iterator[Case]:
    body = [t for t, kind in zip(texts[i + 1 :], kinds[i + 1 :], strict=True) if kind == "claim"]
    if len(body) < _MIN_BODY_LINES:
        return
    headlines = [t for t, kind in zip(texts, kinds, strict=True) if kind == "headline"]
    headline = headlines[0] if headlines else None
    yield Case("start", "first", where, (texts[i], *body), 0)
    if headline:
        yield Case("start", "headline", where, (headline, texts[i], *body), 1)
        yield Case("start", "menu", where, (*MENU, headline, texts[i], *body), len(MENU) + 1)
    yield Case("start", "byline", where, ("By Jane Roe", texts[i], *body), 1)


def _with(texts: list[str], i: int, line: str) -> tuple[str, ...]:
    return (*texts[:i], line, *texts[i + 1 :])


def _ellipsis(texts: list[str], i: int, where: str) -> Iterator[Case]:
    bare = _END.sub("", texts[i])
    words = bare.split()
    yield Case("ellipsis", "character", where, _with(texts, i, bare + "\u2026"), i)
    yield Case("ellipsis", "stops", where, _with(texts, i, bare + "..."), i)
    yield Case("ellipsis", "cut", where, _with(texts, i, " ".join(words[: max(4, 2 * len(words) // 3)]) + "\u2026"), i)
    yield Case(
        "ellipsis", "quotation", where, _with(texts, i, f"{bare}, one witness said: \u201cIt was like\u2026\u201d"), i
    )


_MENTIONS = (
    "{outlet} reported last week that {lower}",
    "As first reported by {outlet}, {lower}",
    "{bare}, according to a report {outlet} published on Monday.",
    "In a story published on Tuesday, {outlet} said {lower}",
    "{bare}, the newspaper reported in an article that ran on its front page.",
    "{bare}; a previous version of this plan was rejected in 2019.",
    "{bare}, a report first published in full by {outlet} said.",
    "{bare}, the station's reporter said in a story that aired on Sunday.",
)


def _mention(texts: list[str], i: int, where: str) -> Iterator[Case]:
    for number, template in enumerate(_MENTIONS):
        outlet = OUTLETS[(number + i) % len(OUTLETS)]
        line = template.format(outlet=outlet, lower=_lowered(texts[i]), bare=_bare(texts[i]))
        yield Case("mention", str(number), where, _with(texts, i, line[0].upper() + line[1:]), i)


def _names(text: str) -> tuple[str, str]:
    """A name the claim gives (not its first word, which any sentence capitalises) and a figure, or stand-ins."""
    names = [match.group() for match in _NAME.finditer(text) if match.start() > 0] or ["Jane Roe"]
    figures = _FIGURE.findall(text) or ["12"]
    return names[0], figures[0]


_SHORT = (
    "{name} was arrested.",
    "{figure} people were hurt.",
    "{name} denied the charges.",
    "No one was injured.",
    "{name} declined to comment.",
    "The vote was {figure} to 2.",
)
_PLAIN = (
    "Police read {name} his rights before the hearing.",
    "Video showed {name} walking into the building on Monday.",
    "A photo of {name} was shared widely online after the vote.",
    "About {figure} people follow the case closely, {name} said.",
    "Officers watched the video several times before the arrest.",
    "{name} had read the report before the meeting began.",
    "Some {figure} residents subscribe to the council's text alerts.",
    "Supporters followed {name} from town to town.",
)


def _inserted(texts: list[str], i: int, where: str, kind: str, templates: tuple[str, ...]) -> Iterator[Case]:
    """A claim made from the names and figures of the claim line, a paragraph of its own below it."""
    name, figure = _names(texts[i])
    for number, template in enumerate(templates):
        line = template.format(name=name, figure=figure)
        yield Case(kind, str(number), where, (*texts[: i + 1], line, *texts[i + 1 :]), i + 1)


def _beside(texts: list[str], kinds: list[str], i: int, where: str) -> Iterator[Case]:
    """The claim moved directly below a furniture line that a claim follows, or directly above one that a claim
    precedes, in the article's body: beside the furniture, never inside a group of it (between a caption and its
    credit)."""
    rest = [t for j, t in enumerate(texts) if j != i]
    kinds = [k for j, k in enumerate(kinds) if j != i]
    for j in range(1, len(rest) - 1):
        if kinds[j] == "claim" or "claim" not in kinds[:j]:
            continue
        if kinds[j + 1] == "claim":
            yield Case("beside", f"below{j}", where, (*rest[: j + 1], texts[i], *rest[j + 1 :]), j + 1)
        if kinds[j - 1] == "claim":
            yield Case("beside", f"above{j}", where, (*rest[:j], texts[i], *rest[j:]), j)


def kept(case: Case) -> bool:
    """Whether no sentence of the case's claim line is set aside (through the public API)."""
    text, start, end = _page(case)
    sentences = compare.compare(text, OTHER).sentences_a
    return not any(s.boilerplate for s in sentences if s.start < end and s.end > start)


def kept_fast(case: Case) -> bool:
    """The same as kept, through the two stages that decide it (segmentation and the furniture stage) alone: the
    script runs thousands of cases."""
    text, start, end = _page(case)
    spans = split_sentences(text, max_chars=compare.Settings().max_sentence_chars)
    parts = find_furniture(text, spans, [OTHER])
    return all(part.role == CLAIM for (s, e), part in zip(spans, parts, strict=True) if s < end and e > start)


def _page(case: Case) -> tuple[str, int, int]:
    """The case's page as text, and the span of its claim line."""
    start = sum(len(line) + 1 for line in case.lines[: case.claim])
    return "\n".join(case.lines), start, start + len(case.lines[case.claim])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path)
    parser.add_argument("--basil-labels", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list the cases whose claim is set aside")
    parser.add_argument("--only", choices=CLASSES, action="append", help="run these classes only")
    arguments = parser.parse_args()
    total: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    for case in cases(development_pages(arguments.basil, arguments.basil_labels)):
        if arguments.only and case.kind not in arguments.only:
            continue
        total[case.kind] += 1
        ok = kept_fast(case)
        passed[case.kind] += ok
        if not ok and arguments.verbose:
            print(f"  set aside {case.name}: {case.lines[case.claim][:120]!r}")
    for kind in CLASSES:
        if total[kind]:
            print(f"{kind:<9} {passed[kind]:>5}/{total[kind]:<5} kept ({passed[kind] / total[kind]:.3f})")


if __name__ == "__main__":
    main()
