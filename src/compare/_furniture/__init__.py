"""Site furniture: the parts of a news page that are not the report's claims.

A page carries, around the article, its headline and subheadings, datelines, bylines, timestamps, photo captions
and credits, editor's notes, share and follow buttons, links to other stories, appeals to the reader and
advertisements. These rules look at the form of a line, never at the wording of particular outlets:

- whether a line ends as a sentence does: headlines, bylines, timestamps, credits, buttons and links are lines
  without a full stop, so on a page whose lines mostly end in one, a line without it is not a claim;
- where a line stands: the headline is the first such line above the article, a subheading stands between its
  paragraphs, and what stands above a dateline paragraph (captions, bylines) is not yet the article;
- patterns of form: a page-element label before a colon, a slash between names ("Win McNamee/Getty"), a date and
  time alone, "By" and a name, an appeal that speaks to the reader about the outlet, a note in brackets;
- repetition: a line the page carries twice (a repeated caption), or that two reports of one outlet share.

Each rule is narrowed by structure so that claims of like form stay (issue 19; tests/test_furniture_claims_kept.py
and test_furniture_narrowed.py): a teaser cut off by the page stands among links, titles and labels (or closes
with a blog's bracketed ellipsis), where a claim trailing off has prose of the article beside it; a picture's
"Photo of ..." caption has no finite verb of its own; an earlier version "of this" is of the page's own story;
another story's card has a headline for its title; a paragraph of several sentences of prose above a dateline, or
one sentence whose own clause tells an act in the past, is the article already begun (captions tell what a picture
shows, decks what is going on, in the present); the article's own copy of a deck previewed above it is a claim; a
pointer to other material speaks to the reader, so a sentence reporting speech or narrating in the past is none
(tests/test_furniture_article_start.py for the article's start).

A dateline ("KYIV, Ukraine (AP) —") is no sentence of its own: the sentence it opens stays a claim, and the
dateline's span is recorded so that its words are never read as a claim's words.

The modules, one per class of furniture, each reading the classes its docstring names: ``_lines`` (the line model
and shared readers), ``_datelines``, ``_bylines``, ``_captions``, ``_links``, ``_appeals``, ``_notes``, ``_asides``
(what a page says about itself), ``_repeats``; then the stages that use them, in order: ``_sentences`` (a
sentence's own patterns), ``_headlines`` (what a line without a full stop is), ``_start`` (where the article
begins) and ``_page`` (each sentence's part on its page). The subpackage imports only ``compare._text``.
"""

from ._lines import CLAIM, Part
from ._page import find_furniture

__all__ = ["CLAIM", "Part", "find_furniture"]
