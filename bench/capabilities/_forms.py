"""Forms: the same fact written another way (invariance): state abbreviations, acronyms, titles, party-state
tags, contractions and spoken forms, name forms, percent forms, verbs of saying."""

from __future__ import annotations

import random
import re

from ._model import Article, Change
from ._tables import ACRONYMS, FEMALE, MALE, STATES, TITLES
from ._tables import FEMALE as _FEMALE
from ._text import capitalised_like, sites, with_agreeing_article

_BY_AP = {ap: (name, postal) for name, ap, postal in STATES if ap}
_BY_POSTAL = {postal: (name, ap) for name, ap, postal in STATES}
_BY_NAME = {name: (ap, postal) for name, ap, postal in STATES}
# After a state form, what shows that the sentence goes on (so that a full stop is not also the sentence's).
_GOES_ON = r"(?=[,;:)]| [a-z(]|\u2019s|'s)"


def _rng(article: Article, index: int, name: str) -> random.Random:
    return random.Random(f"{name}:{article.event}:{article.outlet}:{index}")


def state_abbreviation(article: Article, index: int) -> list[Change]:
    """A state after a city written in full, as AP abbreviates it or by its postal code ("Lexington, Ky." <->
    "Lexington, Kentucky" <-> "Lexington, KY")."""
    rng = _rng(article, index, "state_abbreviation")
    names = "|".join(sorted(_BY_NAME, key=len, reverse=True))
    aps = "|".join(re.escape(a) for a in sorted(_BY_AP, key=len, reverse=True))
    # A city after "in", "of"... (never a state itself: "Florida, Nevada, Ohio and Pennsylvania" is a list)
    pattern = re.compile(
        r"\b(?:in|of|at|from|near|outside|the) ((?:[A-Z][a-z.]+ ){0,2}[A-Z][a-z]+)(, (?:"
        + names
        + "|"
        + aps
        + r"))"
        + _GOES_ON
    )

    def make(match: re.Match[str]) -> str | None:
        if match.group(1) in _BY_NAME or match.group(1).split()[-1] in _BY_NAME:
            return None
        state = match.group(2)[2:]
        if state in _BY_NAME:
            ap, postal = _BY_NAME[state]
            return ", " + (rng.choice([ap, postal]) if ap else postal)
        return ", " + _BY_AP[state][0]

    return sites(article, index, pattern, make, quotes="any", group=2)


def _acronym_pattern(forms: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")"
        r"(?![\w\-]|\.\w)" + r"(?=[,;:)\u2019'\u201d\"]| [a-z(]|\u2019s|'s| [A-Z][a-z]+ [a-z])"
    )


def acronym_dots(article: Article, index: int) -> list[Change]:
    """An acronym written with and without its dots ("the F.B.I." <-> "the FBI", "U.S. officials" <-> "US
    officials"); never where its last dot could also end the sentence."""
    dotted = {d: p for d, p, _ in ACRONYMS} | {p: d for d, p, _ in ACRONYMS}
    pattern = _acronym_pattern(list(dotted))
    return sites(article, index, pattern, lambda m: dotted[m.group(1)], quotes="any", group=1)


def acronym_expansion(article: Article, index: int) -> list[Change]:
    """An acronym written out, or a name written as its acronym in the article's style ("the F.B.I." <-> "the
    Federal Bureau of Investigation", "U.S." <-> "United States")."""
    dots = sum(article.text.count(d) for d, _, _ in ACRONYMS) > sum(article.text.count(p) for _, p, _ in ACRONYMS)
    short = {(d if dots else p): e for d, p, e in ACRONYMS if p not in ("GOP", "DOJ", "VA")}
    table = short | {e: (d if dots else p) for d, p, e in ACRONYMS if p not in ("GOP", "DOJ", "VA", "US", "UK")}
    table |= {d: e for d, p, e in ACRONYMS if p not in ("GOP", "DOJ", "VA")}
    table |= {p: e for d, p, e in ACRONYMS if p not in ("GOP", "DOJ", "VA", "US", "UK")}
    pattern = _acronym_pattern(list(table))
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        form = match.group(1)
        new = table[form]
        if form in ("U.S.", "US") and not re.search(r"\b(?:the|The) $", text[: match.start()]):
            return None  # "U.S. troops" is "American troops", not "United States troops" in most styles: left
        return new

    return [with_agreeing_article(article, c) for c in sites(article, index, pattern, make, quotes="outside", group=1)]


