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
from typing import TYPE_CHECKING

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

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
