"""The pipeline: segment, set boilerplate aside, normalise, score, match, classify."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._align._match import select_links
from ._align._neighbours import neighbour_links
from ._align._relatedness import relatedness
from ._align._score import PairScores, score_pairs
from ._errors import InputError
from ._events import Candidate, one_event
from ._facts._alike import facts_alike
from ._facts._classify import find_conflicts, find_contradictions, find_elsewhere
from ._facts._details import find_details
from ._facts._facts import ReportFacts
from ._facts._names import name_key
from ._facts._restated import asked_keys, slips, stated_keys
from ._furniture import CLAIM, Part, find_furniture
from ._inputs._report import Report, refuse_file_name
from ._model import Comparison, Conflict, Contradiction, Detail, Link, Sentence
from ._providers import provides
from ._settings import Settings
from ._text._language import detect_language
from ._text._normalize import Token, tokenize, unify_keys
from ._text._segment import split_sentences

if TYPE_CHECKING:
    from ._semantic._links import Candidates

__all__ = ["claim_tokens", "compare", "measure_relatedness"]

_SCORE_DIGITS = 4
# Links this strong tell one claim nearly word for word: the one figure or date each sentence gives is compared even
# when the words around the two differ (see find_conflicts).
_CLOSE_SCORE = 0.9
# A report's own figures are compared only for things rarer than "people", "others" or "points": see
# find_contradictions.
_CONTRADICTION_MIN_RARITY = 1.5
# Two sentences of one report that tell one claim share at least two rare words besides what they count.
_MIN_SHARED_RARITY = 2.0
_MIN_SHARED_RARE_WORDS = 2
# The model score two sentences of one report need to count as one claim told twice. Scored alone, every shared
# word of a pair is distinctive, so sentences of one sports report ("33 homers", "30-homer season") score 0.4-0.8;
# on ECB+ this bar leaves few findings (docs/conflicts.md).
_SELF_MIN_SCORE = 0.9
# Links as (A's claim, B's claim, score).
_Scored = list[tuple[int, int, float]]


@provides
def compare(a: Report | str, b: Report | str, *, settings: Settings | None = None) -> Comparison:
    """Compare two reports of the same event.

    Args:
        a: Report A, or its text.
        b: Report B, or its text.
        settings: Thresholds and knobs; the defaults when ``None``.

    Returns:
        What the reports agree on, what only one says, and where they conflict.

    Raises:
        InputError: A report is empty or not text, or a ``str`` that names a file and holds no sentence (a
            ``str`` is a report's text: pass a file as a ``Path`` to ``Report.from_file``).
    """
    settings = settings or Settings()
    report_a = _as_report(a, "A")
    report_b = _as_report(b, "B")
    sentences_a = _sentences(report_a, settings)
    sentences_b = _sentences(report_b, settings)
    sentences_a, sentences_b = _mark_boilerplate(report_a, sentences_a, report_b, sentences_b, settings)
    found = _links(report_a, sentences_a, report_b, sentences_b, settings)
    return Comparison(
        report_a,
        report_b,
        sentences_a,
        sentences_b,
        settings=settings,
        language_a=detect_language(report_a.text),
        language_b=detect_language(report_b.text),
        **found,
    )


@provides
def measure_relatedness(comparison: Comparison) -> float:
    """The comparison's relatedness measured again from its sentences and links (for JSON written without it).

    Args:
        comparison: A comparison.

    Returns:
        What :func:`compare` gives as ``Comparison.relatedness`` for the same sentences and links.
    """
    claims_a = [s for s in comparison.sentences_a if not s.boilerplate]
    claims_b = [s for s in comparison.sentences_b if not s.boilerplate]
    tokens_a, tokens_b = claim_tokens(claims_a, claims_b, comparison.settings.aliases)
    measured = relatedness(
        tokens_a, tokens_b, len({link.a for link in comparison.links}), len({link.b for link in comparison.links})
    )
    return round(measured, _SCORE_DIGITS)


def _as_report(report: Report | str, default_name: str) -> Report:
    if isinstance(report, str):
        refuse_file_name(report, default_name)
        return Report(report, name=default_name)
    if not isinstance(report, Report):
        raise InputError(f"report {default_name} must be a Report or str, not {type(report).__name__}")
    if report.name is None:
        return attrs.evolve(report, name=default_name)
    return report


def _sentences(report: Report, settings: Settings) -> tuple[Sentence, ...]:
    spans = report.sentence_spans
    if spans is None:
        spans = split_sentences(report.text, max_chars=settings.max_sentence_chars)
    return tuple(Sentence(index, report.text[start:end], start, end) for index, (start, end) in enumerate(spans))


def _mark_boilerplate(
    report_a: Report,
    sentences_a: tuple[Sentence, ...],
    report_b: Report,
    sentences_b: tuple[Sentence, ...],
    settings: Settings,
) -> tuple[tuple[Sentence, ...], tuple[Sentence, ...]]:
    if not settings.boilerplate:
        return sentences_a, sentences_b
    same_outlet = report_a.source is not None and report_a.source == report_b.source
    texts_a = [s.text for s in sentences_a]
    texts_b = [s.text for s in sentences_b]
    parts_a = _parts(report_a, sentences_a, texts_b, same_outlet=same_outlet)
    parts_b = _parts(report_b, sentences_b, texts_a, same_outlet=same_outlet)
    return _marked(sentences_a, parts_a), _marked(sentences_b, parts_b)


def _parts(
    report: Report, sentences: tuple[Sentence, ...], others: list[str], *, same_outlet: bool
) -> tuple[Part, ...]:
    # Sentences given one by one (Report.from_sentences) are joined by line breaks that are no page's lines.
    spans = [(s.start, s.end) for s in sentences]
    return find_furniture(report.text, spans, others, same_outlet=same_outlet, page=report.sentence_spans is None)


def _marked(sentences: tuple[Sentence, ...], parts: tuple[Part, ...]) -> tuple[Sentence, ...]:
    """The sentences with their roles on the page: every role but a claim is boilerplate."""
    return tuple(
        attrs.evolve(s, boilerplate=part.role != CLAIM, role=part.role, dateline=part.dateline)
        if part.role != CLAIM or part.dateline
        else s
        for s, part in zip(sentences, parts, strict=True)
    )


def _claim_text(sentence: Sentence) -> Sentence:
    """The sentence as a claim: its dateline blanked, offsets kept, so that the place, the agency and the date of
    the dateline are never a claim's words, a detail or a conflict."""
    if sentence.dateline is None:
        return sentence
    start, end = sentence.dateline
    return attrs.evolve(sentence, text=sentence.text[:start] + " " * (end - start) + sentence.text[end:])


def _links(
    report_a: Report,
    sentences_a: tuple[Sentence, ...],
    report_b: Report,
    sentences_b: tuple[Sentence, ...],
    settings: Settings,
) -> dict[str, Any]:
    """The links, the contradictions and the details, as keyword arguments of Comparison."""
    claims_a = [_claim_text(s) for s in sentences_a if not s.boilerplate]
    claims_b = [_claim_text(s) for s in sentences_b if not s.boilerplate]
    if not claims_a or not claims_b:
        return {"links": (), "relatedness": 0.0}
    aliases = _alias_keys(settings.aliases)
    tokens_a, tokens_b, scores, matched = _engine_links(claims_a, claims_b, settings)
    facts_a = ReportFacts([s.text for s in claims_a], tokens_a, report_a.published)
    facts_b = ReportFacts([s.text for s in claims_b], tokens_b, report_b.published)
    links = []
    # Each link with its score and the engine's own score, which says how closely the words match.
    if settings.semantic:
        engine = _enough(matched, tokens_a, tokens_b, settings)
        candidates = _semantic_candidates(claims_a, claims_b, scores, engine, settings)
        chosen, neighbours = _semantic_choice(candidates, scores, tokens_a, tokens_b, settings)
    else:
        chosen = [(i, j, score, score) for i, j, score in _enough(matched, tokens_a, tokens_b, settings)]
        neighbours = _enough(neighbour_links(matched, scores, tokens_a, tokens_b), tokens_a, tokens_b, settings)
    chosen = sorted([*chosen, *((i, j, score, score) for i, j, score in neighbours)])
    # A neighbour linked by its place tells another part of the claim, with values of its own (see _neighbours).
    unread = {(i, j) for i, j, _ in neighbours}
    for i, j, score, words in chosen:
        conflicts = (
            () if (i, j) in unread else find_conflicts(facts_a[i], facts_b[j], aliases, close=words >= _CLOSE_SCORE)
        )
        conflicts = tuple(_with_elsewhere(c, (i, facts_a, claims_a), (j, facts_b, claims_b)) for c in conflicts)
        links.append(Link(claims_a[i].index, claims_b[j].index, round(score, _SCORE_DIGITS), conflicts))
    # Reports of two events of one kind disagree wherever their stock sentences meet (see _events).
    keep = one_event(
        [Candidate(i, j, link.is_conflicting) for (i, j, _, _), link in zip(chosen, links, strict=True)],
        tokens_a,
        tokens_b,
        [s.text for s in claims_a],
        [s.text for s in claims_b],
    )
    chosen = [c for c, kept in zip(chosen, keep, strict=True) if kept]
    links = [link for link, kept in zip(links, keep, strict=True) if kept]
    positions = [(i, j) for i, j, _, _ in chosen]
    linked_a, linked_b = len({i for i, _ in positions}), len({j for _, j in positions})
    return {
        "links": tuple(links),
        "relatedness": round(relatedness(tokens_a, tokens_b, linked_a, linked_b), _SCORE_DIGITS),
        "contradictions_a": _contradictions(claims_a, tokens_a, facts_a, settings),
        "contradictions_b": _contradictions(claims_b, tokens_b, facts_b, settings),
        "details_a": _details(
            claims_a,
            tokens_a,
            tokens_b,
            [(i, j, [c.a_span for c in link.conflicts]) for (i, j), link in zip(positions, links, strict=True)],
            settings,
        ),
        "details_b": _details(
            claims_b,
            tokens_b,
            tokens_a,
            [(j, i, [c.b_span for c in link.conflicts]) for (i, j), link in zip(positions, links, strict=True)],
            settings,
        ),
    }


def _semantic_candidates(
    claims_a: Sequence[Sentence],
    claims_b: Sequence[Sentence],
    scores: PairScores,
    matched: _Scored,
    settings: Settings,
    *,
    min_cosine: float | None = None,
) -> Candidates:
    """The claim pairs the model that adds the encoder's cosine to the engine's evidence may link (Settings.semantic),
    with their features; the engine's links among its features are the matching rule's (see semantic_candidates)."""
    from ._semantic._links import semantic_candidates

    return semantic_candidates(
        scores,
        [(i, j) for i, j, _ in matched],
        [s.text for s in claims_a],
        [s.text for s in claims_b],
        settings,
        min_cosine=min_cosine,
    )


def _semantic_choice(
    candidates: Candidates,
    scores: PairScores,
    tokens_a: Sequence[tuple[Token, ...]],
    tokens_b: Sequence[tuple[Token, ...]],
    settings: Settings,
    model: Mapping[str, Any] | None = None,
) -> tuple[list[tuple[int, int, float, float]], _Scored]:
    """The links the model chooses, each with its probability and the engine's own score, and the neighbours that
    tell the rest of their claims (see _neighbours), each with its engine score.

    The neighbour rule looks next to the model's links as it looks next to the matching rule's without the model: a
    second partner is found by its place, on evidence the model, which reads one pair at a time, does not weigh.

    Args:
        candidates: The pairs the model may link (_semantic_candidates).
        scores: The engine's scores of the claim pairs.
        tokens_a: A's claims' tokens.
        tokens_b: B's.
        settings: The settings.
        model: The model's weights, bias and threshold as keyword arguments of semantic_links (the fitted ones
            unless fitting).
    """
    from ._semantic._links import semantic_links

    pairs = zip(candidates.a.tolist(), candidates.b.tolist(), strict=True)
    words = dict(zip(pairs, candidates.engine_score.tolist(), strict=True))
    chosen = [
        (i, j, probability, words[i, j])
        for i, j, probability in semantic_links(candidates, settings.relative_threshold, **(model or {}))
        if _claim_evidence(tokens_a[i], tokens_b[j]) >= settings.min_claim_weight
    ]
    neighbours = neighbour_links([(i, j, p) for i, j, p, _ in chosen], scores, tokens_a, tokens_b)
    return chosen, _enough(neighbours, tokens_a, tokens_b, settings)


@attrs.frozen
class SemanticEvidence:
    """For fitting the semantic model (bench/semantic.py): a comparison's claims, the features of every pair of
    them, and what the pipeline chooses from them with a given model."""

    claims_a: tuple[Sentence, ...]
    claims_b: tuple[Sentence, ...]
    candidates: Candidates
    scores: PairScores
    tokens_a: tuple[tuple[Token, ...], ...]
    tokens_b: tuple[tuple[Token, ...], ...]
    settings: Settings

    def links(self, weights: Sequence[float], bias: float, threshold: float) -> list[tuple[int, int]]:
        """The pairs of claims (positions among the claims) the pipeline links with this model, neighbours too."""
        model = {"weights": weights, "bias": bias, "threshold": threshold}
        chosen, neighbours = _semantic_choice(
            self.candidates, self.scores, self.tokens_a, self.tokens_b, self.settings, model
        )
        return sorted([*((i, j) for i, j, _, _ in chosen), *((i, j) for i, j, _ in neighbours)])


def semantic_evidence(comparison: Comparison, semantic_model: str | None = None) -> SemanticEvidence:
    """For fitting the semantic model: the evidence of a comparison made with the setting off, with the model found
    as Settings.semantic_model says."""
    claims_a = tuple(_claim_text(s) for s in comparison.sentences_a if not s.boilerplate)
    claims_b = tuple(_claim_text(s) for s in comparison.sentences_b if not s.boilerplate)
    tokens_a, tokens_b, scores, matched = _engine_links(claims_a, claims_b, comparison.settings)
    engine = _enough(matched, tokens_a, tokens_b, comparison.settings)
    settings = attrs.evolve(comparison.settings, semantic=True, semantic_model=semantic_model)
    candidates = _semantic_candidates(claims_a, claims_b, scores, engine, settings, min_cosine=-1.0)
    return SemanticEvidence(claims_a, claims_b, candidates, scores, tuple(tokens_a), tuple(tokens_b), settings)


def _engine_links(
    claims_a: Sequence[Sentence], claims_b: Sequence[Sentence], settings: Settings
) -> tuple[list[tuple[Token, ...]], list[tuple[Token, ...]], PairScores, _Scored]:
    """The claims' tokens, the engine's scores of their pairs, and the links its matching rule chooses by itself
    (before Settings.min_claim_weight, see _enough: the neighbour rule looks next to all of them)."""
    tokens_a, tokens_b = claim_tokens(claims_a, claims_b, settings.aliases)
    scores = score_pairs(
        [s.text for s in claims_a],
        tokens_a,
        [s.text for s in claims_b],
        tokens_b,
        clause_min_weight=settings.clause_min_weight,
        judge=facts_alike,
    )
    return tokens_a, tokens_b, scores, select_links(scores, settings)


def _enough(
    links: _Scored, tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]], settings: Settings
) -> _Scored:
    """The links whose claims share enough besides names (Settings.min_claim_weight)."""
    return [
        link for link in links if _claim_evidence(tokens_a[link[0]], tokens_b[link[1]]) >= settings.min_claim_weight
    ]