def titles(article: Article, index: int) -> list[Change]:
    """A title before a name abbreviated or written in full ("Sen. John McCain" <-> "Senator John McCain"), and
    "Mr." for "President" where the article itself calls that man the sitting president ("Mr. Obama" <->
    "President Obama")."""
    full = dict(TITLES.items())
    table = full | {long: short for short, long in full.items()}
    # Before a person: a first name, or two capitalised words ("General Electric" is no general)
    person = r"(?:" + "|".join(sorted(MALE | _FEMALE)) + r")\b|[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+\b(?! [A-Z])"
    pattern = re.compile(
        r"(?<![\w.])("
        + "|".join(re.escape(t) for t in sorted(table, key=len, reverse=True))
        + r") (?="
        + person
        + r"|(?:[A-Z][a-z]+)\b(?! [A-Z]))"
    )
    presidents = {
        surname
        for surname in re.findall(
            r"(?<!former )(?<!Former )\bPresident (?:[A-Z][a-z]+ (?:[A-Z]\. )?)?([A-Z][a-z]+)", article.text
        )
        if not re.search(
            r"(?:former|Former|late|then-) ?President (?:[A-Z][a-z]+ (?:[A-Z]\. )?)?" + surname, article.text
        )
        and re.search(r"\bMr\. " + surname + r"\b", article.text)
    }
    president = re.compile(r"\b(Mr\.|President) (" + "|".join(sorted(presidents)) + r")\b") if presidents else None

    def make(match: re.Match[str]) -> str | None:
        if match.group(1) in ("General", "Doctor", "Captain") and not re.match(person, match.string[match.end() :]):
            return None
        return table[match.group(1)]

    changes = sites(article, index, pattern, make, quotes="any", group=1)
    if president is not None:
        swap = {"Mr.": "President", "President": "Mr."}
        changes += sites(article, index, president, lambda m: swap[m.group(1)], quotes="outside", group=1)
    return changes


_PARTY = {"R": "Republican", "D": "Democrat", "I": "independent"}


def party_state(article: Article, index: int) -> list[Change]:
    """A party-state tag after a name in another style: "Jane Roe (R-Ohio)" -> "Jane Roe, Republican of Ohio," or
    "(R-OH)"; "Jane Roe, R-Calif.," <-> "Jane Roe, Republican of California," <-> "Jane Roe, R-CA,"."""
    rng = _rng(article, index, "party_state")
    aps = "|".join(re.escape(a) for a in sorted(_BY_AP, key=len, reverse=True))
    names = "|".join(sorted(_BY_NAME, key=len, reverse=True))
    postal = "|".join(_BY_POSTAL)
    state = r"(" + aps + "|" + names + "|" + postal + r")"
    bracketed = re.compile(r" \(([RDI])-" + state + r"\)")
    tagged = re.compile(r", ([RDI])-" + state + r",")
    spelled = re.compile(r", (Republican|Democrat|independent) of (" + names + r"),")
    text = article.sentences[index].text

    def state_name(written: str) -> str:
        if written in _BY_NAME:
            return written
        return _BY_AP[written][0] if written in _BY_AP else _BY_POSTAL[written][0]

    def short(party: str, name: str, written: str) -> list[str]:
        ap, code = _BY_NAME[name]
        tags = dict.fromkeys((f"{party}-{code}", f"{party}-{ap or name}"))  # ordered: the cases are seeded
        return [tag for tag in tags if tag != f"{party}-{written}"]

    def from_brackets(match: re.Match[str]) -> str:
        party, written = match.groups()
        name = state_name(written)
        # the comma form closes with a comma unless the sentence puts one there already ("(R-Ohio), said")
        closing = "" if text[match.end() : match.end() + 1] in (",", ".", ";", ":") else ","
        options = [f" ({tag})" for tag in short(party, name, written)]
        options += [f", {_PARTY[party]} of {name}{closing}", f", {party}-{_BY_NAME[name][0] or name}{closing}"]
        return rng.choice(options)

    def from_tag(match: re.Match[str]) -> str:
        party, written = match.groups()
        name = state_name(written)
        return rng.choice([f", {_PARTY[party]} of {name},"] + [f", {tag}," for tag in short(party, name, written)])

    def from_spelled(match: re.Match[str]) -> str:
        party = {v: k for k, v in _PARTY.items()}[match.group(1)]
        return rng.choice([f", {tag}," for tag in short(party, match.group(2), "")])

    return (
        sites(article, index, bracketed, from_brackets)
        + sites(article, index, tagged, from_tag)
        + sites(article, index, spelled, from_spelled)
    )


