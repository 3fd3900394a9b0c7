"""Topical coherence beside the furniture rules (issue 19): does a line that shares nothing with its article's event
tell another story's paragraph from a claim?

Run from the repository root:
    PYTHONPATH=src .venv/bin/python bench/furniture_coherence.py \
        --basil ../shared/bench/basil-dev.jsonl --basil-labels bench/labels/furniture-basil.jsonl [--semantic]

For each labelled line that the rules keep (not every sentence of it set aside), what it shares with the article:
the engine's own keys (``compare._text._normalize.tokenize``: stems, names, numbers, acronyms) weighted by their
rarity, counted when the key also stands in the article's reference. Two references: the headline and the first
kept paragraphs (``core``), and every other kept line of the page at least three lines away (``page``: a run of
another story's paragraphs shares words with itself, not with the article). A key is distinctive when it is a name,
a number or an acronym, or a word whose rarity is at least ``--rare``; ``shared`` is the more of the two. A line is
a candidate for another story when the distinctive weight it shares is under a threshold, it has at least ``own`` of
its own (a paragraph of another story names its own people and places), it is not the first kept line, its page
keeps at least ``least_kept`` lines, and it stands in a run of at least ``run`` such kept lines or in the run that
ends the page's kept lines. ``--semantic`` adds a second measure: cosine of the line to the centroid of the headline
and the first kept paragraphs (the optional model, ``compare._semantic``), alone or with the key weight under a
bound as well.

Every setting of the grid is chosen on the DEVELOPMENT pages only (development halves of cases.jsonl, fresh2, fresh7
and BASIL, and fresh3-6-dev): the most furniture set aside with at most ``--allowed`` development claim lines lost
beyond the rules. The validation halves and fresh.jsonl are printed only with ``--measure``, at the chosen settings.

Scoring as bench/furniture.py: a furniture line counts as set aside when every sentence of it is, a claim line as
lost when any sentence of it is.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

import compare
from compare._text._normalize import tokenize
from furniture import labelled_sets, lines_with_sentences

# Kinds of key that tie a line to an event whatever their frequency in English.
_EVENT_KINDS = frozenset({"name", "number", "acronym", "duration"})
# Lines nearer than this are left out of the page reference: a run of another story shares words with itself.
_NEAR = 3


class Line(NamedTuple):
    """A labelled line of a page with what the rules made of it and what it shares with its article."""

    page: int
    position: int
    furniture: bool
    kind: str
    rules_all: bool
    rules_any: bool
    core: float
    page_shared: float
    cosine: float
    own: float
    kept_lines: int
    contained: float
    text: str

    @property
    def shared(self) -> float:
        """What the line shares with either reference: the more of the two."""
        return max(self.core, self.page_shared)


def _keys(text: str, rare: float) -> dict[str, float]:
    """The line's distinctive keys with their weight (a name or number at least the rarity floor)."""
    keys: dict[str, float] = {}
    for token in tokenize(text):
        if token.kind in _EVENT_KINDS or token.rarity >= rare:
            keys[token.key] = max(keys.get(token.key, 0.0), max(token.rarity, rare))
    return keys


Rows = list[tuple[dict[str, str], list[compare.Sentence]]]


def read_page(number: int, rows: Rows, *, rare: float, core_lines: int, encoder: Any) -> list[Line]:
    """The page's lines with their coherence to the article the rules keep."""
    headline = [i for i, (_, mine) in enumerate(rows) if any(s.role == "headline" for s in mine)]
    kept = [i for i, (_, mine) in enumerate(rows) if not all(s.boilerplate for s in mine)]
    keys = [_keys(line["text"], rare) for line, _ in rows]
    core = headline[:1] + kept[:core_lines]
    cosines = _cosines(rows, kept, core, encoder)
    lines = []
    for i, (line, mine) in enumerate(rows):
        reference_core: set[str] = set().union(*(keys[j] for j in core if j != i))
        reference_page: set[str] = set().union(*(keys[j] for j in kept + headline[:1] if abs(j - i) >= _NEAR))
        lines.append(
            Line(
                page=number,
                position=i,
                furniture=line["kind"] != "claim",
                kind=line["kind"],
                rules_all=all(s.boilerplate for s in mine),
                rules_any=any(s.boilerplate for s in mine),
                core=sum(w for k, w in keys[i].items() if k in reference_core),
                page_shared=sum(w for k, w in keys[i].items() if k in reference_page),
                cosine=cosines.get(i, 1.0),
                own=sum(keys[i].values()),
                kept_lines=len(kept),
                contained=_contained(keys, i, kept + headline[:1]),
                text=line["text"],
            )
        )
    return lines


