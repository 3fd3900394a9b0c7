"""Weighted key overlap between the pieces of two reports, as a bounded join on keys.

Each report's pieces (whole sentences and their clauses, see _score) form a sparse matrix in compressed rows
(KeyRows): a row per piece, a column per key, the key's weight as value. Joining one report's entries with the
other's on the key, every piece of A that holds a key meets every piece of B that holds it; adding up the weights
of the keys each pair of pieces meets on gives the weight they share. Pairs sharing nothing never meet. Two things
keep the join bounded on very large reports:

- Candidate keys. A key standing in p pieces of A and q of B makes p * q pairs; one in most sentences of two
  20,000-sentence reports would make hundreds of millions. The most widespread keys are left out of candidate
  generation, as many as it takes to bring the pairs the rest make within CANDIDATE_BUDGET; they still count
  towards the overlap of the pairs the other keys find. Reports of a few hundred sentences stay far below the
  budget, so there every pair that shares any key is found. A sentence repeated word for word is one row with a
  count of copies; a pair of sentences with k and m copies counts as the max(k, m) pairs of copies it becomes
  (see _score._in_order), bounded by (k + m) / 2 per shared key, so repeats cannot slip past the budget.
- Blocks. The join runs over blocks of A's sentences of about BLOCK_PAIRS pairs each, and each block is reduced
  to sentence pairs before the next one starts.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import attrs
import numpy as np

__all__ = [
    "BLOCK_PAIRS",
    "CANDIDATE_BUDGET",
    "KeyRows",
    "Overlap",
    "Restricted",
    "Side",
    "Vocabulary",
    "overlap_blocks",
]

# Pairs of pieces the candidate keys may make, all told, and in one block of the join.
CANDIDATE_BUDGET = 20_000_000
BLOCK_PAIRS = 500_000


@attrs.frozen
class KeyRows:
    """A sparse matrix in compressed sparse row (CSR) form.

    Row i holds the columns indices[indptr[i]:indptr[i + 1]], in ascending order, with the values
    data[indptr[i]:indptr[i + 1]].

    Args:
        data: Each entry's value (float64).
        indices: Each entry's column (int64).
        indptr: Where each row's entries start, and where the last one's end (int64, one more than the rows).
        shape: The number of rows and of columns.
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def empty(cls, shape: tuple[int, int]) -> KeyRows:
        """A matrix of `shape` without entries."""
        return cls(np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(shape[0] + 1, dtype=np.int64), shape)

    def entry_rows(self) -> np.ndarray:
        """The row of each entry."""
        return np.repeat(np.arange(self.shape[0], dtype=np.int64), np.diff(self.indptr))

    def keep_columns(self, keep: np.ndarray) -> KeyRows:
        """The matrix with the entries outside the kept columns removed (same shape)."""
        if keep.all():
            return self
        if not keep.any():
            return KeyRows.empty(self.shape)
        kept = keep[self.indices]
        counts = np.bincount(self.entry_rows()[kept], minlength=self.shape[0])
        return KeyRows(self.data[kept], self.indices[kept], _pointers(counts), self.shape)

    def transposed(self) -> KeyRows:
        """The matrix with rows and columns swapped, each row's columns still in ascending order."""
        # A stable sort by column keeps the entries of each column in the order of their rows.
        order = np.argsort(self.indices, kind="stable")
        counts = np.bincount(self.indices, minlength=self.shape[1])
        return KeyRows(self.data[order], self.entry_rows()[order], _pointers(counts), (self.shape[1], self.shape[0]))


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

    def matrix(self, rows: list[frozenset[str]]) -> KeyRows:
        """A row per set of keys, each key's weight in its column."""
        # Columns in order within each row: sums over a row then add up in the same order in every run (a
        # frozenset's order depends on the process's string hashing), so the same reports give the same scores.
        columns = np.asarray(
            [column for row in rows for column in sorted([self.columns[key] for key in row])], dtype=np.int64
        )
        pointers = _pointers(np.asarray([len(row) for row in rows], dtype=np.int64))
        return KeyRows(self.weights[columns], columns, pointers, (len(rows), len(self.columns)))


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
    matrix: KeyRows
    total: np.ndarray
    whole: np.ndarray
    copies: np.ndarray

    @classmethod
    def of(cls, owner: np.ndarray, pieces: list[frozenset[str]], vocabulary: Vocabulary, copies: np.ndarray) -> Side:
        """The side of `pieces`, piece i belonging to sentence owner[i], sentence j having copies[j] copies."""
        matrix = vocabulary.matrix(pieces)
        first = np.ones(owner.size, dtype=bool)
        first[1:] = owner[1:] != owner[:-1]
        total = np.bincount(matrix.entry_rows(), weights=matrix.data, minlength=matrix.shape[0])
        return cls(owner, matrix, total, np.flatnonzero(first), copies[owner].astype(np.float64))

    @property
    def sentences(self) -> int:
        """How many sentences the pieces come from."""
        return int(self.whole.size)