# Written with a plain apostrophe here, and with the typographic one news prints.
_PLAIN_CONTRACTIONS = {
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not", "aren't": "are not",
    "wasn't": "was not", "weren't": "were not", "won't": "will not", "can't": "cannot", "couldn't": "could not",
    "wouldn't": "would not", "shouldn't": "should not", "hasn't": "has not", "haven't": "have not", "I'm": "I am",
    "we're": "we are", "they're": "they are", "you're": "you are", "I'll": "I will", "we'll": "we will",
    "they'll": "they will", "I've": "I have", "we've": "we have", "they've": "they have",
}  # fmt: skip
_CONTRACTIONS = {key.replace("'", "\u2019"): value for key, value in _PLAIN_CONTRACTIONS.items()}


def _contraction(article: Article, index: int, quotes: str) -> list[Change]:
    apostrophe = article.apostrophe
    table = {k.replace("\u2019", apostrophe): v for k, v in _CONTRACTIONS.items()}
    table |= {v: k for k, v in table.items() if v != "cannot"}
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w\u2019'])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w\u2019'])", re.IGNORECASE
    )
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        written = match.group(1)
        key = next((k for k in table if k.lower() == written.lower()), None)
        after = text[match.end() :]
        if key is None or (key.endswith(" not") and re.match(r" (?:only|just|even)\b", after)):
            return None
        if key in ("I am", "I will", "I have") and written[0] != "I":
            return None
        if " " in written and written.split()[1][:1].isupper():
            return None  # a title in capitals ("The Obama Girls Could Not Be More Bored")
        if " " in key and not re.match(r" [a-z]", after):
            return None  # a contraction never ends a clause ("who you are," is not "who you're,")
        if key.endswith(" have") and not re.match(_PARTICIPLE, after):
            return None  # "I have a problem": a possession, which is not contracted
        if re.match(r" ask\b", after):
            return None  # "don't ask, don't tell": a policy's name
        return capitalised_like(table[key], written)

    return sites(article, index, pattern, make, quotes=quotes, group=1)


_PARTICIPLE = (
    r" (?:[a-z]+(?:ed|en|wn)|been|done|made|got|had|said|come|gone|seen|heard|told|found|lost|won|paid|put"
    r"|run|set|spent|sent|kept|left|met|read|brought|bought|thought|taught|felt|held|built|always|never|"
    r"already|just|also)\b"
)


def contraction_quoted(article: Article, index: int) -> list[Change]:
    """A contraction inside a quotation written out, or a plain form contracted ("don't" <-> "do not")."""
    return _contraction(article, index, "inside")


def contraction_unquoted(article: Article, index: int) -> list[Change]:
    """A contraction outside quotations written out, or a plain form contracted ("didn't" <-> "did not")."""
    return _contraction(article, index, "outside")


# Verbs that follow "going to", "want to", "got to" in speech: the spoken form is written only before one.
_VERB_AFTER = (
    r" (?:be|have|get|make|do|take|see|win|lose|pay|need|vote|run|go|come|happen|know|give|say|tell|try|keep|put|"
    r"work|help|fight|continue|start|stop|change|look|find|bring|call|hear|limit|shift|push|build|create|raise|cut|"
    r"let|like|talk|ask|use|spend|follow|move|leave|stay|thank|invite|see|meet|sign|veto|pass|support|defend|"
    r"protect|hold|show|send|fix|end|kill|lead|learn|think|feel|decide|wait|watch|read|write|play|beat|face|"
    r"address|deal|repeal|replace|reform|spend|save|announce|apologize|remind|answer|feed|hurt)\b"
)


def spoken_form(article: Article, index: int) -> list[Change]:
    """A spoken form inside a quotation for its written one ("going to" + verb -> "gonna", "want to" -> "wanna",
    "because" -> "'cause", "got to" -> "gotta"), and back."""
    apostrophe = article.apostrophe
    table = {"going to": "gonna", "want to": "wanna", "got to": "gotta", "because": apostrophe + "cause"}
    table |= {v: k for k, v in table.items()}
    pattern = re.compile(
        r"(?<![\w\u2019'])((?:are|am|\u2019re|'re|\u2019m|'m|is|\u2019s|'s|was|were) going to"
        r"|(?:I|we|you|they|don\u2019t|don't) want to|(?:\u2019ve|'ve|have) got to|because|gonna|wanna|gotta"
        r"|[\u2019']cause)"
        r"(?= [a-z])"
    )
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        written = match.group(1)
        if re.match(
            r" (?:a|an|the|his|her|their|its|our|my|this|that|these|those|to|in|on|at|for|with)\b", text[match.end() :]
        ) and not written.endswith(("because", "cause")):
            return None  # "going to" a place, "want to" a thing: no verb follows
        for plain, spoken in table.items():
            if written.endswith(plain):
                if plain == "because" and re.match(r" of\b", article.sentences[index].text[match.end() :]):
                    return None  # "because of" has no spoken "'cause of" in print
                return written[: -len(plain)] + spoken
        return None

    return sites(article, index, pattern, make, quotes="inside", group=1)


