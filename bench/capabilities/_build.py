"""The capabilities and the cases built from them: a seeded walk over the articles, one edit of the capability,
two to four invariance edits in other sentences, two paragraphs swapped, and a half by event."""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import _dates, _forms, _links, _names, _numbers, _polarity, _quotes
from ._ecbplus import load_ecbplus
from ._model import DIRECTIONAL, INVARIANCE, LINK, Article, Capability, Case, Change, Edit, Finder
from ._text import load_articles

SEED = 18
PER_CAPABILITY = 60
PER_ARTICLE = 3
PARAGRAPHS_MOVED = "paragraphs_moved"


def _capability(name: str, family: str, direction: str, find: Finder, kinds: tuple[str, ...] = ()) -> Capability:
    return Capability(name, family, direction, kinds, find, (find.__doc__ or "").split("\n")[0])


def _no_change(article: Article, index: int) -> list[Change]:
    """The first sentence of a paragraph, the paragraph moved elsewhere in the article (no edit of its text)."""
    sentence = article.sentences[index]
    if sentence.start != 0 or sentence.paragraph == 0 or len(article.paragraphs) < 4:
        return []
    return [Change((index,), sentence.paragraph, 0, 0, "")]


CAPABILITIES = (
    _capability("cardinal", "numbers", DIRECTIONAL, _numbers.cardinal, ("number",)),
    _capability("number_word", "numbers", DIRECTIONAL, _numbers.number_word, ("number",)),
    _capability("ordinal", "numbers", DIRECTIONAL, _numbers.ordinal, ("number",)),
    _capability("hedged_figure", "numbers", DIRECTIONAL, _numbers.hedged, ("number",)),
    _capability("money", "numbers", DIRECTIONAL, _numbers.money, ("number",)),
    _capability("percent", "numbers", DIRECTIONAL, _numbers.percent, ("number",)),
    _capability("measure", "numbers", DIRECTIONAL, _numbers.measure, ("number",)),
    _capability("weekday", "dates", DIRECTIONAL, _dates.weekday, ("date",)),
    _capability("month_day", "dates", DIRECTIONAL, _dates.month_day, ("date",)),
    _capability("year", "dates", DIRECTIONAL, _dates.year, ("date",)),
    _capability("negation", "polarity", DIRECTIONAL, _polarity.negation, ("polarity",)),
    _capability("antonym", "polarity", DIRECTIONAL, _polarity.antonym, ("polarity",)),
    _capability("person", "names", DIRECTIONAL, _names.person, ("name",)),
    _capability("place", "names", DIRECTIONAL, _names.place, ("name",)),
    _capability("organisation", "names", DIRECTIONAL, _names.organisation, ("name",)),
    # A quotation given to another person is a change of its speaker: the engine may call it either kind.
    _capability("quote_speaker", "quotes", DIRECTIONAL, _quotes.speaker, ("quote", "name")),
    _capability("quote_word", "quotes", DIRECTIONAL, _quotes.quoted_word, ("quote",)),
    _capability("digits_words", "numbers", INVARIANCE, _numbers.digits_and_words),
    _capability("state_abbreviation", "forms", INVARIANCE, _forms.state_abbreviation),
    _capability("month_abbreviation", "dates", INVARIANCE, _dates.month_abbreviation),
    _capability("acronym_dots", "forms", INVARIANCE, _forms.acronym_dots),
    _capability("acronym_expansion", "forms", INVARIANCE, _forms.acronym_expansion),
    _capability("title", "forms", INVARIANCE, _forms.titles),
    _capability("party_state", "forms", INVARIANCE, _forms.party_state),
    _capability("contraction_quoted", "forms", INVARIANCE, _forms.contraction_quoted),
    _capability("contraction_unquoted", "forms", INVARIANCE, _forms.contraction_unquoted),
    _capability("spoken_form", "forms", INVARIANCE, _forms.spoken_form),
    _capability("name_form", "forms", INVARIANCE, _forms.name_form),
    _capability("date_format", "dates", INVARIANCE, _dates.date_format),
    _capability("percent_form", "forms", INVARIANCE, _forms.percent_form),
    _capability("saying_verb", "forms", INVARIANCE, _forms.saying),
    _capability(PARAGRAPHS_MOVED, "forms", INVARIANCE, _no_change),
    _capability("same_verb", "links", LINK, _links.same_verb),
    _capability("active_passive", "links", LINK, _links.active_passive),
    _capability("reorder", "links", LINK, _links.reorder),
    _capability("split", "links", LINK, _links.split),
    _capability("merge", "links", LINK, _links.merge),
    _capability("figure_in_words", "links", LINK, _numbers.figure_in_words),
)
BY_NAME = {capability.name: capability for capability in CAPABILITIES}
# The edits put in other sentences of every case: meaning kept, one sentence each.
_BACKGROUND = tuple(
    c for c in CAPABILITIES if c.direction == INVARIANCE and c.name not in (PARAGRAPHS_MOVED, "spoken_form")
)


