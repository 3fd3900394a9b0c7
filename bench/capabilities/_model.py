"""The shared case model: an article, a change to one of its sentences, a capability that finds such changes, and
the case built from them."""

from __future__ import annotations

from collections.abc import Callable

import attrs

DIRECTIONAL = "directional"
INVARIANCE = "invariance"
LINK = "link"


@attrs.frozen
class Sentence:
    """A sentence as the generator sees it (its own splitter, not the engine's): only to find edit sites."""

    paragraph: int
    start: int  # offset in the paragraph
    end: int
    text: str
    quoted: tuple[tuple[int, int], ...]  # spans inside quotation marks, offsets into ``text``

    def in_quote(self, start: int, end: int) -> bool:
        """Whether any of [start, end) of the sentence lies inside quotation marks."""
        return any(start < q_end and q_start < end for q_start, q_end in self.quoted)


@attrs.frozen
class Article:
    """One outlet's article of one event, in paragraphs, read from the benchmark file by path."""

    event: str
    outlet: str
    published: str
    paragraphs: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    # The half of the article's cases when it is not BASIL's half of its event: an ECB+ document's, by its topic.
    fixed_half: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def apostrophe(self) -> str:
        """The apostrophe the article writes, so that an edit writes the same one."""
        return "\u2019" if "\u2019" in self.text else "'"


@attrs.frozen
class Change:
    """An edit of one sentence (two for a merge): the span [start, end) of paragraph ``paragraph`` is replaced."""

    sentences: tuple[int, ...]  # indices into Article.sentences of the sentences it touches
    paragraph: int
    start: int
    end: int
    replacement: str


# A finder reads one sentence (by index) of an article and returns the changes of its class it can make there.
Finder = Callable[[Article, int], list[Change]]


@attrs.frozen
class Capability:
    """A class of language and the edit that probes it."""

    name: str
    family: str
    direction: str  # DIRECTIONAL, INVARIANCE or LINK
    kinds: tuple[str, ...]  # the Conflict kinds that count as found (directional only)
    find: Finder
    about: str


@attrs.frozen
class Edit:
    """One applied edit, as a reader checks it: the replaced span, its replacement, and the sentence before and
    after (the text of every sentence it touches)."""

    capability: str
    old: str
    new: str
    a_sentence: str
    b_sentence: str
    a_span: tuple[int, int]  # the replaced span, offsets into report A
    b_span: tuple[int, int]  # the replacement, offsets into report B


@attrs.frozen
class Case:
    """Report A (an article), report B (the article with one edit of the capability, two to four invariance edits
    in other sentences, and two paragraphs swapped), and what the engine should say about them."""

    capability: str
    family: str
    direction: str
    expected_kinds: tuple[str, ...]
    expect_finding: bool
    event: str
    outlet: str
    half: str  # "dev" or "validation", by event; "ecbplus-dev" or "ecbplus-validation" for an ECB+ document, by topic
    edit: Edit
    a_sentence_span: tuple[int, int]  # the edited sentence(s), offsets into report A
    b_sentence_span: tuple[int, int]  # the same sentence(s) after the edit, offsets into report B
    others: tuple[Edit, ...]
    swapped: tuple[int, int] | None  # the two paragraphs swapped (indices in A)
    a: str
    b: str

    @property
    def id(self) -> str:
        return f"{self.capability}:{self.event[:8]}:{self.outlet}:{self.edit.a_span[0]}"