def _with_elsewhere(
    conflict: Conflict,
    side_a: tuple[int, ReportFacts, list[Sentence]],
    side_b: tuple[int, ReportFacts, list[Sentence]],
) -> Conflict:
    """The conflict with the other sentences, if any, in which each report gives the other's figure."""
    if conflict.kind != "number" or conflict.a_span is None or conflict.b_span is None:
        return conflict
    (i, facts_a, claims_a), (j, facts_b, claims_b) = side_a, side_b
    in_b = find_elsewhere(facts_a[i], conflict.a_span, facts_b, j)
    in_a = find_elsewhere(facts_b[j], conflict.b_span, facts_a, i)
    return attrs.evolve(
        conflict,
        a_elsewhere=None if in_a is None else claims_a[in_a].index,
        b_elsewhere=None if in_b is None else claims_b[in_b].index,
    )


def _claim_evidence(tokens_a: Sequence[Token], tokens_b: Sequence[Token]) -> float:
    """The weight two sentences share besides names: what they say, not only whom they name.

    Two sentences of one story name the same people and places throughout; "the bus left Cajamarca for Chiclayo" and
    "the ministry opened an inquiry in Cajamarca" share a name and make different claims.
    """
    keys_b = {t.key for t in tokens_b if t.kind != "name"}
    return sum(t.rarity for t in {t.key: t for t in tokens_a if t.kind != "name" and t.key in keys_b}.values())


