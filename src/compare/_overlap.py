"""Weighted key overlap between the pieces of two reports, as bounded sparse matrix products.

Each report's pieces (whole sentences and their clauses, see _score) form a sparse matrix: a row per piece, a
column per key, the key's weight as value. The product of one report's matrix with the other's key presence
gives, for every pair of pieces that shares a key, the weight they share; pairs sharing nothing are never
touched. Two things keep that product bounded on very large reports:

- Candidate keys. A key standing in p pieces of A and q of B makes p * q pairs; one in most sentences of two
  20,000-sentence reports would make hundreds of millions. The most widespread keys are left out of candidate
  generation, as many as it takes to bring the pairs the rest make within CANDIDATE_BUDGET; they still count
  towards the overlap of the pairs the other keys find. Reports of a few hundred sentences stay far below the
  budget, so there every pair that shares any key is found. A sentence repeated word for word is one row with a
  count of copies; a pair of sentences with k and m copies counts as the max(k, m) pairs of copies it becomes
  (see _score._in_order), bounded by (k + m) / 2 per shared key, so repeats cannot slip past the budget.
- Blocks. The product runs over blocks of A's sentences of about BLOCK_PAIRS pairs each, and each block is
  reduced to sentence pairs before the next one starts.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import attrs
import numpy as np
import scipy.sparse as sp

__all__ = ["BLOCK_PAIRS", "CANDIDATE_BUDGET", "Overlap", "Side", "Vocabulary", "overlap_blocks", "presence"]

# Pairs of pieces the candidate keys may make, all told, and in one block of the product.
CANDIDATE_BUDGET = 20_000_000
BLOCK_PAIRS = 500_000


@attrs.frozen
class Vocabulary:
    """Every key of both reports, in sorted order, each with its column and its weight.

    Args:
        columns: Each key's column in the matrices.
        weights: Each column's weight.
    """

    columns: dict[str, int]
    weights: np.ndarray

    @classmethod
    def of(cls, weights: dict[str, float]) -> Vocabulary:
        """The vocabulary of the keys weighed in `weights`."""
        keys = sorted(weights)
        by_column = np.fromiter((weights[key] for key in keys), dtype=np.float64, count=len(keys))
        return cls({key: column for column, key in enumerate(keys)}, by_column)

    def matrix(self, rows: list[frozenset[str]]) -> sp.csr_matrix:
        """A row per set of keys, each key's weight in its column."""
        lengths = [len(row) for row in rows]
        # Columns in order within each row: sums over a row then add up in the same order in every run (a
        # frozenset's order depends on the process's string hashing), so the same reports give the same scores.
        columns = np.asarray(
            [column for row in rows for column in sorted([self.columns[key] for key in row])], dtype=np.int64
        )
        pointers = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=pointers[1:])
        # Built from its parts, a CSR matrix skips the checks and the sort of the (row, column) constructor.
        return sp.csr_matrix((self.weights[columns], columns, pointers), shape=(len(rows), len(self.columns)))


@attrs.frozen
class Side:
    """One report's pieces as a sparse matrix.

    Args:
        owner: The sentence each row belongs to (rows of one sentence are consecutive, its whole first).
        matrix: A row per piece, a column per key, the key's weight as value.
        total: Each row's total weight.
        whole: The row of each sentence as a whole.
        copies: How many times the report repeats each row's sentence word for word.
    """

    owner: np.ndarray
    matrix: sp.csr_matrix
    total: np.ndarray
    whole: np.ndarray
    copies: np.ndarray

    @classmethod
    def of(cls, owner: np.ndarray, pieces: list[frozenset[str]], vocabulary: Vocabulary, copies: np.ndarray) -> Side:
        """The side of `pieces`, piece i belonging to sentence owner[i], sentence j having copies[j] copies."""
        matrix = vocabulary.matrix(pieces)
        first = np.ones(owner.size, dtype=bool)
        first[1:] = owner[1:] != owner[:-1]
        total = np.bincount(_entry_rows(matrix), weights=matrix.data, minlength=matrix.shape[0])
        return cls(owner, matrix, total, np.flatnonzero(first), copies[owner].astype(np.float64))

    @property
    def sentences(self) -> int:
        """How many sentences the pieces come from."""
        return int(self.whole.size)


@attrs.frozen
class Overlap:
    """The key overlap of candidate sentence pairs, sorted by A's then B's sentence.

    Args:
        code: Each pair as one integer, A's sentence * width + B's sentence.
        width: B's sentence count.
        piece_dice: Weighted Dice overlap of the pair's best pair of pieces.
        piece_shared: Weight the best pair of pieces shares.
        whole_shared: Weight the two whole sentences share.
    """

    code: np.ndarray
    width: int
    piece_dice: np.ndarray
    piece_shared: np.ndarray
    whole_shared: np.ndarray

    @property
    def a(self) -> np.ndarray:
        """A's sentence of each pair."""
        return self.code // self.width

    @property
    def b(self) -> np.ndarray:
        """B's sentence of each pair."""
        return self.code % self.width