@attrs.frozen
class Restricted:
    """Two reports' pieces restricted to some of the keys (the names, the numbers), to weigh what pairs share of them.

    Args:
        matrix_a: A's pieces, the chosen keys only.
        codes_b: B's, as sorted codes (see _codes).
        total_a: Weight of the chosen keys in each of A's pieces.
        total_b: The same for B's.
    """

    matrix_a: KeyRows
    codes_b: np.ndarray
    total_a: np.ndarray
    total_b: np.ndarray

    @classmethod
    def of(cls, side_a: Side, side_b: Side, keep: np.ndarray) -> Restricted:
        """The sides restricted to the keys whose columns `keep` flags."""
        matrix_a, matrix_b = side_a.matrix.keep_columns(keep), side_b.matrix.keep_columns(keep)
        return cls(matrix_a, _codes(matrix_b), _row_totals(matrix_a), _row_totals(matrix_b))

    def shared(self, rows_a: np.ndarray, rows_b: np.ndarray) -> np.ndarray:
        """Weight of the chosen keys that each pair of pieces (A's row, B's row) shares."""
        if self.codes_b.size == 0:
            return np.zeros(rows_a.size)
        return _rest_shared(self.matrix_a, self.codes_b, rows_a, rows_b)


def _row_totals(matrix: KeyRows) -> np.ndarray:
    return np.bincount(matrix.entry_rows(), weights=matrix.data, minlength=matrix.shape[0])


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


def overlap_blocks(side_a: Side, side_b: Side) -> Iterator[Overlap]:
    """The overlap of every sentence pair whose pieces share a candidate key, block by block of A's sentences.

    Blocks come in order of A's sentences, so their pairs concatenate sorted.
    """
    held_b = _held(side_b)
    pairs = _pairs_per_key(_held(side_a), held_b)
    widespread = _widespread_keys(pairs)
    candidate_a = side_a.matrix.keep_columns(~widespread)
    holders_b = side_b.matrix.keep_columns(~widespread).transposed()
    # The widespread keys of each pair found are looked up entry by entry (see _rest_shared).
    rest_a, rest_b = side_a.matrix, np.zeros(0, dtype=np.int64)
    if widespread.any():
        rest_a, rest_b = side_a.matrix.keep_columns(widespread), _codes(side_b.matrix.keep_columns(widespread))
    if pairs[~widespread].sum() <= BLOCK_PAIRS:
        blocks = [(0, side_a.owner.size)]
    else:
        blocks = _row_blocks(side_a, held_b, candidate_a, ~widespread)
    for first, last in blocks:
        rows, columns, shared = _joined(candidate_a, holders_b, first, last)
        if rest_b.size:
            shared = shared + _rest_shared(rest_a, rest_b, rows, columns)
        yield _by_sentence_pair(side_a, side_b, rows, columns, shared)


