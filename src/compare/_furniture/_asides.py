"""Asides: what a page says about itself rather than about the event.

Each class reads the form of a whole sentence (or line), never the wording of one outlet:

- a contributor line: names and outlets, then "contributed (reporting | to this report)", and nothing else;
- a follow line: an imperative to follow or reach someone on a social network, by e-mail or at a handle;
- a request for the reader's opinion ("tell us", "let us know", "share your thoughts");
- a broadcast promotion: the outlet's own programme announced to the reader (first person or imperative), or a
  person's appearance on a named programme at a clock time with its time zone; the programme's plan in the first
  person plural ("We'll discuss the case ...", "We'll ask him ...") and its guests ("Joining Cincinnati Edition to
  discuss what comes next are ..."), whose paragraph is the promotion's whole (see opens_promotion);
- a transition that only presents what follows ("Here are some of the reactions.", "The statement is below."):
  furniture only as a paragraph of its own, since the same words that close a claim's paragraph or open a sentence
  that goes on after its colon ("Here are the facts: ...") belong to the claim;
- a reporter's sign-off that closes a video's caption ("Jane Roe reports."), or a video's caption that names who
  speaks and about what, with no verb ("Jane Roe on how the storm hit her farm");
- an author's self-description ("Jane Roe is a reporter for The Herald.", "I'm Jane Roe and I'll be bringing you
  the latest updates"): furniture only as a line of its own whose person the page names nowhere else, since an
  article about a journalist states the same thing as a claim.

Someone quoted or reported ("Follow me on Twitter," he said) is speaking, not the page: sentences that open with a
quotation mark or carry a verb of saying are never asides.
"""

from __future__ import annotations

import re

__all__ = [
    "is_aside",
    "is_self_description",
    "is_sign_off",
    "is_transition",
    "opens_promotion",
    "person_of_self_description",
]

# A person's or an outlet's name: one to four capitalised words (with initials, hyphens and apostrophes).
_CAP = r"[A-Z][\w'\u2019.-]*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
# Verbs of saying: a sentence that carries one reports speech and is a claim.
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|posted|urged|asked|according to)\b", re.IGNORECASE
)
# A self-description may say what its author writes about; a report of speech says who said or told it.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|tweeted|urged|asked|according to)\b", re.IGNORECASE)
_OPENS_WITH_QUOTE = re.compile(r"^\W*[\"\u201c\u201d'\u2018\u2019]")
# A sentence inside a quotation of several sentences closes it, or leaves a quotation mark unpaired.
_CLOSES_QUOTE = re.compile(r"[.!?,]\s*[\"\u201d]\W*$")
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
_NETWORKS = r"(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|Mastodon|YouTube|Snapchat|WhatsApp)"
_HANDLE = r"@\w{2,}"
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]+"

# Contributor lines: who contributed, written only with names, outlets, places and the nouns of newsroom roles.
_CONTRIBUTOR_WORD = (
    rf"(?:{_CAP}|and|in|of|from|at|with|the|a|an|for|also|staff|writers?|reporters?|correspondents?|researchers?|journalists?"
    r"|editors?|producers?|photographers?|contributors?|news|agency|bureau"
    # The ranks and beats that qualify a newsroom role ("SFGATE managing editor Jane Roe").
    r"|managing|senior|executive|deputy|chief|associate|assistant|contributing|political|national|foreign"
    r"|investigative|digital|data|business|sports|metro|city|desk"
    # The number in a station's or channel's name ("Local 6", "WCPO 9").
    r"|\d{1,3})"
)
_CONTRIBUTOR = re.compile(
    rf"^\W*(?:{_CONTRIBUTOR_WORD}[\s,]+){{1,30}}(?:also\s+)?contributed\s+(?:additional\s+)?"
    r"(?:reporting|research|to\s+this\s+(?:report|story|article|dispatch|coverage|post))"
    rf"(?:\s+(?:from|in)\s+{_NAME}(?:,\s*{_NAME})*)?\W*$"
)
_REPORTING_BY = re.compile(
    r"^\W*(?i:(?:additional\s+|staff\s+)?(?:reporting|research|writing)\s+(?:was\s+)?(?:by|from|contributed\s+by))\s+"
    rf"(?:{_CONTRIBUTOR_WORD}[\s,;]+){{0,30}}{_CONTRIBUTOR_WORD}\W*$"
)