def presence(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """1 where the matrix holds a key, as floats for products."""
    # Built from the matrix's own structure: every stored weight is positive, and one construction costs a
    # fraction of a comparison and a conversion, which counts when scoring one pair of sentences at a time.
    return sp.csr_matrix((np.ones(matrix.nnz), matrix.indices, matrix.indptr), shape=matrix.shape)


def overlap_blocks(side_a: Side, side_b: Side) -> Iterator[Overlap]:
    """The overlap of every sentence pair whose pieces share a candidate key, block by block of A's sentences.

    Blocks come in order of A's sentences, so their pairs concatenate sorted.
    """
    pairs = _pairs_per_key(side_a, side_b)
    widespread = _widespread_keys(pairs)
    candidate_a = _columns(side_a.matrix, ~widespread)
    presence_b = presence(_columns(side_b.matrix, ~widespread)).T.tocsr()
    # The widespread keys of each pair found are looked up entry by entry (see _rest_shared).
    rest_a, rest_b = side_a.matrix, np.zeros(0, dtype=np.int64)
    if widespread.any():
        rest_a, rest_b = _columns(side_a.matrix, widespread), _codes(_columns(side_b.matrix, widespread))
    if pairs[~widespread].sum() <= BLOCK_PAIRS:
        blocks = [(0, side_a.owner.size)]
    else:
        blocks = _row_blocks(side_a, side_b, candidate_a, ~widespread)
    for first, last in blocks:
        block = candidate_a if last - first == side_a.owner.size else candidate_a[first:last]
        product = (block @ presence_b).tocoo()
        rows = product.row.astype(np.int64) + first
        columns = product.col.astype(np.int64)
        shared = product.data + _rest_shared(rest_a, rest_b, rows, columns) if rest_b.size else product.data
        yield _by_sentence_pair(side_a, side_b, rows, columns, shared)


def _pairs_per_key(side_a: Side, side_b: Side) -> np.ndarray:
    """How many pairs of pieces each key makes: the pieces of A that hold it times the pieces of B.

    A piece of a sentence repeated k times, paired with one repeated m times, counts (k + m) / 2: at least the
    max(k, m) pairs of copies it becomes, and 1 when neither sentence is repeated.
    """
    held_a, copies_a = _held(side_a)
    held_b, copies_b = _held(side_b)
    pairs: np.ndarray = (copies_a * held_b + held_a * copies_b) / 2.0
    return pairs


def _held(side: Side) -> tuple[np.ndarray, np.ndarray]:
    """How many pieces hold each key, and how many copies of pieces."""
    columns = side.matrix.shape[1]
    held = np.bincount(side.matrix.indices, minlength=columns).astype(np.float64)
    copies = np.bincount(side.matrix.indices, weights=side.copies[_entry_rows(side.matrix)], minlength=columns)
    return held, copies


def _widespread_keys(pairs: np.ndarray) -> np.ndarray:
    """The keys left out of candidate generation: none, unless the reports are very large.

    The most widespread keys are left out, as many as it takes to bring the pairs the rest make within
    CANDIDATE_BUDGET. Such a key weighs little (its weight falls with the log of its spread) and a pair that
    shares nothing else is rarely a claim made twice. Ties are broken by the key's place in the sorted
    vocabulary, so the choice does not depend on which report is A.

    Args:
        pairs: How many pairs of pieces each key makes (see _pairs_per_key).

    Returns:
        One flag per key.
    """
    if pairs.sum() <= CANDIDATE_BUDGET:
        return np.zeros(pairs.size, dtype=bool)
    order = np.argsort(pairs, kind="stable")
    widespread = np.ones(pairs.size, dtype=bool)
    widespread[order[np.cumsum(pairs[order]) <= CANDIDATE_BUDGET]] = False
    return widespread


def _columns(matrix: sp.csr_matrix, keep: np.ndarray) -> sp.csr_matrix:
    """The matrix with the entries outside the kept columns removed (same shape)."""
    if keep.all():
        return matrix
    if not keep.any():
        return sp.csr_matrix(matrix.shape)
    kept = keep[matrix.indices]
    counts = np.bincount(_entry_rows(matrix)[kept], minlength=matrix.shape[0])
    pointers = np.zeros(matrix.shape[0] + 1, dtype=np.int64)
    np.cumsum(counts, out=pointers[1:])
    return sp.csr_matrix((matrix.data[kept], matrix.indices[kept], pointers), shape=matrix.shape)


def _codes(matrix: sp.csr_matrix) -> np.ndarray:
    """Each entry of the matrix as one sorted integer, row * columns + column, for fast membership tests."""
    return np.sort(_entry_rows(matrix) * matrix.shape[1] + matrix.indices)


def _entry_rows(matrix: sp.csr_matrix) -> np.ndarray:
    return np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))


