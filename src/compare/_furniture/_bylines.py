"""Bylines and credit lines: who wrote, edited or posted the report.

- a byline: "By" and a name ("By Jane Roe"), not "by" and a time ("By Monday night, ...");
- a credit line in brackets ("(Reporting by ...)", "(with inputs from agencies)");
- a correspondent's line ("... correspondent ... reports from ...");
- an author's self-description as a line of its own whose person the page names nowhere else.
"""

from __future__ import annotations

import re

from ._asides import is_aside, person_of_self_description
from ._datelines import MONTH
from ._lines import FURNITURE, Line, set_role

__all__ = [
    "BRACKETED_CREDIT",
    "CORRESPONDENT",
    "CORRESPONDENT_WORDS",
    "MAX_BYLINE_WORDS",
    "is_byline",
    "set_aside_self_descriptions",
]

# Bylines and credit lines are short; a longer line that starts with "By" is a claim with a byline before it.
MAX_BYLINE_WORDS = 10
# Bylines: a credit line that names who wrote, edited or posted the report.
_BYLINE = re.compile(
    r"^\W*(?:by|(?:additional |written |writing |reporting |edited |editing |posted |published |compiled |issued "
    r"|released )by)\s|^\W*from [A-Z][\w.-]*(?:'|\u2019)s\s",
    re.IGNORECASE,
)
# A line wholly in brackets that credits the report ("(Reporting by ...)", "(with inputs from agencies)").
BRACKETED_CREDIT = re.compile(
    r"^\W*[(\[]\s*(?:(?:additional )?reporting|writing|editing|edited|compiled|with|source|photo|file|inputs?)\b",
    re.IGNORECASE,
)
CORRESPONDENT = re.compile(r"\b(?:correspondent|reporter|editor)\b.*\breports? from\b", re.IGNORECASE)
CORRESPONDENT_WORDS = ("report from", "reports from")
# "By" as a preposition of time opening a sentence whose clause follows the comma ("By Monday night, 113 were
# confirmed dead.", "By then, rescuers had reached the village."): a claim, not a byline. The time is a word of the
# closed class of times (a weekday, a month, a part of the day, a deictic, "the end of ...", a numeral); a byline's
# comma is followed by a role or an outlet, and a month that is a given name ("By April Rubin") has no clause after it.
_BY_A_TIME = re.compile(
    r"^\W*by\s+(?:(?:late|early|mid|the|this|next|last|that)[\s-]+)*"
    # Weekdays and months are also given names ("By Sunday Okafor, staff writer"): a surname may not follow.
    rf"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH})(?!\w)(?!\s+(?-i:[A-Z]))"
    r"|weekend|morning|afternoon|evening|night|tonight|noon|midday|midnight|dawn|dusk|daybreak|nightfall|sunset"
    r"|sunrise|then|now|today|tomorrow|yesterday|end|time|close|start|middle|week|month|year|hour|\d)"
    r"[^,]*,\s+(?:[a-z]|\d)",
    re.IGNORECASE,
)


def set_aside_self_descriptions(lines: list[Line], sentences: list[str], roles: list[str]) -> None:
    """Set aside the lines that only describe the report's author or presenter (in place).

    A self-description ("Jane Roe is a reporter for The Herald.") is furniture when it is a line of its own whose
    person the rest of the page never names: the same sentence in an article about that journalist is a claim, and
    such an article names its subject again.
    """
    for line in lines:
        people = [person_of_self_description(sentences[i]) for i in range(line.first, line.last + 1)]
        named = {person for person in people if person}
        if not named or any(
            person is None and not is_aside(sentences[i])
            for person, i in zip(people, range(line.first, line.last + 1), strict=True)
        ):
            continue
        elsewhere = " ".join(other.text for other in lines if other is not line)
        if not any(re.search(rf"\b{re.escape(person)}\b", elsewhere) for person in named):
            set_role(line, roles, FURNITURE)


def is_byline(text: str) -> bool:
    """Whether a line opens as a byline does ("By Jane Roe", "Reporting by ..."), not with "by" and a time."""
    return bool(_BYLINE.match(text)) and not _BY_A_TIME.match(text)