def _contained(keys: list[dict[str, float]], i: int, others: list[int]) -> float:
    """The largest share of the line's key weight that one other line holds (a deck restating the lede: near 1)."""
    own = sum(keys[i].values())
    if not own:
        return 0.0
    return max((sum(w for k, w in keys[i].items() if k in keys[j]) / own for j in others if j != i), default=0.0)


def _cosines(rows: Rows, kept: list[int], core: list[int], encoder: Any) -> dict[int, float]:
    """Cosine of each kept line to the centroid of the article's core (the line itself left out of it)."""
    if encoder is None or not kept:
        return {}
    wanted = sorted(set(kept) | set(core))
    vectors = dict(zip(wanted, encoder.encode([rows[i][0]["text"] for i in wanted]), strict=True))
    out = {}
    for i in kept:
        others = [vectors[j] for j in core if j != i]
        if not others:
            continue
        centroid = np.mean(others, axis=0)
        out[i] = float(vectors[i] @ centroid / max(1e-9, float(np.linalg.norm(centroid))))
    return out


class Setting(NamedTuple):
    """Which measure, its threshold, and the structure a candidate must stand in."""

    measure: str
    threshold: float
    run: int
    trailing: bool
    own: float = 0.0
    least_kept: int = 0
    # With the cosine: the line must also share less than this weight of keys with the article.
    shared_below: float = float("inf")


def candidates(lines: Sequence[Line], setting: Setting) -> set[tuple[int, int]]:
    """(page, position) of the kept lines the setting would set aside as another story's."""
    out: set[tuple[int, int]] = set()
    for _, group in itertools.groupby(lines, key=lambda line: line.page):
        kept = [line for line in group if not line.rules_all]
        if len(kept) < setting.least_kept:
            continue
        low = [
            getattr(line, setting.measure) < setting.threshold
            and line.own >= setting.own
            and line.shared < setting.shared_below
            for line in kept
        ]
        # The article's first kept line never goes: it is the lede the core is made of.
        if low:
            low[0] = False
        chosen = [False] * len(kept)
        start = 0
        while start < len(kept):
            if not low[start]:
                start += 1
                continue
            end = start
            while end < len(kept) and low[end]:
                end += 1
            at_end = end == len(kept)
            if end - start >= setting.run or (setting.trailing and at_end):
                chosen[start:end] = [True] * (end - start)
            start = end
        out.update((line.page, line.position) for line, pick in zip(kept, chosen, strict=True) if pick)
    return out


def score(lines: Sequence[Line], chosen: set[tuple[int, int]]) -> tuple[int, int, int, int, int, int]:
    """(furniture set aside, furniture lines, claims lost, claim lines, gained, claims lost beyond the rules)."""
    furniture = [line for line in lines if line.furniture]
    claims = [line for line in lines if not line.furniture]
    found = sum(1 for line in furniture if line.rules_all or (line.page, line.position) in chosen)
    gained = sum(1 for line in furniture if not line.rules_all and (line.page, line.position) in chosen)
    lost_rules = sum(1 for line in claims if line.rules_any)
    lost_new = sum(1 for line in claims if not line.rules_any and (line.page, line.position) in chosen)
    return found, len(furniture), lost_rules + lost_new, len(claims), gained, lost_new