def half(event: str) -> str:
    """The half an event belongs to, by a hash of its id: the same on every machine and in every run."""
    return "dev" if hashlib.sha256(event.encode()).digest()[0] % 2 == 0 else "validation"


def build_cases(
    path: Path | None,
    names: Iterable[str] | None = None,
    *,
    ecbplus: Path | None = None,
    per_capability: int = PER_CAPABILITY,
    per_article: int = PER_ARTICLE,
    seed: int = SEED,
) -> list[Case]:
    """The cases of the capabilities named (all by default) on the articles of a BASIL file, then on the documents
    of an ECB+ pairs file: each source walked on its own, so that adding one leaves the other's cases as they
    were."""
    sources = ([load_articles(path)] if path else []) + ([load_ecbplus(ecbplus)] if ecbplus else [])
    chosen = [BY_NAME[name] for name in names] if names else list(CAPABILITIES)
    return [
        case
        for articles in sources
        for c in chosen
        for case in cases_of(c, articles, per_capability, per_article, seed)
    ]


def cases_of(
    capability: Capability, articles: Sequence[Article], per_capability: int, per_article: int, seed: int
) -> list[Case]:
    """Up to ``per_capability`` cases, at most ``per_article`` from one article: one per article first, over the
    articles in a seeded order, then a second round, so that the cases spread over as many articles as there are."""
    order = list(articles)
    random.Random(f"{seed}:{capability.name}").shuffle(order)
    found = {id(a): _changes_by_sentence(capability, a) for a in order}
    cases: list[Case] = []
    used: dict[int, set[int]] = {id(a): set() for a in order}
    for _ in range(per_article):
        for article in order:
            if len(cases) >= per_capability:
                return cases
            rng = random.Random(f"{seed}:{capability.name}:{article.event}:{article.outlet}:{len(used[id(article)])}")
            free = [
                s for s in sorted(found[id(article)]) if not used[id(article)] & set(found[id(article)][s][0].sentences)
            ]
            if not free:
                continue
            change = rng.choice(found[id(article)][rng.choice(free)])
            used[id(article)].update(range(change.sentences[0] - 1, change.sentences[-1] + 2))
            cases.append(make_case(capability, article, change, rng))
    return cases


# Page furniture, not a claim: a print note, a correction, a video title, a credit, a follow line.
_FURNITURE = re.compile(
    r"appears in print|^Correction:|\bVIDEO\b|contributed to this report|^Follow\b|^Read more|^Related:|^WATCH|^Click"
)


def _claims(article: Article) -> list[int]:
    """The sentences that can be edited: claims, not page furniture."""
    return [i for i, sentence in enumerate(article.sentences) if not _FURNITURE.search(sentence.text)]


def _changes_by_sentence(capability: Capability, article: Article) -> dict[int, list[Change]]:
    by_sentence: dict[int, list[Change]] = {}
    for index in _claims(article):
        changes = capability.find(article, index)
        if changes:
            by_sentence[index] = changes
    return by_sentence


def make_case(capability: Capability, article: Article, change: Change, rng: random.Random) -> Case:
    """Report B: the change, two to four meaning-keeping edits in other sentences, and two paragraphs swapped."""
    background = _background(article, set(range(change.sentences[0] - 1, change.sentences[-1] + 2)), rng)
    swapped = _swap(article, change, capability.name == PARAGRAPHS_MOVED, rng)
    order = list(range(len(article.paragraphs)))
    if swapped:
        first, second = swapped
        order[first], order[second] = order[second], order[first]
    applied = _apply(article, [(capability.name, change), *background], order)
    a_span, b_span = _sentence_spans(article, change, applied[0], order)
    main = applied[0]
    return Case(
        capability=capability.name,
        family=capability.family,
        direction=capability.direction,
        expected_kinds=capability.kinds,
        expect_finding=capability.direction == DIRECTIONAL,
        event=article.event,
        outlet=article.outlet,
        half=article.fixed_half or half(article.event),
        edit=main,
        a_sentence_span=a_span,
        b_sentence_span=b_span,
        others=tuple(applied[1:]),
        swapped=swapped,
        a=article.text,
        b=_b_text(article, [(capability.name, change), *background], order),
    )


