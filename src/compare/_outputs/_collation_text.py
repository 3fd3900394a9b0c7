"""A collation as text: the verdict line, a terminal summary and Markdown.

The verdict is shared by every output (terminal, Markdown, HTML, PDF), so they all say the same thing.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from .._text._language import language_name
from ._counts import plural

if TYPE_CHECKING:
    from .._collate._model import ClaimGroup, Collation, ValueSplit

__all__ = ["KIND_WORDS", "collation_markdown", "collation_summary", "collation_verdict", "group_text"]

# What a disputed detail is, in words, by the engine's kind of conflict.
KIND_WORDS = {
    "number": "a figure",
    "date": "the date",
    "name": "a name",
    "polarity": "whether it happened",
    "quote": "a quotation",
}
_VERDICT_LISTED = 3  # disputed details the verdict names; more are counted
_CLAIM_CHARS = 160  # a claim's sentence, as the summary shows it


def collation_verdict(collation: Collation) -> str:
    """One line: how many claims the reports agree and differ on, the first disputes, any unrelated report, and any
    report that does not look written in English (as a comparison's warnings say of its two).

    Args:
        collation: The collation.

    Returns:
        "3 reports agree on 9 claims; they differ on 2: the date (wire, C: Tuesday; B: Wednesday) and ...".
    """
    names = collation.names
    splits = [split for group in collation.conflicting for split in group.values if split.severity == "conflict"]
    line = f"{len(collation.reports)} reports agree on {plural(len(collation.agreed), 'claim')}"
    if splits:
        about = [_dispute(split, names) for split in splits[:_VERDICT_LISTED]]
        if len(splits) > _VERDICT_LISTED:
            about.append(f"{len(splits) - _VERDICT_LISTED} more")
        listed = about[0] if len(about) == 1 else ", ".join(about[:-1]) + " and " + about[-1]
        line += f"; they differ on {len(splits)}: {listed}."
    elif collation.agreed:
        line += "; they differ on none."
    else:
        line = f"{len(collation.reports)} reports share no claim."
    for report in collation.unrelated():
        line += (
            f" {names[report]} shares almost no names or claims with the others: it may not be about the same event."
        )
    for report, code in enumerate(_languages(collation)):
        if code is not None and code != "en":
            line += (
                f" {names[report]} looks like {language_name(code)} ({code}): compare reads English; links and"
                " conflicts on it are unreliable."
            )
    return line


def _languages(collation: Collation) -> list[str | None]:
    """Each report's language, as its pairs detected it (the same text gives the same answer in every pair)."""
    found: list[str | None] = [None] * len(collation.reports)
    for (i, j), comparison in zip(collation.pair_indices(), collation.pairs, strict=True):
        found[i], found[j] = comparison.language_a, comparison.language_b
    return found


def _dispute(split: ValueSplit, names: tuple[str, ...]) -> str:
    return f"{KIND_WORDS.get(split.kind, split.kind)} ({split.describe(names)})"


def group_text(collation: Collation, group: ClaimGroup) -> str:
    """A claim's wording: the group's sentence that gives a differing value, if any, and of those the one linked to
    the most others of the group (the first report's first on a tie), so that a group joined around one report's
    two-claim sentence reads as its main claim, or as the claim its reports differ on."""
    degree: dict[tuple[int, int], int] = {
        (report, index): 0 for report in group.reports for index in group.sentences[report]
    }
    for position, i in enumerate(group.reports):
        for j in group.reports[position + 1 :]:
            for link in collation.comparison(i, j).links:
                if (i, link.a) in degree and (j, link.b) in degree:
                    degree[i, link.a] += 1
                    degree[j, link.b] += 1
    values = [reading.value.casefold() for split in group.values for reading in split.readings]

    def gives_a_value(node: tuple[int, int]) -> bool:
        text = collation.sentences[node[0]][node[1]].text.casefold()
        return any(value in text for value in values)

    report, index = min(degree, key=lambda node: (not gives_a_value(node), -degree[node], node))
    return collation.sentences[report][index].text


def collation_summary(collation: Collation, *, width: int = 80) -> str:
    """A summary for the terminal: the verdict, each disputed detail with who gives what, each report's coverage,
    and the claims only one report makes.

    Args:
        collation: The collation.
        width: The width to wrap to (at least 40 columns are used).
    """
    width = max(width, 40)
    names = collation.names
    # Numbered from 1, as the Markdown list and the PDF's grid columns number them.
    lines = [f"{number}. {name}" for number, name in enumerate(names, 1)]
    lines += ["", *textwrap.wrap(collation_verdict(collation), width)]
    for heading, groups in (
        ("DIFFERING DETAILS", collation.conflicting),
        ("COMPATIBLE DIFFERENCES, NOT CONFLICTS", collation.differing),
    ):
        if groups:
            lines += ["", f"{heading} ({sum(len(g.values) for g in groups)})"]
        for group in groups:
            lines += _wrapped("  ", _short(group_text(collation, group)), width)
            for split in group.values:
                lines += _wrapped("    - ", f"{KIND_WORDS.get(split.kind, split.kind)}: {split.describe(names)}", width)
    lines += ["", "COVERAGE (claims each report states, of the claims two reports or more state)"]
    shared = collation.shared
    for index, name in enumerate(names):
        stated = sum(1 for group in shared if group.sentences[index])
        lines.append(f"  {name}: {stated} of {len(shared)}")
    for index, sentences in enumerate(collation.unique):
        if sentences:
            lines += ["", f"ONLY IN {names[index]} ({len(sentences)})"]
            for sentence in sentences:
                lines += _wrapped(f"{sentence.index:>4}  ", _short(sentence.text), width)
    return "\n".join(lines)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _CLAIM_CHARS else text[: _CLAIM_CHARS - 1] + "…"


def _wrapped(prefix: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=prefix, subsequent_indent=" " * len(prefix)) or [prefix]


def collation_markdown(collation: Collation) -> str:
    """The collation as a Markdown document: verdict, differing details, a coverage table, unique claims."""
    names = collation.names
    lines = [f"# Collation of {len(names)} reports", "", _md(collation_verdict(collation)), ""]
    lines += [f"{index}. {_md(name)}" for index, name in enumerate(names, start=1)]
    for heading, groups in (
        ("Differing details", collation.conflicting),
        ("Compatible differences (not conflicts)", collation.differing),
    ):
        if groups:
            lines += ["", f"## {heading}", ""]
        for group in groups:
            lines.append(f"- {_md(group_text(collation, group))}")
            lines += [f"  - {KIND_WORDS.get(s.kind, s.kind)}: **{_md(s.describe(names))}**" for s in group.values]
    lines += ["", "## Coverage", "", "| claim | " + " | ".join(_md(n) for n in names) + " |"]
    lines.append("|---" * (len(names) + 1) + "|")
    for group in collation.shared:
        cells = [_cell(group, index) for index in range(len(names))]
        lines.append(f"| {_md(_short(group_text(collation, group)))} | " + " | ".join(cells) + " |")
    for index, sentences in enumerate(collation.unique):
        if sentences:
            lines += ["", f"## Only in {_md(names[index])}", ""]
            lines += [f"- {_md(s.text)} *({s.index})*" for s in sentences]
    return "\n".join(lines) + "\n"


def _cell(group: ClaimGroup, report: int) -> str:
    stance = group.stance(report)
    return "-" if stance == "silent" else stance


# Characters that Markdown would read as syntax inside a report's text.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})


def _md(text: str) -> str:
    return " ".join(text.split()).translate(_MD_SPECIAL)