def _grid(semantic: bool) -> list[Setting]:
    grid = [
        Setting(measure, threshold, run, trailing, own, least_kept)
        for measure in ("core", "page_shared", "shared")
        for threshold in (0.5, 2.0, 3.0, 5.0, 8.0)
        for run in (1, 2, 3)
        for trailing in (False, True)
        for own in (0.0, 4.0, 8.0)
        for least_kept in (0, 6, 10)
    ]
    if semantic:
        grid += [
            Setting("cosine", threshold, run, trailing, own, least_kept, shared_below)
            for threshold in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
            for run in (1, 2, 3)
            for trailing in (False, True)
            for own in (0.0, 4.0)
            for least_kept in (0, 6, 10)
            for shared_below in (float("inf"), 3.0, 0.5)
        ]
    return grid


def _best(development: Sequence[Line], grid: Sequence[Setting], allowed: int, measure: str) -> Setting | None:
    """The setting that sets aside the most development furniture at no more than ``allowed`` new claims lost."""
    best: tuple[int, int, Setting] | None = None
    for setting in grid:
        if setting.measure != measure:
            continue
        _, _, _, _, gained, lost = score(development, candidates(development, setting))
        if lost <= allowed and (best is None or (gained, -lost) > best[:2]):
            best = (gained, -lost, setting)
    return best[2] if best else None


def _separation(lines: Sequence[Line], semantic: bool) -> None:
    """How well each measure alone ranks the furniture the rules keep below the claims they keep (development)."""
    kept = [line for line in lines if not line.rules_all]
    furniture = [line for line in kept if line.furniture]
    claims = [line for line in kept if not line.furniture]
    print(f"development lines the rules keep: {len(furniture)} furniture, {len(claims)} claims")
    for low, high in ((0.0, 0.01), (0.01, 3.0), (3.0, float("inf"))):
        f = sum(1 for line in furniture if low <= line.shared < high)
        c = sum(1 for line in claims if low <= line.shared < high)
        print(f"  distinctive weight shared in [{low:g}, {high:g}): furniture {f}, claims {c}")
    for least in (0.9, 0.8, 0.6):
        f = sum(1 for line in furniture if line.contained >= least)
        c = sum(1 for line in claims if line.contained >= least)
        print(f"  the opposite, at least {least:g} of its key weight in one other line: furniture {f}, claims {c}")
    for measure in ("core", "page_shared", "shared") + (("cosine",) if semantic else ()):
        claim_values = np.array([getattr(line, measure) for line in claims])
        # The chance that a furniture line scores below a claim line (ties count half): the measure's AUC.
        auc = np.mean(
            [
                np.mean(claim_values > getattr(line, measure)) + 0.5 * np.mean(claim_values == getattr(line, measure))
                for line in furniture
            ]
        )
        print(f"  {measure:<12} AUC {auc:.3f}")


def _curve(development: Sequence[Line], grid: Sequence[Setting]) -> None:
    """Per measure: the furniture each level of development claim loss buys (the price of the method)."""
    for measure in sorted({setting.measure for setting in grid}):
        frontier: dict[int, tuple[int, Setting]] = {}
        for setting in grid:
            if setting.measure != measure:
                continue
            _, _, _, _, gained, lost = score(development, candidates(development, setting))
            if lost not in frontier or gained > frontier[lost][0]:
                frontier[lost] = (gained, setting)
        best_so_far = -1
        for lost in sorted(frontier):
            gained, setting = frontier[lost]
            if gained > best_so_far:
                best_so_far = gained
                print(f"  {measure:<12} claims lost +{lost:<3} furniture gained +{gained:<3} {setting}")