def _background(article: Article, excluded: set[int], rng: random.Random) -> list[tuple[str, Change]]:
    """Two to four invariance edits, each in its own sentence outside ``excluded``, of different capabilities
    where the article allows."""
    wanted = rng.randint(2, 4)
    candidates = [(name, change) for name, change in _background_sites(article) if change.sentences[0] not in excluded]
    rng.shuffle(candidates)
    chosen: list[tuple[str, Change]] = []
    taken = set(excluded)
    for kinds_seen_once in (True, False):
        for name, change in candidates:
            if len(chosen) >= wanted:
                return chosen
            if change.sentences[0] in taken or (kinds_seen_once and any(name == n for n, _ in chosen)):
                continue
            chosen.append((name, change))
            taken.update(change.sentences)
    return chosen


@functools.cache
def _background_sites(article: Article) -> tuple[tuple[str, Change], ...]:
    """Every meaning-keeping edit the article allows, read once per article."""
    return tuple(
        (capability.name, change)
        for capability in _BACKGROUND
        for index in _claims(article)
        for change in capability.find(article, index)
    )


def _swap(article: Article, change: Change, far: bool, rng: random.Random) -> tuple[int, int] | None:
    """Two paragraphs to swap: for a paragraph move, the edited paragraph and one at least two away; else any two
    after the first (whose dateline stays in front)."""
    count = len(article.paragraphs)
    if far:
        others = [p for p in range(1, count) if abs(p - change.paragraph) >= 2]
        return tuple(sorted((change.paragraph, rng.choice(others)))) if others else None  # type: ignore[return-value]
    if count < 3:
        return None
    first, second = sorted(rng.sample(range(1, count), 2))
    return first, second


def _apply(article: Article, changes: list[tuple[str, Change]], order: list[int]) -> list[Edit]:
    """Each change as an Edit with its spans in A and B (B's paragraphs in ``order``)."""
    a_starts = _starts(article.paragraphs)
    new_paragraphs = _edited_paragraphs(article, changes)
    b_positions = {p: i for i, p in enumerate(order)}
    b_starts = _starts([new_paragraphs[p] for p in order])
    edits = []
    for name, change in changes:
        shift = sum(
            len(other.replacement) - (other.end - other.start)
            for _, other in changes
            if other.paragraph == change.paragraph and other.end <= change.start and other is not change
        )
        a_start = a_starts[change.paragraph] + change.start
        b_start = b_starts[b_positions[change.paragraph]] + change.start + shift
        first, last = article.sentences[change.sentences[0]], article.sentences[change.sentences[-1]]
        a_sentence = article.paragraphs[change.paragraph][first.start : last.end]
        delta = len(change.replacement) - (change.end - change.start)
        b_text_paragraph = new_paragraphs[change.paragraph]
        b_sentence = b_text_paragraph[first.start + shift : last.end + shift + delta]
        edits.append(
            Edit(
                capability=name,
                old=article.paragraphs[change.paragraph][change.start : change.end],
                new=change.replacement,
                a_sentence=a_sentence,
                b_sentence=b_sentence,
                a_span=(a_start, a_start + change.end - change.start),
                b_span=(b_start, b_start + len(change.replacement)),
            )
        )
    return edits


def _sentence_spans(
    article: Article, change: Change, edit: Edit, order: list[int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    first, last = article.sentences[change.sentences[0]], article.sentences[change.sentences[-1]]
    a_start = _starts(article.paragraphs)[change.paragraph] + first.start
    a_span = (a_start, a_start + last.end - first.start)
    b_start = edit.b_span[0] - (edit.a_span[0] - a_start)
    return a_span, (b_start, b_start + len(edit.b_sentence))


def _edited_paragraphs(article: Article, changes: list[tuple[str, Change]]) -> list[str]:
    paragraphs = list(article.paragraphs)
    for _, change in sorted(changes, key=lambda item: (item[1].paragraph, -item[1].start)):
        text = paragraphs[change.paragraph]
        paragraphs[change.paragraph] = text[: change.start] + change.replacement + text[change.end :]
    return paragraphs


def _b_text(article: Article, changes: list[tuple[str, Change]], order: list[int]) -> str:
    paragraphs = _edited_paragraphs(article, changes)
    return "\n".join(paragraphs[p] for p in order)


def _starts(paragraphs: Sequence[str]) -> list[int]:
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 1
    return starts
