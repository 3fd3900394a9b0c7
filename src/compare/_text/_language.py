"""Which language a report is written in, so that every output can say when it is not English.

compare reads English: its stemmer, word rarities, number words and negations are English, so a Spanish pair
links on names and figures alone and misses what changed. Detection uses py3langid (langid.py's model, which
ships inside the package), imported on first use so that ``import compare`` stays light; docs/quality.md says
why it was chosen.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["detect_language", "language_name"]

# Fewer letters than this say too little to tell a language by ("Bus crash").
_MIN_LETTERS = 40
# Below this probability the detector is guessing: say nothing rather than warn wrongly.
_MIN_PROBABILITY = 0.9
# Only the start of a long report is read: a page of text tells its language, and the time stays bounded.
_MAX_CHARS = 5000
_NAMES = {
    "ar": "Arabic", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sv": "Swedish",
    "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
}  # fmt: skip


def detect_language(text: str) -> str | None:
    """The language the text looks written in.

    Args:
        text: A report's text.

    Returns:
        An ISO 639-1 code (``"en"``, ``"es"``), or ``None`` when the text is too short or the detector unsure.
    """
    sample = text[:_MAX_CHARS]
    if sum(1 for char in sample if char.isalpha()) < _MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if float(probability) >= _MIN_PROBABILITY else None


def language_name(code: str) -> str:
    """The language's English name ("Spanish"), or its code when it has none here."""
    return _NAMES.get(code, code)


@functools.cache
def _identifier() -> LanguageIdentifier:
    # Loading the model takes about 0.4 s: once per process, and only when a report is read.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