def main() -> None:
    """Read every set, choose on development pages, report every set at the chosen settings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, help="basil-dev.jsonl (read in place)")
    parser.add_argument("--basil-labels", type=Path, help="with --basil: bench/labels/furniture-basil.jsonl")
    parser.add_argument("--semantic", action="store_true", help="also the cosine to the article's centroid")
    parser.add_argument("--rare", type=float, default=2.0, help="least rarity of a distinctive word")
    parser.add_argument("--core-lines", type=int, default=3, help="kept paragraphs in the article's core")
    parser.add_argument(
        "--allowed", type=int, nargs="+", default=[0], help="development claim lines the method may lose (each)"
    )
    parser.add_argument(
        "--measure", action="store_true", help="also measure the validation halves and fresh.jsonl (once, at the end)"
    )
    parser.add_argument("--misses", action="store_true", help="list the development lines gained and lost")
    parser.add_argument(
        "--residual", action="store_true", help="list the development furniture the rules keep, with its measures"
    )
    arguments = parser.parse_args()
    encoder = None
    if arguments.semantic:
        from compare._semantic._encoder import load_encoder

        encoder = load_encoder(None)
    read = [
        (name, [lines_with_sentences(page) for page in pages], development)
        for name, pages, development in labelled_sets(arguments.basil, arguments.basil_labels)
    ]
    sets = []
    number = itertools.count()
    for name, pages_rows, development in read:
        lines: list[Line] = []
        for rows in pages_rows:
            lines += read_page(
                next(number), rows, rare=arguments.rare, core_lines=arguments.core_lines, encoder=encoder
            )
        sets.append((name, lines, development))
    development_lines = [line for _, lines, development in sets if development for line in lines]
    grid = _grid(arguments.semantic)
    if arguments.residual:
        _print_residual(development_lines)
    print(f"rare {arguments.rare}, core lines {arguments.core_lines}")
    _separation(development_lines, arguments.semantic)
    print("development, the most furniture gained at each number of claim lines lost beyond the rules:")
    _curve(development_lines, grid)
    for allowed, measure in itertools.product(arguments.allowed, sorted({setting.measure for setting in grid})):
        setting = _best(development_lines, grid, allowed, measure)
        if setting is None:
            print(f"{measure}: no setting loses at most {allowed} development claim lines")
            continue
        print(f"\n{measure}, at most {allowed} development claim lines lost: {setting}")
        for name, lines, development in sets:
            if development or arguments.measure:
                _print_row(name, lines, candidates(lines, setting))
        if arguments.misses:
            _print_lines(development_lines, candidates(development_lines, setting))


def _print_residual(lines: Sequence[Line]) -> None:
    """The development furniture the rules keep, and the claims that share least with their article."""
    kept = [line for line in lines if not line.rules_all]
    for line in kept:
        if line.furniture:
            print(
                f"  missed {line.kind}: core {line.core:.1f} page {line.page_shared:.1f} cos {line.cosine:.2f} "
                f"{line.text[:90]!r}"
            )
    claims = sorted((line for line in kept if not line.furniture), key=lambda line: (line.core, line.page_shared))
    for line in claims[:40]:
        print(f"  claim: core {line.core:.1f} page {line.page_shared:.1f} cos {line.cosine:.2f} {line.text[:90]!r}")


def _print_row(name: str, lines: Sequence[Line], chosen: set[tuple[int, int]]) -> None:
    found, total, lost, claims, gained, lost_new = score(lines, chosen)
    rules_found = found - gained
    print(
        f"  {name:<18} rules {rules_found}/{total} ({rules_found / max(1, total):.3f}) -> {found}/{total} "
        f"({found / max(1, total):.3f}); claims lost {lost - lost_new}/{claims} -> {lost}/{claims}"
    )


def _print_lines(lines: Sequence[Line], chosen: set[tuple[int, int]]) -> None:
    """The lines a setting sets aside beyond the rules: furniture gained, claims lost."""
    for line in lines:
        if (line.page, line.position) in chosen and not line.rules_all:
            verdict = "gained" if line.furniture else "LOST"
            print(f"    {verdict} {line.kind}: core {line.core:.1f} page {line.page_shared:.1f} {line.text[:100]!r}")


if __name__ == "__main__":
    main()
