"""Classification: whether a link's two sentences agree or differ on a detail.

A number conflicts with a number of the other sentence when both count the same thing and no equal number
stands beside the same thing on the other side: "22 wounded soldiers" and "23 seriously wounded Ukrainians" share
what they count ("wounded") and differ; "175 prisoners" and "175 individuals" agree; "175 prisoners" and
"23 wounded" count different things and never conflict.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ._model import Conflict
from ._normalize import Token

__all__ = ["find_conflicts"]


@attrs.frozen
class _Quantity:
    value: str
    text: str
    phrase: str
    start: int
    end: int
    counted: frozenset[str]


def find_conflicts(
    sentence_a: str, tokens_a: Sequence[Token], sentence_b: str, tokens_b: Sequence[Token]
) -> tuple[Conflict, ...]:
    """The details on which two linked sentences differ.

    Args:
        sentence_a: A's sentence.
        tokens_a: Its tokens.
        sentence_b: B's sentence.
        tokens_b: Its tokens.

    Returns:
        The conflicts, in the order they stand in A's sentence.
    """
    quantities_a = _quantities(sentence_a, tokens_a)
    quantities_b = _quantities(sentence_b, tokens_b)
    unmatched_a = [q for q in quantities_a if not any(_agree(q, other) for other in quantities_b)]
    unmatched_b = [q for q in quantities_b if not any(_agree(q, other) for other in quantities_a)]
    conflicts = []
    for quantity in unmatched_a:
        rival = next((other for other in unmatched_b if quantity.counted & other.counted), None)
        if rival is not None:
            unmatched_b.remove(rival)
            conflicts.append(_number_conflict(quantity, rival))
    return tuple(conflicts)


def _quantities(sentence: str, tokens: Sequence[Token]) -> list[_Quantity]:
    # The normaliser made a "count" token per word a number counts, starting where the number starts.
    counted: dict[int, list[Token]] = {}
    for token in tokens:
        if token.kind == "count":
            counted.setdefault(token.start, []).append(token)
    found = []
    for token in tokens:
        words = counted.get(token.start) if token.kind == "number" else None
        if words:
            phrase_end = max(word.end for word in words)
            keys = frozenset(word.key for word in words)
            text, phrase = sentence[token.start : token.end], sentence[token.start : phrase_end]
            found.append(_Quantity(token.key, text, phrase, token.start, token.end, keys))
    return found


def _agree(quantity: _Quantity, other: _Quantity) -> bool:
    return quantity.value == other.value


def _number_conflict(a: _Quantity, b: _Quantity) -> Conflict:
    return Conflict(
        kind="number",
        a_value=a.text,
        b_value=b.text,
        explanation=f"A says {a.phrase}; B says {b.phrase}.",
        a_span=(a.start, a.end),
        b_span=(b.start, b.end),
        confidence=0.8,
    )
