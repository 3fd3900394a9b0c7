"""Measurement for issue 18 item 4: the engine's own table of titles (`_facts/_names.py`, about 70 words) against
the title list of `nameparser` (812 words), on the capability cases whose outcome a title can change.

    .venv/bin/pip install nameparser   # not a dependency of compare: only this measurement needs it
    PYTHONPATH=src:bench .venv/bin/python bench/title_table.py ../shared/bench/basil-dev.jsonl

Runs bench/capabilities.py twice on the same cases, once as the engine is and once with nameparser's titles (less
its honorifics, which the engine keeps apart) in place of the engine's, and prints both tables.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from nameparser.config import CONSTANTS

from compare._facts import _names

# bench/capabilities.py, the runner (bench/capabilities/ is the generator package of the same name).
_SPEC = importlib.util.spec_from_file_location("capabilities_runner", Path(__file__).with_name("capabilities.py"))
assert _SPEC is not None
assert _SPEC.loader is not None
capabilities = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(capabilities)

CAPABILITIES = ("title", "name_form", "person", "organisation", "place", "quote_speaker", "party_state")


def main() -> int:
    arguments = [sys.argv[1], "--half", "both"]
    for capability in CAPABILITIES:
        arguments += ["--capability", capability]
    print("## the engine's table")
    capabilities.main(arguments)
    titles = frozenset(str(t) for t in CONSTANTS.titles) - _names._HONORIFICS
    _names._CORE_TITLES = titles  # type: ignore[misc]
    print(f"\n## nameparser's titles ({len(titles)} words)")
    return capabilities.main(arguments)


if __name__ == "__main__":
    sys.exit(main())