def _row_blocks(side_a: Side, side_b: Side, candidate_a: sp.csr_matrix, candidate: np.ndarray) -> list[tuple[int, int]]:
    """Ranges of A's rows, whole sentences each, that make about BLOCK_PAIRS pairs at most (see _pairs_per_key)."""
    held_b, copies_b = _held(side_b)
    held_a = presence(candidate_a)
    work = (side_a.copies * (held_a @ (held_b * candidate)) + held_a @ (copies_b * candidate)) / 2.0
    per_sentence = np.bincount(side_a.owner, weights=work, minlength=side_a.sentences)
    block = (np.cumsum(per_sentence) - per_sentence) // BLOCK_PAIRS
    starts = np.flatnonzero(np.diff(block, prepend=-1.0))
    bounds = [*side_a.whole[starts].tolist(), side_a.owner.size]
    return list(itertools.pairwise(bounds))


def _rest_shared(rest_a: sp.csr_matrix, rest_b: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Weight of the widespread keys each pair of pieces (rows of A, rows of B) shares.

    Args:
        rest_a: A's pieces restricted to the widespread keys.
        rest_b: B's, as sorted codes (see _codes).
        rows: A's piece of each pair.
        columns: B's piece of each pair.
    """
    starts = rest_a.indptr[rows]
    counts = rest_a.indptr[rows + 1] - starts
    total = int(counts.sum())
    if total == 0:
        return np.zeros(rows.size)
    pair = np.repeat(np.arange(rows.size), counts)
    entry = np.arange(total) - np.repeat(np.cumsum(counts) - counts - starts, counts)
    wanted = columns[pair] * rest_a.shape[1] + rest_a.indices[entry]
    slot = np.minimum(np.searchsorted(rest_b, wanted), rest_b.size - 1)
    return np.bincount(pair, weights=rest_a.data[entry] * (rest_b[slot] == wanted), minlength=rows.size)


def _by_sentence_pair(side_a: Side, side_b: Side, rows: np.ndarray, columns: np.ndarray, shared: np.ndarray) -> Overlap:
    """Reduce pairs of pieces to pairs of sentences: the best pair of pieces, and the wholes' overlap."""
    if rows.size == 0:
        return Overlap(np.zeros(0, dtype=np.int64), side_b.sentences, np.zeros(0), np.zeros(0), np.zeros(0))
    dice = 2.0 * shared / (side_a.total[rows] + side_b.total[columns])
    code = side_a.owner[rows] * side_b.sentences + side_b.owner[columns]
    is_whole = (rows == side_a.whole[side_a.owner[rows]]) & (columns == side_b.whole[side_b.owner[columns]])
    # The product yields A's rows in order, so the codes come in long sorted runs, which a stable sort merges fast.
    order = np.argsort(code, kind="stable")
    code, dice, shared, is_whole = code[order], dice[order], shared[order], is_whole[order]
    starts = np.flatnonzero(np.diff(code, prepend=-1))
    # Dice is rounded so that pieces equally alike (two identical clauses) are told apart by their shared weight,
    # not by the last bit of a float.
    best = _best_in_groups(starts, np.round(dice, 9), shared)
    # Every pair of sentences that shares a key shares it as wholes too, since a sentence's pieces are parts of it.
    whole_shared = np.zeros(starts.size)
    whole_shared[np.searchsorted(code[starts], code[is_whole])] = shared[is_whole]
    return Overlap(code[starts], side_b.sentences, np.minimum(dice[best], 1.0), shared[best], whole_shared)


def _best_in_groups(starts: np.ndarray, dice: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """The best entry of each group of consecutive entries (a group from each start to the next).

    The best has the highest Dice overlap, then the highest shared weight, then the highest index.
    """
    sizes = np.diff(np.append(starts, dice.size))
    top = dice == np.repeat(np.maximum.reduceat(dice, starts), sizes)
    top_shared = np.where(top, shared, -np.inf)
    top &= top_shared == np.repeat(np.maximum.reduceat(top_shared, starts), sizes)
    best: np.ndarray = np.maximum.reduceat(np.where(top, np.arange(dice.size), -1), starts)
    return best
