"""Sentence segmentation for English news copy.

A compact rule-based segmenter, chosen over pysbd, NLTK Punkt and syntok by measurement
(see docs/segmentation.md). It works token by token on whitespace-separated tokens, so it
never splits inside a URL, an e-mail address, a decimal or an initialism, and its cost is
linear in the length of the text. Sentences also end at the full stops of Chinese and Japanese,
which run on without a space, and at the sentence marks of Arabic and Devanagari.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = ["CLAUSE_BREAK", "clause_spans", "split_sentences"]

_TOKEN = re.compile(r"\S+")

# Look-alike quote characters are spelled as escapes so a reader can tell them apart:
# \u201c \u201d double quotes, \u2018 \u2019 single ones, \u201e \u201a low-9 openers,
# \u00ab \u00bb and \u2039 \u203a guillemets.
_TERMINALS = ".!?\u2026"
# Full stops, question and exclamation marks of scripts written without spaces between words (Chinese,
# Japanese: \u3002 \uff01 \uff1f \uff61), which end a sentence wherever they stand, and those of Arabic (\u061f
# question mark, \u06d4 Urdu full stop) and Devanagari (\u0964 danda), which stand before a space as "." does.
_UNSPACED_TERMINALS = "\u3002\uff01\uff1f\uff61"
_SPACED_TERMINALS = "\u061f\u06d4\u0964"
_CLOSERS = "\"')]}\u201d\u2019\u00bb\u203a"
# Closing brackets and quotes of CJK text (\u300d \u300f \uff09 \u300b \u3009) that follow a sentence's full stop.
_UNSPACED_CLOSERS = "\u300d\u300f\uff09\u300b\u3009"
_STOP = f"[{_UNSPACED_TERMINALS}]+[{re.escape(_UNSPACED_CLOSERS + _CLOSERS)}]*"
_UNSPACED_SENTENCE = re.compile(f"[^{_UNSPACED_TERMINALS}]+(?:{_STOP})?|{_STOP}")
_END_CHARS = frozenset(_TERMINALS + _CLOSERS + _UNSPACED_TERMINALS + _SPACED_TERMINALS + _UNSPACED_CLOSERS)
_UNSPACED_TERMINALS_SET = frozenset(_UNSPACED_TERMINALS)
# Control characters that are not white space (NUL, BEL, ESC, DEL...) print as nothing: a sentence ends before them
# as it would without them ("hurt.\x07 Police" ends after "hurt."), though they stay inside its span.
_INVISIBLE = "".join(map(chr, [*range(0x09), *range(0x0E, 0x1C), 0x7F]))
_INVISIBLE_SET = frozenset(_INVISIBLE)
_UNSPACED_STOP = re.compile(f"[{_UNSPACED_TERMINALS}]")
_OPENERS = "\"'([{\u00bf\u00a1\u201c\u2018\u201e\u201a\u00ab\u2039"
_OPENING_QUOTES = '"\u201c\u2018\u201e\u00ab\u2039'
# A token made only of these continues the sentence before it (". . ." or a stray comma).
_CONTINUATION_PUNCT = ".,;:!?\u2026" + _CLOSERS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Always followed by the rest of the sentence: a title before a name, "v." in a case name.
_NEVER_FINAL = _words(
    """Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Gov Govs Sen Sens Rep Reps Gen Gens Brig Lt Col Maj Capt Cmdr Adm Sgt
    Cpl Pvt Spc Rev Fr Msgr Hon Pres Supt Atty Insp Det Mt Ft Amb vs v cf viz approx e.g i.e E.g I.e"""
)
_MONTHS = _words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
# Final only when no number follows: "No. 2", "Jan. 6", "Vol. 3".
_BEFORE_NUMBER = _MONTHS | _words("No Nos no nos Vol vol Art art Fig fig Ch ch Sec sec pp p para Ex ex Op op")
# Often end a sentence, yet are just as often followed by a capitalised word of the same sentence
# ("St. Louis", "Springfield, Ill. His"): these end a sentence only before a word that typically starts one.
_AMBIGUOUS = _MONTHS | _words(
    """Jr Sr Esq etc St Ave Blvd Rd Hwy Dept Univ Assn Intl Govt est
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
    Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo"""
)
# A company suffix is followed by a capitalised word of the same sentence mostly in a title
# ("Microsoft Corp. CEO Satya Nadella"); any other capitalised word starts a new sentence.
_CORPORATE = _words("Inc Corp Co Cos Ltd Bros Plc")
_CORPORATE_CONTINUATIONS = _words(
    """CEO CFO COO CTO Chairman Chairwoman Chair Chief President Vice Executive Director Founder Cofounder
    Inc Corp Co Ltd LLC LP PLC Plc AG SA NV Holdings Group International Board Spokesman Spokeswoman Spokesperson"""
)
# Capitalised words that after "a.m."/"p.m." still belong to the same sentence ("5 p.m. ET Tuesday").
_TIME_CONTINUATIONS = _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun
    January February March April May June July August September October November December
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST AEST AEDT IST JST"""
)
# Words that typically open a sentence in news copy; an ambiguous abbreviation followed by one of
# them ends its sentence ("...in the U.S. The next day..."), while "U.S. Senate" does not.
_SENTENCE_STARTERS = _words(
    """A An The This That These Those There Here It Its He She They We I You His Her Their Our My Your
    But And Or So Yet Still Also However Meanwhile Instead Nevertheless Moreover Furthermore Then Now
    In On At For From With Without By To Of As After Before During Since Until While When Where Why How What
    Who Which Whether If Although Though Because Despite According Under Over About Among Between Through
    Some Many Most Several Few All Both Each Every Any No None Neither Nor Not Only Even Just
    One Two Three Four Five Six Seven Eight Nine Ten
    Officials Police Authorities Residents Witnesses Voters Critics Analysts Experts Investors Shares Prices
    Thousands Hundreds Dozens Millions Customers Workers People Students Lawmakers Prosecutors Doctors
    Earlier Later Last Next Today Yesterday Tomorrow Asked Told"""
)
# "1." or "b." opening a line numbers a list item; its full stop ends nothing.
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})\.")