# Follow lines: an imperative to follow someone, or a way to reach them.
_WHOM = r"(?i:him|her|them|us|me|the\s+(?:author|reporter|writer))"
_FOLLOW = re.compile(
    rf"^\W*(?i:(?:you\s+can\s+)?(?:follow|find|connect\s+with|like))\s+(?:{_WHOM}|{_NAME}|{_HANDLE})"
    rf"\s+(?:on\s+{_NETWORKS}\b|at\s+{_HANDLE}|{_HANDLE})"
    r"|^\W*(?i:follow\s+(?:us\s+)?(?:along\s+)?for\s+(?:live\s+|the\s+latest\s+)?(?:updates|coverage|news))\b"
    rf"|^\W*(?i:follow)\s+{_HANDLE}"
    rf"|^\W*(?i:(?:you\s+can\s+)?(?:reach|contact|e-?mail))\s+(?:{_WHOM}|{_NAME})"
    rf"\s+(?:at|on|via)\s+(?:{_EMAIL}|{_HANDLE}|\(?\d{{3}}\)?[\s.-]?\d{{3}}[\s.-]?\d{{4}})"
    rf"|^\W*{_NAME}\s+(?:is|can\s+be\s+reached)\s+(?:on|at)\s+(?:{_NETWORKS}\s*(?:at|as|:)\s*)?(?:{_HANDLE}|{_EMAIL})\W*$"
    # A list's item pointing the reader to someone else's site and feeds ("For more information, visit the RFS
    # website, follow them on Twitter or use the RFS app").
    r"|^\W*(?i:(?:for\s+more\s+(?:information|details|updates)\b[^,]*,|to\s+(?:keep|stay)\s+up\s+to\s+date\b[^,]*,)"
    r"\s*(?:visit|follow|check|go\s+to|download|use)\b.*\b(?:website|site|app))\b"
)

