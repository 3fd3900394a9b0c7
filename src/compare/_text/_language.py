"""Which language a report is written in, so that every output can say when it is not English.

compare reads English: its stemmer, word rarities, number words and negations are English, so a Spanish pair
links on names and figures alone and misses what changed. Detection uses py3langid (langid.py's model, which
ships inside the package), imported on first use so that ``import compare`` stays light; docs/quality.md says
why it was chosen.

The script comes first: a text most of whose letters are of a script other than Latin (Han, kana, Hangul, Arabic,
Hebrew, Cyrillic, Greek, Devanagari... as Unicode names each character's script) is not English whatever the
detector's confidence, which is low on short texts of scripts that several languages share (Chinese at 0.70 on a
paragraph); the detector then only names the language. A text in Latin letters needs the detector to be sure.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["detect_language", "language_name"]

# Fewer letters than this say too little to tell a language by ("Bus crash").
_MIN_LETTERS = 40
# Letters of a script other than Latin tell the text is not English from fewer of them: a Han character is a word.
_MIN_SCRIPT_LETTERS = 12
# Below this probability the detector is guessing: say nothing rather than warn wrongly.
_MIN_PROBABILITY = 0.9
# Only the start of a long report is read: a page of text tells its language, and the time stays bounded.
_MAX_CHARS = 2000
_NAMES = {
    "ar": "Arabic", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sv": "Swedish",
    "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
}  # fmt: skip


# A report compared with several others is detected once.
@functools.lru_cache(maxsize=64)
def detect_language(text: str) -> str | None:
    """The language the text looks written in.

    Args:
        text: A report's text.

    Returns:
        An ISO 639-1 code (``"en"``, ``"es"``), or ``None`` when the text is too short or the detector unsure.
    """
    sample = text[:_MAX_CHARS]
    letters, other_script = _letters(sample)
    if other_script * 2 > letters and other_script >= _MIN_SCRIPT_LETTERS:
        return _best_guess_but_english(sample)
    if letters < _MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if float(probability) >= _MIN_PROBABILITY else None


# Every byte but those of ASCII letters (A-Z, a-z), and a character beyond ASCII.
_NOT_ASCII_LETTERS = bytes(byte for byte in range(256) if not chr(byte).isascii() or not chr(byte).isalpha())
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def _letters(sample: str) -> tuple[int, int]:
    """How many letters the sample holds, and how many of them are of a script other than Latin."""
    # Most characters of a report are ASCII, whose letters are all Latin: counting their bytes costs much less than
    # asking each character whether it is a letter. Only the others are asked, and their script looked up.
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    others = [char for char in _BEYOND_ASCII.findall(sample) if char.isalpha()]
    return ascii_letters + len(others), sum(1 for char in others if _script(char) != "LATIN")


def _script(char: str) -> str:
    # Unicode names a letter by its script first: "LATIN SMALL LETTER A", "CJK UNIFIED IDEOGRAPH-5468",
    # "CYRILLIC CAPITAL LETTER BE", "HIRAGANA LETTER NO".
    return unicodedata.name(char, "").split(" ", 1)[0]


def _best_guess_but_english(sample: str) -> str:
    """The detector's likeliest language for a text whose script rules English out."""
    return next(str(code) for code, _ in _identifier().rank(sample) if code != "en")


def language_name(code: str) -> str:
    """The language's English name ("Spanish"), or its code when it has none here."""
    return _NAMES.get(code, code)


@functools.cache
def _identifier() -> LanguageIdentifier:
    # Loading the model takes about 0.4 s: once per process, and only when a report is read.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class _ArrayIdentifier(LanguageIdentifier):  # type: ignore[misc]
        """py3langid's identifier with its two costly steps done on arrays, to the same scores (see _visit_counts and
        _scores): walked one byte at a time in Python, and its table of half floats widened one number at a time,
        the library's steps cost about 6% of a comparison of two reports read afresh."""

        __slots__ = ()

        def _raw_score(self, text: bytes) -> Any:
            visits = _visit_counts(self, text)
            if visits is None:
                return super()._raw_score(text)
            return _scores(self, *visits)

    identifier = _ArrayIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if all(hasattr(identifier, name) for name in _LIBRARY_TABLES):
        return identifier
    # A release of py3langid that keeps its tables otherwise: its own walk, slower and the same.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# The parts of py3langid's identifier the array steps read (private to the library, so checked, not assumed).