# A report is compared with several others (a collation, a batch against one wire copy), and every comparison
# splits its text again: spans are immutable, so each text is split once.
@functools.lru_cache(maxsize=64)
def split_sentences(text: str, *, max_chars: int = 1000) -> tuple[tuple[int, int], ...]:
    """Return (start, end) character spans of the sentences of `text`, in order, non-overlapping,
    with surrounding whitespace excluded (text[start:end] is the sentence, stripped).

    Every line break ends a sentence, since news copy holds one paragraph per line. A sentence
    longer than `max_chars` is cut into pieces of at most `max_chars` characters, at whitespace
    where possible. Every non-whitespace character of `text` lies in exactly one span.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    spans: list[tuple[int, int]] = []
    for start, end in _line_sentences(text):
        spans.extend(_cut_long(text, start, end, max_chars))
    return tuple(spans)


def _line_sentences(text: str) -> Iterator[tuple[int, int]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        yield from _sentences_in(text, offset, offset + len(line))
        offset += len(line)


def _sentences_in(text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
    if _UNSPACED_STOP.search(text, pos, endpos) is None:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, pos, endpos)]
    else:
        tokens = list(_tokens(text, pos, endpos))
    sentence_start = -1
    for index, (start, end) in enumerate(tokens):
        if sentence_start < 0:
            sentence_start = start
        if index + 1 == len(tokens):
            yield sentence_start, end
        elif (text[end - 1] in _END_CHARS or text[end - 1] in _INVISIBLE_SET) and _ends_sentence(
            text[start:end], text[slice(*tokens[index + 1])], first_in_line=index == 0
        ):
            yield sentence_start, end
            sentence_start = -1


def _tokens(text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
    """Spans of the whitespace-separated tokens of text[pos:endpos], a token of unspaced script cut after each of
    its full stops ("\u4ed6\u8bf4\u3002\u7136\u540e" is two tokens), so that its sentences end there."""
    for match in _TOKEN.finditer(text, pos, endpos):
        start, end = match.span()
        if _UNSPACED_TERMINALS_SET.isdisjoint(match.group()):
            yield start, end
        else:
            for piece in _UNSPACED_SENTENCE.finditer(text, start, end):
                yield piece.span()


def _ends_sentence(token: str, following: str, *, first_in_line: bool) -> bool:
    """Whether a sentence ends after `token`, given the token that follows it on the same line."""
    token = token.rstrip(_INVISIBLE)
    core = token.rstrip(_CLOSERS + _UNSPACED_CLOSERS)
    if core and core[-1] in _UNSPACED_TERMINALS + _SPACED_TERMINALS:
        return True
    if not core or core[-1] not in _TERMINALS:
        return False
    if first_in_line and _LIST_MARKER.fullmatch(token):
        return False
    if not _may_start_sentence(following):
        return False
    if core[-1] != "." or core.endswith(("...", "..")):
        return True
    return _full_stop_ends(core[:-1], following)


def _may_start_sentence(token: str) -> bool:
    """A sentence cannot start with a lowercase word or with punctuation that continues the previous one."""
    body = token.lstrip(_OPENERS)
    if not body:
        return token[0] not in _CONTINUATION_PUNCT
    return not body[0].islower() and body[0] not in _CONTINUATION_PUNCT


def _full_stop_ends(word: str, following: str) -> bool:
    """Whether a full stop after `word` ends the sentence: it may instead mark an abbreviation."""
    word = word.strip(_OPENERS + _CLOSERS).rsplit("-", 1)[-1]
    if word in _NEVER_FINAL:
        return False
    next_word = _leading_word(following)
    if word in _BEFORE_NUMBER and following.lstrip(_OPENERS)[:1].isdigit():
        return False
    if word.lower() in ("a.m", "p.m"):
        return next_word not in _TIME_CONTINUATIONS
    if word in _CORPORATE:
        # "Duke Energy Corp. (NYSE: DUK)": a parenthesis after a company name holds its ticker.
        return following[0] != "(" and next_word not in _CORPORATE_CONTINUATIONS
    if word in _AMBIGUOUS or _is_initialism(word):
        return next_word in _SENTENCE_STARTERS or following[0] in _OPENING_QUOTES
    return True


def _is_initialism(word: str) -> bool:
    """Whether `word` is an initial or initialism: "W" (George W. Bush), "U.S", "J.K", "Ph.D"."""
    parts = word.split(".")
    return all(1 <= len(part) <= 2 and part.isalpha() for part in parts) and (len(parts) > 1 or len(word) == 1)


def _leading_word(token: str) -> str:
    body = token.lstrip(_OPENERS)
    end = 0
    while end < len(body) and body[end].isalpha():
        end += 1
    return body[:end]


def _cut_long(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence into stripped pieces of at most `max_chars`, preferring whitespace."""
    while end - start > max_chars:
        limit = start + max_chars
        cut = _last_space(text, start, limit)
        piece_end = cut if cut > start else limit
        yield start, _rstrip_index(text, start, piece_end)
        start = _lstrip_index(text, piece_end, end)
    if start < end:
        yield start, end


def _last_space(text: str, start: int, limit: int) -> int:
    """Index of the last whitespace in text[start:limit + 1], or -1; a space at `limit` allows a full piece."""
    for index in range(min(limit, len(text) - 1), start, -1):
        if text[index].isspace():
            return index
    return -1


def _rstrip_index(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip_index(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


# Where a clause may end, in scoring and in reading what only one of two linked sentences says.
CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s-+\s|\s-{2,}")


# Scoring, details and the readers of acts and polarity each ask for the clauses of the same sentences, the act
# readers once per value: spans are immutable, so each sentence is split once.
@functools.lru_cache(maxsize=8192)
def clause_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The stretches of the sentence between clause breaks, in order, empty ones left out."""
    bounds = [0]
    for match in CLAUSE_BREAK.finditer(sentence):
        bounds.extend((match.start(), match.end()))
    bounds.append(len(sentence))
    return tuple((bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2) if bounds[i] < bounds[i + 1])