def _details(
    claims: list[Sentence],
    tokens: list[tuple[Token, ...]],
    other_tokens: list[tuple[Token, ...]],
    pairs: list[tuple[int, int, list[tuple[int, int] | None]]],
    settings: Settings,
) -> tuple[Detail, ...]:
    """What each linked claim says that none of the claims linked to it says (see _details).

    Args:
        claims: One report's claim sentences.
        tokens: Their tokens.
        other_tokens: The other report's claims' tokens, all of which count as stated.
        pairs: Each link as (this report's claim, the other's claim, the spans in this report's claim of the values
            its conflicts report), the claims as positions in the claim lists.
        settings: The thresholds.
    """
    # What the other report states anywhere, linked to this claim or not: a clause it states in another sentence
    # is no detail only this report gives.
    asked = asked_keys(tokens[mine] for mine in sorted({mine for mine, _, _ in pairs}))
    stated = stated_keys(other_tokens, asked)
    stated |= slips(tokens, stated)
    partners: dict[int, set[str]] = {}
    settled: dict[int, list[tuple[int, int]]] = {}
    for mine, _, spans in pairs:
        partners.setdefault(mine, stated)
        settled.setdefault(mine, []).extend(span for span in spans if span is not None)
    found = []
    for position in sorted(partners):
        sentence = claims[position]
        for start, end in find_details(
            sentence.text,
            tokens[position],
            partners[position],
            settled[position],
            min_weight=settings.detail_min_weight,
            unmatched_share=settings.detail_unmatched_share,
            run_weight=settings.detail_run_weight,
        ):
            start = _after_dateline(sentence, start)
            found.append(Detail(sentence.index, start, end, sentence.text[start:end]))
    return tuple(found)