# Broadcast promotions.
_CLOCK_ZONE = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)\s?(?:/\s?\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)\s?)?"
    r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|GMT|BST|AEST|AEDT|IST|Eastern|Pacific|Central)\b"
)
_OWN_PROGRAMME = re.compile(
    r"\b(?:will|'ll|\u2019ll)\s+(?:be\s+)?(?:on|join|appear\s+on|be\s+with\s+us\s+on)\s+(?:our|this)\s+"
    r"(?:program|programme|broadcast|show|podcast|panel|newscast)\b"
    r"|\bwill\s+join\s+(?:the|our)\s+(?:broadcast|program|programme|show|podcast|panel|newscast)\b"
    r"|^\W*(?:join|watch|listen\s+to)\s+us\b"
    r"|\bjoin\s+us\s+(?:on|for|at|again|tonight|tomorrow|live|every|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# The programme's plan told by its presenters: what "we" will discuss or ask on air, the sentence's own subject.
_PROGRAMME_PLAN = re.compile(
    r"^\W*we(?:'ll|\u2019ll|\s+will)\s+(?:also\s+)?(?:discuss|ask|talk\s+(?:about|with|to)|hear\s+from"
    r"|speak\s+(?:with|to)|look\s+(?:at|into)|examine|explore|break\s+down|be\s+joined\s+by)\b",
    re.IGNORECASE,
)
# The programme's guests, the verb after its subject ("Joining Cincinnati Edition to discuss ... are ...", "Joining
# us to talk about the vote is ..."): a programme or "us" joined to talk, never a protest or a search joined.
_GUESTS = re.compile(
    rf"^\W*(?i:joining)\s+(?:(?i:us)|{_CAP}(?:\s+{_CAP}){{0,4}})\s+(?:(?i:today|tonight|now)\s+)?(?i:to)\s+"
    r"(?i:discuss|talk|break\s+down|weigh\s+in|explain|look)\b[^.]*?\b(?:are|is)\b"
)
# A sentence closed by who said it ("We will discuss it next week, the mayor said."): someone reported, not the page.
_TRAILING_ATTRIBUTION = re.compile(r",[^,]{0,60}\b(?:said|says|told|added)\W*$", re.IGNORECASE)
# Words one of which every first-person promotion holds: most sentences hold none.
_OWN_PROGRAMME_WORDS = ("will", "'ll", "\u2019ll", "join", "watch", "listen")
_WATCH_PROMPT = re.compile(r"^\W*(?:watch|tune\s+in|catch|don'?t\s+miss|do\s+not\s+miss|see|listen)\b", re.IGNORECASE)
# The reader told how to follow the event on the outlet's air ("You can also keep up ... by listening to ...").
_ON_AIR = re.compile(
    r"^\W*you\s+can\s+(?:also\s+)?(?:watch|listen|see|catch|keep\s+up|follow)\b.*\bby\s+(?:watching|listening|tuning)\b",
    re.IGNORECASE,
)
_PROGRAMME_NAME = re.compile(r"\bon\s+(?:[\"\u201c'\u2018]|[A-Z][\w'\u2019]*\b)")
_APPEARANCE = re.compile(
    rf"^\W*{_NAME}(?:,[^,]{{1,80}},)?\s+(?:will|is\s+(?:set|scheduled)\s+to)\s+"
    r"(?:appear|be\s+interviewed|sit\s+down|be\s+a\s+guest)\b.*\bon\s+(?:[\"\u201c'\u2018]|[A-Z])"
    r"|^\W*(?i:the\s+(?:full\s+)?(?:interview|special|episode|program|programme|show|documentary|segment|broadcast)\s+"
    r"(?:airs|will\s+air|will\s+be\s+broadcast|can\s+be\s+seen))\b"
)

# Transitions that present what follows: "Here are ...", "The following is ...", "The following <what> ...:", "See
# ... below.", "The statement is below.", with nothing after a colon.
_MAX_TRANSITION_WORDS = 20
_PRESENTING = re.compile(
    r"^\W*(?:here|below|above|the\s+following)(?:'s|\u2019s|\s+(?:is|are|was|were))\s+[^:]*[:.]?\W*$"
    # "The following excerpt from the police report describes what happened next:" ("The following day, ..." is a
    # claim, and never ends with a colon).
    r"|^\W*the\s+following\s+[^:.]*:\W*$",
    re.IGNORECASE,
)
_POINTING = re.compile(
    r"^\W*(?:see|watch|read|view|listen\s+to|look\s+at|take\s+a\s+look\s+at|check\s+out)\b[^.:]*\b(?:below|above)\W*$"
    r"|^\W*(?:the|her|his|their|its|our|a|an)\s+(?:\w+\s+){0,3}(?:statement|release|text|video|post|tweet|letter"
    r"|transcript|photo|map|chart|list|interview|clip|excerpt|document|ad|speech|footage|thread|graphic|report"
    r"|remarks|response|announcement|message)s?\s+(?:is|are|can\s+be\s+(?:seen|read|found|viewed|watched))\s+"
    r"(?:below|above)\W*$",
    re.IGNORECASE,
)

# Video captions.
_SIGN_OFF = re.compile(
    rf"^\W*{_NAME}\s+(?:reports|reporting|has\s+more|has\s+the\s+(?:story|details)|explains|reports\s+from\s+{_NAME})"
    r"\W*$"
)
_FUNCTION_WORDS = frozenset(["The", "A", "An", "In", "On", "At", "For", "But", "And", "It", "This", "That"])
_ABOUT_WHAT = re.compile(rf"^\W*({_NAME})\s+on\s+(?:how|why|what|whether|when|where|who)\b[^\"\u201c]*$")
_MAX_CAPTION_WORDS = 25

# Self-descriptions of the author.
_ROLE = (
    r"(?:reporter|correspondent|writer|editor|columnist|producer|journalist|contributor|photographer"
    r"|photojournalist|intern|fellow|anchor|host|analyst|critic|blogger|videographer|bureau\s+chief|freelancer"
    r"|author|presenter|commentator|researcher)s?"
)
_SELF_DESCRIPTION = re.compile(
    rf"^\W*(?P<name>{_NAME})\s+(?:is|was|has\s+been|'s|\u2019s)\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,5}}{_ROLE}"
    rf"\s+(?:for|at|with|of|in|on)\s+(?:the\s+)?{_CAP}"
    rf"(?:[\s,]+(?:{_CAP}|and|of|the|for|&|in))*"
    r"(?:[\s,]+(?:based\s+in|covering|who\s+covers|who\s+writes\s+about|where\s+(?:s?he|they)\s+covers?)\b[^.;]*)?\W*$"
    rf"|^\W*(?P<writer>{_NAME})\s+(?:(?:covers|writes\s+about|reports\s+on)\s+[^.;]{{1,80}}\s+|writes\s+|reports\s+)"
    rf"for\s+(?:the\s+)?{_CAP}(?:\s+(?:{_CAP}|of|and|&))*\W*$"
    # The outlet as possessor: "Jane Roe is the Herald's education reporter."
    rf"|^\W*(?P<staff>{_NAME})\s+(?:is|was)\s+(?:the\s+|a\s+|an\s+)?{_CAP}(?:\s+{_CAP})*(?:'s|\u2019s)\s+"
    rf"(?:[\w-]+\s+){{0,3}}{_ROLE}\W*$"
)
_PRESENTER = re.compile(
    r"^\W*(?:(?i:hello|hi|good\s+(?:morning|afternoon|evening)|welcome)\W+)?I(?:'m|\u2019m|\s+am)\s+"
    rf"(?P<host>{_NAME})(?:,|\s+and)\s+I(?:'ll|\u2019ll|\s+will)?\s+(?:be\s+)?(?:bringing|taking|walking|guiding|keeping"
    r"|covering|updating|here)\b"
)


# The page asks the reader's opinion ("Tell us whether you think it crosses a line.", "Let us know in the comments").
_FEEDBACK = re.compile(
    r"\b(?:tell\s+us|let\s+us\s+know|share\s+your\s+(?:thoughts|views|story|stories|photos)|leave\s+a\s+comment"
    r"|sound\s+off|what\s+do\s+you\s+think)\b",
    re.IGNORECASE,
)
_FEEDBACK_WORDS = ("tell us", "let us", "share your", "comment", "sound off", "you think")
# ... or asks what the reader made of the page itself ("How informative is this news?", "Was this article helpful?",
# "Did you find this story useful?"): a question about "this" article, story or page, short, with nothing else.
_PAGE_NOUNS = ("article", "story", "news", "page", "post", "report", "content", "information", "answer")
_PAGE_QUESTION = re.compile(
    r"^\W*(?:how|was|were|is|did|do|does|would|rate)\b[^?\"\u201c]{0,50}?\bthis\s+(?:"
    + "|".join(_PAGE_NOUNS)
    + r")\b[^?\"\u201c]{0,30}\?\W*$",
    re.IGNORECASE,
)
_PAGE_QUESTION_WORDS = tuple(f"this {noun}" for noun in _PAGE_NOUNS)
# The page's promise to keep its reader informed ("Local 6 will keep you updated both on air and online.", "We'll
# keep you posted.", "Stay tuned for updates."): the outlet speaking of its coverage, not an event.
_PROMISE = re.compile(
    r"\b(?:will|'ll|\u2019ll)\s+(?:continue\s+to\s+)?keep\s+(?:you|our\s+(?:readers|viewers|listeners|audience))"
    r"\s+(?:updated|posted|informed)\b|^\W*stay\s+tuned\b",
    re.IGNORECASE,
)
_PROMISE_WORDS = ("keep you", "keep our", "stay tuned")
# A button to sign in through an account ("Sign in with Facebook, Twitter or Email.", "Log in using Google").
_ACCOUNT_BUTTON = re.compile(r"^\W*(?:sign|log)\s*(?:in|on|up)\s+(?:with|using|via|through)\b", re.IGNORECASE)


def opens_promotion(sentence: str) -> bool:
    """Whether a sentence is a broadcast promotion that takes its paragraph with it: the programme's plan or guests
    ("We'll discuss the case ...", "Joining us to discuss it are ..."), or its announcement ("... will be on our
    program Sunday to discuss ..."), neither quoted nor reported. What follows it in its paragraph (who the guest is,
    what they will be asked) is the promotion's, not the event's."""
    lower = sentence.lower()
    if not (
        (("we" in lower or "joining" in lower) and (_PROGRAMME_PLAN.match(sentence) or _GUESTS.match(sentence)))
        or _is_promotion(sentence, lower)
    ):
        return False
    return not (_is_quoted(sentence) or _TRAILING_ATTRIBUTION.search(sentence))


def is_aside(sentence: str) -> bool:
    """Whether a sentence is what the page says about itself, by its form alone (contributor, follow, a request
    for the reader's view, the promise of updates, a sign-in button, broadcast promotion, video caption) — the
    classes that need no look at the rest of the page."""
    # The forms first, the guards after: most sentences have none of these forms, and the guards cost more.
    if _CONTRIBUTOR.match(sentence) or _REPORTING_BY.match(sentence):
        return not _is_quoted(sentence)
    lower = sentence.lower()
    if any(word in lower for word in _PROMISE_WORDS) and (promise := _PROMISE.search(sentence)):
        # "We'll keep you posted": the promise's own verb is no verb of saying.
        rest = sentence[: promise.start()] + sentence[promise.end() :]
        return not (_is_quoted(sentence) or _SAYING.search(rest))
    if ("we" in lower or "joining" in lower) and (_PROGRAMME_PLAN.match(sentence) or _GUESTS.match(sentence)):
        # The programme's own "we" is the subject: a verb of saying inside ("what it says about") is no report.
        return not (_is_quoted(sentence) or _TRAILING_ATTRIBUTION.search(sentence))
    if not (
        _FOLLOW.match(sentence)
        or (any(word in lower for word in _FEEDBACK_WORDS) and _FEEDBACK.search(sentence))
        or (any(word in lower for word in _PAGE_QUESTION_WORDS) and _PAGE_QUESTION.match(sentence))
        or _ACCOUNT_BUTTON.match(sentence)
        or _is_promotion(sentence, lower)
        or is_sign_off(sentence)
        or _is_video_caption(sentence)
    ):
        return False
    return not (_is_quoted(sentence) or _SAYING.search(sentence))


def _is_quoted(sentence: str) -> bool:
    """Whether a sentence is (part of) a quotation: someone speaking, not the page."""
    marks = len(_QUOTE_MARK.findall(sentence))
    return bool(_OPENS_WITH_QUOTE.match(sentence) or _CLOSES_QUOTE.search(sentence) or marks % 2)


def is_sign_off(sentence: str) -> bool:
    """Whether a sentence is a reporter's sign-off presenting a video or audio piece ("Jane Roe reports.")."""
    match = _SIGN_OFF.match(sentence)
    return bool(match) and sentence.split()[0] not in _FUNCTION_WORDS


def is_self_description(sentence: str) -> bool:
    """Whether a sentence only describes a journalist's post ("Jane Roe is a reporter for The Herald.") or
    introduces a live page's presenter ("I'm Jane Roe and I'll be bringing you the latest updates")."""
    return person_of_self_description(sentence) is not None


def person_of_self_description(sentence: str) -> str | None:
    """The surname of the person a self-description names, or None when the sentence is none."""
    match = _SELF_DESCRIPTION.match(sentence) or _PRESENTER.match(sentence)
    if not match or _is_quoted(sentence) or _REPORTED.search(sentence):
        return None
    name = next(group for group in match.groups() if group)
    return name.split()[-1].strip(".'\u2019")


def _is_promotion(sentence: str, lower: str) -> bool:
    """A broadcast promotion: the outlet's own programme in the first person or an invitation to watch, or a
    person's appearance on a named programme at a clock time with its time zone."""
    if any(word in lower for word in _OWN_PROGRAMME_WORDS) and _OWN_PROGRAMME.search(sentence):
        return True
    if _ON_AIR.match(sentence):
        return True
    if _WATCH_PROMPT.match(sentence) and (_CLOCK_ZONE.search(sentence) or _PROGRAMME_NAME.search(sentence)):
        return True
    return bool(_APPEARANCE.match(sentence) and _CLOCK_ZONE.search(sentence))


def is_transition(sentence: str) -> bool:
    """Whether a sentence only presents what follows ("Here are some of the reactions.", "The statement is below."),
    short, with nothing after a colon, and neither quoted nor reported."""
    if len(sentence.split()) > _MAX_TRANSITION_WORDS:
        return False
    if not (_PRESENTING.match(sentence) or _POINTING.match(sentence)):
        return False
    return not (_is_quoted(sentence) or _SAYING.search(sentence))


def _is_video_caption(sentence: str) -> bool:
    """A caption with no verb that names who speaks and about what ("Jane Roe on how the storm hit her farm")."""
    match = _ABOUT_WHAT.match(sentence)
    if not match or len(sentence.split()) > _MAX_CAPTION_WORDS:
        return False
    return match.group(1).split()[0] not in _FUNCTION_WORDS
