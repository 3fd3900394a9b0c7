"""Links (issue 19): the same claim told with other words or in another shape, which must stay linked to its
original without a conflict: a verb of the same meaning, active and passive, clauses reordered, one sentence split
in two, two merged into one. (A figure written in words is in _numbers.)"""

from __future__ import annotations

import re

from ._model import Article, Change
from ._text import sites

# Verb forms and a form of the same meaning that takes the same arguments.
_SYNONYMS = (
    ("began", "started"), ("begin", "start"), ("begins", "starts"), ("tried to", "attempted to"),
    ("try to", "attempt to"), ("tries to", "attempts to"), ("bought", "purchased"), ("buy", "purchase"),
    ("permitted", "allowed"), ("banned", "prohibited"), ("ban", "prohibit"),
    ("investigating", "probing"), ("warned", "cautioned"), ("chose", "picked"), ("choose", "pick"),
    ("selected", "picked"), ("met with", "sat down with"), ("backed", "supported"), ("backs", "supports"),
    ("discussed", "talked about"), ("plans to", "intends to"), ("planned to", "intended to"), ("plan to", "intend to"),
    ("showed", "indicated"), ("ended", "concluded"), ("called for", "urged"), ("criticized", "faulted"),
    ("declined to", "refused to"), ("repealed", "revoked"), ("assist", "help"), ("helped", "assisted"),
    ("quit", "resigned"), ("hired", "employed"),
    ("received", "got"), ("announced", "declared"), ("continued to", "went on to"), ("seeks", "wants"),
    ("sought", "wanted"), ("shot", "fired at"),
)  # fmt: skip
_TRANSITIVE_ONLY = frozenset({"shot", "fired at", "helped", "assisted", "received", "got"})
_SUBJECT_BEFORE = r"\b(?:he|she|it|they|we|I|who|which|that|also|still|now)\s$"


def same_verb(article: Article, index: int) -> list[Change]:
    """A verb replaced by one of the same meaning that takes the same arguments ("began" -> "started", "bought" ->
    "purchased", "called for" -> "urged")."""
    table = dict(_SYNONYMS) | {right: left for left, right in _SYNONYMS}
    for word in (
        "got",
        "picked",
        "declared",
        "wants",
        "wanted",
        "help",
        "supported",
        "supports",
        "fired at",
        "employed",
        "allowed",
        "concluded",
        "urged",
        "indicated",
        "refused to",
        "started",
    ):
        table.pop(word, None)  # many senses, or a construction the other does not take ("wanted him to")
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(sorted(table, key=len, reverse=True)) + r")(?![\w\-\u2019'])")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        word = match.group(1)
        after = text[match.end() :]
        if re.search(r"\b(?:a|an|the|his|her|their|its)\s$", text[: match.start()]):
            return None  # a noun
        if word in _TRANSITIVE_ONLY and not re.match(r" (?:the|a|an|his|her|their|[A-Z]|him|them|for)\b", after):
            return None
        if word in ("quit", "resigned") and not re.match(r" (?:as|on|in|after|last|this)\b|[,.]", after):
            return None  # "resigned from" has no "quit from"
        if word.startswith("plan") and not re.search(_SUBJECT_BEFORE, text[: match.start()]):
            return None  # "GOP plans to read": a noun
        if word in ("shot",) and re.search(r"\b(?:was|were|been|be)\s$", text[: match.start()]):
            return None
        if re.match(r" (?:up|down|off|out|over|in)\b", after):
            return None
        return table[word]

    return sites(article, index, pattern, make)