def _after_dateline(sentence: Sentence, start: int) -> int:
    """Where a detail starts once the sentence's blanked dateline is left out of it."""
    if sentence.dateline is None or start >= sentence.dateline[1]:
        return start
    end = sentence.dateline[1]
    return end + len(sentence.text[end:]) - len(sentence.text[end:].lstrip())


def _contradictions(
    claims: list[Sentence], tokens: list[tuple[Token, ...]], facts: ReportFacts, settings: Settings
) -> tuple[Contradiction, ...]:
    # Asked once per pair of figures, and a pair of sentences may hold several: scored once per pair.
    @functools.cache
    def same_claim(first: int, second: int) -> bool:
        # Two sentences of one report make the same claim when the scorer all but repeats them.
        scores = score_pairs(
            [claims[first].text],
            [tokens[first]],
            [claims[second].text],
            [tokens[second]],
            clause_min_weight=settings.clause_min_weight,
        )
        return bool((scores.score >= _SELF_MIN_SCORE).any())

    return tuple(
        Contradiction(claims[first].index, claims[second].index, conflict)
        for first, second, conflict in find_contradictions(facts, _counting_twice(tokens), same_claim)
    )


def _counting_twice(tokens: list[tuple[Token, ...]]) -> set[tuple[int, int]]:
    """Pairs of sentences that count one thing with different figures and share a rare word besides.

    Read from the normaliser's tokens: a "count" token starts where its number does, so each counted word comes
    with the figure before it. Only these pairs can contradict each other, so only their facts need reading.
    """
    figures_by_thing: dict[str, dict[str, set[int]]] = {}
    for position, sentence_tokens in enumerate(tokens):
        numbers = {t.start: t.key for t in sentence_tokens if t.kind == "number"}
        for token in sentence_tokens:
            if token.kind == "count" and token.rarity >= _CONTRADICTION_MIN_RARITY:
                figure = numbers.get(token.start, "")
                figures_by_thing.setdefault(token.key, {}).setdefault(figure, set()).add(position)
    rare = [
        {t.key for t in sentence_tokens if t.kind in {"word", "name"} and t.rarity >= _MIN_SHARED_RARITY}
        for sentence_tokens in tokens
    ]
    pairs: set[tuple[int, int]] = set()
    for by_figure in figures_by_thing.values():
        groups = sorted(sorted(positions) for positions in by_figure.values())
        for index, group in enumerate(groups):
            for other in groups[index + 1 :]:
                pairs.update(
                    (min(i, j), max(i, j))
                    for i in group
                    for j in other
                    if i != j and len(rare[i] & rare[j]) >= _MIN_SHARED_RARE_WORDS
                )
    return pairs


def _alias_keys(groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """The user's alias groups as keys: each name's word keys joined by spaces -> the group's first form."""
    found: dict[str, str] = {}
    for group in groups:
        forms = sorted({name_key(name) for name in group} - {""})
        for form in forms:
            found[form] = forms[0]
    return found


def claim_tokens(
    claims_a: Sequence[Sentence], claims_b: Sequence[Sentence], aliases: tuple[tuple[str, ...], ...]
) -> tuple[list[tuple[Token, ...]], list[tuple[Token, ...]]]:
    """Each claim's tokens, keys made equal across the two reports, the user's one-word aliases included; a
    dateline has none."""
    return unify_keys(
        [tokenize(_claim_text(s).text) for s in claims_a],
        [tokenize(_claim_text(s).text) for s in claims_b],
        _one_word(_alias_keys(aliases)),
    )


def _one_word(aliases: dict[str, str]) -> dict[str, str]:
    """Aliases that rename one key to another, which linking can use too ("kyiv" -> "kiev")."""
    return {key: value for key, value in aliases.items() if " " not in key and " " not in value and key != value}
