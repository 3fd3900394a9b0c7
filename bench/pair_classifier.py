"""Learned pair classifiers over all-MiniLM-L6-v2's sentence vectors, and other selections, measured against
Settings.semantic's model on the labelled BASIL pairs (docs/quality.md, "Learned pair classifiers ...").

    PYTHONPATH=src:bench python bench/pair_classifier.py ../shared/bench/basil-dev.jsonl \
        --mrpc ../shared/bench/mrpc-train.jsonl [--part heads|others|all] [--model PATH] [--cache FILE]

Settings.semantic links with a six-feature logistic model (compare._semantic._links.FEATURES: the engine's score,
the cosine, their product, the engine's link, whether the claims are each other's closest, that times the cosine).

--part heads: does a classifier reading the two sentence vectors themselves do better? Each head reads
[cosine, |u - v|, u * v] (769 columns, standardised; an L2-regularised logistic model fitted with SciPy, the two
classes weighed equally):
- "mrpc": fitted on the MRPC training reports' sentence pairs, gold paraphrases against the hard negatives only, or
  against every other pair of the report (hard negatives included); no BASIL label is read.
- "dev": fitted on the dev half's labelled claim pairs; where its output is a feature of a model fitted on dev too,
  each dev pair gets the output of a head fitted on the other dev events (leave one event out).
- "mrpc-and-dev": both sets in one fit.
A head stands alone, or its logit (and that times the closest-claim feature) joins the six features in a logistic
model fitted on dev as bench/semantic.py fits the committed one ("stack"), on every claim pair or only on the pairs
the engine scores and each claim's top k partners by cosine.

--part others: selections and low-dimensional features of the vectors: mutual rank r (a pair linked only when it
is among the r most probable partners of both its claims, instead of the matching rule's relative threshold); the
cosine's z-score among each claim's partners and its rank; many to one (any other pair of probability at least p
linked too); a second pass reading the diagonal context of the first pass's links ((i - 1, j - 1) and
(i + 1, j + 1)) and the claims' distance in place; the neighbour rule judged by the encoder (a neighbour of a link's
sentence linked when the two read as one are closer to the partner than the sentence alone).

Links are chosen as the pipeline chooses them (compare._compare._semantic_choice: the matching rule on the
probability, min_claim_weight, the neighbour rule). Each method is printed at two thresholds chosen on dev: the
lowest whose dev precision is at least the engine's own (the committed model's rule), and the one of the best dev
F1; with its average precision over every claim pair (how well it ranks, whatever the threshold). Validation labels
are read only to print the figures.

The sentence vectors are cached in --cache (outside the repository, default /tmp/minilm-cache.npz) so that a second
run does not encode again. The data is read from the paths given and never copied into the project
(../shared/bench/README.md).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
import numpy as np
from scipy.optimize import minimize

from _data import load
from compare._compare import _semantic_choice
from compare._semantic import _encoder
from compare._semantic._links import BIAS, THRESHOLD, WEIGHTS, Candidates
from links import labelled_pairs
from semantic import Sample, collect, engine, fit, prf

HERE = Path(__file__).resolve().parent
GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)
# Issue 19's precision target, a third rule for the threshold.
PRECISION_TARGET = 0.85
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)


def cached_encoding(cache: Path) -> Callable[[], None]:
    """Encode each sentence once across runs: the encoder's vectors are read from and added to the cache file.

    Returns a function that saves the cache."""
    store: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as saved:
            store.update(zip(saved["texts"].tolist(), saved["vectors"], strict=True))
    original = _encoder.Encoder.encode

    def encode(self: _encoder.Encoder, sentences: Sequence[str]) -> np.ndarray:
        missing = sorted({s for s in sentences if s not in store})
        if missing:
            store.update(zip(missing, original(self, missing), strict=True))
        return np.asarray([store[s] for s in sentences], dtype=np.float32).reshape(len(sentences), -1)

    _encoder.Encoder.encode = encode  # type: ignore[method-assign]

    def save() -> None:
        texts = sorted(store)
        np.savez(cache, texts=np.asarray(texts), vectors=np.asarray([store[t] for t in texts]))

    return save


def pair_features(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """[cosine, |u - v|, u * v] of unit vectors, one row per pair."""
    return np.column_stack([(u * v).sum(axis=1), np.abs(u - v), u * v])


@attrs.frozen
class Head:
    """A standardised, L2-regularised logistic model."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def logit(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.weights + self.bias