_PAST = [
    "approved",
    "passed",
    "signed",
    "rejected",
    "vetoed",
    "killed",
    "arrested",
    "charged",
    "criticized",
    "endorsed",
    "fired",
    "hired",
    "nominated",
    "elected",
    "defeated",
    "sued",
    "blocked",
    "announced",
    "released",
    "praised",
    "condemned",
    "appointed",
    "introduced",
    "backed",
    "attacked",
    "accused",
    "questioned",
    "interviewed",
    "invited",
    "visited",
    "welcomed",
    "ordered",
    "filed",
    "launched",
    "unveiled",
    "published",
    "reported",
    "ousted",
    "blamed",
    "investigated",
    "indicted",
    "confirmed",
    "opposed",
    "supported",
    "urged",
    "obtained",
    "reviewed",
    "drafted",
    "raised",
    "created",
    "signed",
    "rejected",
    "adopted",
    "approved",
    "killed",
    "captured",
    "removed",
    "replaced",
]
# Irregular verbs: the past and the participle.
_IRREGULAR = {
    "won": "won",
    "led": "led",
    "took": "taken",
    "made": "made",
    "gave": "given",
    "chose": "chosen",
    "sent": "sent",
    "beat": "beaten",
    "built": "built",
    "bought": "bought",
    "sold": "sold",
    "struck": "struck",
    "broke": "broken",
    "paid": "paid",
}
_OBJECT_PRONOUNS = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me", "it": "it"}
_SUBJECT_PRONOUNS = {v: k for k, v in _OBJECT_PRONOUNS.items()}
# A noun phrase: a determiner and up to three words (no adverb), or a name of up to three words.
_WORD = r"(?!(?:[a-z]+ly|to|of|in|on|for|with|at|by|from|and|or|that|which|who)\b)[a-z\-]+"
_PHRASE = (
    r"(?:(?:[Tt]he|[Aa]|[Aa]n) (?:" + _WORD + r" ){0,2}" + _WORD + r"|(?:[Tt]he )?(?:[A-Z][a-z.]+ ){0,2}[A-Z][a-z]+)"
)
_OPENER = r"(?:(?:On|In|Last|Earlier|Late|Early) [^,]{2,30}, )?"
_BOUNDARY = r"(?=(?:,| on| in| at| after| last| this| earlier| during| into| with)\b|\.$)"


def _plural(phrase: str) -> bool:
    head = phrase.split()[-1]
    return (
        head.endswith("s") and not head.endswith(("ss", "us", "is", "news", "series", "species")) and head[0].islower()
    )


def active_passive(article: Article, index: int) -> list[Change]:
    """A sentence that opens with its subject (after a phrase of time, if any), a verb in the past and its object
    turned into the passive ("The House passed the bill on Friday." -> "The bill was passed by the House on
    Friday."), and a passive with its agent turned active."""
    sentence = article.sentences[index]
    if sentence.quoted or re.search(r", [a-z]+ing\b", sentence.text):
        return []  # a participle clause would attach to the new subject
    verbs = "|".join(_PAST + list(_IRREGULAR))
    participles = "|".join(_PAST + list(_IRREGULAR.values()))
    pronoun = r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e"
    active = re.compile(
        r"^(" + _OPENER + r")(" + _PHRASE + pronoun + r") (" + verbs + r") (" + _PHRASE + r"|him|her|them)" + _BOUNDARY
    )
    passive = re.compile(
        r"^("
        + _OPENER
        + r")("
        + _PHRASE
        + r") (was|were) ("
        + participles
        + r") by ("
        + _PHRASE
        + r"|him|her|them)"
        + _BOUNDARY
    )

    def common(phrase: str) -> str:
        """A noun phrase or pronoun moved away from the start of the sentence."""
        if phrase.split()[0] in ("The", "A", "An"):
            return phrase[0].lower() + phrase[1:]
        return _OBJECT_PRONOUNS.get(phrase.lower(), phrase) if phrase.lower() in _OBJECT_PRONOUNS else phrase

    def opening(phrase: str, opener: str) -> str:
        """A noun phrase or pronoun put where the sentence's subject stands."""
        if phrase in ("him", "her", "them"):
            phrase = _SUBJECT_PRONOUNS[phrase]
        return phrase[0].upper() + phrase[1:] if not opener else phrase

    def to_passive(match: re.Match[str]) -> str:
        opener, subject, verb, obj = match.groups()
        be = "were" if obj == "them" or _plural(obj) else "was"
        return f"{opener}{opening(common(obj), opener)} {be} {_IRREGULAR.get(verb, verb)} by {common(subject)}"

    def to_active(match: re.Match[str]) -> str:
        opener, patient, _, participle, agent = match.groups()
        verb = {p: v for v, p in _IRREGULAR.items()}.get(participle, participle)
        return (
            f"{opener}{opening(common(agent) if agent not in ('him', 'her', 'them') else agent, opener)} {verb} "
            f"{common(patient)}"
        )

    return sites(article, index, active, to_passive) + sites(article, index, passive, to_active)


_OPENERS = r"(?:On|In|At|After|Before|During|Last|Earlier|Later|Since|Until|Following|Late|Early)"
_LOWER_FIRST = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "There",
        "His",
        "Her",
        "Their",
        "Its",
    ]
)


def _lowered(clause: str) -> str | None:
    """A clause moved from the start of a sentence, its first word lowered when it is no name; ``None`` when it
    cannot be told whether the first word is a name."""
    words = clause.split()
    if words[0] in _LOWER_FIRST:
        return clause[0].lower() + clause[1:]
    named = re.match(r"(?:Mr\.|Ms\.|Mrs\.|Sen\.|Rep\.|Gov\.|Dr\.|President) [A-Z]|[A-Z][a-z]+ [A-Z][a-z]+", clause)
    return clause if named else None