def _pairs_per_key(held_a: tuple[np.ndarray, np.ndarray], held_b: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """How many pairs of pieces each key makes: the pieces of A that hold it times the pieces of B.

    A piece of a sentence repeated k times, paired with one repeated m times, counts (k + m) / 2: at least the
    max(k, m) pairs of copies it becomes, and 1 when neither sentence is repeated.

    Args:
        held_a: What _held gives for A.
        held_b: What _held gives for B.
    """
    (pieces_a, copies_a), (pieces_b, copies_b) = held_a, held_b
    pairs: np.ndarray = (copies_a * pieces_b + pieces_a * copies_b) / 2.0
    return pairs


def _held(side: Side) -> tuple[np.ndarray, np.ndarray]:
    """How many pieces hold each key, and how many copies of pieces."""
    columns = side.matrix.shape[1]
    held = np.bincount(side.matrix.indices, minlength=columns).astype(np.float64)
    copies = np.bincount(side.matrix.indices, weights=side.copies[side.matrix.entry_rows()], minlength=columns)
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


def _pointers(counts: np.ndarray) -> np.ndarray:
    """Row pointers (KeyRows.indptr) for rows of `counts` entries each."""
    pointers = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts, out=pointers[1:])
    return pointers


def _codes(matrix: KeyRows) -> np.ndarray:
    """Each entry of the matrix as one sorted integer, row * columns + column, for fast membership tests."""
    return np.sort(matrix.entry_rows() * matrix.shape[1] + matrix.indices)


def _row_blocks(
    side_a: Side, held: tuple[np.ndarray, np.ndarray], candidate_a: KeyRows, candidate: np.ndarray
) -> list[tuple[int, int]]:
    """Ranges of A's rows, whole sentences each, that make about BLOCK_PAIRS pairs at most (see _pairs_per_key).

    Args:
        side_a: A's pieces.
        held: What _held gives for B.
        candidate_a: A's pieces, candidate keys only.
        candidate: Which keys are candidates.
    """
    held_b, copies_b = held
    # Per row of A, the pieces of B (and their copies) that hold each of its candidate keys, added up.
    rows = candidate_a.entry_rows()
    met = np.bincount(rows, weights=(held_b * candidate)[candidate_a.indices], minlength=candidate_a.shape[0])
    met_copies = np.bincount(rows, weights=(copies_b * candidate)[candidate_a.indices], minlength=candidate_a.shape[0])
    work = (side_a.copies * met + met_copies) / 2.0
    per_sentence = np.bincount(side_a.owner, weights=work, minlength=side_a.sentences)
    block = (np.cumsum(per_sentence) - per_sentence) // BLOCK_PAIRS
    starts = np.flatnonzero(np.diff(block, prepend=-1.0))
    bounds = [*side_a.whole[starts].tolist(), side_a.owner.size]
    return list(itertools.pairwise(bounds))


def _joined(
    candidate_a: KeyRows, holders_b: KeyRows, first: int, last: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of pieces, A's rows first to last with any of B's, that shares a candidate key.

    Args:
        candidate_a: A's pieces restricted to the candidate keys.
        holders_b: B's pieces holding each candidate key (B's matrix restricted to them, transposed).
        first: A's first row.
        last: The row after A's last.

    Returns:
        A's piece, B's piece and the weight they share, per pair: A's pieces in order and, for each, B's pieces in
        reverse order of the first key they share with it (see _summed).
    """
    width = holders_b.shape[1]
    code, order, weights = _meetings(candidate_a, holders_b, first, last)
    pair, shared = _summed(code, order, weights, width)
    return pair // width + first, pair % width, shared


def _meetings(
    candidate_a: KeyRows, holders_b: KeyRows, first: int, last: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The meetings of A's rows first to last with B: each entry of A (a piece holding a key) meets every piece of B
    holding that key.

    Returns:
        Each meeting's pair of pieces as one integer, (A's row - first) * B's row count + B's row, in sorted order;
        its place in the order of meeting (A's entries in order, each meeting B's pieces in order); and the weight
        of the key it meets on.
    """
    start, end = int(candidate_a.indptr[first]), int(candidate_a.indptr[last])
    keys = candidate_a.indices[start:end]
    counts = holders_b.indptr[keys + 1] - holders_b.indptr[keys]
    rows = np.repeat(np.arange(last - first, dtype=np.int64), np.diff(candidate_a.indptr[first : last + 1]))
    code = holders_b.indices[_spans(holders_b.indptr[keys], counts)]
    code += np.repeat(rows * holders_b.shape[1], counts)
    # A stable sort keeps each pair's meetings in the order of its keys. Meetings are the join's largest arrays, so
    # each is made only when needed, and the unsorted codes are let go once sorted.
    order = np.argsort(code, kind="stable")
    code = code[order]
    weights = np.repeat(candidate_a.data[start:end], counts)[order]
    return code, order, weights


