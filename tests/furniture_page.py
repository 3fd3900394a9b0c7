"""The page the furniture class tests add one line to, and how they read what the engine set aside on it."""

from __future__ import annotations

import itertools

import compare

OTHER = "Nothing else happened."

PAGE = """Floods force hundreds from homes in river town
By Sam Field
LEEDS, England (AP) — Floodwaters swept through the town of Otley on Tuesday, forcing 300 people from their homes, \
officials said.
The River Wharfe rose two metres overnight, the fire service said.
No deaths were reported.
{line}
Rescue crews will stay in the town until Friday."""


def roles_of(line: str, page: str = PAGE) -> tuple[list[bool], list[bool]]:
    """Whether each sentence of the added line is set aside, and whether each claim of the page around it is."""
    text = page.format(line=line)
    comparison = compare.compare(text, OTHER)
    start = text.index(line)
    end = start + len(line)
    mine = [s.boilerplate for s in comparison.sentences_a if s.start < end and s.end > start]
    claims = [
        s.boilerplate
        for s in comparison.sentences_a
        if not (s.start < end and s.end > start) and ("Otley" in s.text or "metres" in s.text or "Friday" in s.text)
    ]
    return mine, claims


def assert_set_aside(line: str, page: str = PAGE) -> None:
    mine, claims = roles_of(line, page)
    assert mine, line
    assert all(mine), line
    assert not any(claims), line


def assert_kept(line: str, page: str = PAGE) -> None:
    mine, claims = roles_of(line, page)
    assert mine, line
    assert not any(mine), line
    assert not any(claims), line


# Fillers of the generated lines: names, places, outlets and figures crossed, CASES_PER_CLASS lines per class.
NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez-Garcia", "Tom O'Neill", "Priya Raman", "Kwame Mensah"]
CITIES = ["Kyiv", "Lagos", "Manila", "Denver", "Leeds", "Cork"]
OUTLETS = ["Local 6", "The Herald", "Radio Kerry", "News 4", "The Courier", "Channel 9"]
FIGURES = ["12", "three", "40", "200", "seven", "1,500"]
CASES_PER_CLASS = 30


def fill(templates: list[str]) -> list[str]:
    """CASES_PER_CLASS lines of the templates, filled with fillers spread over the whole cross."""
    fillers = itertools.product(NAMES, CITIES, OUTLETS, FIGURES)
    cases = [
        template.format(name=name, city=city, outlet=outlet, figure=figure)
        for (name, city, outlet, figure), template in zip(fillers, itertools.cycle(templates), strict=False)
    ]
    step = max(1, len(cases) // CASES_PER_CLASS)
    return cases[::step][:CASES_PER_CLASS]