# Capitalised words after a first name that are no surname ("Virginia Republican", "Jordan River").
_NOT_SURNAMES = frozenset(
    {
        "Republican", "Republicans", "Democrat", "Democrats", "Senate", "House", "Party", "State", "County", "City",
        "University", "College", "Street", "Avenue", "Post", "Times", "News", "Center", "Institute", "Foundation",
        "Committee", "Department", "Court",
    }
)  # fmt: skip


def name_form(article: Article, index: int) -> list[Change]:
    """A person named after the article's first mention in another form the article uses for them: surname alone,
    title and surname, or full name ("Mr. Steele" <-> "Steele" <-> "Michael Steele"); never a surname two people of
    the article share."""
    rng = _rng(article, index, "name_form")
    sentence = article.sentences[index]
    start_in_text = sum(len(p) + 1 for p in article.paragraphs[: sentence.paragraph]) + sentence.start
    people: dict[str, set[str]] = {}
    for match in re.finditer(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]+)\b", article.text):
        if (match.group(1) in MALE or match.group(1) in FEMALE) and match.group(2) not in _NOT_SURNAMES:
            people.setdefault(match.group(2), set()).add(match.group(1))
    forms = []
    for surname, firsts in people.items():
        if len(firsts) != 1:
            continue
        first_mention = re.search(r"\b" + next(iter(firsts)) + r" (?:[A-Z]\. )?" + surname, article.text)
        if first_mention is None or first_mention.start() >= start_in_text:
            continue  # the first mention introduces the person: its form is not free
        titled = re.findall(r"\b(Mr\.|Ms\.|Mrs\.|Sen\.|Rep\.|Gov\.|Dr\.) " + surname + r"\b", article.text)
        written = [f"{next(iter(firsts))} {surname}", surname] + ([f"{titled[0]} {surname}"] if titled else [])
        forms.append((surname, written))
    changes = []
    for surname, written in forms:
        pattern = re.compile(
            r"(?<![\w.])(?:(?:Mr\.|Ms\.|Mrs\.|Sen\.|Rep\.|Gov\.|Dr\.) |[A-Z][a-z]+ )?" + surname + r"\b(?! [A-Z])"
        )

        def make(match: re.Match[str], written: list[str] = written) -> str | None:
            if match.group(0) not in written:
                return None
            return rng.choice([w for w in written if w != match.group(0)])

        changes += sites(article, index, pattern, make, quotes="outside")
    return changes


def percent_form(article: Article, index: int) -> list[Change]:
    """A percentage written with "percent", "per cent" or "%" ("12 percent" <-> "12%"), in quotations or not."""
    rng = _rng(article, index, "percent_form")
    pattern = re.compile(r"(?<=\d)( percent| per cent|%)(?![\w])")

    def make(match: re.Match[str]) -> str:
        return rng.choice([f for f in (" percent", "%", " per cent") if f != match.group(1)])

    return sites(article, index, pattern, make, quotes="any")


def saying(article: Article, index: int) -> list[Change]:
    """A verb of saying for another ("said" -> "stated"; "said" -> "told reporters" where the sentence names no
    other channel: statement, interview, letter, post)."""
    rng = _rng(article, index, "saying")
    text = article.sentences[index].text
    pattern = re.compile(r"(?<=[a-z.,\u201d\"] )(said)(?= that\b|[,.]| [a-z]+ (?!to\b))")
    channel = re.search(
        r"\b(?:statement|interview|letter|email|e-mail|Twitter|tweet|post|wrote|told|speech|memo|"
        r"release|appearance|program|show|hearing|briefing|conference|reporters|radio|television|blog|blogger|"
        r"[Ww]eb site|website|column|ad)\b",
        text,
    )

    def make(match: re.Match[str]) -> str | None:
        before = text[: match.start()]
        if re.search(r"\b(?:is|was|were|are|be|been|being|has|have|had)\s$", before):
            return None  # "is said to", "has said": another construction
        if not re.search(
            r"(?:[A-Z][a-z]+|\b(?:he|she|they|officials|spokesman|spokeswoman|aides?))[,\u201d\"]?\s$", before
        ):
            return None
        options = ["stated"] + ([] if channel or re.match(r" of\b", text[match.end() :]) else ["told reporters"])
        return rng.choice(options)

    return sites(article, index, pattern, make, quotes="outside", group=1)