def fit_head(x: np.ndarray, y: np.ndarray, l2: float) -> Head:
    """Fitted by L-BFGS on the mean log loss plus l2 / n times the squared weights; the classes weighed equally."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    weight = np.where(y, 0.5 / max(y.sum(), 1), 0.5 / max((~y).sum(), 1))
    target = y.astype(float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        logit = z @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-logit))
        value = float(np.sum(weight * (target * np.logaddexp(0, -logit) + (1 - target) * np.logaddexp(0, logit))))
        value += l2 / len(y) * float(w[:-1] @ w[:-1])
        residual = weight * (p - target)
        gradient = np.append(z.T @ residual + 2 * l2 / len(y) * w[:-1], residual.sum())
        return value, gradient

    found = minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return Head(mean, scale, found[:-1], float(found[-1]))


@attrs.frozen
class Pair:
    """A labelled report pair: the pipeline's evidence (every claim pair), its claims' vectors, the event."""

    event: str
    sample: Sample
    u: np.ndarray
    v: np.ndarray

    @property
    def x(self) -> np.ndarray:
        c = self.sample.evidence.candidates
        return pair_features(self.u[c.a], self.v[c.b])


def basil(data: Path, labels: Path, half: str, model: str | None) -> list[Pair]:
    rows = {row["event"]: row for row in load(data)}
    pairs = list(labelled_pairs(rows, labels, half))
    samples, _, _ = collect(pairs, model)
    encoder = _encoder.load_encoder(model)
    out = []
    for (event, _, _, _), sample in zip(pairs, samples, strict=True):
        u = encoder.encode([s.text for s in sample.evidence.claims_a])
        v = encoder.encode([s.text for s in sample.evidence.claims_b])
        out.append(Pair(event, sample, u, v))
    return out


def mrpc(path: Path, model: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every sentence pair of the MRPC training reports, gold paraphrases positive, and which are hard negatives."""
    encoder = _encoder.load_encoder(model)
    xs, ys, hards = [], [], []
    for row in load(path):
        u, v = encoder.encode(row["a"]), encoder.encode(row["b"])
        a, b = np.divmod(np.arange(len(row["a"]) * len(row["b"])), len(row["b"]))
        gold = {(i, j) for i, j in row["gold"]}
        hard = {(i, j) for i, j in row["hard_negatives"]}
        xs.append(pair_features(u[a], v[b]))
        ys.append(np.asarray([(i, j) in gold for i, j in zip(a.tolist(), b.tolist(), strict=True)]))
        hards.append(np.asarray([(i, j) in hard for i, j in zip(a.tolist(), b.tolist(), strict=True)]))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(hards)


def choose(
    pair: Pair, logit: np.ndarray, threshold: float, *, keep: np.ndarray | None = None, rank: int = 0
) -> list[tuple[int, int]]:
    """The links the pipeline chooses on these logits (rank > 0: mutual rank r instead of the relative threshold)."""
    evidence = pair.sample.evidence
    c = evidence.candidates
    logit = np.where(keep, logit, -50.0) if keep is not None else logit
    settings = evidence.settings
    if rank:
        logit = np.where(mutual_rank(c.a, c.b, logit, rank), logit, -50.0)
        settings = attrs.evolve(settings, relative_threshold=0.0)
    candidates = Candidates(c.a, c.b, np.column_stack([c.engine_score, logit]))
    model = {"weights": (0.0, 1.0), "bias": 0.0, "threshold": threshold}
    chosen, neighbours = _semantic_choice(
        candidates, evidence.scores, evidence.tokens_a, evidence.tokens_b, settings, model
    )
    return [*((i, j) for i, j, _, _ in chosen), *((i, j) for i, j, _ in neighbours)]


def mutual_rank(a: np.ndarray, b: np.ndarray, logit: np.ndarray, rank: int) -> np.ndarray:
    """Whether each pair is among the `rank` highest of its A claim's pairs and of its B claim's."""
    return (_ranks(a, logit) < rank) & (_ranks(b, logit) < rank)


def top_k(pair: Pair, k: int) -> np.ndarray:
    """Pairs the engine scores, and each claim's k closest partners by cosine."""
    c = pair.sample.evidence.candidates
    cosine = c.features[:, 1]
    return (c.engine_score > 0) | (_ranks(c.a, cosine) < k) | (_ranks(c.b, cosine) < k)


