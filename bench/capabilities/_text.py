"""Reading the articles by path, and the generator's own sentence splitter and quotation finder (simple rules over
news prose, used only to find edit sites; the engine splits the reports itself)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ._model import Article, Change, Sentence

# Words ending in a full stop that do not end a sentence in news prose: titles, months, initials, AP state
# abbreviations, and dotted acronyms.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Gov|St|Jr|Sr|No|Vol|Inc|Corp|Co"
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|vs|etc|a\.m|p\.m)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])"
    r"\.$"
)
_BOUNDARY = re.compile(r"[.!?][\u201d\"\u2019)]*(?=\s+[\u201c\"\u2018(]?[A-Z0-9])")

OPENING = "\u201c"
CLOSING = "\u201d"


def load_articles(path: Path) -> list[Article]:
    """Every outlet's article of every event of a BASIL file, in file order."""
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            for outlet in sorted(row["articles"]):
                item = row["articles"][outlet]
                articles.append(article(row["event"], outlet, item.get("published") or "", item["text"]))
    return articles


def article(event: str, outlet: str, published: str, text: str) -> Article:
    """An article from its text, one paragraph a line."""
    paragraphs = tuple(p for p in (line.strip() for line in text.split("\n")) if p)
    sentences = tuple(s for index, paragraph in enumerate(paragraphs) for s in split(paragraph, index))
    return Article(event, outlet, published, paragraphs, sentences)


def split(paragraph: str, index: int) -> Iterator[Sentence]:
    """The sentences of a paragraph."""
    quoted = quote_spans(paragraph)
    start = 0
    for boundary in _BOUNDARY.finditer(paragraph):
        head = paragraph[start : boundary.start() + 1]
        if _ABBREVIATION.search(head.split()[-1] if head.split() else ""):
            continue
        yield _sentence(paragraph, index, start, boundary.end(), quoted)
        start = boundary.end() + len(paragraph[boundary.end() :]) - len(paragraph[boundary.end() :].lstrip())
    if start < len(paragraph):
        yield _sentence(paragraph, index, start, len(paragraph), quoted)


def _sentence(paragraph: str, index: int, start: int, end: int, quoted: list[tuple[int, int]]) -> Sentence:
    inside = tuple((max(s, start) - start, min(e, end) - start) for s, e in quoted if s < end and start < e)
    return Sentence(index, start, end, paragraph[start:end], inside)


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """The spans inside quotation marks (curly or straight), marks excluded; one left open runs to the end."""
    spans = []
    opened: int | None = None
    for position, char in enumerate(paragraph):
        if char == OPENING or (char == '"' and opened is None):
            opened = position + 1
        elif (char == CLOSING or char == '"') and opened is not None:
            spans.append((opened, position))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph)))
    return spans


Make = Callable[[re.Match[str]], str | None]


def sites(
    article: Article, index: int, pattern: re.Pattern[str], make: Make, *, quotes: str = "outside", group: int = 0
) -> list[Change]:
    """The changes ``make`` writes for each match of ``pattern`` in a sentence (``None`` to skip a match).

    Args:
        quotes: ``"outside"`` keeps matches outside quotation marks, ``"inside"`` those inside, ``"any"`` all.
        group: The group whose span is replaced.
    """
    sentence = article.sentences[index]
    changes = []
    for match in pattern.finditer(sentence.text):
        start, end = match.span(group)
        inside = sentence.in_quote(start, end)
        if (quotes == "outside" and inside) or (quotes == "inside" and not inside):
            continue
        replacement = make(match)
        if replacement is None or replacement == match.group(group):
            continue
        offset = sentence.start
        changes.append(Change((index,), sentence.paragraph, offset + start, offset + end, replacement))
    return changes


def capitalised_like(word: str, model: str) -> str:
    """``word`` with the first letter's case of ``model``."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def occurs(article: Article, phrase: str) -> bool:
    """Whether the article already writes ``phrase`` as a whole word or phrase."""
    return re.search(r"(?<![\w$])" + re.escape(phrase) + r"(?!\w)", article.text) is not None


def sounds_with_vowel(written: str) -> bool:
    """Whether a word or an acronym is read starting with a vowel sound ("an FBI agent", "a Federal agent")."""
    word = written.lstrip('\u201c"($').split(" ")[0]
    digits = re.match(r"[\d,]+", word)
    if digits:  # "an 8", "an 11", "an 18,000", "a 15"
        whole = digits.group(0).replace(",", "")
        return whole.startswith("8") or (whole[:2] in ("11", "18") and len(whole) % 3 == 2)
    letters = word.replace(".", "")
    if letters.isupper() and len(letters) > 1:
        return letters[0] in "AEFHILMNORSX"
    return word[:1].lower() in "aeio" or (word[:1].lower() == "u" and not word.lower().startswith(("uni", "us", "u.")))


def with_agreeing_article(article: Article, change: Change) -> Change:
    """The change, with "a" or "an" right before it made to agree with the replacement."""
    paragraph = article.paragraphs[change.paragraph]
    determiner = re.search(r"(?<![\w\u2019'])([Aa]n?) $", paragraph[: change.start])
    if determiner is None or (determiner.group(1).lower() == "an") == sounds_with_vowel(change.replacement):
        return change
    word = determiner.group(1)
    fixed = word[0] + "n" if sounds_with_vowel(change.replacement) else word[0]
    return Change(change.sentences, change.paragraph, determiner.start(1), change.end, f"{fixed} {change.replacement}")
