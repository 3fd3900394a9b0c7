"""Site furniture: what a news page carries around the report's claims, set aside before alignment.

Text is read first (``compare._text``), then each sentence's part on its page is told here, then claims are aligned
(``compare._align``); this subpackage imports only ``compare._text``.
"""

from ._page import CLAIM, Part, find_furniture

__all__ = ["CLAIM", "Part", "find_furniture"]