def _ranks(group: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Each pair's rank among the pairs of its group, highest value first (0 for the highest)."""
    order = np.lexsort((-value, group))
    sorted_group = group[order]
    ranks = np.empty(group.size, dtype=int)
    ranks[order] = np.arange(group.size) - np.searchsorted(sorted_group, sorted_group)
    return ranks


def measure(
    pairs: Sequence[Pair], logits: Sequence[np.ndarray], threshold: float, **how: object
) -> tuple[float, float, float]:
    right = reported = wanted = 0
    for pair, logit in zip(pairs, logits, strict=True):
        chosen = choose(pair, logit, threshold, **how)  # type: ignore[arg-type]
        right += sum(link in pair.sample.right for link in chosen)
        reported += len(chosen)
        wanted += pair.sample.labelled
    return prf(right, reported, wanted)


def thresholds(
    dev: Sequence[Pair], logits: Sequence[np.ndarray], target: float, **how: object
) -> tuple[float, float, float]:
    """The lowest threshold keeping dev precision at the target, the one of the best dev F1, and the lowest keeping
    dev precision at the issue's target."""
    figures = {float(t): measure(dev, logits, float(t), **how) for t in GRID}
    lowest = next((t for t, f in figures.items() if f[0] >= target), float(GRID[-1]))
    at_target = next((t for t, f in figures.items() if f[0] >= PRECISION_TARGET), float(GRID[-1]))
    return lowest, max(figures, key=lambda t: figures[t][2]), at_target


def stacked(pairs: Sequence[Pair], extra: Sequence[np.ndarray]) -> list[np.ndarray]:
    """The six committed features with the head's logit (and its product with the closest-claim feature)."""
    out = []
    for pair, h in zip(pairs, extra, strict=True):
        f = pair.sample.evidence.candidates.features
        out.append(np.column_stack([f, h, h * f[:, 4]]))
    return out


def relative_features(pair: Pair) -> np.ndarray:
    """The cosine against the rest of each claim's row: its z-score among the claim's partners on each side, and
    1 / (1 + its rank) on each side. Two reports of one event are close in meaning everywhere; a pair's standing
    among its claims' partners, not its absolute cosine, may be what tells the same claim."""
    c = pair.sample.evidence.candidates
    cosine = c.features[:, 1]
    out = []
    for group in (c.a, c.b):
        count = np.bincount(group)
        mean = np.bincount(group, cosine) / count
        spread = np.sqrt(np.maximum(np.bincount(group, cosine**2) / count - mean**2, 0.0)) + 1e-6
        out.append((cosine - mean[group]) / spread[group])
        out.append(1.0 / (1.0 + _ranks(group, cosine)))
    return np.column_stack(out)


def fit_stack(dev: Sequence[Pair], features: Sequence[np.ndarray]) -> tuple[np.ndarray, float]:
    """As bench/semantic.py fits the committed model, on other features."""
    shim = [attrs.evolve(p.sample, evidence=_with_features(p, f)) for p, f in zip(dev, features, strict=True)]
    weights, bias = fit(shim)
    return weights, bias


def _with_features(pair: Pair, features: np.ndarray) -> object:
    c = pair.sample.evidence.candidates
    return attrs.evolve(pair.sample.evidence, candidates=Candidates(c.a, c.b, features))


def head_logits(pairs: Sequence[Pair], head: Head) -> list[np.ndarray]:
    return [head.logit(p.x) for p in pairs]


def dev_head_out_of_fold(dev: Sequence[Pair], l2: float) -> list[np.ndarray]:
    """Each dev pair's logits from a head fitted on the other dev events."""
    events = sorted({p.event for p in dev})
    out: dict[int, np.ndarray] = {}
    for event in events:
        train = [p for p in dev if p.event != event]
        head = fit_head(np.vstack([p.x for p in train]), np.concatenate([p.sample.truth for p in train]), l2)
        for n, p in enumerate(dev):
            if p.event == event:
                out[n] = head.logit(p.x)
    return [out[n] for n in range(len(dev))]


def report(
    name: str,
    dev: Sequence[Pair],
    val: Sequence[Pair],
    dev_logits: Sequence[np.ndarray],
    val_logits: Sequence[np.ndarray],
    target: float,
    **how: object,
) -> None:
    lowest, best, at_target = thresholds(dev, dev_logits, target, **how)
    if not how:
        print(
            f"{name}: average precision over every claim pair, dev {average_precision(dev, dev_logits):.3f}, "
            f"validation {average_precision(val, val_logits):.3f}"
        )
    for label, t in (("P>=engine", lowest), ("best dev F1", best), (f"P>={PRECISION_TARGET}", at_target)):
        d = measure(dev, dev_logits, t, **how)
        v = measure(val, val_logits, t, **how)
        print(
            f"{name} [{label} t={t:.2f}]: dev P {d[0]:.3f} R {d[1]:.3f} F1 {d[2]:.3f} | "
            f"validation P {v[0]:.3f} R {v[1]:.3f} F1 {v[2]:.3f}",
            flush=True,
        )


def linear(pairs: Sequence[Pair], weights: Sequence[float], bias: float) -> list[np.ndarray]:
    return [p.sample.evidence.candidates.features @ np.asarray(weights) + bias for p in pairs]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--mrpc", type=Path, required=True, help="mrpc-train.jsonl")
    parser.add_argument("--model", help="Settings.semantic_model (default: the installed model package)")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
    parser.add_argument(
        "--part",
        choices=("heads", "mrpc-heads", "others", "all"),
        default="all",
        help=(
            "heads: the 769-column heads (minutes); mrpc-heads: only those fitted on MRPC; others: the rest "
            "(seconds once the vectors are cached)"
        ),
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/minilm-cache.npz"), help="sentence vectors")
    args = parser.parse_args(argv)
    save = cached_encoding(args.cache)
    start = time.perf_counter()
    dev = basil(args.data, args.labels, "dev", args.model)
    val = basil(args.data, args.labels, "validation", args.model)
    mx, my, hard = mrpc(args.mrpc, args.model)
    save()
    print(f"features read in {time.perf_counter() - start:.0f} s; MRPC pairs {len(my)} ({my.sum()} gold)")
    target = engine([p.sample for p in dev])[0]
    print(
        f"engine alone: dev {np.round(engine([p.sample for p in dev]), 3)}, validation "
        f"{np.round(engine([p.sample for p in val]), 3)}"
    )
    # The committed model, through this script's path (should give bench/semantic.py's figures).
    committed_d, committed_v = linear(dev, WEIGHTS, BIAS), linear(val, WEIGHTS, BIAS)
    d, v = measure(dev, committed_d, THRESHOLD), measure(val, committed_v, THRESHOLD)
    print(f"committed model t={THRESHOLD}: dev {np.round(d, 3)} validation {np.round(v, 3)}")
    report("committed six features", dev, val, committed_d, committed_v, target)
    if args.part in ("heads", "mrpc-heads", "all"):
        heads(dev, val, mx, my, hard, target, dev_heads=args.part != "mrpc-heads")
    if args.part in ("others", "all"):
        for rank in (1, 2):
            report(f"committed six features, mutual rank {rank}", dev, val, committed_d, committed_v, target, rank=rank)
        relative(dev, val, target)
        strong_second_partners(dev, val)
        diagonal(dev, val, target)
        neighbour_meaning(dev, val)


def heads(
    dev: Sequence[Pair],
    val: Sequence[Pair],
    mx: np.ndarray,
    my: np.ndarray,
    hard: np.ndarray,
    target: float,
    *,
    dev_heads: bool = True,
) -> None:
    """The learned pair classifiers over [cosine, |u - v|, u * v], alone and stacked on the six features."""
    cosine_d = [p.sample.evidence.candidates.features[:, 1] for p in dev]
    cosine_v = [p.sample.evidence.candidates.features[:, 1] for p in val]
    print(
        f"cosine alone: average precision over every claim pair, dev {average_precision(dev, cosine_d):.3f}, "
        f"validation {average_precision(val, cosine_v):.3f}"
    )
    # Heads fitted on MRPC: gold paraphrases against hard negatives only, then against every other pair.
    for l2 in (1.0, 10.0, 100.0):
        chosen = my | hard
        head = fit_head(mx[chosen], my[chosen], l2)
        hd, hv = head_logits(dev, head), head_logits(val, head)
        report(f"mrpc head, gold against hard negatives only (l2 {l2})", dev, val, hd, hv, target)
        sd, sv = stacked(dev, hd), stacked(val, hv)
        weights, bias = fit_stack(dev, sd)
        ld = [f @ weights + bias for f in sd]
        lv = [f @ weights + bias for f in sv]
        report(f"stack: six + mrpc gold-against-hard head (l2 {l2})", dev, val, ld, lv, target)
    for l2 in (1.0, 10.0, 100.0):
        head = fit_head(mx, my, l2)
        hd = head_logits(dev, head)
        clock = time.perf_counter()
        hv = head_logits(val, head)
        elapsed = (time.perf_counter() - clock) / len(val) * 1000
        print(f"the head's features and logit: {elapsed:.1f} ms per report pair (validation, every claim pair)")
        report(f"mrpc head alone (l2 {l2})", dev, val, hd, hv, target)
        sd, sv = stacked(dev, hd), stacked(val, hv)
        weights, bias = fit_stack(dev, sd)
        print(f"  stack weights {weights.tolist()} bias {bias}")
        ld = [f @ weights + bias for f in sd]
        lv = [f @ weights + bias for f in sv]
        report(f"stack: six + mrpc head (l2 {l2})", dev, val, ld, lv, target)
        for k in (3, 5):
            keep_d = [top_k(p, k) for p in dev]
            keep_v = [top_k(p, k) for p in val]
            lowest, best, _ = thresholds(dev, ld, target)
            for t in (lowest, best):
                dd = _measure_keep(dev, ld, t, keep_d)
                vv = _measure_keep(val, lv, t, keep_v)
                print(f"  top {k} candidates at t={t:.2f}: dev {np.round(dd, 3)} validation {np.round(vv, 3)}")
        report(f"stack: six + mrpc head (l2 {l2}), mutual rank 2", dev, val, ld, lv, target, rank=2)
    if not dev_heads:
        return
    # Heads fitted on the dev labels (out of fold on dev), alone and stacked.
    for l2 in L2_GRID:
        oof = dev_head_out_of_fold(dev, l2)
        head = fit_head(np.vstack([p.x for p in dev]), np.concatenate([p.sample.truth for p in dev]), l2)
        hv = head_logits(val, head)
        sd, sv = stacked(dev, oof), stacked(val, hv)
        weights, bias = fit_stack(dev, sd)
        ld = [f @ weights + bias for f in sd]
        lv = [f @ weights + bias for f in sv]
        report(f"stack: six + dev head (l2 {l2}; dev out of fold)", dev, val, ld, lv, target)
    # One head on MRPC and dev together, stacked.
    dx = np.vstack([p.x for p in dev])
    dy = np.concatenate([p.sample.truth for p in dev])
    for l2 in (10.0,):
        oof = []
        for event in sorted({p.event for p in dev}):
            train = [p for p in dev if p.event != event]
            head = fit_head(
                np.vstack([mx, *[p.x for p in train]]), np.concatenate([my, *[p.sample.truth for p in train]]), l2
            )
            oof.extend((n, head.logit(p.x)) for n, p in enumerate(dev) if p.event == event)
        hd = [logit for _, logit in sorted(oof, key=lambda item: item[0])]
        head = fit_head(np.vstack([mx, dx]), np.concatenate([my, dy]), l2)
        hv = head_logits(val, head)
        sd, sv = stacked(dev, hd), stacked(val, hv)
        weights, bias = fit_stack(dev, sd)
        report(
            f"stack: six + mrpc-and-dev head (l2 {l2})",
            dev,
            val,
            [f @ weights + bias for f in sd],
            [f @ weights + bias for f in sv],
            target,
        )


def relative(dev: Sequence[Pair], val: Sequence[Pair], target: float) -> None:
    """The six features with the relative ones (z-scores and ranks of the cosine), fitted on dev."""
    committed_d, committed_v = linear(dev, WEIGHTS, BIAS), linear(val, WEIGHTS, BIAS)
    t = next((float(t) for t in GRID if measure(dev, committed_d, float(t))[0] >= 0.85), float(GRID[-1]))
    d, v = measure(dev, committed_d, t), measure(val, committed_v, t)
    print(f"committed model at dev P >= 0.85 (t={t:.2f}): dev {np.round(d, 3)} validation {np.round(v, 3)}")
    for name, columns in (
        ("nothing (refit)", []),
        ("z-scores", [0, 2]),
        ("ranks", [1, 3]),
        ("z-scores and ranks", [0, 1, 2, 3]),
    ):
        sd = [np.column_stack([p.sample.evidence.candidates.features, relative_features(p)[:, columns]]) for p in dev]
        sv = [np.column_stack([p.sample.evidence.candidates.features, relative_features(p)[:, columns]]) for p in val]
        weights, bias = fit_stack(dev, sd)
        print(f"  weights {weights.tolist()} bias {bias}")
        ld = [f @ weights + bias for f in sd]
        lv = [f @ weights + bias for f in sv]
        report(f"six + {name}", dev, val, ld, lv, target)
        for precision in (0.85,):
            t = next((float(t) for t in GRID if measure(dev, ld, float(t))[0] >= precision), float(GRID[-1]))
            d, v = measure(dev, ld, t), measure(val, lv, t)
            print(f"  at dev P >= {precision} (t={t:.2f}): dev {np.round(d, 3)} validation {np.round(v, 3)}")


def strong_second_partners(dev: Sequence[Pair], val: Sequence[Pair]) -> None:
    """Many to one: the committed model's links, and any other pair whose probability is at least `second`,
    whatever the claims' best partners score (the matching rule's relative threshold waived for strong pairs)."""
    ld, lv = linear(dev, WEIGHTS, BIAS), linear(val, WEIGHTS, BIAS)
    for second in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        figures = []
        for pairs, logits in ((dev, ld), (val, lv)):
            right = reported = wanted = 0
            for pair, logit in zip(pairs, logits, strict=True):
                c = pair.sample.evidence.candidates
                strong = 1.0 / (1.0 + np.exp(-logit)) >= second
                chosen = set(choose(pair, logit, THRESHOLD))
                chosen |= set(zip(c.a[strong].tolist(), c.b[strong].tolist(), strict=True))
                right += sum(link in pair.sample.right for link in chosen)
                reported += len(chosen)
                wanted += pair.sample.labelled
            figures.append(np.round(prf(right, reported, wanted), 3))
        print(f"committed model, and every pair of probability >= {second}: dev {figures[0]} validation {figures[1]}")
    # How well each model ranks the claim pairs at all, whatever the selection: average precision over every pair.
    print("average precision of the committed logit over every claim pair:", end=" ")
    for pairs, logits in ((dev, ld), (val, lv)):
        print(f"{average_precision(pairs, logits):.3f}", end=" ")
    print()


def diagonal_features(pair: Pair, logit: np.ndarray, threshold: float) -> np.ndarray:
    """Context in both reports: whether the pair's diagonal neighbours ((i - 1, j - 1), (i + 1, j + 1)) are linked
    by the committed model, the higher of their probabilities, and how far apart the two claims stand in their
    reports (the difference of their places, each as a share of its report's claims)."""
    c = pair.sample.evidence.candidates
    n, m = int(c.a.max()) + 1, int(c.b.max()) + 1
    probability = np.zeros((n + 2, m + 2))
    probability[c.a + 1, c.b + 1] = 1.0 / (1.0 + np.exp(-logit))
    linked = np.zeros((n + 2, m + 2))
    for i, j in choose(pair, logit, threshold):
        linked[i + 1, j + 1] = 1.0
    a, b = c.a + 1, c.b + 1
    diagonal_linked = np.maximum(linked[a - 1, b - 1], linked[a + 1, b + 1])
    diagonal_probability = np.maximum(probability[a - 1, b - 1], probability[a + 1, b + 1])
    gap = np.abs(c.a / max(n - 1, 1) - c.b / max(m - 1, 1))
    return np.column_stack([diagonal_linked, diagonal_probability, gap])


def diagonal(dev: Sequence[Pair], val: Sequence[Pair], target: float) -> None:
    """A second pass: the six features with the diagonal context of the committed model's first pass."""
    ld, lv = linear(dev, WEIGHTS, BIAS), linear(val, WEIGHTS, BIAS)
    context_d = [diagonal_features(p, logit, THRESHOLD) for p, logit in zip(dev, ld, strict=True)]
    context_v = [diagonal_features(p, logit, THRESHOLD) for p, logit in zip(val, lv, strict=True)]
    for name, columns in (
        ("diagonal linked", [0]),
        ("diagonal probability", [1]),
        ("place gap", [2]),
        ("all", [0, 1, 2]),
    ):
        sd = [with_columns(p, x[:, columns]) for p, x in zip(dev, context_d, strict=True)]
        sv = [with_columns(p, x[:, columns]) for p, x in zip(val, context_v, strict=True)]
        weights, bias = fit_stack(dev, sd)
        print(f"  weights {weights.tolist()} bias {bias}")
        report(f"six + {name}", dev, val, [f @ weights + bias for f in sd], [f @ weights + bias for f in sv], target)


def neighbour_meaning(dev: Sequence[Pair], val: Sequence[Pair]) -> None:
    """The neighbour rule read by meaning: next to each of the committed model's links (i, j), a neighbour j' of j
    (or i' of i) is linked too when the two sentences read as one, j and j' joined in the report's order, are closer
    to i than j alone by at least `gain` (the neighbour tells part of i's claim that j leaves out), and the
    neighbour's own cosine with i is at least `floor`."""
    encoder = _encoder.load_encoder(None)
    found: dict[tuple[int, float, float], list[tuple[int, int, int]]] = {}
    for half, pairs in enumerate((dev, val)):
        for pair in pairs:
            c = pair.sample.evidence.candidates
            cosine = np.full((int(c.a.max()) + 1, int(c.b.max()) + 1), -1.0)
            cosine[c.a, c.b] = c.features[:, 1]
            chosen = set(choose(pair, c.features @ np.asarray(WEIGHTS) + BIAS, THRESHOLD))
            claims = ([s.text for s in pair.sample.evidence.claims_a], [s.text for s in pair.sample.evidence.claims_b])
            vectors = (pair.u, pair.v)
            proposals = []  # (new pair, gain, its cosine)
            for i, j in sorted(chosen):
                for side, (anchor, mate) in enumerate(((i, j), (j, i))):
                    texts, own = claims[1 - side], vectors[side][anchor]
                    for step in (-1, 1):
                        other = mate + step
                        if not 0 <= other < len(texts):
                            continue
                        new = (anchor, other) if side == 0 else (other, anchor)
                        if new in chosen:
                            continue
                        first, second = sorted((mate, other))
                        joined = encoder.encode([texts[first] + " " + texts[second]])[0]
                        gain = float(joined @ own) - float(cosine[new[0], mate] if side == 0 else cosine[mate, new[1]])
                        proposals.append((new, gain, float(cosine[new])))
            for gain_floor in (0.0, 0.05, 0.1, 0.15):
                for cosine_floor in (0.2, 0.4):
                    added = {new for new, gain, cos in proposals if gain >= gain_floor and cos >= cosine_floor}
                    right = sum(new in pair.sample.right for new in added)
                    entry = found.setdefault((half, gain_floor, cosine_floor), [])
                    entry.append(
                        (len(chosen | added), sum(x in pair.sample.right for x in chosen | added), right, len(added))
                    )
    for (half, gain_floor, cosine_floor), rows in sorted(found.items()):
        pairs = (dev, val)[half]
        reported, right = sum(r[0] for r in rows), sum(r[1] for r in rows)
        figures = np.round(prf(right, reported, sum(p.sample.labelled for p in pairs)), 3)
        added_right, added = sum(r[2] for r in rows), sum(r[3] for r in rows)
        print(
            f"neighbours by meaning, gain >= {gain_floor}, cosine >= {cosine_floor}: {('dev', 'validation')[half]} "
            f"{figures} ({added_right} of {added} added right)"
        )


def with_columns(pair: Pair, columns: np.ndarray) -> np.ndarray:
    """The six features of every claim pair with more columns."""
    return np.column_stack([pair.sample.evidence.candidates.features, columns])


def average_precision(pairs: Sequence[Pair], logits: Sequence[np.ndarray]) -> float:
    score = np.concatenate(list(logits))
    truth = np.concatenate([p.sample.truth for p in pairs])
    order = np.argsort(-score, kind="stable")
    hits = truth[order]
    precision_at = np.cumsum(hits) / np.arange(1, hits.size + 1)
    return float(precision_at[hits].sum() / max(sum(p.sample.labelled for p in pairs), 1))


def _measure_keep(
    pairs: Sequence[Pair], logits: Sequence[np.ndarray], threshold: float, keeps: Sequence[np.ndarray]
) -> tuple[float, float, float]:
    right = reported = wanted = 0
    for pair, logit, keep in zip(pairs, logits, keeps, strict=True):
        chosen = choose(pair, logit, threshold, keep=keep)
        right += sum(link in pair.sample.right for link in chosen)
        reported += len(chosen)
        wanted += pair.sample.labelled
    return prf(right, reported, wanted)


if __name__ == "__main__":
    main()