def reorder(article: Article, index: int) -> list[Change]:
    """A sentence's clauses in another order: an opening phrase of time or place moved to the end ("On Friday, the
    committee voted." -> "The committee voted on Friday."), or a closing attribution moved to the front ("The
    plan will fail, he said." -> "He said the plan will fail.")."""
    sentence = article.sentences[index]
    if sentence.quoted:
        return []
    opening = re.compile(r"^(" + _OPENERS + r" [^,;:]{2,40}), ([a-z][^,;:]*?|[A-Z][^;:]*?)\.$")
    attribution = re.compile(r"^([^,;:]{20,}?), ((?:[A-Z][a-z.]+ ){0,2}[A-Z][a-z]+|he|she|they|officials) said\.$")

    def move_opening(match: re.Match[str]) -> str | None:
        phrase, clause = match.groups()
        if len(phrase.split()) > 7 or re.search(r"\b(?:said|says|told)\b", phrase):
            return None
        if re.match(r"At (?:least|most)\b", phrase):
            return None  # a quantifier of the subject ("At least one state, Indiana, is"), not a phrase of time
        if re.search(r", [^,]+ (?:said|says|reported|wrote|added)$", clause):
            return None  # moved to the end, the phrase would date the attribution instead of the act
        first = phrase.split()[0]
        moved = first.lower() + phrase[len(first) :]
        return f"{clause[0].upper()}{clause[1:]} {moved}."

    def move_attribution(match: re.Match[str]) -> str | None:
        claim, who = match.groups()
        lowered = _lowered(claim)
        if lowered is None:
            return None
        return f"{who[0].upper()}{who[1:]} said {lowered}."

    return sites(article, index, opening, move_opening) + sites(article, index, attribution, move_attribution)


_CLAUSE_SUBJECT = r"(?:he|she|they|it|we|the [a-z]+|[A-Z][a-z]+ [A-Z][a-z]+|Mr\. [A-Z][a-z]+|Ms\. [A-Z][a-z]+)"
_FINITE = (
    r"(?:is|was|are|were|has|had|have|will|would|could|can|said|says|did|does|do|[a-z]+ed|"
    r"(?:also|then|later|now) [a-z]+)"
)


def split(article: Article, index: int) -> list[Change]:
    """One sentence of two clauses joined by ", and" or ", but" (each with its own subject and verb) or by a
    semicolon, written as two sentences ("X, and he said Y." -> "X. He said Y.")."""
    sentence = article.sentences[index]
    if sentence.quoted:
        return []
    pattern = re.compile(r"(?:, (and|but) |; )(?=" + _CLAUSE_SUBJECT + r" " + _FINITE + r"\b)")
    text = sentence.text

    def make(match: re.Match[str]) -> str | None:
        head, tail = text[: match.start()], text[match.end() :]
        if len(head.split()) < 6 or len(tail.split()) < 5 or not tail.rstrip().endswith("."):
            return None
        following = text[match.end() : match.end() + 1].upper()
        joiner = match.group(1)
        if joiner == "but":
            return ". But "
        return ". " + following  # the first letter of the second clause is re-written capitalised

    changes = []
    for change in sites(article, index, pattern, make):
        if change.replacement == ". But ":
            changes.append(change)
        else:  # swallow the next character so that it is written capitalised
            changes.append(Change(change.sentences, change.paragraph, change.start, change.end + 1, change.replacement))
    return changes


def merge(article: Article, index: int) -> list[Change]:
    """Two short sentences of one paragraph, the second opening with a pronoun or "But", written as one ("He
    resigned. He cited health reasons." -> "He resigned, and he cited health reasons.")."""
    sentences = article.sentences
    if index + 1 >= len(sentences):
        return []
    first, second = sentences[index], sentences[index + 1]
    if first.paragraph != second.paragraph or first.quoted or second.quoted:
        return []
    if not first.text.endswith(".") or len(first.text.split()) > 30 or len(second.text.split()) > 30:
        return []
    opener = re.match(r"(?:He|She|They|It|But|The [a-z]+ (?:is|was|has|had|will|would))\b", second.text)
    if opener is None or re.search(r"\b(?:Mr|Ms|Mrs|Sen|Rep|Gov|Dr|Jr|Inc|[A-Z])\.$", first.text):
        return []
    word = opener.group(0).split()[0]
    joined = ", but" + second.text[3:] if word == "But" else ", and " + word.lower() + second.text[len(word) :]
    paragraph = first.paragraph
    return [Change((index, index + 1), paragraph, first.end - 1, second.end, joined)]
