"""Capability cases (issue 18, in the manner of CheckList, Ribeiro et al. 2020; and the link capabilities of issue
19): report A is a real article read by path, report B the same article with one edit of a class of language.

One module per family of edits: _numbers, _dates, _names, _polarity, _quotes, _forms, _links; _build walks the
articles and makes the cases, _model holds them; _text reads BASIL's articles, _ecbplus the documents of ECB+ (a
third set of cases, beside BASIL's dev and validation halves, split in its own two halves by topic). The generator
knows only the public result classes of compare, never its rules, so that the cases test the rules honestly.
"""

from ._build import BY_NAME, CAPABILITIES, build_cases, half
from ._ecbplus import ECBPLUS, ECBPLUS_DEV, ECBPLUS_VALIDATION, in_set, load_ecbplus, topic_halves
from ._model import DIRECTIONAL, INVARIANCE, LINK, Capability, Case, Edit

__all__ = [
    "BY_NAME", "CAPABILITIES", "DIRECTIONAL", "ECBPLUS", "ECBPLUS_DEV", "ECBPLUS_VALIDATION", "INVARIANCE", "LINK",
    "Capability", "Case", "Edit", "build_cases", "half", "in_set", "load_ecbplus", "topic_halves",
]  # fmt: skip