_LIBRARY_TABLES = ("tk_nextmove", "_rowbase", "tk_output", "nb_ptc", "nb_pc", "_sparse_score", "_raw_score")


# How many bytes up to a position settle the automaton's state there. Read off the model: with 4 the check fails on
# every BASIL report, with 5 on none of them, nor on random texts of Latin, Cyrillic and Han letters.
_WINDOW = 5


def _visit_counts(identifier: LanguageIdentifier, text: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """The model's features the text holds and how often each, in the order the library's walk first finds them
    (the order of its sum); None when the array walk fails its check or finds no feature (the library's walk then
    counts).

    The automaton's state after a byte depends only on the few bytes before it (it finds n-grams of a few bytes), so
    every byte's state is found at once, by walking _WINDOW bytes from the start state at every position together.
    Every step is then checked against the automaton, all at once: the states are the library's walk exactly.
    """
    moves, bases, outputs = _tables(identifier)
    letters = np.frombuffer(text, dtype=np.uint8)
    size = len(letters)
    if not size:
        return None
    states = np.zeros(size, dtype=moves.dtype)
    for back in range(_WINDOW - 1, -1, -1):
        # A position with fewer bytes before it than the window starts at the text's start, as the walk does.
        states[back:] = moves[bases[states[back:]] + letters[: size - back]]
    previous = np.zeros(size, dtype=moves.dtype)
    previous[1:] = states[:-1]
    if not np.array_equal(moves[bases[previous] + letters], states):
        return None
    found = outputs[states]
    found = found[found >= 0]
    if not len(found):
        return None
    features, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first)
    return features[order], counts[order]


# The bits of a half float, shifted 13 places left (its exponent to a single's, its fraction to the top of a
# single's), plus this, are the single of the same value, when the half is negative and normal: the exponent's bias
# raised from 15 to 127, the sign bit moved from the 29th place to the 32nd.
_NEGATIVE_HALF_TO_SINGLE = np.uint32(((1 << 31) - (1 << 28) + (112 << 23)) % (1 << 32))
# The bits of the negative normal half floats lie between these.
_NEGATIVE_NORMAL_HALVES = (0x8400, 0xFBFF)


def _scores(identifier: LanguageIdentifier, features: np.ndarray, counts: np.ndarray) -> Any:
    """The library's naive Bayes scores of the features counted (its _sparse_score), with the rows of its table of
    log probabilities (half floats) widened to singles by their bits. numpy widens a half one number at a time, at
    about 20 instructions each, and a report reads about 1,000 rows of 142 languages; the model's log probabilities
    are all negative and normal, whose bits widen by one shift and one addition. Rows that hold any other number are
    widened by the library."""
    halves = np.take(identifier.nb_ptc.view(np.uint16), features, axis=0)
    lowest, highest = _NEGATIVE_NORMAL_HALVES
    if halves.min() < lowest or halves.max() > highest:
        return identifier._sparse_score(dict(zip(features.tolist(), counts.tolist(), strict=True)), identifier.nb_ptc)
    singles = halves.astype(np.uint32)
    singles <<= 13
    singles += _NEGATIVE_HALF_TO_SINGLE
    return np.log1p(counts.astype(np.float32)) @ singles.view(np.float32) + identifier.nb_pc


@functools.cache
def _tables(identifier: LanguageIdentifier) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The automaton's moves, each state's first move and its feature (-1 for none), as arrays."""
    moves = np.frombuffer(identifier.tk_nextmove, dtype=identifier.tk_nextmove.typecode)
    return moves, np.array(identifier._rowbase, dtype=np.intp), np.array(identifier.tk_output, dtype=np.intp)