def _spans(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The indices from each start on, as many as its count, one span after the other."""
    nonempty = counts > 0
    starts, counts = starts[nonempty], counts[nonempty]
    if starts.size == 0:
        return np.zeros(0, dtype=np.int64)
    # Steps of 1 within a span and a jump to the next span's start, added up: one array the size of the result.
    index = np.ones(int(counts.sum()), dtype=np.int64)
    index[0] = starts[0]
    index[np.cumsum(counts[:-1])] = starts[1:] - starts[:-1] - counts[:-1] + 1
    return np.cumsum(index, out=index)


def _summed(code: np.ndarray, order: np.ndarray, weights: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The meetings of each pair of pieces reduced to one, their weights added up.

    Args:
        code: Each meeting's pair of pieces, sorted (see _meetings).
        order: Its place in the order of meeting.
        weights: The weight of the key it meets on.
        width: B's row count.

    Returns:
        Each pair's code and total weight, in the order of _joined.
    """
    if code.size == 0:
        return code, weights
    starts, shared = _run_sums(code, weights)
    pair = code[starts]
    # Within A's piece, B's pieces last met first: the order of the sparse matrix product this join replaced, which
    # decides between equally good pairs of pieces (see _best_in_groups) as it did.
    place = _last_met_first(pair // width, order[starts], code.size)
    return _placed(pair, place), _placed(shared, place)


def _run_sums(code: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal codes starts, and the total of its weights."""
    opens = np.empty(code.size, dtype=bool)
    opens[0] = True
    np.not_equal(code[1:], code[:-1], out=opens[1:])
    run = np.cumsum(opens)
    run -= 1
    # bincount adds up one after the other, here in the order of the pair's keys: the same sum, to the last bit, in
    # every run and however the reports are split into blocks.
    return np.flatnonzero(opens), np.bincount(run, weights=weights)


def _last_met_first(rows: np.ndarray, first_met: np.ndarray, meetings: int) -> np.ndarray:
    """Where each pair goes for A's pieces to come in order and, for each, B's pieces in reverse order of meeting.

    Args:
        rows: A's piece of each pair, in ascending order.
        first_met: The place of the pair's first meeting in the order of meeting.
        meetings: How many meetings there are.
    """
    # Ranking by first meeting through a mask of the meetings takes linear time, where sorting would not.
    met = np.zeros(meetings, dtype=bool)
    met[first_met] = True
    rank = np.cumsum(met)[first_met] - 1
    # Pieces of A meet in order, so the pairs of each take the ranks from its end - its count to its end; counted
    # down from the end instead, they come in reverse.
    per_row = np.bincount(rows)
    ends = np.cumsum(per_row)
    place: np.ndarray = (2 * ends - per_row)[rows] - 1 - rank
    return place


def _placed(values: np.ndarray, place: np.ndarray) -> np.ndarray:
    """The values, each moved to its place."""
    placed = np.empty_like(values)
    placed[place] = values
    return placed


def _rest_shared(rest_a: KeyRows, rest_b: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
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
    # The join yields A's rows in order, so the codes come in long sorted runs, which a stable sort merges fast.
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
